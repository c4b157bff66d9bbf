"""Time the writer's work lost, told in a lesson or as a delay ("we lost three weeks because I did
not", "lost two months rebuilding their trust", "the late review cost us five weeks"): no business
result; a wait the served party felt that fell stays one (docs/accuracy.md, "Time lost read as a
business result")."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _signals(text: str):
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals


@pytest.mark.parametrize("text", [
    "I learned to show the payroll bureau's staff the export before launch, not after; we lost four weeks "
    "because I did not.",
    "Looking back, I rolled out the rota app before the ward sisters had seen it and lost three months "
    "winning them back.",
    "I should have asked the landlord panel first; the redesign cost us six weeks.",
    "Next time I would book the legal review on day one; the pilot lost two weeks while we waited for it.",
    "Waiting for the perfect dataset cost me two months on the pricing change.",
])
def test_time_lost_is_no_business_result(text: str) -> None:
    signals = _signals(text)
    assert not signals.business_outcome
    assert not signals.customer


@pytest.mark.parametrize("text", [
    # a wait the served party felt, told as a change, names no loss and stays a result
    "Cut the wait for a boiler repair for tenants from three weeks to four days.",
    "Waits for a first physio appointment fell from six weeks to nine days for our patients.",
    # a result told beside the time lost keeps the item's business result
    "Held the kiosk launch until it asked the screening questions in order; the hold cost us five weeks, "
    "and deferral errors at donor centres fell from 40 a month to 6.",
    # a party's loss counted as less is a result, not a unit of time after the loss verb
    "Re-planned the rounds so that cleaners lost 40% fewer hours to doubled-back streets.",
])
def test_a_wait_that_fell_or_a_result_beside_stays(text: str) -> None:
    assert _signals(text).business_outcome
