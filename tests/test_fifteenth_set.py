"""Categories a fifteenth blind set showed (docs/accuracy.md, "The fifteenth blind set: item signals,
by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from item_reads import party
from packetcoach.api import analyze_item
from packetcoach.text.verbs import guess_lemma


def action(text: str) -> tuple[str | None, str]:
    item = analyze_item(text)
    assert item is not None
    return item.action.verb, item.action.verb_class


@pytest.mark.parametrize("word,lemma", [
    # a verb the lists lack, ending in a double "s": no "e" is added back
    ("processed", "process"), ("passed", "pass"), ("bypassed", "bypass"), ("reassessed", "reassess"),
    # the neighbours keep their rules
    ("reduced", "reduce"), ("stopped", "stop"), ("disagreed", "disagree"), ("collapsed", "collapse"),
])
def test_a_past_tense_ending_in_a_double_s_keeps_its_stem(word: str, lemma: str) -> None:
    assert guess_lemma(word) == lemma


def test_an_unlisted_verb_ending_in_a_double_s_is_read_whole() -> None:
    assert action("Our desk processed 12,000 refund requests this quarter, up from 8,000.")[0] == "process"


@pytest.mark.parametrize("text", [
    # passing on a spend or a build is a product call (the labelling guide: "pass on" is pm)
    "Passed on the $300K routing vendor and ran the pilot on the scheduler we already pay for.",
    "I passed on building our own fraud model and licensed the bank's instead.",
])
def test_passing_on_is_a_product_call(text: str) -> None:
    assert action(text) == ("pass", "pm")


@pytest.mark.parametrize("text", [
    # "passed" without "on" is no call
    "Passed the audit on the first try, with no findings on refunds.",
    "I passed the renewal file to finance in March.",
])
def test_passing_something_along_is_no_call(text: str) -> None:
    assert action(text)[1] == "neutral"


@pytest.mark.parametrize("text", [
    # a launch held until it met a bar: the labelling guide names "block" a product call
    "Blocked the tenant-portal launch for ten days until the payment page passed an accessibility audit.",
    "I blocked the price change for rural stores until we had a month of returns data.",
])
def test_blocking_a_launch_is_a_product_call(text: str) -> None:
    assert action(text) == ("block", "pm")


@pytest.mark.parametrize("text", [
    # coaching is neither a product call nor engineering (the guide lists "coach" as neutral)
    "Coached two new PMs through their first pricing reviews; both now run the review on their own.",
    "I coached our support lead to write the escalation rules, and escalations fell 20%.",
])
def test_coaching_is_neutral(text: str) -> None:
    assert action(text) == ("coach", "neutral")


def test_mentoring_stays_a_product_verb() -> None:
    # only "coach" moved: the profile's other verbs of growing people keep their class
    assert action("Mentored three analysts into product roles over the year.")[1] == "pm"


def test_the_same_item_reads_the_same_in_a_session() -> None:
    from packetcoach import Session
    text = "I blocked the price change for rural stores until we had a month of returns data."
    item = analyze_item(text)
    report = Session().analyze(text)
    assert item is not None and report.items[0].action == item.action


def kind(text: str) -> str:
    item = analyze_item(text)
    assert item is not None
    return item.kind


@pytest.mark.parametrize("text", [
    # what the writer now believes or does, told after "I learned that" or "I learned to", is a lesson
    # even when a result sits beside it
    "I learned that a weekly report nobody reads decides nothing: I replaced ours with a two-line text to "
    "the shift leads, and late orders fell 18%.",
    "The loyalty pilot I backed lost $200K, and I learned to set a spending cap before a pilot starts.",
    "I learned how to say no early: dropping the partner portal freed two engineers and cut churn 3 points.",
])
def test_a_lesson_stated_beside_a_result_is_a_lesson(text: str) -> None:
    assert kind(text) == "lesson"


@pytest.mark.parametrize("text", [
    # a bare "I learned" beside a result is a skill picked up on the way to the result: still a claim
    "I learned enough SQL to rebuild the churn report myself, and renewals rose from 71% to 80%.",
    "Learned Portuguese for the São Paulo launch and interviewed 30 sellers; sign-ups rose 25%.",
])
def test_a_skill_learned_on_the_way_to_a_result_stays_a_claim(text: str) -> None:
    assert kind(text) == "claim"


@pytest.mark.parametrize("text,verb", [
    # an objection put in the room's mouth: its verb is the first verb of the first clause, not the
    # writer's verb in the answer
    ("You may ask whether the faster refunds came from the new bank; refunds at the old bank sped up "
     "as much, which I found by splitting the payout logs myself.", "ask"),
    ("The committee will ask whether the 12% came from the price cut; the stores that kept the old price "
     "grew as much.", "ask"),
    ("Some will say the call centre would have shrunk anyway; I cut the queue before the new phone menu "
     "went live.", "say"),
    ("If the room asks what I left out: the loyalty wallet, because 3% of shoppers asked for it.", "ask"),
])
def test_the_room_s_question_is_the_objection_s_verb(text: str, verb: str) -> None:
    assert action(text) == (verb, "neutral")
    assert kind(text) == "objection"


@pytest.mark.parametrize("text,verb", [
    # the writer's own asking or saying stays the writer's verb
    ("I will ask the CFO to fund the second pilot once the first one pays back.", "ask"),
    ("We may say no to the premium tier if the trial converts under 2%.", "say"),
    ("I found that 30% of refunds came from one bank, and the room will ask about it.", "find"),
])
def test_the_writer_s_own_verb_is_not_the_room_s(text: str, verb: str) -> None:
    assert action(text)[0] == verb


@pytest.mark.parametrize("text", [
    # "pull a launch" is a product call (the labelling guide's words)
    "Pulled the new gift-card flow from the holiday release when testing showed double charges.",
    "I pulled the loyalty launch two days before go-live because the points did not post.",
])
def test_pulling_a_launch_is_a_product_call(text: str) -> None:
    assert action(text) == ("pull", "pm")


@pytest.mark.parametrize("text", [
    # pulling records to read them is neither
    "Pulled nine months of refund records myself and found 40% came from one courier.",
    "I pulled the call logs for the three worst days and found the same error code in most of them.",
])
def test_pulling_records_is_no_call(text: str) -> None:
    assert action(text) == ("pull", "neutral")


@pytest.mark.parametrize("text,verb", [
    # surveying, simplifying and earning are neither product calls nor engineering: every blind writer
    # labels them neutral
    ("Surveyed 400 tenants about late repairs before we changed the booking rules.", "survey"),
    ("We simplified the returns page, and refund calls fell 20%.", "simplify"),
    ("Earned the support team's trust by answering their escalations within a day.", "earn"),
])
def test_surveying_simplifying_and_earning_are_neutral(text: str, verb: str) -> None:
    assert action(text) == (verb, "neutral")


def outcome(text: str) -> bool:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals.business_outcome


@pytest.mark.parametrize("text", [
    # a change denied is no result: the measure did not move
    "Offered a flat delivery fee to couples in two cities; it did not lift bookings, and I ended it.",
    "The new onboarding emails never moved retention for tenants, so I stopped them after a month.",
    "Our referral bonus failed to raise sign-ups among drivers, and we dropped it in May.",
])
def test_a_denied_change_is_no_business_result(text: str) -> None:
    assert not outcome(text)


@pytest.mark.parametrize("text", [
    # the same measures, moved
    "Offered a flat delivery fee to couples in two cities, and it lifted bookings by a fifth.",
    "The new onboarding emails raised retention for tenants from 60% to 68%.",
])
def test_a_change_told_is_still_a_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    # couples are the served party of a wedding or travel business
    "Cut the time couples spend building a gift list from 40 minutes to 12.",
    "Refunded 3,000 couples within a day of the fee error, before any of them asked.",
])
def test_couples_are_a_served_party(text: str) -> None:
    assert party(text) == "couples"


def test_a_couple_of_weeks_names_no_one() -> None:
    assert party("Shipped the new gift list a couple of weeks early.") is None
