"""The document reading measured on labelled packets: every field, per packet and overall.

Items are referred to in the labels by a prefix of their text (docs/labelling-guide.md); a field is
right for a packet when it matches exactly (for a list of items: the same items), and the lists are
also scored item by item across packets (F1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from packetcoach.api import analyze
from packetcoach.core.report import Report
from packetcoach.evaluate.load import packet_rows
from packetcoach.evaluate.tally import Agreement, Tally, ratio
from packetcoach.core.regexes import compiled
from packetcoach.rules.document import meets_level
from packetcoach.rules.engine import find_rule

FIELDS = ("lead_is_outcome", "former_engineer_mentions", "structure", "specialty", "retell",
          "supported_level", "objections_section")
SETS = ("initiated_items", "stopped_items", "ready_items")
MARKUP_RE = compiled(r"[*_`]+")


# The document findings a packet label decides: (rule, the label that decides it, when the label says
# the finding is false). A finding that asserts an absence is false when the label lists what it says
# is missing; one that asserts a fault, when the label says the draft does not have it.
FINDING_LABELS: tuple[tuple[str, str, Callable[[Any, Report], bool]], ...] = (
    ("PC202", "lead_is_outcome", lambda label, report: bool(label)),
    ("PC203", "former_engineer_mentions",
     lambda label, report: label <= int(report.rubric.profile.table("document").get("max_engineering_past", 1))),
    ("PC205", "stopped_items", lambda label, report: bool(label)),
    ("PC206", "initiated_items", lambda label, report: bool(label)),
    ("PC208", "specialty", lambda label, report: not label),
    ("PC211", "structure", lambda label, report: label != "chronology"),
    ("PC212", "retell", lambda label, report: label is not None),
    ("PC214", "supported_level", lambda label, report: meets_level(label, report.level, report.rubric.levels)),
)


def _rule_name(rule: str) -> str:
    found = find_rule(rule)
    return found.name if found else rule


class FindingScores:
    """For each document rule a label decides: the labelled packets, those it fired on, and those of
    them whose labels say the finding is false (its precision), and those it was due on but missed."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.false: dict[str, list[dict[str, Any]]] = {}

    def add(self, row: dict[str, Any], report: Report) -> None:
        fired = {finding.rule for finding in report.findings}
        for rule, label, is_false in FINDING_LABELS:
            counts = self.rows.setdefault(rule, {"name": _rule_name(rule), "label": label, "packets": 0, "fires": 0,
                                                 "false": 0, "missed": 0})
            false = self.false.setdefault(rule, [])
            if label not in row:
                continue
            counts["packets"] += 1
            wrong = is_false(row[label], report)
            if rule in fired:
                counts["fires"] += 1
                if wrong:
                    counts["false"] += 1
                    false.append({"id": row["id"], "expected": row[label]})
            elif not wrong:
                counts["missed"] += 1

    def summary(self) -> dict[str, Any]:
        return {rule: counts | {"precision": ratio(counts["fires"] - counts["false"], counts["fires"])}
                for rule, counts in self.rows.items() if counts["packets"]}


def _item_at(report: Report, text: str, prefix: str) -> str | None:
    offset = text.find(prefix)
    if offset < 0:
        return None
    for item in report.items:
        if item.start <= offset < max(item.end, item.start + 1):
            return item.id
    return None


def _plain(text: str | None) -> str:
    return " ".join(MARKUP_RE.sub("", text or "").split()).lower()


def _retell(label: str | None, got: str | None) -> str | None:
    """The retell as scored: the label's prefix when the sentence found starts with it, else what
    was found (so a wrong sentence and a missing one both disagree with the label)."""
    if label is None or got is None:
        return got
    return label if _plain(got).startswith(_plain(label)) or _plain(label) in _plain(got) else got


def reading_fields(report: Report, label: dict[str, Any]) -> dict[str, Any]:
    reading = report.reading
    return {"lead_is_outcome": reading.lead_is_outcome,
            "former_engineer_mentions": len(reading.former_engineer_mentions),
            "structure": reading.structure, "specialty": reading.specialty,
            "retell": _retell(label.get("retell"), reading.retell),
            "supported_level": reading.supported_level,
            "objections_section": bool(getattr(reading, "objections_section", False))}


def evaluate_packets(corpus: Path, profile: str) -> dict[str, Any]:
    rows = packet_rows(corpus)
    if not rows:
        return {}
    fields = {name: Agreement() for name in FIELDS}
    sets = {name: Tally() for name in SETS}
    exact = {name: Agreement() for name in SETS}
    per_packet: dict[str, dict[str, bool]] = {}
    findings = FindingScores()
    for row in rows:
        path = corpus / row["file"]
        text = path.read_text(encoding="utf-8")
        report = analyze(text, profile=profile, level=row.get("level", "L6"),
                         doc_type=row.get("doc_type", "self-assessment"), source=str(path))
        got = reading_fields(report, row)
        findings.add(row, report)
        marks = per_packet.setdefault(row["id"], {})
        for name, agreement in fields.items():
            if name in row:
                marks[name] = agreement.add(row[name], got[name], {"id": row["id"]})
        predicted = {"initiated_items": set(report.reading.initiated_items),
                     "stopped_items": set(report.reading.stopped_items),
                     "ready_items": {i.id for i in report.items if i.ready}}
        for name in SETS:
            if name not in row:
                continue
            truth = {_item_at(report, text, prefix) for prefix in row[name]} - {None}
            marks[name] = exact[name].add(sorted(truth), sorted(predicted[name]), {"id": row["id"]})
            for item_id in truth | predicted[name]:
                item = report.item(item_id)
                snippet = item.text[:120] if item else item_id
                sets[name].add(item_id in truth, item_id in predicted[name],
                               {"id": f"{row['id']}:{item_id}", "text": snippet})
    summary: dict[str, Any] = {name: a.summary() for name, a in fields.items() if a.summary()["n"]}
    for name in SETS:
        if exact[name].summary()["n"]:
            summary[name] = sets[name].summary() | {"right": exact[name].right, "packets": exact[name].summary()["n"]}
    return {"summary": summary, "per_packet": per_packet, "findings": findings.summary(),
            "disagreements": {f"packet_{name}": a.wrong for name, a in fields.items()}
            | {f"finding_{rule}": cases for rule, cases in findings.false.items()},
            "confusions": {f"packet_{name}": {"false_positives": t.false_positives,
                                              "false_negatives": t.false_negatives} for name, t in sets.items()}}
