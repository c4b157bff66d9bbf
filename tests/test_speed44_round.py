"""A speed round on the Session's edit: the blocks after an edit keep their keys and their story
labels when they lie in the text the two drafts end with, each the last draft's block at the same
index moved by the change in length (text/blocks.py ``unchanged_tail``), so only the blocks an edit
changed are keyed and looked at again. Every report stays the one a fresh analysis gives: blocks
moved, a heading added above, edits in the first and the last block."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach import Session, analyze, report_json
from packetcoach.text.blocks import common_prefix, common_suffix, parse_blocks, unchanged_tail

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from session_edits import apply_edit  # noqa: E402
from textgen import make_packet  # noqa: E402


def _same(text: str, report) -> None:
    fresh = analyze(text, level=report.level)
    assert json.dumps(report_json(report), sort_keys=True) == json.dumps(report_json(fresh), sort_keys=True)
    assert report.document == fresh.document
    assert report.reading == fresh.reading
    assert report.findings == fresh.findings
    assert tuple(passage.block for passage in report.document.passages) == report.document.blocks


@settings(max_examples=300, deadline=None)
@given(a=st.text(alphabet="ab\n", max_size=14), b=st.text(alphabet="ab\n", max_size=14))
def test_common_suffix_is_the_longest_shared_end(a, b) -> None:
    n = common_suffix(a, b)
    assert a[len(a) - n:] == b[len(b) - n:]
    assert n == min(len(a), len(b)) or a[len(a) - n - 1] != b[len(b) - n - 1]
    assert common_suffix(a, b) == common_prefix(a[::-1], b[::-1])


def test_the_tail_is_the_blocks_after_the_change() -> None:
    old = "# Year\n\n- Cut refunds 30%.\n\n- Held 40 interviews.\n\n- Killed the kit builder.\n"
    new = old.replace("Cut refunds", "Cut the refunds")
    assert unchanged_tail(new, parse_blocks(new), old, parse_blocks(old)) == 2  # after the edited item
    # an edit in the last block leaves no block after it
    last = old.replace("kit builder", "meal-kit builder")
    assert unchanged_tail(last, parse_blocks(last), old, parse_blocks(old)) == 4
    # a block split in two: the counts differ, nothing is known to be the same
    split = old.replace("Held 40 interviews.", "Held 40 interviews.\n\n- Wrote the brief.")
    assert unchanged_tail(split, parse_blocks(split), old, parse_blocks(old)) == 5
    # the same words after the change but another kind of block (a list item made a heading, whose
    # words the two drafts end with): nothing is known to be the same
    heading = old.replace("- Held 40 interviews.", "## Held 40 interviews.")
    assert unchanged_tail(heading, parse_blocks(heading), old, parse_blocks(old)) == 4


def test_edits_in_the_first_and_the_last_block_of_a_packet() -> None:
    text = make_packet(1500, 1)
    session = Session()
    session.analyze(text)
    first, last = text.index(" "), len(text) - 3
    for at in (first, last, first, len(text) // 2, last):
        for typed in range(1, 4):
            text = text[:at] + "x" * typed + text[at:]
            _same(text, session.analyze(text))


def test_a_heading_added_above_moves_and_renames_the_sections_below() -> None:
    text = make_packet(300, 2)
    session = Session()
    session.analyze(text)
    for draft in ("## Added first\n\n" + text, "## Added first\n\nI own checkout for 5M buyers.\n\n" + text,
                  text.replace("\n\n", "\n\n## Added in the middle\n\n", 3), text):
        _same(draft, session.analyze(draft))


LINES = st.sampled_from([
    "- Held 40 customer interviews with sellers about onboarding.",
    "- Cut refund contacts 30% by tracing failures to timeouts.",
    "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.",
    "I own checkout for 5M buyers across three teams.",
    "**Situation:** Small sellers abandoned onboarding at the tax step.",
    "**Result:** Completion rose from 71% to 89%.",
    "She convinced the payments VP to drop the extra step; Dana Reyes then cut setup to 11 minutes.",
    "## The year", "## Growth areas", "# Self-assessment", "", "",
])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(LINES, min_size=2, max_size=12),
       edits=st.lists(st.tuples(st.integers(min_value=0, max_value=30),
                                st.sampled_from(["type", "type", "first", "last", "insert", "heading", "delete"]),
                                LINES), min_size=1, max_size=8))
def test_a_session_with_moved_blocks_matches_a_fresh_analysis(start, edits) -> None:
    session = Session()
    lines = list(start)
    session.analyze("\n\n".join(lines) + "\n")
    for at, action, line in edits:
        text = apply_edit(lines, at, action, line)
        _same(text, session.analyze(text))
