"""Small helpers the renderers share: what an item lacks, and short labels."""

from __future__ import annotations

from packetcoach.core.model import Item

MISSING_LABELS = (
    ("customer", "customer"), ("metric", "number"), ("business_outcome", "business result"),
    ("own_action", "own action"),
)


def missing(item: Item) -> list[str]:
    """What keeps an item from being ready, in the words the table shows."""
    s = item.signals
    if s is None:
        return []
    gaps = [label for name, label in MISSING_LABELS if not getattr(s, name)]
    if s.activity_only:
        gaps.append("effort only")
    return gaps


def flags(item: Item) -> list[str]:
    s = item.signals
    if s is None:
        return []
    names = ("technical_lead", "technical_metric_only", "cliche", "hedge")
    return [name.replace("_", " ") for name in names if getattr(s, name)]


def shorten(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


PART_LABELS = {"business_problem": "problem", "decision": "decision", "mechanism": "mechanism",
               "result": "result", "scope_signal": "scope"}


def reading_rows(report) -> list[tuple[str, str]]:
    """The room's reading as (label, value) rows, shared by the terminal and markdown reports."""
    reading = report.reading
    lead = "yes" if reading["lead_is_outcome"] else "no"
    if reading.get("lead_suggestion"):
        lead += f" (lead with {reading['lead_suggestion']})"
    reasons = "; ".join(reading["structure_reasons"])
    specialty = reading["specialty"]
    covered = [p for p, ids in reading["principles_coverage"].items() if ids]
    missing_principles = [p for p, ids in reading["principles_coverage"].items() if not ids]
    skim = reading["skim"]
    level = reading["level"]
    evidence = level["evidence"].get(report.level, {})
    level_text = ", ".join(f"{name} {', '.join(ids) or '-'}" for name, ids in evidence.items())
    parts = []
    for item_id in reading.get("strongest_items", []):
        present = reading["outcome_parts"].get(item_id, {})
        absent = [PART_LABELS[k] for k, ok in present.items() if not ok]
        parts.append(f"{item_id}: " + (f"missing {', '.join(absent)}" if absent else "all five parts"))
    return [
        ("leads with a customer outcome", lead),
        ("structure", reading["structure"] + (f" ({reasons})" if reasons else "")),
        ("engineering past mentioned", str(reading["former_engineer_mentions"])),
        ("initiated / stopped", f"{', '.join(reading['initiated_items']) or 'none'} / "
                                f"{', '.join(reading['stopped_items']) or 'none'}"),
        ("specialty a reader could guess",
         f"{specialty['guess']} ({', '.join(specialty['evidence'])})" if specialty["guess"] else "none"),
        ("principles evidenced", ", ".join(covered) or "none"),
        ("principles with no evidence", ", ".join(missing_principles) or "none"),
        (f"level evidence for {report.level}", f"{level_text}; the evidence supports "
                                                f"{level['supported'] or 'no level yet'}"),
        ("strongest outcomes, five parts", "; ".join(parts) or "none"),
        ("retell", reading["retell"] or reading["retell_scaffold"] or "none"),
        ("90-second read", f"{skim['words_read']} words; outcomes seen: {', '.join(skim['outcomes_seen']) or 'none'}"
                           + (f"; strongest missed: {', '.join(skim['strongest_missed'])}"
                              if skim.get("strongest_missed") else "")),
    ]


def score_reasons(report) -> list[tuple[str, str]]:
    return [(name.replace("_", " "), "; ".join(reasons)) for name, reasons in report.score.reasons.items() if reasons]
