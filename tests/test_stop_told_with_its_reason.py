"""A stop or a refusal told with its reason and a number of it is not asked for more results
(docs/accuracy.md, "Fixes from reading new drafts, a twenty-fourth round"). "Get the measured
results" names the stories that owe a customer or business result; a stop's evidence is the case
for the call ("because only 4% of patients booked one"), which no result would add to. A stop told
with no number, or with a number that is no reason, has no evidence told. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.measures import reason_told
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json

DRAFT = """# Self-assessment 2026

## Summary

I own online booking for our 60 dental clinics. This was my first full year on the team.

## What I did

- Ran 12 interviews with front-desk staff about double bookings.
- Wrote the requirements for the new reminder emails with the design team.
- {stop}
- Helped the platform team move the booking calendar to the new database.
- Started planning next year with the team: family bookings, waitlists and a new clinic map.
"""

TOLD = (
    "In April I stopped the video consultation pilot because only 4% of patients who were offered a video slot "
    "booked one in eight weeks.",
    "Our sales director asked us to charge patients a $5 booking fee; I declined, because 38% of the patients "
    "we surveyed said they would phone the clinic instead.",
    "In June I cancelled the loyalty card after I found that 70% of the points went to patients who already "
    "came every six months.",
    "I ended the evening phone line in May, when only 6 patients a week called it after 6 pm.",
    "I stopped the text reminders for cleanings after a month: 2% of patients answered them.",
)

NOT_TOLD = (
    "In April I stopped the video consultation pilot after eight weeks.",
    "In April I stopped the video consultation pilot after 8 weeks and moved on to the waitlist.",
    "May: Retired the old booking export and 4 unused reports.",
)


def _asked(stop: str) -> list[str]:
    """The lines of the items that "Get the measured results" names."""
    report = report_json(analyze(DRAFT.format(stop=stop), level="L6"))
    return [line for change in report["verdict"]["top_changes"] if change["kind"] == "add-evidence"
            for line in change["lines"]]


def _stop_line() -> int:
    return DRAFT.splitlines().index("- {stop}") + 1


def test_a_stop_or_refusal_told_with_its_reason_and_number_is_not_asked_for_results() -> None:
    for stop in TOLD:
        report = analyze(DRAFT.format(stop=stop), level="L6")
        assert any(stop[:30] in item.text for item in report.items if item.id in report.reading.stopped_items), stop
        assert _stop_line() not in _asked(stop), stop


def _reason_told(text: str) -> bool:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None
    return reason_told(item)


def test_a_number_in_the_reason_is_the_stops_evidence() -> None:
    assert all(_reason_told(stop) for stop in TOLD)


def test_a_stop_with_no_number_in_its_reason_or_a_result_is_no_reason_told() -> None:
    for text in (*NOT_TOLD, "I moved the reminder emails to the new sender, and no-shows fell from 11% to 7%.",
                 "Bookings rose 12% because I moved the reminder to the day before."):
        assert not _reason_told(text), text


def test_a_session_reads_the_stop_as_analyze_does() -> None:
    session = Session(level="L6")
    for stop in (*TOLD, *NOT_TOLD, TOLD[0]):
        text = DRAFT.format(stop=stop)
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
