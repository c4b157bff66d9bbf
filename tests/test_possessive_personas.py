"""A served party named in the possessive is still named: "each shopper's feed", "no patient's
refill". The tokenizer keeps "shopper's" as one word (so "don't" and "O'Neil" stay whole), so the
persona lexicon also holds each singular phrase with "'s"; a plural's "customers'" splits anyway."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


@pytest.mark.parametrize("text", [
    "Rebuilt the recommendations so each shopper's feed showed in-stock items; conversion rose from 2.1% to 2.6%.",
    "I changed the refill flow so no patient’s prescription lapsed; refill completion rose from 71% to 88%.",
    "I rewrote the seller's onboarding checklist, and first-week listings rose by 30%.",
    "Cut the merchants' payout delay from five days to one.",
])
def test_a_served_party_in_the_possessive_is_a_customer(text: str) -> None:
    item = analyze_item(text)
    assert item.signals.customer and item.persona is not None, text


@pytest.mark.parametrize("text", [
    "Cut the build's runtime from 40 minutes to 12.",
    "I rewrote the service's retry logic, and error rates fell by 30%.",
    "Moved the team's stand-up to Tuesdays.",
])
def test_a_possessive_of_something_else_names_no_customer(text: str) -> None:
    assert not analyze_item(text).signals.customer, text
