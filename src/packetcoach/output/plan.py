"""A plan as text: for the terminal (plain, so it pastes anywhere) and as a Markdown checklist."""

from __future__ import annotations

import textwrap

from packetcoach.output.history import sparkline
from packetcoach.plan.build import Plan

WIDTH = 100
VERDICT_WORDS = {"worth-it": "worth it", "fix-the-work": "not yet: fix the work first",
                 "triage-only": "triage only", "not-needed": "not needed", "too-late": "too late",
                 None: "cannot judge without the draft"}


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent) or [first or indent]


def _days(plan: Plan) -> str:
    count = abs(plan.days_left)
    days = f"{count} day" if count == 1 else f"{count} days"
    if plan.days_left < 0:
        return f"{days} past due"
    return "due today" if plan.days_left == 0 else f"{days} left"


def _coaching_line(plan: Plan) -> str:
    words = VERDICT_WORDS[plan.coaching.verdict]
    sessions = f" ({plan.coaching.sessions} sessions)" if plan.coaching.sessions else ""
    return f"coaching: {words}{sessions}"


def _trend_line(plan: Plan) -> str | None:
    scores = [point["packet"] for point in plan.trend]
    if not scores:
        return None
    return f"trend: {sparkline(scores)}  packet {scores[0]} -> {scores[-1]} over {len(scores)} versions"


def render_terminal(plan: Plan) -> str:
    head = plan.source or "(no draft: planning from the dates alone)"
    lines = [f"{head}  ·  {plan.profile} · {plan.level} · {plan.doc_type}",
             f"due {plan.due.isoformat()}  ·  today {plan.today.isoformat()}  ·  {_days(plan)}  ·  phase: {plan.phase}",
             *_wrap(plan.focus), ""]
    gap = plan.gap.kind if plan.gap else "unknown"
    lines.append(f"gap: {gap}")
    for reason in plan.gap.reasons if plan.gap else ():
        lines += _wrap(reason, "    ", "  - ")
    lines.append(_coaching_line(plan))
    shown = set(plan.gap.reasons) if plan.gap else set()
    for reason in plan.coaching.why:
        if reason not in shown:  # the gap's reasons are listed just above
            lines += _wrap(reason, "    ", "  - ")
    if plan.cannot_judge:
        lines.append("cannot judge without the draft:")
        lines += [line for item in plan.cannot_judge for line in _wrap(item, "    ", "  - ")]
    lines += ["", f"── checklist ({len(plan.checklist)}) " + "─" * 40]
    for task in plan.checklist:
        mark = "[x]" if task.done else "[ ]"
        lines += _wrap(task.task, " " * 17, f"{task.due.isoformat()} {mark} ")
    if not plan.checklist:
        lines.append("  nothing left to do for this cycle")
    lines += ["", f"── {plan.questions_heading.lower()} " + "─" * 40]
    lines += [line for question in plan.manager_questions for line in _wrap(question, "    ", "  - ")]
    trend = _trend_line(plan)
    if trend:
        lines += ["", trend]
    return "\n".join(lines)


def render_markdown(plan: Plan) -> str:
    title = plan.source or "the next packet"
    lines = [f"# Plan for {title}", "",
             f"Due **{plan.due.isoformat()}** ({_days(plan)} on {plan.today.isoformat()}); phase **{plan.phase}**: "
             f"{plan.focus}", ""]
    if plan.gap:
        lines += [f"**Gap: {plan.gap.kind}.**", "", *[f"- {reason}" for reason in plan.gap.reasons], ""]
    lines += [f"**Coaching: {VERDICT_WORDS[plan.coaching.verdict]}**"
              + (f" ({plan.coaching.sessions} sessions)." if plan.coaching.sessions else "."), "",
              *[f"- {reason}" for reason in plan.coaching.why], ""]
    if plan.cannot_judge:
        lines += ["Without the draft, this plan cannot judge:", "", *[f"- {item}" for item in plan.cannot_judge], ""]
    lines += ["## Checklist", ""]
    lines += [f"- [{'x' if task.done else ' '}] **{task.due.isoformat()}** {task.task}" for task in plan.checklist]
    lines += ["", f"## {plan.questions_heading}", "", *[f"- {q}" for q in plan.manager_questions]]
    trend = _trend_line(plan)
    if trend:
        lines += ["", trend]
    return "\n".join(lines)
