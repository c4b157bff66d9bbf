"""What a stop frees (staff, budget, sprint time), a finding, a reason and a transition are not results; a served party
kept or counted without a change word is (analysis/measures.py, analysis/kinds.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze_item


def read(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item


@pytest.mark.parametrize("text", [
    # the stop's staff, budget or sprint time put on other work
    "Shelved the gift-registry rebuild because only 2% of shoppers had a registry; its three engineers "
    "moved to search filters instead.",
    "I closed the kiosk beta in May because store staff stopped using it. The four engineers on it went to checkout.",
    "Stopped funding the loyalty app after a year in which one member in 300 opened it, and returned its $2M "
    "budget to the platform team.",
    "I retired the partner dashboard that 40 partners a month opened, and gave the three days a sprint it cost us "
    "back to the payouts work.",
    # the number is the reason for the call
    "Pulled the plug on the AI listing-writer after six weeks in beta, because sellers used it on 4% of "
    "listings and buyers rated those listings lower.",
    # a finding in the data, not a result
    "I shadowed 15 pharmacists for two weeks and found that 60% of their time went to phone calls.",
    "I analysed three years of return data and showed that 97% of returns come from customers with a clean history.",
    # a bet, not its result
    "I proposed a monthly digest to win back lapsed readers, betting that 3% of them would return.",
    # "Instead" turning the story is not a change
    "Instead I spent my first two weeks on the warehouse floor, watching how pickers used the handhelds.",
])
def test_what_a_stop_frees_is_not_a_result(text: str) -> None:
    item = read(text)
    assert not item.signals.business_outcome and not item.ready


@pytest.mark.parametrize("text", [
    "Declined to build the white-label app that three of our largest clinics asked for; it would have taken "
    "four engineers a year, and all three clinics are still with us.",
    "Retired paper invoices after finding that 80% of the 2,000 suppliers on them had an email on file; "
    "I wrote to each of them, and 1,900 moved to e-invoicing before the deadline.",
])
def test_a_served_party_kept_or_counted_is_a_result(text: str) -> None:
    item = read(text)
    assert item.signals.business_outcome and item.ready


def test_a_framing_word_inside_the_deed_does_not_make_it_context() -> None:
    item = read("Paused the catalogue redesign that was already half built, because only 3% of sellers had "
                "more than 100 listings.")
    assert item.kind == "claim" and item.facts is not None and item.facts.stopped
