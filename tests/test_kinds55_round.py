"""The fifty-fifth kinds round: the document's level ask in other words ("I am asking to be
recognised at L6.", "I would like to be assessed at L6.", "I would like to be considered for L6.",
"I am ready to be assessed at L6.") alone in its item is the ask, read as context like "I am asking
for promotion to L6."; told with its reason or a result it stays the claim. Text of our own."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze


BODY = ("\n\n## Results\n\n"
        "I moved grocery substitutions to a customer-approved list, and orders with an unwanted substitute "
        "fell from one in nine to one in forty across 60 stores.\n")


def _items(text: str):
    report = analyze("## Summary\n\n" + text + BODY, level="L6", doc_type="self-assessment")
    return [item for item in report.items if item.text.startswith(text[:20])]


def _first(text: str):
    return _items(text)[0]


@pytest.mark.parametrize("sentence", [
    "I am asking to be recognised at L6.",
    "I'm asking to be recognized at L7.",
    "I would like to be assessed at L6.",
    "I'd like to be considered for Senior Product Manager (L6).",
    "I would like to be considered for L6 on the strength of the parcel-locker work.",
    "I am ready to be assessed at L6.",
])
def test_the_ask_in_other_words_alone_is_context(sentence: str) -> None:
    # read as context, or (a wish, "I would like ...") no item at all: never a claim wanting a result
    assert all(item.kind == "context" and not item.ready for item in _items(sentence))


def test_the_recognition_ask_alone_is_a_context_item() -> None:
    assert [item.kind for item in _items("I am asking to be recognised at L6.")] == ["context"]


@pytest.mark.parametrize("sentence", [
    "I am asking to be recognised at L7 because I set the three-year strategy for our ferry bookings.",
    "I would like to be assessed at L6: I cut the wait for a repair slot from 9 days to 2 for 30,000 tenants.",
    "I am asking to be recognised at L6, and I believe that this year I have begun to work at that level.",
    "I am asking to be recognised at L6. Here is why.",
    "I am putting myself forward for L7 because the repairs plan I proposed now sets our direction to 2029.",
])
def test_the_ask_with_its_reason_result_or_hedge_stays_a_claim(sentence: str) -> None:
    assert _first(sentence).kind == "claim"


@pytest.mark.parametrize("sentence", [
    "I would like to be considered a partner by the warehouse team, so I sat with their pickers for a week.",
])
def test_other_wishes_are_not_the_level_ask(sentence: str) -> None:
    assert _first(sentence).kind != "context"
