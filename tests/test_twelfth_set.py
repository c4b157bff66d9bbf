"""Categories a twelfth blind set showed (docs/accuracy.md, "The twelfth blind set: item signals, by
category"): parties read as served that are not, each with sentences of our own that should and
should not name a served party."""

from __future__ import annotations

import pytest

from item_reads import party
from packetcoach.api import analyze_item


@pytest.mark.parametrize("text", [
    # the people a writer hired or coached, with words between the verb and them
    "Hired our first pricing data scientist and coached her to own the discount model, which lifted margin 2%.",
    "I hired and coached three claims-ops analysts; one now runs the weekly triage I used to run, saving me a day.",
    "Mentoring our two new finance analysts, I cut the month-end close from 9 days to 6.",
    "We hired four contractors to clear the listing backlog in a month.",
    "Coached two of our curriculum specialists into product roles; one now owns the quiz roadmap.",
    # job candidates, in an item that hires or promotes
    "I passed on two outside candidates to promote our support lead, who then cut refund contacts by 30%.",
    "Raised the hiring bar with a written exercise; we turned away three candidates who interviewed well.",
    # the writer renewing a deal, told after "and" in a bullet that opens with the writer's verb
    "Owned the outage in writing, set up a weekly review with the studio, and renewed the content deal for 2 years.",
    "We kept the old payroll vendor through the move and renewed its licence for 1 year.",
    # competitors named as such
    "Agreed a shared charging plug with two rival scooter makers; 40% more trips now end at a dock.",
    "Published the booking format so competing ticket resellers could read it; 3 adopted it in a month.",
    # things with a person-like ending
    "Pitched paying in monthly instalments; instalments now fund 1 in 3 new kitchens.",
    "Split the order in two so shipments now arrive in 2 days instead of 5.",
])
def test_not_a_served_party(text: str) -> None:
    assert party(text) is None


@pytest.mark.parametrize(("text", "named"), [
    # a party served after a hiring verb, past a preposition: the reach stops there
    ("Hired a contractor to rebuild the export for finance analysts, cutting their close from 9 days to 6.",
     "finance analysts"),
    # candidates served by a product, in an item that hires nobody
    ("Launched self-serve rescheduling for candidates, which cut interview no-shows by 30%.", "candidates"),
    # analysts served, no verb of hiring before them
    ("Moved the month-end checks into one screen; finance analysts now close in 6 days instead of 9.",
     "finance analysts"),
    # a customer that renewed, told after "and" in a sentence with a subject of its own
    ("I offered the old model at cost during the delay. They kept their whole order and renewed the supply "
     "agreement for 2 years.", "They"),
    # makers that are not named as rivals stay served
    ("Opened the recipe format to appliance makers; 12 makers now ship it, and app cooks rose 30%.", "makers"),
    # rival appliance makers' loss is no party of ours, the patients still are
    ("Set up a call-back line for rural patients; transfers to rival pharmacies fell 28%.", "rural patients"),
])
def test_still_a_served_party(text: str, named: str) -> None:
    assert party(text) == named


def _signals(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals


@pytest.mark.parametrize("text", [
    # a rate people feel, moved by an amount, then the party that felt it
    "I rewrote the routing rules; booking errors fell by 30% for first-time renters.",
    "Cut payout failures by 12% for small landlords by retrying on the next business day.",
])
def test_a_felt_rate_past_its_amount_is_the_partys(text: str) -> None:
    signals = _signals(text)
    assert signals.business_outcome and not signals.technical_metric_only


@pytest.mark.parametrize("text", [
    # no party after the amount: the service's own errors stay engineering
    "Cut checkout-service errors by 30% by adding a retry to the payment client.",
    # the party far from the measure, in another clause, is not read as who felt it
    "Cut nightly build failures by 30% in March with a retry step, well before landlords saw the portal.",
])
def test_a_felt_rate_without_its_party_stays_technical(text: str) -> None:
    signals = _signals(text)
    assert not signals.business_outcome


@pytest.mark.parametrize("text", [
    "I learned more about grain haulage from a month in the depot than from a year of reports.",
    "After 20 shifts on the shop floor I know less about our dashboards and more about the packers.",
])
def test_more_about_is_what_was_known_not_a_result(text: str) -> None:
    assert not _signals(text).business_outcome


@pytest.mark.parametrize("text", [
    "Moved the depot to one shift; hauliers now wait 20 minutes less at the gate.",
    "Shoppers bought more after the bundle test: basket size rose 6%.",
])
def test_more_or_less_as_a_change_stays_a_result(text: str) -> None:
    assert _signals(text).business_outcome
