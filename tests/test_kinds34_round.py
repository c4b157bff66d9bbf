"""Round kinds34: the problem the writer found on arrival, named as the label of what follows, is
context even with the problem's numbers after the colon; a deed told after the same words is not."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def kind(text: str) -> str:
    return analyze_item(text).kind


@pytest.mark.parametrize("text", [
    "Here is the problem I inherited: a library app that 60% of members opened once and never again.",
    "Here is the problem I walked into in March: growers waited 18 days to be paid for a delivered load.",
    "The situation I inherited: two ticket queues, 3,000 open cases and a median reply of nine days.",
    "What I walked into: refunds took three weeks and one in five customers called to chase.",
])
def test_the_problem_found_is_context(text: str) -> None:
    assert kind(text) == "context"


@pytest.mark.parametrize("text", [
    "I fixed the problem I inherited: I cut the refund form to two steps and chase calls fell 40%.",
    "Here is what I did: cut the claim form from nine pages to three, and completion rose from 62% to 84%.",
    "I solved the problem I found in the billing export, and invoice disputes fell from 300 to 40 a month.",
])
def test_a_deed_on_the_problem_stays_a_claim(text: str) -> None:
    assert kind(text) == "claim"


@pytest.mark.parametrize("text", [
    "Ferry tickets are bought six weeks out, so a fare change in May only shows in July's revenue.",
    "Most of our tenants are students who sign a lease once and never open the portal again.",
    "Allotment societies lose half their new members in the first winter, when the digging starts.",
    "Late deliveries are the fastest way to lose a restaurant account.",
    "Each empty trip costs a courier about £40 in fuel.",
])
def test_how_things_stand_in_the_present_is_context(text: str) -> None:
    assert kind(text) == "context"


@pytest.mark.parametrize("text", [
    "Tenants now renew their lease in 4 minutes instead of 3 days.",
    "Renters wait 2 days for a refund instead of 14.",
    "The refund queue is down from 9 days to 2 since the new form.",
    "Cut the refund wait from 14 days to 2 by paying from the deposit account.",
    "She runs the weekly pricing review with finance and the route managers.",
    "Feb-Mar: 18 customer interviews with new owners about setup.",
    "Our team ships the booking app to 40,000 riders.",
])
def test_a_result_or_a_deed_in_the_present_stays_evidence(text: str) -> None:
    assert kind(text) != "context"


def test_a_thing_named_under_the_writers_start_heading_stays_the_writers() -> None:
    text = ("# Self-assessment\n\n## What I started\n\n"
            "- A weekly tenant panel of 10 renters that reviews every rent-notice change before it goes out.\n")
    report = analyze(text)
    assert [item.kind for item in report.items] == ["claim"]
    assert report.reading.initiated_items
