"""The principles round on the wrong names of the blind writers: cues that named a wrong principle for more writers than
a right one, narrowed by what the sentence does. A bug the writer debugged by hand is engineering work, no Dive Deep
cue (a cause traced or found still is); a cohort is Dive Deep's cue only where the writer analysed it ("a cohort
query", "cohort data"), not where it is the group a result is measured on ("the first cohort"); and "borrowed" is
Frugality's cue only for the work run on someone else's resources ("a borrowed data pipeline", "with borrowed
hardware"), not an idea borrowed from elsewhere nor what others borrowed. Sentences of our own that should and should
not show each cue."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

DIVE = "cue:dive-deep"
FRUGAL = "cue:frugality"


def features(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return item.principle_features


@pytest.mark.parametrize("text", [
    "Debugged the payment terminal firmware over a weekend and shipped the fix to 900 kiosks.",
    "I debugged the race condition in the ticketing API that had been double-selling about 20 seats a week.",
    "Debugged the scanner app's crash on older phones and had a fix in the store by Friday.",
])
def test_a_bug_debugged_by_hand_is_no_dive_deep_cue(text: str) -> None:
    assert DIVE not in features(text)


@pytest.mark.parametrize("text", [
    "Traced the failed card payments to one terminal firmware version and had the vendor patch it; failed payments "
    "fell from 6% to 1%.",
    "Found that 70% of missed pickups came from two depots, and moved the pickup window there; missed pickups fell "
    "by half.",
])
def test_a_cause_traced_or_found_stays_a_dive_deep_cue(text: str) -> None:
    assert DIVE in features(text)


@pytest.mark.parametrize("text", [
    "Ran a cohort analysis of the spring sign-ups and moved the welcome call to day two; second bookings rose 18%.",
    "Pulled a year of cohort data showing trial members who booked twice stayed at three times the rate, and moved "
    "the reminder to week one; renewals rose 9%.",
    "Found through a cohort query that members who paused once came back at twice the rate, and added a pause "
    "button; cancellations fell 12%.",
])
def test_a_cohort_the_writer_analysed_is_a_dive_deep_cue(text: str) -> None:
    assert DIVE in features(text)


@pytest.mark.parametrize("text", [
    "Launched the home-visit tier in March, and 12-month retention for the first cohort is 81%.",
    "Held the step-count launch until the error fell below 3% in the beta cohort; weekly use rose 20%.",
    "Launched annual pricing, which lifted renewals from 40% to 52% for the spring cohort.",
])
def test_a_cohort_a_result_is_measured_on_is_no_dive_deep_cue(text: str) -> None:
    assert DIVE not in features(text)


@pytest.mark.parametrize("text", [
    "Ran the delivery pilot on a borrowed van and two volunteers instead of leasing a fleet, spending $4K of the "
    "$60K budget.",
    "Ran the sensor trial with borrowed lab equipment rather than buying 200 units; bookings rose 15%.",
])
def test_work_run_on_borrowed_resources_is_a_frugality_cue(text: str) -> None:
    assert FRUGAL in features(text)


@pytest.mark.parametrize("text", [
    "Borrowed the huddle from my nursing years: one person reads every open order aloud, and missed orders fell "
    "from 9 to 2 a week.",
    "Turned the renewal form into three questions, an idea borrowed from airline check-in; online renewals rose "
    "from 30% to 64%.",
    "Members borrowed 12,000 board games last year, up from 4,000, after I opened the shared catalogue to all branches.",
])
def test_an_idea_borrowed_or_what_others_borrowed_is_no_frugality_cue(text: str) -> None:
    assert FRUGAL not in features(text)
