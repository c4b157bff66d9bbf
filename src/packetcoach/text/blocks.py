"""A line-based reader for the Markdown that drafts use, with exact offsets.

Drafts use a small part of Markdown: ATX and setext headings, bullet and
numbered lists (nested by indentation), paragraphs, block quotes, the odd table
(whose body rows are blocks of their own: a row may tell a story) and the odd
fenced code block or HTML comment to skip. This reader finds those blocks
line by line and records, for each, the character span of its content: the part
of each line after indentation and marker. Offsets therefore come from the parse
itself, never from searching the text again.

Why not markdown-it-py: it reports only line ranges, so offsets would still need
this arithmetic, and importing it costs ~37 ms, a quarter of the whole-process
budget (docs/decisions.md). tests/test_blockparse.py checks that this reader and
markdown-it-py agree on block structure over generated documents.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (_Line is a named tuple).

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter
from typing import NamedTuple, Sequence

from packetcoach.core.model import Block, Span
from packetcoach.core.regexes import compiled

LINE_RE = compiled(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")  # \r\n, \n and a lone \r end a line
ATX_RE = compiled(r" {0,3}(#{1,6})(?:[ \t]+|$)")
ATX_CLOSE_RE = compiled(r"(?:[ \t]+#+)?[ \t]*$")
SETEXT_RE = compiled(r" {0,3}(=+|-+)[ \t]*$")
THEMATIC_RE = compiled(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
FENCE_RE = compiled(r" {0,3}(`{3,}|~{3,})")
LIST_RE = compiled(r"([ \t]*)([-*+]|\d{1,9}[.)]|[•◦▪‣●○■□➢►–—])([ \t]+|$)")
QUOTE_RE = compiled(r" {0,3}> ?")
HTML_BLOCK_RE = compiled(r" {0,3}<(?:!--|/?[a-zA-Z][\w-]*(?:[\s/>]|$)|\?|![A-Z])")
LINK_DEFINITION_RE = compiled(r" {0,3}\[[^\]]+\]:[ \t]*\S")
TABLE_DELIMITER = r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$"  # compiled when first used


class _Line(NamedTuple):
    start: int  # offset of the line's first character
    end: int  # offset just past the line's content (before "\r\n" or "\n")
    text: str


class _Open:
    """The block being built: its kind, nesting and the content spans of its lines.

    A plain class: the reader changes it as lines come (a setext underline makes a paragraph a
    heading), and nothing compares or prints it, so a dataclass would only add start-up time.
    """

    def __init__(self, kind: str, depth: int = 0, content_column: int = 0):
        self.kind, self.depth, self.content_column = kind, depth, content_column
        self.level = 0  # a heading's level, once a setext underline makes the paragraph one
        self.spans: list[Span] = []


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in LINE_RE.finditer(text):
        raw = match.group()
        body = raw.rstrip("\n").rstrip("\r")
        lines.append(_new(_Line, (match.start(), match.start() + len(body), body)))
    return lines


def _width(indent: str) -> int:
    """Columns of leading white space, a tab counting as four (close enough for drafts)."""
    return len(indent.replace("\t", "    "))


def _content(line: _Line, column: int) -> Span | None:
    """The span of a line's text from ``column``, trailing blanks trimmed; None when blank."""
    body = line.text[column:].rstrip()
    lead = len(body) - len(body.lstrip())
    if not body.strip():
        return None
    start = line.start + column + lead
    return _new(Span, (start, line.start + column + len(body)))


class BlockReader:
    """Walks the lines once; ``blocks`` holds the finished headings, paragraphs and list items."""

    def __init__(self, text: str):
        self.lines = _lines(text)
        self.blocks: list[Block] = []
        self.open: _Open | None = None
        self.lists: list[tuple[int, int]] = []  # (marker indent, content column) of open list items
        self.index = 0

    def close(self) -> None:
        if self.open and self.open.spans:
            spans = self.open.spans
            self.blocks.append(_new(Block, (self.open.kind, _new(Span, (spans[0].start, spans[-1].end)),
                                            self.open.level or self.open.depth)))
        self.open = None

    def run(self) -> tuple[Block, ...]:
        while self.index < len(self.lines):
            self.step(self.lines[self.index])
            self.index += 1
        self.close()
        return tuple(self.blocks)

    def step(self, line: _Line) -> None:
        stripped = line.text.strip()
        if not stripped:
            self.close()
            return
        column = _width(line.text[:len(line.text) - len(line.text.lstrip(" \t"))])
        if column < 4 and "|" not in stripped and self.plain(line, stripped, column):
            return
        if self.skip_block(line, column):
            return
        quote = QUOTE_RE.match(line.text)
        offset = quote.end() if quote else 0
        if self.heading(line, offset):
            return
        if self.list_item(line, offset):
            return
        self.paragraph_line(line, offset, column)

    def plain(self, line: _Line, stripped: str, column: int) -> bool:
        """Most lines of a draft are prose or a bullet: known by their first characters, they skip
        the patterns for code, tables, rules, quotes and HTML (same result, a fraction of the work)."""
        first = stripped[0]
        if first.isalpha():  # no marker, no fence, no rule, no heading: a paragraph line
            self.paragraph_line(line, 0, column)
            return True
        if first in "-*+" and stripped[1:2] == " " and stripped[2:3].isalnum():  # "- text", not "- - -"
            if not self.list_item(line, 0):
                self.paragraph_line(line, 0, column)
            return True
        return False

    def skip_block(self, line: _Line, column: int) -> bool:
        """Fenced code, indented code, tables, HTML blocks and rules carry no evidence."""
        fence = FENCE_RE.match(line.text)
        if fence:
            self.close()
            self.skip_fence(fence.group(1))
            return True
        if column >= 4 and not self.lists and (self.open is None or self.open.kind != "paragraph"):
            self.close()
            return True
        if THEMATIC_RE.match(line.text) and not (self.open and self.open.kind == "paragraph"
                                                 and SETEXT_RE.match(line.text)):
            self.close()
            self.lists.clear()
            return True
        if self.is_table(line):
            self.close()
            first = self.index
            self.skip_while(lambda l: bool(l.text.strip()) and "|" in l.text)
            if first + 1 < self.index and re.match(TABLE_DELIMITER, self.lines[first + 1].text):
                self.table_rows(self.lines[first + 2:self.index + 1])
            return True
        if LINK_DEFINITION_RE.match(line.text) and (self.open is None or self.open.kind != "paragraph"):
            self.close()
            self.skip_while(lambda l: bool(LINK_DEFINITION_RE.match(l.text)))
            return True
        if HTML_BLOCK_RE.match(line.text) and (self.open is None or self.open.kind != "paragraph"):
            self.close()
            self.skip_html(line)
            return True
        return False

    def table_rows(self, rows: list[_Line]) -> None:
        """A table's body rows, each a block of its own from its first cell to its last (the outer
        pipes left out): a row may tell a story in its cells ("| 2 Sep | Proposed ... | Pools were
        half empty | 2,300 new members |"), which the reading judges; the header row names columns."""
        for row in rows:
            body = row.text.rstrip()
            start = len(body) - len(body.lstrip())
            if body.startswith("|", start):
                start += 1
            end = len(body) - 1 if body.endswith("|") and len(body) - 1 > start else len(body)
            span = _content(_Line(row.start, row.start + end, body[:end]), start)
            if span:
                self.blocks.append(Block("table_row", span, 0))

    def is_table(self, line: _Line) -> bool:
        if line.text.lstrip().startswith("|"):
            return True
        following = self.lines[self.index + 1] if self.index + 1 < len(self.lines) else None
        return "|" in line.text and following is not None and bool(re.match(TABLE_DELIMITER, following.text))

    def skip_fence(self, marker: str) -> None:
        self.index += 1
        while self.index < len(self.lines):
            closing = FENCE_RE.match(self.lines[self.index].text)
            if closing and closing.group(1)[0] == marker[0] and len(closing.group(1)) >= len(marker) \
                    and not self.lines[self.index].text[closing.end():].strip():
                return
            self.index += 1

    def skip_html(self, line: _Line) -> None:
        if line.text.lstrip().startswith("<!--"):
            while self.index < len(self.lines) and "-->" not in self.lines[self.index].text:
                self.index += 1
            return
        self.skip_while(lambda l: bool(l.text.strip()))

    def skip_while(self, keep) -> None:
        while self.index + 1 < len(self.lines) and keep(self.lines[self.index + 1]):
            self.index += 1

    def heading(self, line: _Line, offset: int) -> bool:
        atx = ATX_RE.match(line.text, offset)
        if atx:
            self.close()
            self.lists.clear()
            body_end = ATX_CLOSE_RE.search(line.text, atx.end()).start()
            span = _content(_Line(line.start, line.start + body_end, line.text[:body_end]), atx.end())
            if span:
                self.blocks.append(Block("heading", span, len(atx.group(1))))
            return True
        setext = SETEXT_RE.match(line.text, offset)
        if setext and self.open and self.open.kind == "paragraph" and not self.lists:
            self.open.kind = "heading"
            self.open.level = 1 if setext.group(1)[0] == "=" else 2
            self.close()
            return True
        return False

    def list_item(self, line: _Line, offset: int) -> bool:
        match = LIST_RE.match(line.text, offset)
        if not match:
            return False
        marker = match.group(2)
        if self.open and self.open.kind == "paragraph" and marker[0].isdigit() and not marker.startswith("1"):
            return False  # CommonMark: only "1." may interrupt a paragraph
        if offset and self.open and self.open.kind == "paragraph" and marker in "–—":
            return False  # a quote's "— Name, Title" under its last line is the attribution, not a bullet
        if not line.text[match.end():].strip():
            self.close()  # an empty item carries nothing
            return True
        indent = _width(match.group(1)) + offset
        if self.lists and self.open and indent >= self.lists[-1][1] + 4:
            return False  # indented four past the item's text: continuation, not a new item
        spaces = len(match.group(3))
        content_column = match.end() if spaces <= 4 else match.end(2) + 1
        while self.lists and indent < self.lists[-1][1]:
            self.lists.pop()  # a sibling or an outer item: close the deeper ones
        self.close()
        self.lists.append((indent, content_column))
        self.open = _Open("list_item", depth=len(self.lists), content_column=content_column)
        span = _content(line, content_column)
        if span:
            self.open.spans.append(span)
        return True

    def paragraph_line(self, line: _Line, offset: int, column: int) -> None:
        if self.open is not None:
            span = _content(line, offset)
            if span:
                self.open.spans.append(span)
            return
        while self.lists and column < self.lists[-1][1]:
            self.lists.pop()
        kind = "list_item" if self.lists else "paragraph"
        self.open = _Open(kind, depth=len(self.lists))
        span = _content(line, offset)
        if span:
            self.open.spans.append(span)


def parse_blocks(text: str) -> tuple[Block, ...]:
    """Headings, paragraphs and list items, in document order, with content spans."""
    return BlockReader(text).run()


# A line after a blank one that opens a heading, a bullet or (roughly) a paragraph; and a bullet
# at the margin ("- text") after any line. Each pattern starts with a literal line break, which
# the search skips to in C, and looks at the next few characters only: :func:`_opens` checks the
# rest (Python's idea of a letter, no "|" on the line).
# Compiled when first used (Python's re keeps them): only a Session reads blocks again.
# read on every Session edit: compiled at import
AFTER_BLANK_RE = compiled(r"\n[^\S\n]*\n(?=#{1,6}(?:[ \t]|$)|[-*+] [^\W_]|[^\W\d_])", re.MULTILINE)
BULLET_RE = compiled(r"\n(?=[-*+] [^\W_])")
# Both in one scan, in draft order: where the first matches, the second could only match at the
# line break it ends with, at the same offset.
EITHER_RE = compiled(r"\n(?:[^\S\n]*\n(?=#{1,6}(?:[ \t]|$)|[-*+] [^\W_]|[^\W\d_])|(?=[-*+] [^\W_]))", re.MULTILINE)
HTML_LINE_RE = compiled(r"^ {0,3}<(?!!--)", re.MULTILINE)  # a line that may open an HTML block (not a comment)


def _opens(text: str, at: int, pipes: bool) -> bool:
    """Whether the line at ``at``, found by one of the patterns above, starts the reader afresh: an
    ATX heading, a plain bullet or a paragraph that begins with a letter, on a line without "|"
    (a table's row, which the reader looks at with the lines around it)."""
    end = text.find("\n", at)
    if pipes and "|" in (text[at:end] if end >= 0 else text[at:]):
        return False
    first = text[at]
    return first == "#" or first in "-*+" or first.isalpha()


def chunk_starts(text: str, memo: "BlocksMemo | None" = None) -> list[int] | None:
    """Offsets where the reader's state is known to start afresh, or None when none is safe.

    An ATX heading at the start of a line closes every open block and every list, and so does a
    bullet at the margin ("- text": its column is left of any list's content) or, after a blank
    line (which closes the open block), a paragraph at the margin. So the text can be read in
    pieces that begin at such lines, with the same blocks as one read, and an edit reads again only
    the block it touched. That holds unless something before the start can swallow it: a fenced
    code block or an HTML comment that spans lines (then there are no pieces), or an HTML block or
    a table, which runs to the next blank line (so in a draft with a line that may open HTML, a
    piece starts only after a blank line; a table's rows all hold "|", which no start does).
    Without a blank line, a paragraph line continues the open block, so it is no start. A line the
    reader may take for a table, a quote, a rule, HTML or code is never one: those keep the open
    lists.
    """
    # a one-character test first (a memchr in C): most drafts have no backtick and no tilde, and a
    # three-character search costs a pass as slow as a regular expression's
    if "`" in text and "```" in text or "~" in text and "~~~" in text or "\r" in text:
        return None
    html = "<" in text
    if html and "<!--" in text and any("-->" not in line for line in text.splitlines() if "<!--" in line):
        return None
    pipes = "|" in text
    either = EITHER_RE if not html or HTML_LINE_RE.search(text) is None else AFTER_BLANK_RE
    starts = _matched(text, either, memo) if memo is not None else [match.end() for match in either.finditer(text)]
    if pipes or any(not text[at].isalpha() for at in starts if text[at] not in "#-*+"):
        starts = [at for at in starts if _opens(text, at, pipes)]
    return [0, *starts]


LOOKAHEAD = 7  # the characters a match's lookahead reads past its end at most ("###### ")


def _matched(text: str, pattern: re.Pattern[str], memo: "BlocksMemo") -> list[int]:
    """Where ``pattern``'s matches in ``text`` end (increasing), the last text's matches reused
    outside the change (``memo``). A match reads no character before its start nor past its
    lookahead: a match of the last text that ended early enough before the first changed character
    is one of this text, and the search runs from the last match so kept until a match that starts
    in the end both texts share ends where one of the last text's did (moved by the change in
    length): from there both searches go on over the same characters, and the last text's remaining
    matches are this text's, moved. An edit searches the lines around it, not the whole draft."""
    old, old_pattern, old_text = memo.matches, memo.pattern, memo.text
    memo.pattern = pattern
    if old_pattern is not pattern or not old_text:
        memo.matches = [(match.start(), match.end()) for match in pattern.finditer(text)]
        return list(map(_END_OF, memo.matches))
    first, shared = (memo.changed, memo.shared) if memo.now is text else memo.change(text)
    kept = bisect_left(old, first - LOOKAHEAD + 1, key=_END_OF)  # those read before the change
    shift = len(text) - len(old_text)
    found = old[:kept]
    end = len(text) - shared  # where this text's shared end starts
    rest = len(old)
    for match in pattern.finditer(text, found[-1][1] if found else 0):
        start, last = match.span()
        found.append((start, last))
        if start >= end:  # in the shared end: where the last text's search ended a match there too, both go on alike
            rest = bisect_left(old, last - shift, key=_END_OF)
            if rest < len(old) and old[rest][1] == last - shift:
                rest += 1
                break
            rest = len(old)
    found += [(start + shift, last + shift) for start, last in old[rest:]] if shift else old[rest:]
    memo.matches = found
    return list(map(_END_OF, found))


_START_OF, _END_OF = itemgetter(0), itemgetter(1)


Pieces = dict[str, tuple[tuple[Block, ...], int, tuple[Block, ...]]]
_new = tuple.__new__
_PLACED = itemgetter(2)


class BlocksMemo:
    """A Session's last text as :func:`parse_blocks_cached` read it: where its pieces started, each
    piece with its blocks there, and the blocks in draft order. The pieces before the first
    character an edit changed hold the same text at the same offsets, so the next text takes their
    blocks as they are, and reads from the piece that holds the change on."""

    __slots__ = ("text", "starts", "pieces", "known", "blocks", "matches", "pattern", "changed", "shared", "lines", "now",
                 "suffix", "tail", "read")

    def __init__(self) -> None:
        self.text = ""
        # where the pattern that finds the pieces' starts matched in the last text (start, end), which
        # pattern it was, and the first character the text now read changed (-1: not known)
        self.matches: list[tuple[int, int]] = []
        self.pattern: re.Pattern[str] | None = None
        self.changed = -1
        self.shared = 0  # and how many last characters it shares with the last text, apart from those first
        self.lines: list[str] = []  # the last text's lines (:meth:`lines_of`)
        self.now: str | None = None  # the text the change was found for
        # the last text, the text the change was found for and the characters they end with alike
        # (:func:`common_suffix`, before :meth:`change` bounds it): :func:`unchanged_tail` asks it twice
        self.suffix: tuple[str, str, int] | None = None
        # the last text's blocks and this text's, as :func:`parse_blocks_cached` gave them, and the first
        # block from which each is the last text's block at its index, moved by the change in length
        # (each piece from there on the last text's piece that started where it now starts, less the
        # change: its blocks read there, moved), for :func:`unchanged_tail`
        self.tail: tuple[tuple[Block, ...], tuple[Block, ...], int] | None = None
        self.read: tuple[Block, ...] = ()  # the blocks parse_blocks_cached gave for the last text
        self.starts: list[int] = []
        self.pieces: list[str] = []
        self.known: list[tuple[tuple[Block, ...], int, tuple[Block, ...]]] = []
        self.blocks: list[Block] = []

    def head(self, text: str, starts: list[int]) -> int:
        """How many of ``text``'s first pieces are the last text's, at the same offsets."""
        old = self.starts
        if not old:
            return 0
        changed = self.changed if self.now is text and self.changed >= 0 else common_prefix(text, self.text)
        pieces = bisect_right(starts, changed) - 1  # each piece before this one ends before the change
        return pieces if 0 < pieces < len(old) and starts[:pieces + 1] == old[:pieces + 1] else 0

    def change(self, text: str) -> tuple[int, int]:
        """The first character ``text`` changed from the last text and how many last characters the
        two share after it (-1, 0 when no last text is known), found once for every reader of the
        change."""
        old, self.now = self.text, text
        if not old:
            self.changed, self.shared, self.suffix = -1, 0, None
        else:
            first = self.changed = common_prefix(text, old)
            suffix = common_suffix(text, old)
            self.suffix = (old, text, suffix)
            self.shared = min(suffix, len(text) - first, len(old) - first)
        return self.changed, self.shared

    def lines_of(self, text: str) -> list[str]:
        """``text.split("\n")``, the lines before and after the change taken from the last text's (the
        same strings, whose hashes are known: the line memos look each line up on every edit), only
        the lines the change touched split again. Call :meth:`change` first."""
        old, first = self.lines, self.changed
        if first < 0 or not old or self.now is not text:
            self.lines = text.split("\n")
            return self.lines
        end = len(text) - self.shared
        head = text.count("\n", 0, first)  # the lines wholly before the change
        tail = text.count("\n", end)  # and after it
        at = text.rfind("\n", 0, first) + 1  # where the first line the change touched starts
        if tail:
            stop = text.find("\n", end)
            self.lines = [*old[:head], *text[at:stop].split("\n"), *old[len(old) - tail:]]
        else:
            self.lines = [*old[:head], *text[at:].split("\n")]
        return self.lines

    def forget(self) -> None:
        self.text, self.starts, self.pieces, self.known, self.blocks = "", [], [], [], []
        self.matches, self.pattern, self.changed, self.shared, self.now = [], None, -1, 0, None
        self.suffix = self.tail = None
        self.read = ()


def common_prefix(a: str, b: str) -> int:
    """How many first characters ``a`` and ``b`` share: halves of the window left compared in C,
    each slice shorter than the last."""
    low, high = 0, min(len(a), len(b))
    while low < high:  # a[:low] == b[:low], and they differ before high + 1
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def common_suffix(a: str, b: str) -> int:
    """How many last characters ``a`` and ``b`` share, found as :func:`common_prefix` finds the first."""
    low, high = 0, min(len(a), len(b))
    la, lb = len(a), len(b)
    while low < high:  # a[-low:] == b[-low:] (or both empty), and they differ before high + 1
        middle = (low + high + 1) // 2
        if a[la - middle:la - low] == b[lb - middle:lb - low]:
            low = middle
        else:
            high = middle - 1
    return low


def unchanged_tail(text: str, blocks: Sequence[Block], old_text: str, old: Sequence[Block], head: int = 0,
                   memo: BlocksMemo | None = None) -> int:
    """Where the blocks after an edit start: the first index from which every block of ``text``
    lies in the text it ends with as ``old_text`` did and is the block of ``old`` at the same index,
    of the same kind and level, moved by the change in length (so it holds the same words). Both
    must hold as many blocks; not before ``head``; ``len(blocks)`` when no block is known so.
    ``memo``: a Session's :class:`BlocksMemo`, which knows the characters the two texts end with
    alike and from which block on the block reader took each piece from where it was, moved (or
    the last question about the same blocks found them so: the story parts' reader and the Reader
    both ask), so that those blocks are not compared again."""
    n = len(blocks)
    if len(old) != n or head >= n:
        return n
    known = memo.suffix if memo is not None else None
    same = known is not None and known[0] is old_text and known[1] is text  # the memo's texts
    suffix = known[2] if same else common_suffix(text, old_text)  # type: ignore[index]
    tail = bisect_left(blocks, len(text) - suffix, head, n, key=_START)
    if tail >= n:
        return tail
    # the blocks from which on each is known to be the last text's, moved, are not compared again
    moved = memo.tail if same else None  # type: ignore[union-attr]
    stop = moved[2] if moved is not None and moved[0] is old and moved[1] is blocks else n
    if tail < stop:
        shift = len(text) - len(old_text)
        now, last = blocks[tail:stop], old[tail:stop]
        # each list made and compared in C, the fields taken by index: a Session asks this on every edit
        spans, last_spans = list(map(_SPAN, now)), list(map(_SPAN, last))
        if not (list(map(_FIRST, spans)) == list(map(shift.__add__, map(_FIRST, last_spans)))
                and list(map(_SECOND, spans)) == list(map(shift.__add__, map(_SECOND, last_spans)))
                and list(map(_KIND, now)) == list(map(_KIND, last))
                and list(map(_LEVEL, now)) == list(map(_LEVEL, last))):
            return n
    if same:
        memo.tail = (old, blocks, tail)  # type: ignore[union-attr]
    return tail


_START = attrgetter("span.start")
# a Block's kind, span and level, and a span's start and end, by index
_KIND, _SPAN, _LEVEL, _FIRST, _SECOND = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(0), itemgetter(1)


def parse_blocks_cached(text: str, cache: Pieces, dropped: Pieces | None = None,
                        memo: BlocksMemo | None = None) -> tuple[Block, ...]:
    """The same blocks as :func:`parse_blocks`, each piece of the text read once while it is unchanged.

    ``cache`` maps a piece's text to its blocks (offsets relative to the piece), where the piece
    last started and its blocks there (reused while it does not move: an edit moves only the
    pieces after it); it is filled with the pieces of this text only, so it stays the size of one
    draft. ``dropped``, when given, keeps the pieces of the last text this one no longer has, for
    one more text (a keystroke taken back or an undo brings a piece back). ``memo``, when given,
    keeps the last text's pieces in order (:class:`BlocksMemo`): those before the first changed
    character are taken whole, without a look-up each.
    """
    starts = chunk_starts(text, memo)
    if starts is None or len(starts) == 1:
        cache.clear()
        if dropped is not None:
            dropped.clear()
        if memo is not None:
            memo.forget()
        return parse_blocks(text)
    head = memo.head(text, starts) if memo is not None else 0
    if head:  # the unchanged pieces' blocks, and their entries for the cache, taken in C
        blocks = memo.blocks[:sum(map(len, map(_PLACED, memo.known[:head])))]  # type: ignore[union-attr]
        pieces, knowns = memo.pieces[:head], memo.known[:head]  # type: ignore[union-attr]
        kept: Pieces = dict(zip(pieces, knowns))
    else:
        blocks, pieces, knowns, kept = [], [], [], {}
    before = dropped or {}
    # the first block from which each piece is the last text's piece that started where it now starts,
    # less the change in length (-1: none); the pieces are in the cache under their text
    shift = len(text) - len(memo.text) if memo is not None else 0
    moved = -1
    for start, end in zip(starts[head:], [*starts[head + 1:], len(text)]):
        piece = text[start:end]
        known = cache.get(piece)
        if known is not None and known[1] + shift == start:
            if moved < 0:
                moved = len(blocks)
        else:
            moved = -1
            known = known or kept.get(piece) or before.get(piece)  # any gives the same blocks
        if known is None:
            found = parse_blocks(piece)
            known = (found, 0, found)
        found, at, placed = known
        if at != start:
            placed = tuple([_new(Block, (kind, _new(Span, (first + start, last + start)), level))
                            for kind, (first, last), level in found])  # no named-tuple __new__ call per block
            known = (found, start, placed)
        kept[piece] = known
        blocks.extend(placed)
        if memo is not None:
            pieces.append(piece)
            knowns.append(known)
    read = tuple(blocks)
    if memo is not None:
        memo.text, memo.starts, memo.pieces, memo.known, memo.blocks = text, starts, pieces, knowns, blocks
        memo.now = None  # the change is found again for the next text (:meth:`BlocksMemo.change`)
        memo.tail = (memo.read, read, moved) if moved >= 0 else None
        memo.read = read
    if dropped is not None:
        gone = {piece: cache[piece] for piece in cache.keys() - kept.keys()}
        dropped.clear()
        dropped.update(gone)
    cache.clear()
    cache.update(kept)
    return read
