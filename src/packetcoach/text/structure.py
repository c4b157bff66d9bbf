"""Blocks, sections and sentences of a draft, keeping exact offsets from the parse.

The block structure comes from :mod:`packetcoach.text.blocks`, which records each
block's content span as it reads the lines. Inline markup (``**``, backticks,
link targets) is blanked in a *view* of the same length, so words keep their
offsets into the original text.
"""

from __future__ import annotations

import re

from packetcoach.text.blocks import parse_blocks
from packetcoach.core.model import Block, Section, Span

__all__ = ["parse_blocks", "markup_view", "sections_of", "split_sentences"]

MARKUP_RE = re.compile(
    r"(?P<link>!?\[(?=[^\]]*\]\([^)]*\)))|(?P<target>\]\([^)]*\))|(?P<emph>\*{1,3}|_{2,3}|`+|~~)"
    r"|(?P<under>(?<!\w)_(?=\w)|(?<=\w)_(?!\w))|(?P<tag><[/!]?[a-zA-Z][^<>]*>)"
)
SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$€£])")
ABBREVIATIONS = frozenset(
    "e.g i.e etc vs mr mrs ms dr st jr sr inc ltd co corp no approx incl est dept fig al "
    "u.s u.k a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


MAYBE_MARKUP_RE = re.compile(r"[\[\]*_`~<]")


def markup_view(text: str) -> str:
    """The text with inline markup blanked to spaces: same length, same offsets."""
    if MAYBE_MARKUP_RE.search(text) is None:  # most blocks of a draft have no markup at all
        return text
    return MARKUP_RE.sub(lambda m: " " * (m.end() - m.start()), text)


def sections_of(text: str, blocks: tuple[Block, ...]) -> tuple[Section, ...]:
    """Each heading opens a section that runs to the next heading of any level."""
    sections: list[Section] = []
    headings = [block for block in blocks if block.kind == "heading"]
    first_start = headings[0].span.start if headings else len(text)
    if not headings or any(b.span.start < first_start for b in blocks):
        sections.append(Section(None, Span(0, first_start), 0))
    for index, heading in enumerate(headings):
        end = headings[index + 1].span.start if index + 1 < len(headings) else len(text)
        line_start = text.rfind("\n", 0, heading.span.start) + 1
        sections.append(Section(heading.span.text(text).strip(), Span(line_start, end), heading.level))
    return tuple(sections)


def split_sentences(view: str, span: Span) -> list[Span]:
    """Sentence spans inside a block, skipping abbreviations, initials and decimals."""
    sentences: list[Span] = []
    start = span.start
    for match in SENTENCE_END_RE.finditer(view, span.start, span.end):
        word = re.search(r"(\S+)$", view[start : match.start()])
        before = word.group(1).lower().rstrip(".") if word else ""
        if match.group().startswith(".") and (before in ABBREVIATIONS or len(before) == 1):
            continue
        sentences.append(_trim(view, Span(start, match.end())))
        start = match.end()
    if start < span.end:
        sentences.append(_trim(view, Span(start, span.end)))
    return [s for s in sentences if s.end > s.start]


def _trim(view: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return Span(start, end)
