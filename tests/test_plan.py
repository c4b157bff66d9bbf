"""The planner: phases, the coaching call on packets with known gaps, the dated checklist, the calendar."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from packetcoach import analyze
from packetcoach.plan.build import make_plan, plan_json
from packetcoach.plan.checklist import spread
from packetcoach.plan.ics import calendar_text
from packetcoach.plan.schedule import PlanSettings, phase_of
from packetcoach.profile.load import load_profile

ROOT = Path(__file__).resolve().parents[1]
DUE = date(2026, 3, 2)
PROFILE = load_profile("amazon-pm")
WEAK = ROOT / "examples" / "weak-engineer-voice.md"
DRAFTS = {"evidence": ROOT / "tests" / "data" / "coach" / "drafts" / "d04.md",  # read blind as an evidence gap
          "narrative": ROOT / "tests" / "data" / "narrative-gap.md",
          "none": ROOT / "examples" / "strong-pm-voice.md"}
SPEC_TASKS = {"ask-manager-level", "customer-outcome-filter", "peer-comparisons", "one-sentence-per-outcome",
              "hard-rehearsal", "non-technical-read"}
# days left -> phase, at and around every boundary
PHASES = {60: "collect", 22: "collect", 21: "narrative", 14: "narrative", 7: "narrative", 6: "triage",
          1: "triage", 0: "triage", -1: "frozen", -30: "frozen"}
# (gap, phase) -> the coaching verdict the rules give
COACHING = {
    ("evidence", "collect"): "fix-the-work", ("evidence", "narrative"): "fix-the-work",
    ("evidence", "triage"): "triage-only", ("evidence", "frozen"): "too-late",
    ("narrative", "collect"): "worth-it", ("narrative", "narrative"): "worth-it",
    ("narrative", "triage"): "triage-only", ("narrative", "frozen"): "too-late",
    ("none", "collect"): "not-needed", ("none", "narrative"): "not-needed",
    ("none", "triage"): "not-needed", ("none", "frozen"): "too-late",
}


@pytest.fixture(scope="module")
def reports():
    return {gap: analyze(path.read_text(encoding="utf-8"), source=str(path)) for gap, path in DRAFTS.items()}


def plan_for(report, days_left: int, level: str = "L6"):
    return make_plan(DUE - timedelta(days=days_left), DUE, PROFILE, level, "self-assessment", report)


@pytest.mark.parametrize("days_left", PHASES)
def test_phase_boundaries(days_left: int) -> None:
    assert phase_of(days_left, PlanSettings()) == PHASES[days_left]


@pytest.mark.parametrize("gap", DRAFTS)
@pytest.mark.parametrize("days_left", PHASES)
def test_coaching_call_follows_the_rules(reports, gap: str, days_left: int) -> None:
    plan = plan_for(reports[gap], days_left)
    assert plan.phase == PHASES[days_left]
    assert plan.gap is not None and plan.gap.kind == gap
    assert plan.coaching.verdict == COACHING[(gap, plan.phase)]
    assert plan.coaching.sessions == ("2-4" if plan.coaching.verdict == "worth-it" else None)
    assert plan.coaching.why


def test_the_reasons_quote_the_rules(reports) -> None:
    assert "triage at best" in " ".join(plan_for(reports["evidence"], 5).coaching.why)
    assert "not when the work itself is weak" in " ".join(plan_for(reports["evidence"], 14).coaching.why)
    worth = " ".join(plan_for(reports["narrative"], 14).coaching.why)
    assert "Two to four focused sessions can be enough" in worth and "narrative work pays most now" in worth
    early = " ".join(plan_for(reports["narrative"], 40).coaching.why)
    assert "from 2026-02-09 (21 days out)" in early
    assert "stop optimizing style" in " ".join(plan_for(reports["evidence"], 3).coaching.why)


@pytest.mark.parametrize("days_left", [60, 35, 30, 21, 14, 10, 7, 6, 3, 2, 1])
def test_every_task_is_dated_from_today_to_before_the_due_date(reports, days_left: int) -> None:
    today = DUE - timedelta(days=days_left)
    plan = plan_for(reports["narrative"], days_left)
    ids = [task.id for task in plan.checklist]
    assert SPEC_TASKS <= set(ids)
    dates = [task.due for task in plan.checklist]
    assert all(today <= day < DUE for day in dates), dates
    assert dates == sorted(dates)
    assert min(dates) == today or days_left > 35  # the first task falls due today when time is short
    booked = [task for task in plan.checklist if task.id == "book-coaching"]
    if plan.coaching.verdict == "worth-it":
        assert booked and booked[0].due == today and "2-4" in booked[0].task
    else:
        assert not booked


def test_with_time_enough_each_task_keeps_its_usual_date(reports) -> None:
    plan = plan_for(reports["none"], 60)
    due_dates = {task.id: (DUE - task.due).days for task in plan.checklist}
    assert due_dates == PROFILE.table("plan")["checklist"]


def test_the_due_date_itself_and_after(reports) -> None:
    assert {task.due for task in plan_for(reports["none"], 0).checklist} == {DUE}
    assert plan_for(reports["none"], -1).checklist == []


@given(st.integers(min_value=0, max_value=80),
       st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=9))
def test_spread_keeps_order_and_stays_inside_the_days_left(days_left: int, offsets: list[int]) -> None:
    offsets = sorted(offsets, reverse=True)
    fitted = spread(days_left, offsets)
    assert len(fitted) == len(offsets)
    assert fitted == sorted(fitted, reverse=True)
    if days_left >= max(offsets):
        assert fitted == offsets
    elif days_left == 0:
        assert set(fitted) == {0}
    else:
        assert all(1 <= value <= days_left for value in fitted)
        assert fitted[0] == days_left


def test_the_checklist_is_one_a_coach_would_hand_over(reports) -> None:
    plan = plan_for(analyze(WEAK.read_text(encoding="utf-8"), source=str(WEAK)), 20)
    text = {task.id: task.task for task in plan.checklist}
    assert "which level they are defending (L6" in text["ask-manager-level"]
    assert "the customer I served was [persona]" in text["customer-outcome-filter"]
    assert "30 of 32 items fail it today (lines " in text["customer-outcome-filter"]
    assert "two L6 cases" in text["peer-comparisons"]
    assert "one sentence per major outcome" in text["one-sentence-per-outcome"].lower()
    assert "a candidate from your best item" in text["one-sentence-per-outcome"]
    assert "scope, conflict handling and missing evidence" in text["hard-rehearsal"]
    assert "packetcoach rehearse " in text["hard-rehearsal"]
    assert "guess backend from: cache" in text["non-technical-read"]
    strong = {task.id: task for task in plan_for(reports["none"], 20).checklist}
    assert "Your retell sentence today" in strong["one-sentence-per-outcome"].task


def test_manager_questions(reports) -> None:
    evidence = plan_for(reports["evidence"], 20).manager_questions
    assert evidence[0] == "Which level are you defending for me in calibration: L6, or another one?"
    assert any("two peers" in question for question in evidence)
    assert any(question.startswith("Where can I get the customer result") for question in evidence)
    narrative = plan_for(reports["narrative"], 20).manager_questions
    assert any(question.startswith("Could you repeat my case from this sentence") for question in narrative)
    assert "L7" in plan_for(reports["none"], 20, level="L7").manager_questions[0]


@pytest.mark.parametrize("days_left", [40, 14, 5, -2])
def test_without_a_draft_it_says_what_it_cannot_judge(days_left: int) -> None:
    plan = make_plan(DUE - timedelta(days=days_left), DUE, PROFILE, "L6", "self-assessment")
    assert plan.gap is None and plan.cannot_judge
    expected = {40: None, 14: None, 5: "triage-only", -2: "too-late"}[days_left]
    assert plan.coaching.verdict == expected
    if expected is None:
        assert "cannot tell an evidence gap from a narrative gap" in plan.coaching.why[0]
    assert {task.id for task in plan.checklist} == (SPEC_TASKS if days_left >= 0 else set())
    payload = plan_json(plan)
    assert payload["gap"] is None and payload["source"] is None and payload["cannot_judge"]


def test_json_follows_the_contract(reports, contract) -> None:
    payload = plan_json(make_plan(DUE - timedelta(days=14), DUE, PROFILE, "L6", "self-assessment",
                                  reports["narrative"], trend=[{"at": "2026-02-01T10:00:00+00:00", "packet": 40}]))
    json.dumps(payload)  # serialisable as it is
    contract("plan", payload)
    assert payload["schema"] == "packetcoach.plan/1"
    assert (payload["today"], payload["due"], payload["days_left"]) == ("2026-02-16", "2026-03-02", 14)
    assert payload["phase"] == "narrative" and payload["gap"] == "narrative" and payload["gap_why"]
    assert payload["coaching"] == {"verdict": "worth-it", "sessions": "2-4", "why": payload["coaching"]["why"]}
    for task in payload["checklist"]:
        assert set(task) >= {"due", "task", "done"} and isinstance(task["done"], bool)
        date.fromisoformat(task["due"])
    assert all(isinstance(question, str) for question in payload["manager_questions"])
    assert payload["trend"] == [{"at": "2026-02-01T10:00:00+00:00", "packet": 40}]


def test_calendar_file_is_valid_icalendar(reports) -> None:
    plan = plan_for(reports["narrative"], 14)
    text = calendar_text(plan)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["version"]) == "2.0" and calendar["prodid"]
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(plan.checklist) + 1
    starts = [event.decoded("dtstart") for event in events]
    assert starts[:-1] == [task.due for task in plan.checklist] and starts[-1] == DUE
    assert all(type(start) is date for start in starts)  # all-day events
    assert all(event.decoded("dtend") == event.decoded("dtstart") + timedelta(days=1) for event in events)
    assert len({str(event["uid"]) for event in events}) == len(events)
    assert str(events[0]["description"]) == plan.checklist[0].task
    later = calendar_text(plan_for(reports["narrative"], 10))  # a newer plan moves the same events
    assert {str(e["uid"]) for e in icalendar.Calendar.from_ical(later).walk("VEVENT")} >= \
        {str(e["uid"]) for e in events if not str(e["uid"]).endswith("book-coaching@packetcoach")}


FIRST_PERSON = """# Ines Duarte: self-assessment

## Results

- Interviewed 18 clinic managers about no-shows, then I proposed two-way text reminders; missed appointments fell
  from 14% to 8% across 60 clinics in a quarter.
- Cut the intake form from 22 questions to 9; completed intakes rose from 61% to 83% for 40,000 patients.
- Stopped the waitlist chatbot after 2% of patients used it, and moved its designer to the reminders.
"""


def test_the_plan_offers_the_retell_check_offers_in_the_third_person() -> None:
    report = analyze(FIRST_PERSON)
    assert report.reading.retell is None
    from packetcoach.output.json import report_json  # noqa: PLC0415

    offered = report_json(report)["document"]["retell_scaffold"]
    assert "at L6: they interviewed" in offered
    plan = plan_for(report, 10)
    task = {task.id: task.task for task in plan.checklist}["one-sentence-per-outcome"]
    assert offered in task
    assert ": I " not in task and ": Interviewed" not in task
    narrative_questions = [q for q in plan.manager_questions if q.startswith("Could you repeat my case")]
    assert all(offered in q for q in narrative_questions)


# (gap, phase) -> words the phase's line must carry, for the draft's gap; and words it must not
PHASE_FOR_GAP = {
    ("evidence", "collect"): ("Collect evidence and fix behaviour", "Narrative work pays most"),
    ("evidence", "narrative"): ("The evidence comes first", "Narrative work pays most"),
    ("evidence", "triage"): ("fix the proof", "the proof is there"),
    ("narrative", "collect"): ("the telling is the gap", "matter more than the words"),
    ("narrative", "narrative"): ("Narrative work pays most now: the order, the lead, one sentence per outcome.",
                                 "evidence comes first"),
    ("narrative", "triage"): ("the proof is there", "fix the proof"),
    ("none", "collect"): ("Collect evidence and fix behaviour", "the telling is the gap"),
    ("none", "narrative"): ("the story carries it", "Narrative work pays most"),
    ("none", "triage"): ("the proof holds", "fix the proof"),
}


@pytest.mark.parametrize(("gap", "phase"), PHASE_FOR_GAP)
def test_the_phase_line_follows_the_drafts_gap(reports, gap: str, phase: str) -> None:
    """The phase says what pays now; where the draft's gap says otherwise (an evidence gap 21 days
    out was told "narrative work pays most"), the phase's line follows the gap, in every front end."""
    from packetcoach.output.plan import render_markdown, render_terminal
    days_left = next(days for days, name in PHASES.items() if name == phase)
    plan = plan_for(reports[gap], days_left)
    assert plan.gap.kind == gap and plan.phase == phase
    says, never = PHASE_FOR_GAP[gap, phase]
    assert says in plan.focus and never not in plan.focus
    assert plan_json(plan)["focus"] == plan.focus
    assert " ".join(render_terminal(plan).split()).count(says) >= 1
    assert plan.focus in render_markdown(plan)


def test_a_narrative_gap_in_the_narrative_phase_keeps_its_words(reports) -> None:
    from packetcoach.plan.schedule import wording
    for days_left in (21, 14, 7):
        plan = plan_for(reports["narrative"], days_left)
        assert plan.focus == wording()["phases"]["narrative"] == (
            "Narrative work pays most now: the order, the lead, one sentence per outcome.")


@pytest.mark.parametrize("days_left", [30, 14, 3, -2])
def test_without_a_draft_the_phase_keeps_its_words(days_left: int) -> None:
    from packetcoach.plan.schedule import wording
    plan = plan_for(None, days_left)
    assert plan.focus == wording()["phases"][plan.phase]


@pytest.mark.parametrize("gap", DRAFTS)
def test_after_the_due_date_every_gap_hears_the_same(reports, gap: str) -> None:
    assert plan_for(reports[gap], -1).focus == "The due date has passed: the packet is in."


def test_the_gap_wording_names_only_known_gaps_and_phases() -> None:
    from typing import get_args

    from packetcoach.core.verdict import GapKind
    from packetcoach.plan.schedule import Phase, wording
    table = wording()["phases_by_gap"]
    assert set(table) <= set(get_args(GapKind))
    for phases in table.values():
        assert set(phases) <= set(get_args(Phase)) and all(isinstance(words, str) and words for words in phases.values())
