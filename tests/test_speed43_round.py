"""A speed round on the Session's edit: placing the reads where their blocks sit and the 90-second
skim start where the last edit changed the draft, when every block before it is the one placed and
skimmed last time (api.py ``PlacedMemo``, analysis/packet.py ``SkimMemo``). Every report stays the
one a fresh analysis gives, repeated headings and repeated items (renamed "-2") included."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach import Session, analyze, report_json
from packetcoach.analysis.packet import SkimMemo, skim_read
from packetcoach.api import PlacedMemo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from session_edits import apply_edit  # noqa: E402
from textgen import make_packet  # noqa: E402

# two sections with the same heading and an item said twice: the heading is placed anew on every
# edit, the second item renamed
REPEATS = ("# Self-assessment\n\n## The year\n\n- Cut refund contacts 30% by tracing failures to timeouts.\n\n"
           "- Held 40 customer interviews with sellers about onboarding.\n\n## Growth areas\n\n"
           "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.\n\n## The year\n\n"
           "- Held 40 customer interviews with sellers about onboarding.\n\n"
           "I own checkout for 5M buyers across three teams.\n\n## Growth areas\n\n"
           "- Proposed and launched one-click reorder for grocery shoppers, lifting repeat orders 9%.\n")


def _same(text: str, report) -> None:
    fresh = analyze(text, level=report.level)
    assert json.dumps(report_json(report), sort_keys=True) == json.dumps(report_json(fresh), sort_keys=True)
    assert report.document == fresh.document
    assert report.reading == fresh.reading
    assert tuple(passage.block for passage in report.document.passages) == report.document.blocks


def _typing(text: str, at: int, keys: int):
    """The drafts of ``keys`` characters typed one by one at offset ``at``."""
    for typed in range(1, keys + 1):
        yield text[:at] + "x" * typed + text[at:]


def test_typing_in_one_block_places_from_that_block_on() -> None:
    text = make_packet(1500, 1)
    words = text.split(" ")
    at = len(" ".join(words[:len(words) // 2]))
    session = Session()
    session.analyze(text)
    starts = []
    resume = PlacedMemo.resume

    def recording(memo, found):
        answer = resume(memo, found)
        starts.append(answer[0])
        return answer

    PlacedMemo.resume = recording
    try:
        for draft in _typing(text, at, 4):
            _same(draft, session.analyze(draft))
    finally:
        PlacedMemo.resume = resume
    edited = next(b for b, block in enumerate(analyze(text).document.blocks) if block.span.start <= at < block.span.end)
    # the first keystroke finds where the draft changed; the next ones start there, past the
    # bench packet's repeated headings and renamed items above it
    assert starts[0] == 0 and starts[1:] == [edited] * 3


def test_the_skim_from_a_checkpoint_is_the_skim_from_the_top() -> None:
    text = make_packet(1500, 1)
    session = Session()
    session.analyze(text)
    memo = SkimMemo()
    for at in (len(text) // 10, len(text) // 10, len(text) // 2, len(text) // 2, 40, len(text) - 2):
        draft = text[:at] + "xy" + text[at:]
        report = session.analyze(draft)
        blocks = tuple(zip(report.document.passages, _facts(session)))
        assert skim_read(blocks, report.rubric, memo) == skim_read(blocks, report.rubric)
        _same(draft, report)


def _facts(session: Session):
    """Each block's facts, as the Session's last draft found them, in draft order."""
    return [read.facts for _, read, _ in session._reader.placing.found]


def test_repeated_headings_and_items_under_edits() -> None:
    session = Session()
    session.analyze(REPEATS)
    lines = REPEATS.split("\n")
    for line in (4, 4, 6, 14, 14, 2, 16):  # typing, then edits above and below the last one
        lines[line] += "s"
        draft = "\n".join(lines)
        _same(draft, session.analyze(draft))
    report = session.analyze(draft)
    assert any(item.id.endswith("-2") for item in report.document.items)


LINES = st.sampled_from([
    "- Held 40 customer interviews with sellers about onboarding.",
    "- Cut refund contacts 30% by tracing failures to timeouts.",
    "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.",
    "I own checkout for 5M buyers across three teams.",
    "**Saying no to the chatbot.** The deputy director wanted one; I showed 70% of questions were about fees.",
    "## The year", "## The year", "## Growth areas", "", "",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(LINES, min_size=3, max_size=12),
       edits=st.lists(st.tuples(st.integers(min_value=0, max_value=30), st.sampled_from(["type", "type", "line"]),
                                LINES), min_size=1, max_size=8))
def test_a_session_with_repeats_matches_a_fresh_analysis(start, edits) -> None:
    session = Session()
    lines = list(start)
    session.analyze("\n\n".join(lines) + "\n")
    for at, action, line in edits:
        text = apply_edit(lines, at, action, line)
        _same(text, session.analyze(text))


# story parts told in labelled paragraphs and nested items: joined as one story, in a Session as in
# a fresh analysis, whichever block an edit touches
STAR = ("# Self-assessment\n\n## The year\n\n- Cut refund contacts 30% by tracing failures to timeouts.\n\n"
        "**Situation:** Small sellers abandoned onboarding at the tax step.\n\n"
        "**Action:** I convinced the payments VP to drop the extra step.\n\n"
        "**Result:** Completion rose from 71% to 89%.\n\n## Growth areas\n\n"
        "- Checkout rework\n  - Problem: buyers dropped at the address form.\n"
        "  - What I did: I cut the form to one field.\n  - Impact: conversion rose 4%.\n\n"
        "- Held 40 customer interviews with sellers about onboarding.\n")


def test_labelled_story_parts_under_edits() -> None:
    from packetcoach.text.structure import PartsMemo, join_story_parts
    from packetcoach.text.blocks import parse_blocks

    session = Session()
    session.analyze(STAR)
    lines = STAR.split("\n")
    for line in (4, 6, 4, 10, 16, 18, 2, 2, 20):
        lines[line] += "s"
        draft = "\n".join(lines)
        _same(draft, session.analyze(draft))
    labels = session._reader.base.story_part_labels
    memo = PartsMemo()
    for cut in (0, len(STAR) // 3, len(STAR) // 3, len(STAR) - 3):
        draft = STAR[:cut] + "Situation: " + STAR[cut:]
        blocks = parse_blocks(draft)
        assert join_story_parts(draft, blocks, labels, memo) == join_story_parts(draft, blocks, labels)
    joined = [p for p in analyze(STAR).document.passages if p.source.startswith("**Situation:**")]
    assert len(joined) == 1 and "Completion rose" in joined[0].source  # the three paragraphs read as one


def _name_counts_by_loop(parts):
    names = {}
    for part in parts:
        for key, verb in part.starts:
            counts = names.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += verb
    return names


NAMES = st.tuples(st.sampled_from(["Dana", "Priya", "Tomasz", "Checkout"]), st.sampled_from([None, "Reyes", "Wilk"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3),
                          st.lists(st.tuples(NAMES, st.booleans()), max_size=5).map(tuple)), max_size=6))
def test_names_counted_in_c_are_counted_as_by_the_loop(raw) -> None:
    from packetcoach.text.voice import Told, _name_counts

    parts = [Told(she, he, starts) for she, he, starts in raw]
    counted = _name_counts(parts)
    assert counted == _name_counts_by_loop(parts)
    assert list(counted) == list(_name_counts_by_loop(parts))  # the order names first open a sentence


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.floats(0, 5), max_size=3).map(tuple), st.integers(0, 3), st.integers(0, 4),
                          st.integers(0, 2), st.booleans(), st.booleans()), max_size=8))
def test_a_drafts_voices_total_its_blocks(raw) -> None:
    from itertools import chain

    from packetcoach.analysis.scoring import Voices

    parts = [Voices(*fields) for fields in raw]
    voiced = [part for part in parts if part.voiced]
    expected = Voices(tuple(chain.from_iterable(part.strengths for part in voiced)), sum(part.ready for part in voiced),
                      sum(part.voiced for part in voiced), sum(part.engineering for part in voiced),
                      any(part.engineering_claim for part in voiced), any(part.business_claim for part in voiced))
    assert Voices.total(iter(parts)) == expected
    assert [type(value) for value in Voices.total(iter(parts))] == [type(value) for value in expected]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\n", max_size=30), st.text(alphabet="ab\n", max_size=30))
def test_the_common_prefix_is_the_characters_two_texts_share(a, b) -> None:
    from packetcoach.text.blocks import common_prefix

    shared = next((at for at, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    assert common_prefix(a, b) == shared


BLOCK_LINES = st.sampled_from([
    "# Heading", "## Again", "## Again", "- bullet one", "  - nested", "1. numbered", "Plain paragraph text.",
    "continued line", "", "", "> quoted", "<div>", "| a | b |", "|---|---|", "```", "code", "- a | b",
    "<!-- open comment", "still comment -->", "* starred", "\u00c9cole first",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(BLOCK_LINES, max_size=25),
       st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["insert", "type", "delete"]), BLOCK_LINES), max_size=6))
def test_blocks_taken_from_the_last_text_are_the_blocks_read_whole(lines, edits) -> None:
    """The pieces before an edit taken whole from the last text (``BlocksMemo``), in any order of
    edits above, inside and below the last one, fences and comments that stop the pieces included."""
    from packetcoach.text.blocks import BlocksMemo, parse_blocks, parse_blocks_cached

    cache: dict = {}
    dropped: dict = {}
    memo = BlocksMemo()
    lines = list(lines)
    for step in [None, *edits]:
        if step is not None:
            at, action, line = step
            where = at % (len(lines) + 1)
            if action == "insert" or not lines:
                lines.insert(where, line)
            elif action == "type":
                lines[where % len(lines)] += "x"
            else:
                del lines[where % len(lines)]
        text = "\n".join(lines) + "\n"
        assert parse_blocks_cached(text, cache, dropped, memo) == parse_blocks(text)


# refusals told in full under a run-in title or a heading, beside stops told by their verbs: the
# stopped list a Session reads after each edit is a fresh analysis's
REFUSALS = ("# Self-assessment\n\n## The year\n\n- Cut refund contacts 30% by tracing failures to timeouts.\n\n"
            "**Saying no to the chatbot.** The deputy director wanted one for the help centre; I showed that "
            "70% of the 4,000 questions a month were about fees, and we fixed the fee page instead.\n\n"
            "## Stopping the crypto payouts project\n\n"
            "Sellers asked for crypto payouts, and 3 of 40 used the pilot; I ended it after 6 weeks and moved "
            "the 2 engineers to refunds.\n\n## Growth areas\n\n"
            "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.\n\n"
            "- Held 40 customer interviews with sellers about onboarding.\n")


def test_refusals_told_in_full_under_edits() -> None:
    session = Session()
    session.analyze(REFUSALS)
    lines = REFUSALS.split("\n")
    stopped = []
    for line in (6, 6, 4, 14, 14, 10, 8, 6, 16):
        lines[line] += " s"
        draft = "\n".join(lines)
        report = session.analyze(draft)
        _same(draft, report)
        stopped.append(report.reading.stopped_items)
    assert any(len(items) >= 2 for items in stopped)  # the titled refusal is listed beside the verb's stop


def test_the_rules_lookups_in_c_answer_as_the_loops_did() -> None:
    """The packet rules' item table, their "a start told by its verb" and the level claims' stops,
    picked in C, on every example and the repeated items above."""
    from packetcoach.analysis.packet import PacketView, _level_claims_retold
    from packetcoach.rules.document import PacketContext, _start_told

    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.md"))
    for text in [REPEATS, REFUSALS, *(path.read_text(encoding="utf-8") for path in examples)]:
        report = analyze(text)
        items = report.document.items
        context = PacketContext(report.document, PacketView(items, ()), report.reading, report.rubric,
                                report.level, report.doc_type)
        assert context.items_by_id == {item.id: item for item in items}
        assert _start_told(context) == any(item.facts.initiated for item in items if item.facts is not None)
        stopped = report.reading.stopped_items
        assert _level_claims_retold(stopped, items, report.rubric) == stopped  # as the report read them


def test_the_web_pages_skim_reads_its_facts_as_it_goes() -> None:
    """The 90-second view hands the skim its blocks as a generator, worked out as the skim reaches
    them: the skim reads it as it did, no further than its budget, with the same spans."""
    from packetcoach.analysis.facts import passage_facts
    from packetcoach.frontends.web.skim import skim_spans

    report = analyze(make_packet(1500, 1))
    pairs = [(passage, passage_facts(passage, report.rubric)) for passage in report.document.passages]
    taken = []

    def made():
        for pair in pairs:
            taken.append(pair)
            yield pair

    assert skim_read(made(), report.rubric) == skim_read(tuple(pairs), report.rubric)
    assert len(taken) < len(pairs)  # the budget spent before the draft's end
    assert skim_spans(report) and skim_spans(report) == skim_spans(analyze(make_packet(1500, 1)))
