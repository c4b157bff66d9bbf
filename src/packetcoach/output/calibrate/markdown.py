"""The calibration as Markdown: the ranking table and a section per person, to paste into a doc.

Every value from a draft or a file name goes through the shared escaping (core/inert.py), so it
renders as exactly its words: no HTML, link, image, emphasis, table cell break, heading or list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from packetcoach.core.inert import markdown_text

from packetcoach.output.calibrate.text import (NO_ANSWER, comparison_rows, headline, level_rows, notices,
                                                page_order, page_title, table_rows, visible)

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, Standing

def md(text: str) -> str:
    """Draft text as inline Markdown that shows these words and nothing else (core/inert.py)."""
    return markdown_text(text)


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
    if focus and s.next_change:
        lines += [f"**The change worth most.** {md(s.next_change)}", ""]
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
