"""Level signal measured against the bar of the level the room calibrates at.

The check's level score counts the ladder cues of outcome items; the room asks a wider question:
does the writer's own work show the scope, ambiguity and influence of *this* level? So every item
where the writer acts counts (a decision without a number still shows scope), cues of this level
or above count in full, cues of the level below count a share (an L6 packet read at L7 shows L6
scope, not none), a one-word cue counts less than a phrase, and scope stated as a count ("four
teams", "eleven countries") is read against the profile's counts. Each dimension is met in full
by a few distinct cues, so repeating one word does not raise the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from packetcoach.calibrate.settings import Settings
from packetcoach.calibrate.voice import MARKUP_RE
from packetcoach.core.model import Item
from packetcoach.core.report import Report
from packetcoach.profile.compile import LADDER_DIMENSIONS


@dataclass(frozen=True)
class Cue:
    dimension: str
    phrase: str
    credit: float
    item: str  # the item's id, or "" for a bar phrase outside an item
    quote: str = ""  # the sentence that shows it
    hedged: bool = False  # the sentence hedges ("I think ... cross-team work"): no answer to quote
    level: str = ""  # the ladder level whose bar the cue belongs to


@dataclass(frozen=True)
class LevelReading:
    score: int  # 0-100 against the chosen level's bar
    met: dict[str, float]  # ladder dimension -> 0..1
    best: dict[str, Cue]  # ladder dimension -> the strongest cue for it
    cues: tuple[Cue, ...] = ()  # every cue that counted, strongest first


def _eligible(item: Item) -> bool:
    """Items where the writer acts as a PM: their cues are evidence of the writer's level."""
    s = item.signals
    return (item.kind == "claim" and s is not None and s.own_action and not s.technical_lead
            and not s.activity_only)


@lru_cache(maxsize=16)
def _count_re(units: tuple[str, ...], numbers: tuple[str, ...]) -> re.Pattern[str]:
    unit = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    number = "|".join([r"\d+", *(re.escape(n) for n in numbers)])
    return re.compile(rf"\b(?P<n>{number})\s+(?:[a-z-]+\s+)?(?P<unit>{unit})\b", re.IGNORECASE)


def _count_level(count: int, settings: Settings) -> str | None:
    reached = [level for level, needed in settings.scope_counts.items() if count >= needed]
    return max(reached, key=settings.levels.index) if reached else None


def _factor(cue_level: str, level: str, settings: Settings) -> float:
    gap = settings.levels.index(level) - settings.levels.index(cue_level)
    return 1.0 if gap <= 0 else settings.lower_level if gap == 1 else 0.0


def _sentence_at(item: Item, offset: int) -> str:
    """The item's sentence holding a block-relative offset, as the packet words it."""
    sentence = next((s for s in item.sentences if s.span.start <= offset < s.span.end), None)
    span = sentence.span if sentence else item.span
    return " ".join(MARKUP_RE.sub("", item.source[span.start:span.end]).split())


def _item_cues(item: Item, settings: Settings):
    weight = 1.0 if item.signals and item.signals.business_outcome else 0.7
    hedged = bool(item.signals and item.signals.hedge)
    tokens = item.tokens
    for group, matches in settings.ladder.longest_by_group(item.words).items():
        cue_level = group.split(":", 1)[0]
        if cue_level not in settings.levels:
            continue
        for match in matches:
            specific = 1.0 if " " in match.phrase or "-" in match.phrase else settings.single_word_cue
            yield Cue(match.label, match.phrase, weight * specific, item.id,
                      _sentence_at(item, tokens[match.first].start), hedged, cue_level)
    if settings.scope_units:
        pattern = _count_re(settings.scope_units, tuple(settings.number_words))
        for found in pattern.finditer(item.view, item.span.start, item.span.end):
            raw = found.group("n").lower()
            count = int(raw) if raw.isdigit() else settings.number_words.get(raw, 0)
            reached = _count_level(count, settings)
            if reached is not None:
                phrase = " ".join(found.group(0).lower().split())
                yield Cue("scope", phrase, weight, item.id, _sentence_at(item, found.start()), hedged, reached)


def _bar_cues(report: Report, settings: Settings):
    """The profile's bar phrases, in any sentence of an evidence section."""
    for passage in report.document.passages:
        if passage.block.kind == "heading" or report.rubric.outside_evidence(passage.section):
            continue
        for sentence in passage.sentences:
            words = [token.lower for token in sentence.tokens]
            found = settings.bar.longest_by_group(words)
            if not found:
                continue
            hedged = bool(sentence.hits.get("hedge"))  # the analysis matched the lexicon once already
            quote = " ".join(MARKUP_RE.sub("", passage.source[sentence.span.start:sentence.span.end]).split())
            for group, matches in found.items():
                cue_level = group.split(":", 1)[0]
                if cue_level not in settings.levels:
                    continue
                for match in matches:
                    yield Cue(match.label, match.phrase, 1.0, "", quote, hedged, cue_level)


def found_cues(report: Report, settings: Settings) -> tuple[Cue, ...]:
    """Every cue of every level in the packet, before it is weighed against one level's bar: read
    once, then weighed at the chosen level and, for the case, at the level below."""
    cues = [cue for item in report.items if _eligible(item) for cue in _item_cues(item, settings)]
    return tuple(cues) + tuple(_bar_cues(report, settings))


def read_level(report: Report, level: str, settings: Settings, cues: tuple[Cue, ...] | None = None) -> LevelReading:
    """How far the writer's own items meet ``level``'s bar on scope, ambiguity and influence."""
    best_by_phrase: dict[tuple[str, str], Cue] = {}
    for found in found_cues(report, settings) if cues is None else cues:
        cue = replace(found, credit=found.credit * _factor(found.level, level, settings))
        key = (cue.dimension, cue.phrase)
        if cue.credit > 0 and (key not in best_by_phrase or cue.credit > best_by_phrase[key].credit):
            best_by_phrase[key] = cue
    met: dict[str, float] = {}
    best: dict[str, Cue] = {}
    for dimension in LADDER_DIMENSIONS:
        ranked = sorted((c for (d, _), c in best_by_phrase.items() if d == dimension),
                        key=lambda c: (-c.credit, c.phrase))
        met[dimension] = min(1.0, sum(c.credit for c in ranked[:settings.level_items]) / settings.level_items)
        if ranked:  # the sentence to quote: a strong cue said without a hedge, if there is one
            plain = [c for c in ranked if not c.hedged and c.credit >= ranked[0].credit / 2]
            best[dimension] = (plain or ranked)[0]
    score = round(100 * sum(met.values()) / len(LADDER_DIMENSIONS))
    counted = tuple(sorted(best_by_phrase.values(), key=lambda c: (-c.credit, c.dimension, c.phrase)))
    return LevelReading(score=score, met=met, best=best, cues=counted)
