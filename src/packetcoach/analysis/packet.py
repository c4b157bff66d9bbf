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
from dataclasses import dataclass

from packetcoach.analysis.facts import LEVEL_CLAIM_RE, PassageFacts
from packetcoach.analysis.kinds import heading_match
from packetcoach.core.model import Item, Passage, Span, computed_once
from packetcoach.core.reading import EngineeringPast, Reading
from packetcoach.profile.compile import Rubric

PARTS = ("business_problem", "decision", "mechanism", "result", "scope_signal")
DIMENSIONS = ("scope", "ambiguity", "influence")
NO_PARTS = tuple((name, False) for name in PARTS[:-1])  # an item's facts name the first four parts, in order


@dataclass(frozen=True)
class PacketView:
    """What the reading works from: items, and each block (headings too) with its facts."""

    items: tuple[Item, ...]
    blocks: tuple[tuple[Passage, PassageFacts], ...]

    @computed_once
    def passages(self) -> tuple[tuple[Passage, PassageFacts], ...]:
        return tuple(pair for pair in self.blocks if pair[0].block.kind != "heading")


DEED_KINDS = frozenset(("claim", "lesson"))  # a stop told as a lesson is still judgment shown


def _claims(items: tuple[Item, ...]) -> list[Item]:
    return [i for i in items if i.kind == "claim" and i.signals is not None]


METADATA_RE = re.compile(r"(?:^|[·|;])\W*[A-Z][\w ]{0,20}:\W")


def _lead(items: tuple[Item, ...], claims: list[Item]) -> tuple[bool, str | None]:
    """Does the document open with its strongest customer outcome? A scope or framing paragraph
    before the first claim is what the room reads first, so the opening is not the outcome; a
    line of labels ("Role: ... · Period: ...") is not read as an opening."""
    if not claims:
        return False, None
    first = claims[0]
    s = first.signals
    assert s is not None and first.facts is not None
    best_outcome = max(i.facts.outcome_impact for i in claims if i.facts)
    opening = next((i for i in items if i.kind != "claim" and len(METADATA_RE.findall(i.text)) < 2), None)
    framed = opening is not None and opening.start < first.start and opening.kind in ("scope", "context")
    lead = bool(s.business_outcome and s.metric) and first.facts.outcome_impact >= best_outcome - 1.5 and not framed
    if lead:
        return True, None
    top = max(claims, key=lambda i: i.facts.impact if i.facts else 0.0)
    return False, top.id if top.ready else None


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


def _structure(view: PacketView, rubric: Rubric) -> tuple[str, tuple[str, ...]]:
    from packetcoach.analysis.facts import TIME_ANY_RE  # noqa: PLC0415 - one definition of a time word

    timed_headings = sum(1 for p, _ in view.blocks if p.block.kind == "heading" and heading_match(TIME_ANY_RE, p.view)[0])
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


def _retell(view: PacketView, claims: list[Item], level: str) -> tuple[str | None, str | None]:
    """The retell sentence in the draft, or else a scaffold for one."""
    for passage, facts in view.passages:
        if facts.level_sentences:
            span = facts.level_sentences[0]
            return " ".join(passage.view[span.start:span.end].split()), None
    ready = [i for i in claims if i.ready]
    if ready:
        best = max(ready, key=lambda i: i.facts.impact if i.facts else 0.0)
        first = best.sentences[0].span
        claim = " ".join(best.view[first.start:first.end].split())
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
        name, score = weight.most_common(1)[0]
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


def _skim(view: PacketView, claims: list[Item], rubric: Rubric):
    """Which of the strongest outcomes a 90-second reader takes in (numbers in first sentences and
    bold text catch the eye), and how many words the skim spends."""
    used, spans_read = skim_read(view.blocks, rubric)
    read = {id(passage): spans for passage, spans in spans_read}  # id(passage) -> block-relative spans read
    outcomes = sorted((i for i in claims if i.signals and i.signals.business_outcome and i.metrics),
                      key=lambda i: -(i.facts.impact if i.facts else 0.0))
    strongest = tuple(i.id for i in outcomes[:3])
    owner = {i.id: id(p) for p, _ in view.passages for i in p.items}
    seen, missed = [], []
    for item in outcomes:
        spans = read.get(owner.get(item.id, -1), [])
        hit = any(span.start < item.span.end and item.span.start < span.end and
                  any(span.contains(m.span) for m in item.metrics) for span in spans)
        (seen if hit else missed).append(item.id)
    return used, tuple(seen), tuple(i for i in missed if i in strongest), strongest


def _level_cues(items: tuple[Item, ...]) -> dict[str, dict[str, list[str]]]:
    """Which items show scope, ambiguity and influence at each level of the ladder."""
    evidence: dict[str, dict[str, list[str]]] = {}
    for item in items:
        for level, dimensions in (item.facts.ladder if item.facts else ()):
            for dimension in DIMENSIONS:
                if dimension in dimensions:
                    evidence.setdefault(level, {d: [] for d in DIMENSIONS})[dimension].append(item.id)
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


def _parts(items: tuple[Item, ...], claims: list[Item], rubric: Rubric, level: str) -> dict[str, dict[str, bool]]:
    """The five parts of each outcome story; its scope part is shown by the item's own words, or
    by a scope statement in the same section ("I own checkout for 5M buyers" above the story)."""
    ladder = rubric.profile.table("ladder").get(level, {})
    cues = {c.lower() for d in DIMENSIONS for c in ladder.get(d, []) if " " not in c}
    scoped = {i.section for i in items if i.kind == "scope"}
    parts = {}
    for item in claims:
        if item.signals and (item.signals.business_outcome or item.signals.metric) and item.facts:
            story = dict(item.facts.parts or NO_PARTS)  # the first four parts, in PARTS order
            story["scope_signal"] = not cues.isdisjoint(item.words) or item.section in scoped or any(
                "scope" in dimensions for _, dimensions in item.facts.ladder)
            parts[item.id] = story
    return parts


def read_packet(view: PacketView, rubric: Rubric, level: str) -> Reading:
    claims = _claims(view.items)
    deeds = [i for i in view.items if i.kind in DEED_KINDS and i.signals is not None]
    lead, suggestion = _lead(view.items, claims)
    structure, reasons = _structure(view, rubric)
    retell, scaffold = _retell(view, claims, level)
    specialty, evidence = _specialty(view)
    words, seen, missed, strongest = _skim(view, claims, rubric)
    level_evidence = _cumulative(_level_cues(view.items), rubric.levels)
    supported = _supported(level_evidence, rubric.levels, claims)
    share = sum(1 for i in claims if i.signals and i.signals.technical_lead) / len(claims) if claims else 0.0
    return Reading(
        lead_is_outcome=lead, lead_suggestion=suggestion,
        former_engineer_mentions=_engineering_past(view),
        initiated_items=_judged(deeds, "initiated"),
        stopped_items=_judged(deeds, "stopped"),
        structure=structure, structure_reasons=reasons,
        retell=retell, retell_scaffold=scaffold,
        specialty=specialty, specialty_evidence=evidence, technical_lead_share=share,
        principles_coverage=_coverage(view.items, rubric),
        skim_words_read=words, skim_outcomes_seen=seen, skim_outcomes_missed=missed, strongest=strongest,
        level_evidence=level_evidence, supported_level=supported, parts=_parts(view.items, claims, rubric, level),
        jargon_share=_jargon_share(view),
        excuses=tuple(passage.at(span) for passage, facts in view.passages for span in facts.excuses),
        objections=tuple(i.id for i in view.items if i.kind == "objection"),
        objections_section=_objections_section(view, rubric),
        scope_items=tuple(i.id for i in view.items if i.kind == "scope"),
    )


def _judged(deeds: list[Item], which: str) -> tuple[str, ...]:
    """The items that started (or stopped) something: by their verbs, and, in a section the writer
    headed "What I started" ("What I stopped") where no verb says it, the section's first deed and
    every bullet there that names a thing without a verb ("- The kiosk pilot, after six weeks")."""
    found = [i for i in deeds if i.facts and getattr(i.facts, which)]
    by_verb = len(found)
    sections = {i.section for i in found}
    for item in deeds:
        if item.facts and item.facts.judgment_heading == which and (
                item.section not in sections or _names_a_thing(item)):
            found.append(item)
            sections.add(item.section)
    if len(found) == by_verb:
        return tuple(i.id for i in found)  # no heading added one: already in draft order
    chosen = {id(i) for i in found}  # by identity: comparing items field by field costs more than the reading
    return tuple(i.id for i in deeds if id(i) in chosen)


def _names_a_thing(item: Item) -> bool:
    """A bullet that names a thing without a verb ("- The kiosk pilot, after six weeks"), not a
    labelled note ("- Scope: Returns, Finance")."""
    return item.format == "bullet" and item.action.verb is None and \
        not any(token.text == ":" for token in item.tokens[:LABEL_TOKENS])


LABEL_TOKENS = 4


def _coverage(items: tuple[Item, ...], rubric: Rubric) -> dict[str, tuple[str, ...]]:
    """Each principle of the profile with the items that evidence it, in one pass over the items."""
    found: dict[str, list[str]] = {name: [] for name in rubric.profile.table("principles")}
    for item in items:
        for name in item.principles:
            if name in found:
                found[name].append(item.id)
    return {name: tuple(ids) for name, ids in found.items()}


def _objections_section(view: PacketView, rubric: Rubric) -> bool:
    """The draft answers the room's objections: an item raises one ("Some will say ..."), or a
    section is headed as such ("Objections I expect") and has text under it."""
    if any(i.kind == "objection" for i in view.items):
        return True
    headings = rubric.kind_headings
    if headings is None:
        return False
    blocks = [passage for passage, _ in view.blocks]
    for index, passage in enumerate(blocks[:-1]):
        group = heading_match(headings, passage.view)[1] if passage.block.kind == "heading" else None
        if group == "objection" and blocks[index + 1].block.kind != "heading":
            return True
    return False


def _jargon_share(view: PacketView) -> float:
    words = sum(passage.words for passage, _ in view.passages)
    return sum(facts.jargon for _, facts in view.passages) / words if words else 0.0
