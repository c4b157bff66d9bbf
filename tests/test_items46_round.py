"""Customers named by their trade or their school, and unit costs told in the present (docs/accuracy.md,
"Pupils, traders, receptionists and club secretaries; a unit cost told as the way things stand")."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _read(text: str):
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item


@pytest.mark.parametrize("text", [
    "Put the lunch menu online for 2,400 pupils, and free-meal take-up rose from 60% to 74% in a term.",
    "Cut the stall booking form to one page, and traders renewing a pitch rose from 40 to 95 a month.",
    "Sent online prescription requests straight to the pharmacy, saving receptionists 10 hours a week.",
    "Moved club secretaries onto online affiliation, and renewals completed by the deadline rose from 55% to 90%.",
])
def test_pupils_traders_receptionists_and_club_secretaries_are_served_parties(text: str) -> None:
    item = _read(text)
    assert item.signals.customer and item.persona is not None


@pytest.mark.parametrize("text", [
    "Cut the nightly export job from 40 minutes to 9 by batching the writes.",  # no one served
    "I met the parish secretaries twice to agree the rota format.",  # a secretary, not a club's
])
def test_no_served_party_is_read_where_none_is_named(text: str) -> None:
    assert not _read(text).signals.customer


@pytest.mark.parametrize("text", [
    "Postage costs us £4.20 a parcel, more than the margin on a single card.",  # a plain-past verb with its -s
    "Each lost pallet costs us £40 to replace.",  # "lost" after "each": an adjective, and "costs" the present
    "A declined card costs a shopper the basket and us a support call of six minutes.",
])
def test_a_unit_cost_told_in_the_present_is_context_with_no_business_result(text: str) -> None:
    item = _read(text)
    assert item.kind == "context" and not item.signals.business_outcome


@pytest.mark.parametrize("text", [
    "Postage cost us £4.20 a parcel until I moved the cards to large-letter rate.",  # "cost" may be the past: the writer's deed
    "I renegotiated the courier contract, and each parcel now costs us £2.10 instead of £4.20.",  # a result, told with "now"
    "The missed deliveries cost the depot £30,000 last year before we moved the slots.",  # a past, with the team
])
def test_a_cost_told_as_a_past_or_a_change_is_not_read_as_standing(text: str) -> None:
    assert _read(text).kind != "context"
