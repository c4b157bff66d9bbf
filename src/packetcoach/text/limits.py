"""How much text one analysis takes on, counted in the units the analysis works in.

The analysis does work per character (regular expressions scan the text), per token (a word or a punctuation mark: "a,a,a" is five), per line the
structure reader walks, and per paragraph, list item and sentence (each may become an item,
with its slots, signals and rewrite). A limit in whitespace-separated words let a file of
commas or of one-word bullets through at a cost of minutes; these limits are in the units
that cost, and each is chosen so that the costliest text that fits is analysed in about a
second on a laptop (tests/hostile/ holds the shapes that were measured). A promotion document
is about 2,000 tokens, 100 lines and 150 parts, so a real draft is nowhere near any of them.

Counting is cheap and bounded: each count stops as soon as it passes its limit, so refusing a
5 MB file costs a few milliseconds.
"""

from __future__ import annotations

import re
from itertools import islice

from packetcoach.core.errors import InputError
from packetcoach.profile.lexicon import TOKEN_RE
from packetcoach.core.regexes import compiled, on_first_use

MAX_CHARACTERS = 1_000_000
MAX_TOKENS = 20_000
MAX_LINES = 20_000
MAX_PARTS = 1_000

_LINE_BREAK_RE = compiled(r"\r\n|\r|\n")
# Each non-blank line may open a block, and each end of sentence may open another item: an
# upper bound on paragraphs, list items and sentences, found without parsing.
_PART = r"^[^\S\r\n]*\S|[.!?][\"'”’)\]]*\s"  # compiled when first used: only a very long draft is counted
_PART_RE = on_first_use(_PART, re.MULTILINE)


def _count(pattern: re.Pattern[str], text: str, limit: int, bound: int) -> int:
    """How many matches, counting no further than ``limit`` + 1.

    ``bound`` is a cheap upper bound on the count (found with string methods that run in C); when
    it is within the limit there is nothing to count, which is the case for every real draft.
    """
    if bound <= limit:
        return min(bound, limit)
    return len(list(islice(pattern.finditer(text), limit + 1)))


_WORD_OR_SPACE_RE = compiled(r"[\w\s]+")


def _token_bound(text: str) -> int:
    """At most this many tokens. A token is a run of word characters or one mark that is neither a
    word character nor a space; a run of word characters starts the text, follows a space or
    follows a mark, so there are at most 1 + spaces + 2 x marks tokens (and never more than
    characters). ASCII text is counted in C passes over its bytes, without splitting it into words
    (a Session checks every version of the draft): first the looser 1 + 2 x (spaces + marks), in
    one pass, which a draft is well within."""
    if len(text) <= MAX_TOKENS:
        return len(text)
    if text.isascii():
        data = text.encode("ascii")
        loose = 1 + 2 * len(data.translate(None, _ASCII_WORD))
        if loose <= MAX_TOKENS:
            return loose
        spaces = len(data.translate(None, _ASCII_NOT_SPACES))
        return 1 + spaces + 2 * len(data.translate(None, _ASCII_WORD_OR_SPACE))
    return len(text.split()) + 2 * _marks(text)


# The ASCII characters the pattern above matches, for deleting them from ASCII text in one C pass.
_ASCII_WORD_OR_SPACE = bytes(code for code in range(128) if _WORD_OR_SPACE_RE.fullmatch(chr(code)))
_ASCII_WORD = bytes(code for code in range(128) if re.fullmatch(r"\w", chr(code)))
# Every ASCII character but the spaces, for counting the spaces by deleting the rest.
_ASCII_NOT_SPACES = bytes(code for code in range(128) if not chr(code).isspace())


def _marks(text: str) -> int:
    """How many characters are neither word characters nor spaces."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_WORD_OR_SPACE))
    return len(_WORD_OR_SPACE_RE.sub("", text))


def _line_bound(text: str) -> int:
    return text.count("\n") + text.count("\r")


def _part_bound(text: str) -> int:
    """At most this many parts: each starts a line or ends a sentence. ASCII text is counted in
    one C pass (keeping only those five characters) instead of five."""
    if text.isascii():
        return 1 + len(text.encode("ascii").translate(None, _ASCII_NOT_PART_ENDS))
    return _line_bound(text) + 1 + text.count(".") + text.count("!") + text.count("?")


_ASCII_NOT_PART_ENDS = bytes(code for code in range(128) if chr(code) not in "\n\r.!?")


def _bounds(text: str, counts: tuple[int, int, int] | None = None) -> tuple[int, int, int]:
    """Upper bounds on the tokens, lines and parts. Of ASCII text one C pass keeps the bytes that
    are no word character (spaces, marks, line breaks, sentence ends: about a fifth of a draft),
    and the three are read from those instead of from the whole text each (``counts``: those
    three counts of an ASCII text, :func:`ascii_counts`, when a Session knows them already)."""
    if counts is None:
        if not text.isascii():
            return _token_bound(text), _line_bound(text), _part_bound(text)
        counts = ascii_counts(text)
    rest, lines, ends = counts
    tokens = len(text) if len(text) <= MAX_TOKENS else 1 + 2 * rest  # as _token_bound's first answers
    if tokens > MAX_TOKENS:
        tokens = _token_bound(text)
    return tokens, lines, 1 + ends


def ascii_counts(text: str) -> tuple[int, int, int]:
    """Of ASCII text: how many characters are no word character, how many break a line ("\n" or
    "\r") and how many end a line or a sentence ("\n", "\r", ".", "!", "?"), counted in C over
    the bytes that are no word character. Each is a sum over the text's characters, so a Session
    counts only the characters an edit changed (:func:`counts_after`)."""
    rest = text.encode("ascii").translate(None, _ASCII_WORD)
    return len(rest), rest.count(b"\n") + rest.count(b"\r"), len(rest.translate(None, _ASCII_NOT_PART_ENDS))


def counts_after(text: str, last: tuple[str, tuple[int, int, int]] | None, first: int,
                 shared: int) -> tuple[int, int, int] | None:
    """:func:`ascii_counts` of ``text``, from the last text's and those of the characters each holds
    between the first one ``text`` changed and the ``shared`` ones both end with; None when the
    text is not ASCII."""
    if last is not None and first >= 0:
        old, (rest, lines, ends) = last
        now = text[first:len(text) - shared]
        if now.isascii():
            a, b, c = ascii_counts(old[first:len(old) - shared])
            x, y, z = ascii_counts(now)
            return rest - a + x, lines - b + y, ends - c + z
        return None
    return ascii_counts(text) if text.isascii() else None


def check_size(text: str, source: str, counts: tuple[int, int, int] | None = None) -> None:
    """Refuse text that is more than any draft, in one line naming the unit and the limit
    (``counts``: the text's :func:`ascii_counts`, when known)."""
    if len(text) > MAX_CHARACTERS:
        raise InputError(source, f"has {len(text):,} characters, far more than any draft",
                         f"the limit is {MAX_CHARACTERS:,}; split the file")
    token_bound, line_bound, part_bound = _bounds(text, counts)
    tokens = _count(TOKEN_RE, text, MAX_TOKENS, token_bound)
    if tokens > MAX_TOKENS:
        raise InputError(source, f"has more than {MAX_TOKENS:,} words and punctuation marks, far more than any "
                         "draft", "split the file; a promotion document is about 2,000")
    if _count(_LINE_BREAK_RE, text, MAX_LINES, line_bound) >= MAX_LINES:
        raise InputError(source, f"has more than {MAX_LINES:,} lines, far more than any draft", "split the file")
    if _count(_PART_RE(), text, MAX_PARTS, part_bound) > MAX_PARTS:
        raise InputError(source, f"has more than {MAX_PARTS:,} paragraphs, list items and sentences, far more "
                         "than any draft", "split the file; a promotion document has about 150")
