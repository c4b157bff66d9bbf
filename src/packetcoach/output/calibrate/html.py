"""The manager's brief as one standalone HTML file: the ranking, then a page per person.

No script, no link, no font, no image, nothing fetched: the page is its own inline style and
escaped text, under the content security policy every packetcoach page carries (core/inert.py),
which forbids everything else.
Printed, each person starts a new page and the colours give way to black on white.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from packetcoach.output.calibrate.text import (LABELS, NO_ANSWER, VERDICTS, comparison_rows, headline,
                                                level_rows, notices, page_order, page_title)
from packetcoach.core.inert import csp_meta, html_text as text

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, Standing

STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; margin: 2rem auto;
       max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #ccc; padding: .3rem .5rem; text-align: right; vertical-align: top; }
th:nth-child(2), td:nth-child(2), th:last-child, td:last-child { text-align: left; }
td.packet { overflow-wrap: anywhere; }
.case { font-size: 1.05rem; background: #f3f6fb; border-left: 4px solid #2b5fab; padding: .6rem .8rem; }
.notice { margin: .3rem 0; }
.noanswer { color: #a11; font-style: italic; }
.hurts { color: #7a4b00; }
.label { font-weight: 600; }
dd { margin: 0 0 .6rem 1.2rem; }
section.person { break-inside: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
  section.person { break-before: page; }
  .case { background: none; border-left: 3pt solid #000; }
  .noanswer, .hurts { color: #000; }
  th, td { border-bottom: .5pt solid #000; }
}
"""


def _table(calibration: Calibration) -> str:
    labels = ["#", "packet", "overall", *(LABELS[d] for d in calibration.dimensions), "verdict"]
    head = "".join(f"<th>{text(h)}</th>" for h in labels)
    rows = []
    for standing in calibration.ranking:
        s = standing.summary
        rank = f"{standing.rank}=" if standing.tied_with else str(standing.rank)
        cells = [f"<td>{text(rank)}</td>", f'<td class="packet">{text(s.source)}</td>',
                 f"<td>{s.overall:.1f}</td>", *(f"<td>{s.dims[d]}</td>" for d in calibration.dimensions),
                 f"<td>{text(VERDICTS.get(s.verdict, s.verdict))}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _list(items: list[str], tag: str = "ul", css: str = "") -> str:
    attribute = f' class="{css}"' if css else ""
    return f"<{tag}{attribute}>" + "".join(f"<li>{text(i)}</li>" for i in items) + f"</{tag}>"


def _objections(standing: Standing) -> str:
    parts = []
    for objection in standing.summary.objections:
        answer = (f"<dd>{text(objection.answer)}</dd>" if objection.answer
                  else f'<dd class="noanswer">{text(NO_ANSWER)}</dd>')
        parts.append(f"<dt>{text(objection.question)}</dt>{answer}")
    return "<dl>" + "".join(parts) + "</dl>"


def _page(standing: Standing, focus: bool) -> str:
    s = standing.summary
    parts = [f'<section class="person"><h2>{text(page_title(standing))}</h2>',
             f'<p class="case"><span class="label">Case.</span> {text(s.case)}</p>']
    if s.receipts:
        parts.append('<p class="label">Receipts</p>' + _list(list(s.receipts), "ol"))
    if s.objections:
        parts.append('<p class="label">Objections to expect, most damaging first</p>' + _objections(standing))
    parts.append(f'<p class="label">Level evidence ({s.dims["level_signal"]} against the bar)</p>'
                 + _list(level_rows(standing) or ["none"]))
    if s.lacks:
        parts.append('<p class="label">Still lacks</p>' + _list(list(s.lacks)))
    rows = comparison_rows(standing)
    if rows:
        title = "Where this packet loses" if focus else "The peer comparison that hurts"
        parts.append(f'<p class="label">{title}</p>' + _list(rows, css="hurts"))
    if focus and s.next_change:
        parts.append(f'<p><span class="label">The change worth most.</span> {text(s.next_change)}</p>')
    parts.append(f"<p>Weakest dimension: {text(s.weakest.replace('_', ' '))}.</p></section>")
    return "".join(parts)


def html_chunks(calibration: Calibration) -> Iterator[str]:
    """The page piece by piece: head and ranking, then each person's section as it is rendered."""
    title = headline(calibration)
    notes = "".join(f'<p class="notice"><span class="label">{text(label)}:</span> {text(body)}</p>'
                    for label, body in notices(calibration))
    yield ("<!doctype html>\n"
           f'<html lang="en"><head><meta charset="utf-8">{csp_meta()}'
           '<meta name="referrer" content="no-referrer">'
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>{text(title)}</title><style>{STYLE}</style></head>"
           f"<body><h1>{text(title)}</h1>{_table(calibration)}{notes}")
    for standing in page_order(calibration):
        yield _page(standing, calibration.focus is not None)
    yield "</body></html>\n"


def render_html(calibration: Calibration) -> str:
    return "".join(html_chunks(calibration))
