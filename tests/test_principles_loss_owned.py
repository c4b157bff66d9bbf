"""Earn Trust from a bet of the writer's told as failed in a lesson, the bet named first and its failure after it
("My bet that ... did not pay off", "I proposed ..., and it flopped"), with the lesson first. Sentences of our own
that should and should not name it."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def named(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return item.principles


@pytest.mark.parametrize("text", [
    "My bet that dog walkers would pay for route planning did not pay off: 3% signed up in the trial, and I "
    "learned to test willingness to pay with a price page before building anything.",
    "I proposed a night-delivery tier at twice the fee, and it flopped: 25 orders in a month; I learned that our "
    "customers plan breakfast the night before.",
    "The pottery class I pitched for teenagers was a calculated risk that failed: 4 of 60 places sold in a term, "
    "and I learned to sell a class to ten parents by hand before printing flyers.",
])
def test_failed_bet_in_a_lesson_names_earn_trust_after_the_lesson(text: str) -> None:
    names = named(text)
    assert "earn-trust" in names
    assert names[0] == "learn-and-be-curious"


@pytest.mark.parametrize("text", [
    # someone else's bet failing, told in a lesson: no fault of the writer's own
    "The agency's bet that drivers would read long safety emails did not pay off: 4% opened them in a quarter, "
    "and what I took from it is to send one line by text.",
    # "wrong" said of no bet of the writer's: a lesson about what others forgive owns nothing
    "Looking back, I learned that members will forgive a slow reply but not a wrong one, and I learned it from "
    "the spring renewals.",
    # a lesson with no failure in it
    "I learned to bring the depot leads into route changes in the first week, and the last three changes went out "
    "on the date we set.",
])
def test_no_failed_bet_of_the_writers_names_none(text: str) -> None:
    assert "earn-trust" not in named(text)


def test_a_failed_bet_in_a_claim_is_no_lesson() -> None:
    # outside a lesson the wider window is not read: a claim's far "failed" is no candour
    text = ("I blocked the tablet app release the week before term because card scanning failed on older school "
            "tablets, and shipped the fix six days later; scan failures stayed under 1%.")
    assert "earn-trust" not in named(text)


def test_a_fault_close_to_the_writer_keeps_earn_trust_first() -> None:
    # an owned fault within the usual window is the candour's story, as before: Earn Trust first
    names = named("Looking back, I should have told the partner gyms about the fee change myself; two of them "
                  "left, and I now brief partners before any price goes out.")
    assert names[:1] == ("earn-trust",)
