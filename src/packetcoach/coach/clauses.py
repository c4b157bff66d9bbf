"""An item cut into clauses: the units a scaffold slot is filled with, copied verbatim."""

# No ``from __future__ import annotations``: a named tuple's field types are checked when the
# class is made, and one given as a string is compiled into a ForwardRef on every start.
from functools import lru_cache
from typing import NamedTuple

from packetcoach.core.model import Token
from packetcoach.profile.lexicon import PhraseMatcher

BOUNDARY = frozenset(",;:.!?()[]{}—–-")
APPROX = frozenset("about roughly nearly almost over around more than up to ~ an estimated some".split())


class Clause(NamedTuple):
    """A run of an item's tokens between punctuation or clause-opening words ("which", "by")."""

    first: int  # token index, inclusive
    last: int  # token index, exclusive
    start: int  # character offsets into the item's block
    end: int
    opener: tuple[str, ...] | None


def _boundary(tokens: tuple[Token, ...], index: int) -> bool:
    """Punctuation ends a clause, except a comma or point inside a number ("42,000", "0.02")."""
    token = tokens[index]
    if token.text not in BOUNDARY:
        return False
    if token.text in ",.:" and 0 < index < len(tokens) - 1:
        before, after = tokens[index - 1], tokens[index + 1]
        glued = before.end == token.start and after.start == token.end
        return not (glued and before.text[-1:].isdigit() and after.text[:1].isdigit())
    return True


@lru_cache(maxsize=8)
def opener_matcher(openers: tuple[str, ...]) -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add("opener", openers)
    return matcher


@lru_cache(maxsize=256)
def split_clauses(tokens: tuple[Token, ...], openers: tuple[str, ...]) -> tuple[Clause, ...]:
    """Clauses in order; an opener before a number ("by 18%", "by about 18%") does not open a clause.

    Cached on the tokens: the shapes of one item (strong, simplification, readiness) share them.
    """
    matcher = opener_matcher(openers)
    words = [t.lower for t in tokens]
    found: list[Clause] = []
    first, opener = 0, None

    def close(last: int) -> None:
        if first < last:
            found.append(Clause(first, last, tokens[first].start, tokens[last - 1].end, opener))

    for index in range(len(tokens)):
        if _boundary(tokens, index):
            close(index)
            first, opener = index + 1, None
            continue
        match = matcher.at(words, index)
        phrase = tuple(words[match.first:match.last + 1]) if match else None
        following = [w for w in words[index + len(phrase):index + len(phrase) + 4] if w not in APPROX][:1] \
            if phrase else []
        if phrase and not any(w[:1].isdigit() or w[:1] in "$€£" for w in following):
            close(index)
            first, opener = index, phrase
    close(len(tokens))
    return tuple(found)
