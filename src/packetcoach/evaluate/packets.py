"""The document reading measured on labelled packets: every field, per packet and overall.

Items are referred to in the labels by a prefix of their text (docs/labelling-guide.md); a field is
right for a packet when it matches exactly (for a list of items: the same items), and the lists are
also scored item by item across packets (F1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from packetcoach.api import analyze
from packetcoach.core.report import Report
from packetcoach.evaluate.load import packet_rows
from packetcoach.evaluate.tally import Agreement, Tally
from packetcoach.core.regexes import compiled

FIELDS = ("lead_is_outcome", "former_engineer_mentions", "structure", "specialty", "retell",
          "supported_level", "objections_section")
SETS = ("initiated_items", "stopped_items", "ready_items")
MARKUP_RE = compiled(r"[*_`]+")


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
    for row in rows:
        path = corpus / row["file"]
        text = path.read_text(encoding="utf-8")
        report = analyze(text, profile=profile, level=row.get("level", "L6"),
                         doc_type=row.get("doc_type", "self-assessment"), source=str(path))
        got = reading_fields(report, row)
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
    return {"summary": summary, "per_packet": per_packet,
            "disagreements": {f"packet_{name}": a.wrong for name, a in fields.items()},
            "confusions": {f"packet_{name}": {"false_positives": t.false_positives,
                                              "false_negatives": t.false_negatives} for name, t in sets.items()}}
