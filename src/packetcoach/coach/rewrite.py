"""The rewrite (SPEC 3B): what a scaffold may be built from, the no-invention check, and the view.

Three parts, one job: rewriting an item without putting words in the writer's
mouth. The wording comes from ``rehearsal.toml``; the unit a scaffold slot is
filled with is a :class:`Clause` of the item, copied verbatim; :func:`invented`
is the guarantee that nothing else gets in (scaffold.py runs it on every
scaffold, tests run it over generated drafts). :func:`rewrite_report` turns a
:class:`Report` into a :class:`Rewrite`: every item with its readiness sentence,
and the strong or simplification shape for each item that is not ready. The
renderers (render/rewrite.py) and the JSON form (``packetcoach.rewrite/1``)
only convert it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from packetcoach.core.resources import load_package_toml
from packetcoach.core.model import Item, LineIndex, Token
from packetcoach.output.labels import missing
from packetcoach.core.report import Report, report_header
from packetcoach.profile.compile import Rubric, rubric_for

if TYPE_CHECKING:
    from packetcoach.coach.scaffold import Scaffold

SCHEMA_ID = "packetcoach.rewrite/1"
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*|\d+")
BRACKETED_RE = re.compile(r"\[[^\[\]]*\]")
BOUNDARY = frozenset(",;:.!?()[]{}—–-")
APPROX = frozenset("about roughly nearly almost over around more than up to ~ an estimated some".split())


@lru_cache(maxsize=1)
def rehearsal_data() -> dict[str, Any]:
    """The shipped wording (templates, blanks, cues, questions, follow-ups); read once."""
    return load_package_toml("coach", "rehearsal.toml")


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every fixed word of the templates: the only words a scaffold adds outside blanks."""
    scaffold = rehearsal_data()["scaffold"]
    fixed = " ".join(re.sub(r"\{\w+\}", " ", scaffold[n]) for n in ("strong", "simplification", "readiness"))
    return frozenset(WORD_RE.findall(fixed))


_GUARDED: dict[int, tuple[Rubric, frozenset[str]]] = {}


def _guarded_words(rubric: Rubric) -> frozenset[str]:
    """Persona and business-measure words; cached per rubric object (rubrics are unhashable)."""
    cached = _GUARDED.get(id(rubric))
    if cached is None:  # the cache keeps the rubric alive, so its id is never reused
        lists = (("personas", "external"), ("personas", "internal"), ("measures", "business"))
        words = frozenset(w.lower() for key in lists for p in rubric.profile.list(*key) for w in WORD_RE.findall(p))
        cached = _GUARDED[id(rubric)] = (rubric, words)
    return cached[1]


def invented(scaffold: str, item_text: str, rubric: Rubric | None = None) -> list[str]:
    """Words of ``scaffold`` (outside [blanks] and template words) that the item does not contain.

    Checked: every digit sequence, every capitalised word, and every persona or
    business-measure word. An empty list is the no-invention guarantee.
    """
    guarded = _guarded_words(rubric or rubric_for("amazon-pm"))
    source = WORD_RE.findall(item_text)
    exact, lower = set(source), {w.lower() for w in source}
    found = []
    for word in WORD_RE.findall(BRACKETED_RE.sub(" ", scaffold)):
        if word in template_words():
            continue
        if (word.isdigit() or word[0].isupper()) and word not in exact:
            found.append(word)
        elif word.lower() in guarded and word.lower() not in lower:
            found.append(word)
    return found


@dataclass(frozen=True)
class Clause:
    """A run of an item's tokens between punctuation or clause-opening words ("which", "by")."""

    first: int  # token index, inclusive
    last: int  # token index, exclusive
    start: int  # character offsets into the text
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


@lru_cache(maxsize=32)
def phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by first word, longest first: one dictionary lookup per token, not one per phrase."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(found) for first, found in index.items()}


def phrase_at(words: list[str], index: int,
              phrases: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[str, ...] | None:
    """The longest phrase starting at ``words[index]``, if any."""
    return next((p for p in phrases.get(words[index], ()) if tuple(words[index:index + len(p)]) == p), None)


def split_clauses(tokens: tuple[Token, ...], openers: list[str]) -> list[Clause]:
    """Clauses in order; an opener before a number ("by 18%", "by about 18%") does not open a clause."""
    phrases = phrase_index(tuple(openers))
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
        phrase = phrase_at(words, index, phrases)
        following = [w for w in words[index + len(phrase):index + len(phrase) + 4] if w not in APPROX][:1] \
            if phrase else []
        if phrase and not any(w[:1].isdigit() or w[:1] in "$€£" for w in following):
            close(index)
            first, opener = index, phrase
    close(len(tokens))
    return found


@dataclass(frozen=True)
class ItemRewrite:
    """One item as the writer wrote it, what it lacks, and the shapes to rewrite it into."""

    item: Item
    line: int
    original: str
    missing: tuple[str, ...]
    shapes: tuple[Scaffold, ...]  # the shape to use first, then the others; () when ready
    readiness: Scaffold

    @property
    def scaffold(self) -> Scaffold | None:
        return self.shapes[0] if self.shapes else None


@dataclass(frozen=True)
class Rewrite:
    report: Report
    items: tuple[ItemRewrite, ...]

    @property
    def not_ready(self) -> tuple[ItemRewrite, ...]:
        return tuple(entry for entry in self.items if entry.shapes)


def _original(item: Item, text: str) -> str:
    return " ".join(item.span.text(text).split())


def rewrite_report(report: Report, rubric: Rubric | None = None) -> Rewrite:
    """Every item with its readiness sentence; items that are not ready also get their shapes."""
    from packetcoach.coach.scaffold import readiness, scaffolds  # noqa: PLC0415 - scaffold builds on this module

    rubric = rubric or rubric_for(report.profile)
    text = report.document.text
    lines = LineIndex(text)
    entries = []
    for item in report.items:
        if item.signals is None:
            continue
        entries.append(ItemRewrite(
            item=item, line=lines.line_col(item.span.start)[0], original=_original(item, text),
            missing=tuple(missing(item)), shapes=scaffolds(item, text, rubric),
            readiness=readiness(item, text, rubric)))
    return Rewrite(report, tuple(entries))


def rewrite_json(rewrite: Rewrite) -> dict[str, Any]:
    """The versioned JSON form; every item is listed, ready ones with ``scaffold: null``."""
    report = rewrite.report
    return {
        "schema": SCHEMA_ID,
        **report_header(report),
        "items_ready": sum(1 for entry in rewrite.items if entry.item.ready),
        "items": [_entry_json(entry) for entry in rewrite.items],
    }


def _entry_json(entry: ItemRewrite) -> dict[str, Any]:
    item = entry.item
    return {
        "id": item.id,
        "line": entry.line,
        "start": item.span.start,
        "end": item.span.end,
        "text": entry.original,
        "ready": item.ready,
        "missing": list(entry.missing),
        "shape": entry.scaffold.shape if entry.scaffold else None,
        "scaffold": entry.scaffold.text if entry.scaffold else None,
        "shapes": [shape.as_dict() for shape in entry.shapes],
        "readiness": entry.readiness.as_dict(),
    }
