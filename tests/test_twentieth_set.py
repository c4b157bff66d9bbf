"""Categories a twentieth blind set showed (docs/accuracy.md, "The twentieth blind set: item signals,
by category"), each with words and sentences of our own that should and should not fire. The served
parties a survey counts are tested with the other parties named by their place
(tests/test_parties_by_place.py)."""

from __future__ import annotations

import pytest

from item_reads import verb
from packetcoach.text.verbs import guess_lemma


@pytest.mark.parametrize("word,lemma", [
    # a consonant and "l" take their "e" back
    ("sampled", "sample"), ("bundled", "bundle"), ("throttled", "throttle"), ("settled", "settle"),
    # a short vowel and "l", "m" or "d" after a consonant take it too
    ("reconciled", "reconcile"), ("scheduled", "schedule"), ("included", "include"), ("named", "name"),
    ("timed", "time"), ("welcomed", "welcome"),
    # a double "f" is part of the word
    ("staffed", "staff"),
    # "-ited" keeps no "e", but after "c", "n" and "v"
    ("credited", "credit"), ("audited", "audit"), ("limited", "limit"), ("cited", "cite"), ("united", "unite"),
    ("invited", "invite"),
    # two vowels before the last consonant: no "e"
    ("toured", "tour"), ("failed", "fail"), ("claimed", "claim"), ("recruited", "recruit"), ("applauded", "applaud"),
    # the neighbours keep their rules
    ("secured", "secure"), ("reduced", "reduce"), ("stopped", "stop"), ("labeled", "label"), ("passed", "pass"),
])
def test_an_unlisted_past_tense_is_read_back_to_its_lemma(word: str, lemma: str) -> None:
    assert guess_lemma(word) == lemma


def test_the_main_verb_of_an_unlisted_past_tense_is_its_lemma() -> None:
    texts = [
        "Sampled 300 returned parcels by hand and found that 60% had the wrong label size.",
        "I reconciled a year of refund ledgers and found $80K paid twice.",
        "Credited the support lead for the idea behind the new returns page.",
        "Toured 20 depots and rewrote the loading checklist with the shift leads.",
    ]
    assert [verb(text) for text in texts] == ["sample", "reconcile", "credit", "tour"]
