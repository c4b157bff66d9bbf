"""The top changes: what would raise this packet's score most, measured, not guessed.

Each kind of change knows which problem it fixes and what the analysis would read once it is fixed:
the same items with the problem's signals repaired (a technical result stated as a customer measure,
"we" stated as "I"), items removed (the engineering stories cut), or the document reading with its
lead, structure or engineering past repaired. The packet is then scored again with the same
function that scored it (analysis/scoring.py), and the change gains the difference. Nothing is
re-read: a variant is a handful of replaced values, so every candidate costs one scoring pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable

from packetcoach.analysis.gap import Gap, verdict_data
from packetcoach.core.reading import Reading
from packetcoach.analysis.scoring import packet_points, score_packet
from packetcoach.analysis.stories import Story, is_engineering_work, is_measured_change, is_result
from packetcoach.core.model import Item, LineIndex, rebased
from packetcoach.core.report import Report
from packetcoach.core.verdict import Change
from packetcoach.profile.compile import LADDER_DIMENSIONS
from packetcoach.profile.lexicon import PhraseMatcher

QUOTE_CHARS = 90


@dataclass(frozen=True)
class Variant:
    """The packet as the analysis would read it with one problem fixed."""

    items: tuple[Item, ...]
    reading: Reading
    words: int


@dataclass(frozen=True)
class Candidate:
    kind: str
    named: tuple[Item, ...]  # the items the change is about, in document order
    variant: Variant
    fields: dict[str, str]


BOLD_LABEL_RE = re.compile(r"(?:\*\*|__)?[A-Z][\w' -]{0,30}[.:](?:\*\*|__)\s+")
DANGLING = frozenset("a an the of to from by for in on at with and or but that which as than about".split())


def quote(item: Item, width: int = QUOTE_CHARS) -> str:
    """The item's opening sentence, or its first clauses that fit: cut at a comma or a semicolon if
    possible, else between words, never inside a number and never on a dangling "from" or "the"."""
    first = item.sentences[0].span if item.sentences else item.span
    label = BOLD_LABEL_RE.match(item.source, first.start, first.end)
    start = label.end() if label else first.start  # "**Result.** p90 load time ..." -> "p90 load time ..."
    text = " ".join(item.view[start:first.end].replace("*", " ").split()).rstrip(".")
    if len(text) <= width:
        return text
    head = text[:width]
    clause = max(head.rfind(", "), head.rfind("; "), head.rfind(": "))
    if clause >= width // 2:
        return head[:clause] + "…"
    words = head.rsplit(" ", 1)[0].split()
    while len(words) > 3 and words[-1].lower().strip(",;:") in DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


@lru_cache(maxsize=16)
def _ladder_matcher(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    """One level's scope, ambiguity and influence cues, matched as the item lexicon matches them."""
    matcher = PhraseMatcher()
    for dimension, phrases in cues:
        matcher.add(dimension, phrases)
    return matcher


class _Workbench:
    """What every change builder needs: the report, its stories, the lines, the repaired copies."""

    def __init__(self, report: Report, gap: Gap, limits: dict[str, Any]):
        self.report, self.gap, self.limits = report, gap, limits
        self.reading, self.items = report.reading, report.items
        self.lines = LineIndex(report.text)
        self.stories = gap.stories
        self.problems = {p.name: p for p in gap.problems}
        ladder = report.rubric.profile.table("ladder").get(report.level, {})
        self.cues = tuple((d, tuple(ladder.get(d, ()))) for d in LADDER_DIMENSIONS)

    def line(self, item: Item) -> int:
        return self.lines.line_col(item.start)[0]

    def variant(self, items: tuple[Item, ...] | None = None, words: int | None = None, **reading) -> Variant:
        return Variant(self.items if items is None else items, replace(self.reading, **reading) if reading
                       else self.reading, self.report.words if words is None else words)

    def repaired(self, targets: tuple[Item, ...], **signals: bool) -> Variant:
        """The packet with these items' signals repaired, and the level cues they now count for
        (an item's scope, ambiguity and influence count once it states the writer's action and a
        business result: analysis/facts.py). Only the judged level's cues move the score."""
        fixed = {id(i): rebased(i, signals=replace(i.signals, **signals)) for i in targets}
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
        """The outcome to lead with: the strongest complete story's best result, else the strongest result."""
        ranked = sorted((s for s in self.stories if s.measured), key=lambda s: (-s.complete, -s.strength))
        if not ranked:
            return None
        story = ranked[0]
        best = max((i for i in story.items if is_measured_change(i)),
                   key=lambda i: i.facts.impact if i.facts else 0.0)
        return story, best

    def headline(self, story: Story, item: Item) -> str:
        """How to point at an outcome: its story's heading when the heading states the result."""
        label = story.title if story.title and any(c.isdigit() for c in story.title) else quote(item)
        return f"“{label}” (line {self.line(item)})"

    def named(self, items: tuple[Item, ...]) -> str:
        """Items as the writer finds them: a story's heading, else the item's opening words, with lines."""
        shown: list[str] = []
        seen: set[str] = set()
        for item in items:
            label = item.section if self._whole_story(item, items) else None
            key = label or item.id
            if key in seen:
                continue
            seen.add(key)
            shown.append(f"“{label or quote(item)}” (line {self.line(item)})")
        cap = int(self.limits["quoted_items"])
        more = f" and {len(shown) - cap} more" if len(shown) > cap else ""
        return ", ".join(shown[:cap]) + more

    def _whole_story(self, item: Item, items: tuple[Item, ...]) -> bool:
        story = next((s for s in self.stories if any(i is item for i in s.items)), None)
        return bool(story and story.title and len(story.items) > 1
                    and all(any(i is member for i in items) for member in story.items))


def _career_before(bench: _Workbench, target: Item) -> bool:
    mentions = bench.reading.former_engineer_mentions
    return len(mentions) >= bench.limits["career_mentions"] and mentions[0].span.start < target.start


def _lead(bench: _Workbench) -> Candidate | None:
    found = bench.target()
    if found is None or (bench.reading.lead_is_outcome and not bench.reading.skim_outcomes_missed):
        return None
    story, item = found
    career = _career_before(bench, item)
    missed = tuple(i for i in bench.reading.skim_outcomes_missed if i not in {m.id for m in story.items})
    mentions = bench.reading.former_engineer_mentions
    kept = tuple(m for m in mentions if m.span.start < item.start)[:1] + \
        tuple(m for m in mentions if m.span.start >= item.start)  # the career story cut to one clause
    reading: dict[str, Any] = {"lead_is_outcome": True, "skim_outcomes_missed": missed,
                               "structure": "argument" if bench.reading.structure == "mixed"
                               else bench.reading.structure}
    if career:
        reading["former_engineer_mentions"] = kept
    claims = [i for s in bench.stories for i in s.items]
    opening = "the move from engineering (cut it to one clause)" if career else \
        (f"“{quote(claims[0])}” (line {bench.line(claims[0])})" if claims else "the current opening")
    return Candidate("lead-with-outcome", (item,), bench.variant(**reading),
                     {"target": bench.headline(story, item), "opening": opening})


def _diary(bench: _Workbench) -> Candidate | None:
    found = bench.target()
    if bench.reading.structure != "chronology" or found is None:
        return None
    story, item = found
    return Candidate("cut-diary", (item,), bench.variant(structure="argument", lead_is_outcome=True,
                                                         skim_outcomes_missed=()),
                     {"target": bench.headline(story, item)})


def _technical(bench: _Workbench) -> Candidate | None:
    if bench.gap.kind == "evidence":  # part of getting the evidence
        return None
    named = tuple(i for s in bench.stories if not s.engineering for i in s.items
                  if i.signals.technical_metric_only and not is_engineering_work(i))
    if not named:
        return None
    variant = bench.repaired(named, technical_metric_only=False, business_outcome=True, customer=True)
    return Candidate("customer-measure", named, variant, {})


def _engineering(bench: _Workbench) -> Candidate | None:
    cut = [i for s in bench.stories if s.engineering for i in s.items]
    cut += [i for s in bench.stories if not s.engineering for i in s.items
            if i.signals.technical_lead and is_engineering_work(i)]
    if not cut:
        return None
    gone = {id(i) for i in cut}
    items = tuple(i for i in bench.items if id(i) not in gone)
    words = bench.report.words - sum(s.words for i in cut for s in i.sentences)
    terms = {term for i in items if i.facts for name, term in i.facts.specialty if name == bench.reading.specialty}
    mentions = tuple(m for m in bench.reading.former_engineer_mentions
                     if not any(i.start <= m.span.start < i.end for i in cut))
    specialty = bench.reading.specialty if len(terms) >= 2 else None
    named = tuple(sorted(cut, key=lambda i: i.start))
    return Candidate("remove-engineering-work", named,
                     bench.variant(items, max(0, words), specialty=specialty, former_engineer_mentions=mentions), {})


def _activity(bench: _Workbench) -> Candidate | None:
    if bench.gap.kind == "evidence":  # part of getting the evidence
        return None
    named = tuple(i for s in bench.stories if not s.engineering for i in s.items
                  if i.signals.activity_only and not is_engineering_work(i))
    if not named:
        return None
    variant = bench.repaired(named, activity_only=False, business_outcome=True, own_action=True)
    return Candidate("activity-to-decision", named, variant, {})


def _owner(bench: _Workbench) -> Candidate | None:
    problem = bench.problems.get("hidden")
    named = problem.items if problem else ()
    named += tuple(i for s in bench.stories if s.hidden for i in s.items
                   if is_result(i) and not i.signals.own_action and i not in named)
    if not named:
        return None
    named = tuple(sorted(named, key=lambda i: i.start))
    return Candidate("own-the-decision", named, bench.repaired(named, own_action=True), {})


def _evidence(bench: _Workbench) -> Candidate | None:
    """Getting the evidence: the strongest stories with no measured result, and the results told in
    technical measures or as effort, each with its customer and business result measured."""
    if bench.gap.kind != "evidence":
        return None
    weak = sorted((s for s in bench.stories if not s.measured and any(not i.ready for i in s.items)),
                  key=lambda s: -s.strength)[:3]
    named = {id(i): i for s in weak for i in [max((i for i in s.items if not i.ready),
                                                  key=lambda i: i.facts.impact if i.facts else 0.0)]}
    for story in bench.stories:
        for item in story.items:
            if (item.signals.technical_metric_only or item.signals.activity_only) and not is_engineering_work(item):
                named[id(item)] = item
    if not named:
        return None
    chosen = tuple(sorted(named.values(), key=lambda i: i.start))
    variant = bench.repaired(chosen, customer=True, metric=True, business_outcome=True, own_action=True,
                             technical_metric_only=False, activity_only=False)
    return Candidate("add-evidence", chosen, variant, {})


def _career(bench: _Workbench) -> Candidate | None:
    mentions = bench.reading.former_engineer_mentions
    found = bench.target()
    if len(mentions) < bench.limits["career_mentions"] or (found and _career_before(bench, found[1])
                                                           and not bench.reading.lead_is_outcome):
        return None
    lines = ", ".join(str(bench.lines.line_col(m.span.start)[0]) for m in mentions)
    return Candidate("cut-career-story", (), bench.variant(former_engineer_mentions=mentions[:1]),
                     {"count": str(len(mentions)), "lines": f"lines {lines}"})


def _stop(bench: _Workbench) -> Candidate | None:
    if bench.reading.stopped_items:
        return None
    return Candidate("add-stop-story", (), bench.variant(stopped_items=("",)), {})


def _retell(bench: _Workbench) -> Candidate | None:
    found = bench.target()
    if bench.reading.retell is not None or found is None:
        return None
    story, item = found
    return Candidate("add-retell", (item,), bench.variant(retell=""), {"target": bench.headline(story, item)})


def _length(bench: _Workbench) -> Candidate | None:
    high = int(bench.report.rubric.profile.table("doc_types").get(bench.report.doc_type, {}).get("words_max", 0))
    if not high or bench.report.words <= high:
        return None
    return Candidate("cut-length", (), bench.variant(words=high), {"words_max": f"{high:,}"})


BUILDERS: tuple[Callable[[_Workbench], Candidate | None], ...] = (
    _evidence, _diary, _lead, _technical, _engineering, _activity, _owner, _career, _stop, _retell, _length)


def _gain(report: Report, variant: Variant) -> float:
    score = score_packet(variant.items, variant.reading, variant.words, report.rubric, report.level,
                         report.doc_type)
    return round(packet_points(score) - packet_points(report.score), 1)


def top_changes(report: Report, gap: Gap, limits: dict[str, Any]) -> tuple[Change, ...]:
    """At most ``top_changes`` changes, the biggest measured gain first (ties: the order of BUILDERS).

    One exception, and it is the coach's first rule (SPEC 2.19): when the gap is in the evidence,
    getting the evidence comes first whatever it scores, since work on the telling of thin evidence
    is wasted.
    """
    bench = _Workbench(report, gap, limits)
    wording = verdict_data()["changes"]
    scored = []
    for order, build in enumerate(BUILDERS):
        candidate = build(bench)
        if candidate is None:
            continue
        gain = _gain(report, candidate.variant)
        pinned = candidate.kind == "add-evidence"
        if gain >= limits["min_gain"] or pinned:
            scored.append((-gain if not pinned else float("-inf"), order, candidate, gain))
    scored.sort(key=lambda entry: entry[:2])
    changes = []
    for _, _, candidate, gain in scored[:int(limits["top_changes"])]:
        data = wording[candidate.kind]
        named = candidate.named
        fields = {"items": bench.named(named), "verb": "tell" if len(named) != 1 else "tells",
                  "count": str(len(named)), "level": report.level, "target": "", "opening": "",
                  "lines": "", "words_max": "", **candidate.fields}
        fired = {f.name for f in report.findings}
        rules = tuple(r for r in data["rules"] if r in fired) or tuple(data["rules"])
        changes.append(Change(candidate.kind, data["what"].format(**fields), rules,
                              tuple(i.id for i in named), tuple(sorted({bench.line(i) for i in named})), gain))
    return tuple(changes)
