"""The default output: the draft with flagged spans highlighted, findings, and the item table."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import LineIndex
from ..report import Report
from .common import flags, missing, shorten

STYLE = {"error": "bold red underline", "warning": "yellow underline", "info": "cyan underline"}


def _draft(report: Report) -> Text:
    text = Text(report.document.text.rstrip("\n"))
    for finding in sorted(report.findings, key=lambda f: -(f.span.end - f.span.start)):
        if finding.span.end - finding.span.start < 200:
            text.stylize(STYLE[finding.severity], finding.span.start, finding.span.end)
    return text


def render(report: Report, stream: IO[str], show_draft: bool = True, color: bool | None = None) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=False, force_terminal=color,
                      no_color=color is False, width=None if color is not False else 100)
    score = report.score
    console.print(Text(f"{report.source}  ·  {report.profile} · {report.level} · {report.doc_type} · "
                       f"{report.words} words", style="bold"))
    for note in report.notes:
        console.print(Text(f"note: {note}", style="dim"))
    console.print(f"Packet score {score.packet}/100   evidence {score.evidence} · narrative {score.narrative}"
                  f" · re-role {score.re_role} · level signal {score.level_signal}")
    if show_draft and report.document.text.strip():
        console.rule("draft")
        console.print(_draft(report))
    _findings(report, console)
    _items(report, console)
    _document(report, console)


def _findings(report: Report, console: Console) -> None:
    console.rule(f"findings ({len(report.findings)})")
    lines = LineIndex(report.document.text)
    for finding in report.findings:
        line, column = lines.line_col(finding.span.start)
        head = Text(f"{line}:{column}  ")
        head.append(finding.severity, STYLE[finding.severity].replace(" underline", ""))
        head.append(f"  {finding.name} ({finding.rule})  ", "dim")
        head.append(finding.message)
        console.print(head)
        if finding.suggestion:
            console.print(Text(f"      → {finding.suggestion}", style="green"))


def _items(report: Report, console: Console) -> None:
    if not report.items:
        return
    table = Table(title=f"items ({sum(i.ready for i in report.items)} of {len(report.items)} ready)",
                  show_lines=False, expand=False)
    for column in ("id", "line", "ready", "missing", "flags", "item"):
        table.add_column(column, overflow="fold")
    lines = LineIndex(report.document.text)
    for item in report.items:
        line, _ = lines.line_col(item.span.start)
        table.add_row(item.id, str(line), "[green]ready[/]" if item.ready else "[red]no[/]",
                      ", ".join(missing(item)) or "-", ", ".join(flags(item)) or "-",
                      shorten(item.span.text(report.document.text), 60))
    console.print(table)


def _document(report: Report, console: Console) -> None:
    reading = report.reading
    console.rule("the room's reading")
    lead = "yes" if reading["lead_is_outcome"] else "no"
    if reading.get("lead_suggestion"):
        lead += f" (lead with {reading['lead_suggestion']})"
    console.print(f"leads with a customer outcome: {lead}")
    console.print(f"structure: {reading['structure']}" +
                  (f" ({'; '.join(reading['structure_reasons'])})" if reading["structure_reasons"] else ""))
    console.print(f"engineering past mentioned: {reading['former_engineer_mentions']}")
    console.print(f"initiated: {', '.join(reading['initiated_items']) or 'none'}   "
                  f"stopped: {', '.join(reading['stopped_items']) or 'none'}")
    specialty = reading["specialty"]
    if specialty["guess"]:
        console.print(f"specialty a reader could guess: {specialty['guess']} ({', '.join(specialty['evidence'])})")
    covered = [p for p, ids in reading["principles_coverage"].items() if ids]
    console.print(f"principles evidenced: {', '.join(covered) or 'none'}")
    console.print(f"retell: {reading['retell'] or reading['retell_scaffold'] or 'none'}")
    skim = reading["skim"]
    console.print(f"90-second read: {skim['words_read']} words; outcomes seen: "
                  f"{', '.join(skim['outcomes_seen']) or 'none'}")
