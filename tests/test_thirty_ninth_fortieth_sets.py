"""The thirty-ninth and fortieth blind sets: item signals, by category (docs/accuracy.md, "The
thirty-ninth and fortieth blind sets: item signals, by category"): each category with sentences of
our own that should and should not fire."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item


@pytest.mark.parametrize("text", [
    # people a booking, trade or sport product serves, named by what they do or are to it
    "Cut the quote form to four fields after riding along with piano tuners on their Monday rounds.",
    "Moved fittings online, and the share of brides who finished every fitting on time rose to 90%.",
    "Opened two more evening lanes, and lap swimmers booked 2,100 sessions a month.",
    "Added a starter-kit guide, and returns from first-year beekeepers fell by a third.",
    "I manage public sessions at three rinks for about 60,000 skaters a year.",
    "By spring I aim to let regular hirers book a whole term of slots at once.",
    "Paid narrators within a week of approval, and narrators who quit fell from 30 a month to 8.",
    "Sent appointment reminders by text, and missed visits by outpatients fell 18%.",
    "Let university labs order straight from the catalogue, and their repeat orders rose 27%.",
])
def test_a_served_party_named_by_what_it_does_is_a_customer(text: str) -> None:
    assert read(text).signals.customer


@pytest.mark.parametrize("text", [
    # a fund named after its party is a budget, not whom the work served
    "Secured £200K from the regional customer fund to extend the pilot to 12 more depots.",
    "Next quarter I will propose pausing the creator fund unless the numbers change.",
    # a lab alone may be the writer's own site
    "In the first half I will retire the paper form in the remaining four labs.",
])
def test_a_fund_or_a_site_named_after_a_party_is_no_customer(text: str) -> None:
    assert not read(text).signals.customer


@pytest.mark.parametrize("text", [
    # a wish for a state, with no "to" in its clause: no deed of the writer's
    "By June I want the average refund wait under two days in every region.",
    "By the end of next year I want every contract priced per delivery rather than per van.",
    "In the first half of next year I want online rebooking live at all 30 branches.",
    "Over the next two years I want permit decisions in under ten days for every district.",
])
def test_a_wished_state_states_no_action_of_the_writers(text: str) -> None:
    assert not read(text).signals.own_action


@pytest.mark.parametrize("text", [
    # a wish to do something is the writer's plan of a deed
    "Next year I want to take the reminder service to the two northern regions.",
    "By the end of next year I want every new seller to reach a first sale inside 30 days.",
    # another's wish is no wish of the writer's: the writer's deed after it still counts
    "The board wanted a battery-swap feature. I chose not to build it and put the team on docks.",
])
def test_a_wish_to_act_or_anothers_wish_keeps_the_writers_action(text: str) -> None:
    assert read(text).signals.own_action


@pytest.mark.parametrize("text", [
    # many roles held, told in the cliché's words, with nothing done or changed
    "Wore many hats this year across billing, support and vendor sourcing, always as a team player.",
    "Wore many hats during the spring launch, from pricing to QA.",
])
def test_many_hats_worn_is_effort_only(text: str) -> None:
    assert read(text).signals.activity_only


@pytest.mark.parametrize("text", [
    # a result or another deed after the hats
    "Wore many hats during the launch and cut the refund backlog from 900 cases to 40.",
    # the served party wearing something is no effort of the writer's
    "Patients now wear the monitor for 14 days instead of 2.",
])
def test_hats_with_a_result_or_anothers_wearing_is_no_effort(text: str) -> None:
    assert not read(text).signals.activity_only


@pytest.mark.parametrize("text", [
    "Cut API response times for the booking page by 60% by adding a cache in front of the search service.",
    "Halved checkout response times by moving session lookups into memory.",
])
def test_response_times_are_a_technical_measure(text: str) -> None:
    signals = read(text).signals
    assert signals.technical_metric_only and not signals.business_outcome


def test_response_times_a_party_felt_are_told_with_the_party() -> None:
    # the list reads the measure; a business result beside it still counts
    signals = read("Cut response times for the quote page by 60%, and quote requests from roofers rose 18%.").signals
    assert signals.business_outcome and not signals.technical_metric_only


@pytest.mark.parametrize("text,activity", [
    # a delivery finished before its plan is a result, in the labelling guide's words
    ("Led the move of 40 depots' scanners to the new tracking platform in six weeks, a week ahead of plan.", False),
    ("Ran the migration of 12 branch tills to the new payment terminal, two weeks ahead of schedule.", False),
    # effort before an event is still effort
    ("Ran 12 customer interviews ahead of the pricing review.", True),
])
def test_a_delivery_ahead_of_plan_is_no_bare_effort(text: str, activity: bool) -> None:
    assert read(text).signals.activity_only is activity


@pytest.mark.parametrize("text", [
    # a party's business systems named after it
    "Integrated the ordering portal with four supplier ERPs, cutting order sync failures from 5% to 0.3%.",
    "Connected the menu system to the patient administration system so allergy flags load on admission.",
])
def test_a_partys_systems_name_no_served_party(text: str) -> None:
    assert not read(text).signals.customer


@pytest.mark.parametrize("text,customer", [
    # grooms read by their place in the sentence, as the people nouns are
    ("Rebuilt the offline log so grooms could record feeds in barns with no signal.", True),
    # the verb names no one
    ("The platform team grooms the backlog every Tuesday.", False),
    # hotel staff named by their post, as housekeeping supervisors are
    ("Moved laundry pickup to 6am, so housekeeping leads got clean linen by 8am instead of noon.", True),
])
def test_grooms_and_housekeeping_leads_are_served_staff(text: str, customer: bool) -> None:
    assert read(text).signals.customer is customer


@pytest.mark.parametrize("text", [
    "Next spring I will extend photo check-ins to the pool maintenance crews.",
    "When the card processor failed on the last day, I extended the deadline by 48 hours.",
])
def test_extend_is_the_writers_verb(text: str) -> None:
    item = read(text)
    assert item.action.verb == "extend" and item.action.verb_class == "neutral"
    assert item.signals.own_action


def test_extend_in_a_relative_clause_leaves_the_main_verb() -> None:
    item = read("I rewrote the lock firmware to poll GPS less often, which extended battery life from 9 days to 26.")
    assert item.action.verb == "rewrite"


@pytest.mark.parametrize("text,kind", [
    # the next step set as the label of its own line is a plan
    ("Next: Extend the reminder texts to the two other regions before the winter term.", "plan"),
    ("Next: Launch the badge on the remaining exam boards.", "plan"),
    # "Next," as a sequence word before a deed is no plan
    ("Next, I cut the booking form to three fields, and online bookings rose 12%.", "claim"),
])
def test_a_next_step_label_opens_a_plan(text: str, kind: str) -> None:
    assert read(text).kind == kind
