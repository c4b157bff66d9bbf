"""Small helpers the renderers share: what an item lacks, and short labels."""

from __future__ import annotations

from collections.abc import Callable

from packetcoach.core.labels import readiness_gaps
from packetcoach.core.model import Item


def shorten(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


PART_LABELS = {"business_problem": "problem", "decision": "decision", "mechanism": "mechanism",
               "result": "result", "scope_signal": "scope"}


def reading_rows(report) -> list[tuple[str, str]]:
    """The room's reading as (label, value) rows, shared by the terminal and markdown reports."""
    reading = report.reading
    lead = "yes" if reading.lead_is_outcome else "no"
    if reading.lead_suggestion:
        lead += f" (lead with {reading.lead_suggestion})"
    reasons = "; ".join(reading.structure_reasons)
    covered = [p for p, ids in reading.principles_coverage.items() if ids]
    missing_principles = [p for p, ids in reading.principles_coverage.items() if not ids]
    evidence = reading.level_evidence.get(report.level, {})
    level_text = ", ".join(f"{name} {', '.join(ids) or '-'}" for name, ids in evidence.items())
    parts = []
    for item_id in reading.strongest:
        present = reading.parts.get(item_id, {})
        absent = [PART_LABELS[k] for k, ok in present.items() if not ok]
        parts.append(f"{item_id}: " + (f"missing {', '.join(absent)}" if absent else "all five parts"))
    specialty = (f"{reading.specialty} ({', '.join(reading.specialty_evidence)})" if reading.specialty else "none")
    skim = (f"{reading.skim_words_read} words; outcomes seen: {', '.join(reading.skim_outcomes_seen) or 'none'}"
            + (f"; strongest missed: {', '.join(reading.skim_outcomes_missed)}" if reading.skim_outcomes_missed else ""))
    return [
        ("leads with a customer outcome", lead),
        ("structure", reading.structure + (f" ({reasons})" if reasons else "")),
        ("engineering past mentioned", str(len(reading.former_engineer_mentions))),
        ("initiated / stopped", f"{', '.join(reading.initiated_items) or 'none'} / "
                                f"{', '.join(reading.stopped_items) or 'none'}"),
        ("specialty a reader could guess", specialty),
        ("principles evidenced", ", ".join(covered) or "none"),
        ("principles with no evidence", ", ".join(missing_principles) or "none"),
        (f"level evidence for {report.level}", f"{level_text}; {work_reaches(reading.supported_level, report)}"),
        ("strongest outcomes, five parts", "; ".join(parts) or "none"),
        ("retell", reading.retell or reading.retell_scaffold or "none"),
        ("90-second read", skim),
    ]


def score_reasons(report) -> list[tuple[str, str]]:
    return [(name.replace("_", " "), "; ".join(reasons)) for name, reasons in report.score.reasons.items() if reasons]


def work_reaches(level: str | None, report=None, name: Callable[[str], str] | None = None) -> str:
    """The level whose bar the work described meets (scope, impact, ambiguity), said as the work's:
    the verdict above it judges whether the stories prove it, so "below L6" and "the work meets the
    L6 bar" can both be true without reading as a contradiction. With the ``report``, a level the
    verdict's level check passes (a dimension of the argued level shown) with fewer dimensions than
    a level's full bar is said by the dimension shown and the ones a second would come from: the
    argued level met on one dimension, or a lower bar the room's verdict does not give. No bar met
    is said with why (every bar starts from one ready claim or a level's dimension shown, and there
    is neither) and the claim nearest to ready with what it lacks, named by ``name`` (its id unless
    given). The words are verdict data
    (analysis/verdict.toml, ``[work]``)."""
    from packetcoach.analysis.gap import verdict_data, voiced  # noqa: PLC0415 - the verdict's own wording

    words = verdict_data()["work"]
    from packetcoach.analysis.packet import argued_dimensions  # noqa: PLC0415 - the verdict's own check

    shown, missing = argued_dimensions(level, report) if report is not None else ((), ())
    if shown:
        return words["shown"].format(argued=report.level, shown=" and ".join(shown), missing=" or ".join(missing))
    if level:
        return words["meets"].format(level=level)
    nearest = _nearest_ready(report) if report is not None else None
    if nearest is None:
        return words["none"]
    item, needs = nearest
    return voiced(words, "unready", report).format(nearest=(name or str)(item.id), needs=", ".join(needs))


def _nearest_ready(report) -> tuple[Item, list[str]] | None:
    """The judged claim that lacks the fewest of what makes a claim ready, the first in the draft
    among equals, and what it lacks (the items table's words); None when no claim is judged."""
    claims = [(item, readiness_gaps(item, short=True)) for item in report.items
              if item.kind == "claim" and item.signals is not None]
    claims = [(item, needs) for item, needs in claims if needs]
    return min(claims, key=lambda claim: len(claim[1])) if claims else None
