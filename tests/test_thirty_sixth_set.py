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


def test_a_progressive_the_lists_lack_reads_its_own_verb(read_item) -> None:
    cases = {
        "Drivers were queueing for forty minutes at the depot because the app ignored late ferries.": "queue",
        "Tenants were ringing the office twice a week to ask about their repair.": "ring",
        "Members were changing their plan every month to dodge the fee.": "change",
    }
    for text, verb in cases.items():
        assert read_item(text).action.verb == verb, text
