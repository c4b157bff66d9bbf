"""The principles round on the categories several blind writers share: a required step or document dropped or made
optional is a simpler way (Invent and Simplify); a fault or an error reported by someone else is no candour of the
writer's (no Earn Trust); a cost or a loss the writer's own call caused, told in a lesson, owns the mistake (Earn
Trust beside Learn and Be Curious). Sentences of our own that should and should not show each."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

SIMPLIFY = "invent-and-simplify"
TRUST = "earn-trust"
LEARN = "learn-and-be-curious"


def item(text: str):
    found = analyze_item(text)
    assert found is not None
    return found


@pytest.mark.parametrize("text", [
    "Dropped the requirement for a signed landlord reference on renewals, and renewals finished online rose from 40% "
    "to 71%.",
    "I removed the notarised-form requirement for small refunds, and refund requests closed the same day rose to 80%.",
    "Made the proof-of-address upload optional for returning members, and completed sign-ups rose 22% in a month.",
    "I made the deposit optional for repeat hirers, and hall bookings from repeat hirers rose from 120 to 190 a "
    "season.",
    "Raised completed claims from 35% to 62% by making the second receipt field optional.",
])
def test_a_requirement_dropped_or_made_optional_is_simpler(text: str) -> None:
    found = item(text)
    assert SIMPLIFY in found.principles
    assert "has:simplified" in found.principle_features


@pytest.mark.parametrize("text", [
    # an optional thing added, nothing made optional
    "Added an optional tip line to the checkout, and tips reached £4,000 a month.",
    # a requirement set, not dropped
    "Set a requirement that every supplier passes a hygiene audit, and complaints fell from 30 to 9 a quarter.",
    # the making far from the optional
    "Made the case to the board for a new roster system that staff could use on their phones, and the rest of the "
    "training stayed optional; shift swaps rose 30%.",
])
def test_no_requirement_dropped(text: str) -> None:
    assert "has:simplified" not in item(text).principle_features


@pytest.mark.parametrize("text", [
    "Held the refill release for a week because doses rendered wrong on two test phones; no pharmacy reported a "
    "dosing error after launch.",
    "Set the rule that no release ships without a usability pass with five clinic staff; booking errors reported by "
    "clinics fell from 7% to 2%.",
    "We moved late training off the 10 pm slot after players reported unsafe journeys home, and arranged transport "
    "for 40 players.",
])
def test_a_fault_reported_by_others_is_no_candour(text: str) -> None:
    found = item(text)
    assert TRUST not in found.principles
    assert "has:candour" not in found.principle_features


@pytest.mark.parametrize("text", [
    "I refused the directors' request to restate the on-time figure before the review, and reported the real 83%.",
    "I over-claimed last year: the 20% fall in failed payments I reported was mostly a card-network fix, and our own "
    "change accounts for 5 points of it.",
])
def test_the_writer_reporting_stays_candour(text: str) -> None:
    assert "has:candour" in item(text).principle_features


@pytest.mark.parametrize("text", [
    "I pushed a flat delivery fee for small shops, and it cost us 9% of orders; I now test a fee on one "
    "region first.",
    "The loyalty tier I proposed lost money for a whole season, and I learned to sell a tier to 30 members by hand "
    "first.",
    "I learned to put a pharmacist in every menu review, because the one I skipped cost us a reprint of 2,000 leaflets.",
    "The van pilot I championed lost $300K, and I learned to cap a pilot's spend before launch.",
])
def test_a_cost_of_the_writers_call_in_a_lesson_is_owned(text: str) -> None:
    found = item(text)
    assert found.kind == "lesson"
    assert TRUST in found.principles
    assert found.principles[0] == LEARN


@pytest.mark.parametrize("text", [
    # a claim, not a lesson: the cost is a result told
    "Moved the depot to the ring road, which cost us two weeks of setup and cut delivery times by 30%.",
    # a lesson with no cost of the writer's call
    "I learned that receptionists, not doctors, decide what gets booked, and I now test every change with two "
    "front desks.",
])
def test_no_loss_owned(text: str) -> None:
    assert "has:loss_owned" not in item(text).principle_features
