"""Categories a thirteenth blind set showed (docs/accuracy.md, "The thirteenth blind set: item signals
and principles, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from item_reads import party
from packetcoach.api import analyze_item


def _read(text: str) -> tuple[str, tuple[str, ...]]:
    item = analyze_item(text)
    assert item is not None
    return item.kind, tuple(item.principles)


@pytest.mark.parametrize("text", [
    # a plan evidences no principle, whatever it cues (the labelling guide: "a plan ... evidence none")
    "Next quarter I will hand the returns dashboard to Mei, whom I have coached since spring.",
    "Goal for next year: get 60% of drivers who open the safety course to finish it.",
    "Over the next three years I want every warehouse in the company on one scheduling platform.",
    "Next year I will admit more candidly when a launch date is at risk.",
])
def test_a_plan_names_no_principle(text: str) -> None:
    kind, principles = _read(text)
    assert kind == "plan" and principles == ()


@pytest.mark.parametrize("text,principle", [
    # the same deeds told as done still evidence their principles
    ("I coached Mei for six months; she now runs the returns dashboard and cut refund delays for "
     "shoppers by 20%.", "hire-and-develop-the-best"),
    ("I was wrong to launch the new checkout without a fee preview; I told the sellers so the same day "
     "and refunds fell back to 2% within a week.", "earn-trust"),
])
def test_a_deed_done_keeps_its_principle(text: str, principle: str) -> None:
    kind, principles = _read(text)
    assert kind != "plan" and principle in principles


@pytest.mark.parametrize("text,learns", [
    # a course the writer took and used is learning sought out
    ("Took a night course in freight accounting so I could read our carrier invoices myself, and used it "
     "to cut disputed charges for shippers by 15%.", True),
    ("I enrolled in a six-week statistics class and used it to redesign the renewal test; renewals from "
     "gym members rose 4%.", True),
    # a course the product offers is a thing sold, not learning
    ("Most drivers who open our safety course stop before the second video.", False),
    ("We launched a new language course catalogue for schools in the same quarter.", False),
    ("Course completion for warehouse trainees rose from 41% to 66% after I cut each video to five minutes.", False),
    ("I hired our first instructional designer, and she now owns the course line that 5,000 drivers took "
     "this year.", False),
])
def test_a_course_taken_is_learning_a_course_sold_is_not(text: str, learns: bool) -> None:
    _, principles = _read(text)
    assert ("learn-and-be-curious" in principles) is learns


def test_a_course_taken_comes_first() -> None:
    _, principles = _read("I took a pricing course at night and used it to show the discount would lose money on "
                          "a third of sellers, against the pricing team's forecast; seller margins held at 12%.")
    assert principles[:1] == ("learn-and-be-curious",)


@pytest.mark.parametrize("text,dives", [
    # what the writer found in records read or split by their own hand
    ("I split a year of late-delivery claims by warehouse myself and found three sites caused 58% of them; "
     "after we fixed their cut-off times, refunds to shoppers fell by $900,000.", True),
    ("Pulled 300 failed sign-ups by hand and found most stalled at the ID photo; a retake button lifted "
     "completed sign-ups for new renters 11%.", True),
    ("Moved the app's renewal notice to two weeks before expiry after I found 40% of lapsed members never "
     "opened the old one; renewals from members rose 6%.", True),
    # a case shown to someone, or a thing come across, is no finding in the data
    ("Showed the sales VP the churn numbers and kept the free tier for students; sign-ups from students "
     "rose 9%.", False),
    ("Ran a two-week pilot with café owners and found a partner bank willing to fund it; 120 cafés "
     "signed up.", False),
])
def test_a_finding_in_records_read_by_hand_is_dive_deep(text: str, dives: bool) -> None:
    _, principles = _read(text)
    assert ("dive-deep" in principles) is dives


@pytest.mark.parametrize("text,dives", [
    # records examined by the writer, then what was found in them
    ("Timed 150 refund calls and found the agents spent 40% of each call finding the order; an order "
     "lookup by phone number cut the wait for callers by 3 minutes.", True),
    ("I listened to 90 recorded support calls from landlords and found most asked about late deposits; a "
     "deposit tracker cut those calls 35%.", True),
    # "found" with nothing examined before it, or far after what was read
    ("Negotiated with two couriers and found a cheaper rate for rural parcels, so buyers in rural "
     "towns now pay 20% less for shipping.", False),
    ("Read the vendor's contract with our counsel over two long sessions in March before the renewal, and "
     "later found it let us leave early; we saved $80,000.", False),
])
def test_records_examined_then_a_finding_is_dive_deep(text: str, dives: bool) -> None:
    _, principles = _read(text)
    assert ("dive-deep" in principles) is dives


@pytest.mark.parametrize("text,named", [
    # people named by what they manage, served when the item says what changed for them
    ("Shipped bulk door-code resets, which cut property managers' setup time per block from a day to an hour.",
     "property managers"),
    ("Fleet managers told us they check tyre wear every Friday, so I moved the alert to Thursday evening; "
     "missed checks fell 30%.", "Fleet managers"),
    ("Built the shelf-gap report that category managers now open every Monday.", "category managers"),
])
def test_managers_named_by_what_they_manage_are_served(text: str, named: str) -> None:
    assert party(text) == named


@pytest.mark.parametrize("text", [
    # the company's own managers, doing the work with the writer
    "I cut image tagging spend from $400K to $90K a year by having our own category managers tag only the "
    "misses.",
    "Worked with brand managers on the launch calendar for the spring range.",
])
def test_managers_who_work_with_the_writer_are_not_served(text: str) -> None:
    assert party(text) is None
