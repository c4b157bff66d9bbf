"""The coach's one judgment call: is this packet missing evidence, or telling good evidence badly?

Coaching is worth paying for only when the problem is the narrative; when the outcomes themselves
are not there, no amount of storytelling fixes the packet (SPEC 2.19). The call is made from the
analysis alone, in two steps that mirror how a reviewer reads:

1. Evidence: are there enough ready claims (customer, business result, number and the writer's own
   action)? If not, the gap is ``evidence``, whatever the prose looks like: the work itself is
   what is weak, and storytelling cannot add the outcomes.
2. Narrative: with the evidence there, does the document let the room see it? Each of lead,
   structure, retell sentence, 90-second read, re-roled voice, the level argued and length is a
   check; enough failures make the gap ``narrative``. One failure alone is a fix the writer makes
   in minutes. A level with no scope, ambiguity or influence shown counts here, not as evidence:
   the source counts promotion timing among the problems coaching is for.

Every threshold is in the profile's ``[verdict]`` table. The report's verdict and the planner both
call :func:`judge_gap`, so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from packetcoach.core.report import Report
from packetcoach.profile.load import Profile, load_profile

GapKind = Literal["evidence", "narrative", "none"]
NON_CLAIM_KINDS = frozenset({"context", "scope", "plan", "lesson", "objection"})  # only claims are judged ready
DEFAULTS = {"min_ready_items": 3, "level_dimensions_min": 1, "narrative_failures": 2, "re_role_min": 70}


@dataclass(frozen=True)
class Gap:
    """Which gap the packet has, the reasons in a coach's words, and the two halves of the call."""

    kind: GapKind
    reasons: list[str]
    evidence_holds: bool = True
    narrative_failures: list[str] = field(default_factory=list)


def _settings(profile: Profile) -> dict[str, int]:
    return {**DEFAULTS, **profile.table("verdict")}


def claims(report: Report) -> list:
    """The items judged for readiness: every item but context, scope, plans, lessons and objections."""
    return [item for item in report.items if item.kind not in NON_CLAIM_KINDS and item.signals is not None]


def evidence_check(report: Report, profile: Profile) -> tuple[bool, str]:
    """The evidence half of the call: enough ready claims or not, and the count that says so."""
    judged = claims(report)
    ready = sum(1 for item in judged if item.ready)
    target = profile.table("doc_types").get(report.doc_type, {})
    needed = max(_settings(profile)["min_ready_items"], int(target.get("items_min", 0)))
    counted = (f"{ready} of {len(judged)} claims {'is' if ready == 1 else 'are'} ready "
               "(a customer, a business result with a number, your own action)")
    if ready < needed:
        return False, f"only {counted}; the room needs at least {needed}"
    return True, counted


def _hidden_owner(report: Report) -> list[str]:
    """Outcomes that would be ready if the writer's own part were stated: the one evidence fix that is words."""
    hidden = [item.id for item in claims(report) if not item.ready and item.signals.customer
              and item.signals.metric and item.signals.business_outcome and not item.signals.own_action]
    if not hidden:
        return []
    return [f"{len(hidden)} more ({', '.join(hidden[:5])}) state an outcome but not your part in it: "
            "say what you decided, if it was yours"]


def narrative_failures(report: Report, profile: Profile) -> list[str]:
    """Each failing narrative check, as the reason a coach would give."""
    settings = _settings(profile)
    reading = report.reading
    failures: list[str] = []
    if not reading.lead_is_outcome and report.items:
        failures.append("it does not open with its strongest customer outcome")
    if reading.structure == "chronology":
        failures.append("it reads as a chronology, not an argument for the level")
    if reading.retell is None:
        failures.append("there is no sentence a manager could repeat in the room")
    if reading.skim_outcomes_missed:
        missed = ", ".join(reading.skim_outcomes_missed)
        failures.append(f"the strongest outcomes ({missed}) fall outside the 90-second read")
    if report.score.re_role < settings["re_role_min"]:
        why = "; ".join(report.score.reasons.get("re_role", [])) or f"re-role score {report.score.re_role}"
        failures.append(f"it still reads as an engineer's document ({why})")
    dimensions = reading.level_evidence.get(report.level)
    if dimensions is not None and sum(1 for ids in dimensions.values() if ids) < settings["level_dimensions_min"]:
        failures.append(f"no outcome argues {report.level} scope, ambiguity or influence")
    target = profile.table("doc_types").get(report.doc_type, {})
    low, high = int(target.get("words_min", 0)), int(target.get("words_max", 0))
    if high and not low <= report.words <= high:
        failures.append(f"{report.words} words, where the {report.doc_type} target is {low}-{high}")
    return failures


def judge_gap(report: Report, profile: Profile | None = None) -> Gap:
    """The gap of one analysed packet: ``evidence``, ``narrative`` or ``none``, with reasons.

    ``profile`` defaults to the built-in profile the report names; pass the loaded profile when the
    report came from a profile file of the user's.
    """
    profile = profile or load_profile(report.profile)
    evidence_holds, counted = evidence_check(report, profile)
    failures = narrative_failures(report, profile)
    if not evidence_holds:
        return Gap("evidence", [counted, *_hidden_owner(report)], evidence_holds=False,
                   narrative_failures=failures)
    if len(failures) >= _settings(profile)["narrative_failures"]:
        return Gap("narrative", [f"the evidence is there: {counted}", *failures], narrative_failures=failures)
    minor = [f"one thing left to fix yourself: {failures[0]}"] if failures else []
    return Gap("none", [f"the evidence is there and the story carries it: {counted}", *minor],
               narrative_failures=failures)
