"""The thirty-eighth blind set: item signals, by category (docs/accuracy.md, "The thirty-eighth blind
set: item signals, by category"): each category with sentences of our own that should and should not
fire."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def kind(text: str) -> str:
    item = analyze_item(text)
    assert item is not None
    return item.kind


@pytest.mark.parametrize("text", [
    # the parties who work from the writer's thing, in the present
    "Six bakeries and a fleet of 14 delivery vans take their orders from my dispatch product.",
    "Two county courts and about 9,000 tenants rely on the filing product.",
    "Three warehouse crews work from the picking rules I set.",
    "Five dental practices depend on my recall roadmap.",
    "Four school districts plan their term dates from my calendar, which covers 80 schools.",
    # the writer's thing as the subject of a verb of reach, with its size
    "The parking product covers 2.4M sessions a month for 310 car parks.",
    "Our refill programme serves 41 pharmacies and about 60,000 patients.",
    "My team of 2 PMs and 14 engineers runs payouts for 18,000 drivers in three countries.",
])
def test_a_remit_told_by_who_works_from_the_writers_thing_is_scope(text: str) -> None:
    assert kind(text) == "scope"


@pytest.mark.parametrize("text", [
    # a present state of others, with no thing of the writer's
    "Small bakeries run on one delivery van, and a breakdown costs them a day of orders.",
    "Our tenants wait eleven days for a repair visit.",
    # another party's thing told by its reach
    "The council's parking app handles about 900,000 sessions a month, most of them paid at the kerb.",
    # a past written as the plain form, with the writer's clause after it
    "We cut food waste per store by 28% across nine shops, which I tracked on a weekly report I set up.",
    # a change told beside the reach is a result
    "Five depots take their orders from my dispatch product, and late deliveries fell from 9% to 3%.",
])
def test_no_remit_where_the_writer_owns_nothing_named_or_a_result_moves(text: str) -> None:
    assert kind(text) != "scope"


@pytest.mark.parametrize("text,expected", [
    # the career named before its years is the background the deed drew on
    ("My nursing years taught me that night staff skip any screen with more than two taps, so I cut the "
     "handover form to one page; missed handovers fell from 12 a week to 2.", "claim"),
    ("My teaching years taught me that parents read notes on Sunday nights, so I moved the reminder "
     "email to Sunday at 7 p.m.; missed payments fell from 9% to 3%.", "claim"),
    # the work itself teaching is a lesson
    ("My first year of product work taught me that a roadmap nobody reads is no roadmap.", "lesson"),
    ("Two weeks at the returns desk taught me that customers keep the box for a reason.", "lesson"),
])
def test_a_career_named_before_its_years_is_background_not_a_lesson(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    "Rode along with four meter readers for a week, then cut the reading form to three fields; missed readings fell 40%.",
    "I rode along with 8 movers and saw that most damage happened on stairs.",
])
def test_riding_along_is_the_writers_own_deed(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.action.verb == "ride" and item.signals.own_action


def test_a_ride_that_is_no_deed_of_the_writers_stays_another_verb() -> None:
    item = analyze_item("Riders who ride twice a week renewed at 80%.")
    assert item is not None and not (item.action.subject == "i" and item.action.verb == "ride")


@pytest.mark.parametrize("text,subject", [
    ("Twelve school offices and about 6,000 parents rely on the lunch-payment product.", "other"),
    ("I relied on the supplier's forecast and we ran short for a week.", "i"),
])
def test_rely_is_read_as_a_verb(text: str, subject: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.action.verb == "rely" and item.action.subject == subject
