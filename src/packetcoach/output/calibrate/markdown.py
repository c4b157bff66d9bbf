"""The calibration as Markdown: the ranking table and a section per person, to paste into a doc.

Every value from a draft or a file name is escaped so that it renders as exactly its words: no
HTML, no link, no image, no emphasis, no table cell break, no heading or list at a line start.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Iterator

from packetcoach.output.calibrate.text import (NO_ANSWER, comparison_rows, headline, level_rows, notices,
                                                page_order, page_title, table_rows, visible)

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, Standing

_SPECIAL_RE = re.compile(r"[\\`*_\[\]|~]|://|(?i:www)\.")
_BLOCK_START_RE = re.compile(r"[#>+=-]|\d+[.)]")  # opens a heading, quote or list where a value begins


def _escape(match: re.Match[str]) -> str:
    found = match.group()
    if found == "://":
        return ":\\/\\/"
    if found.lower() == "www.":
        return found[:-1] + "\\."
    return "\\" + found


def md(text: str) -> str:
    """Draft text as inline Markdown that shows these words and nothing else."""
    escaped = _SPECIAL_RE.sub(_escape, html.escape(visible(text), quote=False))
    start = _BLOCK_START_RE.match(escaped)
    return escaped[:start.end() - 1] + "\\" + escaped[start.end() - 1:] if start else escaped


def _table(calibration: Calibration) -> list[str]:
    rows = table_rows(calibration)
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    lines += ["| " + " | ".join(md(cell) for cell in row) + " |" for row in rows[1:]]
    return lines


def _page(standing: Standing, focus: bool) -> list[str]:
    s = standing.summary
    lines = ["", f"## {md(page_title(standing))}", "", f"**Case.** {md(s.case)}", ""]
    if s.receipts:
        lines += ["**Receipts**", ""] + [f"{n}. {md(r)}" for n, r in enumerate(s.receipts, 1)] + [""]
    if s.objections:
        lines += ["**Objections to expect**, most damaging first", ""]
        for objection in s.objections:
            lines.append(f"- {md(objection.question)}  ")
            lines.append(f"  *Answer:* {md(objection.answer) if objection.answer else NO_ANSWER}")
        lines.append("")
    lines += [f"**Level evidence** ({s.dims['level_signal']} against the bar)", ""]
    lines += [f"- {md(row)}" for row in level_rows(standing) or ["none"]] + [""]
    if s.lacks:
        lines += ["**Still lacks**", ""] + [f"- {md(lack)}" for lack in s.lacks] + [""]
    rows = comparison_rows(standing)
    if rows:
        lines += ["**Where this packet loses**" if focus else "**The peer comparison that hurts**", ""]
        lines += [f"- {md(row)}" for row in rows] + [""]
    lines.append(f"Weakest dimension: {s.weakest.replace('_', ' ')}.")
    return lines


def markdown_chunks(calibration: Calibration) -> Iterator[str]:
    """The brief piece by piece: the ranking, then each person's section as it is rendered."""
    lines = [f"# {md(headline(calibration))}", ""] + _table(calibration) + [""]
    lines += [f"- **{label}**: {md(text)}" for label, text in notices(calibration)]
    yield "\n".join(lines) + "\n"
    for standing in page_order(calibration):
        yield "\n".join(_page(standing, calibration.focus is not None)) + "\n"


def render_markdown(calibration: Calibration) -> str:
    return "".join(markdown_chunks(calibration))
