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

from __future__ import annotations

from dataclasses import dataclass

from packetcoach.analysis.kinds import heading_match
from packetcoach.core.model import Item, Passage
from packetcoach.profile.compile import Rubric

DIMENSIONS = ("scope", "ambiguity", "influence")
PARTS = ("business_problem", "decision", "mechanism", "result", "scope_signal")
NO_PARTS = tuple((name, False) for name in PARTS[:-1])  # an item's facts name the first four parts, in order
DEED_KINDS = frozenset(("claim", "lesson"))  # a stop told as a lesson is still judgment shown

Best = tuple[int, float] | None  # (item index, value): the block's first item with the greatest value


@dataclass(frozen=True)
class BlockDigest:
    """One block's answers to the packet reading's per-item questions; items by index."""

    timed_heading: bool = False  # a heading that names a time period ("Q3 2024")
    objection_heading: bool = False  # a heading over the objections the writer expects
    claims: tuple[int, ...] = ()  # claims with signals
    deeds: tuple[int, ...] = ()  # claims and lessons with signals: where judgment shows
    objections: tuple[int, ...] = ()
    scopes: tuple[int, ...] = ()
    technical_leads: int = 0  # claims an engineering verb leads
    best_outcome: float | None = None  # the greatest outcome impact among the claims
    top: Best = None  # the claim with the greatest impact
    top_ready: Best = None  # the ready claim with the greatest impact
    outcomes: tuple[tuple[int, float], ...] = ()  # claims with a measured business outcome, with their impact
    cues: tuple[tuple[str, str, int], ...] = ()  # (level, dimension, item index) for each ladder cue shown
    principles: tuple[tuple[str, int], ...] = ()  # (principle, item index) for each profile principle evidenced
    stories: tuple[tuple[int, tuple[tuple[str, bool], ...], bool], ...] = ()  # (claim, four parts, own scope)
    judged: tuple[tuple[str, int], ...] = ()  # ("initiated" | "stopped", deed index) by the deed's verb
    headed: tuple[tuple[str, int], ...] = ()  # the same, by the deed's section heading


HEADING = BlockDigest()


def block_digest(passage: Passage, rubric: Rubric, level: str) -> BlockDigest:
    """The digest of one block (a heading's says only what kind of heading it is)."""
    if passage.block.kind == "heading":
        return _heading_digest(passage, rubric)
    items = passage.items
    if not items:
        return HEADING
    claims = tuple(k for k, i in enumerate(items) if i.kind == "claim" and i.signals is not None)
    deeds = tuple(k for k, i in enumerate(items) if i.kind in DEED_KINDS and i.signals is not None)
    principles = frozenset(rubric.profile.table("principles"))
    return BlockDigest(
        claims=claims, deeds=deeds,
        objections=tuple(k for k, i in enumerate(items) if i.kind == "objection"),
        scopes=tuple(k for k, i in enumerate(items) if i.kind == "scope"),
        technical_leads=sum(1 for k in claims if items[k].signals.technical_lead),  # type: ignore[union-attr]
        best_outcome=max((items[k].facts.outcome_impact for k in claims if items[k].facts), default=None),
        top=_best(items, claims),
        top_ready=_best(items, tuple(k for k in claims if items[k].ready)),
        outcomes=tuple((k, _impact(items[k])) for k in claims if _measured_outcome(items[k])),
        cues=tuple((lvl, dimension, k) for k, i in enumerate(items) for lvl, dimensions in (i.facts.ladder if i.facts else ())
                   for dimension in DIMENSIONS if dimension in dimensions),
        principles=tuple((name, k) for k, i in enumerate(items) for name in i.principles if name in principles),
        stories=_stories(items, claims, rubric, level),
        judged=tuple((which, k) for k in deeds for which in ("initiated", "stopped")
                     if items[k].facts and getattr(items[k].facts, which)),
        headed=tuple((items[k].facts.judgment_heading, k) for k in deeds  # type: ignore[union-attr,misc]
                     if items[k].facts and items[k].facts.judgment_heading),
    )


def _heading_digest(passage: Passage, rubric: Rubric) -> BlockDigest:
    from packetcoach.analysis.facts import TIME_ANY_RE  # noqa: PLC0415 - one definition of a time word

    timed = heading_match(TIME_ANY_RE, passage.view)[0]
    headings = rubric.kind_headings
    objection = headings is not None and heading_match(headings, passage.view)[1] == "objection"
    return BlockDigest(timed_heading=timed, objection_heading=objection) if timed or objection else HEADING


def _impact(item: Item) -> float:
    return item.facts.impact if item.facts else 0.0


def _measured_outcome(item: Item) -> bool:
    return bool(item.signals and item.signals.business_outcome and item.metrics)


def _best(items: tuple[Item, ...], chosen: tuple[int, ...]) -> Best:
    """The first of the chosen items with the greatest impact, as ``max`` would pick it."""
    if not chosen:
        return None
    k = max(chosen, key=lambda index: _impact(items[index]))
    return k, _impact(items[k])


def _stories(items: tuple[Item, ...], claims: tuple[int, ...], rubric: Rubric, level: str):
    """Each outcome claim's first four story parts, and whether its own words show its scope (a
    level's scope cue, or a ladder cue of scope); a scope statement in its section may show it too,
    which only the whole draft can tell."""
    ladder = rubric.profile.table("ladder").get(level, {})
    cues = {c.lower() for d in DIMENSIONS for c in ladder.get(d, []) if " " not in c}
    stories = []
    for k in claims:
        item = items[k]
        if item.signals and (item.signals.business_outcome or item.signals.metric) and item.facts:
            own = not cues.isdisjoint(item.words) or any("scope" in dimensions for _, dimensions in item.facts.ladder)
            stories.append((k, item.facts.parts or NO_PARTS, own))
    return tuple(stories)
