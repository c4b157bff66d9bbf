"""A speed round on the Session: the packet reading asks each block once, when it is read, which of
its items announce a stop story and which outcomes only count who saw a launch (the block's digest),
and a block moved by an edit is rebased without a copy call per item. Every report stays the one a
fresh analysis gives."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach import Session, analyze, report_json
from packetcoach.api import _moved
from packetcoach.core.model import Block, Span, rebased

ANNOUNCED = ("# Self-assessment\n\n## The year\n\nI launched bedside ordering on six wards and cut missed meals "
             "for patients from 9% to 2%.\n\nI also got one wrong. I launched the menu-swap beta without a cap "
             "on swaps per ward, and in the first week two wards ran out of soft-diet meals. I paused the beta "
             "for three days, added the cap, and now I write the limit before the feature.\n")
EXPOSED = ("# Self-assessment\n\n## The year\n\n- Rolled out the price explainer to 10% of renters in Ohio. "
           "Early results were good and we saw fewer calls about fees, though we are still waiting for the "
           "full readout.\n\n- Launched the price explainer to 20% of renters in an A/B test; lease sign-ups "
           "in the test group rose from 31% to 36% over six weeks.\n")


def _digests(text: str):
    session = Session()
    session.analyze(text)
    return [read.digest for read in session._reader.memory.values()]


def test_the_digest_names_the_item_that_announces_a_stop_story() -> None:
    announcing = [d.announces for d in _digests(ANNOUNCED) if d.announces]
    assert announcing == [(0,)]  # "I also got one wrong.": the first item of its paragraph
    assert list(analyze(ANNOUNCED).reading.stopped_items) == list(Session().analyze(ANNOUNCED).reading.stopped_items)
    # a paragraph with no announcement, and an announcement that is its block's last item, hold none
    plain = ("# Self-assessment\n\n## The year\n\nI launched bedside ordering on six wards. I paused the beta "
             "for three days.\n\nI also got one wrong.\n")
    assert not any(d.announces for d in _digests(plain))


def test_the_digest_marks_an_outcome_that_only_counts_who_saw_a_launch() -> None:
    flags = [exposed for d in _digests(EXPOSED) for _, _, exposed in d.outcomes]
    assert sorted(flags) == [False, True]  # the reach of a launch alone is exposure only; a result beside it is not
    assert not any(exposed for d in _digests(ANNOUNCED) for _, _, exposed in d.outcomes)
    # the strongest outcome is the one that measures a result, in the Session as in a fresh analysis
    assert Session().analyze(EXPOSED).reading.strongest == analyze(EXPOSED).reading.strongest
    assert analyze(EXPOSED).reading.strongest[0].startswith("launched-the-price")


def test_a_moved_block_is_the_block_rebased() -> None:
    session = Session()
    session.analyze(ANNOUNCED + "\n- Cut refund contacts 30% by tracing failures to timeouts.\n")
    for read in session._reader.memory.values():
        block = read.passage.block
        there = Block(block.kind, Span(block.span.start + 5, block.span.end + 5), block.level)
        moved = _moved(read, there)
        assert moved.passage.block == there
        assert moved.passage.items == tuple(rebased(item, base=there.span.start) for item in read.passage.items)
        # the block-relative findings placed where the block now sits
        assert [f.span for f in moved.placed] == [Span(f.span.start + there.span.start, f.span.end + there.span.start)
                                                  for f in read.findings]
        assert moved.passage.source == read.passage.source and moved.facts is read.facts


PARTS = st.sampled_from([
    "I also got one wrong.", "I also stepped back from one thing I had started.",
    "I launched the menu-swap beta without a cap on swaps per ward.", "I paused the beta for three days.",
    "After nine months I closed it and sold the machines.", "Launched the price explainer to 10% of renters.",
    "Cut the wait for a clean room from 40 minutes to 12 for housekeeping teams at 30 hotels.",
    "Rolled out the price explainer to 10% of renters in Ohio. Early results were good.",
    "Launched the explainer to 20% of renters; lease sign-ups rose from 31% to 36% over six weeks.",
])
LINES = st.one_of(st.lists(PARTS, min_size=1, max_size=4).map(" ".join),
                  PARTS.map(lambda part: "- " + part), st.sampled_from(["## The year", "## What I stopped", ""]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(LINES, max_size=8),
       edits=st.lists(st.tuples(st.integers(min_value=0, max_value=20), LINES, st.booleans()), max_size=8))
def test_a_session_over_announcements_and_launch_reach_matches_a_fresh_analysis(start, edits) -> None:
    session = Session()
    lines = list(start)
    session.analyze("\n".join(lines) + "\n")
    for where, line, replace in edits:
        if replace and lines:
            lines[where % len(lines)] = line
        else:
            lines.insert(where % (len(lines) + 1), line)
        text = "\n".join(lines) + "\n"
        mine, fresh = session.analyze(text), analyze(text)
        assert json.dumps(report_json(mine), sort_keys=True) == json.dumps(report_json(fresh), sort_keys=True)
        assert mine.reading == fresh.reading and mine.document == fresh.document
