"""Rehearsal questions as text: a numbered list in the terminal, or Markdown."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.text import Text

from packetcoach.coach.rehearse import Question
from packetcoach.core.report import Report
from packetcoach.core.inert import markdown_text as md
from packetcoach.core.inert import terminal_line


def _where(question: Question) -> str:
    if question.item is None:
        return "the whole draft"
    return f"line {question.line}: “{question.quote}”"


def render_terminal(report: Report, questions: tuple[Question, ...], stream: IO[str],
                    color: bool | None = None) -> None:
    console = Console(file=stream, highlight=False, force_terminal=color, no_color=color is False)
    if not console.is_terminal:
        console.width = 120
    console.print(Text(terminal_line(f"{report.source}  ·  {report.profile} · {report.level} · {report.doc_type}"),
                       style="bold"))
    if not questions:
        console.print(Text("No hard questions found: every item is ready and the document shows judgment, "
                           "backbone, scope and a retellable claim."))
        return
    console.print(Text(f"{len(questions)} questions a skeptical director would ask of this draft, "
                       "the one that would hurt most first."))
    for number, question in enumerate(questions, 1):
        console.print()
        console.print(Text(terminal_line(f"{number}. {question.text}"), style="bold"))
        console.print(Text(terminal_line(f"   about {_where(question)}"), style="cyan"))
        console.print(Text(terminal_line(f"   why: {question.why}"), style="dim"))


def render_markdown(report: Report, questions: tuple[Question, ...]) -> str:
    lines = [f"# packetcoach rehearsal: {md(report.source)}", "",
             f"Profile {md(report.profile)} · level {md(report.level)} · {md(report.doc_type)}. "
             f"{len(questions)} questions, the one that would hurt most first.", ""]
    for number, question in enumerate(questions, 1):
        lines += [f"{number}. **{md(question.text)}**  ", f"   About {md(_where(question))}.  ",
                  f"   Why: {md(question.why)}", ""]
    return "\n".join(lines)
