"""The calibration in a terminal: the ranking table, then one page per person.

Plain text when piped or with ``--color never`` (rich is not imported); styled with rich on a
terminal. Draft text goes through ``visible`` first, so nothing a draft holds reaches the
terminal as a control sequence, and rich never reads it as markup (it is passed as ``Text``).
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Iterator

from packetcoach.output.calibrate.text import (NO_ANSWER, comparison_rows, headline, level_rows, notices,
                                                page_order, page_title, table_rows, visible)

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, Standing


class _Out:
    def __init__(self) -> None:
        self.parts: list[tuple[str, str]] = []

    def add(self, text: str, style: str = "") -> None:
        self.parts.append((text, style))

    def line(self, text: str = "", style: str = "") -> None:
        self.add(text + "\n", style)


def _table(calibration: Calibration, out: _Out) -> None:
    rows = table_rows(calibration)
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]))]
    for number, row in enumerate(rows):
        cells = [cell.ljust(width) if n in (1, len(row) - 1) else cell.rjust(width)
                 for n, (cell, width) in enumerate(zip(row, widths))]
        out.line("  ".join(cells).rstrip(), "bold" if number == 0 else "")


def _rule(out: _Out, title: str) -> None:
    out.line()
    out.line(f"── {title} " + "─" * max(3, 66 - len(title)), "bold")


def _page(standing: Standing, out: _Out, focus: bool) -> None:
    s = standing.summary
    _rule(out, page_title(standing))
    out.add("case: ", "bold")
    out.line(visible(s.case))
    if s.receipts:
        out.line("receipts:", "bold")
        for number, receipt in enumerate(s.receipts, 1):
            out.line(f"  {number}. {visible(receipt)}")
    if s.objections:
        out.line("objections to expect, most damaging first:", "bold")
        for objection in s.objections:
            out.line(f"  - {visible(objection.question)}")
            out.add("    answer: ", "dim")
            out.line(visible(objection.answer) if objection.answer else NO_ANSWER, "" if objection.answer else "red")
    out.line(f"level evidence ({s.dims['level_signal']} against the bar):", "bold")
    for row in level_rows(standing) or ["none"]:
        out.line(f"  {row}")
    if s.lacks:
        out.line("still lacks:", "bold")
        for lack in s.lacks:
            out.line(f"  - {visible(lack)}")
    rows = comparison_rows(standing)
    if rows:
        out.line("where this packet loses:" if focus else "the peer comparison that hurts:", "bold")
        for row in rows:
            out.line(f"  - {row}", "yellow")
    if focus and s.next_change:
        out.add("the change worth most: ", "bold")
        out.line(visible(s.next_change), "green")
    out.line(f"weakest dimension: {s.weakest.replace('_', ' ')}", "dim")


def _chunks(calibration: Calibration) -> Iterator[_Out]:
    """The ranking, then each person's page: written as each is ready, not all at the end."""
    out = _Out()
    out.line(headline(calibration), "bold")
    out.line()
    _table(calibration, out)
    for label, text in notices(calibration):
        out.add(f"{label}: ", "bold")
        out.line(text)
    yield out
    for standing in page_order(calibration):
        page = _Out()
        _page(standing, page, calibration.focus is not None)
        yield page


def render_terminal(calibration: Calibration, stream: IO[str], color: bool | None = None) -> None:
    """Styled on a terminal (or with ``color=True``); plain text otherwise, and rich not imported."""
    styled = color if color is not None else _is_terminal(stream)
    if not styled:
        for chunk in _chunks(calibration):
            stream.write("".join(text for text, _ in chunk.parts))
        return
    from rich.console import Console  # noqa: PLC0415 - only a real terminal pays for rich
    from rich.text import Text  # noqa: PLC0415

    console = Console(file=stream, highlight=False, soft_wrap=True, force_terminal=True)
    for chunk in _chunks(calibration):
        text = Text()
        for part, style in chunk.parts:
            text.append(part, style or None)
        console.print(text, end="")


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
