"""The phase of the review cycle and whether paid coaching is worth it now (SPEC 2.19).

Two inputs decide the coaching call: how many days are left (the phase) and which gap the draft
has (:func:`packetcoach.analysis.gap.judge_gap`). A coach fixes narrative gaps; an evidence gap needs
the work itself, and under a week out anything is triage. Phase boundaries and the number of
sessions come from the profile's ``[plan]`` table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from packetcoach.analysis.gap import Gap
from packetcoach.core.errors import ProfileError
from packetcoach.core.resources import load_package_toml
from packetcoach.profile.load import Profile

Phase = Literal["collect", "narrative", "triage", "frozen"]
Verdict = Literal["worth-it", "fix-the-work", "triage-only", "not-needed", "too-late"]
DEFAULT_CHECKLIST = {"ask-manager-level": 35, "customer-outcome-filter": 28, "peer-comparisons": 24,
                     "one-sentence-per-outcome": 14, "hard-rehearsal": 7, "non-technical-read": 4}


@lru_cache(maxsize=1)
def wording() -> dict:
    """The planner's words (plan/wording.toml)."""
    return load_package_toml("plan", "wording.toml")


@dataclass(frozen=True)
class PlanSettings:
    """The profile's ``[plan]`` table, checked: boundaries in days, sessions, task offsets."""

    narrative_days: int = 21
    triage_days: int = 7
    coaching_sessions: str = "2-4"
    checklist: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_CHECKLIST))


def plan_settings(profile: Profile) -> PlanSettings:
    """Read ``[plan]``, refusing boundaries in the wrong order and tasks the planner has no words for."""
    table = profile.table("plan")
    settings = PlanSettings(
        narrative_days=int(table.get("narrative_days", 21)), triage_days=int(table.get("triage_days", 7)),
        coaching_sessions=str(table.get("coaching_sessions", "2-4")),
        checklist=dict(table.get("checklist") or DEFAULT_CHECKLIST))
    if not 0 < settings.triage_days <= settings.narrative_days:
        raise ProfileError(profile.path, "[plan] needs 0 < triage_days <= narrative_days",
                           f"got triage_days = {settings.triage_days}, narrative_days = {settings.narrative_days}")
    known = set(wording()["tasks"]) - {"book-coaching"}  # booking is added by the coaching call itself
    for task, offset in settings.checklist.items():
        if task not in known:
            raise ProfileError(profile.path, f"[plan.checklist] has no such task '{task}'",
                               f"known tasks: {', '.join(sorted(known))}")
        if offset < 1:
            raise ProfileError(profile.path, f"[plan.checklist] {task} must fall due at least 1 day before the due date")
    return settings


def phase_of(days_left: int, settings: PlanSettings) -> Phase:
    """collect (> narrative_days out), narrative (triage_days to narrative_days), triage, frozen (past due)."""
    if days_left < 0:
        return "frozen"
    if days_left < settings.triage_days:
        return "triage"
    if days_left <= settings.narrative_days:
        return "narrative"
    return "collect"


def phase_focus(phase: Phase, gap: Gap | None) -> str:
    """What pays in this phase, for this draft: the phase's words ([phases]), or where the draft's gap
    says otherwise, that gap's ([phases_by_gap]), so the two lines of a plan never contradict."""
    words = wording()
    bent = words.get("phases_by_gap", {}).get(gap.kind, {}) if gap is not None else {}
    return bent.get(phase, words["phases"][phase])


@dataclass(frozen=True)
class Coaching:
    verdict: Verdict | None  # None: no draft, and the dates alone cannot decide
    sessions: str | None
    why: list[str]


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def coaching_call(today: date, due: date, gap: Gap | None, settings: PlanSettings) -> Coaching:
    """The call, with its reasons: frozen first, then the gap, then how close the date is."""
    words = wording()["coaching"]
    days_left = (due - today).days
    phase = phase_of(days_left, settings)
    if phase == "frozen":
        return Coaching("too-late", None, [words["frozen"].format(ago=_days(-days_left))])
    triage = [words["triage"].format(days=_days(days_left), triage_days=settings.triage_days)]
    if gap is None:
        if phase == "triage":
            return Coaching("triage-only", None, triage)
        return Coaching(None, None, [words["no_draft"].format(due=due.isoformat())])
    if gap.kind == "none":
        return Coaching("not-needed", None, [words["not_needed"], *_sentences(gap.reasons[:1])])
    if phase == "triage":
        fix = words["triage_evidence"] if gap.kind == "evidence" else words["triage_narrative"]
        return Coaching("triage-only", None, [*triage, fix, *_sentences(gap.reasons[:1])])
    if gap.kind == "evidence":
        return Coaching("fix-the-work", None, [words["fix_the_work"], *_sentences(gap.reasons[:1])])
    if phase == "collect":
        start = due - timedelta(days=settings.narrative_days)
        when = words["worth_it_collect"].format(narrative_from=start.isoformat(),
                                                narrative_days=settings.narrative_days)
    else:
        when = words["worth_it_now"].format(days=_days(days_left))
    return Coaching("worth-it", settings.coaching_sessions, [words["worth_it"], when, *_sentences(gap.reasons[:1])])


def _sentences(reasons) -> list[str]:
    """The gap's reasons as sentences of their own: they are written to follow "the gap is ...:",
    and the coaching call gives the first (the rest are listed under the gap) after its own."""
    return [reason[:1].upper() + reason[1:] + ("" if reason.endswith((".", "!", "?")) else ".")
            for reason in reasons if reason]
