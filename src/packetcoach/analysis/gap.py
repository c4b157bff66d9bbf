"""The one judgment call the verdict and the planner share: is this packet missing evidence, or
telling good evidence badly? (SPEC 2.19)

Evidence first: a packet whose stories carry no measured customer or business result has an
evidence gap, whatever the prose looks like; no rewrite adds the outcomes. With the evidence
there, the narrative is judged by the problems that make the room discount the facts (a diary,
results in technical measures, engineering work offered as evidence, effort counted instead of
decisions, decisions hidden behind "we") and the ones the facts survive (a career-story opening).
Polish (a missing retell sentence, a length off target, an acronym) never makes a gap: it is what a
writer should stop spending time on once the evidence and the story hold.

Thresholds and reasons are data (analysis/verdict.toml). The report's verdict and the planner both
call :func:`judge_gap`, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from packetcoach.analysis.stories import Story, figures_apart, is_engineering_work, is_hidden_owner, stories
from packetcoach.core.model import Item
from packetcoach.core.report import Report
from packetcoach.core.resources import load_package_toml

GapKind = Literal["evidence", "narrative", "none"]
DISCOUNTING = ("chronology", "engineering", "technical", "hidden", "activity", "apart")  # most damaging first


@lru_cache(maxsize=1)
def verdict_data() -> dict[str, Any]:
    """The shipped thresholds and wording; read once per process."""
    return load_package_toml("analysis", "verdict.toml")


def settings(report: Report) -> dict[str, Any]:
    """The shipped thresholds, with any the profile's ``[verdict]`` table overrides."""
    return {**verdict_data()["thresholds"], **report.rubric.profile.table("verdict")}


@dataclass(frozen=True)
class Problem:
    """A telling problem the room would hold against the packet, and the items that carry it."""

    name: str  # chronology | engineering | technical | hidden | activity | career
    items: tuple[Item, ...] = ()
    discounts: bool = True  # the room discounts the facts (reads below), not only the telling


@dataclass(frozen=True)
class Gap:
    """Which gap the packet has, the reasons in a coach's words, and what the call rested on."""

    kind: GapKind
    reasons: list[str]
    evidence_holds: bool = True
    problems: tuple[Problem, ...] = field(default=())
    stories: tuple[Story, ...] = field(default=(), repr=False)

    @property
    def narrative_failures(self) -> list[str]:
        """The telling problems found, in a coach's words (what the planner lists as the why)."""
        wording = verdict_data()["reasons"]
        return [wording[p.name].format(count=len({i.section for i in p.items})) for p in self.problems]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def problems(report: Report, told: tuple[Story, ...], limits: dict[str, Any]) -> tuple[Problem, ...]:
    """Every telling problem found, the discounting ones in order of damage, then the career story."""
    found: dict[str, Problem] = {}
    if report.reading.structure == "chronology":
        found["chronology"] = Problem("chronology")
    engineering = [s for s in told if s.engineering]
    if len(engineering) >= limits["engineering_stories"]:
        found["engineering"] = Problem("engineering", tuple(i for s in engineering for i in s.items
                                                           if is_engineering_work(i)))
    resulting = [s for s in told if s.results or s.technical_only]
    technical = [s for s in resulting if s.technical_only]
    if technical and _share(len(technical), len(resulting)) >= limits["technical_share"]:
        found["technical"] = Problem("technical", tuple(i for s in technical for i in s.items
                                                       if i.signals and i.signals.technical_metric_only))
    hidden = [s for s in told if s.hidden and s.results]
    acted = [s for s in told if s.results and any(i.action.subject != "none" for i in s.items)]
    if hidden and _share(len(hidden), len(acted)) >= limits["hidden_share"]:
        found["hidden"] = Problem("hidden", tuple(i for s in hidden for i in s.items if is_hidden_owner(i)))
    effort = [s for s in told if s.activity]
    if effort and _share(len(effort), len(told)) >= limits["activity_share"]:
        found["activity"] = Problem("activity", tuple(i for s in effort for i in s.items
                                                     if i.signals and i.signals.activity_only))
    if not evidence_holds(told, limits) and figures_apart(report.document):
        found["apart"] = Problem("apart")
    ordered = [found[name] for name in DISCOUNTING if name in found]
    if len(report.reading.former_engineer_mentions) >= limits["career_mentions"]:
        ordered.append(Problem("career", discounts=False))
    return tuple(ordered)


def evidence_holds(told: tuple[Story, ...], limits: dict[str, Any]) -> bool:
    """Enough stories carry a measured result, whoever is credited. Technical results with a before
    and after count when there are several: the work moved something, told in the wrong measure."""
    needed = limits["evidence_stories"]
    measured = sum(1 for s in told if s.measured)
    technical = sum(1 for s in told if s.technical_measured)
    return measured + (technical if technical >= needed else 0) >= needed


def complete_needed(report: Report, limits: dict[str, Any], level: str | None = None) -> int:
    """Complete stories (a measured result and the writer's decision) the room needs at a level."""
    table = limits["complete_stories"]
    return int(table.get(level or report.level, table["default"]))


def level_shown(report: Report, limits: dict[str, Any], level: str | None = None) -> int:
    """How many of the level's dimensions (scope, ambiguity, influence) some outcome shows."""
    return sum(1 for ids in report.reading.level_evidence.get(level or report.level, {}).values() if ids)


def judge_gap(report: Report, profile: Any = None) -> Gap:
    """The gap of one analysed packet: ``evidence``, ``narrative`` or ``none``, with reasons.

    The thresholds come from the report's own compiled profile (its ``[verdict]`` table over the
    shipped defaults); ``profile`` is accepted for callers that pass one, and not needed.
    """
    del profile
    limits = settings(report)
    told = stories(report.items)
    found = problems(report, told, limits)
    reasons = verdict_data()["reasons"]
    if not evidence_holds(told, limits) and not any(p.name == "apart" for p in found):
        return Gap("evidence", [reasons["no_results"]], False, found, told)
    why = [reasons[p.name].format(count=len({i.section for i in p.items})) for p in found]
    complete, needed = sum(s.complete for s in told), complete_needed(report, limits)
    if complete < needed and not any(p.discounts for p in found):
        why.append(reasons["few_complete"].format(complete=complete, needed=needed))
    if level_shown(report, limits) < limits["level_dimensions"]:
        why.append(reasons["level_weak"].format(level=report.level))
    return Gap("narrative" if why else "none", why, True, found, told)
