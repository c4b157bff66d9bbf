"""The thirty-sixth blind set: item signals, by category (docs/accuracy.md, "The thirty-sixth blind
set: item signals, by category"): each category with sentences of our own that should and should not
fire."""

from __future__ import annotations

import pytest

from packetcoach.text.verbs import guess_ing_lemma


@pytest.mark.parametrize("word,lemma", [
    # a stem that keeps its "e" before "-ing"
    ("queueing", "queue"), ("freeing", "free"), ("ageing", "age"), ("dyeing", "dye"),
    # "ng" after "i" or "o" never had an "e"
    ("ringing", "ring"), ("stinging", "sting"), ("longing", "long"), ("wronging", "wrong"),
    # the rest are read back through the regular past as before
    ("changing", "change"), ("plunging", "plunge"), ("ordering", "order"), ("targeting", "target"),
    ("prepping", "prep"), ("quoting", "quote"),
])
def test_an_unlisted_ing_form_keeps_the_stem_it_is_spelled_with(word: str, lemma: str) -> None:
    assert guess_ing_lemma(word) == lemma


@pytest.mark.parametrize("text,verb", [
    # a progressive the lists lack
    ("Drivers were queueing for forty minutes at the depot because the app ignored late ferries.", "queue"),
    ("Tenants were ringing the office twice a week to ask about their repair.", "ring"),
    ("Members were changing their plan every month to dodge the fee.", "change"),
    # others' present sentence around the writer's thing, with a tail after the writer's clause
    ("Six clinics and two partner labs work from the booking rules I wrote, which cover 40,000 patients.", "work"),
    ("Five depots and the night crew run on the route planner I own, about 3,000 parcels a day.", "run"),
    ("Three warehouses and the returns desk work from the stock plan I set for 2027.", "work"),
    # a word between a count and the noun names a kind of it, not a verb taking the noun
    ("Four sales teams and the 12-person onboarding desk work from the pricing model I own.", "work"),
    ("Two partner banks and nine branches run on the loan rules I maintain.", "run"),
    # a team's past that is the same as its bare form, with its object after it
    ("My team of four cut refund time for tenants from ten days to three; I wrote the triage rules.", "cut"),
    ("The billing team cut payment failures by 30%; I chose the two banks we started with.", "cut"),
    ("Our support team set a two-hour reply target, and I built the queue that tracks it.", "set"),
    # the writer's own verb where nobody else acts first, or where the writer speaks again
    ("The pricing team cut was reversed in May, and I moved two engineers to billing.", "move"),
    ("I set the roadmap that five teams work from, which covers 40 stores.", "set"),
    ("Sellers complained about the fees, so I cut them by half.", "cut"),
    ("Letting drivers choose their own slot was my call, and I shipped it in May.", "ship"),
])
def test_the_sentence_reads_its_own_verb(read_item, text: str, verb: str) -> None:
    assert read_item(text).action.verb == verb


def test_a_word_right_before_team_names_the_team(read_item) -> None:
    assert read_item("Four vendors and the mobile design team review the tickets I triage each week.").action.verb != "design"


@pytest.mark.parametrize("text,verb", [
    ("Did the churn fall because prices dropped? No: prices rose 4% that quarter.", "fall"),
    ("Will the saving hold once the contract renews? It is fixed until 2028.", "hold"),
    ("Why did the renewals grow if I cut the sales team? Because I moved two reps to onboarding.", "grow"),
    ("Would the 30% lift have come anyway from the summer peak? No: the control stores stayed flat.", "come"),
    ("Will the board read this as a cost cut? The first thing it did was add a service.", "read"),
    ("Why not build the export the biggest client wanted? It would have served one account.", "build"),
])
def test_a_question_the_item_opens_with_reads_the_questions_own_verb(read_item, text: str, verb: str) -> None:
    item = read_item(text)
    assert (item.action.verb, item.action.subject) == (verb, "other")


def test_a_question_with_a_copula_or_no_known_verb_gives_none_of_its_own(read_item) -> None:
    # "Is ...?": no verb of action; a technical verb with no object is no system built
    assert read_item("Is the 20% saving real? Half of it is, and I have shown the two apart.").action.verb is None
    assert read_item("Will the new check scale beyond Spain? It already runs in Portugal with no extra staff.").action.verb != "scale"
    # a statement with a question later is read as before
    assert read_item("I cut the review queue from 9 days to 2; would it hold? It has for a year.").action.verb == "cut"


def test_an_aim_after_contact_that_is_no_deed_leaves_it_activity(read_item) -> None:
    # "to stay aligned": a state; "to build trust": an engineering verb in no engineering sense
    for text in ("We ran monthly check-ins with the four depot leads to stay aligned on holiday cover.",
                 "Held fortnightly calls with our ten largest florists to build trust."):
        assert read_item(text).signals.activity_only, text


def test_an_aim_that_is_a_deed_still_ends_activity(read_item) -> None:
    for text in ("Held weekly calls with the bank to build the refund export they asked for.",
                 "I partnered with the payroll team to add same-day payouts."):
        assert not read_item(text).signals.activity_only, text
