"""Character offsets to editor positions: zero-based lines, columns in UTF-16 (or UTF-8/32) units.

A report's spans are Python string indices (code points). Editors speaking the Language Server
Protocol, and SARIF consumers such as GitHub code scanning, count columns in UTF-16 code units by
default, where an emoji or any character beyond U+FFFF takes two. Lines end at ``\\r\\n``, ``\\r``
or ``\\n`` only (the LSP's definition): form feeds, U+2028 and the other characters that
``str.splitlines`` treats as line breaks stay inside their line, as they do in the editor.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_NEWLINE = r"\r\n|\r|\n"  # compiled when first used: few texts hold a \r
UNITS = ("utf-16", "utf-8", "utf-32")


def _width_utf16(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def _width_utf8(char: str) -> int:
    return len(char.encode("utf-8", "surrogatepass"))


_WIDTH = {"utf-16": _width_utf16, "utf-8": _width_utf8, "utf-32": lambda char: 1}


class PositionIndex:
    """Converts between offsets into one text and (line, character) positions in one unit."""

    def __init__(self, text: str, encoding: str = "utf-16"):
        if encoding not in _WIDTH:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self._starts = [0]
        self._ends = []  # where each line's content ends (before its line break)
        for match in re.finditer(_NEWLINE, text):
            self._ends.append(match.start())
            self._starts.append(match.end())
        self._ends.append(len(text))
        self._width = _WIDTH[encoding]

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_text(self, line: int) -> str:
        """The content of a zero-based line, without its line break."""
        return self.text[self._starts[line]:self._ends[line]]

    def _units(self, chunk: str) -> int:
        if self.encoding == "utf-32" or chunk.isascii():
            return len(chunk)
        if self.encoding == "utf-16":
            return len(chunk.encode("utf-16-le", "surrogatepass")) // 2
        return len(chunk.encode("utf-8", "surrogatepass"))

    def position(self, offset: int) -> tuple[int, int]:
        """The zero-based (line, character) of an offset; one inside a line break ends its line."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        return line, self._units(self.text[start:min(offset, self._ends[line])])

    def offset(self, line: int, character: int) -> int:
        """The offset of a (line, character) position, clamped to the text and to the line's end.

        A character that falls inside a UTF-16 surrogate pair (or a UTF-8 sequence) moves to the
        start of that character, so a range never splits one.
        """
        if line < 0:
            return 0
        if line >= len(self._starts):
            return len(self.text)
        start, end = self._starts[line], self._ends[line]
        if character <= 0:
            return start
        content = self.text[start:end]
        if content.isascii() or self.encoding == "utf-32":
            return start + min(character, len(content))
        units = 0
        for index, char in enumerate(content):
            units += self._width(char)
            if units > character:
                return start + index
            if units == character:
                return start + index + 1
        return end
