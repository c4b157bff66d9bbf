"""The default output: the draft with flagged spans highlighted, the findings, the item list and
the room's reading.

The report is assembled as styled segments. On a terminal they become one rich ``Text``, printed
once (rich's layout work is paid once per report); when the output is piped or ``--color never``,
the same segments are written as plain text and rich is never imported. Either way every segment
passes through :func:`~packetcoach.output.inert.terminal_text`, so no control character from the
draft or its file name reaches the terminal; the draft keeps its length, so the underlines hold.
"""

from __future__ import annotations

from typing import IO

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.output.inert import terminal_text
from packetcoach.output.labels import flags, missing, reading_rows, score_reasons, shorten

STYLE = {"error": "bold red underline", "warning": "yellow underline", "info": "cyan underline"}
LABEL = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class Segments:
    """Text with styles and highlighted ranges, rendered by rich or written plain."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str]] = []
        self.draft: tuple[str, list[tuple[int, int, str]]] | None = None
        self.draft_at = -1

    def append(self, text: str, style: str = "") -> None:
        self.parts.append((terminal_text(text), style))

    def plain(self) -> str:
        return "".join(text for text, _ in self.parts)

    def rich_text(self):
        from rich.text import Text  # noqa: PLC0415 - only a real terminal pays for rich

        out = Text()
        for index, (text, style) in enumerate(self.parts):
            if index == self.draft_at and self.draft is not None:
                body = Text(self.draft[0])
                for start, end, highlight in self.draft[1]:
                    body.stylize(highlight, start, end)
                out.append_text(body)
            else:
                out.append(text, style or None)
        return out


Text = Segments


def _rule(out: Text, title: str) -> None:
    out.append(f"\n── {title} " + "─" * max(3, 60 - len(title)) + "\n", style="bold")


def _draft(report: Report, out: Text) -> None:
    text = report.document.text.rstrip("\n")
    top = report.document.blocks[0].span if report.document.blocks else None
    highlights = [(f.span.start, f.span.end, STYLE[f.severity])
                  for f in sorted(report.findings, key=lambda f: -(f.span.end - f.span.start))
                  if f.span.end - f.span.start < 200 and f.span.end <= len(text)
                  and not (f.rule.startswith("PC2") and f.span == top)]  # whole-document findings
    out.draft, out.draft_at = (terminal_text(text), highlights), len(out.parts)
    out.append(text)
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


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def render(report: Report, stream: IO[str], show_draft: bool = True, color: bool | None = None) -> None:
    """Styled on a terminal (or with ``color=True``); plain, unwrapped text otherwise."""
    score = report.score
    out = Segments()
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
    styled = color if color is not None else _is_terminal(stream)
    if not styled:
        stream.write(out.plain())
        return
    from rich.console import Console  # noqa: PLC0415 - only a real terminal pays for rich

    Console(file=stream, highlight=False, soft_wrap=True, force_terminal=True).print(out.rich_text(), end="")
