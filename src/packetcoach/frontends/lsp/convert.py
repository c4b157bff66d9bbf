"""A Report as the editor sees it: diagnostics, the document summary, hover text.

Spans stay character offsets until here; :class:`PositionIndex` turns them into the position
encoding the client and server agreed on (UTF-16 unless the client offers another).
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from packetcoach.core.model import Finding
from packetcoach.core.report import Report
from packetcoach.output.json import suggestion
from packetcoach.output.positions import PositionIndex

SOURCE = "packetcoach"
SUMMARY_CODE = "summary"
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}


def lsp_range(index: PositionIndex, start: int, end: int) -> types.Range:
    (line, character), (end_line, end_character) = index.position(start), index.position(end)
    return types.Range(start=types.Position(line=line, character=character),
                       end=types.Position(line=end_line, character=end_character))


def diagnostic(finding: Finding, index: PositionIndex) -> types.Diagnostic:
    """One finding: code is the rule's name, the rule id and item ride along in ``data``."""
    return types.Diagnostic(
        range=lsp_range(index, finding.span.start, finding.span.end),
        message=finding.message,
        severity=SEVERITY[finding.severity],
        code=finding.name,
        source=SOURCE,
        data={"rule": finding.rule, "item": finding.item},
    )


def _field(value: Any, name: str) -> Any:
    """Read a field of the verdict whether it arrives as an object or as a mapping."""
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)


def summary_text(report: Report) -> str:
    """The verdict (when the report has one) and the score, on one line."""
    s = report.score
    ready = sum(item.ready for item in report.items)
    score = (f"packet score {s.packet}/100 (evidence {s.evidence} · narrative {s.narrative} · re-role {s.re_role} · "
             f"level signal {s.level_signal}); {ready} of {len(report.items)} items ready")
    verdict = getattr(report, "verdict", None)
    if verdict is None:
        return f"packetcoach: {score}"
    reading, gap, summary = _field(verdict, "reading"), _field(verdict, "gap"), _field(verdict, "summary")
    head = f"reads {reading} {report.level}" if reading and reading != "undecided" else "undecided"
    if gap and gap != "none":
        head += f", {gap} gap"
    if summary:
        head += f": {summary}"
    return f"packetcoach: {head} · {score}"


def summary_diagnostic(report: Report, index: PositionIndex) -> types.Diagnostic:
    """The document-level summary as an information diagnostic over line 1."""
    end = len(index.line_text(0)) if index.line_count else 0
    return types.Diagnostic(range=lsp_range(index, 0, end), message=summary_text(report),
                            severity=types.DiagnosticSeverity.Information, code=SUMMARY_CODE, source=SOURCE)


def diagnostics(report: Report, index: PositionIndex, summary: bool = True) -> list[types.Diagnostic]:
    found = [diagnostic(finding, index) for finding in report.findings]
    return ([summary_diagnostic(report, index)] if summary else []) + found


def findings_at(report: Report, offset: int) -> list[Finding]:
    """Findings whose span holds the offset (its end included, so the cursor after a word counts)."""
    found = [f for f in report.findings if f.span.start <= offset <= f.span.end]
    return sorted(found, key=lambda f: f.span.end - f.span.start)  # the narrowest, most specific first


def hover_markdown(findings: list[Finding], report: Report) -> str:
    """For each finding under the cursor: the rule, the message, why it matters, the suggestion."""
    parts = []
    for finding in findings:
        text = f"**{finding.name}** ({finding.rule}, {finding.severity})\n\n{finding.message}"
        if finding.rationale:
            text += f"\n\n*Why it matters:* {finding.rationale}"
        hint = suggestion(finding, report)
        if hint:
            text += f"\n\n*Suggested:* {hint}"
        parts.append(text)
    return "\n\n---\n\n".join(parts)
