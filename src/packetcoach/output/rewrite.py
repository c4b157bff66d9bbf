"""The rewrite view as text: side by side in the terminal (rich table) or as Markdown.

Blanks are highlighted so the writer sees at a glance what the draft does not
say yet; the draft's own words are shown plain.
"""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from packetcoach.coach.rewrite import ItemRewrite, Rewrite
from packetcoach.core.inert import markdown_text as md
from packetcoach.core.inert import terminal_line, terminal_text
from packetcoach.core.regexes import compiled

BLANK_RE = compiled(r"\[[^\[\]]*\]")
#: Rows of the side-by-side table: a terminal table costs milliseconds a row to lay out, and no
#: one reads more than this many on a screen (a long document's rows are all in markdown and json).
MAX_ROWS = 60
PROMISE = ("Blanks in [brackets] are yours to fill: packetcoach never invents a number, a customer "
           "or an outcome.")


def _highlight(text: str, style: str = "bold yellow") -> Text:
    text = terminal_text(text)
    rich_text = Text(text)
    for match in BLANK_RE.finditer(text):
        rich_text.stylize(style, match.start(), match.end())
    return rich_text


def _readiness_shown(entry: ItemRewrite) -> bool:
    """A ready item's readiness test is shown only when the template fills without a blank: it
    would otherwise ask the writer for what the item already says in its own words."""
    return entry.edit != "keep" or not BLANK_RE.search(entry.readiness.text)


def _shape_cell(entry: ItemRewrite) -> Text:
    cell = Text()
    if entry.edit == "keep":
        cell.append("ready: keep it as it is\n\n", "bold green")
    elif entry.edit == "context":
        cell.append(f"{entry.item.kind}: not judged as evidence\n\n", "dim")
    if entry.advice:
        cell.append(entry.advice + "\n\n", "bold")
    for shape in entry.shapes:
        cell.append(f"{shape.shape} shape\n", "bold")
        cell.append_text(_highlight(shape.text))
        cell.append("\n\n")
    if not _readiness_shown(entry):
        cell.rstrip()
        return cell
    cell.append("readiness test\n", "bold")
    cell.append_text(_highlight(entry.readiness.text))
    return cell


def render_terminal(rewrite: Rewrite, stream: IO[str], color: bool | None = None) -> None:
    """Original | scaffold, one row per item, weakest first as the draft orders them."""
    console = Console(file=stream, highlight=False, force_terminal=color, no_color=color is False)
    if not console.is_terminal:
        console.width = 120
    report = rewrite.report
    need = len(rewrite.not_ready)
    console.print(Text(terminal_line(f"{report.source}  ·  {report.profile} · {report.level} · {report.doc_type}"),
                       style="bold"))
    console.print(Text(f"{need} of {len(rewrite.items)} items are not ready. {PROMISE}"))
    table = Table(show_lines=True, expand=True)
    table.add_column("item", ratio=1, min_width=12, overflow="fold")
    table.add_column("your draft", ratio=4, overflow="fold")
    table.add_column("stronger shape", ratio=5, overflow="fold")
    for entry in rewrite.items[:MAX_ROWS]:
        label = Text(f"{entry.item.id}\nline {entry.line}")
        if entry.missing:
            label.append("\nmissing:\n" + "\n".join(entry.missing), "red")
        table.add_row(label, Text(terminal_text(entry.original)), _shape_cell(entry))
    console.print(table)
    if len(rewrite.items) > MAX_ROWS:
        console.print(Text(f"{len(rewrite.items) - MAX_ROWS} more items are not shown here; "
                           "--format markdown or json lists every one."))


def render_markdown(rewrite: Rewrite) -> str:
    report = rewrite.report
    lines = [f"# packetcoach rewrite: {md(report.source)}", "",
             f"Profile {md(report.profile)} · level {md(report.level)} · {md(report.doc_type)}. "
             f"{len(rewrite.not_ready)} of {len(rewrite.items)} items are not ready.", "", PROMISE, ""]
    for entry in rewrite.items:
        status = {"keep": "ready", "context": entry.item.kind}.get(entry.edit) or \
            f"{entry.edit}; missing: " + (", ".join(entry.missing) or "-")
        lines += [f"## {md(entry.item.id)} (line {entry.line}): {md(status)}", "", f"> {md(entry.original)}", ""]
        if entry.advice:
            lines += [f"**{md(entry.advice)}**", ""]
        for shape in entry.shapes:
            lines += [f"**{shape.shape.capitalize()} shape:** {md(shape.text)}", ""]
        if _readiness_shown(entry):
            lines += [f"**Readiness test:** {md(entry.readiness.text)}", ""]
    return "\n".join(lines)
