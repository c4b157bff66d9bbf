"""A profile compiled into the lookups the analysis runs on, built once per profile.

Compiling takes a few milliseconds; it is cached so a warm process (the editor,
the web app, a batch) pays it once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from packetcoach.profile.lexicon import PhraseMatcher, phrase_words, verb_forms
from packetcoach.core.resources import package_path, read_package_text
from packetcoach.profile.cache import cached, fingerprint
from packetcoach.core.errors import ProfileError
from packetcoach.profile.load import BUILTIN, Profile, load_profile, read_profile_text
from packetcoach.profile.patterns import compile_patterns

VERB_CLASSES = ("pm", "technical", "neutral")


@dataclass(frozen=True)
class Rubric:
    profile: Profile
    verb_lemma: dict[str, str]  # any form -> lemma
    verb_class: dict[str, str]  # lemma -> pm | technical | neutral
    activity_verbs: frozenset[str]
    stopped_verbs: frozenset[str]
    initiated_verbs: frozenset[str]
    stopped_forms: frozenset[str]
    initiated_forms: frozenset[str]
    non_technical_objects: dict[str, PhraseMatcher]
    suggestions: dict[str, tuple[str, ...]]
    personas: PhraseMatcher
    collaborator_frames: frozenset[tuple[str, ...]]
    persona_modifiers: frozenset[str]
    non_persona_followers: frozenset[str]
    non_persona_prefixes: frozenset[str]
    measures: PhraseMatcher
    change_words: frozenset[str]
    not_yet_words: frozenset[str]
    scope_measures: PhraseMatcher
    technical_counts: PhraseMatcher
    non_result_followers: frozenset[str]
    phrases: dict[str, PhraseMatcher]  # cliche, inflated, hedge, weasel, activity, decision, ...
    number_words: PhraseMatcher
    number_words_set: frozenset[str]
    multiplier_words: PhraseMatcher
    non_metric_prefixes: frozenset[str]
    non_metric_suffixes: frozenset[str]
    months: frozenset[str]
    known_acronyms: frozenset[str]
    specialties: PhraseMatcher
    principles: PhraseMatcher
    principle_requires: dict[str, tuple[str, ...]]
    engineering_past_re: Any  # an RE2 expression (profile/patterns.py), or None
    ladder: dict[str, PhraseMatcher]  # level -> cues labelled scope / ambiguity / influence
    item_lexicon: PhraseMatcher  # every per-item lexicon, labelled "group/label", matched in one pass
    pm_skills: PhraseMatcher
    chronology_markers: PhraseMatcher

    def threshold(self, key: str, default: int) -> int:
        return self.profile.threshold(key, default)


def _matcher(label: str, phrases: tuple[str, ...], verbs: frozenset[str]) -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add(label, phrases, verbs)
    return matcher


def _verbs(profile: Profile) -> tuple[dict[str, str], dict[str, str]]:
    lemma_of: dict[str, str] = {}
    class_of: dict[str, str] = {}
    for verb_class in VERB_CLASSES:
        for lemma in profile.list("verbs", verb_class):
            lemma = lemma.lower()
            class_of.setdefault(lemma, verb_class)
            for form in verb_forms(lemma):
                lemma_of.setdefault(form, lemma)
    return lemma_of, class_of


def compile_rubric(profile: Profile) -> Rubric:
    verb_lemma, verb_class = _verbs(profile)
    known_verbs = frozenset(verb_class)
    personas = PhraseMatcher()
    personas.add("external", profile.list("personas", "external"))
    personas.add("internal", profile.list("personas", "internal"))
    measures = PhraseMatcher()
    measures.add("technical", profile.list("measures", "technical"))
    measures.add("business", profile.list("measures", "business"))
    phrases = {
        name: _matcher(name, profile.list("phrases", name), known_verbs)
        for name in ("cliche", "inflated", "hedge", "weasel", "activity", "decision",
                     "engineering_past", "own_action", "stopped")
    }
    specialties = PhraseMatcher()
    for name, body in profile.table("specialties").items():
        specialties.add(name, body.get("terms", []))
    principles = PhraseMatcher()
    requires: dict[str, tuple[str, ...]] = {}
    for name, body in profile.table("principles").items():
        principles.add(name, body.get("cues", []), known_verbs)
        requires[name] = tuple(body.get("requires", []))
    objects = {}
    for lemma, words in profile.table("verbs").get("non_technical_objects", {}).items():
        objects[lemma] = _matcher("object", tuple(words), frozenset())
    lower = lambda table, key: frozenset(w.lower() for w in profile.list(table, key))  # noqa: E731
    return Rubric(
        profile=profile,
        verb_lemma=verb_lemma,
        verb_class=verb_class,
        activity_verbs=lower("verbs", "activity"),
        stopped_verbs=lower("verbs", "stopped"),
        initiated_verbs=lower("verbs", "initiated"),
        stopped_forms=frozenset(f for v in lower("verbs", "stopped") for f in verb_forms(v)),
        initiated_forms=frozenset(f for v in lower("verbs", "initiated") for f in verb_forms(v)),
        non_technical_objects=objects,
        suggestions={k: tuple(v) for k, v in profile.table("verbs").get("suggestions", {}).items()},
        personas=personas,
        collaborator_frames=frozenset(phrase_words(p) for p in profile.list("personas", "collaborator_frames")),
        persona_modifiers=lower("personas", "modifiers"),
        non_persona_followers=lower("personas", "non_persona_followers"),
        non_persona_prefixes=lower("personas", "non_persona_prefixes"),
        measures=measures,
        change_words=lower("measures", "change"),
        not_yet_words=lower("measures", "not_yet"),
        scope_measures=_matcher("scope", profile.list("measures", "scope"), frozenset()),
        technical_counts=_matcher("count", profile.list("measures", "technical_counts"), frozenset()),
        non_result_followers=lower("measures", "non_result_followers"),
        phrases=phrases,
        number_words=_matcher("number", profile.list("metrics", "number_words"), frozenset()),
        number_words_set=lower("metrics", "number_words"),
        multiplier_words=_matcher("multiplier", profile.list("metrics", "multiplier_words"), frozenset()),
        non_metric_prefixes=lower("metrics", "non_metric_prefixes"),
        non_metric_suffixes=lower("metrics", "non_metric_suffixes"),
        months=lower("metrics", "months"),
        known_acronyms=frozenset(profile.list("acronyms", "known")),
        specialties=specialties,
        principles=principles,
        principle_requires=requires,
        engineering_past_re=_alternation(profile.list("phrases", "engineering_past_patterns")),
        ladder=_ladder(profile),
        item_lexicon=_item_lexicon(profile, known_verbs),
        pm_skills=_matcher("skill", tuple(profile.table("document").get("pm_skills", [])), frozenset()),
        chronology_markers=_matcher("chronology", profile.list("phrases", "chronology_markers"), frozenset()),
    )


ITEM_PHRASES = ("cliche", "inflated", "hedge", "weasel", "activity", "decision", "own_action")


def _item_lexicon(profile: Profile, known_verbs: frozenset[str]) -> PhraseMatcher:
    """All the lexicons annotate_item needs, in one matcher: one pass over an item's words."""
    matcher = PhraseMatcher()
    matcher.add("persona/external", profile.list("personas", "external"))
    matcher.add("persona/internal", profile.list("personas", "internal"))
    matcher.add("measure/technical", profile.list("measures", "technical"))
    matcher.add("measure/business", profile.list("measures", "business"))
    matcher.add("count/count", profile.list("measures", "technical_counts"))
    matcher.add("scope/scope", profile.list("measures", "scope"))
    matcher.add("number/number", profile.list("metrics", "number_words"))
    matcher.add("multiplier/multiplier", profile.list("metrics", "multiplier_words"))
    for name in ITEM_PHRASES:
        matcher.add(f"{name}/{name}", profile.list("phrases", name), known_verbs)
    for name, body in profile.table("specialties").items():
        matcher.add(f"specialty/{name}", body.get("terms", []))
    return matcher


def _ladder(profile: Profile) -> dict[str, PhraseMatcher]:
    ladder = {}
    for level, body in profile.table("ladder").items():
        matcher = PhraseMatcher()
        for dimension in ("scope", "ambiguity", "influence"):
            matcher.add(dimension, body.get(dimension, []))
        ladder[level] = matcher
    return ladder


def _alternation(patterns: tuple[str, ...]):
    return compile_patterns(patterns)  # RE2: linear time whatever the profile's patterns


CODE_FILES = (os.path.join("profile", "compile.py"), os.path.join("profile", "lexicon.py"), os.path.join("profile", "load.py"),
              os.path.join("profile", "patterns.py"), os.path.join("core", "model.py"),
              os.path.join("profile", "data", "inflections.tsv"))


def _cache_key(name_or_path: str) -> str | None:
    """The exact text of the profile (and of every built-in it may extend) plus the compiling code."""
    try:
        texts = [read_package_text("profile", "builtin", f"{name}.toml") for name in BUILTIN]
        if name_or_path not in BUILTIN:
            texts.append(os.path.abspath(name_or_path) + "\n" + read_profile_text(name_or_path))
        texts.append(name_or_path)
    except (OSError, UnicodeDecodeError, ProfileError):
        return None
    return fingerprint(texts, [package_path(name) for name in CODE_FILES])


@lru_cache(maxsize=16)
def rubric_for(name_or_path: str) -> Rubric:
    """The compiled profile: from the on-disk cache when the profile and code are unchanged."""
    key = _cache_key(name_or_path)
    if key is None:
        return compile_rubric(load_profile(name_or_path))
    return cached("rubric", key, lambda: compile_rubric(load_profile(name_or_path)))
