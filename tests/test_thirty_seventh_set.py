"""The thirty-seventh blind set: item signals, by category (docs/accuracy.md, "The thirty-seventh
blind set: item signals, by category"): each category with sentences of our own that should and
should not fire."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _signals(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals


@pytest.mark.parametrize("text", [
    # managers named by the site or the shift they run, whose hours or bills the change moved
    "Replaced the depot managers' paper rotas with one shared roster, saving each about 3 hours a week.",
    "We moved building managers onto a fixed yearly fee, and contract renewals rose from 70% to 84%.",
    "Rebuilt the close-out screen so night managers finish the books in 20 minutes instead of an hour.",
    "Gave school business managers a weekly payments file, saving each of them 5 hours a month.",
])
def test_managers_named_by_their_site_or_shift_are_served(text: str) -> None:
    assert _signals(text).customer


@pytest.mark.parametrize("text", [
    # colleagues who make the product, and managers worked alongside
    "Worked with three product managers to plan the 2027 roadmap.",
    "Partnered with the depot managers to run the roster pilot at two sites.",
])
def test_colleagues_named_managers_are_not_served(text: str) -> None:
    assert not _signals(text).customer


@pytest.mark.parametrize("text", [
    # a measure people feel, moved, for a customer outside the business, told against a baseline
    "I held the new ticket gates back until they read 99% of passes; in March riders saw 1% scan failures against 6% at the old gates.",
    "I held the door-lock update until it passed the cold test; in January tenants saw 2% unlock failures against 9% at the last release.",
])
def test_a_result_an_outside_customer_felt_is_a_business_result(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    assert item.signals.business_outcome and item.ready
    assert "deliver-results" not in item.principles  # the customer's result, not a business one delivered


@pytest.mark.parametrize("text", [
    # the measure set the call off: a trigger, not a result
    "Paused the rollout at 20% of drivers when app crashes on older phones doubled.",
    # the writer's own staff: an internal measure of how they work
    "Moved the support agents off night shifts after reading their notes; agent error rates fell by a quarter.",
])
def test_a_felt_measure_as_a_trigger_or_of_our_own_staff_is_no_business_result(text: str) -> None:
    assert not _signals(text).business_outcome


@pytest.mark.parametrize("text", [
    # a customer measure told against the old version of the thing, or against refund claims' own past
    "Complaints from tenants in the first quarter were 40% below the old portal's.",
    "We rebooked every sailing by coach; refund claims were 30% below the last dry season.",
])
def test_a_customer_measure_below_the_old_or_last_one_is_a_result(text: str) -> None:
    assert _signals(text).business_outcome


@pytest.mark.parametrize("text", [
    # the old thing named, with no measure set against it
    "The old checkout asked for 14 fields; I proposed cutting it to 5.",
    "Moved the refund claims desk to the old ticket office.",
])
def test_the_old_thing_with_no_measure_against_it_is_no_result(text: str) -> None:
    assert not _signals(text).business_outcome


def test_rentals_that_grew_are_a_business_result_not_a_system_measure() -> None:
    signals = _signals("We rebuilt the booking service, and weekend bike rentals grew 18% over the summer.")
    assert signals.business_outcome and not signals.technical_metric_only


def test_rentals_named_with_no_change_are_no_result() -> None:
    assert not _signals("I own the rentals roadmap for 40 depots across two countries.").business_outcome
