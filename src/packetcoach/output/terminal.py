"""The default output, read as a coach talks: the verdict first, the few changes that matter, the
sentences for the room, the room's reading and the items, in about two screens for a 1,500-word
draft. ``--all`` adds the draft with its flagged words underlined and every finding, grouped: one
entry per item with its points, the whole document, and the wording collapsed by rule.

The report is assembled as styled segments. On a terminal they become one rich ``Text``, printed
once; when the output is piped or ``--color never``, the same segments are written as plain text
and rich is never imported. Every segment passes through :meth:`Segments.append` (and the draft
through :func:`inert`), so no control character from the draft or its file name reaches the
terminal as a control.
"""

from __future__ import annotations

from typing import IO

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.output.coachview import (READY_CHANGES, change_lines, gap_line, item_needs, item_status,
                                          reading_lines, room_view, shorten, verdict_of)
from packetcoach.output.grouping import Group, group_findings
from packetcoach.output.json import suggestion
from packetcoach.output.labels import score_reasons
from packetcoach.core.inert import terminal_text
from packetcoach.core.regexes import compiled

STYLE = {"error": "bold red underline", "warning": "yellow underline", "info": "cyan underline"}
LABEL = {"error": "bold red", "warning": "yellow", "info": "cyan"}
QUOTED_LEAD_RE = compiled(r"^'[^']*'\s*(?:is |are )?")
READING_STYLE = {"below": "bold red", "at": "bold green", "above": "bold green", "undecided": "bold yellow"}
inert = terminal_text  # control characters as visible marks, one for one (core/inert.py)


class Segments:
    """Text with styles and highlighted ranges, rendered by rich or written plain."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str]] = []
        self.draft: tuple[str, list[tuple[int, int, str]]] | None = None
        self.draft_at = -1

    def append(self, text: str, style: str = "") -> None:
        self.parts.append((inert(text), style))

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


def _rule(out: Segments, title: str) -> None:
    out.append(f"\n── {title} " + "─" * max(3, 60 - len(title)) + "\n", style="bold")


def _verdict(report: Report, out: Segments) -> None:
    verdict = verdict_of(report)
    _rule(out, "verdict")
    out.append(verdict.summary + "\n", READING_STYLE[verdict.reading])
    out.append("gap ", "bold")
    out.append(gap_line(verdict) + "\n")
    if verdict.keep:
        out.append(verdict.keep + "\n", "green")
    _rule(out, "top changes")
    if verdict.ready and not verdict.top_changes:  # a ready packet over its form's limit: one step
        out.append(READY_CHANGES + "\n", "green")
        return
    if not verdict.top_changes:
        out.append("none found worth a point of score.\n", "dim")
    for number, (what, where) in enumerate(change_lines(verdict), 1):
        out.append(f"{number}. ", "bold")
        out.append(what + "\n")
        out.append(f"   {where}\n", "dim")


def _room(report: Report, out: Segments) -> None:
    view = room_view(report)
    if not view.sentences and not view.retell:
        return
    _rule(out, "sentences for the room")
    for sentence in view.sentences:
        where = "lines " + "+".join(map(str, sentence.lines)) if len(sentence.lines) > 1 else f"line {sentence.lines[0]}"
        out.append(f"{where:<12}", "dim")
        out.append(sentence.text + "\n")
    if view.retell:
        out.append("retell" + (" (yours)" if view.retell_is_drafts else "") + ": ", "bold")
        out.append(view.retell + "\n", "green")


def _reading(report: Report, out: Segments) -> None:
    _rule(out, "the room's reading")
    for label, value in reading_lines(report):
        out.append(f"{label}: ", "bold")
        out.append(value + "\n")


def _items(report: Report, out: Segments, lines: LineIndex) -> None:
    if not report.items:
        return
    claims = [i for i in report.items if i.kind == "claim"]
    ready = sum(i.ready for i in claims)
    _rule(out, f"items ({ready} of {len(claims)} ready)")
    width = max(len(item_status(i)) for i in report.items) + 1  # "objection" and "context" need more than "ready"
    for item in report.items:
        line = lines.line_col(item.start)[0]
        status = item_status(item)
        out.append(f"{line:>4}  ")
        out.append(f"{status:<{width}}", "green" if status == "ready" else "red" if status == "no" else "dim")
        out.append(shorten(item.text, 58))
        needs = item_needs(item)
        out.append(f"  · {needs}\n" if needs else "\n", "dim")


def _draft(report: Report, out: Segments) -> None:
    text = report.document.text.rstrip("\n")
    top = report.document.blocks[0].span if report.document.blocks else None
    highlights = [(f.span.start, f.span.end, STYLE[f.severity])
                  for f in sorted(report.findings, key=lambda f: -(f.span.end - f.span.start))
                  if f.span.end - f.span.start < 200 and f.span.end <= len(text)
                  and not (f.scope == "document" and f.span == top)]  # whole-document findings
    _rule(out, "draft")
    out.draft, out.draft_at = (inert(text), highlights), len(out.parts)
    out.append(text)
    out.append("\n")


def point_text(group: Group, point) -> tuple[str, str]:
    """A point as (label: rules, count, lines; what it says): a wording point names its words."""
    count = f" ×{point.count}" if point.count > 1 else ""
    if group.kind != "wording":
        return f"{' / '.join(point.rules)}{count}", point.message
    lines = sorted(set(point.lines))
    where = ", ".join(map(str, lines[:12])) + (" …" if len(lines) > 12 else "")
    words = ", ".join(f"'{w}'" for w in point.words[:6]) + (" …" if len(point.words) > 6 else "")
    generic = QUOTED_LEAD_RE.sub("", point.message) if point.count > 1 else point.message
    return f"{' / '.join(point.rules)}{count} (line{'s' if len(lines) > 1 else ''} {where})", \
        (f"{words} — {generic}" if words and point.count > 1 else generic)


def _group(group: Group, out: Segments) -> None:
    if group.kind == "item":
        out.append(f"line {group.line}  ", "bold")
        out.append(shorten(group.item.text if group.item else "", 70) + "\n")
        if group.status:
            out.append(f"  not ready: {group.status}\n", "red")
        if group.suggestion:
            out.append(f"  → {group.suggestion}\n", "green")
    else:
        out.append(group.title + "\n", "bold")
    for point in group.points:
        label, message = point_text(group, point)
        out.append("  · ")
        out.append(point.severity, LABEL[point.severity])
        out.append(f" {label}: ", "dim")
        out.append(message + "\n")
        if point.suggestion:
            out.append(f"    → {point.suggestion}\n", "green")


def _findings(report: Report, out: Segments) -> None:
    groups = group_findings(report, suggestion)
    _rule(out, f"findings ({len(report.findings)}, grouped)")
    for group in groups:
        _group(group, out)
    _rule(out, "why the scores")
    for label, value in score_reasons(report):
        out.append(f"{label}: ", "bold")
        out.append(value + "\n")


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def render(report: Report, stream: IO[str], show_draft: bool = True, color: bool | None = None,
           every: bool = False) -> None:
    """The coach's view (``every``: with the draft, unless ``show_draft`` is off, and every finding);
    styled on a terminal (or with ``color=True``), plain unwrapped text otherwise."""
    score = report.score
    out = Segments()
    out.append(f"{report.source}  ·  {report.profile} · {report.level} · {report.doc_type} · "
               f"{report.words} words\n", "bold")
    for note in report.notes:
        out.append(f"note: {note}\n", "dim")
    out.append(f"Packet score {score.packet}/100   evidence {score.evidence} · narrative {score.narrative}"
               f" · re-role {score.re_role} · level signal {score.level_signal}\n")
    lines = LineIndex(report.document.text)
    _verdict(report, out)
    _room(report, out)
    _reading(report, out)
    _items(report, out, lines)
    if every:
        if show_draft and report.document.text.strip():
            _draft(report, out)
        _findings(report, out)
    elif report.findings:
        out.append(f"\n{len(report.findings)} findings behind this: --all lists them, grouped by item.\n", "dim")
    styled = color if color is not None else _is_terminal(stream)
    if not styled:
        stream.write(out.plain())
        return
    from rich.console import Console  # noqa: PLC0415 - only a real terminal pays for rich

    Console(file=stream, highlight=False, soft_wrap=True, force_terminal=True).print(out.rich_text(), end="")
