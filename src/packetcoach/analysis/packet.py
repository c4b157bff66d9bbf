"""Reading the packet as the calibration room does (SPEC 2.8-2.18).

Item signals say which sentences are weak; this module judges the whole document: its lead, its
structure, the engineering past, judgment in both directions, the specialty that leaks through,
principle coverage, the retell sentence, the level the evidence supports, and what a 90-second skim
takes in. It combines the facts each item and passage already carry (analysis/facts.py); it never
re-reads the text, so it costs a pass over a few hundred small records.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from operator import itemgetter
from dataclasses import dataclass

from packetcoach.analysis.digest import DIMENSIONS, BlockDigest, block_digest
from packetcoach.analysis.facts import LEVEL_CLAIM_RE, PassageFacts
from packetcoach.core.model import Item, Passage, Span, computed_once
from packetcoach.core.reading import EngineeringPast, Reading
from packetcoach.profile.compile import KIND_GROUP, Rubric



@dataclass(frozen=True)
class PacketView:
    """What the reading works from: items, and each block (headings too) with its facts."""

    items: tuple[Item, ...]
    blocks: tuple[tuple[Passage, PassageFacts], ...]
    digests: tuple[BlockDigest, ...] = ()  # one per block, when the reader kept them with the blocks

    @computed_once
    def passages(self) -> tuple[tuple[Passage, PassageFacts], ...]:
        return tuple(pair for pair in self.blocks if pair[0].block.kind != "heading")

    def digested(self, rubric: Rubric, level: str) -> tuple[tuple[Passage, BlockDigest], ...]:
        """Each block with its digest (worked out here when the reader did not keep them)."""
        digests = self.digests or tuple(block_digest(passage, rubric, level) for passage, _ in self.blocks)
        return tuple(zip((passage for passage, _ in self.blocks), digests))


Digested = tuple[tuple[Passage, BlockDigest], ...]


def _picked(blocks: Digested, field: str) -> list[Item]:
    """The items a digest field names (a tuple of item indices), in draft order."""
    return [passage.items[k] for passage, digest in blocks for k in getattr(digest, field)]


METADATA_RE = re.compile(r"(?:^|[·|;])\W*[A-Z][\w ]{0,20}:\W")


def _lead(items: tuple[Item, ...], claims: list[Item], blocks: Digested) -> tuple[bool, str | None]:
    """Does the document open with its strongest customer outcome? A scope or framing paragraph
    before the first claim is what the room reads first, so the opening is not the outcome; a
    line of labels ("Role: ... · Period: ...") is not read as an opening."""
    if not claims:
        return False, None
    first = claims[0]
    s = first.signals
    assert s is not None and first.facts is not None
    best_outcome = max(d.best_outcome for _, d in blocks if d.best_outcome is not None)
    opening = next((i for i in items if i.kind != "claim" and len(METADATA_RE.findall(i.text)) < 2
                    and not _byline(i)), None)
    framed = opening is not None and opening.start < first.start and opening.kind in ("scope", "context")
    lead = bool(s.business_outcome and s.metric) and first.facts.outcome_impact >= best_outcome - 1.5 and not framed
    if lead:
        return True, None
    top = _greatest(blocks, "top")
    return False, top.id if top is not None and top.ready else None


def _byline(item: Item) -> bool:
    """"Written by ..., Director of Product": who wrote the document, not an opening the room reads."""
    return bool(item.sentences) and any(m.first < 2 for m in item.sentences[0].hits.get(BYLINES, ()))


BYLINES = KIND_GROUP + "bylines"


def _greatest(blocks: Digested, field: str) -> Item | None:
    """The first item with the greatest value among the blocks' own greatest (``top``, ``top_ready``)."""
    best: tuple[Passage, int, float] | None = None
    for passage, digest in blocks:
        found = getattr(digest, field)
        if found is not None and (best is None or found[1] > best[2]):
            best = (passage, found[0], found[1])
    return best[0].items[best[1]] if best else None


MAX_PAST_MENTIONS = 100  # a draft names its past a few times; a profile's pattern could match anywhere


def _engineering_past(view: PacketView) -> tuple[EngineeringPast, ...]:
    found = (EngineeringPast(passage.at(span), followed)
             for passage, facts in view.passages for span, followed in facts.engineering_past)
    return tuple(islice(found, MAX_PAST_MENTIONS))


def _first_passages(passages, sentences: int):
    """The passages that hold the draft's first ``sentences`` sentences (not the whole draft)."""
    for passage in passages:
        if sentences <= 0:
            return
        yield passage
        sentences -= len(passage[0].sentences)


def _opening_claim(view: PacketView) -> bool:
    """An opening that argues: a level claim, or a headline customer outcome first."""
    opening = [passage.view[sentence.span.start:sentence.span.end]
               for passage, _ in _first_passages(view.passages, 3) for sentence in passage.sentences[:3]][:3]
    if LEVEL_CLAIM_RE.search(" ".join(opening)):
        return True
    first_items = [i for passage, _ in view.passages[:2] for i in passage.items]
    first = first_items[0] if first_items else None
    return bool(first and first.signals and first.signals.business_outcome and first.signals.metric)


def _structure(view: PacketView, blocks: Digested) -> tuple[str, tuple[str, ...]]:
    timed_headings = sum(1 for _, d in blocks if d.timed_heading)
    sentences = sum(len(p.sentences) for p, _ in view.passages)
    timed = sum(f.timed_sentences for _, f in view.passages)
    marker = any(f.chronology_marker for _, f in view.passages)
    claim = _opening_claim(view)
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


def _retell(view: PacketView, claims: list[Item], blocks: Digested, level: str) -> tuple[str | None, str | None]:
    """The retell sentence in the draft, or else a scaffold for one."""
    for passage, facts in view.passages:
        if facts.level_sentences:
            span = facts.level_sentences[0]
            return " ".join(passage.words_at(span).split()), None
    best = _greatest(blocks, "top_ready")
    if best is not None:
        first = best.sentences[0].span
        claim = " ".join(best.words_at(first).split())
        return None, f"[Name] already operates at {level}: {claim}"
    if claims:
        return None, (f"[Name] already operates at {level}: for [customer], [name] "
                      f"[decision], which moved [business measure] from [X] to [Y].")
    return None, None


def _specialty(view: PacketView) -> tuple[str | None, tuple[str, ...]]:
    """The specialty the jargon gives away; jargon inside an item with a customer outcome counts
    half, since technical words that serve a product outcome are allowed (SPEC 2.4, 2.12)."""
    weight: Counter[str] = Counter()
    distinct: dict[str, set[str]] = {}
    for _, facts in view.passages:
        for name, term, value in facts.specialty:
            weight[name] += value
            distinct.setdefault(name, set()).add(term)
    if weight:
        # the first of the heaviest, as most_common(1) gives it, without the heapq import it makes
        name, score = max(weight.items(), key=itemgetter(1))
        if score >= 2 and len(distinct[name]) >= 2:
            return name, tuple(sorted(distinct[name]))
    return None, ()


def skim_read(blocks, rubric: Rubric) -> tuple[int, list[tuple[Passage, list[Span]]]]:
    """The words a 90-second reader spends and, for each block they reach, the block-relative spans
    they take in: the opening paragraph whole (it is where the room starts), then headings, first
    sentences and bold text, in draft order. ``blocks`` are (passage, facts) pairs, headings
    included; the web page dims everything else."""
    settings = rubric.profile.table("document")
    budget, per_item = int(settings.get("skim_words", 400)), int(settings.get("item_skim_words", 14))
    used = 0
    read: list[tuple[Passage, list[Span]]] = []
    opening = True
    for passage, facts in blocks:
        if used >= budget:
            break
        if opening and passage.block.kind != "heading" and passage.sentences:
            opening = False  # the opening paragraph is read whole: it is where the room starts
            used += passage.words
            read.append((passage, [s.span for s in passage.sentences] + list(facts.bold)))
            continue
        count = facts.first_sentence_words
        used += min(count, per_item) if passage.block.kind == "list_item" else count
        if passage.sentences:
            read.append((passage, [passage.sentences[0].span, *facts.bold]))
    return min(used, budget), read


def _skim(view: PacketView, blocks: Digested, rubric: Rubric):
    """Which of the strongest outcomes a 90-second reader takes in (numbers in first sentences and
    bold text catch the eye), and how many words the skim spends."""
    used, spans_read = skim_read(view.blocks, rubric)
    read = {id(passage): spans for passage, spans in spans_read}  # id(passage) -> block-relative spans read
    found = [(passage.items[k], impact, read.get(id(passage), ()))
             for passage, digest in blocks for k, impact in digest.outcomes]
    found.sort(key=lambda outcome: -outcome[1])  # the strongest first; draft order among equals
    strongest = tuple(item.id for item, _, _ in found[:3])
    seen, missed = [], []
    for item, _, spans in found:
        hit = any(span.start < item.span.end and item.span.start < span.end and
                  any(span.contains(m.span) for m in item.metrics) for span in spans)
        (seen if hit else missed).append(item.id)
    return used, tuple(seen), tuple(i for i in missed if i in strongest), strongest


def _level_cues(blocks: Digested) -> dict[str, dict[str, list[str]]]:
    """Which items show scope, ambiguity and influence at each level of the ladder."""
    evidence: dict[str, dict[str, list[str]]] = {}
    for passage, digest in blocks:
        for level, dimension, k in digest.cues:
            evidence.setdefault(level, {d: [] for d in DIMENSIONS})[dimension].append(passage.items[k].id)
    return evidence


def _cumulative(evidence: dict[str, dict[str, list[str]]], ladder: tuple[str, ...]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Evidence for a level counts for every level below it: a packet that argues L7 shows L5."""
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    above: dict[str, tuple[str, ...]] = {d: () for d in DIMENSIONS}  # the levels above, already merged
    for level in reversed(ladder):  # from the top, so each level adds its own ids to those above it
        own = evidence.get(level, {})
        above = {d: tuple(dict.fromkeys([*own.get(d, ()), *above[d]])) for d in DIMENSIONS}
        result[level] = above
    return {level: result[level] for level in ladder}


def _supported(evidence: dict[str, dict[str, tuple[str, ...]]], ladder: tuple[str, ...], claims: list[Item]) -> str | None:
    """The highest level with two of its dimensions shown, once one claim is ready (an owned,
    measured outcome is what owning a feature well looks like: the first level of the ladder)."""
    if not ladder or not any(i.ready for i in claims):
        return None  # no owned, measured outcome: no level yet
    supported = ladder[0]
    for level in ladder:
        if sum(1 for ids in evidence[level].values() if ids) >= 2:
            supported = level
    return supported


def _parts(blocks: Digested, scopes: list[Item]) -> dict[str, dict[str, bool]]:
    """The five parts of each outcome story; its scope part is shown by the item's own words, or
    by a scope statement in the same section ("I own checkout for 5M buyers" above the story)."""
    scoped = {i.section for i in scopes}
    parts = {}
    for passage, digest in blocks:
        for k, four, own in digest.stories:
            item = passage.items[k]
            story = dict(four)  # the first four parts, in PARTS order
            story["scope_signal"] = own or item.section in scoped
            parts[item.id] = story
    return parts


def read_packet(view: PacketView, rubric: Rubric, level: str) -> Reading:
    blocks = view.digested(rubric, level)
    claims = _picked(blocks, "claims")
    objections, scopes = _picked(blocks, "objections"), _picked(blocks, "scopes")
    lead, suggestion = _lead(view.items, claims, blocks)
    structure, reasons = _structure(view, blocks)
    retell, scaffold = _retell(view, claims, blocks, level)
    specialty, evidence = _specialty(view)
    words, seen, missed, strongest = _skim(view, blocks, rubric)
    level_evidence = _cumulative(_level_cues(blocks), rubric.levels)
    supported = _supported(level_evidence, rubric.levels, claims)
    share = sum(d.technical_leads for _, d in blocks) / len(claims) if claims else 0.0
    return Reading(
        lead_is_outcome=lead, lead_suggestion=suggestion,
        former_engineer_mentions=_engineering_past(view),
        initiated_items=_judged(blocks, "initiated"),
        stopped_items=_judged(blocks, "stopped"),
        structure=structure, structure_reasons=reasons,
        retell=retell, retell_scaffold=scaffold,
        specialty=specialty, specialty_evidence=evidence, technical_lead_share=share,
        principles_coverage=_coverage(blocks, rubric),
        skim_words_read=words, skim_outcomes_seen=seen, skim_outcomes_missed=missed, strongest=strongest,
        level_evidence=level_evidence, supported_level=supported, parts=_parts(blocks, scopes),
        jargon_share=_jargon_share(view),
        excuses=tuple(passage.at(span) for passage, facts in view.passages for span in facts.excuses),
        objections=tuple(i.id for i in objections),
        objections_section=bool(objections) or _objections_heading(blocks),
        scope_items=tuple(i.id for i in scopes),
    )


def _judged(blocks: Digested, which: str) -> tuple[str, ...]:
    """The items that started (or stopped) something: by their verbs, and, in a section the writer
    headed "What I started" ("What I stopped") where no verb says it, the section's first deed and
    every bullet there that names a thing without a verb ("- The kiosk pilot, after six weeks")."""
    found = [(b, k) for b, (_, digest) in enumerate(blocks) for kind, k in digest.judged if kind == which]
    by_verb = len(found)
    sections = {blocks[b][0].items[k].section for b, k in found}
    for b, (passage, digest) in enumerate(blocks):
        for kind, k in digest.headed:
            if kind == which and (b, k) not in found and \
                    (passage.items[k].section not in sections or _names_a_thing(passage.items[k])):
                found.append((b, k))
                sections.add(passage.items[k].section)
    if len(found) != by_verb:
        found.sort()  # a heading added one: back to draft order (block, then item)
    return tuple(blocks[b][0].items[k].id for b, k in found)


def _names_a_thing(item: Item) -> bool:
    """A bullet that names a thing without a verb ("- The kiosk pilot, after six weeks"), not a
    labelled note ("- Scope: Returns, Finance")."""
    return item.format == "bullet" and item.action.verb is None and \
        not any(token.text == ":" for token in item.tokens[:LABEL_TOKENS])


LABEL_TOKENS = 4


def _coverage(blocks: Digested, rubric: Rubric) -> dict[str, tuple[str, ...]]:
    """Each principle of the profile with the items that evidence it, in one pass over the blocks."""
    found: dict[str, list[str]] = {name: [] for name in rubric.profile.table("principles")}
    for passage, digest in blocks:
        for name, k in digest.principles:
            found[name].append(passage.items[k].id)
    return {name: tuple(ids) for name, ids in found.items()}


def _objections_heading(blocks: Digested) -> bool:
    """The draft answers the room's objections in a section headed as such ("Objections I expect")
    with text under it (an item that raises one, "Some will say ...", answers them too)."""
    return any(digest.objection_heading and blocks[index + 1][0].block.kind != "heading"
               for index, (_, digest) in enumerate(blocks[:-1]))


def _jargon_share(view: PacketView) -> float:
    words = sum(passage.words for passage, _ in view.passages)
    return sum(facts.jargon for _, facts in view.passages) / words if words else 0.0
