"""The JSON contract (``packetcoach.report/1``, docs/json-format.md, schemas/report.schema.json).

Positions are offsets into the draft and 1-based line/column, computed here, at the edge; item
rewrites are built here too, on demand, since only some readers of a report want them.
"""

from __future__ import annotations

from typing import Any, Callable

from packetcoach.analysis.packet import Reading
from packetcoach.analysis.principles import principle_evidence
from packetcoach.coach.shapes import addressed, item_scaffold
from packetcoach.core.model import Finding, Item, LineIndex
from packetcoach.core.report import SCHEMA_ID, Report, report_header

Rewrite = Callable[[Item, Any], "str | None"]  # (item, rubric) -> its stronger shape; a server caches it
Retold = Callable[[], "str | None"]  # the report's retell sentence, built once (see :func:`report_json`)


def item_json(item: Item, report: Report, lines: LineIndex, rewrite: Rewrite = item_scaffold) -> dict[str, Any]:
    assert item.signals is not None
    line, column = lines.line_col(item.start)
    return {
        "id": item.id,
        "text": item.text,
        "start": item.start,
        "end": item.end,
        "line": line,
        "column": column,
        "kind": item.kind,
        "format": item.format,
        "section": item.section,
        "slots": {
            "persona": item.persona.text if item.persona else None,
            "metrics": [metric.text for metric in item.metrics],
            "action": {"verb": item.action.lemma, "class": item.action.verb_class,
                       "subject": item.action.subject},
        },
        "signals": item.signals.as_dict(),
        "ready": item.ready,
        "principles": list(item.principles),
        "principle": item.principles[0] if item.principles else None,
        "principle_evidence": principle_evidence(item, report.rubric),
        "rewrite": addressed(rewrite(item, report.rubric), report.document.voice),
    }


def finding_json(finding: Finding, report: Report, lines: LineIndex,
                 rewrite: Rewrite = item_scaffold, retold: Retold | None = None) -> dict[str, Any]:
    line, column = lines.line_col(finding.span.start)
    end_line, end_column = lines.line_col(finding.span.end)
    return {
        "rule": finding.rule, "name": finding.name, "severity": finding.severity, "scope": finding.scope,
        "message": finding.message, "rationale": finding.rationale,
        "start": finding.span.start, "end": finding.span.end,
        "line": line, "column": column, "end_line": end_line, "end_column": end_column,
        "item": finding.item, "suggestion": suggestion(finding, report, rewrite, retold),
    }


def suggestion(finding: Finding, report: Report, rewrite: Rewrite = item_scaffold,
               retold: Retold | None = None) -> str | None:
    """The finding's suggested text; a not-ready item's strong shape and the retell sentence are
    built only when asked for (``retold`` gives the sentence when it is already built)."""
    if finding.name == "no-retell-sentence":  # the offer in the verdict's form, as retell_scaffold says it
        from packetcoach.coach.sentences import named  # noqa: PLC0415

        return (retold or _retold_once(report))() or named(finding.suggestion, report)
    if finding.suggestion is not None or finding.name != "item-not-ready":
        return finding.suggestion
    item = report.item(finding.item)
    return addressed(rewrite(item, report.rubric), report.document.voice) if item is not None else None


def reading_json(reading: Reading, lines: LineIndex, retell_scaffold: str | None = None) -> dict[str, Any]:
    """The ``document`` object of the JSON report; ``retell_scaffold`` is the coach's sentence."""
    mentions = []
    for mention in reading.former_engineer_mentions:
        line, column = lines.line_col(mention.span.start)
        mentions.append({"start": mention.span.start, "end": mention.span.end, "line": line, "column": column,
                         "followed_by_outcome": mention.followed_by_outcome})
    return {
        "lead_is_outcome": reading.lead_is_outcome,
        "lead_suggestion": reading.lead_suggestion,
        "former_engineer_mentions": len(reading.former_engineer_mentions),
        "former_engineer_spans": mentions,
        "initiated_items": list(reading.initiated_items),
        "stopped_items": list(reading.stopped_items),
        "structure": reading.structure,
        "structure_reasons": list(reading.structure_reasons),
        "retell": reading.retell,
        "retell_scaffold": retell_scaffold,
        "specialty": {"guess": reading.specialty, "evidence": list(reading.specialty_evidence),
                      "technical_lead_share": round(reading.technical_lead_share, 3)},
        "principles_coverage": {p: list(ids) for p, ids in reading.principles_coverage.items()},
        "skim": {"words_read": reading.skim_words_read, "outcomes_seen": list(reading.skim_outcomes_seen),
                 "strongest_missed": list(reading.skim_outcomes_missed)},
        "strongest_items": list(reading.strongest),
        "level": {"supported": reading.supported_level,
                  "evidence": {level: {d: list(ids) for d, ids in dims.items()}
                               for level, dims in reading.level_evidence.items()}},
        "outcome_parts": reading.parts,
        "objections_section": reading.objections_section,
        "objections": list(reading.objections),
        "scope_items": list(reading.scope_items),
    }


def _retell_scaffold(report: Report, retold: Retold) -> str | None:
    """The retell sentence built for the writer (null when the draft has its own)."""
    if report.reading.retell:
        return None
    from packetcoach.coach.sentences import named  # noqa: PLC0415

    return retold() or named(report.reading.retell_scaffold, report)


def _retold_once(report: Report) -> Retold:
    """``coach.sentences.retell(report)``, built on the first call only: a draft without its own
    retell sentence has both a finding that suggests one and a ``retell_scaffold``, the same
    sentence, and building it reads every story of the draft again (about a millisecond)."""
    built: list[str | None] = []

    def retold() -> str | None:
        if not built:
            from packetcoach.coach.sentences import retell  # noqa: PLC0415 - built on demand

            built.append(retell(report))
        return built[0]

    return retold


def verdict_json(report: Report) -> dict[str, Any]:
    """The ``verdict`` object: the reading, the gap, one sentence, and the top changes."""
    from packetcoach.analysis.verdict import judge  # noqa: PLC0415 - only for a report built without one

    return (report.verdict or judge(report)).as_dict()


def _once_per_item(rewrite: Rewrite) -> Rewrite:
    """``rewrite`` built at most once per item: a not-ready item's shape is both its ``rewrite``
    and its finding's ``suggestion``, and building it is most of the report's JSON time."""
    built: dict[int, str | None] = {}

    def once(item: Item, rubric: Any) -> str | None:
        key = id(item)  # the report holds every item while its JSON is built, so ids stay unique
        if key not in built:
            built[key] = rewrite(item, rubric)
        return built[key]

    return once


def report_json(report: Report, rewrite: Rewrite = item_scaffold) -> dict[str, Any]:
    """The stable JSON contract: every field SPEC section 5 requires, and a few more.

    ``rewrite`` builds an item's stronger shape; a front end that re-checks on every keystroke
    passes a cached one, since an unchanged item has the same shape."""
    lines = LineIndex(report.text)
    rewrite = _once_per_item(rewrite)
    retold = _retold_once(report)
    return {
        "schema": SCHEMA_ID,
        **report_header(report),
        "words": report.words,
        "notes": list(report.notes),
        "score": report.score.as_dict(),
        "score_reasons": report.score.reasons,
        "verdict": verdict_json(report),
        "items": [item_json(item, report, lines, rewrite) for item in report.items],
        "findings": [finding_json(finding, report, lines, rewrite, retold) for finding in report.findings],
        "document": reading_json(report.reading, lines, _retell_scaffold(report, retold)),
        "suppressions": [{"line": s.line, "rules": list(s.keys), "scope": s.scope, "silenced": s.silenced}
                         for s in report.suppressions],
    }
