"""A Markdown report, for pasting into a doc or a pull request."""

from __future__ import annotations

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.core.labels import flags, readiness_gaps
from packetcoach.output.json import suggestion
from packetcoach.output.labels import reading_rows, score_reasons, shorten


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    s = report.score
    lines = [
        f"# packetcoach report: {report.source}",
        "",
        f"Profile {report.profile} · level {report.level} · {report.doc_type} · {report.words} words",
        "",
        "| packet | evidence | narrative | re-role | level signal |",
        "|---|---|---|---|---|",
        f"| {s.packet} | {s.evidence} | {s.narrative} | {s.re_role} | {s.level_signal} |",
        "",
    ]
    for note in report.notes:
        lines.append(f"> note: {note}")
    index = LineIndex(report.document.text)
    lines += [f"## Findings ({len(report.findings)})", "", "| line | severity | rule | message | suggestion |",
              "|---|---|---|---|---|"]
    for f in report.findings:
        line, column = index.line_col(f.span.start)
        lines.append(f"| {line}:{column} | {f.severity} | {f.name} | {_cell(f.message)} | "
                     f"{_cell(suggestion(f, report) or '')} |")
    ready = sum(i.ready for i in report.items)
    lines += ["", f"## Items ({ready} of {len(report.items)} ready)", "",
              "| id | line | ready | missing | flags | item |", "|---|---|---|---|---|---|"]
    for item in report.items:
        line, _ = index.line_col(item.start)
        lines.append(f"| {item.id} | {line} | {'yes' if item.ready else 'no'} | {', '.join(readiness_gaps(item, short=True)) or '-'} | "
                     f"{', '.join(flags(item)) or '-'} | {_cell(shorten(item.text))} |")
    lines += ["", "## The room's reading", ""]
    lines += [f"- **{label}**: {_cell(value)}" for label, value in reading_rows(report)]
    lines += ["", "## Why the scores", ""]
    lines += [f"- **{label}**: {_cell(value)}" for label, value in score_reasons(report)]
    lines.append("")
    return "\n".join(lines)
