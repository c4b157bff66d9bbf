"""The ready list over the blind packets of the corpus, by cause (docs/accuracy.md, "The ready list
over the blind packets of the corpus, by cause: an arrival or a remit is no claim"). Text in our own
words.

An item that opens with the writer's arrival ("When I arrived, ...", "When I took the shop over,
...", "I joined the lending team in March ...") and tells nothing the writer or the team did after
it is context: its figures are the state the writer found, not a result. An item that opens with the
writer's remit in the present ("I own ...", "I lead ...") and tells nothing the writer or the team
did after it is scope: its figures are the remit's size or its goal. Either with a deed of the
writer's after it ("..., and I cut ...", ", identified ...") or the team's ("we moved ...") stays a
claim, and stays ready when its signals say so."""

from __future__ import annotations

import pytest

from packetcoach import analyze

LEAD = "# My year on bookings\n\n"


def _item(story: str):
    report = analyze(LEAD + story)
    return next(item for item in report.items if item.text.startswith(story[:25]))


ARRIVALS = [
    "When I arrived, 41% of first-time diners never came back for a second booking, mostly because the "
    "deposit page failed on phones. Restaurant owners called it the reason they were thinking of leaving.",
    "When I took the lettings desk over in March, one viewing in five ended with nobody at the door, and "
    "landlords were paying £60 for every wasted visit.",
    "I joined the parcel lockers team in April from the data platform group. The product then was a map "
    "of 300 lockers that couriers had stopped trusting, and drivers skipped 18% of their locker drops.",
]


@pytest.mark.parametrize("story", ARRIVALS)
def test_the_state_found_on_arrival_is_context_not_a_ready_claim(story: str) -> None:
    item = _item(story)
    assert item.kind == "context", story
    assert not item.ready, story


REMITS = [
    "I own the booking product for our 80 garages and the call centre: online booking, the courtesy-car "
    "calendar and the tablet our 400 mechanics use in the bay. Bookings brought in £36M this year.",
    "I lead payments product for 2.1 million tenants and a group of four product teams, and this year my "
    "goal was to bring down the share of late rent without adding collectors.",
]


@pytest.mark.parametrize("story", REMITS)
def test_a_remit_with_its_size_or_goal_is_scope_not_a_ready_claim(story: str) -> None:
    item = _item(story)
    assert item.kind == "scope", story
    assert not item.ready, story


STILL_CLAIMS = [
    # a deed that shares the opening's "I"
    "I joined the incident call within 10 minutes, identified that the card gateway had hit its "
    "connection limit, and got the vendor to raise it; failed payments for 3,000 shoppers stopped "
    "within the hour.",
    # the remit, then the writer's deed and its result
    "I own the booking product for our 80 garages, and this year I moved courtesy-car booking online, "
    "which cut no-shows for drivers from 14% to 6% and added £800,000 of service revenue.",
    # the team's deed after the arrival
    "When I took the lettings desk over, one viewing in five ended with nobody at the door, and we "
    "moved viewings to confirmed slots, so wasted visits for landlords fell from 20% to 4%, saving "
    "£90,000 a year.",
]


@pytest.mark.parametrize("story", STILL_CLAIMS)
def test_a_deed_after_the_arrival_or_the_remit_keeps_the_claim(story: str) -> None:
    item = _item(story)
    assert item.kind == "claim", story


def test_the_remit_with_a_deed_stays_ready() -> None:
    assert _item(STILL_CLAIMS[1]).ready


def test_the_arrival_sentence_stands_apart_from_the_claim_after_it() -> None:
    arrival = "When I arrived, 41% of first-time diners never came back for a second booking."
    claim = ("I proposed a deposit page that works on phones and ran a six-week test with 20,000 diners: "
             "repeat bookings rose from 59% to 71%, worth £1.2M a year.")
    report = analyze(LEAD + arrival + " " + claim)
    first = next(item for item in report.items if item.text.startswith("When I arrived"))
    second = next(item for item in report.items if item.text.startswith("I proposed"))
    assert first.kind == "context" and not first.ready
    assert second.kind == "claim" and second.ready


def test_starting_a_deed_is_no_arrival() -> None:
    story = ("When I started sending every landlord a weekly note of the viewings we had filled for them, "
             "complaints about our fee fell from 40 a month to 6 and two agencies renewed for three years.")
    assert _item(story).kind == "claim"
