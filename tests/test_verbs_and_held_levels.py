"""Verbs and levels held, a round on the newest writers (docs/accuracy.md, "Verbs and levels held, a
round on the newest writers"): each category with sentences of our own that should and should not
fire."""

from __future__ import annotations

import pytest

from packetcoach.text.verbs import guess_lemma


@pytest.mark.parametrize("word,lemma", [
    # one short syllable, its consonant not doubled: the verb ended in a silent "e"
    ("hoped", "hope"), ("shaped", "shape"), ("typed", "type"), ("graded", "grade"), ("quoted", "quote"),
    ("stored", "store"), ("guided", "guide"), ("phoned", "phone"),
    # the same syllable after "re" or "mis"
    ("reshaped", "reshape"), ("retyped", "retype"), ("mistyped", "mistype"), ("restored", "restore"),
    # the neighbours keep their rules: a doubled consonant, two vowels, a cluster, two syllables
    ("shopped", "shop"), ("planned", "plan"), ("looked", "look"), ("aimed", "aim"), ("helped", "help"),
    ("visited", "visit"), ("opened", "open"), ("rendered", "render"), ("reaped", "reap"),
    ("fixed", "fix"), ("played", "play"), ("staffed", "staff"), ("passed", "pass"),
])
def test_an_unlisted_past_of_one_short_syllable_gets_its_e_back(word: str, lemma: str) -> None:
    assert guess_lemma(word) == lemma


def test_an_unlisted_ing_form_is_read_back_to_the_same_lemma(read_item) -> None:
    assert read_item("We were quoting each florist a price per delivery by phone.").action.verb == "quote"
    assert read_item("The kitchen was prepping 400 meals a night before the new ovens.").action.verb == "prep"


def test_a_hope_in_the_progressive_is_no_deed_and_no_verb_hop(read_item) -> None:
    item = read_item("I was hoping to move the clinic rota onto the new calendar by spring.")
    assert item.action.verb != "hop"
    assert item.action.verb is None


def test_a_level_held_since_told_in_the_present_perfect_is_a_result(read_item) -> None:
    for text in ("Rewrote the dosage labels with the pharmacy board; dosing errors for patients on two drugs have stayed under 0.5% since.",
                 "Kept the paper timetable beside the app, and complaints from older riders have held at zero through the winter.",
                 "Moved the renewal date to payday, and lapses among members on weekly wages have remained below 2%."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_a_thing_that_has_held_or_a_level_with_no_party_is_no_result_of_this_kind(read_item) -> None:
    for text in ("Added a duplicate-send check for parents that has held for a whole term.",
                 "Moved the nightly export to the new queue; its error rate has stayed under 1% since.",
                 "Families who have stayed with us since 2019 asked for a yearly plan."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_the_writers_team_in_a_clause_closing_anothers_sentence_is_not_its_verb(read_item) -> None:
    cases = {
        "Nine clinics and about 3,000 carers depend on the booking service my team runs.": "depend",
        "Two regional banks use the fraud rules my team wrote.": "use",
        "Refund rates held at 2% through a quarter in which we opened six new stores.": "hold",
        "Basket size held at $31 in the three towns where we changed nothing.": "hold",
    }
    for text, verb in cases.items():
        assert read_item(text).action.verb == verb, text


def test_the_writers_team_opening_its_own_clause_keeps_its_verb(read_item) -> None:
    cases = {
        "My team rebuilt the importer in six weeks.": "rebuild",
        "When the rollout stalled, my team moved the pilot to two depots.": "move",
        "We added 40 stores in March.": "add",
    }
    for text, verb in cases.items():
        assert read_item(text).action.verb == verb, text
