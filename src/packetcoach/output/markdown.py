"""A Markdown report, for pasting into a doc or a pull request.

Every value that comes from the draft or its file name goes through
:func:`~packetcoach.output.inert.markdown_text`, so the report renders as text wherever it is
pasted: no HTML, link, image or table syntax from the draft survives as markup.
"""

from __future__ import annotations

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.output.inert import markdown_text
from packetcoach.output.labels import flags, missing, reading_rows, score_reasons, shorten

_cell = markdown_text


def render(report: Report) -> str:
    s = report.score
    lines = [
        f"# packetcoach report: {_cell(report.source)}",
        "",
        f"Profile {_cell(report.profile)} · level {_cell(report.level)} · {_cell(report.doc_type)} · "
        f"{report.words} words",
        "",
        "| packet | evidence | narrative | re-role | level signal |",
        "|---|---|---|---|---|",
        f"| {s.packet} | {s.evidence} | {s.narrative} | {s.re_role} | {s.level_signal} |",
        "",
    ]
    for note in report.notes:
        lines.append(f"> note: {_cell(note)}")
    index = LineIndex(report.document.text)
    lines += [f"## Findings ({len(report.findings)})", "", "| line | severity | rule | message | suggestion |",
              "|---|---|---|---|---|"]
    for f in report.findings:
        line, column = index.line_col(f.span.start)
        lines.append(f"| {line}:{column} | {f.severity} | {_cell(f.name)} | {_cell(f.message)} | "
                     f"{_cell(f.suggestion or '')} |")
    ready = sum(i.ready for i in report.items)
    lines += ["", f"## Items ({ready} of {len(report.items)} ready)", "",
              "| id | line | ready | missing | flags | item |", "|---|---|---|---|---|---|"]
    for item in report.items:
        line, _ = index.line_col(item.span.start)
        lines.append(f"| {item.id} | {line} | {'yes' if item.ready else 'no'} | {', '.join(missing(item)) or '-'} | "
                     f"{', '.join(flags(item)) or '-'} | {_cell(shorten(item.span.text(report.document.text)))} |")
    lines += ["", "## The room's reading", ""]
    lines += [f"- **{_cell(label)}**: {_cell(value)}" for label, value in reading_rows(report)]
    lines += ["", "## Why the scores", ""]
    lines += [f"- **{label}**: {_cell(value)}" for label, value in score_reasons(report)]
    lines.append("")
    return "\n".join(lines)
