"""Inline suppression comments, parsed in one linear pass.

A writer silences a rule where it misfires with an HTML comment, which Markdown renderers hide:

    - Built the seller portal with sellers. <!-- packetcoach: ignore engineering-verb -->
    <!-- packetcoach: disable PC102, PC106 -->
    <!-- packetcoach: ignore -->                 (every rule)

The grammar, case-insensitive::

    comment   = "<!--" ws* "packetcoach" ws* ":" ws* directive [ws+ keys] ws* "-->"
    directive = "ignore" | "disable"
    keys      = key (("," | ws)+ key)*          key = letters, digits, "_" and "-"

Why not one regular expression: a pattern with a lazy group between runs of white space
backtracks in cubic time on ``<!-- packetcoach: ignore`` followed by many spaces and no ``-->``.
Here each ``<!--`` and each ``-->`` is found once with ``str.find``, moving only forwards, and the
body of a comment is checked with patterns that cannot backtrack (one quantifier between
literals), so the cost is linear in the text whatever it holds. As in HTML, comments do not nest:
a ``<!--`` inside a comment is part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from packetcoach.core.model import LineIndex, Span

OPEN, CLOSE = "<!--", "-->"
ALL = "*"
# Compiled when first used (Python's re keeps them): most drafts carry no suppression comment.
_HEAD = r"(?i)\s*packetcoach\s*:\s*(ignore|disable)(?![\w-])"
_KEYS = r"[\w\s,-]*"
_SEPARATORS = r"[\s,]+"
_BLANK = r"[^\S\r\n]*"


@dataclass(frozen=True)
class Suppression:
    """One suppression comment: where it is, the rule keys it names, and how it stands.

    ``keys`` are rule ids or names in lower case (``pc102``, ``engineering-verb``), or ``{"*"}``
    for every rule. ``line`` is the 0-based line the comment starts on; ``standalone`` is true
    when nothing but white space shares its lines, the usual way to silence the line below.
    """

    span: Span
    line: int
    keys: frozenset[str]
    standalone: bool

    def names(self, rule_id: str, rule_name: str) -> bool:
        """Whether this comment silences the rule with this id and name."""
        return ALL in self.keys or rule_id.lower() in self.keys or rule_name.lower() in self.keys


def parse_suppressions(text: str) -> list[Suppression]:
    """Every suppression comment in ``text``, in order, in time linear in ``len(text)``."""
    found: list[Suppression] = []
    lines: LineIndex | None = None
    previous_end = 0  # the end of the comment before, of any kind
    position = text.find(OPEN)
    while position != -1:
        close = text.find(CLOSE, position + len(OPEN))
        if close == -1:
            break  # no comment is closed after this point
        end = close + len(CLOSE)
        following = text.find(OPEN, end)
        keys = _keys(text, position + len(OPEN), close)
        if keys is not None:
            lines = lines or LineIndex(text)
            standalone = _blank_before(text, previous_end, position) and \
                _blank_after(text, end, len(text) if following == -1 else following)
            found.append(Suppression(Span(position, end), lines.line_col(position)[0] - 1, keys, standalone))
        previous_end = end
        position = following
    return found


def _keys(text: str, start: int, end: int) -> frozenset[str] | None:
    """The keys of a suppression comment's body ``text[start:end]``, or None if it is not one."""
    head = re.compile(_HEAD).match(text, start, end)
    if head is None or re.compile(_KEYS).fullmatch(text, head.end(), end) is None:
        return None
    words = re.split(_SEPARATORS, text[head.end():end].strip())
    keys = frozenset(word.lower() for word in words if word)
    return keys or frozenset({ALL})


def _blank_before(text: str, previous_end: int, start: int) -> bool:
    """Only white space between the start of the comment's line and the comment.

    The search looks back no further than the comment before (``previous_end``): if no line
    break lies in between, that comment shares the line. Each stretch of text is looked at
    once, whatever the number of comments on a line.
    """
    breaks = max(text.rfind("\n", previous_end, start), text.rfind("\r", previous_end, start))
    if breaks == -1 and previous_end > 0:
        return False
    return re.compile(_BLANK).match(text, breaks + 1, start).end() == start  # type: ignore[union-attr]


def _blank_after(text: str, end: int, limit: int) -> bool:
    """Only white space between the comment and the end of its line, looking no further than
    ``limit``, the next comment (which would share the line if no line break comes first)."""
    found = [at for at in (text.find("\n", end, limit), text.find("\r", end, limit)) if at != -1]
    if not found and limit < len(text):
        return False
    stop = min(found, default=limit)
    return re.compile(_BLANK).match(text, end, stop).end() == stop  # type: ignore[union-attr]
