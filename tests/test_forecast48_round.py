"""A plan, a promise or a forecast told in the words of a result is no business result: "will cut
approval time from 9 days to same-day", "is on track to raise renewals", "I promised a 30% rise"
(docs/accuracy.md, "A plan, promise or forecast told as a result"). A real result told beside a
plan keeps its result."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _outcome(text: str) -> bool:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals.business_outcome


@pytest.mark.parametrize("text", [
    # a change after "will", its figure a before and after
    "Shipped a claims flow that will cut payout time for drivers from 12 days to 2 when it reaches every depot in May.",
    "The new intake form will also cut waiting time for tenants from 6 weeks to 10 days.",
    # a change after a word of planning or forecasting and "to"
    "The booking page is on track to raise repeat visits from 20% to 35% by spring.",
    "The pharmacy app is expected to cut refill calls from 900 to 300 a week.",
    # a measure word the change to come names, with no number
    "I led the courier partnership, which hopefully will grow weekend orders.",
    # a change promised or forecast with "a" before its figure
    "I promised a 25% rise in returning members by December.",
    "We forecast a 12% fall in call-outs once the sensors are fitted.",
])
def test_a_change_to_come_is_no_business_result(text: str) -> None:
    assert not _outcome(text)


@pytest.mark.parametrize("text", [
    # the result told done, beside a plan in another clause
    "Cut payout time for drivers from 12 days to 2, which will let us sign three more depots.",
    "I said the form would work, and cut waiting time for tenants from 6 weeks to 10 days.",
    "I said it will work, and cut approval time from 9 days to 2.",
    "Raised repeat visits from 20% to 35%, which is expected to lift spring revenue.",
    # a promise kept: the figure promised is no result, what was kept is
    "We promised 21 days instead and missed it on none of the 4,600 jobs sold.",
    "Returning members rose 25% by December, as I had promised.",
    # "will" that governs no change: the result it asks about stays one
    "Someone will ask whether the churn drop came from the price rise; churn on the unchanged plan held flat.",
])
def test_a_result_told_done_keeps_its_business_result(text: str) -> None:
    assert _outcome(text)
