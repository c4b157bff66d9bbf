"""Reading the packet as the calibration room does (SPEC 2.8-2.18).

Item signals say which sentences are weak; this module judges the whole document: its lead, its
structure, the engineering past, judgment in both directions, the specialty that leaks through,
principle coverage, the retell sentence, the level the evidence supports, and what a 90-second skim
takes in. It combines the facts each item and passage already carry (analysis/facts.py); it never
re-reads the text, so it costs a pass over a few hundred small records.
"""

from __future__ import annotations

import re
from itertools import compress, count
from operator import attrgetter, is_not, itemgetter
from dataclasses import dataclass
from typing import Any

from packetcoach.analysis.digest import DIMENSIONS, HEADING, BlockDigest, block_digest
from packetcoach.analysis.facts import PassageFacts, claims_level, closes_a_bet, followed_spans, level_claim, named_in_past, plan_adopted
from packetcoach.analysis.gap import level_shown, settings
from packetcoach.analysis.kinds import all_quoted, frames_year, opens_thesis, told_before
from packetcoach.analysis.measures import exposure_only, only_exposure
from packetcoach.analysis.metrics import YEAR_RE
from packetcoach.analysis.stories import RefusalsMemo, is_title, lead_in, refusals_told
from packetcoach.core.model import Item, Passage, Span, computed_once
from packetcoach.profile.lexicon import PhraseMatcher, fold_text
from packetcoach.core.reading import EngineeringPast, Reading
from packetcoach.profile.compile import KIND_GROUP, Rubric, derived
from packetcoach.text.items import read_for_wording, titled as item_titled
from packetcoach.text.structure import titled
from packetcoach.text.verbs import numbered_end
from packetcoach.core.regexes import compiled



@dataclass(frozen=True)
class PacketView:
    """What the reading works from: items, and each block (headings too) with its facts."""

    items: tuple[Item, ...]
    blocks: tuple[tuple[Passage, PassageFacts], ...]
    digests: tuple[BlockDigest, ...] = ()  # one per block, when the reader kept them with the blocks

    @computed_once
    def passages(self) -> tuple[tuple[Passage, PassageFacts], ...]:
        return tuple(compress(self.blocks, map("heading".__ne__, map(_KIND, map(_FIRST, self.blocks)))))

    @computed_once
    def titled(self) -> bool:
        """Does the draft open with its title (:func:`~packetcoach.text.structure.titled`)?"""
        return titled(tuple(map(_BLOCK, map(_FIRST, self.blocks))))

    def digested(self, rubric: Rubric, level: str) -> tuple[tuple[Passage, BlockDigest], ...]:
        """Each block with its digest (worked out here when the reader did not keep them)."""
        digests = self.digests or tuple(block_digest(passage, rubric, level) for passage, _ in self.blocks)
        return tuple(zip(map(_FIRST, self.blocks), digests))


Digested = tuple[tuple[Passage, BlockDigest], ...]
Outcome = tuple[Passage, Item, float, bool]  # a measured business outcome: its block, the claim, impact, exposure only


class _Found:
    """What the reading takes from the digests, gathered in one pass over the blocks in draft order
    (a pass per question made a Session, which reads again one block per edit, pay for every block
    a dozen times)."""

    def __init__(self, blocks: Digested, memo: FoundMemo | None = None, title: bool | None = None):
        # ``title``: whether the draft opens with its title (text/structure.titled), when known
        self.claims: list[Item] = []
        self.objections: list[Item] = []
        self.scopes: list[Item] = []
        self.outcomes: list[Outcome] = []  # measured business outcomes, with impact
        self.best_outcomes: list[float] = []  # each block's greatest outcome impact
        self.top: tuple[Passage, int, float] | None = None  # the first greatest of the blocks' ``top``
        self.top_ready: tuple[Passage, int, float] | None = None
        self.cues: dict[str, dict[str, list[str]]] = {}  # level -> dimension -> item ids
        self.principles: list[tuple[str, str]] = []  # (principle, item id)
        self.stories: list[tuple[Item, tuple, bool]] = []  # (claim, four parts, own scope)
        self.judged: list[tuple[int, str, int]] = []  # (block, "initiated" | "stopped", item), by verb
        self.headed: list[tuple[int, str, int]] = []  # the same, by heading
        self.technical_leads = self.timed_headings = 0
        self.objection_heading = False
        self.gap: tuple[str, str | None, int] | None = None  # (level, section, first item) of a gap no deed took up yet
        self.blocks = blocks
        last = len(blocks) - 1
        self.title = 0 if (titled(tuple(map(_BLOCK, map(_FIRST, blocks)))) if title is None else title) else -1
        start, snap = 0, -1
        if memo is not None:
            start, snap = memo.resume(self, blocks)
        for b in range(start, last + 1):
            if b == snap:
                memo.keep(self, b, blocks[b][0].block.kind != "heading")  # type: ignore[union-attr]
            passage, digest = blocks[b]
            if digest is not HEADING:
                self._add(b, passage, digest, b < last and blocks[b + 1][0].block.kind != "heading")

    def state(self) -> tuple:
        """What the pass has gathered so far, copied: a :class:`FoundMemo` checkpoint."""
        return (self.claims[:], self.objections[:], self.scopes[:], self.outcomes[:], self.best_outcomes[:],
                self.top, self.top_ready, {level: {d: ids[:] for d, ids in dims.items()} for level, dims in self.cues.items()},
                self.principles[:], self.stories[:], self.judged[:], self.headed[:], self.technical_leads,
                self.timed_headings, self.objection_heading, self.gap)

    def restore(self, state: tuple) -> None:
        """Go on from a checkpoint of :meth:`state` (copied again: the checkpoint may serve the next draft too)."""
        (claims, objections, scopes, outcomes, best_outcomes, self.top, self.top_ready, cues, principles, stories,
         judged, headed, self.technical_leads, self.timed_headings, self.objection_heading, self.gap) = state
        self.claims, self.objections, self.scopes, self.outcomes = claims[:], objections[:], scopes[:], outcomes[:]
        self.best_outcomes, self.principles, self.stories = best_outcomes[:], principles[:], stories[:]
        self.judged, self.headed = judged[:], headed[:]
        self.cues = {level: {d: ids[:] for d, ids in dims.items()} for level, dims in cues.items()}

    def _add(self, b: int, passage: Passage, digest: BlockDigest, text_follows: bool) -> None:
        # the digest's fields in one unpacking: a Session adds every block of the draft on every edit
        (timed_heading, objection_heading, claims, objections, scopes, technical_leads, best_outcome, top,
         top_ready, outcomes, cues, principles, stories, judged, headed, _, gaps, _, _, _) = digest
        items = passage.items
        if timed_heading:
            self.timed_headings += b != self.title  # "# H2 2026 self-review" names the period reviewed
        if objection_heading and text_follows:
            self.objection_heading = True
        if claims:  # the lists extended from a map, in C: no comprehension's frame per block
            self.claims += map(items.__getitem__, claims)
            self.technical_leads += technical_leads
        if objections:
            self.objections += map(items.__getitem__, objections)
        if scopes:
            self.scopes += map(items.__getitem__, scopes)
        if best_outcome is not None:
            self.best_outcomes.append(best_outcome)
        if top is not None and (self.top is None or top[1] > self.top[2]):
            self.top = (passage, *top)
        if top_ready is not None and (self.top_ready is None or top_ready[1] > self.top_ready[2]):
            self.top_ready = (passage, *top_ready)
        if outcomes:
            self.outcomes += [(passage, items[k], impact, exposed) for k, impact, exposed in outcomes]
        if cues:  # each cue added here, without a method call per cue
            found = self.cues
            for level, dimension, k in cues:
                dimensions = found.get(level)
                if dimensions is None:
                    dimensions = found[level] = {d: [] for d in DIMENSIONS}
                dimensions[dimension].append(items[k].id)
        if gaps or self.gap is not None:
            self._take_up(passage, cues, gaps)
        if principles:
            self.principles += [(name, items[k].id) for name, k in principles]
        if stories:
            self.stories += [(items[k], four, own) for k, four, own in stories]
        if judged:
            self.judged += [(b, kind, k) for kind, k in judged]
        if headed:
            self.headed += [(b, kind, k) for kind, k in headed]

    def _take_up(self, passage: Passage, cues: tuple[tuple[str, str, int], ...], gaps: tuple[tuple[str, int], ...]) -> None:
        """A gap no one owned, told in a sentence of its own, is the ambiguity of its level for the
        writer's next deed that shows a level in the same section ("**Task.** Nobody owned acreage
        disputes. **Action.** I proposed ..."): a deed with a ladder cue, or else the writer's own
        claim with a business result (:func:`_answers_gap`); a new section drops it."""
        gap = self.gap if self.gap is not None and self.gap[1] == passage.section else None
        for level, after in gaps:
            gap = (level, passage.section, after)
        self.gap = None
        if gap is None:
            return
        k = next((k for _, _, k in cues if k >= gap[2]), None)
        if k is None:
            k = next((j for j in range(gap[2], len(passage.items)) if _answers_gap(passage.items[j])), None)
        if k is None:
            self.gap = (gap[0], gap[1], 0)  # the next block's deeds may take it up
            return
        if passage.items[k].id not in self.cues.get(gap[0], {}).get("ambiguity", ()):
            self._cue(gap[0], "ambiguity", passage.items[k].id)

    def _cue(self, level: str, dimension: str, item_id: str) -> None:
        dimensions = self.cues.get(level)
        if dimensions is None:
            dimensions = self.cues[level] = {d: [] for d in DIMENSIONS}
        dimensions[dimension].append(item_id)

    def greatest(self, field: str) -> Item | None:
        """The first item with the greatest value among the blocks' own greatest (``top``, ``top_ready``)."""
        best = getattr(self, field)
        return best[0].items[best[1]] if best else None


def _answers_gap(item: Item) -> bool:
    """Is the item the writer's deed that answers a gap no one owned with no ladder cue of its own: the
    writer's own claim with a business result, said plainly ("Nobody owned the summer data rollover, so ...
    I took it on and wrote the runbook with support, and this August the rollover took two days instead of
    three weeks"; "Situation: Nobody owned the quality of our three outside labs. Decision: I started a
    weekly lab scorecard ..."). A deed with no result, a hedged one or an engineering one answers none."""
    s = item.signals
    return (item.kind == "claim" and s is not None and s.own_action and s.business_outcome
            and not s.technical_lead and not s.activity_only and not s.hedge)


class FoundMemo:
    """A Session's last pass of :class:`_Found`: the blocks it read (passages and digests, by
    identity) and a checkpoint of what it had gathered before the block the last edit changed. An
    edit changes one block and leaves every block before it the same objects (api.py ``Reader``
    keeps their reads), so the next pass starts at the checkpoint when the blocks before it are the
    very ones the checkpoint was gathered from, and gathers only the blocks from there on: what a
    fresh pass gives, without the pass over the unchanged head of the draft."""

    __slots__ = ("blocks", "checkpoint", "skim", "refusals")

    def __init__(self) -> None:
        self.skim = SkimMemo()  # and its last skim
        self.refusals = RefusalsMemo()  # and its last look for refusals told in full
        self.blocks: Digested = ()  # the blocks of the last pass, each (passage, digest)
        # (block, title, whether text follows the block before it, the state gathered before the block)
        self.checkpoint: tuple[int, int, bool, tuple] | None = None

    def resume(self, found: _Found, blocks: Digested) -> tuple[int, int]:
        """Where ``found`` starts its pass over ``blocks`` (restored from the checkpoint, or 0), and
        the block before which it keeps a new checkpoint (-1: none, the old one still serves)."""
        old = self.blocks
        # compared in C, only as far as the first block that differs (the rest of the draft not gathered)
        same = next(compress(count(), map(is_not, map(_SECOND, old), map(_SECOND, blocks))), min(len(old), len(blocks)))
        for b in compress(count(), map(is_not, map(_FIRST, old), map(_FIRST, blocks))):  # a block of the same digest read again:
            if b >= same:  # a repeated heading the Reader placed anew (api.py ``_placed``) adds nothing
                break
            if blocks[b][1] is not HEADING or blocks[b][0].block.kind != old[b][0].block.kind:
                same = b
                break
        self.blocks = blocks
        kept = self.checkpoint
        if kept is not None and 0 < kept[0] <= same and kept[0] < len(blocks) and kept[1] == found.title \
                and kept[2] == (blocks[kept[0]][0].block.kind != "heading"):
            found.restore(kept[3])
            return kept[0], (same if same > kept[0] else -1)
        self.checkpoint = None
        return 0, (same if same > 0 else -1)

    def keep(self, found: _Found, block: int, text_follows: bool) -> None:
        self.checkpoint = (block, found.title, text_follows, found.state())


METADATA_RE = compiled(r"(?:^|[·|;])\W*[A-Z][\w ]{0,20}:\W")


def _lead(items: tuple[Item, ...], claims: list[Item], found: _Found, rubric: Rubric,
          stopped: tuple[str, ...] = (), level_first: bool = False) -> tuple[bool, str | None]:
    """Does the document open with its strongest customer outcome? A role description (scope) or
    the career-change story before the first claim is what the room reads first, so the opening is
    not the outcome (SPEC 2.9); a line about the company or the product ("Brightwell Learning.
    Parent Messaging sends ...") or of labels ("Role: ... · Period: ...") is passed over. A remit whose
    first sentence claims the level and retells the strongest story ("I have been doing the L6 job since
    last spring: I run ... across three teams, and I took event approval from 21 days to 3 for 600
    clubs") is the level claim a first claim would be, and leads as that claim does. A manager's
    introduction of the candidate's past ("Ama joined us from teaching three years ago") frames
    nothing: it is not the writer's own career story (:func:`_career_told_before`)."""
    if not claims:
        return False, None
    first = claims[0]
    s = first.signals
    assert s is not None and first.facts is not None
    best_outcome = max(found.best_outcomes)
    opening = next((i for i in items if i.kind != "claim" and len(METADATA_RE.findall(i.text)) < rubric.metadata_labels
                    and not _byline(i) and not _asks_level(i, rubric)), None)
    framed = opening is not None and opening.start < first.start and (
        opening.kind == "scope" or opening.kind == "context" and _career_story(opening) and not opening.plain) \
        or _career_story(first, opening_only=True) or level_first or _career_told_before(items, first) \
        or _remit_first(first)
    measured = bool(s.business_outcome and s.metric)
    floor = best_outcome - rubric.lead_margin  # the profile's `[lead] outcome_margin`
    if framed and opening is not None and opening.kind == "scope" and opening.start < first.start \
            and _level_headline(opening, rubric) and _retells(opening, found, floor, rubric):
        return True, None  # the level claimed in the remit's sentence, the strongest story told in brief
    lead = not framed and (measured and (first.facts.outcome_impact >= floor or _level_headline(first, rubric))
                           or s.metric and _retells(first, found, floor, rubric))
    if lead or _framing_claim(first, rubric) and len(claims) > 1 \
            and _lead(items, claims[1:], found, rubric, stopped, level_first)[0]:
        return True, None  # an opening level claim with no measured result frames the outcome told next
    told = lead_in(items, rubric, stopped)  # the outcome the verdict's top changes name too
    if told is not None:  # a framed first claim that retells it is the outcome to open with: what is above it moves
        return False, first.id if framed and s.metric and told.start > first.start and retells(first, told, rubric) else told.id
    top = found.greatest("top")  # no measured story: the strongest ready claim
    if top is not None and exposure_only(top, rubric):  # who saw a launch: the strongest measured outcome
        top = next((item for _, item, _, exposed in _ranked(found.outcomes) if not exposed), top)
    return False, top.id if top is not None and top.ready else None


FIGURE_RE = compiled(r"\b\d[\d,]*(?:\.\d+)?")


def _figures(item: Item) -> set[str]:
    """The item's figures, whole ("2,000", "1.9"), thousands commas dropped and a sentence's full stop
    left off; asked of a few items only (the first claim and the outcomes it may retell). A year
    ("until 2028") is a date, not a figure an outcome is measured in: two items that name the same
    year retell no result."""
    return {f.rstrip(".,").replace(",", "") for f in FIGURE_RE.findall(item.view, item.span.start, item.span.end)
            if not YEAR_RE.fullmatch(f.rstrip(".,"))}


def _retells(first: Item, found: _Found, floor: float, rubric: Rubric) -> bool:
    """Is the first claim a later strong outcome told in brief ("I am operating at L6: the shared
    waitlist I chose ... filled 77% of cancelled places across 210 centres, up from 34%" over the story
    whose result is "rose from 34% to 77% across 210 centres")? It shares two of that outcome's
    figures, so the room reads the opening as leading with it, though its own words state no business
    result the lists read (asked only of a first claim with a figure that falls short)."""
    return any(impact >= floor and item.start > first.start and retells(first, item, rubric)
               for _, item, impact, _ in found.outcomes)


def retells(first: Item, item: Item, rubric: Rubric) -> bool:
    """Does ``first`` tell ``item``'s outcome in brief: two figures of ``item`` among its own (the
    profile's ``[lead] retold_figures``)?"""
    figures = _figures(first)
    need = rubric.retold_figures
    return len(figures) >= need and len(figures & _figures(item)) >= need


def _asks_level(item: Item, rubric: Rubric) -> bool:
    """The document's ask read as context (the profile's ``kinds.level_asks``: "I am asking for
    promotion to L6."): passed over as the opening, as it was as a claim, so what follows it decides
    (a remit, "For the past eighteen months I have owned ...", frames the first claim; the level
    claim with its result, "For two years I have done the job: ...", is the lead)."""
    words = [w.lower() for w in item.words[:8]]
    return any(words[:len(ask)] == ask for ask in (a.split() for a in rubric.profile.list("kinds", "level_asks")))


def _framing_claim(item: Item, rubric: Rubric) -> bool:
    """Is the first claim the case put in one sentence, a level claimed with no measured result ("I am
    operating at L7: this year I changed how the company sends a plumber to a home ...", "I am asking you
    to promote me to L7 because for the last two years I have set the direction ...")? The labelling
    guide reads a framing sentence with no deed as context: the room passes over it to the claim after,
    and the draft leads with that claim's outcome when it is the strongest (asked only of a first claim
    that does not lead itself)."""
    s = item.signals
    return s is not None and not (s.business_outcome and s.metric) and _level_headline(item, rubric)


def _level_headline(item: Item, rubric: Rubric) -> bool:
    """Does the item's first sentence claim a level ("I am operating at L6: this year I ... turned
    exam-prep bookings from a 9% decline into 14% growth")? The level claim that opens a draft with a
    measured result is the year's headline told in brief: it names no customer and no range as the
    story behind it does, and the room reads it as the outcome the draft leads with (asked only of a
    first claim that states a measured result and falls short of the strongest story's impact)."""
    if not item.sentences:
        return False
    span = item.sentences[0].span
    return claims_level(item.text[span.start - item.span.start:span.end - item.span.start], rubric)


def _ranked(outcomes: list[Outcome]) -> list[Outcome]:
    """The measured outcomes, strongest first (draft order among equals); an outcome whose only
    number is how many users a launch reached after every other (:func:`exposure_only`, read with
    the block's digest)."""
    return sorted(outcomes, key=_EXPOSED_THEN_STRONGEST)


_EXPOSED_THEN_STRONGEST = lambda found: (found[3], -found[2])  # noqa: E731


def _level_claimed_before(view: PacketView, claims: list[Item], rubric: Rubric) -> bool:
    """Does a paragraph before the first claim ask for a level, or tell the writer's career move ("Before
    product I was an emergency-room nurse for nine years, and most of what follows came from ..."), in
    words that make no item, or one read only for its wording ("I believe I am ready for L6 because I now own hearing care's path
    ...": a hedged claim with the writer's remit)? That is what the room reads first, as a role description is, so the first claim
    after it is not the document's opening (SPEC 2.9)."""
    if not claims:
        return False
    first = claims[0].start
    for passage, facts in view.passages:
        if passage.block.span.start >= first:
            return False
        if passage.block.kind != "paragraph":
            continue
        if all(map(read_for_wording, passage.items)) \
                and (claims_level(passage.view, rubric)  # no item, or one read only for its hedge
                     or any(map(_tells_career, passage.sentences))):  # the career story, as a role's
            return True
        # a paragraph wholly before the first claim, its career sentence making no item of its own
        # beside a context or scope one ("As a former Android engineer who moved to product ..., I
        # still judge a release by its crash rate first. This document covers the app, which about
        # 140,000 wearers use ...")
        if passage.block.span.end <= first and facts.engineering_past:
            return True
    return False


def _tells_career(sentence) -> bool:
    return CAREER_MOVES in sentence.hits or "engineering_past" in sentence.hits


def _career_story(item: Item, opening_only: bool = False) -> bool:
    """The writer's own career move or engineering past ("I moved from data engineering to product
    in 2025 ...", "I came to Furrow from nine years selling seed ..."); with ``opening_only``, told
    in the item's first sentence."""
    sentences = item.sentences[:1] if opening_only else item.sentences
    return any(CAREER_MOVES in sentence.hits or "engineering_past" in sentence.hits for sentence in sentences)


def _career_told_before(items: tuple[Item, ...], first: Item) -> bool:
    """The writer's earlier career told as context before the first claim, as the years spent in it
    ("I spent twelve years as a local news reporter before joining the county's digital team", after
    quoted feedback too) or as a move: what the room reads first, as a career story in the first
    claim is (a ``kinds.career_teachers`` or ``kinds.career_befores`` cue, or a career move). Not the
    candidate's past told by another in a manager's draft ("Dev joined my team two years ago from an
    investment bank's shipping desk", read as "I joined", its ``plain`` words differing): the manager
    introduces the candidate, and the first claim after it is what the room weighs as the opening."""
    for item in items:
        if item.start >= first.start:
            return False
        if item.plain:
            continue  # the candidate's past told by their manager: the document's introduction of them
        if item.kind == "context" and any(CAREER_TEACHERS in sentence.hits or CAREER_BEFORES in sentence.hits
                                          for sentence in item.sentences) or item.kind == "context" and _career_story(item):
            return True
    return False


def _remit_first(item: Item) -> bool:
    """The first claim opened by a sentence of its own that states the writer's remit ("I lead
    metering and billing product for 1.9 million households and a portfolio of five product teams.
    This year was about ...", "I run a portfolio of three resale products ... This year the
    portfolio moved ..."): the role description the room reads first, as a scope item before the
    claim is, though the results after it joined its item (SPEC 2.9)."""
    return len(item.sentences) > 1 and any(m.first < 2 for m in item.sentences[0].hits.get(SCOPE_CUES, ()))


def _byline(item: Item) -> bool:
    """"Written by ..., Director of Product": who wrote the document, not an opening the room reads."""
    return bool(item.sentences) and any(m.first < 2 for m in item.sentences[0].hits.get(BYLINES, ()))


BYLINES = KIND_GROUP + "bylines"
SCOPE_CUES = KIND_GROUP + "scope"
CAREER_MOVES = KIND_GROUP + "career_moves"
CAREER_TEACHERS = KIND_GROUP + "career_teachers"
CAREER_BEFORES = KIND_GROUP + "career_befores"


MAX_PAST_MENTIONS = 100  # a draft names its past a few times; a profile's pattern could match anywhere


class _Told:
    """What the reading takes from the text blocks' facts, in one pass in draft order."""

    def __init__(self, passages: tuple[tuple[Passage, PassageFacts], ...]):
        # the running totals summed in C (a Session sums every block on every edit), then a pass
        # over the few blocks that name a level, a specialty, the engineering past or an excuse
        texts, facts = tuple(map(_FIRST, passages)), tuple(map(_SECOND, passages))
        self.sentences = sum(map(len, map(_SENTENCES, texts)))
        self.timed = sum(map(_TIMED, facts))
        self.marker = any(map(_MARKER, facts))
        self.words = sum(map(_WORDS, texts))
        self.jargon = sum(map(_JARGON, facts))
        self.retell: str | None = None  # the first level sentence, as the draft words it
        self.weight: dict[str, float] = {}  # specialty -> weight of its jargon
        self.distinct: dict[str, set[str]] = {}  # specialty -> its terms
        self.past: list[EngineeringPast] = []
        self.past_words: list[str] = []  # each mention's words, lowered: the specialty a past names
        self.excuses: list[Span] = []
        self.facts = facts
        for passage, facts in compress(passages, map(_NOTHING_TOLD.__ne__, map(_TOLD, facts))):
            if facts.level_sentences and self.retell is None:
                self.retell = " ".join(passage.words_at(facts.level_sentences[0]).split())
            if facts.specialty:
                self._specialty(facts.specialty)
            if facts.engineering_past and len(self.past) < MAX_PAST_MENTIONS:
                told = facts.engineering_past[:MAX_PAST_MENTIONS - len(self.past)]
                self.past += [EngineeringPast(passage.at(span), followed) for span, followed in told]
                self.past_words += [passage.lowered[span.start:span.end] for span, _ in told]
            if facts.excuses:
                self.excuses += [passage.at(span) for span in facts.excuses]

    @property
    def words_of(self) -> set[tuple[str, str]]:
        """(specialty, word) for every specialty word of the draft, context terms too: gathered only
        when a past named by its specialty asks (:func:`_specialty`), not on every read."""
        return set().union(*map(_SPECIALTY_WORDS, self.facts))

    def _specialty(self, terms: tuple[tuple[str, str, float], ...]) -> None:
        for name, term, value in terms:
            self.weight[name] = self.weight.get(name, 0) + value
            self.distinct.setdefault(name, set()).add(term)


_FIRST, _SECOND, _ID = itemgetter(0), itemgetter(1), attrgetter("id")
_BLOCK, _SENTENCES, _WORDS = attrgetter("block"), attrgetter("sentences"), attrgetter("words")
# a passage's facts by their index (by name, a named tuple's field is looked up on the type first):
# a Session asks them of every block on every edit
_TIMED, _MARKER, _JARGON = (itemgetter(PassageFacts._fields.index(name)) for name in ("timed_sentences", "chronology_marker", "jargon"))
_KIND = attrgetter("block.kind")
_ANNOUNCES = itemgetter(BlockDigest._fields.index("announces"))
_TOLD = itemgetter(*map(PassageFacts._fields.index, ("level_sentences", "specialty", "engineering_past", "excuses")))
_NOTHING_TOLD = ((), (), (), ())
_SPECIALTY_WORDS = itemgetter(PassageFacts._fields.index("specialty_words"))


def _first_passages(passages, sentences: int):
    """The passages that hold the draft's first ``sentences`` sentences (not the whole draft)."""
    for passage in passages:
        if sentences <= 0:
            return
        yield passage
        sentences -= len(passage[0].sentences)


def _opening_claim(view: PacketView, rubric: Rubric) -> bool:
    """An opening that argues: a level claim, the argument's thesis, or a headline customer outcome
    told first in prose ("This year I cut the median time to payout ... from 9 days to 2"), not as the
    first entry of a list of accomplishments ("- Cut first-payroll setup from 48 minutes to 11 ...")."""
    passages = _past_the_preamble(view.passages, rubric)
    opening = [passage.view[sentence.span.start:sentence.span.end]
               for passage, _ in _first_passages(passages, 3) for sentence in passage.sentences[:3]][:3]
    if claims_level(" ".join(opening), rubric) or _claim_closes_opening(passages, rubric):
        return True
    first_items = [i for passage, _ in passages[:2] for i in passage.items]
    if any(opens_thesis(item, rubric) for item in first_items[:2]):
        return True  # "This year I moved us from ... to ...": the thesis the stories below prove
    first = first_items[0] if first_items else None
    if first is None:
        return False
    if _headline(first, rubric):
        return True
    if not _remit(first):
        return False
    # the remit or the role line told first, then the claim: in the same sentence ("I own EV charging
    # across 46 car parks, and this year I turned a loss-making pilot into a product ..."), or as the
    # next item, in the same section or under a heading that names the draft in brief ("I own the
    # wholesale channel ... This year I grew the channel by 23% and cut ...", "Role: ... ## Summary
    # This year I moved the store's recommendations ...")
    if first.sentences and (frames_year(first.sentences[0], rubric, after_remit=True)
                            or first.kind == "scope" and any(frames_year(s, rubric) for s in first.sentences[1:2])):
        return True  # the frame in the remit's sentence, or in the next sentence of the remit's item
    after = [i for passage, _ in passages[:OPENING_PASSAGES] for i in passage.items][1:2]
    # after a role line of the career, only a claim under its own "Summary" heading: the first story
    # told after the career in the same paragraph ("I came to product from eleven years as a reporter
    # ... In January I spent two weeks working the holds shelf ...") is the story's start
    return bool(after) and (after[0].section == first.section and first.kind == "scope"
                            or _thesis_heading(after[0].section, rubric)) \
        and after[0].format != "bullet" and (_headline(after[0], rubric)
                                             or bool(after[0].sentences) and frames_year(after[0].sentences[0], rubric))


def _claim_closes_opening(passages, rubric: Rubric) -> bool:
    """A level claim that closes the opening, told after the remit, the career or the context that
    take its first three sentences ("I lead product for the returns network ... Before I moved into
    product I ran a regional depot network ... For the last two years I have been operating at the
    next level: ..."): one of the first ``[thresholds] opening_claim_sentences`` sentences (3 when
    unset: none past the first three), still under the opening's own heading, not a story's."""
    limit = rubric.threshold("opening_claim_sentences", 3)
    if limit <= 3:
        return False
    section, seen = None, 0
    for passage, _ in passages:
        if not passage.items:
            continue
        if seen == 0:
            section = passage.section
        elif passage.section != section:
            return False
        for sentence in passage.sentences:
            seen += 1
            if seen > limit:
                return False
            if seen > 3 and claims_level(passage.view[sentence.span.start:sentence.span.end], rubric):
                return True
    return False


def _past_the_preamble(passages, rubric: Rubric):
    """The passages from where the writer's opening starts: past a byline ("Written by ..., Director of
    Product"), someone else's words quoted whole ("> \"I waited a month for my deposit ...\" Tenant,
    Manchester") and a list of tenets (under a heading holding one of the profile's
    ``document.tenet_headings`` words: "## Tenets", "## The tenets Tomás works by"), which the room
    reads before the writer's own first word, as it reads a title (most drafts open with none)."""
    tenets = derived(rubric, "packet.tenet_headings", _tenet_words)
    for at, (passage, _) in enumerate(passages):
        items = passage.items
        if not (items and all(map(_byline, items)) or all_quoted(passage.view, dated=True)
                or tenets and passage.section and not tenets.isdisjoint(passage.section.lower().split())):
            return passages[at:] if at else passages
    return passages


def _tenet_words(rubric: Rubric) -> frozenset[str]:
    return frozenset(word.lower() for word in rubric.profile.list("document", "tenet_headings"))


OPENING_PASSAGES = 4  # a title, a role line, a "Summary" heading and its paragraph


def _headline(item: Item, rubric: Rubric) -> bool:
    """A headline outcome told in prose, which opens an argument; the first bullet of an accomplishments list
    is its first entry, not a claim the list then supports (docs/labelling-guide.md: such a form
    with no opening claim about level is mixed), and so is the first story under a numbered heading
    ("## Accomplishment 1: ...", "## 1. Restaurants stopped missing orders"), or numbered as one in
    its own bold title ("**1. Fewer failed top-ups for parents.** ..."), or under a heading that
    names a part of one story ("### Situation", "## Context")."""
    return bool(item.format != "bullet" and item.signals and item.signals.business_outcome
                and item.signals.metric and not _entry_heading(item.section, rubric)
                and not (numbered_end(item.tokens) and item_titled(item)))


def _remit(item: Item) -> bool:
    """The writer's remit ("I own search and fitment for a catalogue of 4.2 million parts ...") or
    role line with the career before it ("Former machine-learning engineer (four years on ranking
    models ...)"): what the room reads before the claim, not the claim."""
    return item.kind == "scope" or item.kind == "context" and _career_story(item)


def _thesis_heading(section: str | None, rubric: Rubric) -> bool:
    return section is not None and section.lower().strip(" \t#*_:.-\u2013\u2014") in rubric.thesis_headings


ENTRY_HEADING_RE = compiled(r"\W*(?:[a-z]+\s+)?\d{1,2}(?:[.:)]|\s+[-\u2013\u2014])", re.IGNORECASE)
"""A heading numbered as one entry of a series: "Accomplishment 1:", "1.", "Story 2 -"."""


def _entry_heading(section: str | None, rubric: Rubric) -> bool:
    """Is ``section`` the heading of one entry of a series, not of the draft's opening: numbered
    (:data:`ENTRY_HEADING_RE`), or a part of one story (the profile's ``story_part_labels``)?"""
    if not section:
        return False
    return ENTRY_HEADING_RE.match(section) is not None or \
        section.strip(" .:*_#").lower() in rubric.story_part_labels


def _says_order(view: PacketView, rubric: Rubric) -> bool:
    """Does the draft say it is told in time order ("This document walks through the year quarter by
    quarter", "# Ski passes: my year, quarter by quarter", under "## Background" too)? A marker under
    a heading numbered as one entry of a series ("## 1. Mobile fitting at work ... **What I did.** ...
    negotiated van hire month by month") tells the terms of that story's deed, not the draft's order
    (asked only of a draft whose text holds a marker)."""
    return any(facts.chronology_marker and not (passage.section and ENTRY_HEADING_RE.match(passage.section))
               for passage, facts in view.passages)


def _structure(view: PacketView, found: _Found, told: _Told, rubric: Rubric) -> tuple[str, tuple[str, ...]]:
    timed_headings, sentences, timed = found.timed_headings, told.sentences, told.timed
    marker = told.marker and _says_order(view, rubric)
    claim = _opening_claim(view, rubric)
    share = timed / max(1, sentences)
    reasons = []
    if claim:
        reasons.append("opens with a claim (level or headline outcome)")
    if timed_headings >= 2:
        reasons.append(f"{timed_headings} headings are time periods")
    if share >= 0.1:
        reasons.append(f"{timed} of {sentences} sentences start with a date or sequence word")
    if marker:
        reasons.append("says it is told in time order")
    chronological = timed_headings >= 2 or share >= 0.15 or marker
    if claim and not chronological:
        return "argument", tuple(reasons)
    if chronological and not claim:
        return "chronology", tuple(reasons)
    if not claim:
        reasons.append("no opening claim; not ordered by time either")
    return "mixed", tuple(reasons)


def _retell(told: _Told, claims: list[Item], found: _Found, level: str,
            rubric: Rubric) -> tuple[str | None, str | None]:
    """The retell sentence in the draft, or else a scaffold for one: never on a sentence whose only
    number is how many users a launch reached ("Launched ... to 10% of shoppers")."""
    if told.retell is not None:
        return told.retell, None
    best = found.greatest("top_ready")
    if best is not None and not only_exposure(best, best.sentences[0], rubric):
        first = best.sentences[0].span
        claim = " ".join(best.words_at(first).split())
        return None, f"[Name] already operates at {level}: {claim}"
    if claims:
        return None, (f"[Name] already operates at {level}: for [customer], [name] "
                      f"[decision], which moved [business measure] from [X] to [Y].")
    return None, None


def _specialty(told: _Told, rubric: Rubric) -> tuple[str | None, tuple[str, ...]]:
    """The specialty the jargon gives away; jargon inside an item with a customer outcome counts
    half, since technical words that serve a product outcome are allowed (SPEC 2.4, 2.12). A past
    the writer states by its specialty ("as a former firmware engineer") decides between the
    jargon's specialties: one term of the named specialty then gives it away, and so does one of its
    context terms alone ("As a former mobile engineer ... the Android app"): the past says which
    engineering the word belongs to, as another of its terms would. A past named with no word of
    its specialty in the draft gives nothing away."""
    weight, distinct = told.weight, told.distinct
    past = named_in_past(told.past_words, rubric)
    named = past & weight.keys()
    if named:
        name = max(sorted(named), key=weight.__getitem__)
        return name, tuple(sorted(distinct[name]))
    hinted = sorted((name, word) for name, word in told.words_of if name in past) if past else ()
    if hinted:
        name = hinted[0][0]
        return name, tuple(word for other, word in hinted if other == name)
    if weight:
        # the first of the heaviest, as most_common(1) gives it, without the heapq import it makes
        name, score = max(weight.items(), key=itemgetter(1))
        if score >= rubric.threshold("specialty_weight", 2) and len(distinct[name]) >= 2:
            return name, tuple(sorted(distinct[name]))
    return None, ()


def skim_read(blocks, rubric: Rubric, memo: SkimMemo | None = None) -> tuple[int, list[tuple[Passage, list[Span]]]]:
    """The words a 90-second reader spends and, for each block they reach, the block-relative spans
    they take in: the opening paragraph whole (it is where the room starts), then headings, first
    sentences and bold text, in draft order. ``blocks`` are (passage, facts) pairs, headings
    included; the web page dims everything else. ``memo``: a Session's last skim (:class:`SkimMemo`)."""
    settings = rubric.profile.table("document")
    budget, per_item = int(settings.get("skim_words", 400)), int(settings.get("item_skim_words", 14))
    used = 0
    read: list[tuple[Passage, list[Span]]] = []
    opening = True
    snap = -1
    if memo is None:  # ``blocks`` may be made as the skim goes (the web page's facts): read no further than it
        pairs = enumerate(blocks)
    else:
        start, snap, used, read, opening = memo.resume(blocks)
        pairs = zip(count(start), blocks[start:])
    for b, (passage, facts) in pairs:
        if used >= budget:
            break
        if b == snap:
            memo.keep(b, used, read, opening)  # type: ignore[union-attr]
        if opening and passage.block.kind != "heading" and passage.sentences:
            opening = False  # the opening paragraph is read whole: it is where the room starts
            used += passage.words
            read.append((passage, [s.span for s in passage.sentences] + list(facts.bold)))
            continue
        first = facts.first_sentence_words
        used += min(first, per_item) if passage.block.kind in ("list_item", "table_row") else first
        if passage.sentences:
            read.append((passage, [passage.sentences[0].span, *facts.bold]))
    return min(used, budget), read


class SkimMemo:
    """A Session's last skim (:func:`skim_read`): the blocks it was given (passages and facts, by
    identity) and what it had taken in before the block the last edit changed. The skim goes in
    draft order and each block adds to what the blocks before it spent, so the next skim starts at
    that checkpoint when the blocks before it are the very ones it was taken from (api.py
    ``PlacedMemo`` keeps them so): what a skim from the top takes in, without the unchanged head."""

    __slots__ = ("blocks", "checkpoint")

    def __init__(self) -> None:
        self.blocks: tuple[tuple[Passage, PassageFacts], ...] = ()  # the last skim's blocks
        self.checkpoint: tuple[int, int, list, bool] | None = None  # (block, words spent, spans read, opening)

    def resume(self, blocks) -> tuple[int, int, int, list, bool]:
        """Where the skim starts, the block before which it keeps a new checkpoint (-1: none, the
        old one still serves), and the words spent, the spans read (copied) and whether the opening
        paragraph is still to come."""
        old = self.blocks
        common = min(len(blocks), len(old))  # compared in C, only as far as the first block that differs
        same = min(next(compress(count(), map(is_not, map(_FIRST, blocks), map(_FIRST, old))), common),
                   next(compress(count(), map(is_not, map(_SECOND, blocks), map(_SECOND, old))), common))
        self.blocks = blocks
        kept = self.checkpoint
        if kept is not None and 0 < kept[0] <= same:
            return kept[0], (same if same > kept[0] else -1), kept[1], kept[2][:], kept[3]
        self.checkpoint = None
        return 0, (same if same > 0 else -1), 0, [], True

    def keep(self, block: int, used: int, read: list, opening: bool) -> None:
        self.checkpoint = (block, used, read[:], opening)


def _skim(view: PacketView, outcomes: list[Outcome], rubric: Rubric, memo: SkimMemo | None = None):
    """Which of the strongest outcomes a 90-second reader takes in (numbers in first sentences and
    bold text catch the eye), and how many words the skim spends."""
    used, spans_read = skim_read(view.blocks, rubric, memo)
    read = {id(passage): spans for passage, spans in spans_read}  # id(passage) -> block-relative spans read
    # the strongest first, draft order among equals; who saw a launch last (:func:`_ranked`)
    found = [(item, impact, read.get(id(passage), ())) for passage, item, impact, _ in _ranked(outcomes)]
    strongest = tuple(item.id for item, _, _ in found[:3])
    seen: list[str] = []
    missed: list[str] = []
    for item, _, spans in found:
        (seen if _skimmed(item, spans) else missed).append(item.id)
    return used, tuple(seen), tuple(i for i in missed if i in strongest), strongest


def _skimmed(item: Item, spans) -> bool:
    """Does the skim take in a number of the item's, reading ``spans`` of its block (block-relative,
    as the item's own spans are)? Kept in the item's state with the spans it was asked of, which a
    Session's moved item shares: the skim reads the same spans of most blocks edit after edit."""
    state = item.__dict__
    asked = tuple(spans)
    kept = state.get("_skimmed")
    if kept is not None and kept[0] == asked:
        return kept[1]
    hit = bool(spans) and any(span.start < item.span.end and item.span.start < span.end and
                              any(span.contains(m.span) for m in item.metrics) for span in spans)
    state["_skimmed"] = (asked, hit)
    return hit


def _cumulative(evidence: dict[str, dict[str, list[str]]], ladder: tuple[str, ...]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Evidence for a level counts for every level below it: a packet that argues L7 shows L5."""
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    above: dict[str, tuple[str, ...]] = {d: () for d in DIMENSIONS}  # the levels above, already merged
    for level in reversed(ladder):  # from the top, so each level adds its own ids to those above it
        own = evidence.get(level, {})
        above = {d: tuple(dict.fromkeys([*own.get(d, ()), *above[d]])) for d in DIMENSIONS}
        result[level] = above
    return {level: result[level] for level in ladder}


def bar_dimensions(rubric: Rubric) -> tuple[int, int, int]:
    """The dimensions (scope, ambiguity, influence) a level's bar needs: below the level the draft
    asks for, the ladder's bar (the profile's ``level_dimensions``); at the level asked for, once the
    level below it is met, what the verdict's level check asks (``level_dimensions_min``); above it,
    what the verdict's "above" asks (``above_dimensions``: every one). The supported level and the
    verdict read a packet against the same bars."""
    limits = settings(None, rubric.profile)
    return rubric.threshold("level_dimensions", 2), limits["level_dimensions_min"], limits["above_dimensions"]


def _supported(evidence: dict[str, dict[str, tuple[str, ...]]], rubric: Rubric, claims: list[Item],
               asked: str) -> str | None:
    """The highest level whose bar the draft's evidence meets (:func:`bar_dimensions`), once the first
    level of the ladder is shown: one claim ready (an owned, measured outcome is what owning a feature
    well looks like), or a dimension of a level shown by the writer's own deeds or scope (a migration
    the writer led, a feature scoped, a partner won over) when no claim is ready. The work meets a bar
    whether or not its stories are told well enough to be ready: that is a narrative gap, which the
    verdict reads, not a level the work lacks. The level asked for is a rung up from the level below
    it, as the room reads a packet at the level it argues; a level above the ask must be plain on
    every dimension."""
    ladder = rubric.levels
    if not ladder or not (any(i.ready for i in claims) or any(evidence[ladder[0]].values())):
        return None  # no owned, measured outcome and no level's dimension shown: no level yet
    below_ask, at_ask, above_ask = bar_dimensions(rubric)
    asked_at = ladder.index(asked) if asked in ladder else len(ladder)
    supported = ladder[0]
    for at in range(1, len(ladder)):
        shown = sum(1 for ids in evidence[ladder[at]].values() if ids)
        needs = above_ask if at > asked_at else at_ask if at == asked_at and supported == ladder[at - 1] else below_ask
        if shown >= needs:
            supported = ladder[at]
    return supported


def _parts(stories: list[tuple[Item, tuple, bool]], scopes: list[Item]) -> dict[str, dict[str, bool]]:
    """The five parts of each outcome story; its scope part is shown by the item's own words, or
    by a scope statement in the same section ("I own checkout for 5M buyers" above the story)."""
    scoped = {i.section for i in scopes}
    parts = {}
    for item, four, own in stories:
        story = dict(four)  # the first four parts, in PARTS order
        story["scope_signal"] = own or item.section in scoped
        parts[item.id] = story
    return parts


def _echoed(view: PacketView, past: list[EngineeringPast], rubric: Rubric) -> tuple[EngineeringPast, ...]:
    """The draft's engineering past with the words that name it only once it is named (the profile's
    ``engineering_past_echoes``: "Given my background, ...", "Coming from security, I ...", "an old
    trading habit"), in the order the draft tells them. Asked only of a draft that names its
    engineering past elsewhere: alone such words name no engineering ("my background" may be
    retail's), so a draft with no past is read no further."""
    echo_re = rubric.engineering_past_echo_re
    if not past or echo_re is None:
        return tuple(past)
    told = [mention.span for mention in past]
    echoes: list[EngineeringPast] = []
    for passage, _ in view.passages:
        if not passage.sentences or len(past) + len(echoes) >= MAX_PAST_MENTIONS:
            continue
        offset = passage.sentences[0].span.start
        folded, where = fold_text(passage.view[offset:passage.sentences[-1].span.end])
        spans = []
        for found in echo_re.finditer(folded):
            start, end = (found.start(), found.end()) if where is None else (where[found.start()], where[found.end() - 1] + 1)
            at = passage.at(Span(offset + start, offset + end))
            if not any(at.start < span.end and span.start < at.end for span in told) \
                    and not _told_in_sentence(passage, Span(offset + start, offset + end), told):
                spans.append(Span(offset + start, offset + end))
        echoes += [EngineeringPast(passage.at(span), followed) for span, followed in followed_spans(spans, passage, rubric.new_story_openers)]
    if not echoes:
        return tuple(past)
    return tuple(sorted(past + echoes[:MAX_PAST_MENTIONS - len(past)], key=lambda mention: mention.span.start))


def _told_in_sentence(passage, span: Span, told: list[Span]) -> bool:
    """Does the sentence that holds the echo at ``span`` (passage-relative) already name the past ("As a former
    site reliability engineer, I read the dispatch data the way I used to read an error budget")? One telling."""
    sentence = next((s.span for s in passage.sentences if s.span.start <= span.start and span.end <= s.span.end), None)
    if sentence is None:
        return False
    whole = passage.at(sentence)
    return any(whole.start <= mention.start and mention.end <= whole.end for mention in told)


def read_packet(view: PacketView, rubric: Rubric, level: str, memo: FoundMemo | None = None) -> Reading:
    """The packet's reading; ``memo``: a Session's last pass over the blocks (:class:`FoundMemo`)."""
    found, told = _Found(view.digested(rubric, level), memo, view.titled), _Told(view.passages)
    claims, objections, scopes = found.claims, found.objections, found.scopes
    stopped = _level_claims_retold(_with_refusals(_judged(found, "stopped", rubric), claims, view.items, rubric,
                                                  memo.refusals if memo is not None else None),
                                   view.items, rubric)
    lead, suggestion = _lead(view.items, claims, found, rubric, stopped, _level_claimed_before(view, claims, rubric))
    structure, reasons = _structure(view, found, told, rubric)
    retell, scaffold = _retell(told, claims, found, level, rubric)
    specialty, evidence = _specialty(told, rubric)
    words, seen, missed, strongest = _skim(view, found.outcomes, rubric, memo.skim if memo is not None else None)
    level_evidence = _cumulative(found.cues, rubric.levels)
    supported = _supported(level_evidence, rubric, claims, level)
    share = found.technical_leads / len(claims) if claims else 0.0
    return Reading(
        lead_is_outcome=lead, lead_suggestion=suggestion,
        former_engineer_mentions=_echoed(view, told.past, rubric),
        initiated_items=_judged(found, "initiated", rubric) or _starts_left(found.blocks, rubric),
        stopped_items=stopped,
        structure=structure, structure_reasons=reasons,
        retell=retell, retell_scaffold=scaffold,
        specialty=specialty, specialty_evidence=evidence, technical_lead_share=share,
        principles_coverage=_coverage(found.principles, rubric),
        skim_words_read=words, skim_outcomes_seen=seen, skim_outcomes_missed=missed, strongest=strongest,
        level_evidence=level_evidence, supported_level=supported, parts=_parts(found.stories, scopes),
        jargon_share=told.jargon / told.words if told.words else 0.0,
        excuses=tuple(told.excuses),
        objections=tuple(i.id for i in objections),
        objections_section=bool(objections) or found.objection_heading,
        scope_items=tuple(i.id for i in scopes),
    )


def _level_claims_retold(stopped: tuple[str, ...], items: tuple[Item, ...], rubric: Rubric) -> tuple[str, ...]:
    """The stops, less a level claim that names again a stop the draft tells in full in another
    listed item ("This year I operated at L6: I said no to a credit product the CFO wanted ..." over
    "The CFO asked for a credit line ... I turned it down, because ..."; "I set the direction ..., and I
    said no to a year-old roadmap item with four engineers attached" over "Stopped the in-app walker
    marketplace that had been on the roadmap for a year. It needed four engineers ..."): the level
    sentence is the proof of the claim, told as its own story elsewhere, as a start named there is
    (analysis/facts.py `_claims_level`), and the stopped list holds the story. A word of five letters
    or more that names the thing (the few words after a stop word, :func:`_stopped_things`) recurs in
    the other stop; a level claim whose stop is told nowhere else ("I am ready for L5: I chose dynamic
    pricing ... over the flat discount our commercial director proposed") stays its only telling. So
    does one whose stop names no thing (:func:`_names_no_thing`: "and I stopped the ones that were not
    working", "and I made the call to stop a service that was losing money", "rather than building what
    was asked") when a stop of another item is listed: the level sentence sums up the stops the draft
    tells by name. Any other listed stop with no figure that names again, in another paragraph, the
    thing a stop told with figures names (:func:`_sums_up`: "I stopped the loyalty programme and
    shipped what salon owners asked for." over "Descoped the loyalty points programme to a single
    button after eight salon owners told me ...") is the draft's summary of that story, and gives way
    to it as well."""
    if len(stopped) < 2:
        return stopped
    listed = list(compress(items, map(frozenset(stopped).__contains__, map(_ID, items))))  # picked in C
    retold = set()
    for item in listed:
        level, _, things, unnamed = _stop_answers(item, rubric)
        if not level:
            if _sums_up(item, listed, rubric):
                retold.add(item.id)
            continue
        if any(other is not item and not things.isdisjoint(other.words) for other in listed) \
                or unnamed and any(other is not item and not _stop_answers(other, rubric)[0] for other in listed):
            retold.add(item.id)
    return tuple(i for i in stopped if i not in retold) if retold else stopped


def _sums_up(item: Item, listed: list[Item], rubric: Rubric) -> bool:
    """Is this stop a summary of another listed one: told with no figure, while a stop of another
    paragraph, told with figures, names the same thing (:func:`_things_named`: the same last word,
    and every word before it in this item's name in the other's too, or the other's name its last
    word alone)? "She refused a revenue plan ..., and she stopped a visitor app that nobody had asked
    for." sums up "She stopped the app and moved the two engineers ... 180,000 patients"; two stops
    of different things that share a last word ("Killed the kiosk pilot", "Paused the chatbot
    pilot after 40% wrong answers") stay two. The guide lists a stop told again once, by its story
    (a stop told again in a lesson is not listed)."""
    if item.signals is None or item.signals.metric:
        return False
    mine = _stop_answers(item, rubric)[1]
    if not mine:
        return False
    for other in listed:
        if other is item or other.base == item.base or other.signals is None or not other.signals.metric:
            continue
        for last, before in _stop_answers(other, rubric)[1]:
            if any(last == head and (not before or set(words) <= set(before)) for head, words in mine):
                return True
    return False


def _stop_answers(item: Item, rubric: Rubric) -> tuple[bool, list[tuple[str, tuple[str, ...]]], set[str], bool]:
    """What :func:`_level_claims_retold` asks of a listed stop: does it claim a level, the things its
    stop words name (:func:`_things_named`), the words that name what it stopped
    (:func:`_stopped_things`), and does it stop a thing it does not name (:func:`_names_no_thing`)?
    Kept in the item's state with the profile's words they were read with, which a Session's moved
    item shares: the stops are asked again on every edit, the answers read from the item alone."""
    state = item.__dict__
    asked = (level_claim(rubric), rubric.stopped_forms, rubric.stops)
    kept = state.get("_stop_answers")
    if kept is not None and kept[0] == asked:
        return kept[1]
    words = item.words
    answers = (claims_level(item.text, rubric), _things_named(words, rubric), _stopped_things(words, rubric),
               _names_no_thing(words, rubric))
    state["_stop_answers"] = (asked, answers)
    return answers


def _things_named(words: tuple[str, ...], rubric: Rubric) -> list[tuple[str, tuple[str, ...]]]:
    """The things the item's stop words end, each as its last word and the words before it: after a
    stop word, past a determiner ("the", "a", "our"), up to THING_NAME_WORDS words that end at a
    preposition, a conjunction, a pronoun or a mark ("stopped the loyalty programme and shipped" ->
    ("programme", ("loyalty",)); "stopped the app and moved" -> ("app", ()))."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for at, word in enumerate(words):
        if word in rubric.stopped_forms or word in rubric.stops.cutting:
            k = at + 1
            while k < len(words) and words[k] in THING_DETERMINERS:
                k += 1
            name: list[str] = []
            while k < len(words) and len(name) < THING_NAME_WORDS and words[k] not in THING_NAME_ENDS \
                    and words[k] not in rubric.stopped_forms:
                name.append(words[k])
                k += 1
            if name:
                found.append((name[-1], tuple(name[:-1])))
    return found


THING_DETERMINERS = frozenset("the a an my our its their his her own".split())  # "stopped our own app"
THING_NAME_WORDS = 4  # "the loyalty points programme": a thing's name, not its story
THING_NAME_ENDS = frozenset("the a an to of in on at for from with by and or but that which who because after "
                            "before when until so as than it them , . ; : ( )".split())


def _names_no_thing(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Does a stop word or choice marker of the sentence take a thing it does not name: a pronoun
    ("the ones", "what was asked", "those") or a description after "a" ("a service that was losing
    money"), past "to", "of", "the" and a verb in -ing ("rather than building what was asked")?"""
    for at, word in enumerate(words):
        if word in rubric.stopped_forms or word in rubric.stops.cutting or word in CHOICE_MARKERS or word == "than":
            ahead = at + 1
            while ahead < len(words) and ahead <= at + UNNAMED_REACH and (words[ahead] in UNNAMED_SKIPS or words[ahead].endswith("ing")):
                ahead += 1
            if ahead < len(words) and words[ahead] in UNNAMED_THINGS:
                return True
    return False


UNNAMED_SKIPS = frozenset(("to", "of", "the"))  # "said no to what", "stopped the ones", "than building what"
UNNAMED_REACH = 3  # the words skipped, at most, before the thing
UNNAMED_THINGS = frozenset(("a", "an", "what", "whatever", "ones", "those", "something", "things"))


def _stopped_things(words: tuple[str, ...], rubric: Rubric) -> set[str]:
    """The words that name what a stop ends: after each stop word or choice marker, the next few
    words of five letters or more that are no function word."""
    found: set[str] = set()
    for at, word in enumerate(words):
        if word in rubric.stopped_forms or word in rubric.stops.cutting or word in CHOICE_MARKERS:
            found.update(w for w in words[at + 1:at + 1 + THING_REACH]
                         if len(w) >= THING_LETTERS and w.isalpha() and w not in FUNCTION_WORDS)
    return found


CHOICE_MARKERS = frozenset(("no", "over", "instead", "not"))  # "said no to", "chose X over Y", "instead of"
THING_REACH = 8  # "a credit product the CFO wanted": the words after the stop that name the thing
THING_LETTERS = 5  # "alert", "credit", "roadmap": a name, not "the" or "four"
FUNCTION_WORDS = frozenset("about after again before being could every other their there these those "
                           "under until where which while would should since".split())


def _with_refusals(stopped: tuple[str, ...], claims: list[Item], items: tuple[Item, ...],
                   rubric: Rubric, memo: RefusalsMemo | None = None) -> tuple[str, ...]:
    """The stops, and the refusals told in full under a title that names them ("**Saying no to the
    chatbot.** The deputy director wanted ...", stories.refusals_told), which every corpus writer
    who titles a refusal so lists among the stops; in draft order."""
    told = [item.id for item in refusals_told(tuple(claims), rubric.stops, frozenset(stopped), memo) if item.id not in stopped]
    if not told:
        return stopped
    order = {item.id: at for at, item in enumerate(items)}
    return tuple(sorted((*stopped, *told), key=order.__getitem__))


def _judged(found: _Found, which: str, rubric: Rubric | None = None) -> tuple[str, ...]:
    """The items that started (or stopped) something: by their verbs, and, in a section the writer
    headed "What I started" ("What I stopped") where no verb says it, the section's first deed and
    every bullet there that names a thing without a verb ("- The kiosk pilot, after six weeks")."""
    if not found.judged and not found.headed and rubric is None:
        return ()
    blocks = found.blocks
    deeds = [(b, k) for b, kind, k in found.judged if kind == which]
    by_verb = len(deeds)
    sections = {blocks[b][0].items[k].section for b, k in deeds}
    for b, kind, k in found.headed:
        item = blocks[b][0].items[k]
        if kind == which and (b, k) not in deeds and (item.section not in sections or _names_a_thing(item)):
            deeds.append((b, k))
            sections.add(item.section)
    if len(deeds) != by_verb:
        deeds.sort()  # a heading added one: back to draft order (block, then item)
    if rubric is not None and which == "stopped":
        deeds = _announced_stops(_stops_told_back(deeds, blocks, rubric), blocks, rubric)
    elif rubric is not None and deeds:
        deeds = _starts_retold(_starts_told_back(deeds, blocks, rubric), blocks, rubric)
    return tuple(blocks[b][0].items[k].id for b, k in deeds)


def _starts_left(blocks: Digested, rubric: Rubric) -> tuple[str, ...]:
    """When no item tells a start by its verb or its heading, the strategies or plans the writer wrote
    that those above adopted ("I wrote the three-year voucher strategy that the department adopted",
    :func:`~packetcoach.analysis.facts.plan_adopted`): the draft's start. A draft that tells its start
    elsewhere names such a plan as the start's result, so it is read only here. Not in a sentence that
    claims a level ("I operate at L7 today: I set a lending strategy that three boards adopted"): the
    plan is that claim's proof. Nor when an item tells a start by its verb that the list leaves out
    ("You might ask ... No. I proposed a reminder instead"): that is the draft's start."""
    # which items tell a start, and which hold a word of adoption, each block's digest says (asked
    # once per block's content, not of every item on every edit of a Session); the blocks found in C
    if not rubric.plan_adopted:
        return ()
    digests = tuple(map(_SECOND, blocks))
    if any(map(_INITIATES, digests)):
        return ()
    adopting = [blocks[b][0].items[k] for b in compress(count(), map(_ADOPTING, digests)) for k in digests[b].adopting]
    return tuple(item.id for item in adopting
                 if item.action is not None and item.action.subject == "i"
                 and plan_adopted(item.words, "i", rubric) and not claims_level(item.text, rubric))


_INITIATES = itemgetter(BlockDigest._fields.index("initiates"))
_ADOPTING = itemgetter(BlockDigest._fields.index("adopting"))


def _starts_told_back(deeds: list[tuple[int, int]], blocks: Digested, rubric: Rubric) -> list[tuple[int, int]]:
    """A start told in a later sentence of its story, which the initiated list names by the story's
    first claim sentence (the labelling guide's "Decision and result sentences apart"): a start that
    points back at the deed told right before it in its paragraph (`verbs.told_back` after its verb:
    "In 2024 I wrote a five-year screening strategy ... I pitched it to the operator's executive
    team", "Maya cut the booking form from five pages to one ... She proposed the change herself"), or
    one told under the paragraph's bold run-in title when that title is the story's first claim
    ("**Owners now receive their money 2 days after a guest checks out instead of 9.** ... I pitched a
    move from the monthly batch run ..."), or one told after the paragraph's first sentence when that
    sentence is a ready claim that tells the result and leaves its how to the sentences after ("I cut
    the time it takes a student to book a study room from about 9 minutes ... and room use rose from
    54% to 81% ... I wrote the case for a phone-first booking page ..."): a paragraph that opens on a
    background or a problem ("In 2023 each county ran its own search site ..."), or on a result told
    with its own means ("... from 9 minutes to 4 by adding two agents at peak. I proposed a callback
    queue ..."), keeps its start. Not when the item before is itself a start, a background in the
    pluperfect, or no claim or lesson."""
    if not rubric.told_back:
        return deeds
    kept = set(deeds)
    moved = []
    for b, k in deeds:
        items = blocks[b][0].items
        named = _story_opening(items, k, rubric)
        if named is not None and (b, named) not in kept:
            moved.append((b, named))
            kept.add((b, named))
        else:
            moved.append((b, k))
    return sorted(set(moved))


def _starts_retold(deeds: list[tuple[int, int]], blocks: Digested, rubric: Rubric) -> list[tuple[int, int]]:
    """The starts, less one told again of a thing an earlier start of the list already began: a start
    with no thing of its own (profile list `verbs.retold_starts`, "The crash-course week was my idea",
    "wrote the proposal myself", or a verb of starting and one of `verbs.told_back`, "I proposed it in
    June") whose thing is the listed start right before it in its paragraph ("I started the household
    subscription plan too late. I proposed it in June, ..."), or a thing named with "the" before it, in
    the item or its paragraph before it, that an earlier listed start names ("The single window
    is a multi-year strategy ... and it exists because I proposed it", after "In January I proposed
    replacing ... with a single window by 2029"; "If you read one row, read the liveaboard pass. I
    noticed ..., wrote the proposal myself"). The writers list the start once, by its first telling
    (the labelling guide's "named by its first claim sentence")."""
    if len(deeds) < 2 or not rubric.retold_starts and not rubric.told_back:
        return deeds
    kept: list[tuple[int, int]] = [deeds[0]]
    for b, k in deeds[1:]:
        items = blocks[b][0].items
        item = items[k]
        at = _start_without_thing(item.words, rubric)
        if at < 0:
            kept.append((b, k))
            continue
        before = items[k - 1] if k > 0 and items[k - 1].source == item.source else None
        if before is not None and (b, k - 1) in kept:
            continue  # "I started the plan too late. I proposed it in June": the start before, told again
        lead = item.source[:item.span.start].lower() if item.span.start else ""
        named = _things_with_the(item.words[:at]) + (_things_with_the(tuple(LEAD_WORDS.findall(lead))) if lead else [])
        listed = [blocks[x][0].items[y].words for x, y in kept]
        if named and any(_names_thing(words, thing) for thing in named for words in listed):
            continue
        kept.append((b, k))
    return kept


LEAD_WORDS = re.compile(r"[a-z0-9][a-z0-9'-]*|[.,;:!?]")  # the paragraph's words before an item: "read the liveaboard pass."
RETOLD_SUBJECT = 2  # words between the writer and a verb of starting told back: "I also proposed it"


def _start_without_thing(words: tuple[str, ...], rubric: Rubric) -> int:
    """Where the item tells a start with no thing of its own (:func:`_starts_retold`), or -1: one of
    `verbs.retold_starts`, or the writer's verb of starting followed by one of `verbs.told_back`."""
    for phrase in rubric.retold_starts:
        if phrase[0] in words:
            at = next((j for j in range(len(words) - len(phrase) + 1) if words[j:j + len(phrase)] == phrase), -1)
            if at >= 0:
                return at
    forms = rubric.initiated_forms
    if forms.isdisjoint(words):
        return -1
    for at, word in enumerate(words):
        if word in forms and "i" in words[max(0, at - RETOLD_SUBJECT):at] \
                and any(words[at + 1:at + 1 + len(back)] == back for back in rubric.told_back):
            return at
    return -1


NAMED_ENDS = frozenset((".", ",", ";", ":", "!", "?", "is", "was", "were", "are", "has", "had", "and", "or", "of",
                        "for", "in", "on", "at", "to", "with", "that", "which", "who", "by", "from", "as"))
NAMED_REACH = 3  # words of a thing named with "the": "the liveaboard pass", "the crash-course week"


def _things_with_the(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The things the words name with "the" ("the single window", "the liveaboard pass"): the words
    after "the" up to a verb of being, a preposition or a stop, at most a few."""
    things = []
    for at, word in enumerate(words):
        if word != "the":
            continue
        thing = []
        for next_word in words[at + 1:at + 1 + NAMED_REACH]:
            if next_word in NAMED_ENDS or not next_word[:1].isalpha():
                break
            thing.append(next_word)
        if thing:
            things.append(tuple(thing))
    return things


def _names_thing(words: tuple[str, ...], thing: tuple[str, ...]) -> bool:
    """Does an earlier start's item name every word of ``thing`` (a plural as its singular: "liveaboard"
    in "for liveaboards")?"""
    return all(word in words or word + "s" in words for word in thing)


def _story_opening(items: tuple[Item, ...], k: int, rubric: Rubric) -> int | None:
    """The item that names the story item ``k`` starts in a later sentence (:func:`_starts_told_back`), or None."""
    item = items[k]
    earlier = _earlier_in_paragraph(items, k)
    if not earlier or item.action.span is None:
        return None
    first = earlier[-1]
    title = items[first]
    if title.kind == "claim" and title.section == item.section and title.sentences \
            and is_title(title, title.sentences[0]) and title.facts is not None and not title.facts.initiated:
        return first  # "**Owners now receive their money 2 days after ...** ... I pitched a move ..."
    if title.kind == "claim" and title.section == item.section and title.ready and title.facts is not None \
            and not title.facts.initiated and not dict(title.facts.parts).get("mechanism", True):
        return first  # "I cut the time it takes a student to book ... from 9 minutes to under one ... I wrote the case for ..."
    before = items[k - 1]
    if before.kind not in ("claim", "lesson") or before.section != item.section or before.action.span is None \
            or before.facts is None or before.facts.initiated:
        return None
    if told_before(before, rubric, progressive=False):
        return None  # "We had planned a waitlist", "We had been building ...": a background
    words = item.words
    if before.kind == "claim" and before.action.subject == "we" and _part_labelled(words, rubric.role_labels):
        return k - 1  # "We launched phone booking ... My part: I pitched the partnership ...": the team's claim names it
    at = next((i for i, t in enumerate(item.tokens) if t.start == item.action.span.start), -1)
    if not 0 < at <= TOLD_BACK_SUBJECT or words[at] not in rubric.initiated_forms:
        return None
    if any(words[at + 1:at + 1 + len(back)] == back for back in rubric.told_back):
        return k - 1
    return k - 1 if _found_by_writer(before.words, rubric) else None


FOUND_REACH = 16  # "Tomás, a former robotics engineer, pulled eight weeks of pick data himself and found that"


def _found_by_writer(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Does the sentence before a start tell what the writer dug out and found (profile list
    `kinds.findings` within a few words of the writer's "I", in one sentence: "I read 300 exit surveys
    myself and found that ...", "... so I went through six months of cancellations by hand and found
    that 40% ...")? The finding opens the story and the start told next ("I proposed a shared
    calendar ...") is its decision: the initiated list names the story by the finding (the labelling
    guide's "named by its first claim sentence"). Not a finding of someone else's ("the survey found
    that ...", "clients who left found that ...")."""
    if "i" not in words:
        return False  # most sentences before a start: no writer at all
    for at, word in enumerate(words):
        if any(words[at:at + len(found)] == found for found in rubric.findings if word == found[0]):
            reach = words[max(0, at - FOUND_REACH):at]
            if "i" in reach and "." not in reach[len(reach) - 1 - reach[::-1].index("i"):]:
                return True
    return False


TOLD_BACK_SUBJECT = 2  # "I pitched it", "She also proposed it": the verb's place after its subject


def _part_labelled(words: tuple[str, ...], labels: frozenset[tuple[str, ...]]) -> bool:
    """Does the item open with a label of the writer's part, a colon and "I" ("My part: I pitched
    the partnership ...", profile list `verbs.role_labels`)? It tells the writer's part in what the
    sentence before it told, as "Outcome: ... My part: I pitched the portal ..." does, and the story
    is named by that sentence (the labelling guide's "named by its first claim sentence")."""
    return any(words[:len(label)] == label and words[len(label):len(label) + 2] == (":", "i") for label in labels)


def _announced_stops(deeds: list[tuple[int, int]], blocks: Digested, rubric: Rubric) -> list[tuple[int, int]]:
    """A stop story its paragraph opens by announcing it in a short sentence of the writer's ("I also
    got one wrong. I launched the shift-swap beta ... I paused the beta for three days", "I also stepped
    back from one thing I had started. In 2025 I set up an in-house laundry ... after nine months I
    closed it"): the announcement is the story's first sentence, and the stopped list names the story
    by it, as the writers do (the labelling guide's "Decision and result sentences apart"). The stop
    is one listed in the paragraph after it, or the writer's own close of the thing ("I closed it",
    profile list `stops.closings`), which the announcement tells was the writer's to stop (profile
    list `stops.announcing`)."""
    if not rubric.stops.announcing:
        return deeds
    listed = set(deeds)
    named: list[tuple[int, int]] = []
    # the blocks whose digest holds an announcement (digest.announces_story), found in C
    for b in compress(range(len(blocks)), map(_ANNOUNCES, map(_SECOND, blocks))):
        passage, digest = blocks[b]
        items = passage.items
        for k in digest.announces:
            item = items[k]
            story = [j for j in range(k + 1, len(items)) if items[j].source == item.source and items[j].section == item.section]
            told = [(b, j) for j in story if (b, j) in listed]
            if told or any(items[j].kind in ("claim", "lesson") and closes_a_bet(items[j].words, rubric.stops) for j in story):
                listed.difference_update(told)
                named.append((b, k))
    if not named:
        return deeds
    return sorted(listed.union(named))


def _stops_told_back(deeds: list[tuple[int, int]], blocks: Digested, rubric: Rubric) -> list[tuple[int, int]]:
    """A story whose stop the writer tells in a later sentence, naming the thing back ("In April I
    started a pilot of ... By week four it was failing, so I stopped the project"; "The sales team
    called 300 lapsed buyers ... I ended the calls in May"): the stop names the story, and the story
    is named by its first sentence (the labelling guide's "Decision and result sentences apart"). So
    a stop item whose stopped thing is "the" and a word of its paragraph before it ("the calls" after
    "called", a run-in title's "Referral credits" before "the credits"), or a word of the profile's
    `stops.story_things` ("the project", "the pilot"), lists the item right before it instead, when
    that is a claim or a lesson that stops nothing itself (:func:`_names_back`)."""
    things = rubric.stops.story_things
    if not things:
        return deeds
    listed: dict[int, list[int]] = {}  # each block's stops: what a stop's answer depends on outside its own item
    for b, k in deeds:
        listed.setdefault(b, []).append(k)
    answers = {b: _stops_back_in(blocks[b][0], tuple(ks), rubric) for b, ks in listed.items()}
    return [(b, answers[b][k]) for b, k in deeds if answers[b][k] is not None]


def _stops_back_in(passage: Passage, listed: tuple[int, ...], rubric: Rubric) -> dict[int, int | None]:
    """:func:`_stops_told_back` for the stops ``listed`` in one block: for each, the item that names
    its story (itself, or one before it), or None when it tells again a stop listed before it. Every
    answer is read from the block's own items, so it is kept in the passage's state, which a
    Session's moved block shares: asked again only when the block's listed stops or the profile's
    stop words differ (a Session asks on every edit, of every block that tells a stop)."""
    state = passage.__dict__
    asked = (listed, rubric.stops, rubric.stopped_forms, rubric.decision_frames)
    kept = state.get("_stops_back")
    if kept is not None and kept[0] == asked:
        return kept[1]
    things, items, inside = rubric.stops.story_things, passage.items, set(listed)
    answers: dict[int, int | None] = {}
    for k in listed:
        if any(j in inside and (_stops_it_again(items[k], items[j], rubric) or _under_stop_title(items[k], items[j], rubric))
               for j in _earlier_in_paragraph(items, k)):
            answers[k] = None  # "I killed the reader we had built since March. ... I stopped it in August, ...": one stop
            continue
        opened = _closed_back(items, k, rubric)
        if opened is not None and opened not in inside:
            answers[k] = opened
        elif k > 0 and k - 1 not in inside and _names_back(items[k], items[k - 1], rubric, things):
            answers[k] = k - 1
        else:
            answers[k] = k
    state["_stops_back"] = (asked, answers)
    return answers


def _closed_back(items: tuple[Item, ...], k: int, rubric: Rubric) -> int | None:
    """The item a close that opens an item round "it" ("I pulled it after five weeks", profile list
    `stops.closings`) closes: the nearest claim or lesson before it in its paragraph that tells a deed
    of the writer's, not as a background in the pluperfect ("I pushed to launch visitor pricing in
    June. Visiting sailors' bookings fell 9% ... I pulled it"), past the results told between."""
    item = items[k]
    words = item.words
    called = _called_close(words, rubric) or _recommended_close(words, rubric)
    if not called and (words[:1] != ("i",) or words[2:3] not in (("it",), ("them",))
                       or not closes_a_bet(words[:CLOSING_WORDS], rubric.stops)):
        return None
    openers = ("i", "we") if called else ("i",)  # "We ran a pilot ... I made the call to end it": the call is the writer's
    for at in range(k - 1, -1, -1):
        before = items[at]
        if before.source != item.source or before.section != item.section:
            return None
        if before.action.subject in openers and before.kind in ("claim", "lesson") and before.action.span is not None:
            had = told_before(before, rubric, progressive=False)
            return None if had else at
    return None


def _called_close(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Does the item open with the writer's call to stop "it" ("I made the call to end it after ten
    weeks", "I decided to stop them"): "I", a decision frame (`verbs.decision_frames`), "to", a stop
    word and "it" or "them"? The call is the writer's, whoever ran the thing (the labelling guide's
    "I made the call and we wound it down")."""
    if words[:1] != ("i",):
        return False
    for frame in rubric.decision_frames:
        verb = 1 + len(frame) + 1
        if words[1:verb - 1] == frame and words[verb - 1:verb] == ("to",) and words[verb + 1:verb + 2] in (("it",), ("them",)) \
                and (words[verb] in rubric.stopped_forms or words[verb] in rubric.stops.cutting):
            return True
    return False


def _recommended_close(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Does the item open with the writer's recommendation to stop "it" ("I recommended we switch it
    off ..., and the board agreed", "I recommended that we drop it"): "I", a verb of
    `stops.proposing_a_stop`, "that" or not, one of `stops.bare_proposals`, a stop word (or one of
    `stops.switching_off`) and "it" or "them"? Told after the writer's look at the thing ("I looked at
    the usage: 6% of members had opened it"), the story is named by that sentence, as a call to end
    it is; the item is a stop at all only when the party agreed (analysis/facts.py)."""
    stops, verbs = rubric.stops, rubric.verb_lemma
    if words[:1] != ("i",) or verbs.get(words[1] if len(words) > 1 else "", "") not in stops.proposing_a_stop:
        return False
    at = 3 if words[2:3] == ("that",) else 2
    if words[at:at + 1] == () or words[at] not in stops.bare_proposals or words[at + 2:at + 3] not in (("it",), ("them",)):
        return False
    stop = words[at + 1] if len(words) > at + 1 else ""
    return stop in rubric.stopped_forms or stop in stops.cutting or verbs.get(stop) in stops.switching_off


def _earlier_in_paragraph(items: tuple[Item, ...], k: int) -> list[int]:
    """The items before item ``k`` in its paragraph, nearest first."""
    found = []
    for at in range(k - 1, -1, -1):
        if items[at].source != items[k].source:
            break
        found.append(at)
    return found


def _stops_it_again(item: Item, before: Item, rubric: Rubric) -> bool:
    """Does ``item`` tell again, round "it" or a description with "a", the stop an item before it in
    its paragraph already made ("The clearest one: I killed the prescription reader we had been
    building since March. In testing it misread 1 in 6. I stopped it in August, moved its two
    engineers to ..."; "I do regret ending the pilot in April ... I stopped a good bet too early";
    "In July I stopped the request feature ... I had killed it on usage numbers that ...")?
    Its sentences carry on the story its first sentence names (the labelling guide's "Decision and
    result sentences apart"), so the stopped list holds the story once, by that first sentence."""
    if before.section != item.section or item.action.subject != "i" or item.action.span is None:
        return False
    verb = item.source[item.action.span.start:item.action.span.end].lower()
    if verb not in rubric.stopped_forms:
        return False
    words = item.words
    at = next((i for i, t in enumerate(item.tokens) if t.start == item.action.span.start), -1)
    return 0 < at and (words[at - 1] == "i" or words[at - 2:at] == ("i", "had")) \
        and words[at + 1:at + 2] in AGAIN_OBJECTS


def _under_stop_title(item: Item, title: Item, rubric: Rubric) -> bool:
    """Is ``item`` the stop told again in the story under ``title``, the paragraph's bold run-in title
    that is itself the writer's stop ("**I killed the smart-lock pilot after 1 in 9 locks failed ...**
    ... I stopped the rollout, kept the mechanical safes ...", "**I stopped the self-install kit
    programme.** ... I stopped the kit programme and moved the budget ...")? The story's claim
    sentences are one item, named by its first (the labelling guide's "Decision and result sentences
    apart"), so the stopped list holds it once, by the title; not a stop told as another ("I also
    descoped ...") nor under a title that names a topic ("**Stopping the federation app.**")."""
    words = title.words
    at = 1 if words[:1] == ("i",) else 0
    if not title.sentences or not is_title(title, title.sentences[0]) or len(words) <= at or words[at].endswith("ing") or words[at] not in rubric.stopped_forms:
        return False
    return item.action.subject == "i" and ALSO.isdisjoint(item.words[:ALSO_REACH])


ALSO = frozenset(("also", "and", "another", "second"))  # "I also descoped ...": a stop of its own
ALSO_REACH = 3


def _names_back(item: Item, before: Item, rubric: Rubric, things: frozenset[str]) -> bool:
    """Does ``item``, whose main verb is the stop, stop "the" thing its paragraph named before it
    ("ended the calls" after "called 400 tutors"), so that ``before`` (a claim or lesson of the same
    section, with a verb, not told as a background in the pluperfect) names the story?"""
    if before.kind not in ("claim", "lesson") or before.section != item.section or before.action.verb is None:
        return False
    if told_before(before, rubric, progressive=False):
        return False  # "We had planned a waitlist", "We had been building ...": the background, and the stop its first telling
    stops = rubric.stopped_forms | rubric.stops.closing  # "I closed the tier to new members": an offer ended
    if item.action.verb is None or stops.isdisjoint((item.action.verb, item.source[
            item.action.span.start:item.action.span.end].lower())):
        return False  # the stop item opens with its own deed ("I proposed a pilot ... and stopped it")
    words = item.words
    told = item.source[:item.span.start].lower()  # the paragraph so far, its run-in title too
    stems = {word[:STEM] for word in compiled(r"[a-z]+").findall(told) if len(word) >= STEM}
    for at in range(len(words) - 2):
        if words[at] in stops and words[at + 1] == "the":
            thing = words[at + 2]
            if thing in things or (len(thing) >= STEM and thing[:STEM] in stems):
                return True
    return False


CLOSING_WORDS = 4  # "I closed it", "I rolled it back": the close the item opens with
AGAIN_OBJECTS = (("it",), ("a",), ("an",))  # "I stopped it", "I stopped a good bet too early": told again
STEM = 4  # letters two words share to name one thing ("calls", "called")


def _names_a_thing(item: Item) -> bool:
    """A bullet that names a thing without a verb ("- The kiosk pilot, after six weeks"), or whose
    opening sentence or clause names it with no deed of the writer's in it, the deed told after ("- The
    night chat promised on our roadmap. I read ...", "- A booking bot sales had promised; I told
    ..."), not a labelled note ("- Scope: Returns, Finance")."""
    if item.format != "bullet" or any(token.text == ":" for token in item.tokens[:LABEL_TOKENS]):
        return False
    if item.action.verb is None:
        return True
    words = item.words
    end = next((at for at, word in enumerate(words) if word in (".", ";")), len(words))
    return words[:1] in THING_OPENERS and end < len(words) - 1 and WRITER_WORDS.isdisjoint(words[:end])


LABEL_TOKENS = 4
THING_OPENERS = frozenset((("the",), ("a",), ("an",), ("our",), ("my",)))  # a thing named, not a deed
WRITER_WORDS = frozenset(("i", "we", "me"))  # "The UK team had stopped it before I arrived": a deed told


def _coverage(principles: list[tuple[str, str]], rubric: Rubric) -> dict[str, tuple[str, ...]]:
    """Each principle of the profile with the items that evidence it."""
    found: dict[str, list[str]] = {name: [] for name in rubric.profile.table("principles")}
    for name, item_id in principles:
        found[name].append(item_id)
    return {name: tuple(ids) for name, ids in found.items()}


def principles_shown(coverage: dict[str, tuple[str, ...]], items: Any, rubric: Rubric) -> list[str]:
    """The principles the packet shows: those its items name, and those a ready claim shows by what
    ready means (the profile's ``principles_shown_by_ready``: a measured customer or business result
    of the writer's own deed is a delivered result, whatever principle the item names first)."""
    table = rubric.profile.table("document")
    ready = any(item.ready for item in items)
    by_ready = set(table.get("principles_shown_by_ready", ())) if ready else set()
    owned = table.get("principles_shown_by_owned_mistake", ())
    # only the items of the kinds that may own a mistake (lessons), picked in C: a Session asks on every edit
    kinds = frozenset(table.get("owned_mistake_kinds", ())) if owned else ()
    if kinds and any(_owns_mistake(item, rubric) for item in compress(items, map(kinds.__contains__, map(_KIND_OF, items)))):
        by_ready.update(owned)
    return [name for name, ids in coverage.items() if ids or name in by_ready]


_KIND_OF = attrgetter("kind")


def _owns_mistake(item: Any, rubric: Rubric) -> bool:
    """An item of the profile's ``owned_mistake_kinds`` (a lesson) that owns a mistake in the writer's
    words with what the writer changed (``owned_mistakes``: "I should have watched one of them work
    before I wrote the spec", "I would now run the numbers with finance before the pitch"), or a
    misjudgment named as the writer's own and then the practice changed (``owned_mistake_marks`` before
    ``owned_mistake_changes``: "I learned that my confidence in a technology is not evidence ..., and I
    now ask for a pilot"): candour, whatever principle the item names first. A failure blamed on
    others ("they should have") is none."""
    if item.kind not in rubric.profile.table("document").get("owned_mistake_kinds", ()):
        return False
    matcher = derived(rubric, "packet.owned_mistakes", _owned_mistake_phrases)
    if not matcher.may_match(item.words):
        return False
    marks: list[int] = []
    changes: list[int] = []
    for match in matcher.iter_matches(item.words):
        if match.label == OWNED:
            return True
        (marks if match.label == MARK else changes).append(match.first)
    return bool(marks) and any(at > min(marks) for at in changes)


OWNED, MARK, CHANGE = "owned", "mark", "change"


def _owned_mistake_phrases(rubric: Rubric) -> PhraseMatcher:
    """The profile's words for a mistake owned, a misjudgment named as the writer's own and a
    practice changed, in one matcher."""
    table = rubric.profile.table("document")
    matcher = PhraseMatcher()
    matcher.add(OWNED, table.get("owned_mistakes", ()))
    matcher.add(MARK, table.get("owned_mistake_marks", ()))
    matcher.add(CHANGE, table.get("owned_mistake_changes", ()))
    return matcher


def principles_not_shown(coverage: dict[str, tuple[str, ...]], items: Any, rubric: Rubric) -> list[str]:
    """The expected principles (the profile's ``expected_principles``) the packet does not show."""
    shown = set(principles_shown(coverage, items, rubric))
    return [name for name in rubric.profile.table("document").get("expected_principles", ()) if name not in shown]


def argued_dimensions(level: str | None, report: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The argued level's dimensions shown and missing, when the work's bar is not above the level
    argued, the verdict's level check passes, and fewer dimensions show than a level's full bar;
    else nothing (the level line then says the work meets its bar, or no bar; output/labels.py)."""
    levels = report.rubric.levels
    if level is None or report.level not in levels[1:] or levels.index(level) > levels.index(report.level):
        return (), ()  # the first level's bar is an owned, measured outcome: no dimension to name
    if not settings(report)["level_dimensions_min"] <= level_shown(report) < bar_dimensions(report.rubric)[0]:
        return (), ()
    evidence = report.reading.level_evidence.get(report.level, {})
    return (tuple(name for name, ids in evidence.items() if ids),
            tuple(name for name, ids in evidence.items() if not ids))
