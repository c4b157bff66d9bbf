"""Item slots and signals on the hard cases of SPEC 2.3."""

from __future__ import annotations

import pytest

from packetcoach import analyze_item


def signals(text: str) -> dict[str, bool]:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals.as_dict()


@pytest.mark.parametrize("text", [
    "Built consensus across three orgs to retire the legacy returns portal.",
    "Built the business case for a seller financing pilot.",
    "Developed a relationship with the largest grocery suppliers.",
    "Led the design review for the new checkout page.",
])
def test_engineering_words_in_other_senses_are_not_technical(text: str) -> None:
    assert not signals(text)["technical_lead"]


@pytest.mark.parametrize("text", [
    "Built a new caching layer for the catalog service.",
    "Migrated the seller onboarding flow to the new identity service.",
    "We refactored the pricing engine for Prime members.",
    "I implemented retries in the payment client.",
])
def test_engineering_verbs_lead(text: str) -> None:
    assert signals(text)["technical_lead"]


@pytest.mark.parametrize("text", [
    "Launched v2 of the seller API in Q3 2025.",
    "Promoted to L6 in 2024 after the Tier 1 launch.",
    "Took over the Echo Show 8 onboarding flow in H2.",
])
def test_years_quarters_levels_versions_are_not_metrics(text: str) -> None:
    assert not signals(text)["metric"]


@pytest.mark.parametrize("text,expected", [
    ("Doubled repeat purchases among new Prime members.", "Doubled"),
    ("Cut refund time for support agents by a third.", "by a third"),
    ("Grew the seller base tenfold.", "tenfold"),
    ("Saved sellers $1.8M in fees.", "$1.8M"),
    ("Raised checkout completion from 71% to 89%.", "from 71% to 89%"),
])
def test_amounts_currency_and_ranges_are_metrics(text: str, expected: str) -> None:
    item = analyze_item(text)
    assert item is not None
    assert expected in [m.text for m in item.metrics]


def test_we_is_not_own_action_but_i_in_the_same_item_is() -> None:
    assert not signals("We launched the returns portal for Prime members.")["own_action"]
    assert signals("We launched the wallet after I convinced the VP to drop the card-only rule.")["own_action"]


def test_technical_detail_serving_a_product_outcome_is_ready() -> None:
    text = ("Used my engineering background to trace checkout failures to payment timeouts, then convinced "
            "the payments team to fix them; abandoned carts fell 18% for mobile shoppers.")
    s = signals(text)
    assert s["business_outcome"] and s["customer"] and s["own_action"]
    assert not s["technical_metric_only"]


def test_two_sentence_item_is_judged_as_one() -> None:
    item = analyze_item("Convinced the VP to drop manual review for trusted sellers. Payout delays fell from 5 days to 1.")
    assert item is not None and item.ready and len(item.sentences) == 2


def test_collaborator_team_is_not_a_customer() -> None:
    assert not signals("Partnered with the finance team to launch the new wallet.")["customer"]
    assert signals("Saved 120 support agents 3 hours a week by killing the manual refund queue.")["customer"]


def test_business_word_that_is_not_a_result() -> None:
    assert not signals("Presented the revenue forecast to the VP.")["business_outcome"]
    assert not signals("Owned the churn dashboard for the seller org.")["business_outcome"]
    assert signals("Cut seller churn from 9% to 6% by removing the listing fee.")["business_outcome"]


def test_activity_only_and_decision() -> None:
    assert signals("Held 40 customer interviews with sellers.")["activity_only"]
    assert not signals("Held 40 interviews with sellers, which led me to kill the bulk-upload redesign.")["activity_only"]


@pytest.mark.parametrize("text", [
    "We built rapport with the agencies through regular syncs.",
    "Took over the weekly business review for the payments org.",
    "Did a deep dive on subscription churn with the data team.",
    "We think big about where grocery delivery goes next.",
    "Showed a strong sense of ownership across the loyalty programme this year.",
    "Brought a bias for action to the onboarding squad.",
    "Earned the trust of the new head of sales in our weekly one-to-ones.",
    "Took ownership of the pricing deck for the quarterly leadership meeting.",
])
def test_routine_process_and_slogans_are_activity_only(text: str) -> None:
    assert signals(text)["activity_only"]


@pytest.mark.parametrize("text", [
    "Regular syncs with the carriers cut late pickups by 20%.",
    "Did a deep dive on churn and found one billing bug behind 40% of cancellations; fixing it cut churn 12%.",
    "Refused the director's request to skip the quarterly review for the launch.",
    "I turned down the sales team's ask to add a weekly review of every discount.",
    "Took ownership of the refunds queue nobody owned and cut refund errors by 40% for 2M shoppers.",
    "Raised the bar on launch quality: I blocked two launches until crash-free sessions passed 99.5%.",
])
def test_a_result_or_a_refusal_is_more_than_activity(text: str) -> None:
    assert not signals(text)["activity_only"]


@pytest.mark.parametrize("text,expected", [
    ("Led a working group of four teams to standardize the returns reason codes.", True),
    ("Partnered with two hospital groups to validate the discharge checklist.", True),
    ("Worked with legal and the seller teams to align on next year's fraud roadmap.", True),
    ("Led four teams to launch the returns portal in Spain.", False),
    ("Partnered with the payments team to add bank transfers at checkout.", False),
])
def test_what_effort_was_for_is_no_deed(text: str, expected: bool) -> None:
    assert signals(text)["activity_only"] is expected


def test_a_change_told_in_the_ing_form_is_a_result() -> None:
    assert signals("Fixed the pricing bug in the hotel portal ourselves, recovering about $40K a week in bookings.")[
        "business_outcome"]


def test_cliche_and_hedge() -> None:
    assert signals("Worked closely with the payments team on the wallet.")["cliche"]
    assert signals("I think the new flow helped sellers list faster.")["hedge"]
    assert not signals("Convinced the payments team to launch the wallet for sellers.")["hedge"]


@pytest.mark.parametrize("text,cliche", [
    ("I thrive in a dynamic environment and shipped the wallet for sellers.", True),
    ("Led a highly dynamic team through the wallet launch for sellers.", True),
    ("I chose dynamic pricing for the 4,000 cheapest seats; attendance rose from 61% to 84%.", False),
    ("Moved seller fees to dynamic routing across two payment providers.", False),
])
def test_dynamic_is_filler_about_the_writer_not_in_a_product_s_name(text: str, cliche: bool) -> None:
    assert signals(text)["cliche"] is cliche


@pytest.mark.parametrize("text,principle", [
    ("Declined the CFO's request to raise the approval limit to $10,000 after showing that larger loans "
     "defaulted at twice the rate; losses stayed under 1%.", "have-backbone"),
    ("Retired 3,000 hand-written routing rules in favour of one ranking score, cutting misrouted tickets "
     "for support agents from 12% to 4%.", "invent-and-simplify"),
    ("My first proposal for a bulk-edit tool was rejected by the director; I came back a quarter later "
     "with a smaller pilot, and 400 landlords used it in the first month.", "have-backbone"),
    ("Hired two PMs and coached one through her first launch; she now owns the renewals roadmap.",
     "hire-and-develop-the-best"),
])
def test_principles_by_the_evidence_each_needs(text: str, principle: str) -> None:
    item = analyze_item(text)
    assert item is not None and principle in item.principles
    assert item.principles[0] == principle  # the specific principle is the primary one


@pytest.mark.parametrize("text,principle", [
    ("Built a data pipeline against the old warehouse to load renewal events.", "have-backbone"),
    ('My manager said I should "take more ownership of the roadmap", so I now run the weekly review.', "ownership"),
    ("Answered a number of questions from the sales team about the new pricing page.", "deliver-results"),
])
def test_a_keyword_is_not_a_principle(text: str, principle: str) -> None:
    item = analyze_item(text)
    assert item is not None and principle not in item.principles


@pytest.mark.parametrize("text,own", [
    ("I own checkout for 5M monthly buyers.", False),
    ("I lead three PMs and set direction for the seller lending product.", False),
    ("I took over checkout in March and cut failed payments for 5M buyers by 12%.", True),
])
def test_a_remit_held_is_not_an_action_of_the_writer_s(text: str, own: bool) -> None:
    """Scope states what the writer holds, not what they did (docs/labelling-guide.md)."""
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    assert (item.kind == "scope") is not own and item.signals.own_action is own


def test_signals_for_each_kind_keep_what_the_kind_allows() -> None:
    """Every combination of signals, for every kind: a claim takes its effort reading, a lesson or an
    answered objection keeps its result, a scope statement is no deed of the writer's, and any other
    kind offers no result; built from the fields, they equal the named tuple's own replacement."""
    from itertools import product

    from packetcoach.analysis.annotate import _for_kind
    from packetcoach.core.model import Signals

    for values in product((False, True), repeat=len(Signals._fields)):
        signals = Signals(*values)
        for kind, effort in product(("claim", "context", "scope", "plan", "lesson", "objection"), (False, True)):
            if kind == "claim":
                expected = signals._replace(activity_only=effort)
            elif kind in ("lesson", "objection"):
                expected = signals._replace(technical_metric_only=False)
            elif kind == "scope":
                expected = signals._replace(business_outcome=False, technical_metric_only=False, own_action=False)
            else:
                expected = signals._replace(business_outcome=False, technical_metric_only=False)
            found = _for_kind(signals, kind, effort)
            assert type(found) is Signals and found == expected, (kind, effort, values)
