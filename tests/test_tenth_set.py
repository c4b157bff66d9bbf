"""Categories a tenth blind set showed (docs/accuracy.md, "The tenth blind set, by category"), each with
sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from packetcoach.api import analyze_item


def _read(text: str):
    item = analyze_item(text)
    assert item is not None
    return item


@pytest.mark.parametrize("text", [
    "The committee may say the lift came from the spring sale. It did not: stores without the sale rose as much.",
    "The room might say the churn drop was seasonal; last winter's churn rose 2 points over the same weeks.",
    "Expect the question of whether the discount cost us margin. It did, by half a point, and we chose that.",
])
def test_an_objection_the_room_is_expected_to_say_is_an_objection(text: str) -> None:
    item = _read(text)
    assert item.kind == "objection" and not item.ready


@pytest.mark.parametrize("text", [
    "Sellers may say it out loud now: I cut the listing fee to 4%, and listings from small sellers rose 19%.",
    "Expected the question from finance and answered it: I cut refund costs for buyers 12% by dropping the paper form.",
])
def test_a_claim_that_only_mentions_saying_stays_a_claim(text: str) -> None:
    assert _read(text).kind == "claim"


@pytest.mark.parametrize("text", [
    "I was wrong to launch the bundle in three sizes; buyers took the smallest 85% of the time, and I cut it to one.",
    "I was wrong about the kiosk: I backed it for a quarter and fewer than 2% of guests ever used it.",
])
def test_a_mistake_owned_as_wrong_is_a_lesson(text: str) -> None:
    item = _read(text)
    assert item.kind == "lesson" and not item.ready


def test_someone_else_being_wrong_is_no_lesson() -> None:
    item = _read("Finance said I was wrong; I raised renewals for small clinics from 71% to 84% by pricing per seat.")
    assert item.kind == "claim"


@pytest.mark.parametrize("text", [
    "Goal for 2027: cut onboarding time for new sellers from 9 days to 2.",
    "Target for next half: raise repeat orders from small cafes by 10%.",
])
def test_a_goal_named_as_the_label_is_a_plan(text: str) -> None:
    item = _read(text)
    assert item.kind == "plan" and not item.ready


def test_a_goal_met_is_a_result() -> None:
    item = _read("Beat our goal for Q3: I cut onboarding time for new sellers from 9 days to 2.")
    assert item.kind == "claim" and item.ready


@pytest.mark.parametrize("text", [
    "Three engineering teams build from my checkout roadmap, which serves 4M shoppers a month.",
    "Two data teams and the billing group build against my pricing plan.",
])
def test_teams_building_from_the_writer_s_plan_state_a_remit(text: str) -> None:
    assert _read(text).kind == "scope"


def test_building_from_a_plan_of_one_s_own_team_is_a_deed() -> None:
    item = _read("I built the returns dashboard from my own notes and cut refund contacts from buyers 30%.")
    assert item.kind == "claim"


def test_an_objection_that_opens_with_the_room_saying_makes_an_objections_section() -> None:
    text = ("# Self-assessment\n\n## Results\n\n- Cut refund time for buyers from 9 days to 2 by dropping the"
            " manual check.\n\n## What is left\n\nThe room may say the drop came from the new warehouse. It"
            " opened in only one of our four regions, and the other three saw the same drop.\n")
    assert analyze(text, profile="amazon-pm", level="L6").reading.objections_section


@pytest.mark.parametrize("text", [
    "The billing team rebuilt the invoice screen, and disputes from small clinics fell 40%; my contribution was the "
    "one-line rule for which charges to show.",
    "Claims handling time for pet owners fell from 12 days to 4. My part was the case to the claims director for "
    "paying small claims without review.",
    # a decision named as the writer's part is a noun phrase too (the twenty-ninth set's round)
    "The claims team did the work; my contribution was the decision to pay small claims without review, and "
    "handling time for pet owners fell from 12 days to 4.",
])
def test_the_writer_s_part_named_as_a_thing_is_no_action(text: str) -> None:
    item = _read(text)
    assert not item.signals.own_action and not item.ready


@pytest.mark.parametrize("text", [
    "Claims handling time for pet owners fell from 12 days to 4; my part was convincing the claims director to pay "
    "small claims without review.",
    "The claims team did the work; I made the decision to pay small claims without review, and handling time for "
    "pet owners fell from 12 days to 4.",
])
def test_the_writer_s_part_told_as_a_deed_or_a_decision_is_an_action(text: str) -> None:
    assert _read(text).signals.own_action


def _supported(leader: str) -> str | None:
    text = ("# Self-assessment\n\n## Results\n\n"
            "- Cut refund time for buyers from 9 days to 2 across teams I do not manage, by dropping the manual check.\n"
            f"- Convinced {leader} to drop the phone-only return, and return requests from buyers now close in 2 days "
            "instead of 9.\n")
    # read as asking L7: L6 below the ask needs both its scope (above) and the leader's influence
    return analyze(text, profile="amazon-pm", level="L7").reading.supported_level


@pytest.mark.parametrize("leader", ["our GM", "the two CFOs of our largest customers"])
def test_a_senior_leader_abbreviated_or_in_the_plural_shows_influence(leader: str) -> None:
    assert _supported(leader) == "L6"


def test_a_peer_persuaded_shows_no_senior_influence() -> None:
    assert _supported("our designer") == "L5"


def test_a_change_word_inside_a_technical_measure_s_name_is_no_customer_result() -> None:
    item = _read("Raised the cache hit rate from 60% to 90% for product images.")
    assert item.signals.technical_metric_only and not item.signals.business_outcome


def test_a_business_measure_with_a_change_word_in_its_name_stays_a_result() -> None:
    item = _read("Pushed the win rate from 20% to 31% for enterprise deals.")
    assert item.signals.business_outcome and not item.signals.technical_metric_only


def test_a_party_word_that_is_also_a_technical_measure_counts_people_when_it_is_the_party_served() -> None:
    item = _read("Opened the paid plan to independent radio hosts; paying hosts grew from 200 to 9,000 in six months.")
    assert item.signals.business_outcome and not item.signals.technical_metric_only


def test_hosts_beside_other_technical_measures_stay_machines() -> None:
    item = _read("Cut the number of hosts from 400 to 120 by moving the batch jobs to one cluster.")
    assert not item.signals.business_outcome and item.signals.technical_metric_only


def test_a_count_after_a_stop_that_opens_the_bullet_is_its_reason() -> None:
    item = _read("Stopped the kiosk pilot after 40 guests used it in its first month.")
    assert not item.signals.business_outcome and not item.ready


def test_a_result_told_after_the_stop_s_reason_still_counts() -> None:
    item = _read("Stopped the kiosk pilot after 40 guests used it in its first month; the freed budget cut "
                 "check-in waits for guests from 9 minutes to 4.")
    assert item.signals.business_outcome and item.ready


def test_a_counted_party_using_again_what_it_came_for_is_a_result() -> None:
    item = _read("Turned on text reminders for one clinic the day the phone line failed; 9,000 patients refilled "
                 "their prescriptions on time that month.")
    assert item.signals.business_outcome and item.ready


def test_a_party_that_refilled_in_a_relative_clause_is_only_who_was_reached() -> None:
    item = _read("Sent refill reminders by text to 9,000 patients who had refilled late the year before.")
    assert not item.signals.business_outcome and not item.ready
