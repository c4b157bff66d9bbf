"""Scores 0-100 for evidence, narrative, re-role and level signal, each with its reasons.

The weights are deliberately simple and deterministic: the same draft always
gets the same scores, and every point lost is explained by a reason string.
"""

from __future__ import annotations

from dataclasses import replace

from packetcoach.analysis.packet import Reading
from packetcoach.core.model import Item
from packetcoach.core.report import Score
from packetcoach.profile.compile import Rubric

EVIDENCE_WEIGHTS = {"customer": 0.2, "metric": 0.2, "business_outcome": 0.25, "own_action": 0.2}


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def evidence_score(items: tuple[Item, ...], reasons: list[str]) -> int:
    claims = [i for i in items if i.signals is not None]
    if not claims:
        reasons.append("no evidence items found")
        return 0
    total = 0.0
    for item in claims:
        s = item.signals
        assert s is not None
        value = sum(weight for name, weight in EVIDENCE_WEIGHTS.items() if getattr(s, name))
        value += 0.15 * (not s.activity_only)
        value -= 0.15 * s.technical_metric_only
        total += max(0.0, value)
    ready = sum(1 for i in claims if i.ready)
    reasons.append(f"{ready} of {len(claims)} items ready")
    return _clamp(100 * total / len(claims))


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
    return _clamp(score)


def re_role_score(items: tuple[Item, ...], reading: Reading, reasons: list[str]) -> int:
    claims = [i for i in items if i.signals is not None]
    score = 100.0
    if claims:
        lead_share = sum(1 for i in claims if i.signals and i.signals.technical_lead) / len(claims)
        tech_share = sum(1 for i in claims if i.signals and i.signals.technical_metric_only) / len(claims)
        score -= 60 * lead_share + 30 * tech_share
        if lead_share:
            reasons.append(f"{round(100 * lead_share)}% of items lead with an engineering verb")
        if tech_share:
            reasons.append(f"{round(100 * tech_share)}% of items report only technical measures")
    extra = max(0, len(reading.former_engineer_mentions) - 1)
    if extra:
        score -= 10 * extra
        reasons.append(f"engineering past mentioned {len(reading.former_engineer_mentions)} times")
    if reading.specialty:
        score -= 15
        reasons.append(f"jargon reveals a {reading.specialty} engineer")
    return _clamp(score)


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
                 level: str, doc_type: str) -> Score:
    reasons: dict[str, list[str]] = {"evidence": [], "narrative": [], "re_role": [], "level_signal": []}
    targets = rubric.profile.table("doc_types").get(doc_type, {})
    evidence = evidence_score(items, reasons["evidence"])
    narrative = narrative_score(reading, words, targets, reasons["narrative"])
    re_role = re_role_score(items, reading, reasons["re_role"])
    level_signal = level_score(reading, level, reasons["level_signal"])
    score = Score(0, evidence, narrative, re_role, level_signal, reasons)
    return replace(score, packet=_clamp(packet_points(score)))
