"""Rehearsal (SPEC 3C): the questions a skeptical director would ask of this draft.

Never a fixed list: each question comes from a weakness the analysis found (an
item's signals, or a gap in the document's reading), is tied to the item it
probes, and the list is ordered by weakness, so a strong draft gets fewer and
different questions than a weak one. The wording lives in rehearsal.toml.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator

from packetcoach.analysis.facts import impact
from packetcoach.core.model import Item, LineIndex
from packetcoach.core.report import Report
from packetcoach.coach.wording import rehearsal_data
from packetcoach.coach.scaffold import result_phrase

SCHEMA_ID = "packetcoach.rehearse/1"
DOCUMENT_KINDS = frozenset({"backbone", "beyond-team", "not-built", "level"})


@dataclass(frozen=True)
class Question:
    """One question, the weakness it probes (``kind``, ``why``) and the item it is aimed at."""

    kind: str
    text: str
    why: str
    weight: int
    focus: str  # the signal the drill presses on first when an answer lacks it
    item: str | None
    line: int | None
    quote: str | None


@dataclass(frozen=True)
class _Ask:
    kind: str
    item: Item | None
    fields: dict[str, str]


class _Draft:
    """What the question finders need: the report, its text and a few derived views."""

    def __init__(self, report: Report):
        self.report, self.rubric = report, report.rubric
        self.items = [i for i in report.items if i.signals is not None and i.kind == "claim"]
        ids = report.reading.strongest
        self.strongest = report.item(ids[0]) if ids else max(self.items, key=impact, default=None)

    def result(self, item: Item) -> str:
        return result_phrase(item, self.rubric) or "this result"

    def mention(self, item: Item, kind: str) -> str | None:
        return next((" ".join(m.text.split()) for m in item.mentions if m.kind == kind), None)

    def activity(self, item: Item) -> str:
        """The effort as written, from the verb to the thing counted ("Held 11 stakeholder meetings")."""
        found = next((m for m in item.mentions if m.kind == "activity"), None)
        start = item.action.span.start if item.action.span else None
        if found and start is not None and start < found.span.start:
            words = item.source[start:found.span.end].replace("*", "").split()
            if len(words) <= 10:
                return " ".join(words)
        if found:
            return " ".join(found.text.split())
        if item.action.span is not None:  # no counted effort: the verb phrase ("worked incredibly hard ...")
            phrase = re.split(r"[,;:.(]", item.source[item.action.span.start:item.span.end])[0]
            return " ".join(phrase.replace("*", "").split()[:8])
        return _shorten(self.quote(item), 60)

    def quote(self, item: Item) -> str:
        first = item.sentences[0].span if item.sentences else item.span
        return " ".join(first.text(item.source).replace("*", "").split())


def _item_asks(draft: _Draft) -> Iterator[_Ask]:
    """Per-item weaknesses: technical-only results, effort, "we", no customer, old-role verbs, hedges."""
    for item in draft.items:
        s = item.signals
        assert s is not None
        if s.technical_metric_only:
            yield _Ask("which-customer", item, {"metric": draft.result(item)})
        if s.activity_only:
            yield _Ask("activity-decision", item, {"activity": draft.activity(item)})
        if s.metric and s.business_outcome and (not s.own_action or item.action.subject == "we"):
            yield _Ask("own-part", item, {"metric": draft.result(item)})
        if s.business_outcome and not s.customer:
            yield _Ask("no-customer", item, {})
        if s.technical_lead and item.action.span is not None:
            yield _Ask("engineering-verb", item, {"verb": item.action.span.text(item.source)})
        if s.hedge and (s.business_outcome or (s.metric and s.customer)):
            yield _Ask("hedge", item, {"hedge": draft.mention(item, "hedge") or "maybe"})
    ready = sorted((i for i in draft.items if i.ready and any(m.kind in ("range", "currency") for m in i.metrics)),
                   key=impact, reverse=True)
    for item in ready:
        yield _Ask("attribution", item, {"metric": draft.result(item)})


def _level_is_low(draft: _Draft, floor: int) -> bool:
    """Low when the score says so, or when no ready item carries the level's scope or influence."""
    evidence = draft.report.reading.level_evidence.get(draft.report.level, {})
    carried = {i for name in ("scope", "influence") for i in evidence.get(name, [])}
    ready = {i.id for i in draft.items if i.ready}
    return draft.report.score.level_signal < floor or not carried & ready


def _document_asks(draft: _Draft, limits: dict[str, Any], questions: dict[str, Any]) -> Iterator[_Ask]:
    """Document gaps, each aimed at the item carrying the claim it questions."""
    reading, anchor = draft.report.reading, draft.strongest
    coverage = reading.principles_coverage
    if not any(coverage.get(p) for p in questions["backbone"].get("principles", [])):
        yield _Ask("backbone", anchor, {})
    if _level_is_low(draft, limits["level_signal_floor"]):
        yield _Ask("beyond-team", anchor, {})
    if not reading.stopped_items:
        started = reading.initiated_items
        yield _Ask("not-built", draft.report.item(started[0]) if started else anchor, {})
    if not reading.retell:
        yield _Ask("level", anchor, {})


def rehearse(report: Report) -> tuple[Question, ...]:
    """The questions for this draft, weakest first, capped per kind and in all."""
    data = rehearsal_data()
    limits, kinds = data["limits"], data["questions"]
    draft = _Draft(report)
    asks = [*_item_asks(draft), *_document_asks(draft, limits, kinds)]
    order = {item.id: n for n, item in enumerate(draft.items)}
    asks.sort(key=lambda a: (-kinds[a.kind]["weight"], impact(a.item) if a.item else 0,
                             order.get(a.item.id, 0) if a.item else 0))
    lines = LineIndex(report.text)
    per_kind: Counter[str] = Counter()
    asked: set[str] = set()  # one item-level question per item: a sharp list, not a pile-on
    chosen: list[Question] = []
    for ask in asks:
        key = ask.item.id if ask.item and ask.kind not in DOCUMENT_KINDS else ""
        if per_kind[ask.kind] >= limits["per_kind"] or key in asked:
            continue
        per_kind[ask.kind] += 1
        if key:
            asked.add(key)
        chosen.append(_question(ask, kinds[ask.kind], draft, lines, limits["quote_chars"]))
        if len(chosen) >= limits["total"]:
            break
    return tuple(chosen)


def _question(ask: _Ask, kind: dict[str, Any], draft: _Draft, lines: LineIndex, width: int) -> Question:
    quote = line = None
    if ask.item is not None:
        quote = _shorten(draft.quote(ask.item), width)
        line = lines.line_col(ask.item.start)[0]
    fields = {"quote": quote or "", "level": draft.report.level, **ask.fields}
    return Question(kind=ask.kind, text=kind["text"].format(**fields), why=kind["why"].format(**fields),
                    weight=kind["weight"], focus=kind["focus"], item=ask.item.id if ask.item else None,
                    line=line, quote=quote)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def rehearsal_json(report: Report, questions: tuple[Question, ...]) -> dict[str, Any]:
    """The versioned JSON form (schema packetcoach.rehearse/1)."""
    return {
        "schema": SCHEMA_ID, "source": report.source, "profile": report.profile, "level": report.level,
        "doc_type": report.doc_type,
        "questions": [{"n": n, "kind": q.kind, "item": q.item, "line": q.line, "quote": q.quote,
                       "question": q.text, "why": q.why, "focus": q.focus}
                      for n, q in enumerate(questions, 1)],
    }
