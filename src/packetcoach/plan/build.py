"""One plan from the dates, the analysed draft (if any) and the score trend; and its JSON form.

A pure function: the front end reads the draft, asks the history store for the trend and passes
both in, so the planner can be tested with fixed dates and no files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from packetcoach.analysis.gap import Gap, judge_gap
from packetcoach.core.report import Report
from packetcoach.plan.checklist import Task, checklist, manager_questions, questions_heading
from packetcoach.plan.schedule import Coaching, Phase, coaching_call, phase_focus, phase_of, plan_settings
from packetcoach.profile.load import Profile

SCHEMA_ID = "packetcoach.plan/1"
NO_DRAFT = ("which gap the draft has (evidence or narrative), so whether a coach is worth it "
            "before the last week", "which items fail the customer-outcome filter",
            "the retell sentence and the specialty a reader could guess")


@dataclass(frozen=True)
class Plan:
    today: date
    due: date
    days_left: int
    phase: Phase
    focus: str
    gap: Gap | None
    coaching: Coaching
    checklist: list[Task]
    manager_questions: list[str]
    trend: list[dict[str, Any]]
    source: str | None
    level: str
    profile: str
    doc_type: str
    cannot_judge: list[str] = field(default_factory=list)
    questions_heading: str = "Ask your manager"  # a manager's document: "Before the room"


def make_plan(today: date, due: date, profile: Profile, level: str, doc_type: str,
              report: Report | None = None, trend: list[dict[str, Any]] | None = None) -> Plan:
    """The plan for a packet due on ``due``, seen on ``today``; ``report`` is the analysed draft."""
    settings = plan_settings(profile)
    days_left = (due - today).days
    phase = phase_of(days_left, settings)
    gap = judge_gap(report, profile) if report is not None else None
    coaching = coaching_call(today, due, gap, settings)
    source = report.source if report is not None else None
    tasks = checklist(today, due, settings, level, report, source,
                      coaching.sessions if coaching.verdict == "worth-it" else None)
    return Plan(today=today, due=due, days_left=days_left, phase=phase, focus=phase_focus(phase, gap),
                gap=gap, coaching=coaching, checklist=tasks,
                manager_questions=manager_questions(level, report, gap.kind if gap else None),
                trend=list(trend or []), source=source, level=level, profile=profile.name, doc_type=doc_type,
                cannot_judge=[] if report is not None else list(NO_DRAFT),
                questions_heading=questions_heading(report))


def plan_json(plan: Plan) -> dict[str, Any]:
    """The contract of SPEC section 6 (schema packetcoach.plan/1), with a few extra fields."""
    return {
        "schema": SCHEMA_ID,
        "source": plan.source, "profile": plan.profile, "level": plan.level, "doc_type": plan.doc_type,
        "today": plan.today.isoformat(), "due": plan.due.isoformat(), "days_left": plan.days_left,
        "phase": plan.phase, "focus": plan.focus,
        "gap": plan.gap.kind if plan.gap else None,
        "gap_why": list(plan.gap.reasons) if plan.gap else [],
        "coaching": {"verdict": plan.coaching.verdict, "sessions": plan.coaching.sessions,
                     "why": list(plan.coaching.why)},
        "checklist": [{"id": task.id, "due": task.due.isoformat(), "task": task.task, "done": task.done}
                      for task in plan.checklist],
        "manager_questions": list(plan.manager_questions),
        "questions_heading": plan.questions_heading,
        "trend": list(plan.trend),
        "cannot_judge": list(plan.cannot_judge),
    }
