"""The customer signal on the newest blind writers, by cause (docs/accuracy.md, "The served party by
cause across every blind writer"): the comparison group an objection's answer names is no party the
work served, and a party word that names what the writer's own thing is for, two words before it ("the
driver dispatch model", "the seller onboarding roadmap"), serves no one. Sentences of our own that
should and should not fire."""

from __future__ import annotations

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    item = analyze_item(text)
    assert item is not None and item.signals is not None, text
    return item


def persona(text: str) -> str | None:
    item = read(text)
    return item.persona.text.lower() if item.persona is not None else None


def test_the_comparison_group_of_an_objections_answer_is_no_served_party() -> None:
    for text in (
            "Someone may ask whether bookings rose only because of the spring; the clinics without the new "
            "calendar stayed flat over the same weeks.",
            "You may ask whether renewals rose with the market; the two brokers that did not take the portal "
            "saw flat renewals.",
            "The room may say that sign-ups rise every January; they do, but the control pharmacies that kept "
            "paper forms rose 2 points while ours rose 11.",
            "Some will say the fall in late deliveries was the dry summer; the couriers on unchanged routes saw "
            "no fall at all."):
        assert not read(text).signals.customer, text


def test_a_party_without_something_is_served_outside_an_objection() -> None:
    text = "Shipped offline mode for clinics without reliable internet, and lost test results fell from 40 to 2 a month."
    assert read(text).signals.customer and persona(text) == "clinics"


def test_an_objection_raised_after_the_party_names_no_comparison() -> None:
    text = ("Moved patients without smartphones to printed passes, and I think that is why not one complaint has "
            "reached us since.")
    assert persona(text) == "patients"


def test_the_party_served_beside_the_comparison_group_is_still_read() -> None:
    text = ("You may ask whether the rise was seasonal; the clinics without the new calendar stayed flat, while "
            "patients at the other clinics booked 30% more visits.")
    assert read(text).signals.customer and persona(text) == "patients"


def test_a_party_word_naming_what_the_writers_own_thing_is_for_serves_no_one() -> None:
    for text in (
            "I rebuilt the driver dispatch model and cut idle van time by 12%.",
            "Wrote the seller onboarding roadmap for the year.",
            "Led the merchant onboarding platform through its first year.",
            "Built the tenant repair microservice in Go.",
            "Wrote a 30-slide advertiser strategy deck for the board.",
            "I set direction for the member lending product, which has $2B in balances.",
            "We migrated the donor database to a managed service.",
            "I ran the first advertiser pilot with two engineers."):
        assert not read(text).signals.customer, text


def test_a_party_word_before_a_measure_or_a_service_of_theirs_is_still_read() -> None:
    for text, party in (
            ("Cut driver wait times at the depot from 20 minutes to 4.", "driver"),
            ("Customer support calls fell 30% after I rewrote the refund page.", "customer"),
            ("Trialled a donor pick-up service that raised donations by 12%.", "donor"),
            ("I wrote the plan to give every resident one account for all 40 council services.", "resident"),
            ("I ran 20 customer interviews and cut the checkout flow from five steps to two.", "customer"),
            ("The seller wants data on returns, so I built a returns report.", "seller"),
            ("When a bag is missing, the traveller first reports it at the desk, and I cut the form to 3 fields.",
             "traveller")):
        assert read(text).signals.customer and persona(text) == party, text
