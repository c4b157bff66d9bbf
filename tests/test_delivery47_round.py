"""How long the writer's own work took to ship, told as a time ("shipped it in six weeks instead of
the four months the full version needed", "went live three months earlier", "two weeks ahead of
plan"): a delivery fact, no business result; a wait the served party feels stays one
(docs/accuracy.md, "A delivery time read as a business result")."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _business(text: str) -> bool:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals.business_outcome


@pytest.mark.parametrize("text", [
    "Cut the permit builder down to a single form and shipped it in six weeks instead of the four months "
    "the full version needed.",
    "Descoped the referral scheme to a share link after gym owners asked for one, shipping in four weeks instead of three months.",
    "Chose the partner's booking widget over our own build and went live three months earlier.",
    "Bought the survey tool instead of building one, launching two months sooner.",
    "Delivered the rota export three weeks ahead of schedule.",
    "It shipped in five weeks rather than the planned two quarters.",
])
def test_a_delivery_time_is_no_business_result(text: str) -> None:
    assert not _business(text)


@pytest.mark.parametrize("text", [
    # the served party's wait, told as a change, stays the business result the guide names
    "Cut the wait for a boiler repair for tenants from 12 days to 4.",
    "Deposits now reach landlords in two days instead of three weeks, because I removed the manual check.",
    # a present tense tells how things stand for the party served, never the writer's delivery
    "The median garage now goes live in six days rather than a month.",
    "Orders now ship within a day instead of three days for our florists.",
    # a result told beside the delivery time keeps the item's business result
    "Cut the loyalty scheme to a 10% discount for returning campers, which launched in five weeks and was "
    "used by 6,200 families.",
    "Shipped the plain checkout in three weeks instead of two months, and conversion rose from 2.1% to 2.6%.",
    "Bought the fraud model instead of building it, launching four months earlier and saving $400K in build cost.",
])
def test_a_wait_felt_or_a_result_beside_stays_a_business_result(text: str) -> None:
    assert _business(text)
