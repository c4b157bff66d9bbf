"""Reading the packet as the calibration room does (SPEC 2.8-2.18).

Item-level signals say which sentences are weak; this module judges the whole
document: its lead, its structure, the engineering past, judgment in both
directions, the specialty that leaks through, principle coverage, the retell
sentence, the level the evidence supports, and what a 90-second skim takes in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from packetcoach.analysis.annotate import specialty_terms
from packetcoach.analysis.spans import Cover, Holder, inside
from packetcoach.profile.lexicon import fold_text, verb_forms
from packetcoach.core.model import Document, Item, Span
from packetcoach.profile.compile import Rubric

TIME_LEAD_RE = re.compile(
    r"^\s*(?:in\s+|during\s+|by\s+|early\s+|late\s+|mid-?)?(?:q[1-4]\b|h[12]\b|(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
    r"sep|sept|oct|nov|dec)\b|(?:19|20)\d\d\b|(?:first|second|third|fourth|last)\s+(?:quarter|half|"
    r"month)|(?:the\s+)?(?:first|next|following)\s+(?:few\s+)?(?:weeks|months)|then\b|next\b|"
    r"after\s+that|afterwards|later\b|finally\b|month\s+\d|week\s+\d|(?:at\s+)?the\s+(?:start|"
    r"beginning|end)\s+of\s+the\s+year|when\s+i\s+(?:joined|started|arrived|took\s+over|moved))",
    re.IGNORECASE)
TIME_ANY_RE = re.compile(
    r"\b(?:q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:first|second|third|fourth|last)\s+(?:quarter|half)|(?:19|20)\d\d)\b",
    re.IGNORECASE)
LEVEL_CLAIM_RE = re.compile(
    r"\b(?:operat\w*|perform\w*|work\w*|ready|case|promot\w*|already)\b[^.]{0,60}\b(?:L[4-8]|"
    r"senior|principal|next level)\b|\b(?:L[4-8])\b[^.]{0,40}\b(?:bar|level|scope|ready)\b",
    re.IGNORECASE)
LEVEL_RE = re.compile(r"\bL[4-8]\b")
MAX_PAST_MENTIONS = 100
BOLD_RE = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")


@dataclass
class Reading:
    """The document-level fields of the report, with the reasons behind them."""

    lead_is_outcome: bool = False
    lead_suggestion: str | None = None
    former_engineer_mentions: list[tuple[Span, bool]] = field(default_factory=list)
    initiated_items: list[str] = field(default_factory=list)
    stopped_items: list[str] = field(default_factory=list)
    structure: str = "mixed"
    structure_reasons: list[str] = field(default_factory=list)
    retell: str | None = None
    retell_scaffold: str | None = None
    specialty: str | None = None
    specialty_evidence: list[str] = field(default_factory=list)
    technical_lead_share: float = 0.0
    principles_coverage: dict[str, list[str]] = field(default_factory=dict)
    skim_words_read: int = 0
    skim_outcomes_seen: list[str] = field(default_factory=list)
    skim_outcomes_missed: list[str] = field(default_factory=list)
    strongest: list[str] = field(default_factory=list)
    level_evidence: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    supported_level: str | None = None
    parts: dict[str, dict[str, bool]] = field(default_factory=dict)
    pm_skills: list[str] = field(default_factory=list)


def impact(item: Item) -> float:
    """How strong an item is as evidence: readiness first, then the size of its proof."""
    s = item.signals
    if s is None:
        return 0.0
    score = 4.0 * s.ready + 2.0 * s.business_outcome + s.customer + s.metric + s.own_action
    score += 0.5 * any(m.detail == "range" for m in item.metrics)
    score += 0.5 * any(m.kind == "currency" for m in item.metrics)
    score -= 1.5 * s.activity_only + 1.0 * s.technical_metric_only + 0.5 * s.technical_lead
    return score


def outcome_impact(item: Item) -> float:
    """How strong an item is as a customer outcome, whoever acted (the lead test)."""
    s = item.signals
    if s is None or not s.business_outcome:
        return 0.0
    return 2.0 + s.customer + s.metric + 0.5 * any(m.detail == "range" for m in item.metrics) + \
        0.5 * any(m.kind == "currency" for m in item.metrics)


NOT_INITIATIVE_FOLLOWERS = frozenset("on as at in with working my".split())
PERSUADE_VERBS = frozenset("convince persuade push get lead drive help recommend".split())


def _writer_uses(item: Item, forms: frozenset[str], rubric: Rubric) -> bool:
    """Did the writer (not someone else, not an adjective) do one of these verbs?

    The item's main verb when the writer acts, a verb right after "I" (or "I then"), or a verb
    coordinated with the main verb ("Proposed and launched"), but not "the proposed fee",
    "engineering had proposed" or "I started on the team".
    """
    tokens = item.tokens
    for index, token in enumerate(tokens):
        if token.lower not in forms:
            continue
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if following in NOT_INITIATIVE_FOLLOWERS or (following.endswith("ing") and token.lower.startswith("start")):
            continue  # "started on the team", "started delegating": not a project
        previous = [t.lower for t in tokens[max(0, index - 2):index]]
        is_main = item.action.span is not None and token.start == item.action.span.start and item.action.subject == "i"
        after_i = "i" in previous and tokens[index - 1].text != "the"
        coordinated = previous[-1:] == ["and"] and item.action.subject == "i" and index <= 4
        writer = item.action.subject == "i"
        persuaded = writer and previous[-1:] == ["to"] and item.action.verb in PERSUADE_VERBS
        clause = writer and token.lower.endswith("ing") and previous[-1:] in (["after"], ["by"])
        if is_main or after_i or coordinated or persuaded or clause:
            return True
    return False


def _verb_items(items: tuple[Item, ...], forms: frozenset[str], rubric: Rubric, phrases: str = "") -> list[str]:
    found = []
    for item in items:
        if item.signals is None:
            continue
        hit = _writer_uses(item, forms, rubric)
        if not hit and phrases and item.signals.own_action:
            hit = bool(rubric.phrases[phrases].longest([t.lower for t in item.tokens]))
        if hit:
            found.append(item.id)
    return found


def _engineering_past(document: Document, view: str, rubric: Rubric, items: tuple[Item, ...]):
    """Every mention of the engineering past, and whether a specific outcome follows it."""
    spans: list[Span] = []
    for sentence in document.sentences:
        words = [t.lower for t in sentence.tokens]
        for match in rubric.phrases["engineering_past"].longest(words):
            spans.append(Span(sentence.tokens[match.first].start, sentence.tokens[match.last].end))
        if rubric.engineering_past_re is not None:  # RE2 encodes what it is given: pass the sentence alone
            offset = sentence.span.start
            folded, where = fold_text(view[offset:sentence.span.end])  # "engin\u200beer" is read as "engineer"
            for found in rubric.engineering_past_re.finditer(folded):
                start, end = (found.start(), found.end()) if where is None else \
                    (where[found.start()], where[found.end() - 1] + 1)
                spans.append(Span(offset + start, offset + end))
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    del merged[MAX_PAST_MENTIONS:]  # a draft names its past a few times; a profile's pattern could match anywhere
    mentions: list[tuple[Span, bool]] = []
    sentences, owners = _sentence_holder(document), _item_holder(items)
    for span in merged:
        sentence = sentences.holding(span)
        owner = owners.holding(sentence.span) if sentence else None
        followed = bool(owner and owner.signals and owner.signals.business_outcome and sentence and
                        inside([m.span for m in owner.metrics], [m.span.start for m in owner.metrics],
                               sentence.span, after=span.end))
        mentions.append((span, followed))
    return mentions


def _sentence_holder(document: Document) -> Holder:
    return Holder(document.sentences, lambda sentence: sentence.span)


def _item_holder(items) -> Holder:
    return Holder(items, lambda item: item.span)


def _opening_claim(document: Document, view: str, items: tuple[Item, ...]) -> bool:
    """An opening that argues: a level claim, or a headline customer outcome first."""
    opening = " ".join(view[s.span.start:s.span.end] for s in document.sentences[:3])
    if LEVEL_CLAIM_RE.search(opening):
        return True
    first_blocks = [b for b in document.blocks if b.kind != "heading"][:2]
    first = next((i for i in items if any(b.span.contains(i.span) or i.span.contains(b.span) or
                                          b.span.start <= i.span.start < b.span.end for b in first_blocks)), None)
    return bool(first and first.signals and first.signals.business_outcome and first.signals.metric)


def _specialty(document: Document, items: tuple[Item, ...], rubric: Rubric, reading: Reading) -> None:
    """The specialty the jargon gives away; jargon inside an item with a customer outcome counts
    half, since technical words that serve a product outcome are allowed (SPEC 2.4, 2.12)."""
    outcomes = _item_holder([i for i in items if i.signals and i.signals.business_outcome])
    weight: Counter[str] = Counter()
    distinct: dict[str, set[str]] = {}
    for sentence in document.sentences:
        serving = outcomes.holding(sentence.span) is not None
        for name, term in specialty_terms(sentence.tokens, rubric):
            weight[name] += 0.5 if serving else 1.0
            distinct.setdefault(name, set()).add(term)
    if weight:
        name, score = weight.most_common(1)[0]
        if score >= 2 and len(distinct[name]) >= 2:
            reading.specialty = name
            reading.specialty_evidence = sorted(distinct[name])


def _structure(document: Document, view: str, items: tuple[Item, ...], rubric: Rubric, reading: Reading) -> None:
    headings = [b for b in document.blocks if b.kind == "heading"]
    timed_headings = sum(1 for b in headings if TIME_ANY_RE.search(view, b.span.start, b.span.end))
    starts = [s.span for s in document.sentences]
    timed = sum(1 for span in starts if TIME_LEAD_RE.match(view, span.start, span.end))
    marker = any(rubric.chronology_markers.longest([t.lower for t in s.tokens]) for s in document.sentences)
    claim = _opening_claim(document, view, items)
    share = timed / max(1, len(starts))
    reasons = []
    if claim:
        reasons.append("opens with a claim (level or headline outcome)")
    if timed_headings >= 2:
        reasons.append(f"{timed_headings} headings are time periods")
    if share >= 0.1:
        reasons.append(f"{timed} of {len(starts)} sentences start with a date or sequence word")
    if marker:
        reasons.append("says it is told in time order")
    chronological = timed_headings >= 2 or share >= 0.15 or marker
    if claim and not chronological:
        reading.structure = "argument"
    elif chronological and not claim:
        reading.structure = "chronology"
    else:
        reading.structure = "mixed"
        if not claim:
            reasons.append("no opening claim; not ordered by time either")
    reading.structure_reasons = reasons


def _retell(document: Document, view: str, items: tuple[Item, ...], level: str, reading: Reading) -> None:
    ready = [i for i in items if i.ready]
    owners = _item_holder(ready)
    spans_of: dict[str, tuple[list[Span], list[int], list[Span], list[int]]] = {}
    for sentence in document.sentences:
        sentence_text = view[sentence.span.start:sentence.span.end]
        if not LEVEL_RE.search(sentence_text):
            continue
        owner = owners.holding(sentence.span)
        if owner is None:
            continue
        if owner.id not in spans_of:  # once per item, however many of its sentences name a level
            metrics = [m.span for m in owner.metrics]
            hedges = [m.span for m in owner.mentions if m.kind == "hedge"]
            spans_of[owner.id] = (metrics, [m.start for m in metrics], hedges, [m.start for m in hedges])
        metrics, metric_starts, hedges, hedge_starts = spans_of[owner.id]
        states_proof = inside(metrics, metric_starts, sentence.span)
        hedged = inside(hedges, hedge_starts, sentence.span)
        if states_proof and not hedged:
            reading.retell = " ".join(sentence_text.split())
            return
    if ready:
        best = max(ready, key=impact)
        claim = " ".join(view[best.sentences[0].span.start:best.sentences[0].span.end].split())
        reading.retell_scaffold = f"[Name] already operates at {level}: {claim}"
    elif items:
        best = max(items, key=impact)
        reading.retell_scaffold = (f"[Name] already operates at {level}: for [customer], [name] "
                                   f"[decision], which moved [business measure] from [X] to [Y].")
        reading.strongest = [best.id]


def _skim(document: Document, view: str, items: tuple[Item, ...], rubric: Rubric, reading: Reading) -> None:
    """What a 90-second reader takes in: headings, first sentences (numbers in them catch the eye),
    bold text, the start of each bullet; stopping when the profile's word budget is spent."""
    budget = int(rubric.profile.table("document").get("skim_words", 400))
    per_item = int(rubric.profile.table("document").get("item_skim_words", 14))
    read: list[Span] = []
    used = 0
    sentences = _sentence_holder(document)
    for block in document.blocks:
        if used >= budget:
            break
        first = sentences.first_inside(block.span)
        span = block.span if block.kind == "heading" or first is None else first.span
        count = len(view[span.start:span.end].split())
        used += min(count, per_item) if block.kind == "list_item" else count
        read.append(span)
        read.extend(Span(m.start(), m.end()) for m in BOLD_RE.finditer(document.text, block.span.start, block.span.end))
    reading.skim_words_read = min(used, budget)
    outcomes = sorted((i for i in items if i.signals and i.signals.business_outcome and i.metrics),
                      key=impact, reverse=True)
    reading.strongest = [i.id for i in outcomes[:3]]
    cover = Cover(read)  # a read span that holds one of the item's numbers overlaps the item too
    for item in outcomes:
        seen = any(cover.contains(m.span) for m in item.metrics)
        (reading.skim_outcomes_seen if seen else reading.skim_outcomes_missed).append(item.id)
    reading.skim_outcomes_missed = [i for i in reading.skim_outcomes_missed if i in reading.strongest]


def _level(items: tuple[Item, ...], rubric: Rubric, level: str, reading: Reading) -> None:
    """Which items carry scope, ambiguity and influence cues for each level of the ladder."""
    supported = None
    words_of = {item.id: [t.lower for t in item.tokens] for item in items}
    for name in sorted(rubric.ladder):
        evidence: dict[str, list[str]] = {"scope": [], "ambiguity": [], "influence": []}
        for item in items:
            if not (item.signals and item.signals.own_action and item.signals.business_outcome):
                continue  # a goal or a role description is not evidence of scope
            for dimension in {m.label for m in rubric.ladder[name].iter_matches(words_of[item.id])}:
                evidence[dimension].append(item.id)
        reading.level_evidence[name] = evidence
        if sum(1 for hits in evidence.values() if hits) >= 2:
            supported = name
    reading.supported_level = supported


PARTS = ("business_problem", "decision", "mechanism", "result", "scope_signal")
PROBLEM_RE = re.compile(r"\b(?:because|problem|pain|complain\w*|struggl\w*|losing|lost|churn\w*|"
                        r"cost\w*|fail\w*|broken|slow|manual|waste\w*|risk|gap|backlog|delay\w*)\b", re.I)
MECHANISM_RE = re.compile(r"\b(?:by|through|via|using|with a|instead of|rather than|so that)\b", re.I)


def _parts(item: Item, view: str, rubric: Rubric, level_cues: set[str]) -> dict[str, bool]:
    text = view[item.span.start:item.span.end]
    s = item.signals
    assert s is not None
    words = {t.lower for t in item.tokens}
    return {
        "business_problem": bool(PROBLEM_RE.search(text)),
        "decision": s.own_action and item.action.verb_class == "pm",
        "mechanism": bool(MECHANISM_RE.search(text)),
        "result": s.business_outcome and s.metric,
        "scope_signal": bool(words & level_cues),
    }


def read_packet(document: Document, view: str, items: tuple[Item, ...], rubric: Rubric, level: str) -> Reading:
    reading = Reading()
    claims = [i for i in items if i.signals is not None]
    if claims:
        best = max(impact(i) for i in claims)
        first = claims[0]
        outcome = first.signals is not None and first.signals.business_outcome and first.signals.metric
        reading.lead_is_outcome = bool(outcome) and outcome_impact(first) >= max(outcome_impact(i) for i in claims) - 1.5
        if not reading.lead_is_outcome:
            top = max(claims, key=impact)
            reading.lead_suggestion = top.id if top.ready else None
    reading.former_engineer_mentions = _engineering_past(document, view, rubric, items)
    reading.initiated_items = _verb_items(items, rubric.initiated_forms, rubric)
    reading.stopped_items = _verb_items(items, rubric.stopped_forms, rubric, phrases="stopped")
    _structure(document, view, items, rubric, reading)
    _retell(document, view, items, level, reading)
    _specialty(document, items, rubric, reading)
    if claims:
        reading.technical_lead_share = sum(1 for i in claims if i.signals and i.signals.technical_lead) / len(claims)
    for principle in rubric.profile.table("principles"):
        reading.principles_coverage[principle] = [i.id for i in items if principle in i.principles]
    _skim(document, view, items, rubric, reading)
    _level(items, rubric, level, reading)
    ladder = rubric.profile.table("ladder").get(level, {})
    cues = {c.lower() for d in ("scope", "ambiguity", "influence") for c in ladder.get(d, []) if " " not in c}
    for item in claims:
        if item.signals and (item.signals.business_outcome or item.signals.metric):
            reading.parts[item.id] = _parts(item, view, rubric, cues)
    return reading


def reading_json(reading: Reading, lines) -> dict:
    """The ``document`` object of the JSON report."""
    mentions = []
    for span, followed in reading.former_engineer_mentions:
        line, column = lines.line_col(span.start)
        mentions.append({"start": span.start, "end": span.end, "line": line, "column": column,
                         "followed_by_outcome": followed})
    return {
        "lead_is_outcome": reading.lead_is_outcome,
        "lead_suggestion": reading.lead_suggestion,
        "former_engineer_mentions": len(reading.former_engineer_mentions),
        "former_engineer_spans": mentions,
        "initiated_items": reading.initiated_items,
        "stopped_items": reading.stopped_items,
        "structure": reading.structure,
        "structure_reasons": reading.structure_reasons,
        "retell": reading.retell,
        "retell_scaffold": reading.retell_scaffold,
        "specialty": {"guess": reading.specialty, "evidence": reading.specialty_evidence,
                      "technical_lead_share": round(reading.technical_lead_share, 3)},
        "principles_coverage": reading.principles_coverage,
        "skim": {"words_read": reading.skim_words_read, "outcomes_seen": reading.skim_outcomes_seen,
                 "strongest_missed": reading.skim_outcomes_missed},
        "strongest_items": reading.strongest,
        "level": {"supported": reading.supported_level, "evidence": reading.level_evidence},
        "outcome_parts": reading.parts,
    }
