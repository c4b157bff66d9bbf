"""A Markdown report, for pasting into a doc or a review: the verdict first, the top changes, the
sentences for the room, the room's reading and the items; with ``every`` (``--all``), the findings
grouped by item, the whole document and the wording."""

from __future__ import annotations

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.output.coachview import (READY_CHANGES, change_lines, gap_line, item_needs, item_status,
                                          reading_lines, room_view, shorten, verdict_of)
from packetcoach.output.grouping import group_findings
from packetcoach.output.json import suggestion
from packetcoach.output.labels import score_reasons
from packetcoach.core.inert import markdown_text
from packetcoach.output.terminal import point_text


def _cell(text: str) -> str:
    return markdown_text(text)


def _head(report: Report) -> list[str]:
    s = report.score
    lines = [f"# packetcoach report: {_cell(report.source)}", "",
             f"Profile {report.profile} · level {report.level} · {report.doc_type} · {report.words} words", "",
             "| packet | evidence | narrative | re-role | level signal |", "|---|---|---|---|---|",
             f"| {s.packet} | {s.evidence} | {s.narrative} | {s.re_role} | {s.level_signal} |", ""]
    return lines + [f"> note: {_cell(note)}" for note in report.notes]


def _verdict(report: Report) -> list[str]:
    verdict = verdict_of(report)
    lines = ["## Verdict", "", f"**{_cell(verdict.summary)}**", "", f"Gap: {gap_line(verdict)}.", ""]
    if verdict.keep:
        lines += [_cell(verdict.keep), ""]
    lines += ["## Top changes", ""]
    if verdict.ready and not verdict.top_changes:  # a ready packet over its form's limit: one step
        return lines + [READY_CHANGES, ""]
    for number, (what, where) in enumerate(change_lines(verdict), 1):
        lines += [f"{number}. {_cell(what)}  ", f"   *{_cell(where)}*"]
    return lines + [""]


def _room(report: Report) -> list[str]:
    view = room_view(report)
    if not view.sentences and not view.retell:
        return []
    lines = ["## Sentences for the room", ""]
    for sentence in view.sentences:
        where = "lines " + "+".join(map(str, sentence.lines)) if len(sentence.lines) > 1 else f"line {sentence.lines[0]}"
        lines.append(f"- {_cell(sentence.text)} *({where})*")
    if view.retell:
        lines += ["", f"**Retell{' (yours)' if view.retell_is_drafts else ''}:** {_cell(view.retell)}"]
    return lines + [""]


def _items(report: Report) -> list[str]:
    index = LineIndex(report.document.text)
    claims = [i for i in report.items if i.kind == "claim"]
    lines = [f"## Items ({sum(i.ready for i in claims)} of {len(claims)} ready)", "",
             "| line | ready | item | what it needs |", "|---|---|---|---|"]
    for item in report.items:
        line = index.line_col(item.start)[0]
        lines.append(f"| {line} | {item_status(item)} | {_cell(shorten(item.text, 90))} | "
                     f"{_cell(item_needs(item)) or '-'} |")
    return lines + [""]


def _findings(report: Report) -> list[str]:
    lines = [f"## Findings ({len(report.findings)}, grouped)", ""]
    for group in group_findings(report, suggestion):
        if group.kind == "item":
            lines.append(f"### Line {group.line}: {_cell(shorten(group.item.text if group.item else '', 80))}")
            if group.status:
                lines.append(f"Not ready: {_cell(group.status)}.  ")
            if group.suggestion:
                lines.append(f"Stronger shape: {_cell(group.suggestion)}")
        else:
            lines.append(f"### {group.title.capitalize()}")
        lines.append("")
        for point in group.points:
            label, message = point_text(group, point)
            lines.append(f"- {point.severity} **{_cell(label)}**: {_cell(message)}"
                         + (f" → {_cell(point.suggestion)}" if point.suggestion else ""))
        lines.append("")
    lines += ["## Why the scores", ""]
    return lines + [f"- **{label}**: {_cell(value)}" for label, value in score_reasons(report)] + [""]


def render(report: Report, every: bool = False) -> str:
    lines = _head(report) + _verdict(report) + _room(report)
    lines += ["## The room's reading", ""] + [f"- **{label}**: {_cell(value)}" for label, value in
                                              reading_lines(report)] + [""]
    lines += _items(report)
    if every:
        lines += _findings(report)
    elif report.findings:
        lines += [f"*{len(report.findings)} findings behind this: `--all` lists them, grouped by item.*", ""]
    return "\n".join(lines)
