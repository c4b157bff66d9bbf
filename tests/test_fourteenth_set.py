"""Categories a fourteenth blind set showed (docs/accuracy.md, "The fourteenth blind set: item signals,
by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from item_reads import party
from packetcoach.api import analyze_item


@pytest.mark.parametrize("text", [
    # a working document the people named keep: they are collaborators, not the people served
    "Traced the late pallets to one missing scan and added that scan to the pickers' checklist; "
    "late pallets fell by 30% a month.",
    "Had I read the tax rules myself instead of relying on the consultant's summary, we would not have "
    "refiled 200 returns; I now read every new rule before sign-off.",
    "Rewrote the dispatchers' runbook for storm days and cut overtime spend by $80,000 this winter.",
    "Added the refund rule to the agents' playbook, and refund errors fell from 9% to 3%.",
])
def test_a_party_keeping_a_working_document_is_not_served(text: str) -> None:
    assert party(text) is None


@pytest.mark.parametrize("text,named", [
    # the same people, served: the work changed something for them, not a document they keep
    ("Cut the time drivers spend on the delivery checklist from 6 minutes to 2, and on-time drops rose 5%.",
     "drivers"),
    ("Gave dispatchers a live map of storm outages, and their call backlog fell by 40%.", "dispatchers"),
    ("Moved the tenants' data into one account page, so tenants now renew in two minutes.", "tenants"),
    ("Sent shoppers a weekly summary of their savings; repeat orders rose 12%.", "shoppers"),
])
def test_a_party_served_is_still_named(text: str, named: str) -> None:
    assert party(text) == named


def test_the_same_item_reads_the_same_in_a_session() -> None:
    from packetcoach import Session
    text = "Added the refund rule to the agents' playbook, and refund errors fell from 9% to 3%."
    item = analyze_item(text)
    assert item is not None and item.persona is None
    assert Session().analyze(text).items[0].signals == item.signals


def _principles(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return tuple(item.principles)


@pytest.mark.parametrize("text", [
    # a spend turned down or avoided, told with its sum, is Frugality's evidence
    "Passed on a $90,000 survey vendor and ran the dealer research on the form tool we already pay for; "
    "240 dealers answered in two weeks.",
    "Turned down the £300,000 budget for a new search engine and reused the help-centre tags on the home "
    "page; searches that found an answer rose 22%.",
    "Piloted returns labels on 50 stores with the printers they already had instead of the $75,000 kiosk "
    "rollout, and refunds were issued 2 days sooner.",
])
def test_a_spend_declined_with_its_sum_is_frugality(text: str) -> None:
    assert "frugality" in _principles(text)


@pytest.mark.parametrize("text", [
    # money offered to the company and turned down is no spend avoided
    "Turned down a $1M sponsorship from a betting firm that wanted its logo on our youth app, and kept "
    "the app ad-free for 80,000 families.",
    "I turned down a one-time $3M rebate from our biggest supplier that would have tied all our volume "
    "to them for two years.",
    # a sum with no spend declined
    "Raised renewals for clinic admins from 71% to 80%, worth $400,000 a year.",
])
def test_money_turned_down_or_earned_is_not_a_spend_declined(text: str) -> None:
    assert "frugality" not in _principles(text)
