"""The objections the room will raise about a packet, most damaging first, each with the packet's
own answer or none.

Rehearsal (coach/rehearse.py) asks the writer about each weak item; the room asks about the
packet as a whole, and a manager needs the few questions that can sink the case. Each kind's
damage is its weight in the profile times how exposed this packet is to it (a big number invites
"was it you?"; missing baselines invite "where is the proof?"). The question is aimed at the
item rehearsal picked for the same weakness; the answer is the packet's own answer to that
question in its objections section, or the evidence elsewhere that answers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from packetcoach.analysis.stories import told_stories
from packetcoach.calibrate.claims import Claims
from packetcoach.calibrate.level import LevelReading
from packetcoach.calibrate.settings import ObjectionKind, Settings
from packetcoach.calibrate.voice import receipt_text, result_clause, third_person
from packetcoach.coach.rehearse import rehearse
from packetcoach.core.model import Item
from packetcoach.core.report import Report

# Which rehearsal questions probe the same weakness as each objection of the room.
REHEARSE_KINDS = {"attribution": ("attribution", "own-part"), "customer-noticed": ("which-customer", "no-customer"),
                  "missing-evidence": ("activity-decision", "hedge"), "scope": ("beyond-team", "level"),
                  "said-no": ("not-built",)}
SHOWN_FLOOR = 30
AIMED = frozenset({"attribution", "customer-noticed"})  # the kinds whose question quotes an item
SCOPE_FLOOR = 0.3  # every packet is asked whether it is the level's scope  # damage below this is not worth the manager's time, beyond the first two


@dataclass(frozen=True, slots=True)
class Objection:
    kind: str
    question: str
    answer: str | None  # the packet's words that answer it; None: no answer in the packet
    answer_item: str | None  # the id of the item that answers it, when one does
    damage: int


def _claims(report: Report) -> list[Item]:
    return [i for i in report.items if i.kind == "claim" and i.signals is not None]


def _share(items: list[Item], test) -> float:
    return sum(1 for i in items if test(i)) / len(items) if items else 0.0


def _exposure(kind: str, report: Report, level: LevelReading, evidence: float, strong: float = 0.65,
              weak: int = 45) -> float:
    """How open this packet is to the objection, 0..1; ``evidence`` is its evidence score, 0..1.

    The room tests a big, strong claim for attribution, and asks about scope when the receipts
    are good enough for scope to be the question; a packet with no receipts is first asked for
    proof and for the customer who noticed.
    """
    claims = _claims(report)
    results = [i for i in claims if i.signals.metric and i.signals.business_outcome]
    ready = [i for i in claims if i.ready]
    if kind == "attribution":
        headline = any(any(m.detail == "range" or m.kind == "currency" for m in i.metrics) for i in ready)
        shared = any(not i.signals.own_action or i.action.subject == "we" for i in results) or any(
            i.signals.metric and not i.signals.own_action and not i.signals.technical_metric_only for i in claims)
        strength = min(1.0, 0.5 + max(evidence, level.score / 100))  # a weak case is asked for proof first
        return max(evidence * (1.0 if headline else 0.6), 0.85 * strength if shared else 0.0,
                   0.15 if results else 0.0)
    if kind == "scope":
        if evidence >= strong and level.score < weak:  # strong receipts: scope is the open question
            return 1.0
        return max(SCOPE_FLOOR, (1 - level.score / 100) * (0.5 + 0.5 * min(1.0, evidence / 0.6)))
    if kind == "customer-noticed":
        measured = [i for i in claims if i.signals.metric and not i.signals.activity_only]  # effort: its own question
        technical = _share(measured, lambda i: i.signals.technical_metric_only)
        internal = _share(measured, lambda i: not i.signals.customer and not i.signals.business_outcome)
        nobody = 0.7 if results and not any(i.signals.customer for i in results) else 0.0
        return min(1.0, max(2.5 * technical, nobody, internal - 0.2))
    if kind == "missing-evidence":
        unbaselined = _share(results, lambda i: not any(m.detail == "range" for m in i.metrics))
        inflated = sum(1 for f in report.findings if f.name in ("inflated-claim", "weasel-word"))
        gap = max(2 * _share(claims, lambda i: i.signals.activity_only), 0.6 * unbaselined, inflated / 4)
        return min(1.0, max((1 - len(ready) / 3) * (1 - evidence), gap * (1.2 - evidence), inflated / 8))
    if kind == "said-no":
        return 0.0 if report.reading.stopped_items else 1.0
    return 0.5


@lru_cache(maxsize=64)
def _cue_re(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _matches(text: str, cues: tuple[str, ...]) -> int:
    """How many distinct cues occur in ``text`` as whole words."""
    if not cues:
        return 0
    return len(set(_cue_re(cues).findall(text.lower())))


def _answered(kind: ObjectionKind, claims: Claims, kinds: tuple[ObjectionKind, ...]) -> str | None:
    """The packet's own answer, when its objections section asks a question of this kind."""
    for question, answer in claims.answered:
        scores = {k.name: _matches(question, k.cues) for k in kinds}
        if scores.get(kind.name) and scores[kind.name] == max(scores.values()):
            return answer
    return None


@dataclass(frozen=True)
class AnswerQuote:
    """One sentence of an item that answers an objection."""

    item: str
    text: str


def _evidence(kind: ObjectionKind, report: Report, level: LevelReading,
              target: Item | None = None) -> Item | AnswerQuote | str | None:
    """Evidence elsewhere in the packet that answers the objection. A question aimed at one result
    is answered only from that result's own story (its item, or the prose under its heading; a
    bullet in a list of results stands alone): a holdout run for another result does not answer it."""
    claims = _claims(report)
    if target is not None:
        told = told_stories(report)
        story = next((s.items for s in told if any(i.id == target.id for i in s.items)), ())
        claims = [i for i in claims if i.id == target.id or i in story]
    ranked = sorted(claims, key=lambda i: -(i.facts.impact if i.facts else 0.0))
    if kind.name == "said-no":
        return report.item(report.reading.stopped_items[0]) if report.reading.stopped_items else None
    if kind.name == "scope":
        return _scope_answer(report, level)
    if kind.name == "customer-noticed":
        return next((i for i in ranked if i.ready and i.signals.customer), None)
    if kind.name == "missing-evidence":
        return next((i for i in ranked if i.ready and any(m.detail == "range" for m in i.metrics)), None)
    for item in ranked:
        for sentence in item.sentences:  # the sentence that holds the answer, not the item's opening
            words = " ".join(item.source[sentence.span.start:sentence.span.end].replace("*", "").split())
            if kind.answers and _matches(words, kind.answers):
                return AnswerQuote(item.id, words)
    return None


def _scope_answer(report: Report, level: LevelReading) -> Item | str | None:
    """The sentence with the most full-strength scope and influence cues, if it does not hedge."""
    votes: dict[str, list] = {}
    for cue in level.cues:
        if cue.credit >= 0.99 and cue.dimension in ("scope", "influence") and not cue.hedged and cue.quote:
            votes.setdefault(cue.quote, []).append(cue)
    if not votes:
        return None

    def weight(pair) -> tuple:  # scope before influence: "four teams" answers "is this L6 scope?" best
        quote, cues = pair
        return (sum(c.dimension == "scope" for c in cues), len(cues), -level.cues.index(cues[0]))

    quote, cues = max(votes.items(), key=weight)
    return report.item(cues[0].item) or quote


class _Asked:
    """Rehearsal's questions for the report, worked out only if a question needs them."""

    def __init__(self, report: Report):
        self.report, self._questions = report, None

    def __iter__(self):
        if self._questions is None:
            self._questions = rehearse(self.report)
        return iter(self._questions)


def _target(kind: str, report: Report, asked) -> Item | None:
    """The item the question is aimed at: the headline result for attribution, the technical
    number for "which customer noticed", else the item rehearsal asks about for this weakness."""
    claims = _claims(report)
    if kind == "attribution":
        ranked = sorted((i for i in claims if i.ready), key=lambda i: -(i.facts.impact if i.facts else 0.0))
        headline = next((i for i in ranked if any(m.detail == "range" or m.kind == "currency" for m in i.metrics)), None)
        if headline is not None:
            return headline
    if kind == "customer-noticed":
        return next((i for i in claims if i.signals.technical_metric_only), None)
    for question in asked:
        if question.kind in REHEARSE_KINDS.get(kind, ()) and question.item:
            return report.item(question.item)
    return None


def _question(kind: str, item: Item | None, report: Report, name: str, lower: str, level: str,
              wording: dict) -> str:
    result = f"“{third_person(result_clause(item, report.rubric))}”" if item is not None and item.metrics else None
    key = kind if result or f"{kind}_general" not in wording else f"{kind}_general"
    detail = _detail(report, name, wording["detail"]) if kind == "missing-evidence" else ""
    return wording[key].format(result=result or "this", name=name, level=level, lower=lower, detail=detail)


def _detail(report: Report, name: str, words: dict) -> str:
    claims = _claims(report)
    results = [i for i in claims if i.signals.metric and i.signals.business_outcome]
    if not any(i.ready for i in claims):
        key = "no_ready"
    elif _share(claims, lambda i: i.signals.activity_only) >= 0.2:
        key = "activity"
    elif sum(1 for f in report.findings if f.name in ("inflated-claim", "weasel-word")) >= 5:
        key = "inflated"
    elif _share(results, lambda i: not any(m.detail == "range" for m in i.metrics)) >= 0.4:
        key = "baseline"
    else:
        key = "default"
    return words[key].format(name=name)


def objections(report: Report, claims: Claims, level_reading: LevelReading, settings: Settings,
               level: str, name: str, wording: dict, evidence: int) -> tuple[Objection, ...]:
    """The objections to expect, most damaging first: at least two, then those worth raising."""
    asked = _Asked(report)
    index = settings.levels.index(level) if level in settings.levels else 0
    lower = settings.levels[index - 1] if index > 0 else level
    found = []
    for kind in settings.objections:
        damage = round(kind.weight * _exposure(kind.name, report, level_reading, evidence / 100,
                                               settings.strong / 100, settings.weak))
        if damage <= 0:
            continue
        target = _target(kind.name, report, asked) if kind.name in AIMED else None
        own = _answered(kind, claims, settings.objections)
        proof = None if own else _evidence(kind, report, level_reading, target)
        if isinstance(proof, Item):
            answer, item_id = receipt_text(proof), proof.id
        elif isinstance(proof, AnswerQuote):
            answer, item_id = proof.text, proof.item
        else:
            answer, item_id = own or proof, None
        found.append(Objection(kind.name, _question(kind.name, target, report, name, lower, level, wording),
                               answer, item_id, damage))
    found.sort(key=lambda o: (-o.damage, o.kind))
    shown = [o for n, o in enumerate(found) if n < 2 or o.damage >= SHOWN_FLOOR]
    return tuple(shown[:settings.objections_shown])
