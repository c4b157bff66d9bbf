"""The packet as the analysis would read it with one problem fixed, and what every repair needs.

A variant is a handful of replaced values: the same items with some signals repaired (and the level
cues those items now count for), items removed, or the document reading with one field changed. It
is never read again from text; analysis/changes.py scores it with the scoring the report got.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Variant and Candidate are named tuples).

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from packetcoach.analysis.gap import Gap
from packetcoach.analysis.stories import Story, lead_of, outcome_clause, quote
from packetcoach.core.model import Item, LineIndex, rebased
from packetcoach.core.reading import Reading
from packetcoach.core.report import Report
from packetcoach.profile.compile import LADDER_DIMENSIONS
from packetcoach.profile.lexicon import PhraseMatcher
from packetcoach.text.numbers import find_numbers

if TYPE_CHECKING:
    from packetcoach.profile.compile import Rubric


class Variant(NamedTuple):
    """The packet as the analysis would read it with one problem fixed."""

    items: tuple[Item, ...]
    reading: Reading
    words: int


class Candidate(NamedTuple):
    kind: str
    named: tuple[Item, ...]  # the items the change is about, in document order
    variant: Variant
    fields: dict[str, str]




def _states_result(title: str) -> bool:
    """A heading that carries a measured result ("Checkout completion 71% -> 89%"), not a date ("Q3")."""
    return any(m.group("currency") or m.group("unit") for m in find_numbers(title))


@lru_cache(maxsize=16)
def _ladder_matcher(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    """One level's scope, ambiguity and influence cues, matched as the item lexicon matches them."""
    matcher = PhraseMatcher()
    for dimension, phrases in cues:
        matcher.add(dimension, phrases, possessive=dimension == "influence")
    return matcher


def headline(story: Story, item: Item, lines: LineIndex, rubric: "Rubric | None" = None) -> str:
    """How to point at an outcome: its story's heading when the heading states the result, else
    the clause of ``item`` that states it, with its line."""
    if story.title and _states_result(story.title):
        return f"“{story.title}” (line {lines.line_col(item.start)[0]})"
    sentence = outcome_clause(item, rubric=rubric)
    inside = any(s.span.start < sentence.start < s.span.end for s in item.sentences)
    return f"“{'…' if inside else ''}{quote(item, sentence=sentence)}” " \
           f"(line {lines.line_col(item.base + sentence.start)[0]})"


class Workbench:
    """What every change builder needs: the report, its stories, the lines, the repaired copies."""

    def __init__(self, report: Report, gap: Gap, limits: dict[str, Any]):
        self.report, self.gap, self.limits = report, gap, limits
        self.reading, self.items = report.reading, report.items
        self.lines = LineIndex(report.text)
        self.stories = gap.stories
        self.problems = {p.name: p for p in gap.problems}
        ladder = report.rubric.profile.table("ladder").get(report.level, {})
        self.cues = tuple((d, tuple(ladder.get(d, ()))) for d in LADDER_DIMENSIONS)
        self._labels: dict[tuple[int, ...], list[str]] = {}  # a change's items are labelled twice
        self._story_of: dict[int, Story] | None = None  # id(item) -> the first story holding it

    def line(self, item: Item) -> int:
        return self.lines.line_col(item.start)[0]

    def variant(self, items: tuple[Item, ...] | None = None, words: int | None = None, **reading) -> Variant:
        return Variant(self.items if items is None else items, self.reading._replace(**reading) if reading
                       else self.reading, self.report.words if words is None else words)

    def repaired(self, targets: tuple[Item, ...], **signals: bool) -> Variant:
        """The packet with these items' signals repaired, and the level cues they now count for
        (an item's scope, ambiguity and influence count once it states the writer's action and a
        business result: analysis/facts.py). Only the judged level's cues move the score."""
        fixed = {id(i): rebased(i, signals=i.signals._replace(**signals)) for i in targets}
        items = tuple(fixed.get(id(i), i) for i in self.items)
        level = self.report.level
        evidence = {d: list(ids) for d, ids in self.reading.level_evidence.get(level, {}).items()}
        for before in targets:
            after = fixed[id(before)].signals
            if before.signals.own_action and before.signals.business_outcome or \
                    not (after.own_action and after.business_outcome):
                continue  # its level cues already count, or still do not
            for dimension in self.ladder(before):
                ids = evidence.setdefault(dimension, [])
                if before.id not in ids:
                    ids.append(before.id)
        levels = {**self.reading.level_evidence, level: {d: tuple(ids) for d, ids in evidence.items()}}
        return self.variant(items, level_evidence=levels)

    def ladder(self, item: Item) -> frozenset[str]:
        """The judged level's dimensions whose cues are in an item's words."""
        return frozenset(m.label for m in _ladder_matcher(self.cues).longest(item.words))

    def target(self) -> tuple[Story, Item] | None:
        """The outcome to lead with, as the reading names it (analysis/stories.py `lead_of`), so the
        top changes, the lead finding and the room's reading name one outcome; with no measured story,
        the claim the reading's lead hint names, if any."""
        found = lead_of(self.stories, self.report.rubric, self.reading.stopped_items)
        chosen = self.reading.lead_suggestion
        if found is None and chosen is not None:
            found = next(((s, i) for s in self.stories for i in s.items if i.id == chosen), None)
        return found

    def headline(self, story: Story, item: Item) -> str:
        return headline(story, item, self.lines, self.report.rubric)

    def named(self, items: tuple[Item, ...]) -> str:
        """Items as the writer finds them: a story's heading, else the item's opening words, with lines."""
        shown = self.labels(items)
        cap = int(self.limits["quoted_items"])
        more = f" and {len(shown) - cap} more" if len(shown) > cap else ""
        return ", ".join(shown[:cap]) + more

    def labels(self, items: tuple[Item, ...]) -> list[str]:
        """One label per story named whole ("the section “Other work”"), else one per item."""
        key = tuple(map(id, items))
        if key not in self._labels:
            self._labels[key] = self._label(items)
        return self._labels[key]

    def _label(self, items: tuple[Item, ...]) -> list[str]:
        shown: list[str] = []
        seen: set[str] = set()
        members = set(map(id, items))
        for item in items:
            label = item.section if self._whole_story(item, members) else None
            key = label or item.id
            if key in seen:
                continue
            seen.add(key)
            shown.append(f"the section “{label}” (line {self.line(item)})" if label
                         else f"“{quote(item)}” (line {self.line(item)})")
        return shown

    def _whole_story(self, item: Item, members: set[int]) -> bool:
        """The item's story is named by its section only when it is all of that section: a section
        that also holds titled stories is not "the section" when only its bullets are meant.
        ``members`` are the ids of the items named together."""
        if self._story_of is None:
            self._story_of = {}
            for story in self.stories:
                for member in story.items:
                    self._story_of.setdefault(id(member), story)
        told = self._story_of.get(id(item))
        return bool(told and told.title and len(told.items) > 1
                    and all(id(member) in members for member in told.items)
                    and not any(other is not told and other.title == told.title for other in self.stories))
