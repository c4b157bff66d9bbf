"""The outcome the coach tells a writer to open with is a result of the year, not the evidence for a
stop (docs/accuracy.md, "Fixes from reading new drafts, a twenty-eighth round", "Two more
misreadings from a new draft"). A stop or a refusal told with the number that justified it ("only
2% of members had bought it") is a story of judgement the room credits, but the number is why the
project ended, not what the writer delivered: when the draft also measures a customer's or the
business's result, the lead hint, the lead finding and the top changes name that result. With no
such result beside it, the stop's story is still the one named. Text in our own words."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze
from packetcoach.output.json import report_json

STOP_AND_RESULT = """# 2026 self-assessment: lane bookings

## Summary

I own online bookings for the four city pools: 600,000 swims a year, four engineers and a designer.

## What I delivered

- Moved the booking calendar to a new service and rewrote its cache layer.
- Cut unused lane bookings on the 6:30 early session from 18% to 4% by freeing unclaimed lanes fifteen minutes before it starts, which gave about 25 more lanes a week to the people on the waiting list. Waiting-list complaints fell from 90 to 20 a month.
- Ran a workshop with the pool managers on the winter timetable.

## Things I stopped

I stopped the family pass pilot after two months. Only 2% of members had bought it and none of them swam more often, so the pass cost us desk time with nothing behind it. The two engineers moved to the booking calendar.
"""

# the same draft with the booking result told as work, with no number: nothing else is measured
RESULT = STOP_AND_RESULT.splitlines(keepends=True)[9]
STOP_ALONE = STOP_AND_RESULT.replace(RESULT, "- Changed how lanes are held before a session starts, with the pool managers.\n")

# beside the stop, only a technical measure: no customer's or business's result to lead with instead
STOP_AND_TECHNICAL = STOP_AND_RESULT.replace(RESULT, "- Reduced the calendar service's p95 latency from 700 ms to 140 ms.\n")


def _id(text: str, words: str) -> str:
    return next(i.id for i in analyze(text, level="L6").items if words in i.text)


def _lead_changes(text: str) -> list[dict]:
    changes = report_json(analyze(text, level="L6"))["verdict"]["top_changes"]
    return [c for c in changes if c["kind"] in ("lead-with-outcome", "cut-diary")]


def test_the_lead_is_the_measured_result_not_the_stops_evidence() -> None:
    result, stop = _id(STOP_AND_RESULT, "Cut unused lane bookings"), _id(STOP_AND_RESULT, "family pass pilot")
    report = report_json(analyze(STOP_AND_RESULT, level="L6"))
    assert report["document"]["lead_suggestion"] == result
    assert report["document"]["lead_is_outcome"] is False
    assert stop in report["document"]["stopped_items"]  # the stop is still read, and credited as one
    changes = _lead_changes(STOP_AND_RESULT)
    assert changes and all(c["items"] == [result] for c in changes)
    assert all("2% of members" not in c["what"] for c in changes)


@pytest.mark.parametrize("text", [STOP_ALONE, STOP_AND_TECHNICAL])
def test_a_stop_with_no_customer_or_business_result_beside_it_is_still_named(text: str) -> None:
    stop = _id(text, "family pass pilot")
    assert report_json(analyze(text, level="L6"))["document"]["lead_suggestion"] == stop


@pytest.mark.parametrize("text", [STOP_AND_RESULT, STOP_ALONE])
def test_a_session_names_the_same_lead(text: str) -> None:
    session = Session(level="L6")
    session.analyze(STOP_AND_TECHNICAL)  # an earlier draft first
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
