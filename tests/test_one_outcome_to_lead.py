"""One outcome to open with, named the same in every place the coach names it (docs/accuracy.md,
"Fixes from reading new drafts, a twenty-fourth round"): the lead finding's hint, the JSON
`document.lead_suggestion`, the room's reading ("lead with ...") and the top changes that say
where to open all take one choice (analysis/stories.py `lead_of`, read by analysis/packet.py and
analysis/workbench.py `target`): the strongest complete story's best measured result, a measured
change the room can retell before a ready claim whose numbers compare nothing, a launch's reach
last. Drafts in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.core.model import LineIndex
from packetcoach.output.json import report_json

# a ready claim whose numbers compare nothing ("takes 3 days instead of 5 weeks": the team's speed
# at a task) beside a measured change on the customers' own measure that names no customer: the
# lead hint named the first, the top changes the second
CAPABILITY_AND_RESULT = """# Self-assessment 2026: Arrival Estimates

## Q1

- Took over the arrival-estimate roadmap in January from the previous PM.
- Wrote the one-pager for the delay banner with the design team.

## Q2

- Built a new arrival model with the data team that replaced the fixed two-day buffer with per-depot estimates. This raised the share of orders delivered on the promised day from 81% to 90% in Canada.
- Rewrote the supplier feed importer so that adding a new supplier takes 3 days instead of 5 weeks. We added 6 suppliers in Q2 using the new importer.
- Reviewed the depot dashboards every Monday with the operations lead.

## Q3

- Started planning next year with the team: weekend estimates, a new API and a supplier portal.
"""

# the writer's own measured result is also the strongest claim: every place named it already
AGREED = """# Self-assessment 2026: Clinic Bookings

## Background

I own online booking for 40 physiotherapy clinics and their 60,000 patients.

## What I did

- In March I met the front-desk leads of six clinics about missed appointments.
- I proposed text reminders sent the evening before each visit and launched them in May; missed appointments fell from 12% to 7% of visits by September, worth about $300K a year to the clinics.
- Wrote the brief for the waiting-list feature with the design team.
"""


def _named(text: str) -> set[str]:
    """The items the JSON's lead suggestion and the top changes that say where to open name."""
    data = report_json(analyze(text, level="L6"))
    changes = {i for c in data["verdict"]["top_changes"] if c["kind"] in ("lead-with-outcome", "cut-diary")
               for i in c["items"]}
    return {data["document"]["lead_suggestion"]} - {None} | changes


def _item(text: str, words: str) -> str:
    return next(i.id for i in analyze(text, level="L6").items if words in i.text)


def test_a_measured_change_leads_over_a_ready_claim_that_compares_nothing() -> None:
    report = analyze(CAPABILITY_AND_RESULT, level="L6")
    model = _item(CAPABILITY_AND_RESULT, "Built a new arrival model")
    assert report.reading.lead_is_outcome is False
    assert report.reading.lead_suggestion == model
    hint = next(f.suggestion for f in report.findings if f.name == "lead-not-outcome")
    assert "from 81% to 90%" in hint and "supplier" not in hint
    changes = [c for c in report.verdict.top_changes if c.kind in ("lead-with-outcome", "cut-diary")]
    assert changes and all(c.items == (model,) for c in changes)
    assert all("81% to 90%" in c.what for c in changes)


def test_every_place_names_one_outcome() -> None:
    assert _named(CAPABILITY_AND_RESULT) == {_item(CAPABILITY_AND_RESULT, "Built a new arrival model")}
    assert len(_named(AGREED)) <= 1


def test_the_room_reading_points_at_the_same_line_as_the_top_changes() -> None:
    report = analyze(CAPABILITY_AND_RESULT, level="L6")
    line = LineIndex(CAPABILITY_AND_RESULT).line_col(report.item(report.reading.lead_suggestion).start)[0]
    changes = [c for c in report.verdict.top_changes if c.kind in ("lead-with-outcome", "cut-diary")]
    assert all(c.lines == (line,) for c in changes)


def test_a_draft_that_opens_with_its_own_result_is_left_alone() -> None:
    report = analyze(AGREED, level="L6")
    reminders = _item(AGREED, "I proposed text reminders")
    assert report.reading.lead_suggestion in (None, reminders)
    assert not any(c.kind == "lead-with-outcome" and c.items != (reminders,) for c in report.verdict.top_changes)


def test_a_session_names_the_same_outcome() -> None:
    session = Session(level="L6")
    session.analyze(CAPABILITY_AND_RESULT.replace("Canada", "Mexico"))
    report = session.analyze(CAPABILITY_AND_RESULT)
    assert report_json(report) == report_json(analyze(CAPABILITY_AND_RESULT, level="L6"))


# the result sits late in a long sentence: the hint quoted the sentence's opening, cut before the number
LATE_RESULT = """# Self-assessment 2026: Dog Walking

## What I did

- In February I worked closely with the support team on various walker questions and helped with the summer rota.
- I am proudest of the late-cancellation rule. Walkers were dropping walks in the hour before they started, which left owners with nobody. I changed the rule so that a walker who drops a walk late loses first pick of walks for the next week, and turned down the fee the finance lead had drafted; late drops by walkers fell from 15% to 6% of walks over the summer.
- Wrote the brief for the walker app's new calendar with the design team.
"""


def test_the_hint_quotes_the_result_the_top_changes_quote() -> None:
    report = analyze(LATE_RESULT, level="L6")
    hint = next(f.suggestion for f in report.findings if f.name == "lead-not-outcome")
    assert hint.startswith("Open with this outcome: “…late drops by walkers fell from 15% to 6%")
    changes = [c for c in report.verdict.top_changes if c.kind in ("lead-with-outcome", "cut-diary", "add-retell")]
    assert changes and all("late drops by walkers fell from 15% to 6%" in c.what for c in changes)
