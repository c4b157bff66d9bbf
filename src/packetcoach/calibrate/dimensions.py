"""The five dimensions the room compares packets on, each 0-100 at the chosen level.

The check's scores describe one draft; these compare drafts. The room values the strongest few
receipts more than the average item, an argument that opens with its level and answers its own
objections more than tidy structure, and scope measured against the bar of the level it sits at
(calibrate/level.py). Every dimension keeps the facts behind it, so a comparison between two
people can say why one is ahead ("5 ready receipts against 0"), not only by how much.
"""

from __future__ import annotations

from dataclasses import dataclass

from packetcoach.calibrate.claims import Claims
from packetcoach.calibrate.level import LevelReading
from packetcoach.calibrate.settings import DIMENSIONS, Settings
from packetcoach.core.model import Item
from packetcoach.core.report import Report

IMPACT_FULL = 10.0  # analysis/facts.impact of a ready item with a baseline and money: a full receipt
READY_FULL = 5  # this many ready items is full breadth
CREDIBILITY_RULES = {"inflated-claim": 4, "weasel-word": 2}  # points each finding costs, up to CREDIBILITY_CAP
CREDIBILITY_CAP = 20
OTHER_PRINCIPLES_FULL = 4


@dataclass(frozen=True, slots=True)
class Facts:
    """What a comparison can cite, per dimension: small numbers and short labels only."""

    ready: int
    claims: int
    baselines: int  # ready items with a before -> after
    inflated: int
    opening_claim: bool
    answered: int
    structure: str
    lead_is_outcome: bool
    stopped: int
    technical_share: int  # percent of claims led by an engineering verb
    specialty: str | None
    past_mentions: int
    principles: tuple[str, ...]  # expected principles evidenced
    principles_missing: tuple[str, ...]  # expected principles with no item
    level_met: tuple[tuple[str, int], ...]  # (ladder dimension, percent met)
    level_cues: tuple[tuple[str, str], ...]  # (ladder dimension, the strongest cue)


def _claims(report: Report) -> list[Item]:
    return [i for i in report.items if i.kind == "claim" and i.signals is not None]


def evidence(report: Report) -> int:
    """Strongest receipts first (half the weight), then how many are ready, then the average item."""
    claims = _claims(report)
    impacts = sorted((i.facts.impact if i.facts else 0.0 for i in claims), reverse=True)[:3]
    top = sum(min(1.0, max(0.0, x) / IMPACT_FULL) for x in impacts) / 3 if impacts else 0.0
    breadth = min(sum(i.ready for i in claims), READY_FULL) / READY_FULL
    penalty = min(CREDIBILITY_CAP, sum(CREDIBILITY_RULES.get(f.name, 0) for f in report.findings))
    return _clamp(100 * (0.5 * top + 0.2 * breadth + 0.3 * report.score.evidence / 100) - penalty)


def narrative(report: Report, claims: Claims) -> int:
    """The check's narrative score, and the argument the room rewards: an opening level claim with
    its proof, objections answered in the packet, a structure that argues rather than narrates."""
    argument = 40 * bool(claims.opening) + 30 * min(1.0, len(claims.answered) / 2)
    argument += 30 * {"argument": 1.0, "mixed": 0.4}.get(report.reading.structure, 0.0)
    return _clamp(0.6 * report.score.narrative + 0.4 * argument)


def principles(report: Report) -> int:
    """The expected principles evidenced, and a little for breadth beyond them."""
    expected = report.rubric.profile.table("document").get("expected_principles", [])
    coverage = report.reading.principles_coverage
    covered = sum(1 for p in expected if coverage.get(p))
    others = sum(1 for p, ids in coverage.items() if ids and p not in expected)
    share = covered / len(expected) if expected else 1.0
    return _clamp(100 * (0.8 * share + 0.2 * min(1.0, others / OTHER_PRINCIPLES_FULL)))


def facts(report: Report, claims: Claims, level: LevelReading) -> Facts:
    items = _claims(report)
    reading = report.reading
    expected = report.rubric.profile.table("document").get("expected_principles", [])
    coverage = reading.principles_coverage
    return Facts(
        ready=sum(i.ready for i in items), claims=len(items),
        baselines=sum(1 for i in items if i.ready and any(m.detail == "range" for m in i.metrics)),
        inflated=sum(1 for f in report.findings if f.name in CREDIBILITY_RULES),
        opening_claim=bool(claims.opening), answered=len(claims.answered), structure=reading.structure,
        lead_is_outcome=reading.lead_is_outcome, stopped=len(reading.stopped_items),
        technical_share=round(100 * reading.technical_lead_share), specialty=reading.specialty,
        past_mentions=len(reading.former_engineer_mentions),
        principles=tuple(p for p in expected if coverage.get(p)),
        principles_missing=tuple(p for p in expected if not coverage.get(p)),
        level_met=tuple((d, round(100 * v)) for d, v in level.met.items()),
        level_cues=tuple((d, cue.phrase) for d, cue in level.best.items()),
    )


def dimensions(report: Report, claims: Claims, level: LevelReading) -> dict[str, int]:
    return {"evidence": evidence(report), "narrative": narrative(report, claims), "re_role": report.score.re_role,
            "level_signal": level.score, "principles": principles(report)}


def overall(scores: dict[str, int], settings: Settings) -> float:
    """The weighted sum the ranking sorts by, to one decimal so equal inputs give equal totals."""
    return round(sum(settings.weights[name] * scores[name] for name in DIMENSIONS), 1)


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))
