"""Categories a seventeenth blind set showed (docs/accuracy.md, "The seventeenth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def read(text: str):
    item = analyze_item(text)
    assert item is not None
    return item


def action(text: str) -> tuple[str | None, str]:
    item = read(text)
    return item.action.verb, item.action.verb_class


@pytest.mark.parametrize("text", [
    # the room wondering aloud raises an objection; its verb is the room's
    "The panel may wonder whether bookings rose only because a rival closed; they rose in the two towns it never served.",
    "A reader might wonder why I kept the paper forms; 30% of our tenants still post their rent.",
    "You may wonder whether the new chat widget did the work. It launched after the drop, in May.",
])
def test_the_room_wondering_is_the_objection_and_its_verb(text: str) -> None:
    item = read(text)
    assert (item.action.verb, item.action.verb_class) == ("wonder", "neutral")
    assert item.kind == "objection"


@pytest.mark.parametrize("text", [
    # the writer wondering is no deed and no objection: the writer's own verb leads
    "I wondered why renewals lagged, so I read 200 cancellation notes and cut the second reminder.",
    "Wondering why renewals lagged, I read 200 cancellation notes.",
])
def test_the_writer_wondering_is_no_room_verb(text: str) -> None:
    item = read(text)
    assert item.action.verb != "wonder"
    assert item.kind != "objection"


@pytest.mark.parametrize("text", [
    "You could argue the refund drop came from the new courier; the courier changed in March, the drop began in January.",
    "One might argue the gain was seasonal; the same weeks last year were flat.",
])
def test_an_argument_put_in_the_room_s_mouth_is_an_objection(text: str) -> None:
    assert read(text).kind == "objection"


def test_the_writer_arguing_is_a_claim() -> None:
    item = read("I argued the refund rule should change and finance agreed; refund time fell from 9 days to 2 for renters.")
    assert item.kind == "claim" and item.action.verb == "argue"


@pytest.mark.parametrize("text,verb", [
    # "dug" is the past of "dig": the writer's own reading of records
    ("Dug through 900 failed payouts myself and found most came from one bank's cut-off time.", "dig"),
    ("I dug into the churn survey by region and found the north lost twice the members.", "dig"),
    # a noun after the same letters is no verb
    ("Digital sign-ups rose 12% after the spring campaign.", None),
])
def test_dug_is_the_past_of_dig(text: str, verb: str | None) -> None:
    item = read(text)
    if verb is None:
        assert item.action.verb != "dig"
    else:
        assert item.action.verb == verb and item.signals.own_action


@pytest.mark.parametrize("text,verb", [
    # a standing fact about other people, in the present tense: their verb is the item's
    ("Most tenants still pay rent by cheque at the front desk.", "pay"),
    ("Two squads and three analysts work from my roadmap, covering 900 stores.", "work"),
    ("Our drivers never open the weekly email.", "open"),
    ("Farmers do not read dashboards during harvest.", "read"),
    ("The booking app serves 40,000 riders in six towns.", "serve"),
])
def test_a_present_tense_verb_after_a_plural_subject_is_the_item_s(text: str, verb: str) -> None:
    item = read(text)
    assert item.action.verb == verb and item.action.subject == "other"
    assert not item.signals.own_action


@pytest.mark.parametrize("text,not_verb", [
    # a plural noun that is the object of another verb, or an adjective, or a noun before a past verb
    ("Letting patients choose a slot by text cut no-shows by 20% at the four clinics.", "choose"),
    ("Tried to standardise refund codes across various support desks.", "support"),
    ("The renewals plan slipped twice in the spring.", "plan"),
])
def test_no_present_verb_where_the_plural_is_no_subject(text: str, not_verb: str) -> None:
    assert read(text).action.verb != not_verb


def test_an_engineering_verb_after_a_plural_subject_is_left_unread() -> None:
    # "teams build from my roadmap": writers split on whether it leads with an engineering verb
    assert read("Three teams and two designers build from my roadmap.").action.verb_class != "technical"


def test_serving_people_as_the_writer_s_remit_is_scope() -> None:
    item = read("As the only PM for field tools, I serve 1,200 drivers across three depots.")
    assert item.kind == "scope" and item.action.verb == "serve"


@pytest.mark.parametrize("text", [
    # what a thing did is not the writer's effort: "the wizard helped", "cities own the meters"
    "I think the new checklist helped drivers finish their first route a little faster.",
    "Hopefully the redesigned form helped renters a bit, though we never measured it.",
    "Cities own the parking meters; we only own the payment app.",
])
def test_someone_else_s_effort_verb_is_not_the_writer_s_activity(text: str) -> None:
    assert not read(text).signals.activity_only


@pytest.mark.parametrize("text", [
    "Helped the sales team with various pitch decks.",
    "I ran the weekly triage meeting for the billing squad.",
])
def test_the_writer_s_own_effort_stays_activity(text: str) -> None:
    assert read(text).signals.activity_only


@pytest.mark.parametrize("text", [
    # a rotation built for people is a mechanism, not a system
    "Built a three-month rotation that puts each new analyst on the claims desk; two stayed in product.",
    "I built a rotation so every designer spends a week with field technicians.",
    # an offer tested on buyers is a product experiment
    "Next quarter I will test a cheaper weekend pass in two cities before changing it everywhere.",
    "We will test the family subscription tier with 5% of members first.",
])
def test_building_a_rotation_or_testing_an_offer_is_no_engineering_lead(text: str) -> None:
    item = read(text)
    assert item.action.verb_class != "technical" and not item.signals.technical_lead


@pytest.mark.parametrize("text", [
    "Built the shift-scheduler service in Go and cut its p99 latency from 900 ms to 120 ms.",
    "Tested the checkout service against 5,000 concurrent sessions before the sale.",
])
def test_building_or_testing_a_system_stays_an_engineering_lead(text: str) -> None:
    assert read(text).signals.technical_lead


@pytest.mark.parametrize("text", [
    # a plan told as an aim: the aim is the verb, and the writer's own
    "By the end of next year I aim to have every clinic on the new booking page.",
    "In 2027 I aim to move half of all refunds to self-service.",
])
def test_an_aim_is_the_plan_s_verb(text: str) -> None:
    item = read(text)
    assert item.action.verb == "aim" and item.kind == "plan" and item.signals.own_action


def test_an_aim_stated_as_a_noun_has_no_verb() -> None:
    assert read("The aim for next year is a single refund policy across all stores.").action.verb is None


@pytest.mark.parametrize("text", [
    # "had" as the verb of a standing fact: what someone or something had
    "Tenants had no way to see when their repair would happen.",
    "Cancelling the print edition had a cost: 4% of subscribers read nothing else.",
    "Our tool library had 3,000 members and lost one in eight each quarter.",
])
def test_had_as_a_verb_of_possession_is_the_item_s_verb(text: str) -> None:
    assert action(text) == ("have", "neutral")


@pytest.mark.parametrize("text", [
    # "had" as an auxiliary keeps the verb it carries
    "Returns had grown 30% a year before the new label.",
    "The landlords had already signed the new lease terms.",
])
def test_had_as_an_auxiliary_is_not_the_verb(text: str) -> None:
    assert read(text).action.verb != "have"


@pytest.mark.parametrize("text", [
    # "passenger" in the singular, before what it qualifies, names the served party
    "Read 600 passenger complaints and moved the boarding call 10 minutes earlier; missed connections fell 18%.",
    "By spring I want every delayed passenger offered a new seat before they reach the desk.",
])
def test_a_passenger_in_the_singular_is_a_served_party(text: str) -> None:
    assert read(text).signals.customer


def test_a_passenger_vehicle_names_no_one() -> None:
    assert not read("Cut passenger-van fuel costs by 12% by moving the depot refuels to night rates.").signals.customer


@pytest.mark.parametrize("text", [
    # a rate or landed-cost model is a PM's financial model, not a system
    "Rebuilt the freight rate model in a spreadsheet and showed our fixed contract lost $400K a year.",
    "I built the landed-cost model for the import review and repriced 30 products.",
])
def test_a_rate_or_landed_cost_model_is_financial_work(text: str) -> None:
    item = read(text)
    assert item.action.verb_class == "neutral" and not item.signals.technical_lead


def test_a_learned_model_stays_engineering() -> None:
    assert read("Built the fraud-scoring model on 3M transactions and cut false declines 20%.").signals.technical_lead


@pytest.mark.parametrize("text", [
    # a contract signed or a team signed up is a sale or a commitment, not a product call
    "We signed 14 hospital groups in the first half, after I rewrote the pricing page.",
    "I signed the team up for a three-year support contract with the locker vendor.",
])
def test_signing_a_deal_is_neutral(text: str) -> None:
    assert action(text) == ("sign", "neutral")


def test_refusing_to_sign_off_is_a_product_call() -> None:
    assert action("I would not sign off the new checkout until refunds worked on every card type.") == ("sign", "pm")


@pytest.mark.parametrize("text", [
    # an objection the writer expects, raised to answer it: its verb is "expect", and it is no deed
    "Expect the question of whether the lift was the holiday; the same weeks last year were flat.",
    "I expect the objection that the pilot was small; it covered 30% of our orders.",
])
def test_an_expected_question_is_the_objection_s_verb(text: str) -> None:
    item = read(text)
    assert item.action.verb == "expect" and item.kind == "objection" and item.action.subject != "i"


def test_expecting_a_result_is_no_objection() -> None:
    item = read("I expect the new fee to lift renewals by spring.")
    assert item.action.verb != "expect" and item.kind != "objection"


@pytest.mark.parametrize("text,verb", [
    # "used to" and a bare verb: the habit is the verb, known to the lists or not
    ("Month-end close used to take nine days; it now takes four.", "take"),
    ("Clinic managers used to reconcile claims by hand every Friday.", "reconcile"),
])
def test_used_to_names_the_habit_s_verb(text: str, verb: str) -> None:
    assert read(text).action.verb == verb


def test_using_a_thing_to_do_something_stays_use() -> None:
    assert read("Used the support tickets to rank the top ten refund complaints.").action.verb == "use"
