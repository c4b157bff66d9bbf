"""The packet's stopped, started and ready lists on five categories of text: a stop proposed by
someone else and refused, a closing summary that tells the year again, a start named inside a level
claim or with no thing begun, a harm stopped for a served party, and stops and served parties told in
words the lists lacked (docs/accuracy.md, "The lists on a fifth blind set, by category")."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from item_reads import facts
from packetcoach.api import analyze_item


# A stop someone else proposed, refused by the writer, is a thing kept: no stop of the writer's.
@pytest.mark.parametrize("text", [
    "When finance proposed cutting the student pass to protect margins, I refused and showed that most buyers came back.",
    "When the ops director proposed shutting down the night desk, I refused and took the call data to the COO.",
    "I turned down the CFO's request to kill the captioning track, and the track stayed.",
    "Our sales lead wanted to drop the small-farm tier; I said no and showed what those farms supplied.",
    "When marketing suggested ending the family discount, I declined and kept it for another season.",
])
def test_refusing_a_stop_someone_proposed_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


@pytest.mark.parametrize("text", [
    # a refusal of a request to build something is a stop (the writer chose not to build it)
    "I said no to the director's request for a partner portal.",
    "I turned down the sponsor's request to put betting offers in the kids' section.",
    # the writer stops something else after refusing
    "When finance proposed a cheaper courier, I refused and killed the kiosk pilot to fund the better one.",
    "I killed the loyalty wallet after finance proposed cutting its budget in half.",
])
def test_a_refusal_of_something_else_or_a_stop_after_it_still_counts(text: str) -> None:
    assert facts(text).stopped


SUMMARY_DRAFT = """# Self-assessment

## Payments

- Killed the cheque payout flow after only 2% of landlords used it, and moved its two engineers to instant payouts.
- Proposed instant payouts for landlords; 9,000 landlords switched in a quarter and payout complaints fell from 300 a month to 40.

## Summary

Taken together: landlords are paid the same day, payout complaints fell by more than 80%, and I stopped the work that was not paying back.

To restate the case, I proposed instant payouts and cut payout complaints from 300 a month to 40.
"""


def test_a_closing_summary_tells_again_what_was_counted_where_it_was_told() -> None:
    report = analyze(SUMMARY_DRAFT)
    summary = [i for i in report.items if i.section == "Summary"]
    assert len(summary) == 2 and all(i.kind == "context" for i in summary)
    assert not any(i.ready for i in summary)
    ids = {i.id for i in summary}
    assert not ids & set(report.reading.stopped_items)
    assert not ids & set(report.reading.initiated_items)
    told = [i for i in report.items if i.section == "Payments"]
    assert told[0].id in report.reading.stopped_items and told[1].id in report.reading.initiated_items


def test_a_summary_without_an_opener_that_tells_it_again_is_still_a_claim() -> None:
    """An opening summary often carries the draft's strongest outcome: it is read as a claim."""
    text = ("# Self-assessment\n\n## Summary\n\nI moved 9,000 landlords to instant payouts, and payout "
            "complaints fell from 300 a month to 40.\n")
    item = analyze(text).items[0]
    assert item.kind == "claim" and item.ready


def test_a_summary_opener_outside_a_summary_section_does_not_make_context() -> None:
    text = ("# Self-assessment\n\n## Payments\n\nTaken together with the fee change, I moved 9,000 landlords to "
            "instant payouts, and payout complaints fell from 300 a month to 40.\n")
    assert analyze(text).items[0].kind == "claim"


# A start named inside a level claim is the claim's proof, told as its own story elsewhere; a start
# of doing ("starting to operate"), a start named but not told ("everything I started") and a stop
# proposed ("proposed pausing") begin no project.
@pytest.mark.parametrize("text", [
    "I already work at L6: the instant-payout programme I pitched now pays 85,000 landlords the next day.",
    "I am recommending Ama for promotion to L6. She pitched and launched the ad-supported tier.",
    "I think I am starting to operate at the next level, mostly through the payouts work.",
    "Not everything I started deserved to continue. I killed the streaks feature in June.",
    "I proposed pausing the rewards card to fund the payouts work; the GM kept it.",
])
def test_no_project_started(text: str) -> None:
    assert not facts(text).initiated


@pytest.mark.parametrize("text", [
    "Pitched and launched the ad-supported tier at $5.99 a month.",
    "The duplicate-booking rule I proposed stopped 4,000 duplicate bookings this year.",
    "Proposed letting tenants pay by bank transfer instead of card.",
    "Started a monthly council of 12 landlords that reviews every fee change.",
])
def test_a_project_started(text: str) -> None:
    assert facts(text).initiated


# A harm a served party suffers, stopped for them, is no judgment call about a project.
@pytest.mark.parametrize("text", [
    "When the heat wave hit, I stopped disconnections for households behind on their bills.",
    "I stopped the overcharges on split orders by fixing the rounding rule.",
    "Stopped the scammers draining gift-card balances with a one-time code.",
])
def test_a_harm_stopped_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


@pytest.mark.parametrize("text", [
    "Let go of the drone-scouting marketplace after two seasons and returned its budget.",
    "I let go of the kiosk pilot after six weeks.",
    "Stopped investing in the desktop app once 90% of orders came from phones.",
])
def test_a_stop_told_in_other_words(text: str) -> None:
    assert facts(text).stopped


@pytest.mark.parametrize("text", [
    "Let the team pick the launch date.",
    "I let the vendor keep the contract for one more year.",
])
def test_let_alone_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


# Served parties of farming, sport and live events.
@pytest.mark.parametrize("text", [
    "Launched price alerts by text; 11,000 growers signed up in the first season and grower churn fell from 12% to 5%.",
    "Moved the club to mobile tickets, and gate-scan failures for season-ticket holders fell from 7% to 1%.",
])
def test_growers_and_ticket_holders_are_served(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.signals.customer and item.ready


def test_a_grower_advisory_board_held_is_still_activity() -> None:
    item = analyze_item("Ran 6 grower advisory boards with 400 growers across 4 states.")
    assert item is not None and not item.ready
