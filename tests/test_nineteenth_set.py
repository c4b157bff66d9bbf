"""What the nineteenth blind set taught, category by category, each tried on sentences of our own
that should fire and sentences that should not (docs/accuracy.md, "The nineteenth blind set: item
signals, by category")."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    """The one item a sentence makes."""
    found = analyze_item(text)
    assert found is not None, text
    return found


@pytest.mark.parametrize("text", [
    # a source of data named after the people it comes from: they are not whom the work served
    "Matched rider GPS pings against the pickup log and found 12% of pickups started at the wrong gate.",
    "Named the late seller feed as the cause of the stale prices and moved the refresh to hourly.",
    "Compared driver traces with the planned routes and cut the route plan to 40 stops.",
])
def test_a_data_source_named_after_people_is_no_served_party(text: str) -> None:
    item = read(text)
    assert not item.signals.customer
    assert not item.ready


@pytest.mark.parametrize("text", [
    # the same people as the ones a change reached
    "Cut wait at the pickup gate for riders from 9 minutes to 4 by moving the pin.",
    "Told 300 sellers a day ahead that the feed would be late, and no seller filed a claim.",
    "Drivers now see the gate code before arrival, and failed drops fell 30%.",
])
def test_the_people_themselves_are_still_served(text: str) -> None:
    assert read(text).signals.customer


@pytest.mark.parametrize("text, verb", [
    # a result told with no verb, then the writer's part after a role label
    ("Outcome: repeat orders up from 22% to 31%. My role: I redesigned the reorder button.", "redesign"),
    ("Outcome: late invoices down 40%. My part: wrote the dunning rules and chose the send times.", "write"),
    ("Project: seat swaps. Outcome: swap requests down from 900 to 200 a week. My role: cut the form"
     " to one field.", "cut"),
])
def test_the_writer_s_part_after_a_verbless_result_is_the_action(text: str, verb: str) -> None:
    assert read(text).action.verb == verb


@pytest.mark.parametrize("text, verb", [
    # the result has its own verb: it leads, as the writers label it
    ("Outcome: repeat orders rose from 22% to 31%. My role: I redesigned the reorder button.", "rise"),
    # no role label: the next sentence is a sentence of its own
    ("Repeat orders up from 22% to 31%. I redesigned the reorder button.", None),
])
def test_a_result_with_its_own_verb_or_no_role_label_is_unchanged(text: str, verb: str | None) -> None:
    assert read(text).action.verb == verb


@pytest.mark.parametrize("text", [
    # a plan kept to, with no figure, is how the work went: no result
    "Shipped the new checkout on time and within budget, thanks to great teamwork.",
    "My team delivered the partner API under budget.",
])
def test_a_plan_kept_to_is_no_business_result(text: str) -> None:
    assert not read(text).signals.business_outcome


@pytest.mark.parametrize("text", [
    # a budget that moved, or money saved against it, is still a result
    "Cut the marketing budget by a third and kept sign-ups flat.",
    "Delivered the migration $200K under budget by reusing the old cluster.",
])
def test_a_budget_that_moved_is_still_a_result(text: str) -> None:
    assert read(text).signals.business_outcome


def test_the_products_the_writer_holds_are_scope() -> None:
    assert read("My products are the returns portal and the courier app, used in 40 cities.").kind == "scope"


def test_what_the_writer_s_products_did_is_a_claim() -> None:
    assert read("I rebuilt my products' sign-up flow and cut drop-off from 40% to 22%.").kind == "claim"


@pytest.mark.parametrize("text", [
    # acting before a review, or the whole answer, was in
    "Paused the new refund rule before the root-cause review when I saw wrongful declines double; complaints fell 60% that week.",
    "Switched on the backup carrier for two cities before the full cost study, and late parcels fell from 9% to 3%.",
    "Turned off the promo banner before finance finished its review, and chargebacks fell by half the same month.",
])
def test_acting_before_the_review_is_bias_for_action(text: str) -> None:
    assert "bias-for-action" in read(text).principles


def test_a_review_held_first_is_no_bias_for_action() -> None:
    item = read("Ran the full review with finance first, then cut the fee from 4% to 3%; sign-ups rose 12%.")
    assert "bias-for-action" not in item.principles


def test_a_party_s_own_feed_still_names_the_party() -> None:
    assert read("Rebuilt each buyer's feed around items in stock, and orders from the feed rose 9%.").signals.customer


@pytest.mark.parametrize("text", [
    # what a person the writer hired, coached or promoted now holds: a remit, no result
    "Coached Marta through her first launch; she now leads the intake calls for 60 new clinics a month without me.",
    "Trained our first field analyst on the pricing model; he now prices 80% of new contracts, freeing me for the launch.",
    "Built a rotation for our support engineers; two of them now own the alerts that 300 stores rely on.",
])
def test_a_remit_taken_on_is_no_business_result(text: str) -> None:
    item = read(text)
    assert not item.signals.business_outcome
    assert not item.ready


@pytest.mark.parametrize("text", [
    # a result the person then reached is still one
    "Coached our newest analyst through two launches; she now runs returns scheduling and cut missed pickups from 9% to 4%.",
    # a product that now does more for more people is a change
    "Opened the booking page to every gym, and members now book 30% more classes.",
])
def test_a_result_after_the_remit_is_still_one(text: str) -> None:
    assert read(text).signals.business_outcome


def test_promoting_someone_is_a_neutral_verb() -> None:
    item = read("Promoted my strongest analyst to PM after she ran the pricing pilot alone.")
    assert (item.action.verb, item.action.verb_class) == ("promote", "neutral")


@pytest.mark.parametrize("text, technical", [
    # "runs" before what is run is a verb; "runs" counted is the pipeline's
    ("Set up a rotation so each of our three ops leads runs one launch end to end.", False),
    ("Cut nightly pipeline runs from 40 a day to 12.", True),
])
def test_runs_as_a_verb_is_no_pipeline_count(text: str, technical: bool) -> None:
    assert read(text).signals.technical_metric_only is technical
