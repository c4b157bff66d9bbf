"""Document-level rules (SPEC 2.8-2.18): findings about the packet as a whole.

Each check reads the :class:`~packetcoach.analysis.packet.Reading` the analysis already
made; none re-reads the text. A finding about the whole document points at the
document's first line, so editors and the terminal can still place it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator

from packetcoach.analysis.packet import Reading
from packetcoach.core.model import Document, Finding, Item, Span
from packetcoach.profile.compile import Rubric
from packetcoach.rules.item import Rule, all_rules


class DocContext:
    def __init__(self, document: Document, view: str, reading: Reading, rubric: Rubric, level: str,
                 doc_type: str):
        self.document, self.view, self.reading, self.rubric = document, view, reading, rubric
        self.level, self.doc_type = level, doc_type
        self.settings = rubric.profile.table("document")
        self._items = {item.id: item for item in document.items}  # by id: rules look items up per item

    @property
    def top(self) -> Span:
        """The document's first line: where whole-document findings point."""
        first = self.document.blocks[0].span if self.document.blocks else Span(0, 0)
        return first

    def item(self, item_id: str) -> Item | None:
        return self._items.get(item_id)


def _make(rule: Rule, span: Span, suggestion: str | None = None, item: str | None = None, **fields) -> Finding:
    return Finding(rule.id, rule.name, rule.severity, rule.message.format(**fields), span,  # type: ignore[arg-type]
                   suggestion, item, rule.rationale)


def _words(item: Item) -> int:
    return sum(1 for t in item.tokens if t.text[:1].isalnum())


def check_length(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    target = ctx.rubric.profile.table("doc_types").get(ctx.doc_type, {})
    low, high = target.get("words_min", 0), target.get("words_max", 0)
    words = ctx.document.words
    if high and not low <= words <= high:
        hint = "Cut to the outcomes the room must retell." if words > high else \
            "Add the receipts: the customer, the decision, the number, for each major outcome."
        yield _make(rule, ctx.top, hint, words=words, doc_type=ctx.doc_type, low=low, high=high)


def check_lead(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    if ctx.reading.lead_is_outcome or not ctx.document.items:
        return
    best = ctx.item(ctx.reading.lead_suggestion) if ctx.reading.lead_suggestion else None
    hint = (f"Open with {best.id}: '{' '.join(best.span.text(ctx.document.text).split())[:140]}'" if best
            else "Open with your highest-impact customer outcome: whose life improved, by how much, because of you.")
    yield _make(rule, ctx.top, hint)


def check_past_repeated(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    mentions = ctx.reading.former_engineer_mentions
    limit = int(ctx.settings.get("max_engineering_past", 1))
    if len(mentions) > limit:
        for span, _ in mentions[limit:]:
            yield _make(rule, span, "Cut this mention; keep the one directly before your strongest outcome.",
                        count=len(mentions))


def check_past_outcome(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    for span, followed in ctx.reading.former_engineer_mentions:
        if not followed:
            yield _make(rule, span, "Follow it with the customer outcome it made possible, in the same sentence.")


def check_nothing_stopped(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    if not ctx.reading.stopped_items and ctx.document.items:
        yield _make(rule, ctx.top, "Add the project you killed, descoped or chose not to build, and what it freed.")


def check_nothing_initiated(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    if not ctx.reading.initiated_items and ctx.document.items:
        yield _make(rule, ctx.top, "Add the project you proposed or started yourself, and what came of it.")


def check_stop_weight(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    initiated, stopped_ids = set(ctx.reading.initiated_items), set(ctx.reading.stopped_items)
    stopped = [ctx.item(i) for i in ctx.reading.stopped_items if i not in initiated]
    started = [ctx.item(i) for i in ctx.reading.initiated_items if i not in stopped_ids]
    if not stopped or not started:
        return
    longest_stop = max(_words(i) for i in stopped if i)
    longest_start = max(_words(i) for i in started if i)
    ratio = int(ctx.settings.get("stop_weight_percent", 40)) / 100
    if longest_stop < ratio * longest_start:
        item = max((i for i in stopped if i), key=_words)
        yield _make(rule, item.span, "Tell the stop story in full: the evidence, the decision, who disagreed, "
                    "what it freed.", item=item.id)


def check_specialty(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    guess = ctx.reading.specialty
    if not guess:
        return
    evidence = ctx.reading.specialty_evidence
    yield _make(rule, ctx.top, "Keep a technical word only where it serves a customer outcome in the same item.",
                specialty=guess, evidence=", ".join(evidence[:6]))


def check_principles(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    coverage = ctx.reading.principles_coverage
    titles = ctx.rubric.profile.table("principles")
    for principle in ctx.settings.get("expected_principles", []):
        if principle in coverage and not coverage[principle]:
            title = titles.get(principle, {}).get("title", principle)
            yield _make(rule, ctx.top, f"Add an item that shows {title}, with its customer and its result.",
                        principle=title)


def check_pm_skills(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    cues = ctx.settings.get("pm_skills", [])
    found = any(ctx.rubric.pm_skills.longest([t.lower for t in s.tokens]) for s in ctx.document.sentences)
    if cues and not found and ctx.document.items:
        yield _make(rule, ctx.top, "Add one item that shows a business skill: the model you built, the price "
                    "you set, the deal you negotiated, the research that changed a decision.")


def check_chronology(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    if ctx.reading.structure == "chronology":
        yield _make(rule, ctx.top, "Open with a claim about the level you operate at, then order by impact.",
                    reasons="; ".join(ctx.reading.structure_reasons) or "ordered by time")


def check_retell(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    if ctx.reading.retell is None and ctx.document.items:
        yield _make(rule, ctx.top, ctx.reading.retell_scaffold)


def check_skim(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    for item_id in ctx.reading.skim_outcomes_missed:
        item = ctx.item(item_id)
        if item is not None:
            yield _make(rule, item.span, "Move it up, or make its number the first thing in its paragraph or bullet.",
                        item=item.id)


def check_level(rule: Rule, ctx: DocContext) -> Iterator[Finding]:
    evidence = ctx.reading.level_evidence.get(ctx.level)
    if not evidence:
        return
    missing = [name for name, hits in evidence.items() if not hits]
    if len(missing) >= 2:
        bar = ctx.rubric.profile.table("ladder").get(ctx.level, {}).get("title", "")
        yield _make(rule, ctx.top, f"Show {', '.join(missing)} at {ctx.level}: teams beyond yours, decisions "
                    "under ambiguity, senior leaders you moved.", missing=" or ".join(missing),
                    level=ctx.level, bar=bar)


CHECKS: dict[str, Callable[[Rule, DocContext], Iterator[Finding]]] = {
    "length": check_length, "lead": check_lead, "engineering-past-repeated": check_past_repeated,
    "engineering-past-outcome": check_past_outcome, "nothing-stopped": check_nothing_stopped,
    "nothing-initiated": check_nothing_initiated, "stop-weight": check_stop_weight,
    "specialty": check_specialty, "principles": check_principles, "pm-skills": check_pm_skills,
    "chronology": check_chronology, "retell": check_retell, "skim": check_skim, "level": check_level,
}


def document_findings(document: Document, view: str, reading: Reading, rubric: Rubric,
                      level: str, doc_type: str, settings: dict) -> list[Finding]:
    """Every enabled document rule's findings, re-graded like the item rules."""
    ctx = DocContext(document, view, reading, rubric, level, doc_type)
    findings: list[Finding] = []
    for rule in all_rules():
        check = CHECKS.get(rule.kind) if rule.document else None
        if check is None:
            continue
        setting = settings.get(rule.id, {}) | settings.get(rule.name, {})
        if setting.get("enabled") is False:
            continue
        severity = str(setting.get("severity", rule.severity))
        findings.extend(replace(f, severity=severity) for f in check(rule, ctx))
    return findings
