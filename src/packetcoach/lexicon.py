"""Words to tokens, and lexicons to fast phrase matchers.

Matching works on lower-cased tokens, never on substrings, so "ms" does not fire
inside "teams" and a phrase's offsets are the tokens' own offsets. A phrase that
starts with a verb lemma matches every inflected form of the verb, from the
table that scripts/build_inflections.py generates at development time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Iterator, Sequence

from .model import Token

TOKEN_RE = re.compile(r"[\w]+(?:[-'’][\w]+)*|->|[^\w\s]", re.UNICODE)


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens with absolute offsets; apostrophes are normalised in ``lower`` only."""
    return tuple(
        Token(m.group(), m.group().lower().replace("’", "'"), m.start() + offset, m.end() + offset)
        for m in TOKEN_RE.finditer(text)
    )


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(token.lower for token in tokenize(phrase))


@lru_cache(maxsize=1)
def inflection_table() -> dict[str, frozenset[str]]:
    """lemma -> all its forms, from the shipped table."""
    table: dict[str, frozenset[str]] = {}
    text = resources.files("packetcoach.data").joinpath("inflections.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lemma, forms = line.split("\t")
            table[lemma] = frozenset(forms.split(","))
    return table


def regular_forms(lemma: str) -> frozenset[str]:
    """Forms of a verb the shipped table does not know, by the regular English rules."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    return frozenset({lemma, past, ing, third})


def verb_forms(lemma: str) -> frozenset[str]:
    lemma = lemma.lower()
    return inflection_table().get(lemma) or regular_forms(lemma)


@dataclass(frozen=True)
class Match:
    """A phrase found in a token sequence: token index range and the lexicon's label."""

    first: int
    last: int  # inclusive
    label: str
    phrase: str


class PhraseMatcher:
    """Longest-match lookup of many multi-word phrases over a token sequence."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}

    def add(self, label: str, phrases: Iterable[str], inflect_verbs: Iterable[str] = ()) -> None:
        verbs = set(inflect_verbs)
        for phrase in phrases:
            words = phrase_words(phrase)
            if not words:
                continue
            variants = [words]
            if words[0] in verbs:
                variants = [(form,) + words[1:] for form in verb_forms(words[0])]
            for variant in variants:
                self._by_first.setdefault(variant[0], []).append((variant, label, phrase))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def iter_matches(self, words: Sequence[str]) -> Iterator[Match]:
        """All matches, longest first at each position; overlapping matches are all returned."""
        for index, word in enumerate(words):
            for phrase, label, original in self._by_first.get(word, ()):
                end = index + len(phrase)
                if tuple(words[index:end]) == phrase:
                    yield Match(index, end - 1, label, original)

    def longest(self, words: Sequence[str]) -> list[Match]:
        """Non-overlapping matches, preferring the longest phrase at each position."""
        found: list[Match] = []
        index = 0
        while index < len(words):
            best = None
            for phrase, label, original in self._by_first.get(words[index], ()):
                end = index + len(phrase)
                if tuple(words[index:end]) == phrase:
                    best = Match(index, end - 1, label, original)
                    break
            if best:
                found.append(best)
                index = best.last + 1
            else:
                index += 1
        return found
