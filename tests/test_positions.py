"""Offsets to editor positions and back, over arbitrary text: astral characters, CRLF, lone CR."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from packetcoach.output.positions import PositionIndex

# Characters that matter: ASCII, accents, BMP symbols, emoji and other astral characters, line breaks,
# and the breaks LSP does not count (form feed, U+2028) that str.splitlines would.
ALPHABET = st.sampled_from(["a", " ", "é", "—", "中", "🚀", "👩", "\u200d", "𝒮", "\r\n", "\n", "\r", "\x0c", "\u2028"])
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)
WIDTH = {"utf-16": lambda c: len(c.encode("utf-16-le")) // 2, "utf-8": lambda c: len(c.encode()),
         "utf-32": lambda c: 1}


def _reference(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """The position by brute force: LSP line breaks before the offset, then units on its line (not inside CRLF)."""
    breaks = [m.end() for m in re.finditer(r"\r\n|\r|\n", text) if m.end() <= offset]
    line_start = breaks[-1] if breaks else 0
    return len(breaks), sum(WIDTH[encoding](c) for c in text[line_start:offset])


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from(["utf-16", "utf-8", "utf-32"]), st.data())
def test_offset_position_round_trip(text, encoding, data) -> None:
    index = PositionIndex(text, encoding)
    offset = data.draw(st.integers(0, len(text)))
    line, character = index.position(offset)
    inside_crlf = 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n"
    if not inside_crlf:
        assert (line, character) == _reference(text, offset, encoding)
        assert index.offset(line, character) == offset


@given(TEXTS)
def test_lines_split_only_where_lsp_says(text) -> None:
    index = PositionIndex(text)
    assert [index.line_text(n) for n in range(index.line_count)] == re.split(r"\r\n|\r|\n", text)


def test_emoji_take_two_utf16_units_and_positions_clamp() -> None:
    index = PositionIndex("a🚀b\r\nc")
    assert index.position(2) == (0, 3) and index.position(3) == (0, 4) and index.position(5) == (1, 0)
    assert index.offset(0, 2) == 1  # inside the surrogate pair: the start of the emoji
    assert index.offset(0, 99) == 3 and index.offset(7, 0) == 6 and index.offset(-1, 0) == 0
