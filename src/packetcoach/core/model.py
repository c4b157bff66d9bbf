"""The vocabulary of packetcoach, as data.

Document -> Section -> Paragraph -> Item -> Sentence, each holding a :class:`Span`
of character offsets into the one text the draft was read as. Offsets are the
only internal position; line and column are computed once, at the edges, by
:class:`LineIndex`. Nothing here is edited once built: analysis builds new values, it
never edits old ones, so a report can be cached, compared and rendered twice.

Plain records are named tuples; only :class:`Item` and :class:`Passage`, which keep values
computed on first use on the instance, are dataclasses, and frozen ones, so nothing can assign to a
value a Session keeps and shares between reads. Why named tuples elsewhere: every ``check`` process
creates these classes before it reads a word, and a frozen dataclass compiles six methods when its
class is made (a named tuple one). Keeping the item, the passage and the report frozen costs a
check about 12 M instructions (2%) against plain dataclasses, measured and accepted.
Equality stays by value, field by field, as it was.
"""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
import re
from bisect import bisect_right
from dataclasses import MISSING, dataclass, field
from dataclasses import fields as dataclass_fields
from typing import Literal, NamedTuple

class computed_once:  # noqa: N801 - used as a decorator, like functools.cached_property
    """A value computed on first use and kept on the instance, as ``functools.cached_property``
    does, without the lock Python 3.11 takes on every first use (analysis makes hundreds of items
    and passages per draft). The values are plain functions of frozen fields, so two threads that
    race compute the same value."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


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


class Clause(NamedTuple):
    """Where a sentence's own action starts: who acts ("lead" for a verb-first bullet with an
    implied "I", "i", "we"), the verb's token index and its lemma. Read once, by text/verbs.py."""

    subject: str
    index: int
    lemma: str


class Sentence(NamedTuple):
    """A sentence of a block: its span, tokens, the clause it opens, and its lexicon matches.

    Every field is given where a sentence is read (text/items.py); ``hits`` and ``lowers`` follow
    from the tokens, so comparing them too gives the same answer as comparing the tokens. A block
    read for no items (a heading, a section the evidence leaves out) opens no clause, and its
    sentences' tokens are made when first read (``profile.lexicon.LazyTokens``, read as the tuple).
    """

    span: Span
    tokens: tuple[Token, ...]
    clause: Clause | None  # None in a block read for no items
    words: int  # tokens that are words, not punctuation
    hits: dict  # the profile lexicon's matches, by group
    # each token's ``lower``, kept from tokenising: lexicons, the item's words and the facts all read them
    lowers: tuple[str, ...]


class Action(NamedTuple):
    """The item's main verb: its lemma, its class, and who did it. A result told first before the
    deed that caused it ("Refunds fell 40% after I cut ...") has the result's verb and the deed's
    subject: the writer acted (text/verbs.py ``_result_first``)."""

    verb: str | None
    verb_class: VerbClass
    subject: Literal["i", "we", "passive", "other", "none"]
    span: Span | None = None
    particle: str | None = None  # "down" of "turned down", "turned it down" (profile list ``verbs.phrasal``)

    @property
    def lemma(self) -> str | None:
        """The verb as the labelling guide names it, with its particle: "turn down", "set up"; the
        readings look the bare ``verb`` up in the profile's lists."""
        return self.verb if self.particle is None else f"{self.verb} {self.particle}"


class Mention(NamedTuple):
    """A lexicon hit inside an item: what it is, where, and the words as written."""

    kind: str
    span: Span
    text: str
    detail: str = ""


class Signals(NamedTuple):
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
        return dict(zip(SIGNAL_NAMES, self))


SIGNAL_NAMES: tuple[str, ...] = Signals._fields


ItemKind = Literal["claim", "context", "scope", "plan", "lesson", "objection"]
ItemFormat = Literal["bullet", "prose"]


@dataclass(frozen=True)
class Item:
    """One evidence item: a list item, or a claim sentence of a paragraph (with follow-ons).

    An item is read from its block alone, so every span it holds (its own, its sentences',
    tokens', mentions' and action's) is relative to the block: ``source`` and ``view`` are the
    block's text (and its markup-blanked view), ``base`` is where the block starts in the draft.
    An unchanged block can then be reused as it is after an edit elsewhere; absolute positions
    are computed only at the edges, with :meth:`at`.
    """

    id: str
    span: Span
    sentences: tuple[Sentence, ...]
    format: ItemFormat
    section: str | None
    source: str = field(default="", repr=False, compare=False)
    view: str = field(default="", repr=False, compare=False)
    base: int = 0
    kind: ItemKind = "claim"
    persona: Mention | None = None
    metrics: tuple[Mention, ...] = ()
    action: Action = Action(None, "none", "none")
    signals: Signals | None = None
    mentions: tuple[Mention, ...] = ()
    principles: tuple[str, ...] = ()
    # the yes/no facts the principles were decided on (analysis/principles.py), kept to explain them
    principle_features: tuple[str, ...] = field(default=(), repr=False, compare=False)
    facts: "ItemFacts | None" = field(default=None, repr=False, compare=False)
    # the view as the draft words it, where the reading's view differs (a third-person draft's
    # candidate read as "I": text/voice.py); empty when they are the same
    plain: str = field(default="", repr=False, compare=False)

    @property
    def ready(self) -> bool:
        """Only claims are judged: context, scope, plans, lessons and objections are not evidence items."""
        return self.kind == "claim" and self.signals is not None and self.signals.ready

    @property
    def text(self) -> str:
        return self.source[self.span.start:self.span.end]

    @property
    def start(self) -> int:
        return self.base + self.span.start

    @property
    def end(self) -> int:
        return self.base + self.span.end

    def at(self, span: Span) -> Span:
        """A span of this item's block, as an offset range into the whole draft."""
        return Span(self.base + span.start, self.base + span.end)

    def words_at(self, span: Span) -> str:
        """The draft's words at a span of the block, markup blanked: what a message quotes."""
        return (self.plain or self.view)[span.start:span.end]

    @computed_once
    def lowered(self) -> str:
        """The block's view lower-cased (what case-free patterns search; see core/casefree.py)."""
        return self.view.lower()

    @computed_once
    def tokens(self) -> tuple[Token, ...]:
        if len(self.sentences) == 1:
            return self.sentences[0].tokens
        return tuple([token for sentence in self.sentences for token in sentence.tokens])

    @computed_once
    def words(self) -> tuple[str, ...]:
        """The lower-cased tokens: what every lexicon matches against (its sentences' own, as read)."""
        if len(self.sentences) == 1:
            return self.sentences[0].lowers
        return tuple([word for sentence in self.sentences for word in sentence.lowers])


class ItemFacts(NamedTuple):
    """What the packet reading needs from one item, computed once with the item and cached with it."""

    initiated: bool = False
    stopped: bool = False
    ladder: tuple[tuple[str, frozenset[str]], ...] = ()  # (level, the dimensions its cues show)
    specialty: tuple[tuple[str, str], ...] = ()  # (specialty, term) in this item's words
    parts: tuple[tuple[str, bool], ...] = ()  # the five parts of an outcome story
    impact: float = 0.0
    outcome_impact: float = 0.0
    engineering_work: tuple[str, ...] = ()  # engineering work the writer did ("reviewed pull requests")
    jargon: int = 0  # engineering words in the item a reader outside engineering would not use
    judgment_heading: str | None = None  # "initiated" or "stopped" when the writer's heading says so


class Block(NamedTuple):
    """A heading, paragraph or list item as the structure reader found it."""

    kind: Literal["heading", "paragraph", "list_item", "table_row"]
    span: Span
    level: int = 0  # heading level, or list nesting depth


class Section(NamedTuple):
    title: str | None
    span: Span
    level: int


class Finding(NamedTuple):
    rule: str
    name: str
    severity: Severity
    message: str
    span: Span
    suggestion: str | None = None
    item: str | None = None  # the item id the finding is about, if any
    rationale: str = ""
    scope: Literal["item", "sentence", "document"] = "item"


class Applied(NamedTuple):
    """A suppression comment as the report lists it: what it names, where, and what it silenced."""

    line: int  # 1-based
    keys: tuple[str, ...]
    scope: Literal["file", "line"]
    silenced: int


_NEWLINE = r"\r\n|\r|\n"  # compiled when first used: few texts hold a \r


class LineIndex:
    """Offsets to 1-based line and column, computed once per text with bisect."""

    def __init__(self, text: str):
        from itertools import accumulate  # noqa: PLC0415 - the model imports nothing more at start-up

        self._starts = [0]
        if "\r" in text:  # \r\n and a lone \r end a line too (old Mac and some exports)
            self._starts.extend(m.end() for m in re.finditer(_NEWLINE, text))
            return
        # each line's start is the sum of the lengths before it, one more for each "\n": summed in C
        self._starts.extend(accumulate(map((1).__add__, map(len, text.split("\n")[:-1]))))

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


@dataclass(frozen=True)
class Passage:
    """One non-heading block as the reader found it: its sentences and items, block-relative."""

    block: Block
    source: str = field(repr=False)
    view: str = field(repr=False)
    section: str | None
    sentences: tuple[Sentence, ...]
    items: tuple[Item, ...]
    words: int
    plain: str = field(default="", repr=False, compare=False)  # as on Item: the draft's own words

    @property
    def base(self) -> int:
        return self.block.span.start

    def words_at(self, span: Span) -> str:
        """The draft's words at a span of the block, markup blanked: what a message quotes."""
        return (self.plain or self.view)[span.start:span.end]

    @computed_once
    def lowered(self) -> str:
        return self.view.lower()

    def at(self, span: Span) -> Span:
        return Span(self.block.span.start + span.start, self.block.span.start + span.end)


class Voice(NamedTuple):
    """The candidate a third-person draft tells of: the pronoun it uses and the names it calls them."""

    pronoun: str | None  # "she", "he", or None when the draft uses only the name
    names: tuple[str, ...]  # "Dana Reyes", "Dana": longest first

    @property
    def called(self) -> str | None:
        """The first name the draft calls the candidate by ("Dana"): how the coach names them."""
        return self.names[-1].split()[0] if self.names else None

    @property
    def shown(self) -> str:
        """How the report names what it read as the writer: "'Dana' and 'she'"."""
        words = [*self.names[-1:], *([self.pronoun] if self.pronoun else [])]
        return " and ".join(f"'{word}'" for word in words)


class Document(NamedTuple):
    """A draft split by the structure reader: blocks and sections, and a passage per text block."""

    text: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    items: tuple[Item, ...]
    words: int
    notes: tuple[str, ...] = ()
    voice: Voice | None = None  # a third-person draft's candidate, read as the writer (text/voice.py)

    @property
    def top(self) -> Span:
        """The document's first block: where findings about the whole document point."""
        return self.blocks[0].span if self.blocks else Span(0, 0)


def rebased(value, **changes):
    """A copy of a frozen dataclass (an :class:`Item`, a :class:`Passage`, a report) with some
    fields changed, without re-running its constructor; a named tuple has ``_replace``.

    Rebasing a reused block (a new ``base`` for each of its items) happens for every block after an
    edit; ``dataclasses.replace`` validates and rebuilds and costs several times more. Computed
    properties already cached on the value (an item's tokens) are shared, as they do not change.
    """
    return copied(type(value), {**value.__dict__, **changes})  # one copy, handed over whole


def copied(kind: type, state: dict):
    """A new instance of the frozen dataclass ``kind`` whose state is ``state`` (a dictionary of
    its own, computed values included), without running its constructor: what :func:`rebased` and
    a Session's moving of blocks build."""
    new = _new(kind)
    _set(new, "__dict__", state)
    return new


_new, _set = object.__new__, object.__setattr__


def built(kind: type, *values, **named):
    """``kind(*values, **named)`` for a frozen dataclass with no factory defaults (an :class:`Item`,
    a :class:`Passage`), its state filled in one dictionary (its fields in order, the defaults where
    no value is given) and handed over whole, as :func:`copied` does: the dataclass's ``__init__``
    sets each field through ``object.__setattr__``, about 28 K instructions for an item's eighteen,
    and every block read makes a passage and its items."""
    template, names, required = _TEMPLATES.get(kind) or _template(kind)
    if len(values) > len(names) or named and not named.keys() <= template.keys() \
            or len(values) < required and not set(names[len(values):required]) <= named.keys():
        raise TypeError(f"{kind.__name__}: a field missing or unknown")
    state = template.copy()  # the fields' order kept: new values replace the defaults in place
    state.update(zip(names, values))
    if named:
        state.update(named)
    return copied(kind, state)


_TEMPLATES: dict[type, tuple[dict[str, object], tuple[str, ...], int]] = {}


def _template(kind: type) -> tuple[dict[str, object], tuple[str, ...], int]:
    """The class's fields with their defaults (None for those without, always given), their names
    in order, and how many come first without a default."""
    fields = dataclass_fields(kind)
    if any(f.default_factory is not MISSING for f in fields):
        raise TypeError(f"{kind.__name__}: a factory default")
    required = sum(f.default is MISSING for f in fields)
    if any(f.default is MISSING for f in fields[required:]):
        raise TypeError(f"{kind.__name__}: a field without a default after one with")
    found = _TEMPLATES[kind] = ({f.name: None if f.default is MISSING else f.default for f in fields},
                                tuple(f.name for f in fields), required)
    return found
