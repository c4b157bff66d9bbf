"""A speed round on the Session's edit: whose deeds a draft tells is asked less of each version.

The draft's paragraphs are split at its blank lines in C when no blank line holds a space, tab or
carriage return (text/voice.paragraphs_of, what the pattern's split gives), and a version whose
paragraphs tell the same as the last one's, when that alone made the last a first-person draft,
is one too without counting the names again (text/voice.DraftVoice). Each answer is the one
:func:`draft_voice` gives the whole draft."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach.api import check_options
from packetcoach.text.voice import _PARAGRAPH_RE, DraftVoice, draft_voice, paragraphs_of

RUBRIC = check_options("amazon-pm", "L6", "self-assessment")


def test_paragraphs_are_split_at_blank_lines_as_the_pattern_splits_them() -> None:
    for text in ["a\n\nb", "a\n\n\nb", "a\n\n\n\nb", "a\n \nb", "a\n\t\n\nb", "a\r\n\r\nb", "\n\na\n\n",
                 "- one\n  - nested\n\nb", "a\nb", "", "\n", "a\n\n \n\nb"]:
        assert paragraphs_of(text) == _PARAGRAPH_RE.split(text), repr(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.\n\n\n \t\r", max_size=24))
def test_any_text_is_split_as_the_pattern_splits_it(text: str) -> None:
    assert paragraphs_of(text) == _PARAGRAPH_RE.split(text)


PARAGRAPHS = st.sampled_from([
    "I launched one-click reorder, lifting repeat orders 9%.",
    "She launched one-click reorder, lifting repeat orders 9%. She owns the roadmap.",
    "She cut onboarding from 9 days to 2. She hired two engineers. She runs the weekly review.",
    "Priya cut onboarding from 9 days to 2. Priya hired two engineers. Priya runs the review.",
    "Priya Shah owns checkout. Priya led the migration.",
    "He fixed the build. He wrote the runbook.",
    "Prioritized the backlog. Cut the launch scope. Negotiated with finance.",
    "I told Priya to lead it. I wrote the plan and I shipped it.",
    "## Summary",
    "## In her own words",
    "- Priya shipped the pricing page.\n  - She measured it weekly.",
    "We help 300 studios. priya was not consulted.",
])
DRAFTS = st.lists(PARAGRAPHS, min_size=0, max_size=10)
EDITS = st.lists(st.tuples(st.integers(min_value=0, max_value=12), PARAGRAPHS, st.booleans()), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=DRAFTS, edits=EDITS, separator=st.sampled_from(["\n\n", "\n \n", "\n\n\n"]))
def test_each_version_is_told_in_the_voice_the_whole_draft_reads(start: list[str], edits, separator: str) -> None:
    voices, paragraphs = DraftVoice(RUBRIC), start
    for at, paragraph, insert in [(0, None, False), *edits]:
        if paragraph is not None:
            paragraphs = list(paragraphs)
            if insert or not paragraphs:
                paragraphs.insert(at % (len(paragraphs) + 1), paragraph)
            else:
                paragraphs[at % len(paragraphs)] = paragraph
        text = separator.join(paragraphs)
        assert voices.read(text) == draft_voice(text, RUBRIC)


def test_a_first_person_draft_stays_first_person_until_a_name_keeps_acting() -> None:
    voices = DraftVoice(RUBRIC)
    first = "Prioritized the backlog. Cut the launch scope.\n\nI hired two engineers."
    assert voices.read(first) is None and voices.settled
    assert voices.read(first.replace("two", "three")) is None  # the same parts: the answer kept
    told = first.replace("I hired two engineers.", "Priya cut onboarding. Priya hired two engineers. "
                                                    "Priya runs the review. Priya led it.")
    assert voices.read(told) == draft_voice(told, RUBRIC) is not None
    assert not voices.settled
    assert voices.read(first) is None


PIECES = st.sampled_from(["a", "Text", "\n", "\n", " ", "# ", "## ", "- ", "* x", "+ b", "|", "1. ", "\t",
                          "######", "x\n\n- y", "\n\n", "\n \n", "<div>", "`"])
TEXTS = st.lists(PIECES, max_size=40).map("".join)
CHANGES = st.lists(st.tuples(st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=6),
                             st.lists(PIECES, max_size=4).map("".join)), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=TEXTS, changes=CHANGES)
def test_the_pieces_starts_found_around_an_edit_are_those_of_the_whole_text(start: str, changes) -> None:
    """The block reader's piece starts (text/blocks.chunk_starts) searched only around each edit,
    the last text's matches reused before and after it, are those a search of the whole text finds;
    and the blocks are the block reader's."""
    from packetcoach.text.blocks import BlocksMemo, chunk_starts, parse_blocks, parse_blocks_cached
    memo, cache, dropped, text = BlocksMemo(), {}, {}, start
    for at, length, inserted in [(0, 0, ""), *changes]:
        at = at % (len(text) + 1)
        text = text[:at] + inserted + text[at + length:]
        starts = chunk_starts(text)
        assert parse_blocks_cached(text, cache, dropped, memo) == parse_blocks(text)
        assert memo.starts == (starts if starts is not None and len(starts) > 1 else [])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=TEXTS, changes=CHANGES)
def test_the_lines_rebuilt_around_an_edit_are_the_texts_lines(start: str, changes) -> None:
    """The lines a Session's line memos look up: those before and after the change are the last
    text's strings, the rest split again; the list is the text's split at its line breaks."""
    from packetcoach.text.blocks import BlocksMemo, parse_blocks_cached
    memo, cache, dropped, text = BlocksMemo(), {}, {}, start
    for at, length, inserted in [(0, 0, ""), *changes]:
        at = at % (len(text) + 1)
        text = text[:at] + inserted + text[at + length:]
        memo.change(text)
        assert memo.lines_of(text) == text.split("\n")
        parse_blocks_cached(text, cache, dropped, memo)


def test_a_session_reads_each_edit_as_a_fresh_analysis() -> None:
    from packetcoach import Session, analyze, report_json
    draft = ("# Self-assessment\n\n## Summary\n\n- Launched one-click reorder, lifting repeat orders 9%.\n"
             "- Our customers are the 140 product teams at the company.\n\n## Growth\n\n"
             "Priya cut onboarding from 9 days to 2. Priya hired two engineers. Priya runs the review.\n")
    session = Session()
    for text in [draft, draft.replace("9%", "11%"), draft.replace("Priya runs", "I run"),
                 draft + "\n- Cut the queue\n", draft.replace("\n\n## Growth", "\n \n## Growth"), draft]:
        assert report_json(session.analyze(text)) == report_json(analyze(text))
