"""Growth areas, self-critique and closing sections are no evidence items; a deed judged a mistake is a
lesson; a goal of a share to reach is a plan (docs/accuracy.md, "Item kinds: self-critique, growth
areas and closing reflections"). Drafts of our own."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def kind(text: str) -> str:
    item = analyze_item(text)
    assert item is not None
    return item.kind


DRAFT = """# 2026 nomination: Ravi Menon

## What he did
- Cut the wait for a ferry refund from 12 days to 2 days by moving refunds to the booking app; complaints fell 40%.
- He stopped the paper season ticket, which cost $90,000 a year to print.

## {growth}
- He writes long memos.
- His plans are careful but the board reads only the summary, and he did not bring finance in early on the fares case.

## {closing}
- The refund story is his and it worked. I would rather the room judge him on that than on the memos.
"""


def _claims(growth: str, closing: str) -> list[str]:
    report = analyze(DRAFT.format(growth=growth, closing=closing), level="L6", doc_type="promotion")
    return [item.text for item in report.items if item.kind == "claim"]


@pytest.mark.parametrize("growth", ["Where he still has to grow", "Where they have to grow", "What he is weaker at"])
def test_a_growth_heading_holds_no_evidence(growth: str) -> None:
    claims = _claims(growth, "What I want you to take from this")
    assert not any("memos" in text or "fares case" in text for text in claims)
    assert any(text.startswith("Cut the wait") for text in claims)  # the stories above are still claims


def test_a_closing_told_as_what_to_take_away_is_no_claim() -> None:
    claims = _claims("Where he still has to grow", "What I want you to take from this")
    assert not any(text.startswith("The refund story") for text in claims)


def test_a_story_heading_keeps_its_claims() -> None:
    claims = _claims("Growing the ferry app", "The harbour card")
    assert any("memos" in text for text in claims)  # no growth or closing heading: read as before


@pytest.mark.parametrize("text,expected", [
    ("Closing the night ferry in March was a mistake: two of the five routes paid for themselves.", "lesson"),
    ("Moving the ticket desk online first was a mistake, and I now pilot with one harbour.", "lesson"),
    ("I found the mistake in the fares table and cut refund waits from 12 days to 2.", "claim"),
    ("By the end of next year, I want 60% of season tickets sold in the app, up from 25% today.", "plan"),
    ("Next spring I want every harbour to take card payments.", "plan"),
    ("I want to credit Ana, who built the fares model; it saved $40,000.", "claim"),
])
def test_kinds(text: str, expected: str) -> None:
    assert kind(text) == expected
