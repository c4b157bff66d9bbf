"""One line per finding, ``file:line:col: rule: message``: what editors' quickfix lists and grep read.

Lines and columns are 1-based; columns count characters (code points), as the JSON report does.
"""

from __future__ import annotations

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report


def one_line(text: str) -> str:
    """Collapse a message onto one line: a line-oriented reader must never see a break inside it."""
    return " ".join(text.split())


def render(report: Report) -> str:
    """Every finding of one report, in document order; the empty string when there is none."""
    index = LineIndex(report.document.text)
    lines = []
    for finding in report.findings:
        line, column = index.line_col(finding.span.start)
        lines.append(f"{report.source}:{line}:{column}: {finding.name}: {one_line(finding.message)}")
    return "".join(line + "\n" for line in lines)
