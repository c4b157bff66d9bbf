"""Inline suppression comments: ``<!-- packetcoach: ignore NAME[, NAME] -->``.

Read in one linear pass (no backtracking pattern), so a hostile draft full of half-written
comments costs no more than any other text of its size.
"""

from __future__ import annotations

from dataclasses import dataclass

from packetcoach.core.model import Span

OPEN, CLOSE, DIRECTIVES = "<!--", "-->", ("ignore", "disable")


@dataclass(frozen=True)
class Suppression:
    span: Span  # the comment in the draft
    line: int  # 0-based line of the comment's start
    keys: frozenset[str]  # rule ids or names, lower case; "*" for every rule
    own_line: bool  # nothing but white space shares the comment's line(s)


def _keys(body: str) -> frozenset[str] | None:
    """The rule keys of a comment body, or None when it is not a packetcoach comment."""
    head, colon, rest = body.strip().partition(":")
    if not colon or head.strip().lower() != "packetcoach":
        return None
    words = rest.replace(",", " ").split()
    if not words or words[0].lower() not in DIRECTIVES:
        return None
    return frozenset(word.lower() for word in words[1:]) or frozenset({"*"})


def parse_suppressions(text: str) -> list[Suppression]:
    found: list[Suppression] = []
    position, line = 0, 0
    while True:
        start = text.find(OPEN, position)
        if start < 0:
            return found
        end = text.find(CLOSE, start + len(OPEN))
        if end < 0:
            return found
        line += text.count("\n", position, start)
        keys = _keys(text[start + len(OPEN):end])
        stop = end + len(CLOSE)
        if keys is not None:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", stop)
            line_end = len(text) if line_end < 0 else line_end
            own = not text[line_start:start].strip() and not text[stop:line_end].strip()
            found.append(Suppression(Span(start, stop), line, keys, own))
        line += text.count("\n", start, stop)
        position = stop
