"""The fifty-third and fifty-fourth blind writers' principle round: a cause traced by the writer ("used my
engineering background to trace the dropped referrals to a fax gateway") is Dive Deep as "traced" is; a step the
served party or the staff took by phone, in a queue or in person replaced ("by letting patients self-book from the
referral text instead of waiting for a clinic call", "instead of phoning the call centre", "instead of a site
visit") is a simpler way; a founder is a senior party whose request the writer refused or whose mind the writer
changed; a senior party's course stopped "after showing" it would not work is refused, as "showed" is (a project the
writer "had championed" and killed is none); and objections acted over ("over objections from three studio owners") are Have Backbone as one
objection is. Sentences of our own that should and should not name them."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

BACKBONE = "have-backbone"
SIMPLIFY = "invent-and-simplify"
DIVE = "dive-deep"


def named(text: str, profile: str = "amazon-pm") -> tuple[str, ...]:
    item = analyze_item(text, profile=profile)
    assert item is not None
    return item.principles


@pytest.mark.parametrize("text", [
    "Used my data background to trace the missed deliveries to a postcode lookup that dropped flat numbers, then had "
    "it fixed; failed first deliveries fell from 9% to 3%.",
    "I used my engineering background to trace the slow quote page to an unindexed table, and quote abandonment by "
    "brokers fell from 22% to 8%.",
    "After tracing 60% of refund complaints to one courier's scanner, I moved that route to a second courier; refund "
    "complaints fell by half.",
])
def test_a_cause_traced_by_the_writer_is_dive_deep(text: str) -> None:
    assert named(text)[0] == DIVE


def test_tracing_a_parcel_for_a_customer_is_no_dive_deep() -> None:
    # a plan names no principle, whatever it cues
    assert DIVE not in named("Next quarter I will add parcel tracing to the app for all 40,000 members.")


@pytest.mark.parametrize("text", [
    "Let members book a court from the club's text message instead of calling the front desk; 70% of bookings are "
    "now made that way and desk calls fell by 900 a month.",
    "Cut the wait for a boiler quote from eight days to two by letting engineers quote from photos instead of a site "
    "visit.",
    "Let parents renew the bus pass by replying to a text instead of queuing at the depot; renewals on time rose from "
    "55% to 92%.",
    "Cut the wait for a first dental appointment from 30 days to 11 by letting patients book online instead of "
    "waiting for a call back from reception.",
])
def test_a_step_by_phone_in_a_queue_or_in_person_replaced_is_a_simpler_way(text: str) -> None:
    assert SIMPLIFY in named(text)


@pytest.mark.parametrize("text", [
    "Next year we want drivers to finish 99% of charges without calling support.",
    "I called 40 members myself instead of emailing them, and 31 renewed.",
    "Opened the spare depot the same day the bridge closed instead of waiting for the council's review; 1,200 "
    "deliveries went out that week.",
])
def test_a_call_avoided_in_a_plan_or_a_call_made_is_no_simpler_way(text: str) -> None:
    assert SIMPLIFY not in named(text)


@pytest.mark.parametrize("text", [
    "I chose not to build the loyalty app the founders wanted, because members told us they used the paper card; "
    "we kept the £120k budget for the delivery vans.",
    "When the founder wanted a second warehouse, I showed him that 60% of late orders came from one carrier; we "
    "switched carriers instead and on-time orders rose from 81% to 95%.",
    "Stopped the kiosk upgrade the operations director wanted after showing that 80% of queue time came from one "
    "manual check, and average queue time fell from 14 minutes to 6.",
    "Introduced a booking deposit over objections from two branch owners, and no-shows fell from 15% to 6% in a "
    "quarter.",
])
def test_a_senior_party_refused_or_objections_acted_over_are_have_backbone(text: str) -> None:
    assert BACKBONE in named(text)


@pytest.mark.parametrize("text", [
    "Our founder started the bakery in 1998; I run its online orders, which grew from 200 to 900 a week.",
    "I killed the weekly status meeting and replaced it with a shared page; the team got back four hours a week.",
    "I championed the new onboarding checklist, and first-week questions from new hires fell by half.",
    "Killed the instant-advance product I had championed when the pilot showed 2% of owners would pay for it; I told "
    "the leadership team the same week and returned its 14 engineers to corrections.",
])
def test_a_founder_named_or_a_thing_of_the_writers_own_killed_is_no_disagreement(text: str) -> None:
    assert BACKBONE not in named(text)
