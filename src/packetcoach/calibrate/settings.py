"""The profile's ``[calibration]`` table, read into one typed value.

Weights, margins and the vocabulary the room's comparison uses are data (docs/profiles.md), so a
company can weigh level signal above evidence, or name its own objection cues, without code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from packetcoach.core.errors import ProfileError
from packetcoach.profile.compile import LADDER_DIMENSIONS, Rubric
from packetcoach.profile.lexicon import PhraseMatcher
from packetcoach.profile.patterns import compile_patterns

DIMENSIONS = ("evidence", "narrative", "re_role", "level_signal", "principles")
DEFAULT_WEIGHTS = {"evidence": 30, "level_signal": 30, "narrative": 20, "re_role": 10, "principles": 10}


@dataclass(frozen=True)
class ObjectionKind:
    """One kind of objection: its damage weight, the cues of a pre-empted question, answer cues."""

    name: str
    weight: int
    cues: tuple[str, ...]
    answers: tuple[str, ...]


@dataclass(frozen=True)
class Settings:
    weights: dict[str, float]  # dimension -> share of the overall score, summing to 1
    tie_margin: int
    split_margin: int
    split_share: float
    split_lead: int
    strong: int
    weak: int
    receipts_shown: int
    objections_shown: int
    single_word_cue: float
    lower_level: float
    level_items: int
    claim_patterns: tuple  # RE2 expressions with a "level" group (profile/patterns.py)
    header_patterns: tuple
    objection_headings: tuple[str, ...]
    scope_units: tuple[str, ...]
    not_name_words: frozenset[str]  # a header line with one of these is a role or a title, not a name
    scope_counts: dict[str, int]
    objections: tuple[ObjectionKind, ...]
    levels: tuple[str, ...]
    number_words: dict[str, int]
    bar: PhraseMatcher  # groups "LEVEL:dimension": phrases that show a level's bar anywhere
    ladder: PhraseMatcher  # the profile ladder's cues, grouped the same way


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12, "a dozen": 12}


def _weights(table: dict[str, Any], where: str) -> dict[str, float]:
    raw = {**DEFAULT_WEIGHTS, **table}
    total = sum(raw.values())
    if total <= 0 or any(value < 0 for value in raw.values()):
        raise ProfileError(where, "calibration weights must be zero or more and not all zero",
                           "give each dimension a share, e.g. evidence = 30")
    return {name: raw[name] / total for name in DIMENSIONS}


@lru_cache(maxsize=16)
def _compiled(values: tuple[str, ...]) -> tuple:
    """Each pattern on RE2, as every profile pattern runs (linear time, whoever wrote the profile)."""
    return tuple(compile_patterns([value]) for value in values)


def _patterns(values: list[str]) -> tuple:
    return _compiled(tuple(values))


@lru_cache(maxsize=8)
def _bar_matcher(phrases: tuple[tuple[str, str, tuple[str, ...]], ...]) -> PhraseMatcher:
    matcher = PhraseMatcher()
    for level, dimension, words in phrases:
        matcher.add(f"{level}:{dimension}/{dimension}", words)
    return matcher


def _bar(table: dict[str, Any]) -> PhraseMatcher:
    return _bar_matcher(tuple((level, dimension, tuple(body.get(dimension, ())))
                              for level, body in sorted(table.items()) for dimension in LADDER_DIMENSIONS))


def settings_for(rubric: Rubric) -> Settings:
    """The calibration settings of a compiled profile (a profile without the table gets defaults)."""
    table = rubric.profile.table("calibration")
    kinds = tuple(ObjectionKind(name, int(body.get("weight", 50)), tuple(c.lower() for c in body.get("cues", [])),
                                tuple(a.lower() for a in body.get("answers", [])))
                  for name, body in table.get("objections", {}).items())
    return Settings(
        weights=_weights(table.get("weights", {}), rubric.profile.path),
        tie_margin=int(table.get("tie_margin", 3)),
        split_margin=int(table.get("split_margin", 8)),
        split_share=int(table.get("split_share", 40)) / 100,
        split_lead=int(table.get("split_lead", 10)),
        strong=int(table.get("strong", 65)),
        weak=int(table.get("weak", 45)),
        receipts_shown=int(table.get("receipts_shown", 3)),
        objections_shown=int(table.get("objections_shown", 4)),
        single_word_cue=int(table.get("single_word_cue_percent", 60)) / 100,
        lower_level=int(table.get("lower_level_percent", 35)) / 100,
        level_items=max(1, int(table.get("level_items", 2))),
        claim_patterns=_patterns(table.get("level_claim_patterns", [])),
        header_patterns=_patterns(table.get("header_claim_patterns", [])),
        objection_headings=tuple(h.lower() for h in rubric.profile.table("kinds").get("objection_headings", [])),
        scope_units=tuple(u.lower() for u in table.get("scope_units", [])),
        not_name_words=frozenset(w.lower() for w in table.get("not_name_words", [])),
        scope_counts=dict(table.get("scope_counts", {})),
        objections=kinds,
        levels=rubric.levels,
        number_words=NUMBER_WORDS,
        bar=_bar(table.get("bar", {})),
        ladder=_bar(rubric.profile.table("ladder")),
    )
