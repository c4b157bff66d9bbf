"""The default output: the draft with flagged spans highlighted, the findings, the item list and
the room's reading.

Everything is assembled into one rich ``Text`` and printed once: rich's layout work is paid once per
report rather than once per line (a table widget cost more than the whole analysis).
"""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.text import Text

from ..model import LineIndex
from ..report import Report
from .common import flags, missing, reading_rows, score_reasons, shorten

STYLE = {"error": "bold red underline", "warning": "yellow underline", "info": "cyan underline"}
LABEL = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _rule(out: Text, title: str) -> None:
    out.append(f"\n── {title} " + "─" * max(3, 60 - len(title)) + "\n", style="bold")


def _draft(report: Report, out: Text) -> None:
    text = report.document.text.rstrip("\n")
    body = Text(text)
    for finding in sorted(report.findings, key=lambda f: -(f.span.end - f.span.start)):
        if finding.span.end - finding.span.start < 200 and finding.span.end <= len(text):
            body.stylize(STYLE[finding.severity], finding.span.start, finding.span.end)
    out.append_text(body)
    out.append("\n")


def _findings(report: Report, out: Text, lines: LineIndex) -> None:
    _rule(out, f"findings ({len(report.findings)})")
    for finding in report.findings:
        line, column = lines.line_col(finding.span.start)
        out.append(f"{line}:{column}  ")
        out.append(finding.severity, LABEL[finding.severity])
        out.append(f"  {finding.name} ({finding.rule})  ", "dim")
        out.append(finding.message + "\n")
        if finding.suggestion:
            out.append(f"      → {finding.suggestion}\n", "green")


def _items(report: Report, out: Text, lines: LineIndex) -> None:
    if not report.items:
        return
    ready = sum(i.ready for i in report.items)
    _rule(out, f"items ({ready} of {len(report.items)} ready)")
    for item in report.items:
        line, _ = lines.line_col(item.span.start)
        out.append(f"{item.id:>4} line {line:<4} ")
        out.append("ready " if item.ready else "no    ", "green" if item.ready else "red")
        gaps = ", ".join(missing(item))
        marks = ", ".join(flags(item))
        detail = "; ".join(part for part in (f"missing {gaps}" if gaps else "", marks) if part)
        out.append(shorten(item.span.text(report.document.text), 64))
        out.append(f"\n{'':16}{detail}\n" if detail else "\n", "dim")


def _reading(report: Report, out: Text) -> None:
    _rule(out, "the room's reading")
    for label, value in reading_rows(report):
        out.append(f"{label}: ", "bold")
        out.append(value + "\n")
    _rule(out, "why the scores")
    for label, value in score_reasons(report):
        out.append(f"{label}: ", "bold")
        out.append(value + "\n")


def render(report: Report, stream: IO[str], show_draft: bool = True, color: bool | None = None) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=False, force_terminal=color,
                      no_color=color is False, width=None if color is not False else 100)
    score = report.score
    out = Text()
    out.append(f"{report.source}  ·  {report.profile} · {report.level} · {report.doc_type} · "
               f"{report.words} words\n", "bold")
    for note in report.notes:
        out.append(f"note: {note}\n", "dim")
    out.append(f"Packet score {score.packet}/100   evidence {score.evidence} · narrative {score.narrative}"
               f" · re-role {score.re_role} · level signal {score.level_signal}\n")
    lines = LineIndex(report.document.text)
    if show_draft and report.document.text.strip():
        _rule(out, "draft")
        _draft(report, out)
    _findings(report, out, lines)
    _items(report, out, lines)
    _reading(report, out)
    console.print(out, end="")
