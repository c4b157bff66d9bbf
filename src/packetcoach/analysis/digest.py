"""What the packet reading takes from one block, worked out once per block's content.

The packet reading (analysis/packet.py) combines every item and block of the draft; most of what it
asks of an item (is it a claim, which ladder cues it shows, its story parts, its impact) depends on
the item alone. A :class:`BlockDigest` answers those questions for one block when the block is read,
so the reading is a pass over small per-block records, and a Session, which reuses the blocks an
edit did not touch, reuses their digests too.

A digest names items by their index in ``passage.items`` and holds no id and no draft offset: an
unchanged block keeps its digest when an edit moves it, or renames its items (two items of the
draft with the same opening words).
"""

# No ``from __future__ import annotations``: see coach/clauses.py (BlockDigest is a named tuple).

from typing import NamedTuple

from packetcoach.analysis.kinds import heading_match
from packetcoach.analysis.measures import exposure_only
from packetcoach.analysis.scoring import Voices
from packetcoach.core.model import Item, Passage
from packetcoach.profile.compile import UNOWNED_GROUP, Rubric, derived

DIMENSIONS = ("scope", "ambiguity", "influence")
PARTS = ("business_problem", "decision", "mechanism", "result", "scope_signal")
NO_PARTS = tuple((name, False) for name in PARTS[:-1])  # an item's facts name the first four parts, in order
DEED_KINDS = frozenset(("claim", "lesson"))  # a stop told as a lesson is still judgment shown

Best = tuple[int, float] | None  # (item index, value): the block's first item with the greatest value


class BlockDigest(NamedTuple):
    """One block's answers to the packet reading's per-item questions; items by index.

    A named tuple: every block of every draft gets one, and tuple creation is several times cheaper
    than a frozen dataclass's.
    """

    timed_heading: bool = False  # a heading that names a time period ("Q3 2024")
    objection_heading: bool = False  # a heading over the objections the writer expects
    claims: tuple[int, ...] = ()  # claims with signals
    objections: tuple[int, ...] = ()
    scopes: tuple[int, ...] = ()
    technical_leads: int = 0  # claims an engineering verb leads
    best_outcome: float | None = None  # the greatest outcome impact among the claims
    top: Best = None  # the claim with the greatest impact
    top_ready: Best = None  # the ready claim with the greatest impact
    # claims with a measured business outcome, with their impact and whether their only measure is
    # who saw a launch (measures.exposure_only), asked once per block rather than on every edit
    outcomes: tuple[tuple[int, float, bool], ...] = ()
    cues: tuple[tuple[str, str, int], ...] = ()  # (level, dimension, item index) for each ladder cue shown
    principles: tuple[tuple[str, int], ...] = ()  # (principle, item index) for each profile principle evidenced
    stories: tuple[tuple[int, tuple[tuple[str, bool], ...], bool], ...] = ()  # (claim, four parts, own scope)
    judged: tuple[tuple[str, int], ...] = ()  # ("initiated" | "stopped", deed index) by the deed's verb
    headed: tuple[tuple[str, int], ...] = ()  # the same, by the deed's section heading
    voices: Voices = Voices()  # what the evidence and re-role scores count
    # (level, index of the first item at or after it) for each sentence telling a gap no one owned
    # outside an item that shows a level: the writer's next deed in the section takes it up
    gaps: tuple[tuple[str, int], ...] = ()
    # the items that announce a stop story in a short sentence of the writer's ("I also got one
    # wrong."), each the first of its sentence's items and not the block's last (analysis/packet.py
    # reads the story after it): worked out once per block, not on every edit of a Session
    announces: tuple[int, ...] = ()
    # whether an item tells a start (its facts say initiated, whatever its kind), and the items that
    # hold a word of adoption (the profile's ``plan_adopted``): what the packet reading asks of every
    # item when it looks for a plan adopted as the draft's start (analysis/packet.py ``_starts_left``)
    initiates: bool = False
    adopting: tuple[int, ...] = ()


HEADING = BlockDigest()


class _Asked:
    """What the digests of one profile and level ask about: worked out once, not once per block."""

    def __init__(self, rubric: Rubric, level: str):
        self.principles = frozenset(rubric.profile.table("principles"))
        ladder = rubric.profile.table("ladder").get(level, {})
        self.scope_cues = frozenset(c.lower() for d in DIMENSIONS for c in ladder.get(d, []) if " " not in c)


def _asked(rubric: Rubric, level: str) -> _Asked:
    """The questions for this profile and level, worked out once and kept with the compiled profile."""
    return derived(rubric, ("asked", level), lambda built: _Asked(built, level))


def block_digest(passage: Passage, rubric: Rubric, level: str) -> BlockDigest:
    """The digest of one block (a heading's says only what kind of heading it is), in one pass
    over its items (most blocks hold one)."""
    if passage.block.kind == "heading":
        return _heading_digest(passage, rubric)
    items = passage.items
    gaps = _gaps(passage)
    if not items:
        if not gaps and _asks_objection(passage, rubric):
            return BlockDigest(objection_heading=True)  # "Q: What objection do you expect from the room?"
        return BlockDigest(gaps=gaps) if gaps else HEADING
    asked = _asked(rubric, level)
    claims: list[int] = []
    objections: list[int] = []
    scopes: list[int] = []
    outcomes: list[tuple[int, float, bool]] = []
    cues: list[tuple[str, str, int]] = []
    principles: list[tuple[str, int]] = []
    stories: list = []
    judged: list[tuple[str, int]] = []
    headed: list[tuple[str, int]] = []
    technical = 0
    best_outcome: float | None = None
    top: Best = None
    top_ready: Best = None
    announcing = rubric.stops.announcing
    announces: list[int] = []
    adoption = rubric.plan_adopted
    adopting: list[int] = []
    initiates = False
    last = len(items) - 1
    for k, item in enumerate(items):
        if announcing and k < last and not (k and items[k - 1].source == item.source) \
                and announces_story(item, announcing):
            announces.append(k)
        kind, signals, facts = item.kind, item.signals, item.facts
        if adoption and not adoption.isdisjoint(item.words):
            adopting.append(k)
        if facts is not None and facts.initiated:
            initiates = True
        if kind == "objection":
            objections.append(k)
        elif kind == "scope":
            scopes.append(k)
        if facts is not None and facts.ladder:
            cues += [(lvl, dimension, k) for lvl, dimensions in facts.ladder
                     for dimension in DIMENSIONS if dimension in dimensions]
        if item.principles:
            principles += [(name, k) for name in item.principles if name in asked.principles]
        if signals is None:
            continue
        if kind == "claim":
            claims.append(k)
            technical += signals.technical_lead
            impact = facts.impact if facts else 0.0
            if top is None or impact > top[1]:  # the first of the greatest, as max() picks it
                top = (k, impact)
            if signals.ready and (top_ready is None or impact > top_ready[1]):
                top_ready = (k, impact)
            if signals.business_outcome and item.metrics:
                outcomes.append((k, impact, exposure_only(item, rubric)))
            if facts:
                if best_outcome is None or facts.outcome_impact > best_outcome:
                    best_outcome = facts.outcome_impact
                if signals.business_outcome or signals.metric:
                    stories.append((k, facts.parts or NO_PARTS, _own_scope(item, facts, asked)))
        if kind in DEED_KINDS and facts:
            if facts.initiated:
                judged.append(("initiated", k))
            if facts.stopped:
                judged.append(("stopped", k))
            if facts.judgment_heading:
                headed.append((facts.judgment_heading, k))
    return _new(BlockDigest, (False, False, tuple(claims), tuple(objections), tuple(scopes), technical, best_outcome,
                              top, top_ready, tuple(outcomes), tuple(cues), tuple(principles), tuple(stories),
                              tuple(judged), tuple(headed), Voices.of(items), gaps, tuple(announces),
                              initiates, tuple(adopting)))


_new = tuple.__new__  # every field given: no named-tuple __new__ call per block


def _gaps(passage: Passage) -> tuple[tuple[str, int], ...]:
    """The gaps no one owned that the block tells in a sentence of their own ("**Task.** Nobody owned
    acreage disputes."), not in a deed that already shows a level: (level, the first item at or after
    the sentence, or the number of items when none follows it in the block)."""
    found = []
    items = passage.items
    for sentence in passage.sentences:
        levels = [key[len(UNOWNED_GROUP):] for key in sentence.hits if key.startswith(UNOWNED_GROUP)]
        if not levels:
            continue
        start = sentence.span.start
        owner = next((i for i in items if i.span.start <= start < i.span.end), None)
        if owner is not None and owner.facts is not None and owner.facts.ladder:
            continue  # told in the writer's own deed: its own cues show it
        after = next((k for k, i in enumerate(items) if i.span.start >= start), len(items))
        found += [(level, after) for level in levels]
    return tuple(found)


def _own_scope(item: Item, facts, asked: _Asked) -> bool:
    """Do the item's own words show its scope: a scope cue of the level, or a ladder cue of scope?"""
    return not asked.scope_cues.isdisjoint(item.words) or any("scope" in dimensions for _, dimensions in facts.ladder)


def _asks_objection(passage: Passage, rubric: Rubric) -> bool:
    """A line of its own that asks, as an interview's question, for the objections the writer
    expects ("Q: What objection do you expect from the room?"), or names them in bold as a heading
    would ("**Objections you will hear.**", "**Three questions I expect, and my answers.**"): the
    answers after it name and answer them, the guide's "a section or paragraph that names the
    objections the room will raise and answers them", as an objections heading over it would."""
    headings = rubric.kind_headings
    view = passage.view.rstrip()
    return headings is not None and (view.endswith("?") or _bold_line(passage.source)) \
        and passage.words <= ASKED_WORDS and heading_match(headings, view, rubric)[1] == "objection"


def _bold_line(source: str) -> bool:
    """The block is one bold run and nothing else ("**Objections you will hear.**"): a heading in
    all but its markup."""
    source = source.strip()
    return len(source) > 4 and any(source.startswith(mark) and source.endswith(mark) and source.count(mark) == 2
                                   for mark in ("**", "__"))


ASKED_WORDS = 15  # a question as short as a heading: "Q: What objection do you expect from the room?"


def _heading_digest(passage: Passage, rubric: Rubric) -> BlockDigest:
    from packetcoach.analysis.facts import TIME_ANY_RE  # noqa: PLC0415 - one definition of a time word

    headings = rubric.kind_headings
    timed = heading_match(TIME_ANY_RE, passage.view, rubric)[0] and not rubric.outside_evidence(passage.view) \
        and not (headings is not None and heading_match(headings, passage.view, rubric)[1] == "plan")  # "Goals for H1 2027"
    objection = headings is not None and heading_match(headings, passage.view, rubric)[1] == "objection"
    return BlockDigest(timed_heading=timed, objection_heading=objection) if timed or objection else HEADING


def announces_story(item: Item, announcing: frozenset[str]) -> bool:
    """A short sentence of the writer's, with no number, that announces one story (``announcing``)."""
    words = item.words
    if len(item.sentences) != 1 or len(words) > ANNOUNCE_WORDS or "one" not in words or item.metrics \
            or item.action.subject != "i" or words[-1:] != (".",):
        return False
    at = words.index("one")
    return " ".join(words[at:at + 2]) in announcing


ANNOUNCE_WORDS = 14  # "I also stepped back from one thing I had started.": an announcement, not a story
