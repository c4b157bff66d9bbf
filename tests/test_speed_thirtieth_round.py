"""The thirtieth speed round: a story the joiner tries for its result is read only as far as its result.

The paragraph joiner tries a decision with the claims after it, one more claim at a time, until the
joined story has its measured result (analysis/joins.py ``_finish``); about half the stories tried
are not kept. Each try is now read by ``read_resulted``: the same reading as ``read_signals``, which
stops with None as soon as it shows no number, or no business, technical or felt result before the
kind is read (a kind only takes a result away). The tests compare it with the full reading on random
joins of corpus sentences, and show why a story's result cannot be composed from its claims' own
readings: the story's first sentence and the served party it names type the numbers of the claims
after it, so a join can have a result none of its claims has, and lose one a claim has."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach import analyze
from packetcoach.analysis.annotate import read_resulted, read_signals
from packetcoach.analysis.joins import MAX_JOINED, _combined, _resulted
from packetcoach.api import check_options
from packetcoach.core.model import Block, Span
from packetcoach.text.items import read_items, read_sentences
from packetcoach.text.structure import markup_view

RUBRIC = check_options("amazon-pm", "L6", "self-assessment")
ROOT = Path(__file__).resolve().parents[1]


def raw_items(paragraph: str, section: str | None = None):
    """The paragraph's claims as the splitter gives them, before any reading."""
    view = markup_view(paragraph)
    sentences = read_sentences(view, RUBRIC, True, None)
    return read_items(Block("paragraph", Span(0, len(paragraph)), 0), paragraph, view, sentences, section)


def corpus_sentences(packets: slice = slice(None, None, 3)) -> list[str]:
    """Sentences of the corpus packets' prose paragraphs (``packets``: every third by default), as the
    reader splits them."""
    found: list[str] = []
    for path in sorted((ROOT / "corpus" / "packets").glob("p*.md"))[packets]:
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if not block or block[0] in "#-*|>" or re.match(r"\d+\.", block) or "\n" in block:
                continue
            view = markup_view(block)
            found.extend(view[s.span.start:s.span.end].strip() for s in read_sentences(view, RUBRIC, True, None))
    return [sentence for sentence in found if 3 < len(sentence.split()) < 60]


SENTENCES = corpus_sentences()


def _has_result(signalled) -> bool:
    """What the joiner asks of a story tried: its measured result (a felt one too), or ready."""
    return _resulted(signalled.item) or signalled.felt_only or signalled.item.ready


def _same_or_none(joined) -> None:
    full = read_signals(joined, RUBRIC, 0)
    tried = read_resulted(joined, RUBRIC, 0)
    if tried is None:
        assert not _has_result(full), joined.text
    else:
        assert tried.item == full.item and tuple(tried[1:]) == tuple(full[1:]), joined.text


def test_the_corpus_gives_enough_sentences() -> None:
    assert len(SENTENCES) > 500


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(picked=st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=6),
       section=st.sampled_from([None, "Impact", "What I started", "Calculated risks"]))
def test_a_story_tried_reads_as_the_full_reading_or_has_no_result(picked, section) -> None:
    raw = raw_items(" ".join(picked), section)
    for start in range(len(raw)):
        for end in range(start + 1, min(len(raw), start + MAX_JOINED)):
            _same_or_none(_combined(list(raw[start:end + 1])))


def test_a_story_tried_with_no_number_is_read_no_further() -> None:
    raw = raw_items("I pitched daily payouts for small landlords to the CFO. Finance agreed to a pilot with landlords.")
    joined = _combined(list(raw))
    assert read_resulted(joined, RUBRIC) is None
    assert not read_signals(joined, RUBRIC).item.signals.metric


def test_a_story_tried_with_numbers_and_no_result_is_read_no_further() -> None:
    raw = raw_items("I pitched daily payouts for small landlords to the CFO in February. "
                    "We ran the pilot in April with 40 landlords.")
    joined = _combined(list(raw))
    assert read_resulted(joined, RUBRIC) is None
    full = read_signals(joined, RUBRIC)
    assert full.item.signals.metric and not _has_result(full)


def test_a_story_with_its_result_is_read_whole() -> None:
    raw = raw_items("I pitched daily payouts for small landlords to the CFO in February. Finance agreed to a pilot "
                    "in April. By November, payout-related churn had fallen from 9% to 5%.")
    joined = _combined(list(raw))
    tried, full = read_resulted(joined, RUBRIC), read_signals(joined, RUBRIC)
    assert tried is not None and tried.item == full.item and _has_result(full)


def test_the_story_first_deed_types_a_later_claims_number() -> None:
    # an engineering deed told first makes the rows that failed a technical measure: the story has a
    # technical result that neither claim has on its own (corpus p-packet wording)
    raw = raw_items("Migrated the 2021 to 2024 applications into the new schema. 212 rows failed on duplicate "
                    "student IDs; I cleaned them up by hand over two evenings.")
    assert len(raw) == 2
    assert not any(_has_result(read_signals(item, RUBRIC)) for item in raw)
    joined = _combined(list(raw))
    assert _has_result(read_signals(joined, RUBRIC))
    assert read_resulted(joined, RUBRIC) is not None


def test_a_party_named_first_takes_a_later_claims_technical_result_away() -> None:
    # the tutors named in the proposal make the model's figures no technical-only result of the story,
    # though the second claim read alone has one
    raw = raw_items("Proposed a churn-risk score for tutors so the supply team could call tutors before they left, "
                    "instead of after. Trained it on 18 months of payout and cancellation records; recall of 0.68 "
                    "at 20% precision.")
    assert len(raw) == 2
    assert _has_result(read_signals(raw[1], RUBRIC))
    joined = _combined(list(raw))
    assert not _has_result(read_signals(joined, RUBRIC))
    assert read_resulted(joined, RUBRIC) is None


def test_a_change_word_reaches_the_next_claims_number() -> None:
    # "fell" at the end of the first claim makes the next claim's count a customer result: the story is
    # ready, though the first claim has no number and the second no result
    raw = raw_items("I rebuilt the seller refund form for small sellers and complaints fell. "
                    "I answered 40 letters from sellers.")
    assert len(raw) == 2
    assert not any(_has_result(read_signals(item, RUBRIC)) for item in raw)
    joined = _combined(list(raw))
    full = read_signals(joined, RUBRIC)
    assert full.item.ready
    tried = read_resulted(joined, RUBRIC)
    assert tried is not None and tried.item == full.item


def test_joined_items_are_what_they_were() -> None:
    text = ("# Self-assessment\n\nI pitched daily payouts for small landlords to the CFO in February, against a "
            "finance plan that kept weekly payouts until 2028. Finance agreed to a pilot in April. By November, "
            "85,000 landlords were on daily payouts and payout-related churn had fallen from 9% to 5%.\n\n"
            "I chose to delay the Austin launch by 16 weeks because enterprise customers could not undo a mistaken "
            "order. I wrote the design doc for the payments gateway cache and implemented the invalidation logic "
            "myself. Debugged a memory leak in the checkout service that caused 5 pages a week for the on-call "
            "engineer.\n")
    items = analyze(text, level="L6").items
    assert len(items[0].sentences) == 3 and items[0].ready
    assert [len(item.sentences) for item in items[1:]] == [1, 2]
