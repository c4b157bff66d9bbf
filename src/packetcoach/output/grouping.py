"""Findings as a coach lists them: one entry per item with its points, the whole-document points in
their own group, and the wording points (hedges, cliches, long sentences) collapsed to one line per
rule with a count and the lines.

The same words are never flagged twice: when two rules point at the same span ("various" as a
cliche and as a weasel word), the more severe one speaks for both. The one-line-per-finding form
stays what the machine formats (compact, SARIF, JSON) print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from packetcoach.core.labels import readiness_gaps
from packetcoach.core.model import SEVERITY_RANK, Finding, Item, LineIndex, Span
from packetcoach.core.report import Report

ITEM_HEADER = "item-not-ready"


@dataclass
class Point:
    """One line of a group: a rule (and any rule flagging the same words), how often, where."""

    rules: list[str]
    severity: str
    message: str
    suggestion: str | None
    lines: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.lines)


@dataclass
class Group:
    """A heading (the item, the document or the wording) and its points."""

    kind: str  # document | item | wording
    title: str
    line: int | None = None
    item: Item | None = None
    status: str = ""  # for an item: what keeps it from being ready
    suggestion: str | None = None  # for an item: its stronger shape
    points: list[Point] = field(default_factory=list)


def distinct(findings: tuple[Finding, ...]) -> list[tuple[Finding, list[str]]]:
    """Each flagged span once: the most severe finding on it, with the other rules that share it."""
    by_span: dict[Span, list[Finding]] = {}
    for finding in findings:
        if finding.scope != "document":  # the whole document's points all sit on its first line
            by_span.setdefault(finding.span, []).append(finding)
    kept = []
    for finding in findings:
        same = by_span.get(finding.span, [finding])
        lead = max(same, key=lambda f: (SEVERITY_RANK[f.severity], -findings.index(f)))
        if finding is lead:
            kept.append((finding, [f.name for f in same if f is not finding and f.scope == finding.scope]))
    return kept


def merged(first: str, second: str) -> str:
    """Two messages of one rule as one: "No item evidences Ownership, Earn Trust."."""
    a, b = first.rstrip(".").split(" "), second.rstrip(".").split(" ")
    shared = 0
    while shared < min(len(a), len(b)) - 1 and a[shared] == b[shared]:
        shared += 1
    if shared >= 2:
        return " ".join(a) + ", " + " ".join(b[shared:]) + "."
    return f"{first} {second}"


def _point(finding: Finding, also: list[str], suggestion: str | None) -> Point:
    return Point([finding.name, *[name for name in also if name != finding.name]], finding.severity,
                 finding.message, suggestion)


def group_findings(report: Report, suggest) -> list[Group]:
    """The document group, then one group per item in draft order, then the wording group.

    ``suggest(finding, report)`` gives a finding's suggested text (built on demand by the caller).
    """
    lines = LineIndex(report.text)
    document = Group("document", "the whole document")
    wording = Group("wording", "wording, across the draft")
    items: dict[str, Group] = {}
    by_rule: dict[str, Point] = {}
    for finding, also in distinct(report.findings):
        line = lines.line_col(finding.span.start)[0]
        if finding.scope == "document" and finding.item is None:
            point = by_rule.get("doc:" + finding.name)
            if point is None:
                point = by_rule["doc:" + finding.name] = _point(finding, also, suggest(finding, report))
                document.points.append(point)
            elif finding.message not in point.message:
                point.message = merged(point.message, finding.message)
            point.lines.append(line)
            continue
        if finding.scope == "sentence" or finding.item is None:
            point = by_rule.get("word:" + finding.name)
            if point is None:
                point = by_rule["word:" + finding.name] = _point(finding, also, suggest(finding, report))
                wording.points.append(point)
            point.lines.append(line)
            word = " ".join(finding.span.text(report.text).split())
            if word and word.lower() not in (w.lower() for w in point.words):
                point.words.append(word)
            continue
        group = items.get(finding.item)
        if group is None:
            item = report.item(finding.item)
            group = items[finding.item] = Group("item", "", lines.line_col(item.start)[0] if item else line, item)
        if finding.name == ITEM_HEADER:
            group.status = "; ".join(readiness_gaps(group.item)) if group.item else finding.message
            group.suggestion = suggest(finding, report)
            continue
        point = next((p for p in group.points if p.rules[0] == finding.name), None)
        if point is None:
            point = _point(finding, also, suggest(finding, report))
            group.points.append(point)
        point.lines.append(line)
    ordered = sorted(items.values(), key=lambda g: g.line or 0)
    return [g for g in (document, *ordered, wording) if g.points or g.status]
