"""The speed round on a joined story's reading: what a story the joiner tries can reuse.

The paragraph joiner (analysis/joins.py) tries a decision with the claims after it until the joined
story has its result, and tries a claim dated back by the next one again for readiness. A story
tried and found with no result is now not read again in that second pass (its span is remembered
for the paragraph): the items are what reading every try whole gives. The other reuse the round
looked at, the story's numbers put together from its claims' own, is not exact: a later claim's
first word before a bare number is read as a name once it no longer opens the item ("Ran 12
interviews" in a joined story has no number), so the story reads its own numbers as before."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import packetcoach.analysis.joins as joins
from packetcoach.analysis.annotate import completed, item_hits, read_resulted, read_signals
from packetcoach.analysis.joins import _combined, read_joined
from packetcoach.analysis.metrics import find_metrics
from packetcoach.api import check_options

from test_speed_thirtieth_round import corpus_sentences, raw_items

RUBRIC = check_options("amazon-pm", "L6", "self-assessment")


def _read(raw, tries: list | None = None):
    """The paragraph's items as the reader gives them: every try read by ``read_resulted`` (and
    recorded in ``tries``), or, with ``tries`` None, every try read whole."""
    def tried(item):
        tries.append((item.span.start, item.span.end))
        return read_resulted(item, RUBRIC)
    return read_joined(raw, lambda item: read_signals(item, RUBRIC), RUBRIC, named=True,
                       read_resulted=None if tries is None else tried)


def _passes(monkeypatch) -> list[bool]:
    """Record each of the joiner's passes over a story (True: the second, for readiness)."""
    passes: list[bool] = []
    finish = joins._finish

    def recorded(*args, **kwargs):
        passes.append(kwargs.get("until_ready", False))
        return finish(*args, **kwargs)
    monkeypatch.setattr(joins, "_finish", recorded)
    return passes


@pytest.mark.parametrize("paragraph", [
    "I shipped the new late-fee rule in March without a notice to tenants, and 300 tenants were charged twice. "
    "I called each of them that afternoon and refunded the fees myself.",
    "I moved the clinic's reminder texts to 6am in April without asking the nurses. "
    "I apologised to each of them that afternoon and moved the texts back to 9am myself.",
])
def test_a_story_with_no_result_is_not_read_again_for_readiness(paragraph, monkeypatch) -> None:
    passes = _passes(monkeypatch)
    raw = raw_items(paragraph)
    tries: list = []
    items = _read(raw, tries)
    assert passes[:2] == [False, True]  # tried for its result, then for readiness (the deed dated back)
    assert tries == [(raw[0].span.start, raw[1].span.end)]  # read once, in the first pass
    assert items == _read(raw)
    assert [len(item.sentences) for item in items] == [1, 1]


def test_a_story_dated_back_and_ready_is_still_joined_and_read_once(monkeypatch) -> None:
    # the mistake has its customer count, so the repair the next claim dates back is tried for
    # readiness alone, and the joined story is ready: joined as before, its one try kept
    passes = _passes(monkeypatch)
    raw = raw_items("I changed the refill reminder schedule in May without testing it on older phones, and 40 "
                    "pharmacies got no reminders for a week. I told each pharmacy lead the same day and rolled the "
                    "change back myself.")
    tries: list = []
    items = _read(raw, tries)
    assert passes[:1] == [True] and len(tries) == 1
    assert [len(item.sentences) for item in items] == [2] and items[0].ready and items == _read(raw)


def _numbers(item) -> list[str]:
    return [m.text for m in find_metrics(item.view, item.span, item.tokens, RUBRIC, item_hits(item), list(item.words))]


def test_a_later_claims_first_word_before_a_number_is_read_as_a_name_in_the_story() -> None:
    # why the story's numbers are not its claims' numbers put together: "Ran 12" opens its own claim,
    # but inside the joined story "Ran" reads as a capitalised name before a number ("Echo Show 8")
    raw = raw_items("I rebuilt the volunteer rota for the night shelter in March. "
                    "Ran 12 interviews with volunteers before it.")
    assert [_numbers(item) for item in raw] == [[], ["12"]]
    assert _numbers(_combined(list(raw))) == []
    told = raw_items("I rebuilt the volunteer rota for the night shelter in March. "
                     "I ran 12 interviews with volunteers before it.")
    assert _numbers(_combined(list(told))) == ["12"]  # with its "I", the same number in both readings


def test_a_paragraph_with_no_join_tries_nothing() -> None:
    raw = raw_items("I rebuilt the volunteer rota for the night shelter in March. I also ran the spring appeal.")
    tries: list = []
    assert _read(raw, tries) == tuple(completed(read_signals(item, RUBRIC), RUBRIC, True) for item in raw)
    assert tries == []


SENTENCES = corpus_sentences(slice(1, None, 4))  # other packets than that round's test reads


def test_the_corpus_gives_enough_sentences() -> None:
    assert len(SENTENCES) > 400


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picked=st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=6),
       section=st.sampled_from([None, "Impact", "What I started", "Calculated risks"]))
def test_a_paragraph_reads_as_with_every_try_read_whole(picked, section) -> None:
    raw = raw_items(" ".join(picked), section)
    tries: list = []
    assert _read(raw, tries) == _read(raw)
    assert len(tries) == len(set(tries))  # no story read twice
