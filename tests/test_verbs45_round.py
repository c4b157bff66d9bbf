"""Engineering work told in words the reading missed: a verb after "was able to", and a hyphenated
"re-" verb the lists do not know (docs/accuracy.md, "Engineering work told after 'was able to' or
with a hyphen")."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _read(text: str):
    item = analyze_item(text, profile="amazon-pm")
    return item.action.lemma, item.action.verb_class, bool(item.signals and item.signals.technical_lead)


@pytest.mark.parametrize("text, lemma", [
    ("As a former developer I was able to re-architect the billing export service, cutting failures from 5% to 1%.",
     "re-architect"),
    ("As a former SDE, I was able to debug a timezone issue in the cutoff logic.", "debug"),
    ("We were able to migrate the claims ledger to Postgres in six weeks.", "migrate"),
])
def test_an_engineering_verb_after_was_able_to_is_the_items_verb(text: str, lemma: str) -> None:
    assert _read(text) == (lemma, "technical", True)


def test_a_decision_after_was_able_to_is_the_items_verb() -> None:
    assert _read("I was able to kill the loyalty tier before it cost us a second quarter.")[:2] == ("kill", "pm")


@pytest.mark.parametrize("text", [
    "I think I was able to see the drop-off points quickly.",  # a capability, no deed
    "I was unable to ship the quote tool before the rate change.",  # a deed not done
    "The team was able to deliver the wallet top-up feature in various markets.",  # a neutral verb: unread, as before
])
def test_was_able_to_before_another_verb_reads_no_engineering_deed(text: str) -> None:
    lemma, verb_class, technical = _read(text)
    assert verb_class != "technical" and not technical
    assert lemma not in ("see", "ship", "deliver")


@pytest.mark.parametrize("text, lemma", [
    ("We re-ranked the home page carousels by listening time instead of clicks.", "re-rank"),
    ("We re-sequenced the morning routes for 212 buses.", "re-sequence"),
    ("Re-fitted the item-difficulty model with a two-parameter model.", "re-fit"),
])
def test_a_hyphenated_re_verb_the_lists_do_not_know_is_the_verb_done_again(text: str, lemma: str) -> None:
    assert _read(text) == (lemma, "neutral", False)


@pytest.mark.parametrize("text, lemma, verb_class", [
    ("Re-wrote the parser in Rust, cutting parse time from 4 s to 300 ms.", "rewrite", "technical"),
    ("Re-cut the 31 recycling routes around landfill opening hours.", "cut", "neutral"),
    ("I re-priced our quotes that weekend.", "price", "pm"),
])
def test_a_hyphenated_re_verb_the_lists_know_keeps_its_reading(text: str, lemma: str, verb_class: str) -> None:
    assert _read(text)[:2] == (lemma, verb_class)


def test_a_hyphenated_word_that_is_no_past_is_no_verb() -> None:
    # "re-entry" and "re-keying" are nouns here: the item's verb is the writer's "cut"
    assert _read("Cut re-entry of member IDs for 300 pharmacists.")[:2] == ("cut", "neutral")
