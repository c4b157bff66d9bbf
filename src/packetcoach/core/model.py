"""The vocabulary of packetcoach, as data.

Document -> Section -> Paragraph -> Item -> Sentence, each holding a :class:`Span`
of character offsets into the one text the draft was read as. Offsets are the
only internal position; line and column are computed once, at the edges, by
:class:`LineIndex`. Everything here is frozen: analysis builds new values, it
never edits old ones, so a report can be cached, compared and rendered twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, NamedTuple

Severity = Literal["error", "warning", "info"]
VerbClass = Literal["pm", "technical", "neutral", "none"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class Span(NamedTuple):
    """Half-open character range [start, end) into the analysed text.

    A named tuple rather than a dataclass: analysis makes thousands of them per draft, and tuple
    creation is several times cheaper; ordering is by (start, end), as positions should sort.
    """

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


class Token(NamedTuple):
    """A word or a punctuation mark; ``lower`` is what lexicons match against."""

    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    span: Span
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Action:
    """The item's main verb: its lemma, its class, and who did it."""

    verb: str | None
    verb_class: VerbClass
    subject: Literal["i", "we", "passive", "other", "none"]
    span: Span | None = None


@dataclass(frozen=True)
class Mention:
    """A lexicon hit inside an item: what it is, where, and the words as written."""

    kind: str
    span: Span
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Signals:
    customer: bool
    metric: bool
    business_outcome: bool
    own_action: bool
    technical_lead: bool
    technical_metric_only: bool
    activity_only: bool
    cliche: bool
    hedge: bool

    @property
    def ready(self) -> bool:
        """SPEC section 5: customer, metric, business outcome and own action, not activity only."""
        return (
            self.customer
            and self.metric
            and self.business_outcome
            and self.own_action
            and not self.activity_only
        )

    def as_dict(self) -> dict[str, bool]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Item:
    """One evidence item: a list item, or a claim sentence of a paragraph (with follow-ons)."""

    id: str
    span: Span
    sentences: tuple[Sentence, ...]
    kind: Literal["bullet", "prose"]
    section: str | None
    persona: Mention | None = None
    metrics: tuple[Mention, ...] = ()
    action: Action = Action(None, "none", "none")
    signals: Signals | None = None
    mentions: tuple[Mention, ...] = ()
    principles: tuple[str, ...] = ()
    rewrite: str | None = None

    @property
    def ready(self) -> bool:
        return self.signals is not None and self.signals.ready

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(token for sentence in self.sentences for token in sentence.tokens)


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item as the structure reader found it."""

    kind: Literal["heading", "paragraph", "list_item"]
    span: Span
    level: int = 0  # heading level, or list nesting depth


@dataclass(frozen=True)
class Section:
    title: str | None
    span: Span
    level: int


@dataclass(frozen=True)
class Finding:
    rule: str
    name: str
    severity: Severity
    message: str
    span: Span
    suggestion: str | None = None
    item: str | None = None  # the item id the finding is about, if any
    rationale: str = ""


_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Offsets to 1-based line and column, computed once per text with bisect."""

    def __init__(self, text: str):
        self._starts = [0]
        if "\r" in text:  # \r\n and a lone \r end a line too (old Mac and some exports)
            self._starts.extend(m.end() for m in _NEWLINE_RE.finditer(text))
            return
        position = text.find("\n")
        while position != -1:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


@dataclass(frozen=True)
class Document:
    """A draft split by the structure reader, before any rubric is applied."""

    text: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    items: tuple[Item, ...]
    words: int
    notes: tuple[str, ...] = field(default=())
