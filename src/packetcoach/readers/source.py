"""The text a draft is analysed as, and where it came from."""

# No ``from __future__ import annotations``: see coach/clauses.py (Source is a named tuple).
from typing import NamedTuple


class Source(NamedTuple):
    """A draft turned into text.

    ``text`` is the one text every offset in a report points into. For .md and
    .txt files it is the file's own text (decoded, newlines kept as they are);
    for .docx and .html it is the extracted text, written as light Markdown
    (``# `` headings, ``- `` list items, blank lines between paragraphs) so the
    same structure reader serves every format.
    """

    name: str  # the path as the user gave it, or "-" for stdin
    text: str
    kind: str  # "markdown" | "text" | "docx" | "html"
    notes: tuple[str, ...] = ()  # e.g. "decoded as cp1252", "empty draft"
