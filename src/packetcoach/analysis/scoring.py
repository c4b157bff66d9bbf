"""Scores 0-100 for evidence, narrative, re-role and level signal, each with its reasons.

The weights are deliberately simple and deterministic: the same draft always
gets the same scores, and every point lost is explained by a reason string.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Voices is a named tuple).

from functools import lru_cache
from itertools import chain, compress
from typing import Iterable, NamedTuple
from operator import attrgetter, itemgetter

from packetcoach.core.reading import Reading
from packetcoach.core.model import Item
from packetcoach.core.report import Score
from packetcoach.profile.compile import Rubric

EVIDENCE_WEIGHTS = {"customer": 0.2, "metric": 0.2, "business_outcome": 0.25, "own_action": 0.2}


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def evidence_score(items: tuple[Item, ...], reasons: list[str], voices: "Voices | None" = None) -> int:
    """The average strength of the claims: context, scope, plans, lessons and objections are not
    evidence items, so they neither add nor cost."""
    voices = voices or Voices.of(items)
    if not voices.strengths:
        reasons.append("no evidence items found")
        return 0
    total = 0.0
    for strength in voices.strengths:  # added in draft order, as the sum has always been made
        total += strength
    reasons.append(f"{voices.ready} of {len(voices.strengths)} items ready")
    return _clamp(100 * total / len(voices.strengths))


_new = tuple.__new__  # named tuples built with every field, without their __new__ call


class Voices(NamedTuple):
    """What the evidence and re-role scores ask of the items, counted for a block or a draft (a
    block's are kept with it, so a Session counts only the blocks an edit touched)."""

    strengths: tuple[float, ...] = ()  # each claim's strength, in draft order
    ready: int = 0  # ready claims
    voiced: int = 0  # claims, lessons and plans: what the writer says they did or will do
    engineering: int = 0  # of those, the ones in an engineer's voice
    engineering_claim: bool = False  # a claim in an engineer's voice
    business_claim: bool = False  # a claim with a business outcome

    @classmethod
    def of(cls, items: tuple[Item, ...]) -> "Voices":
        claims = [i for i in items if i.signals is not None and i.kind == "claim"]
        voiced = [i for i in items if i.signals is not None and i.kind in VOICED_KINDS]
        return _new(cls, (tuple(_strength(_STRENGTH_SIGNALS(i.signals)) for i in claims), sum(1 for i in claims if i.ready),
                          len(voiced), sum(1 for i in voiced if engineering_voice(i)),
                          any(engineering_voice(i) for i in claims), any(i.signals.business_outcome for i in claims)))

    @classmethod
    def total(cls, parts: "Iterable[Voices]") -> "Voices":
        """The draft's, from its blocks' in draft order."""
        # the blocks that voice something (their count taken by index), each field of theirs gathered
        # by one transposing zip and summed, in C: a Session totals every block on every edit
        parts = list(parts)
        fields = tuple(zip(*compress(parts, map(_VOICED, parts))))
        if not fields:
            return _new(cls, ((), 0, 0, 0, False, False))
        strengths, ready, voiced, engineering, engineering_claim, business_claim = fields
        return _new(cls, (tuple(chain.from_iterable(strengths)), sum(ready), sum(voiced), sum(engineering),
                          any(engineering_claim), any(business_claim)))


_VOICED = itemgetter(Voices._fields.index("voiced"))
_STRENGTH_SIGNALS = attrgetter(*EVIDENCE_WEIGHTS, "activity_only", "technical_metric_only")


class VoiceCounter:
    """``Voices.of`` for many variants of one draft's items, as the verdict scores each change it
    could propose: each of the draft's items is read once, and a variant (the same items with a few
    repaired, or some removed) reads only its new items; the counts are then made in C over the
    items' parts, the same ``Voices`` in the same draft order."""

    def __init__(self, items: tuple[Item, ...]):
        self._items = items
        self._parts = {id(i): _voice_part(i) for i in items}  # the draft's items outlive every variant
        self._voices = self.of(items, read=False)

    def of(self, items: tuple[Item, ...], read: bool = True) -> Voices:
        if read and items is self._items:
            return self._voices
        parts = list(map(self._parts.get, map(id, items)))
        if None in parts:
            parts = [part or _voice_part(item) for part, item in zip(parts, items)]
        if not parts:
            return Voices.of(())
        claim, strength, ready, voiced, engineering, engineering_claim, business_claim = zip(*parts)
        return Voices(tuple(compress(strength, claim)), sum(ready), sum(voiced), sum(engineering),
                      any(engineering_claim), any(business_claim))


def _voice_part(item: Item) -> tuple[bool, float, bool, bool, bool, bool, bool]:
    """What one item adds to its draft's ``Voices``: is it a claim, its strength, ready claim,
    voiced, in an engineer's voice, an engineering claim, a claim with a business outcome."""
    signals = item.signals
    claim = signals is not None and item.kind == "claim"
    voiced = signals is not None and item.kind in VOICED_KINDS
    engineering = voiced and engineering_voice(item)
    return (claim, _strength(_STRENGTH_SIGNALS(signals)) if claim else 0.0, claim and bool(item.ready), voiced,
            engineering, claim and engineering, claim and bool(signals.business_outcome))


@lru_cache(maxsize=None)
def _strength(signals: tuple[bool, ...]) -> float:
    """One claim's strength, from the signals it depends on (a few dozen combinations, each
    worked out once: a Session scores every claim on every keystroke)."""
    *weighted, activity_only, technical_metric_only = signals
    value = sum(weight for weight, on in zip(EVIDENCE_WEIGHTS.values(), weighted) if on)
    value += 0.15 * (not activity_only)
    value -= 0.15 * technical_metric_only
    return max(0.0, value)


def narrative_score(reading: Reading, words: int, targets: dict, reasons: list[str]) -> int:
    score = 100.0
    penalties = [
        (not reading.lead_is_outcome, 15, "does not lead with its strongest customer outcome"),
        (reading.structure == "chronology", 20, "reads as a chronology"),
        (reading.structure == "mixed", 8, "no clear argument structure"),
        (reading.retell is None, 10, "no retellable sentence"),
        (bool(reading.skim_outcomes_missed), 10, "strongest outcomes fall outside the 90-second read"),
        (not reading.stopped_items, 8, "nothing stopped, killed or descoped"),
        (not reading.initiated_items, 5, "no project the writer initiated"),
    ]
    low, high = targets.get("words_min", 0), targets.get("words_max", 0)
    if high and not low <= words <= high:
        penalties.append((True, 10, f"{words} words, target {low}-{high}"))
    for applies, cost, why in penalties:
        if applies:
            score -= cost
            reasons.append(why)
    if reading.objections_section and score < 100:
        score = min(100.0, score + OBJECTIONS_CREDIT)  # SPEC 2.15: an argument pre-empts objections
        reasons.append("answers the objections the room will raise")
    return _clamp(score)


OBJECTIONS_CREDIT = 5


def engineering_voice(item: Item) -> bool:
    """Does the item read as an engineer's: an engineering verb leads it, its only numbers measure
    a system, the writer does engineering work in it, or it is dense with engineering words and
    serves nobody?"""
    s, facts = item.signals, item.facts
    if s is None or facts is None:
        return False
    if s.technical_lead or s.technical_metric_only or facts.engineering_work:
        return True
    return facts.jargon >= 2 and not s.customer and not s.business_outcome


def re_role_score(items: tuple[Item, ...], reading: Reading, rubric: Rubric, reasons: list[str],
                  voices: Voices | None = None) -> int:
    """How far the document reads in a product manager's voice (SPEC 2.12), from 100 down: the share
    of items in an engineer's voice, the jargon share of the words, the specialty it gives away, the
    engineering past repeated, excuses, and no served party or business result anywhere."""
    weights = rubric.profile.table("re_role")
    voices = voices or Voices.of(items)
    score = 100.0
    if voices.voiced:
        share = voices.engineering / voices.voiced
        score -= weights.get("engineering_items_weight", 60) * share
        if share:
            reasons.append(f"{round(100 * share)}% of items read as engineering work")
    jargon = min(weights.get("jargon_cap", 45), weights.get("jargon_weight", 600) * reading.jargon_share)
    if jargon >= 1:
        score -= jargon
        reasons.append(f"engineering jargon is {100 * reading.jargon_share:.0f}% of the words")
    extra = max(0, len(reading.former_engineer_mentions) - 1)
    if extra:
        score -= weights.get("past_penalty", 10) * extra
        reasons.append(f"engineering past mentioned {len(reading.former_engineer_mentions)} times")
    if reading.specialty:
        score -= weights.get("specialty_penalty", 15)
        reasons.append(f"jargon reveals a {reading.specialty} engineer")
    if reading.excuses:
        score -= weights.get("excuse_penalty", 10) * min(2, len(reading.excuses))
        reasons.append(f"{len(reading.excuses)} excuse{'s' if len(reading.excuses) > 1 else ''} for the new role")
    engineering = voices.engineering_claim or reading.jargon_share >= 0.03
    if len(voices.strengths) >= 3 and engineering and not voices.business_claim:
        score -= weights.get("no_customer_penalty", 15)
        reasons.append("no item states a customer or business result")
    return _clamp(score)


VOICED_KINDS = frozenset(("claim", "lesson", "plan"))  # what the writer says they did or will do


def level_score(reading: Reading, level: str, reasons: list[str]) -> int:
    evidence = reading.level_evidence.get(level, {})
    missing = [name for name, hits in evidence.items() if not hits]
    if missing:
        reasons.append(f"no {', '.join(missing)} evidence for {level}")
    strength = sum(min(len(hits), 3) for hits in evidence.values())
    return _clamp(100 * strength / 9) if evidence else 0


PACKET_WEIGHTS = {"evidence": 0.4, "narrative": 0.25, "re_role": 0.15, "level_signal": 0.2}


def packet_points(score: Score) -> float:
    """The packet score before rounding: what a change's gain is measured in."""
    return sum(weight * getattr(score, name) for name, weight in PACKET_WEIGHTS.items())


def score_packet(items: tuple[Item, ...], reading: Reading, words: int, rubric: Rubric,
                 level: str, doc_type: str, voices: Voices | None = None) -> Score:
    """The scores; ``voices`` are the items' counts when the caller kept them per block."""
    reasons: dict[str, list[str]] = {"evidence": [], "narrative": [], "re_role": [], "level_signal": []}
    targets = rubric.profile.table("doc_types").get(doc_type, {})
    voices = voices or Voices.of(items)
    evidence = evidence_score(items, reasons["evidence"], voices)
    narrative = narrative_score(reading, words, targets, reasons["narrative"])
    re_role = re_role_score(items, reading, rubric, reasons["re_role"], voices)
    level_signal = level_score(reading, level, reasons["level_signal"])
    score = Score(0, evidence, narrative, re_role, level_signal, reasons)
    return score._replace(packet=_clamp(packet_points(score)))
