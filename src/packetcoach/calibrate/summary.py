"""One packet, reduced to what the room's comparison needs: a small record, not a Report.

A batch of ten thousand packets is ranked from these records alone, so each worker process
analyses a draft, keeps a few kilobytes about it and drops the rest; the parent process never
holds a Report. Everything a ranking, a comparison or a manager's page shows is in here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from packetcoach.calibrate.case import build_case, wording
from packetcoach.calibrate.claims import read_claims
from packetcoach.calibrate.dimensions import Facts, dimensions, facts, overall
from packetcoach.calibrate.explain import lacks, weakest
from packetcoach.calibrate.level import found_cues, read_level
from packetcoach.calibrate.objections import Objection, objections
from packetcoach.calibrate.settings import Settings, settings_for
from packetcoach.core.report import Report


@dataclass(frozen=True, slots=True)
class Summary:
    source: str
    order: int  # position on the command line: the first of two duplicates is the one kept
    digest: str  # of the text with white space normalised: two copies of one packet match
    words: int
    name: str | None
    argued: str | None  # the level the packet argues for, if it says
    argued_by: str | None
    score: dict[str, int]  # the check's scores at the level
    dims: dict[str, int]  # the room's five dimensions at the level
    overall: float
    facts: Facts
    verdict: str
    case: str
    receipts: tuple[str, ...]
    objections: tuple[Objection, ...]
    level_evidence: tuple[tuple[str, int, str], ...]  # (ladder dimension, percent met, the sentence)
    lacks: tuple[str, ...]
    weakest: str
    notes: tuple[str, ...] = ()
    reading: str | None = None  # the coach's verdict at the level: below | at | above | undecided
    next_change: str | None = None  # the verdict's change worth most, in the coach's words to the writer


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file that could not be analysed: reported in one line, the others still ranked."""

    source: str
    order: int
    message: str


def digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def summarize(report: Report, level: str, order: int = 0, settings: Settings | None = None) -> Summary:
    """The room's reading of one analysed packet at ``level`` (the report must be analysed at it)."""
    settings = settings or settings_for(report.rubric)
    claims = read_claims(report, settings)
    cues = found_cues(report, settings)
    level_reading = read_level(report, level, settings, cues)
    dims = dimensions(report, claims, level_reading)
    packet_facts = facts(report, claims, level_reading)
    case = build_case(report, claims, dims, packet_facts, level_reading, level, settings, cues)
    name = claims.name or wording()["case"]["name_blank"]
    found = objections(report, claims, level_reading, settings, level, name, wording()["objections"], dims["evidence"])
    evidence = tuple((d, round(100 * level_reading.met[d]), cue.quote) for d, cue in level_reading.best.items())
    return Summary(
        source=report.source, order=order, digest=digest(report.text), words=report.words, name=claims.name,
        argued=claims.argued, argued_by=claims.argued_by, score=report.score.as_dict(), dims=dims,
        overall=overall(dims, settings), facts=packet_facts, verdict=case.verdict, case=case.sentence,
        receipts=case.receipts, objections=found, level_evidence=evidence,
        lacks=lacks(packet_facts, dims, level_reading, report, level, settings),
        weakest=weakest(dims, settings), notes=report.notes, **_coach_verdict(report),
    )


def _coach_verdict(report: Report) -> dict:
    """The check's own verdict, when the report carries one: how the room reads the packet alone,
    and the change worth most, which the writer's page shows beside the comparison."""
    verdict = report.verdict
    if verdict is None:
        return {}
    change = verdict.top_changes[0].what if verdict.top_changes else None
    return {"reading": verdict.reading, "next_change": change}
