"""A speed round on the Session's edit: what the block reader already knows of an edit is told to
those who asked it again, and the passes over every block are made once.

The block reader says from which block on it took each piece from where it was, moved, so the
blocks after the change are not compared again (text/blocks.py ``unchanged_tail``); the size
bounds are counted from the characters the change touched (text/limits.py ``counts_after``);
whether the draft opens with its title is asked once, from its sections; each block's findings
are kept in the report's order, so the document's few are put in place among them; the voices
are totalled in one transposing pass; the reads an edit dropped are found among the changed
blocks' keys. Every answer is the one a fresh reading gives."""

from __future__ import annotations

import json
import sys
from operator import attrgetter
from pathlib import Path

import pytest

from packetcoach import Session, analyze, api, report_json
from packetcoach.analysis.scoring import Voices
from packetcoach.core.errors import InputError
from packetcoach.text import blocks as blocks_module, structure
from packetcoach.text.blocks import parse_blocks, unchanged_tail
from packetcoach.text.limits import MAX_PARTS, ascii_counts, check_size, counts_after
from packetcoach.text.structure import sections_of, titled

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
CORPUS = sorted((ROOT / "corpus" / "packets").glob("*.md"))
sys.path.insert(0, str(ROOT / "bench"))
from textgen import make_packet  # noqa: E402

BY_PLACE = attrgetter("span.start", "rule")


def _same(session_report, fresh) -> None:
    assert json.dumps(report_json(session_report), sort_keys=True) == json.dumps(report_json(fresh), sort_keys=True)
    assert session_report.document == fresh.document
    assert session_report.findings == fresh.findings


def _edits(text: str) -> list[str]:
    """A one-word edit at a quarter, half and three quarters of the draft, typed three times, a new
    sentence end and line, a word of non-ASCII letters, and the edit taken back."""
    words = text.split(" ")
    drafts = []
    for at in (len(words) // 4, len(words) // 2, 3 * len(words) // 4):
        for typed in ("x", "xx", "xxx", "! Then", ".\n\nA new line.", " café", ""):
            edited = list(words)
            edited[at] += typed
            drafts.append(" ".join(edited))
    return drafts


@pytest.mark.parametrize("words", [300, 1500, 5000])
def test_a_session_of_a_generated_packet_matches_fresh_analyses(words, monkeypatch) -> None:
    """Each edit's report is a fresh analysis's, and the block reader's word on the moved blocks
    gives what comparing them all gives."""
    answers = []

    def both(text, blocks, old_text, old, head=0, memo=None):
        found = unchanged_tail(text, blocks, old_text, old, head, memo)
        answers.append((found, unchanged_tail(text, blocks, old_text, old, head)))
        return found

    monkeypatch.setattr(api, "unchanged_tail", both)
    monkeypatch.setattr(structure, "unchanged_tail", both)
    text = make_packet(words, 1)
    session = Session()
    session.analyze(text)
    for draft in _edits(text):
        _same(session.analyze(draft), analyze(draft))
    assert answers and all(memo == plain for memo, plain in answers)
    assert any(memo < 10**6 for memo, _ in answers)


@pytest.mark.parametrize("path", EXAMPLES + CORPUS[::9], ids=lambda path: path.stem)
def test_a_session_of_a_draft_matches_fresh_analyses(path) -> None:
    text = path.read_text(encoding="utf-8")
    session = Session()
    session.analyze(text)
    for draft in _edits(text)[::3]:
        _same(session.analyze(draft), analyze(draft))


def test_the_block_reader_knows_the_moved_blocks_only_when_it_read_them() -> None:
    """Blocks the block reader did not give (a story in parts joined, another draft's) are compared."""
    memo = blocks_module.BlocksMemo()
    old = "# Title\n\nA first paragraph.\n\n- One item.\n- Two items.\n\nA last paragraph.\n"
    new = old.replace("first", "firstly")
    cache, dropped = {}, {}
    memo.change(old)
    before = blocks_module.parse_blocks_cached(old, cache, dropped, memo)
    memo.change(new)
    after = blocks_module.parse_blocks_cached(new, cache, dropped, memo)
    assert memo.tail is not None and memo.tail[0] is before and memo.tail[1] is after
    assert unchanged_tail(new, after, old, before, 1, memo) == unchanged_tail(new, after, old, before, 1) == 2
    copy = tuple(after)  # the same blocks, not the block reader's tuple: compared
    assert unchanged_tail(new, copy, old, before, 1, memo) == 2
    other = parse_blocks(new.replace("last", "LAST"))  # a last block that differs: nothing after the change
    assert unchanged_tail(new, other, old, before, 1, memo) == unchanged_tail(new, other, old, before, 1)


@pytest.mark.parametrize("old,new", [
    ("Plain words. And more!\n\nA line?", "Plain words. And more!\n\nA new line?"),
    ("Plain words.", "Plain words!!! Yes.\n\n\r\n"),
    ("Some text here.\n", "Some café here.\n"),  # not ASCII: counted as before
    ("a.b.c", "a.b.c"),
    ("aaa", "aaaa"),  # the change and the shared end overlap
])
def test_the_size_counts_of_an_edit_are_those_of_the_whole_text(old, new) -> None:
    memo = blocks_module.BlocksMemo()
    memo.change(old)
    memo.text = old
    first, shared = memo.change(new)
    counts = counts_after(new, (old, ascii_counts(old)), first, shared)
    assert counts == (ascii_counts(new) if new.isascii() else None)


def test_a_session_refuses_a_draft_grown_past_the_parts_limit() -> None:
    session = Session()
    text = "Fine.\n"
    session.analyze(text)
    grown = text + "Ends. " * (MAX_PARTS + 5)
    with pytest.raises(InputError) as fresh:
        check_size(grown, "-")
    with pytest.raises(InputError) as kept:
        session.analyze(grown)
    assert str(kept.value) == str(fresh.value)
    assert session.analyze(text).document.text == text  # and reads the next draft as before


@pytest.mark.parametrize("text", [
    "# Title\n\n## A\n\nText.\n",  # the title and one section: titled
    "# Title\n\nText.\n\n# Another\n",  # two level-1 headings: not
    "Text first.\n\n# Title\n",  # not opened by a heading
    "## Section\n\nText.\n",  # not level 1
    "# Title\n",
    "",
])
def test_the_title_is_asked_of_the_sections_as_of_the_blocks(text) -> None:
    blocks = parse_blocks(text)
    assert titled(blocks, sections_of(text, blocks)) == titled(blocks)


def test_the_voices_totalled_at_once_are_those_of_the_voiced_blocks() -> None:
    report = analyze(make_packet(1500, 2))
    parts = [Voices.of(passage.items) for passage in report.document.passages]
    voiced = [part for part in parts if part.voiced]
    expected = Voices(tuple(s for part in voiced for s in part.strengths), sum(part.ready for part in voiced),
                      sum(part.voiced for part in voiced), sum(part.engineering for part in voiced),
                      any(part.engineering_claim for part in voiced), any(part.business_claim for part in voiced))
    assert Voices.total(parts) == expected
    assert Voices.total([]) == Voices() == Voices.total([Voices()])


@pytest.mark.parametrize("path", EXAMPLES + CORPUS[::5], ids=lambda path: path.stem)
def test_each_block_keeps_its_findings_in_the_reports_order(path) -> None:
    """The premise of putting the document's findings in place: the blocks' findings, one block
    after another, are already in order, and the report's are in order."""
    text = path.read_text(encoding="utf-8")
    session = Session()
    report = session.analyze(text)
    reader = session._reader
    placed = [finding for key in reader.keys[3] for finding in reader.memory[key].placed]
    assert placed == sorted(placed, key=BY_PLACE)
    assert list(report.findings) == sorted(report.findings, key=BY_PLACE)


def test_the_reads_an_edit_dropped_are_those_a_difference_of_every_key_finds() -> None:
    text = make_packet(1500, 3)
    session = Session()
    session.analyze(text)
    reader = session._reader
    for draft in [*_edits(text)[:7], text, "# Only a title\n", text]:
        last = dict(reader.memory)
        session.analyze(draft)
        expected = {key: last[key] for key in last.keys() - reader.memory.keys()}
        assert reader.dropped.keys() == expected.keys()
        assert all(reader.dropped[key] is read for key, read in expected.items())
