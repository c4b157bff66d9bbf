"""Technical measures in the verdict, said as they are in the draft: counted when some results are
told in customer or business measures, and ranked after the other reasons for "below" when the case
(stories with a measured customer or business result) stands beside them; a stop whose evidence is
a technical number is a story of judgement, not a result to restate for customers."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.gap import Problem, _named, judge_gap, verdict_data

OPENING = """# Self-assessment 2026

## Summary

I own delivery slots for the grocery app in the western region, used by about 90,000 households a
week. This year I learned how much a missed slot costs a family, and I rebuilt the slot promise
around that cost.

## What I did

"""

CLOSING = """
## What I learned

I should have talked to drivers before changing the slot screen, not after the first complaints.
"""

HOLD = """**Made the slot promise honest.** Shoppers told us in 20 calls that a slot shown as free was often
gone at checkout. I proposed holding a slot for ten minutes once a basket passes $30, and I chose to
ship it before the holiday peak. Orders that reached checkout and paid rose from 64% to 77%, worth
about $2.3M a year in orders we used to lose.
"""

DOOR = """**Cut the wait at the door.** I decided to send drivers a photo of the building entrance with each
order after 300 complaints a month about lost drivers. Late deliveries fell from 11% to 6%, and
refunds for late orders dropped by $400K a year.
"""

PHONE = """**Gave older shoppers a phone line back.** I chose to keep a phone ordering line for shoppers over
70 when the plan was to close it, and I staffed it with two store clerks. Repeat orders from those
shoppers rose from 38% to 52%, about $600K a year.
"""

LATENCY = "**Made the slot service fast.** Reduced slot service p95 latency from 1,200ms to 300ms.\n"
ERRORS = "**Cleaned up the slot database.** Cut the slot database error rate from 2% to 0.1%.\n"
CACHE = ("**Shrank the slot cache.** Moved the slot cache to a new cluster, cutting its memory use from 64GB "
         "to 20GB.\n")

# three stories with a measured customer result and the writer's decision, two told only in
# technical measures: the case is there
CASE_AND_TECHNICAL = OPENING + "\n".join((HOLD, DOOR, PHONE, LATENCY, ERRORS)) + CLOSING

# one story with a customer result beside three told only in technical measures: no case
TECHNICAL_MOSTLY = OPENING + "\n".join((HOLD, LATENCY, ERRORS, CACHE)) + CLOSING

# a stop told with the technical number that decided it, and the same number told as a result
STOPPED_ON_A_TECHNICAL_NUMBER = OPENING + "\n".join((HOLD, DOOR)) + """
## What I stopped

- I stopped the drone drop-off trial at two stores after a month showed its camera read door numbers
  at 0.62 precision; the budget went to the door photos.
""" + CLOSING

TECHNICAL_RESULT = OPENING + "\n".join((HOLD, DOOR)) + """
## Drones

- Raised the drone camera's door-number precision from 0.62 to 0.95.
""" + CLOSING

ALL_TOLD = "the results are told in technical measures"


def test_the_technical_results_are_counted_when_some_results_are_customer_measures() -> None:
    """Fires: two of five results told only in technical measures, said as two of five."""
    report = analyze(CASE_AND_TECHNICAL, level="L5")
    reasons = " ".join(report.verdict.reasons)
    assert "2 of the 5 results are told only in technical measures" in reasons
    assert ALL_TOLD not in reasons


def test_beside_the_case_the_technical_measures_are_the_reason_only_when_nothing_else_is() -> None:
    """Fires: at L5 nothing else holds the draft back, so the sentence names the technical
    measures, counted; beside three complete stories, more than the two told in technical measures,
    they are a change to make, not the reason the case falls short (coach51 round), so the draft
    reads at L5 with them first among the changes; at L6 no story shows the level, and that is the
    reason said first."""
    at_five = analyze(CASE_AND_TECHNICAL, level="L5").verdict
    assert at_five.summary == ("Reads at L5, but 2 of the 5 results are told only in technical measures, "
                               "so the room will ask which customer noticed.")
    assert at_five.top_changes[0].kind == "customer-measure"
    at_six = analyze(CASE_AND_TECHNICAL, level="L6").verdict
    assert at_six.reading == "below"
    assert at_six.summary == "Reads below L6: no story shows L6 scope, ambiguity or influence."


def test_without_the_case_the_technical_measures_stay_first() -> None:
    """Does not fire: one customer result beside three technical ones is no case; the technical
    measures stay the reason, though the room also finds too few complete stories."""
    verdict = analyze(TECHNICAL_MOSTLY, level="L5").verdict
    assert verdict.reading == "below"
    assert verdict.summary == ("Reads below L5 for now: the work described meets the L5 bar, but 3 of the 4 results are told only in technical measures, "
                               "so the room will ask which customer noticed.")


def test_every_result_technical_keeps_the_plain_reason() -> None:
    """Does not fire: when every story with a result tells it only in technical measures, there is
    nothing to count against."""
    reasons = verdict_data()["reasons"]
    report = analyze(TECHNICAL_MOSTLY, level="L5")
    assert _named(reasons, Problem("technical", stories=3, among=3), report).startswith(ALL_TOLD)
    assert _named(reasons, Problem("technical", stories=1, among=3), report).startswith(
        "1 of the 3 results is told only in technical measures")


def test_a_stop_decided_on_a_technical_number_is_no_technical_result() -> None:
    """Fires: the stop's evidence is its reason; the verdict neither counts it among results told in
    technical measures nor asks for it in customer measures."""
    report = analyze(STOPPED_ON_A_TECHNICAL_NUMBER, level="L5")
    assert report.reading.stopped_items
    assert not any("technical measures" in reason for reason in report.verdict.reasons)
    assert report.verdict.reading == "at", report.verdict.summary
    assert "customer-measure" not in [change.kind for change in report.verdict.top_changes]


def test_the_same_technical_number_told_as_a_result_is_still_asked_for() -> None:
    """Does not fire: told as the year's result, the number is still a technical measure."""
    report = analyze(TECHNICAL_RESULT, level="L5")
    technical = [p for p in judge_gap(report).problems if p.name == "technical"]
    assert [(p.stories, p.among) for p in technical] == [(1, 3)]
    # beside two complete stories (L5's), the one technical result is the first change, not a "below"
    assert report.verdict.reading == "at"
    assert report.verdict.top_changes[0].kind == "customer-measure"


def test_the_verdict_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    session.analyze(TECHNICAL_MOSTLY)
    for text in (CASE_AND_TECHNICAL, TECHNICAL_MOSTLY, STOPPED_ON_A_TECHNICAL_NUMBER, TECHNICAL_RESULT):
        assert session.analyze(text).verdict == analyze(text, level="L6").verdict
