"""Split a draft into blocks and sentences, keeping exact offsets from the parse.

markdown-it-py finds the block structure (headings, paragraphs, list items,
code and tables to skip) and tells which source lines each block spans. Inside
those lines, a block's content is the tail of each line after its indentation
and marker, so its offsets follow from the line arithmetic of the parse itself;
nothing is searched for again in the text. Inline markup (``**``, backticks,
link targets) is blanked in a *view* of the same length, so words keep their
offsets into the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Block, Section, Span

BULLET_GLYPH_RE = re.compile(r"[•◦▪‣●○■□➢►–—]\s+")
MARKUP_RE = re.compile(
    r"(?P<link>!?\[(?=[^\]]*\]\([^)]*\)))|(?P<target>\]\([^)]*\))|(?P<emph>\*{1,3}|_{2,3}|`+|~~)"
    r"|(?P<under>(?<!\w)_(?=\w)|(?<=\w)_(?!\w))|(?P<tag><[/!]?[a-zA-Z][^<>]*>)"
)
SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$€£])")
ABBREVIATIONS = frozenset(
    "e.g i.e etc vs mr mrs ms dr st jr sr inc ltd co corp no approx incl est dept fig al "
    "u.s u.k a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _content_spans(text: str, starts: list[int], first: int, last: int, content: str) -> list[Span]:
    """Map each content line of an inline token back to its source line by arithmetic."""
    spans: list[Span] = []
    lines = content.split("\n")
    for offset, piece in enumerate(lines):
        number = first + offset
        if number >= last or number >= len(starts):
            break
        line_start = starts[number]
        line_end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
        raw = text[line_start:line_end].rstrip("\r")
        piece = piece.rstrip()
        if not piece:
            continue
        tail = len(raw.rstrip()) - len(piece)
        if tail < 0 or raw[tail : tail + len(piece)] != piece:
            tail = raw.find(piece)  # tabs expanded by the parser: fall back within this line only
            if tail < 0:
                continue
        spans.append(Span(line_start + tail, line_start + tail + len(piece)))
    return spans


def _glyph_items(text: str, spans: list[Span]) -> list[list[Span]]:
    """Lines starting with a bullet glyph (pasted from Word or Quip) are list items."""
    groups: list[list[Span]] = []
    for span in spans:
        glyph = BULLET_GLYPH_RE.match(text, span.start, span.end)
        if glyph and glyph.end() < span.end:
            groups.append([Span(glyph.end(), span.end)])
        elif groups and glyph is None and _starts_with_glyph(text, groups[0][0]):
            groups[-1].append(span)
        else:
            groups.append([span]) if not groups else groups[-1].append(span)
    return groups


def _starts_with_glyph(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    return BULLET_GLYPH_RE.match(text, line_start) is not None


def parse_blocks(text: str) -> tuple[Block, ...]:
    """Headings, paragraphs and list items, in document order, with content spans."""
    starts = line_starts(text)
    blocks: list[Block] = []
    context: list[str] = []
    heading_level = 0
    for token in _parser().parse(text):
        if token.type.endswith("_open"):
            context.append(token.type)
            if token.type == "heading_open":
                heading_level = int(token.tag[1:])
            continue
        if token.type.endswith("_close"):
            if context:
                context.pop()
            continue
        if token.type != "inline" or token.map is None or "table_open" in context:
            continue
        spans = _content_spans(text, starts, token.map[0], token.map[1], token.content)
        if not spans:
            continue
        if "heading_open" in context:
            blocks.append(Block("heading", Span(spans[0].start, spans[-1].end), heading_level))
            continue
        depth = context.count("bullet_list_open") + context.count("ordered_list_open")
        in_item = context and context[-2:-1] == ["list_item_open"]
        if in_item:
            blocks.append(Block("list_item", Span(spans[0].start, spans[-1].end), depth))
            continue
        for group in _glyph_items(text, spans):
            kind = "list_item" if _starts_with_glyph(text, group[0]) else "paragraph"
            blocks.append(Block(kind, Span(group[0].start, group[-1].end), depth + (kind == "list_item")))
    return tuple(blocks)


def markup_view(text: str) -> str:
    """The text with inline markup blanked to spaces: same length, same offsets."""
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
