"""Blocks, sections and sentences of a draft, keeping exact offsets from the parse.

The block structure comes from :mod:`packetcoach.text.blocks`, which records each
block's content span as it reads the lines. Inline markup (``**``, backticks,
link targets) is blanked in a *view* of the same length, so words keep their
offsets into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, count, islice
from operator import is_not, itemgetter
from typing import Iterator, Sequence

from packetcoach.text.blocks import BlocksMemo, parse_blocks, unchanged_tail
from packetcoach.core.model import Block, Section, Span
from packetcoach.core.regexes import compiled

__all__ = ["parse_blocks", "markup_view", "table_row_view", "sections_of", "form_questions", "split_sentences", "split_statements", "line_breaks"]

MARKUP = (r"(?P<link>!?\[)|(?P<target>\]\()|(?P<emph>\*+|(?:___)*(?:___|__)|`+|(?:~~)+)"
          r"|(?P<under>(?<!\w)_(?=\w)|(?<=\w)_(?!\w))|(?P<tag><[/!]?[a-zA-Z][^<>]*>)"
          r"|(?P<quote>(?:(?<=\n)|(?<=\n )|(?<=\n  )|(?<=\n   ))>[ \t]?)")  # a quote's marker on the block's later lines
MARKUP_RE = compiled(MARKUP)  # used on every block or line: compiled at import
# A run of end punctuation is matched only from its first character, and without giving any back
# (nothing after a "." can be white space if the next character is another "."), so a long run of
# dots or "!?" is read once, not once per character.
_END_TAIL = r"[\"'”’)\]]*+(?=\s+(?:[-*+] +)?[\"'“‘(\[]?[A-Z0-9$€£])"  # also before "- Impact: ..." in a joined list
_END = r"[.!?]++" + _END_TAIL
# "(?<![.!?])" + _END, with the lookbehind tested after the first mark (over it and the character
# before): the pattern opens with a character set the engine scans for in C, not a try at every
# position of every block. The same matches.
SENTENCE_END_RE = compiled(r"[.!?](?<![.!?][.!?])[.!?]*+" + _END_TAIL)
_END_AT_START = _END  # for a span that starts inside a run of punctuation (rare: compiled when first used)
MAX_ABBREVIATION = 8  # characters of the longest abbreviation below, with room to spare
ABBREVIATIONS = frozenset(
    "e.g i.e etc vs mr mrs ms dr st jr sr inc ltd co corp no approx incl est dept fig al "
    "u.s u.k a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def markup_view(text: str) -> str:
    """The text with inline markup blanked to spaces: same length, same offsets.

    Blanked: emphasis and code markers (a run at once: what the one-to-three-character markers would
    blank piece by piece, so a long run is one match, not thousands), HTML-like tags, ``[`` of a link
    or image whose first
    ``]`` is followed by ``(`` and, later, a ``)``, and that ``](target)``; and a block quote's
    ``>`` at the start of a later line of its block (a quote is one block over many lines). Whether a bracket opens
    a link depends on text after it, so the next ``]`` and ``)`` are looked up once per position
    and remembered (:class:`_Next`): a hundred thousand ``[`` cost one pass, not one each.
    """
    if not _MARKUP_CHARS.search(text):
        return text
    pieces: list[str] = []
    closing, parens = _Next(text, "]"), _Next(text, ")")
    done = position = 0
    while True:
        match = _next_markup(text, position)
        if match is None:
            break
        start, end = match.span()
        kind = match.lastgroup
        if kind == "link":
            bracket = closing.at(end)
            if bracket == -1 or text[bracket + 1:bracket + 2] != "(" or parens.at(bracket + 2) == -1:
                position = start + 1
                continue
        elif kind == "target":
            close = parens.at(end)
            if close == -1:
                position = start + 1
                continue
            end = close + 1
        pieces += [text[done:start], " " * (end - start)]
        done = position = end
    pieces.append(text[done:])
    return "".join(pieces)


def table_row_view(view: str, story_words: int, lead_cells: int) -> tuple[str, list[Span]]:
    """A table row's view read as the story it may tell, and the spans of the cells it reads: the
    cells before its first cell of at least ``story_words`` words blanked (a date, a project's name:
    at most ``lead_cells`` of them) and the pipes between the later ones, each of which holds its own
    sentences ("... the procurement review | Renewals were due ..." reads as two); all blank, and
    no cells, when no cell is that long or more cells come before it (a measure's name and its
    figures, then a note). Same length, same offsets."""
    pipes = [at for at, char in enumerate(view) if char == "|" and view[at - 1:at] != "\\"]
    starts, ends = [0, *(at + 1 for at in pipes)], [*pipes, len(view)]
    first = next((cell for cell, (start, end) in enumerate(zip(starts, ends))
                  if len(view[start:end].split()) >= story_words), None)
    if first is None or first > lead_cells:
        return " " * len(view), []
    chars = list(view)
    chars[:starts[first]] = " " * starts[first]
    for at in pipes[first:]:
        chars[at] = " "
    return "".join(chars), [Span(start, end) for start, end in zip(starts[first:], ends[first:])]


def _next_markup(text: str, position: int) -> re.Match[str] | None:
    """``MARKUP_RE.search(text, position)``, tried only at the characters a match can start with
    (see _MARKUP_START)."""
    while (found := _MARKUP_START.search(text, position)) is not None:
        match = MARKUP_RE.match(text, found.start())
        if match is not None:
            return match
        position = found.start() + 1
    return None


# a bold title before a paragraph's story: "**Refund on drop-off.** I chose ..."
STORY_TITLE_RE = compiled(r"\s*(?:\*\*|__)([^*_\n]{2,80}?)[\s.:]*(?:\*\*|__)")
# a bold run-in title of any length that the item splitter reads as the paragraph's whole first
# sentence: a result told as the story's title runs long ("**Guests stopped waiting in the dark:
# late check-in complaints fell from 120 a month to 15 after I replaced key handovers with
# per-booking codes.**"); the sentence bounds it, not a count of characters
RUN_IN_TITLE_RE = compiled(r"\s*(?:\*\*|__)([^*_\n]{2,}?)[\s.:]*(?:\*\*|__)")
_MARKUP_CHARS = compiled(r"[\[\]*_`~<>]")
# Where a MARKUP_RE match can begin. MARKUP_RE.search would try its five alternatives at every
# position (its lookbehinds give the engine no first character to scan for, so a block with one bold
# run cost a full try per character); these characters are scanned for in C and MARKUP_RE is tried
# only where one stands: the same matches, as the leftmost match starts at the first such position
# where one matches.
_MARKUP_START = compiled(r"[!\[\]*_`~<>]")
TASK_BOX_RE = compiled(r"[ \t]*\[[ xX]\](?=[ \t])")


def without_task_box(view: str) -> str:
    """A list item's view with a task-list box ("[x] ", "[ ] ") at its start blanked, same length:
    a checklist pasted from a tracker reads like any other list."""
    box = TASK_BOX_RE.match(view)
    return " " * box.end() + view[box.end():] if box else view


class _Next:
    """Where ``char`` next occurs at or after a position, for positions that only move forwards.

    One answer serves every position up to it, so the text is searched at most once overall.
    """

    def __init__(self, text: str, char: str):
        self.text, self.char = text, char
        self.asked, self.found = -1, -2

    def at(self, position: int) -> int:
        if not (self.asked <= position and (position <= self.found or self.found == -1)):
            self.asked, self.found = position, self.text.find(self.char, position)
        return self.found


def sections_of(text: str, blocks: tuple[Block, ...], headed: Sequence[bool] | None = None) -> tuple[Section, ...]:
    """Each heading opens a section that runs to the next heading of any level (``headed``: which
    blocks are headings, when the caller has asked).

    Read on every edit of a Session, in a draft with a heading per item: each section is built
    with ``tuple.__new__`` (no named-tuple ``__new__`` call per section and per span)."""
    sections: list[Section] = []
    # the headings, and whether a block starts before the first, found in C
    headings = list(compress(blocks, map("heading".__eq__, map(_KIND, blocks)) if headed is None else headed))
    first_start = headings[0].span.start if headings else len(text)
    if not headings or blocks[0].span.start < first_start:  # the blocks are in draft order: the first starts first
        sections.append(Section(None, Span(0, first_start), 0))
    ends = [heading.span.start for heading in headings[1:]]
    ends.append(len(text))
    rfind = text.rfind
    for (_, (start, stop), level), end in zip(headings, ends):
        sections.append(_new(Section, (text[start:stop].strip(), _new(Span, (rfind("\n", 0, start) + 1, end)), level)))
    return tuple(sections)


_new = tuple.__new__


def titled(blocks: Sequence[Block], sections: Sequence[Section] | None = None) -> bool:
    """Does the draft open with its title ("# 2026 self-assessment: ..., Ad-Supported Plans (L7)"):
    a level-1 heading that is its only one? The title names the document, not a section, so the
    words in it ("Plans", "Goals", "H2 2026") say nothing of the kind or the order of the text.
    ``sections``: the draft's (:func:`sections_of`), one per heading with its level, whose levels
    are counted instead of every block's."""
    if not blocks or blocks[0].kind != "heading" or blocks[0].level != 1:
        return False
    if sections is not None:
        return list(map(_LEVEL, sections)).count(1) == 1
    # every other block's (kind, level) compared in C
    return ("heading", 1) not in map(_KIND_LEVEL, islice(blocks, 1, None))


_KIND_LEVEL = itemgetter(0, 2)  # a Block's kind and level
_KIND = itemgetter(0)
_LEVEL = itemgetter(2)  # a Section's level (a Block's too)


def document_title(blocks: tuple[Block, ...], sections: tuple[Section, ...], opens: bool | None = None) -> Section | None:
    """The section the draft's title opens, or None (:func:`titled`; ``opens``: its answer, when known)."""
    if opens is None:
        opens = titled(blocks, sections)
    return next((section for section in sections if section.title is not None), None) if opens else None


def split_sentences(view: str, span: Span) -> list[Span]:
    """Sentence spans inside a block, skipping abbreviations, initials and decimals."""
    sentences: list[Span] = []
    start = span.start
    for match in _sentence_ends(view, span):
        if _bold_label(view, start, match.start(), span):
            continue  # "**Action.** I persuaded ...": the label opens its sentence, it does not end one
        before = _word_before(view, start, match.start()).lower().rstrip(".")
        if match.group().startswith(".") and (before in ABBREVIATIONS or _initial_or_enumerator(
                before, view, start, match.start())):
            continue
        sentences.append(_trim(view, _new(Span, (start, match.end()))))
        start = match.end()
    if start < span.end:
        sentences.append(_trim(view, _new(Span, (start, span.end))))
    return [s for s in sentences if s.end > s.start]


def split_statements(view: str, span: Span) -> list[Span]:
    """The block's sentences, cut again where a line ends a statement without end punctuation, as
    each line of a slide does (:func:`line_breaks`)."""
    sentences = split_sentences(view, span)
    breaks = line_breaks(view, span)
    if not breaks:
        return sentences
    return [part for sentence in sentences for part in _line_sentences(view, sentence, breaks) if part.end > part.start]


def line_breaks(view: str, span: Span) -> list[int]:
    """Where a line of the block ends a statement though it has no end punctuation, as each line
    of a slide does ("Decision: auto-layout as default" / "Result: layout time 40 min -> 9 min"):
    the line stops well short of the block's longest line and of WRAP_WIDTH (its next word would
    have fitted, so the writer broke it, not a wrap; a line within WRAP_SLACK characters of the
    longest ends where a wrap by hand does: "... ops leadership wanted to buy" / "80 more bikes
    ..."), the next line opens with a capital, a digit or a currency
    sign, and the line does not end in a comma, a colon or a joining word. Joined, such lines
    read as one run-on sentence ("... opened premium themes Proposed stop -> VP agreed ...")."""
    at = view.find("\n", span.start, span.end)
    if at < 0:
        return []
    starts = [span.start]
    while at >= 0:
        starts.append(at + 1)
        at = view.find("\n", at + 1, span.end)
    lines = [view[start:end - 1 if end != span.end else end].strip()
             for start, end in zip(starts, starts[1:] + [span.end])]
    width = max(max(map(len, lines)), WRAP_WIDTH)
    breaks = []
    for start, line, following in zip(starts[1:], lines, lines[1:]):
        words = line.split()
        if not words or not following or following[0] not in LINE_OPENERS or line[-1] in LINE_GOES_ON:
            continue
        if words[-1].lower() in JOINING_WORDS or len(line) + 1 + len(following.split()[0]) > width \
                or len(line) > width - WRAP_SLACK:
            continue  # the next word would not have fitted, or the line ends near the block's width: a wrap
        breaks.append(start - 1)
    return breaks


def _line_sentences(view: str, sentence: Span, breaks: list[int]) -> list[Span]:
    """The sentence cut at the block's statement-ending line breaks (:func:`line_breaks`)."""
    parts: list[Span] = []
    start = sentence.start
    # the breaks inside the sentence, found by bisection: a long slide has as many breaks as lines
    for at in breaks[bisect_right(breaks, start):bisect_left(breaks, sentence.end)]:
        parts.append(_trim(view, Span(start, at)))
        start = at + 1
    parts.append(_trim(view, Span(start, sentence.end)))
    return parts


WRAP_WIDTH = 72  # characters: a line of prose wrapped by hand and the word after it pass this
WRAP_SLACK = 8  # characters: a line this close to the block's longest ends where a wrap by hand does
LINE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$€£")
LINE_GOES_ON = frozenset(",:;-/(&")
JOINING_WORDS = frozenset("and or but to of for with the a an in on by from at as than ->".split())


def _bold_label(view: str, start: int, end: int, span: Span) -> bool:
    """A bold label that opens a line ("**Situation.** Growers waited ...", a STAR story's parts on
    consecutive lines of one paragraph): a few words at the start of a line whose closing bold marks
    (blanked to spaces in the view) follow the period. At the head of the block only when its next
    line opens with a label too; else it is the paragraph's bold title ("**Labor forecast.** Led the
    redesign ..."), a sentence of its own, as is a label that opens a paragraph of its own."""
    if end - start > LABEL_CHARS or not view.startswith(CLOSED_BOLD, end + 1):
        return False  # most sentence ends: no bold label before them
    text = view[start:end]
    label = text.strip()
    lead = text[:len(text) - len(text.lstrip())]
    if not label or len(label.split()) > LABEL_WORDS or not label[:1].isupper():
        return False
    if "\n" in lead:
        return lead.count("\n") == 1  # the next line of one paragraph, not a paragraph of its own
    line = view.find("\n", end, span.end)
    return start == span.start and line >= 0 and view.startswith("  ", line + 1) and view[line + 3:line + 4].isupper()


LABEL_WORDS = 3  # "Situation", "What I did", "Result"
LABEL_CHARS = 40  # a label and the white space before it, in characters
CLOSED_BOLD = "   "  # the period, then the blanked "**" and the space after it


def _initial_or_enumerator(before: str, view: str, start: int, end: int) -> bool:
    """"J. Smith" and a list's "3. " do not end a sentence; "from 31 hours to 4. I found" does.
    The sentence so far (``view[start:end]``) is read only for a digit: after a run of initials the
    sentence has not ended, and reading it again at each one would cost the square of its length."""
    if len(before) != 1:
        return False
    return before.isalpha() or view[start:end].strip() == before


def _sentence_ends(view: str, span: Span) -> Iterator[re.Match[str]]:
    """The sentence-end matches in ``span``, as if the text began at ``span.start``."""
    if 0 < span.start < span.end and view[span.start - 1] in ".!?":
        first = re.compile(_END_AT_START).match(view, span.start, span.end)
        if first is not None:
            yield first
            yield from SENTENCE_END_RE.finditer(view, first.end(), span.end)
            return
    yield from SENTENCE_END_RE.finditer(view, span.start, span.end)


def _word_before(view: str, start: int, end: int) -> str:
    """The word that ends at ``end`` (not before ``start``); "" after white space.

    Only its last few characters are looked at: a longer word is no abbreviation and no
    initial either way, and looking further back would make a run of skipped abbreviations
    cost the square of its length.
    """
    window = view[max(start, end - MAX_ABBREVIATION - 2):end]
    if window.endswith("\n"):
        window = window[:-1]  # a word just before one final line break still counts ("e.g\n. Mr")
    if not window or window[-1].isspace():
        return ""
    return window.split()[-1]


def _trim(view: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and view[start].isspace():
        start += 1
    if start + 1 < end and view[start] in "-*+" and view[start + 1] == " " and view[start - 1:start] in (" ", "\n"):
        start += 2  # the marker of a list item read into its story ("  - Impact: ...", "- Did: ...")
        while start < end and view[start].isspace():
            start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return _new(Span, (start, end))


class PartsMemo:
    """A Session's last look for labelled story parts (:func:`join_story_parts`): the blocks it
    looked at, by identity, whether the draft had bold marks enough, and the labelled blocks found.
    The block reader keeps the very blocks of every piece of the draft an edit did not touch or
    move, and a block's label is read from its own text, so the blocks before the first one that
    is not the same object (or a heading both times, which holds no label) are labelled as before:
    the next look starts there."""

    __slots__ = ("text", "blocks", "bold", "labels", "parts", "tails")

    def __init__(self, tails: BlocksMemo | None = None) -> None:
        self.tails = tails  # the block reader's memo, which knows how the texts end (unchanged_tail)
        self.text = ""
        self.blocks: tuple[Block, ...] = ()
        self.bold: bool | None = None
        self.labels: frozenset[str] | None = None
        self.parts: list[int] = []

    def head(self, text: str, blocks: tuple[Block, ...], bold: bool,
             labels: frozenset[str]) -> tuple[list[int], int, int, list[int]]:
        """The labelled blocks the last look found before the first block that may differ, that
        block, the first block after the change (:func:`~packetcoach.text.blocks.unchanged_tail`:
        the same words as the last text's block at its index, so the same label) and the labelled
        blocks from there on."""
        old = self.blocks
        if bold != self.bold or labels is not self.labels:
            return [], 0, len(blocks), []
        same = min(len(blocks), len(old))
        for b in compress(count(), map(is_not, blocks, old)):
            if blocks[b].kind != "heading" or old[b].kind != "heading":
                same = b
                break
        tail = unchanged_tail(text, blocks, self.text, old, same, self.tails)
        return [index for index in self.parts if index < same], same, tail, [index for index in self.parts if index >= tail]

    def keep(self, text: str, blocks: tuple[Block, ...], bold: bool, labels: frozenset[str], parts: list[int]) -> None:
        self.text, self.blocks, self.bold, self.labels, self.parts = text, blocks, bold, labels, parts


def join_story_parts(text: str, blocks: tuple[Block, ...], labels: frozenset[str],
                     memo: PartsMemo | None = None) -> tuple[Block, ...]:
    """Paragraphs that each open with a bold label naming a part of one story ("**Situation:**",
    "**Action:**", "**Result:**": the profile's `story_part_labels`), one after another, read as one
    paragraph: the room reads a STAR story whole, so the action and the result told two paragraphs
    apart are one item, and a "Result:" paragraph is not a result with nobody's deed in it. The
    same for nested list items under one bullet ("- Problem: ...", "- What I did: ...", "- Impact:
    ..."), and paragraphs that open with a plain label and a colon ("Situation: ...", "What I did:
    ..."), whose labels need no bold; list items in a row at the top level too ("- Problem: ...",
    "- Did: ...", "- Result: ..."), where a label said again ("- Scope: ..." twice) starts the next
    story.

    Read on every edit of a Session, so most drafts pay one count of the text and one look at each
    nested list item and each paragraph's first characters: a story in parts needs two labelled
    paragraphs (four bold marks at least, or plain labels with a colon) or two labelled nested items."""
    if not labels:
        return blocks
    bold = _bold_marks(text) >= 4
    parts, start, end, after = memo.head(text, blocks, bold, labels) if memo is not None else ([], 0, len(blocks), [])
    parts += [index for index, block in enumerate(islice(blocks, start, end), start) if block.kind == "paragraph" and (
                  bold and text.startswith(BOLD_MARKS, block.span.start) and _part_label(text, block) in labels
                  or _plain_label(text, block) in labels)
              or block.kind == "list_item" and block.level > 0 and _item_label(text, block) in labels]
    parts += after
    if memo is not None:
        memo.keep(text, blocks, bold, labels, parts)
    if len(parts) < 2:
        return blocks
    joined: list[Block] = []
    run: list[Block] = []
    told: set[str] = set()  # the labels of the list items in the run
    labelled = set(parts)
    for index, block in enumerate(blocks):
        label = _item_label(text, block) if block.kind == "list_item" and index in labelled else None
        if index in labelled and (not run or (run[-1].kind, run[-1].level) == (block.kind, block.level)) \
                and label not in told:
            run.append(block)
            if label is not None:
                told.add(label)
            continue
        told = {label} if label is not None else set()
        joined.extend(_merged(run))
        run = [block] if index in labelled else []
        if index not in labelled:
            joined.append(block)
    joined.extend(_merged(run))
    return tuple(joined) if len(joined) != len(blocks) else blocks


BOLD_MARKS = ("**", "__")


def _bold_marks(text: str, enough: int = 4) -> int:
    """How many bold marks, counting no further than ``enough``: a draft with bold text has its
    first few early, and one without a "*" or a "_" is passed over in C (a memchr) instead of
    counted twice."""
    found = 0
    for mark in BOLD_MARKS:
        if found >= enough or mark[0] not in text:
            continue
        at = text.find(mark)
        while at >= 0 and found < enough:
            found += 1
            at = text.find(mark, at + 2)
    return found


def _part_label(text: str, block: Block) -> str | None:
    found = STORY_TITLE_RE.match(text, block.span.start, block.span.end)
    return " ".join(found.group(1).lower().split()) if found else None


def _plain_label(text: str, block: Block) -> str | None:
    """The plain label and colon a paragraph opens with ("Situation: ...", "What I did: ...",
    "Result: ..."): a story's parts told without bold. Only a colon: "Result." may be a sentence."""
    start, end = block.span
    if text.find(":", start, min(end, start + LABEL_REACH)) < 0:
        return None
    found = PLAIN_LABEL_RE.match(text, start, end)
    return " ".join(found.group(1).lower().split()) if found else None


PLAIN_LABEL_RE = compiled(r"([A-Z][A-Za-z' ]{0,30}?):\s")


def _item_label(text: str, block: Block) -> str | None:
    """The label a nested list item opens with, bold or not ("Impact: ...", "**What I did:** ...")."""
    start, end = block.span
    # a label ends with ":" or "." within its first LABEL_REACH characters: two scans in C pass over
    # the many items without one before the pattern's backtracking tries up to 31 ends (a Session
    # asks every nested item on every edit)
    stop = min(end, start + LABEL_REACH)
    if text.find(":", start, stop) < 0 and text.find(".", start, stop) < 0:
        return None
    found = ITEM_LABEL_RE.match(text, start, end)
    return " ".join(found.group(1).lower().split()) if found else None


ITEM_LABEL_RE = compiled(r"(?:\*\*|__)?([A-Za-z][A-Za-z' ]{0,30}?)(?:\*\*|__)?[:.](?:\*\*|__)?\s")
LABEL_REACH = 2 + 31 + 2 + 1  # bold marks, the label's 1-31 letters, bold marks, then ":" or "."


def _merged(run: list[Block]) -> list[Block]:
    if len(run) < 2:
        return run
    return [Block("paragraph", Span(run[0].span.start, run[-1].span.end))]


# A paragraph that is one bold question and nothing else ("**Where did you fall short?**",
# "**2. What will you focus on next year?**"): the review form's question, pasted above its answer.
FORM_QUESTION_RE = compiled(r"(?:\*\*|__)([^*_\n]{3,200}\?)(?:\*\*|__)[^\S\n]*")


def form_questions(text: str, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The review form's questions, each a bold paragraph of its own, read as the headings they
    are: the answer below a question ("Where did you fall short?", "What will you focus on next
    year?") is told under it, as under a heading of the writer's, so a shortfall is a lesson and
    a focus a plan. A bold question that opens its answer's own paragraph ("**Is this a market
    effect?** Travel demand grew ...") titles that paragraph only, as before.

    Read on every edit of a Session: a draft with no "?" before a bold mark is passed over in C."""
    if "?**" not in text and "?__" not in text:
        return blocks
    level, found = 1, list(blocks)
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            level = block.level
            continue
        start, end = block.span
        if block.kind == "paragraph" and text.startswith(BOLD_MARKS, start) \
                and FORM_QUESTION_RE.fullmatch(text, start, end):
            close = len(text[start:end].rstrip()) + start - 2
            found[index] = Block("heading", Span(start + 2, close), min(level + 1, 6))
    return tuple(found) if found != list(blocks) else blocks
