"""The report: everything one analysis found, and its JSON form (schema packetcoach.report/1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from packetcoach.core.model import Document, Finding, Item, LineIndex, SEVERITY_RANK

SCHEMA_ID = "packetcoach.report/1"


@dataclass(frozen=True)
class Score:
    packet: int
    evidence: int
    narrative: int
    re_role: int
    level_signal: int
    reasons: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {"packet": self.packet, "evidence": self.evidence, "narrative": self.narrative,
                "re_role": self.re_role, "level_signal": self.level_signal}


@dataclass(frozen=True)
class Report:
    source: str
    profile: str
    level: str
    doc_type: str
    document: Document
    items: tuple[Item, ...]
    findings: tuple[Finding, ...]
    score: Score
    reading: dict[str, Any]  # the document-level reading (SPEC 5 "document")
    notes: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        return self.document.words

    def worst_severity(self) -> int:
        return max((SEVERITY_RANK[f.severity] for f in self.findings), default=-1)

    def item(self, item_id: str) -> Item | None:
        return next((item for item in self.items if item.id == item_id), None)


def item_json(item: Item, text: str, lines: LineIndex) -> dict[str, Any]:
    assert item.signals is not None
    line, column = lines.line_col(item.span.start)
    return {
        "id": item.id,
        "text": text[item.span.start:item.span.end],
        "start": item.span.start,
        "end": item.span.end,
        "line": line,
        "column": column,
        "kind": item.kind,
        "section": item.section,
        "slots": {
            "persona": item.persona.text if item.persona else None,
            "metrics": [metric.text for metric in item.metrics],
            "action": {"verb": item.action.verb, "class": item.action.verb_class,
                       "subject": item.action.subject},
        },
        "signals": item.signals.as_dict(),
        "ready": item.ready,
        "principles": list(item.principles),
        "rewrite": item.rewrite,
    }


def finding_json(finding: Finding, lines: LineIndex) -> dict[str, Any]:
    line, column = lines.line_col(finding.span.start)
    end_line, end_column = lines.line_col(finding.span.end)
    return {
        "rule": finding.rule, "name": finding.name, "severity": finding.severity,
        "message": finding.message, "rationale": finding.rationale,
        "start": finding.span.start, "end": finding.span.end,
        "line": line, "column": column, "end_line": end_line, "end_column": end_column,
        "item": finding.item, "suggestion": finding.suggestion,
    }


def report_header(report: Report) -> dict[str, Any]:
    """What was judged and against what: shared by every JSON document about a report."""
    return {"source": report.source, "profile": report.profile, "level": report.level,
            "doc_type": report.doc_type}


def report_json(report: Report) -> dict[str, Any]:
    """The stable JSON contract (docs/json-format.md, schemas/report.schema.json)."""
    text = report.document.text
    lines = LineIndex(text)
    return {
        "schema": SCHEMA_ID,
        **report_header(report),
        "words": report.words,
        "notes": list(report.notes),
        "score": report.score.as_dict(),
        "score_reasons": report.score.reasons,
        "items": [item_json(item, text, lines) for item in report.items],
        "findings": [finding_json(finding, lines) for finding in report.findings],
        "document": report.reading,
    }
