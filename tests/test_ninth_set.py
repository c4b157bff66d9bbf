"""Categories a ninth blind set showed (docs/accuracy.md, "The ninth blind set, by category"), each with
sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from item_reads import signals
from packetcoach import analyze
from packetcoach.api import analyze_item


def _kind(text: str) -> str:
    item = analyze_item(text)
    assert item is not None
    return item.kind


def test_a_section_on_where_the_writer_will_grow_asks_for_no_evidence() -> None:
    text = "# Self-assessment\n\n## Where I will grow\n\nI reviewed our carrier booking flow and wrote two PRDs on it.\n"
    report = analyze(text, profile="amazon-pm", level="L6", doc_type="promotion")
    assert not [f for f in report.findings if f.name == "item-not-ready"]
    story = text.replace("Where I will grow", "Carrier reviews")
    assert [f for f in analyze(story, profile="amazon-pm", level="L6", doc_type="promotion").findings
            if f.name == "item-not-ready"]


@pytest.mark.parametrize("text", [
    "A committee member may ask whether the vendor built the viewer; the vendor supplied it, and I chose it.",
    "Reviewers might ask what I built myself. The answer: the rules and the rollout, not the model.",
])
def test_an_objection_a_reader_may_raise_is_an_objection(text: str) -> None:
    assert _kind(text) == "objection"


def test_a_customer_asking_is_no_objection() -> None:
    assert _kind("Dispatchers asked whether we could show the driver's arrival time, so I added it to the "
                 "board and missed pickups fell 18%.") == "claim"


@pytest.mark.parametrize("text", [
    "The live-event calendar for our game with 3.5 million daily players is mine.",
    "Two branches and the call center route every lending decision through the rules I maintain.",
])
def test_a_remit_told_as_the_writer_s_is_scope(text: str) -> None:
    assert _kind(text) == "scope"


def test_a_decision_that_was_mine_is_still_a_claim() -> None:
    assert _kind("The decision to require photo checks for returning drivers was mine, and impersonation "
                 "reports fell from 40 to 9 a month.") == "claim"


@pytest.mark.parametrize("text", [
    "Dropped late fees on children's cards, and checkouts by young patrons rose 27% within a year.",
    "Cut the reminders to one email, and completion for small-business senders rose from 62% to 81%.",
    "Shipped a faster chart view and cut charting time for hygienists from 11 minutes to 4.",
    "Launched a buddy programme, and 90-day attrition among new hires fell from 11% to 4%.",
])
def test_served_parties_of_libraries_signing_dental_and_onboarding_work(text: str) -> None:
    assert signals(text).customer


def test_an_email_sender_address_names_no_one() -> None:
    assert not signals("Moved the sender domain of the weekly digest to a no-reply one.").customer


def test_attrition_among_the_people_served_is_a_business_result() -> None:
    assert signals("Launched a buddy programme, and 90-day attrition among new hires fell from 11% to 4%.").business_outcome
    assert not signals("Presented the attrition numbers to the HR leads in 3 reviews.").business_outcome


@pytest.mark.parametrize("text", [
    "v3.5 (Mar): Replaced three paging tools with the one we already paid for, saving $190,000 a year.",
    "4.2.1 [Oct]: Cut the wait for riders to reach a safety agent from 90 seconds to 31.",
])
def test_a_release_tag_before_the_verb_keeps_the_writer_s_deed(text: str) -> None:
    assert signals(text).own_action


def test_a_release_tag_told_as_a_subject_is_no_deed_of_the_writer_s() -> None:
    assert not signals("v3.5 (the March release) still runs in 40% of offices.").own_action
