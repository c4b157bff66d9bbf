"""Rehearsal (SPEC 3C): the questions the calibration room would ask of this draft.

Never a fixed list: each question comes from a weakness the analysis found (an item's signals, a
gap in the document's reading, or the verdict's own call), is tied to the item it probes, and the
list is ordered by how much each weakness would hurt this draft in the room: a question that
presses on what the verdict holds against the draft (results only in technical measures, decisions
told as "we", no measured outcome) comes before the generic ones. Quotes are whole phrases of the
draft. The wording, the weights and what moves a question up are data in rehearsal.toml.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator

from packetcoach.analysis.changes import quote as opening_words
from packetcoach.analysis.facts import impact
from packetcoach.analysis.gap import candidate_called
from packetcoach.analysis.kinds import judgment_heading
from packetcoach.analysis.stories import outcome_quote, quote
from packetcoach.coach.sentences import bound_metric, failure_told
from packetcoach.coach.scaffold import result_phrase
from packetcoach.coach.wording import rehearsal_data
from packetcoach.core.model import Item, LineIndex
from packetcoach.core.report import Report
from packetcoach.profile.compile import Rubric

SCHEMA_ID = "packetcoach.rehearse/1"
DOCUMENT_KINDS = frozenset({"conflict", "scope", "said-no", "level", "missing-evidence"})


@dataclass(frozen=True)
class Question:
    """One question, the weakness it probes (``kind``, ``why``) and the item it is aimed at."""

    kind: str
    text: str
    why: str
    weight: int  # how much the weakness hurts this draft: the order of the list
    focus: str  # what the drill grades first (coach/answers.toml)
    item: str | None
    line: int | None
    quote: str | None


@dataclass(frozen=True)
class _Ask:
    kind: str
    item: Item | None
    fields: dict[str, str]


class _Draft:
    """What the question finders need: the report, its claims, its strongest item."""

    def __init__(self, report: Report):
        self.report, self.rubric = report, report.rubric
        self.items = [i for i in report.items if i.signals is not None and i.kind == "claim"]
        ids = report.reading.strongest
        self.strongest = report.item(ids[0]) if ids else max(self.items, key=impact, default=None)

    def result(self, item: Item) -> str:
        return _bare(result_phrase(item, self.rubric) or opening_words(item))

    def mention(self, item: Item, kind: str) -> str | None:
        return next((" ".join(m.text.split()) for m in item.mentions if m.kind == kind), None)

    def activity(self, item: Item) -> str:
        """The effort as written: the item's opening words, cut only between clauses or words."""
        return _bare(opening_words(item, 80))

    def technical_result(self, item: Item, phrase: str) -> bool:
        """The quoted result is a change in a technical measure ("p99 latency from 480ms to 190ms"):
        only then is "which customer noticed?" fair, never for a count ("a 20-page report")."""
        lower = f" {phrase.lower()} "
        change = ("%" in lower or " by " in lower or (" from " in lower and " to " in lower))
        return change and any(m.kind == "technical" and " ".join(m.text.split()).lower() in lower
                              for m in item.mentions)


QUOTE_MARKS = "\"“”'‘’"


def _bare(text: str) -> str:
    """A quote without its own quotation marks, so a question never shows them doubled."""
    return text.strip().strip(QUOTE_MARKS).rstrip("?").strip(QUOTE_MARKS).strip()


def _old_role_shows(report: Report) -> bool:
    """The draft shows an engineering past: a mention of it, or jargon that names a specialty. Where
    neither shows (a former teacher's "I rewrote the consent form"), a verb like "rewrote" is the
    everyday word, and the room has no old role to ask about (the top changes judge it the same way)."""
    return bool(report.reading.specialty or report.reading.former_engineer_mentions)


def _item_asks(draft: _Draft) -> Iterator[_Ask]:
    """Per-item weaknesses: technical-only results, effort, "we", no customer, old-role verbs, hedges."""
    old_role = _old_role_shows(draft.report)
    own_told = _own_part_told(draft.items)
    for item in draft.items:
        s = item.signals
        failed = s.metric and _failure_told(draft.report, item)
        if s.technical_metric_only:
            phrase = draft.result(item)
            if draft.technical_result(item, phrase):
                yield _Ask("customer-noticed", item, {"metric": phrase})
        if s.activity_only:
            yield _Ask("activity-decision", item, {"activity": draft.activity(item)})
        if s.metric and s.business_outcome and (not s.own_action or item.action.subject == "we") and not failed:
            told = {"text": "text_told", "why": "why_told"} if item.base in own_told else {}
            yield _Ask("own-part", item, {"metric": draft.result(item), **told})
        if s.business_outcome and not s.customer and not failed:
            yield _Ask("no-customer", item, {"quote": _bare(_result_quote(item, draft.rubric))})  # its result, not its opening
        if s.technical_lead and item.action.span is not None and old_role:
            yield _Ask("engineering-verb", item, {"verb": item.action.span.text(item.source)})
        if s.hedge and (s.business_outcome or (s.metric and s.customer)):
            yield _Ask("hedge", item, {"hedge": draft.mention(item, "hedge") or "maybe"})
    ready = sorted((i for i in draft.items if i.ready and any((m.kind in ("range", "currency") or m.detail == "range")
                                                             and not bound_metric(i, m, draft.rubric)  # "disputes under $20": no result
                                                             for m in i.metrics)), key=impact, reverse=True)
    for item in ready:
        yield _Ask("attribution", item, {"metric": draft.result(item)})


def _failure_told(report: Report, item: Item) -> bool:
    """Every sentence of the item with a figure tells it as a failure or an open problem (the
    sentences for the room's :func:`failure_told`: "One decision did not work. I moved the sign-up
    ... and sign-ups fell 17%", a figure under "## What I have not solved"): the harm is no result
    to ask whose decision moved it or whose life it made better."""
    told = [sentence for sentence in item.sentences
            if any(sentence.span.start <= m.span.start < sentence.span.end for m in item.metrics)]
    return bool(told) and all(failure_told(report, item, sentence) for sentence in told)


def _result_quote(item: Item, rubric: Rubric) -> str:
    """The item quoted where its result is told; with no number to point at, its claim past a bold
    topic title of its own ("**Disputes.** Worked closely with the disputes team ..."): "Whose
    life is better because of "Disputes"?" would ask about a heading, not a result."""
    return outcome_quote(item, rubric) if item.metrics else quote(item)


def _own_part_told(items: tuple[Item, ...]) -> frozenset[int]:
    """The paragraphs that tell the writer's own part beside the team's result: a claim of the
    writer's own, with "I" as its subject, in the same block as a result told as "we" or "the team"
    ("The team launched instant refunds ... Return-related contacts fell 31%. My part was writing the
    business case that got the fraud risk accepted."). "Say what you decided yourself" would ask there
    for what the paragraph already says: the question asks instead how much of the result that part
    moved."""
    return frozenset(i.base for i in items
                     if i.kind == "claim" and i.signals.own_action and i.action.subject == "i")


def _level_is_low(draft: _Draft, floor: int) -> bool:
    """Low when the score says so, or when no ready item carries the level's scope or influence."""
    evidence = draft.report.reading.level_evidence.get(draft.report.level, {})
    carried = {i for name in ("scope", "influence") for i in evidence.get(name, [])}
    ready = {i.id for i in draft.items if i.ready}
    return draft.report.score.level_signal < floor or not carried & ready


def _level_shown(draft: _Draft) -> dict[str, str]:
    """What the reading found of the level's scope and influence, for the scope question's reason:
    nothing (the plain reason), only in stories not ready (``why_unready``), or on a ready story
    while the level still reads low (``why_thin``), so the reason never denies what the room's
    reading of the same draft shows; where a ready story shows influence and direction under
    ambiguity is what is missing, the question asks for that direction (``text_ambiguity``), never
    again for what changed beyond the writer's team."""
    evidence = draft.report.reading.level_evidence.get(draft.report.level, {})
    words = rehearsal_data()["level_dimensions"]
    shown = [name for name in ("scope", "influence") if evidence.get(name)]
    if not shown:
        return {}
    ready = {i.id for i in draft.items if i.ready}
    carried = any(set(evidence.get(name, [])) & ready for name in shown)
    missing = [name for name in ("scope", "ambiguity", "influence") if not evidence.get(name)]
    asked = {"why": "why_thin" if carried else "why_unready", "shown": " and ".join(words[n] for n in shown),
             "missing": " or ".join(words[n] for n in missing) or words["more"]}
    if carried and "ambiguity" in missing and set(evidence.get("influence", [])) & ready:
        asked["text"] = "text_ambiguity"  # influence a ready story shows is not asked for again
    return asked


def _document_asks(draft: _Draft, limits: dict[str, Any], questions: dict[str, Any]) -> Iterator[_Ask]:
    """Document gaps, each aimed at the item carrying the claim it questions."""
    report, anchor = draft.report, draft.strongest
    reading = report.reading
    coverage = reading.principles_coverage
    if not any(coverage.get(p) for p in questions["conflict"].get("principles", [])):
        yield _Ask("conflict", anchor, {})
    if _level_is_low(draft, limits["level_signal_floor"]):
        yield _Ask("scope", anchor, _level_shown(draft))
    if not reading.stopped_items and not _stop_told(draft.items, report.rubric):
        started = reading.initiated_items
        yield _Ask("said-no", report.item(started[0]) if started else anchor, {})
    if not reading.retell:
        yield _Ask("level", anchor, {})
    if report.verdict is not None and report.verdict.gap == "evidence":
        yield _Ask("missing-evidence", _unmeasured(draft) or anchor, {})


def _stop_told(items: tuple[Item, ...], rubric: Rubric) -> bool:
    """A stop the draft tells that the stopped list does not credit as the writer's own call: a claim
    under a heading that says its items are stops ("What we stopped", "What Amara stopped"), or one
    the team tells with a verb of the stopped list ("We stopped the bulk-upload template"; not "we
    stopped losing sellers", a result). Asking "what did you choose not to build?" beside it asks for
    what the draft shows."""
    for item in items:
        if item.kind not in ("claim", "lesson"):
            continue
        if judgment_heading(item.section, rubric) == "stopped":
            return True
        action = item.action
        if action.subject == "we" and action.verb in rubric.stopped_forms and _names_a_thing_after(item, rubric):
            return True
    return False


def _names_a_thing_after(item: Item, rubric: Rubric) -> bool:
    """The word after the team's stop verb is no -ing word ("stopped losing", "stopped getting")."""
    words = item.words
    at = next((k for k, w in enumerate(words) if w in rubric.stopped_forms), None)
    return at is not None and at + 1 < len(words) and not words[at + 1].endswith("ing")


def _unmeasured(draft: _Draft, asked: frozenset[str] = frozenset()) -> Item | None:
    """The claim the evidence question is about: one the verdict asks to measure, else the first
    claim with no before and after (never a result that already has one), and none another question
    already presses (``asked``, item ids)."""
    changes = draft.report.verdict.top_changes if draft.report.verdict is not None else ()
    named = [draft.report.item(i) for c in changes if c.kind == "add-evidence" for i in c.items]
    candidates = [i for i in named if i is not None] + [i for i in draft.items if not i.ready]
    return next((i for i in candidates if not any(m.detail == "range" for m in i.metrics) and i.id not in asked), None)


def _pressed(report: Report) -> Counter[str]:
    """How much the verdict's call moves each kind of question up (rehearsal.toml, [pressure])."""
    pressure = rehearsal_data()["pressure"]
    verdict = report.verdict
    moved: Counter[str] = Counter()
    if verdict is None:
        return moved
    causes = [(f"gap-{verdict.gap}", 1.0), *((f"change-{c.kind}", 1.0 if rank == 0 else 0.25)
                                            for rank, c in enumerate(verdict.top_changes))]
    if verdict.ready:
        causes.append(("ready", 1.0))
    for cause, share in causes:  # the first change presses hard, the others a quarter as hard
        for kind, points in pressure.get(cause, {}).items():
            moved[kind] = max(moved[kind], round(int(points) * share))
    return moved


def rehearse(report: Report) -> tuple[Question, ...]:
    """The questions for this draft, the one that would hurt most first, capped per kind and in all."""
    data = rehearsal_data()
    limits, kinds = data["limits"], data["questions"]
    draft = _Draft(report)
    moved = _pressed(report)
    asks = [*_item_asks(draft), *_document_asks(draft, limits, kinds)]
    order = {item.id: n for n, item in enumerate(draft.items)}
    weight = {kind: kinds[kind]["weight"] + moved[kind] for kind in kinds}
    asks.sort(key=lambda a: (-weight[a.kind], impact(a.item) if a.item else 0,
                             order.get(a.item.id, 0) if a.item else 0))
    lines = LineIndex(report.text)
    per_kind: Counter[str] = Counter()
    asked: set[str] = set()  # one item-level question per item: a sharp list, not a pile-on
    once = frozenset(limits.get("once_per_result", ()))
    results: set[tuple[str, tuple[str, ...]]] = set()  # (kind, before and after) already asked
    chosen: list[Question] = []
    for ask in asks:
        if ask.kind == "missing-evidence" and ask.item is not None and ask.item.id in asked:
            # the evidence question is about one item, like the item questions: another claim, if any
            ask = _Ask(ask.kind, _unmeasured(draft, frozenset(asked)) or ask.item, ask.fields)
        key = ask.item.id if ask.item and ask.kind not in DOCUMENT_KINDS else ""
        if per_kind[ask.kind] >= limits["per_kind"] or key in asked:
            continue
        figures = _change_figures(ask, draft.rubric) if ask.kind in once else ()
        if figures and (ask.kind, figures) in results:
            continue  # the same result, told again elsewhere: one question of this kind for it
        if figures:
            results.add((ask.kind, figures))
        per_kind[ask.kind] += 1
        if key:
            asked.add(key)
        elif ask.kind == "missing-evidence" and ask.item is not None:
            asked.add(ask.item.id)  # asked what evidence it has: not asked again what decision it changed
        chosen.append(_question(ask, kinds[ask.kind], weight[ask.kind], draft, lines))
        if len(chosen) >= limits["total"]:
            break
    return tuple(chosen)


FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _change_figures(ask: _Ask, rubric: Rubric) -> tuple[str, ...]:
    """The before and after of the result a question quotes, as its figures ("from 54% to 81%":
    54, 81): the item's first change (a range) inside the quoted result; none when it quotes none."""
    if ask.item is None:
        return ()
    quoted = " ".join(str(ask.fields.get("metric", "")).split())
    for mention in ask.item.metrics:
        text = " ".join(mention.text.split())
        if (mention.kind == "range" or mention.detail == "range") and text in quoted:
            return tuple(number.replace(",", "") for number in FIGURE.findall(text))
    return ()


def _question(ask: _Ask, kind: dict[str, Any], weight: int, draft: _Draft, lines: LineIndex) -> Question:
    quote = line = None
    if ask.item is not None:
        quote = _bare(opening_words(ask.item))
        line = lines.line_col(ask.item.start)[0]
    candidate = candidate_called(draft.report.document.voice)
    fields = {"quote": quote or "", "level": draft.report.level, "candidate": candidate, **ask.fields}
    form = ask.fields.get("text", "text")  # a kind's other wording, chosen by what the draft tells
    text = kind.get(f"{form}_manager", kind[form]) if candidate else kind[form]
    text = text.format(**fields)
    return Question(kind=ask.kind, text=re.sub(r"\s+", " ", text), why=kind[ask.fields.get("why", "why")].format(**fields),
                    weight=weight, focus=kind["focus"], item=ask.item.id if ask.item else None, line=line,
                    quote=quote)


def rehearsal_json(report: Report, questions: tuple[Question, ...]) -> dict[str, Any]:
    """The versioned JSON form (schema packetcoach.rehearse/1)."""
    return {
        "schema": SCHEMA_ID, "source": report.source, "profile": report.profile, "level": report.level,
        "doc_type": report.doc_type,
        "questions": [{"n": n, "kind": q.kind, "item": q.item, "line": q.line, "quote": q.quote,
                       "question": q.text, "why": q.why, "focus": q.focus, "weight": q.weight}
                      for n, q in enumerate(questions, 1)],
    }
