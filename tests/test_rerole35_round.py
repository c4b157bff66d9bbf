"""The rerole round: the writer doing engineering work told in more of its forms (docs/accuracy.md,
"Engineering work: one change under review, a habit told with "still", and the on-call people").
Text in our own words.

A hands-on verb of the writer's own with one change of the system under review ("reviewed every pull
request", "review the firmware changes", "reviewed every schema change") is the old job; so is a
hands-on verb right after the writer's "I ... still", whichever verb the sentence's action is read
as. The engineers, team or channel on call are someone else's duty, never the writer's."""

from __future__ import annotations

import pytest

from packetcoach import analyze_item
from packetcoach.api import check_item


def work(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None and item.facts is not None
    return item.facts.engineering_work


def quoted(text: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in check_item(text)[1] if f.name == "engineering-work"]


@pytest.mark.parametrize(("text", "quote"), [
    ("Reviewed every pull request on the loyalty app for a month to learn the codebase.",
     "Reviewed every pull request"),
    ("I reviewed the merge request that changed the late-fee rounding and caught an off-by-one.",
     "reviewed the merge request"),
    ("Reviewed every schema change to the booking tables before each release.", "Reviewed every schema change"),
    ("I still review every config change to the payment gateway myself.", "review every config change"),
])
def test_one_change_under_review_is_engineering_work(text: str, quote: str) -> None:
    assert work(text), text
    assert quoted(text) == [quote]


@pytest.mark.parametrize("text", [
    "As a former embedded engineer I sometimes still review the pump firmware changes myself, which I know I should hand over.",
    "As an ex-SRE I still read the service logs every morning, which I know the team could do without me.",
])
def test_a_habit_told_with_still_is_the_writers_whatever_the_action(text: str) -> None:
    assert work(text), text
    assert "PC114" in {f.rule for f in check_item(text)[1]}


@pytest.mark.parametrize("text", [
    "Reviewed the pricing change with finance and cut the intro discount to 10%.",
    "Reviewed the contract change with legal and dropped the auto-renewal clause, which 300 renters had disputed.",
    "Reviewed the checkout design change with 12 customers and cut the form from 9 fields to 4.",
    "The platform team still reviews every pull request, which I know slows the launch down.",
    "Wrote the spec for the renewal reminder and the SQL for its analysis; renewals rose from 61% to 70%.",
])
def test_pm_work_and_the_teams_reviews_are_no_engineering_work(text: str) -> None:
    """A PM's review of a price, a contract or a design, a spec and an analysis's SQL, and the team's
    own reviews: no engineering work of the writer's."""
    assert not work(text), text


@pytest.mark.parametrize("text", [
    "Ran a tabletop exercise for the spring peak with support, legal and the on-call engineers.",
    "Raised checkout latency regressions with the on-call engineer every morning during the sale.",
    "Ran the fire drill for the data centre with the on-call team and the facilities manager.",
])
def test_the_people_on_call_are_not_the_writer_on_call(text: str) -> None:
    assert not work(text), text


@pytest.mark.parametrize("text", [
    "Joined the on-call rotation for the billing services to learn how they fail.",
    "Stayed in the on-call rotation for the ad cluster through the holiday peak.",
])
def test_the_writer_on_call_still_is(text: str) -> None:
    assert work(text), text


@pytest.mark.parametrize(("text", "fires"), [
    ("Wrote the migration checklist for the two depots moving onto the new rota system.", False),
    ("Wrote and kept up the migration guide for the sellers leaving the old listing API.", False),
    ("Wrote the migration scripts for the ledger tables over two nights.", True),
])
def test_a_migrations_document_is_the_pms(text: str, fires: bool) -> None:
    """A checklist or a guide for a migration is the PM's document, as its plan is; its scripts are code."""
    assert bool(work(text)) is fires, text
