"""The coach's one judgment call: is this packet missing evidence, or telling good evidence badly?

Coaching is worth paying for only when the problem is the narrative; when the outcomes themselves
are not there, no amount of storytelling fixes the packet (SPEC 2.19). The call is made from the
analysis alone, the way a reviewer reads: by stories, not sentences (analysis/stories.py), since the
problem, the decision and the result of one success story often sit in three sentences.

1. Evidence: do enough stories carry a measured customer or business result (before and after,
   money, a percentage), whoever is credited? Technical results with a before and after count when
   several stories have them and they are not engineering work: the work moved something, told in
   the wrong measure. Figures set apart in a table count too: results told apart from their
   stories. If not, the gap is ``evidence``, whatever the prose looks like.
2. Narrative: with the evidence there, does the document let the room see it? The problems that
   make the room discount the facts (a month-by-month diary, engineering work offered as evidence,
   results only in technical measures, decisions hidden behind "we", effort counted instead of
   decisions, figures apart from the stories) each weigh two checks: with the shipped threshold,
   one is enough.
   The checks a writer fixes in minutes (lead, retell sentence, 90-second read, re-roled voice, the
   level argued, a career-story opening, a length well off target) weigh one each: one alone is
   "one thing left to fix yourself", two make a narrative gap.

Thresholds are the profile's ``[verdict]`` table over the shipped defaults (analysis/verdict.toml);
the wording is in verdict.toml. The report's verdict and the planner both call :func:`judge_gap`, so
they cannot disagree.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Problem and Gap are named tuples).

from functools import lru_cache
from typing import Any, NamedTuple

from packetcoach.analysis.stories import OWN_SUBJECTS, Story, counted_stories, decided, figures_apart, is_engineering_work, is_hidden_owner, outcome_quote, quoted, told_stories
from packetcoach.core.model import Item, Voice
from packetcoach.core.report import Report
from packetcoach.core.resources import load_package_toml
from packetcoach.core.verdict import GapKind

DISCOUNTING = ("chronology", "engineering", "technical", "hidden", "activity", "apart")  # most damaging first
NON_CLAIM_KINDS = frozenset({"context", "scope", "plan", "lesson", "objection"})  # only claims are judged


@lru_cache(maxsize=1)
def verdict_data() -> dict[str, Any]:
    """The shipped thresholds and wording; read once per process."""
    return load_package_toml("analysis", "verdict.toml")


def candidate_called(voice: Voice | None) -> str | None:
    """Whom a manager's document speaks for, as the coach names them to the manager ("Priya"), or
    None for the writer's own draft: the coach's words then go to the manager, about the candidate."""
    if voice is None:
        return None
    return voice.called or verdict_data()["candidate_unnamed"]


def voiced(table: dict[str, str], key: str, report: Report) -> str:
    """A template of the wording in the draft's voice: in a manager's document, its ``key_manager``
    form when it has one, with the candidate's name in it ("say what Priya decided")."""
    candidate = candidate_called(report.document.voice)
    if candidate is None:
        return table[key]
    return in_voice(table, key, candidate).replace("{candidate}", candidate)


def in_voice(table: dict[str, str], key: str, candidate: str | None) -> str:
    """``table[key]``, or for a manager's document (``candidate`` named) its ``key_manager`` form
    when the table has one: the one place the wording files' manager forms are chosen."""
    return table.get(f"{key}_manager", table[key]) if candidate else table[key]


def settings(report: Report | None, profile: Any = None) -> dict[str, Any]:
    """The shipped thresholds, with the profile's ``[verdict]`` table over them."""
    table = (profile or report.rubric.profile).table("verdict")
    return {**verdict_data()["thresholds"], **table}


def claims(report: Report) -> list[Item]:
    """The items judged for readiness: every item but context, scope, plans, lessons and objections."""
    return [item for item in report.items if item.kind not in NON_CLAIM_KINDS and item.signals is not None]


class Problem(NamedTuple):
    """A telling problem the room would hold against the packet, and the items that carry it."""

    name: str  # chronology | engineering | technical | hidden | activity | apart | career
    items: tuple[Item, ...] = ()
    discounts: bool = True  # the room discounts the facts (reads below), not only the telling
    stories: int = 0  # how many stories carry it
    among: int = 0  # of how many stories of its kind (technical: the stories that tell a result)
    beside_case: bool = False  # the measured case stands beside it: named only when nothing else explains "below"


class Gap(NamedTuple):
    """Which gap the packet has, the reasons in a coach's words, and the two halves of the call.

    Named tuples, like the model's records (core/model.py says why); :func:`judge_gap` gives every field."""

    kind: GapKind
    reasons: list[str]
    evidence_holds: bool
    narrative_failures: list[str]  # every failing check, most damaging first
    problems: tuple[Problem, ...]
    stories: tuple[Story, ...]  # the stories the call was made on
    decided: frozenset[str] = frozenset()  # keys of the stories of judgement (stories.decided)

    def credited(self) -> list[Story]:
        """The stories the room credits: the writer's decision with a measured result (complete), or
        a stop or a refusal told with its evidence (a story of judgement, SPEC 2.11)."""
        return [s for s in self.stories if s.complete or s.key in self.decided]

    def judged_only(self) -> list[Story]:
        """The credited stories whose case is a stop's evidence, not a measured result of their own."""
        return [s for s in self.stories if s.key in self.decided and not s.complete]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def problems(report: Report, told: tuple[Story, ...], limits: dict[str, Any], holds: bool,
             judged: frozenset[str] = frozenset()) -> tuple[Problem, ...]:
    """Every problem that makes the room discount the facts, in order of damage, then the career story.
    A story of judgement (``judged``, its key) hides no decision: the stop is the writer's."""
    found: dict[str, Problem] = {}
    if report.reading.structure == "chronology":
        found["chronology"] = Problem("chronology")
    engineering = [s for s in told if s.engineering]
    if len(engineering) >= limits["engineering_stories"]:
        found["engineering"] = Problem("engineering", tuple(i for s in engineering for i in s.items
                                                           if is_engineering_work(i)), stories=len(engineering))
    # a story of judgement told with a technical number ("stopped the pilot after 9% misreads") tells
    # the evidence for a stop, not a result to restate for customers
    resulting = [s for s in told if s.results or s.technical_only and s.key not in judged]
    technical = [s for s in resulting if s.technical_only]
    if technical and _share(len(technical), len(resulting)) >= limits["technical_share"]:
        case = sum(1 for s in told if s.measured)
        found["technical"] = Problem("technical", tuple(i for s in technical for i in s.items
                                                       if i.signals and i.signals.technical_metric_only),
                                     stories=len(technical), among=len(resulting),
                                     beside_case=case >= limits["technical_case"] and case > len(technical))
    hidden = [s for s in told if s.hidden and s.results and s.key not in judged]
    acted = [s for s in told if s.results and any(i.action.subject != "none" for i in s.items)]
    if hidden and _share(len(hidden), len(acted)) >= limits["hidden_share"]:
        found["hidden"] = Problem("hidden", tuple(i for s in hidden for i in s.items if is_hidden_owner(i)))
    effort = [s for s in told if s.activity]
    if effort and _share(len(effort), len(told)) >= limits["activity_share"]:
        found["activity"] = Problem("activity", tuple(i for s in effort for i in s.items
                                                     if i.signals and i.signals.activity_only))
    if not holds and figures_apart(report.document):
        found["apart"] = Problem("apart")
    ordered = [found[name] for name in DISCOUNTING if name in found]
    mentions = len(report.reading.former_engineer_mentions)
    if mentions >= limits["career_mentions"]:
        ordered.append(Problem("career", discounts=False, stories=mentions))
    return tuple(ordered)


def needed_stories(report: Report, limits: dict[str, Any], lowered: bool = True) -> int:
    """Stories with a measured result the evidence needs: the profile's floor, or the document type's
    number of stories (a promotion document: 5 to 7). A level whose room credits fewer complete
    stories than most (``complete_stories``: two at L5, three above) lowers the floor by as many, so
    the evidence never asks for more stories than the level's own count ("the room needs at least
    3" at L5, where two complete stories read at the level)."""
    target = report.rubric.profile.table("doc_types").get(report.doc_type, {})
    table = limits["complete_stories"]
    fewer = max(0, int(table["default"]) - int(table.get(report.level, table["default"]))) if lowered else 0
    return max(int(limits["min_ready_items"]) - fewer, int(target.get("items_min", 0)))


def evidence_count(told: tuple[Story, ...], needed: int) -> int:
    """Stories with a measured result; technical results count when several stories have them."""
    measured = sum(1 for s in told if s.measured)
    technical = sum(1 for s in told if s.technical_measured and not s.engineering)
    return measured + (technical if technical >= needed else 0)


def complete_needed(report: Report, limits: dict[str, Any], level: str | None = None) -> int:
    """Complete stories (a measured result and the writer's decision) the room needs at a level."""
    table = limits["complete_stories"]
    return int(table.get(level or report.level, table["default"]))


def level_shown(report: Report, level: str | None = None) -> int:
    """How many of the level's dimensions (scope, ambiguity, influence) some outcome shows."""
    return sum(1 for ids in report.reading.level_evidence.get(level or report.level, {}).values() if ids)


def _opening_is_an_outcome(report: Report, told: tuple[Story, ...]) -> bool:
    """The reading's lead, or a first story that carries a measured result: the headline is on top."""
    return report.reading.lead_is_outcome or bool(told and told[0].measured)


def _career_opens(report: Report, told: tuple[Story, ...]) -> bool:
    """The draft opens with the move from engineering: no outcome leads, and the old role is
    mentioned before the first story starts."""
    mentions = report.reading.former_engineer_mentions
    return bool(mentions) and not report.reading.lead_is_outcome \
        and (not told or mentions[0].span.start < told[0].first.start)


def _outcomes_quoted(report: Report, ids) -> str:
    """Outcomes named by id as the room would quote them: each item's outcome clause (where its
    result is told: "I persuaded both to sign three-year renewals", not the opening "I did not
    accept the request as given"), as the lead change points at its outcome."""
    by_id = {item.id: item for item in report.items}
    return ", ".join(f"“{outcome_quote(by_id[i], report.rubric)}”" if i in by_id else i
                     for i in ids)


def checks(report: Report, told: tuple[Story, ...], limits: dict[str, Any]) -> list[str]:
    """The checks a writer fixes in minutes, each failing one as the reason a coach would give."""
    reading, wording = report.reading, verdict_data()["checks"]
    failing: list[str] = []
    if report.items and not _opening_is_an_outcome(report, told):
        failing.append(wording["lead"])
    if reading.retell is None and report.items:
        failing.append(voiced(wording, "retell", report))
    if reading.skim_outcomes_missed and not _opening_is_an_outcome(report, told):
        failing.append(wording["skim"].format(missed=_outcomes_quoted(report, reading.skim_outcomes_missed)))
    if report.score.re_role < limits["re_role_min"]:
        why = "; ".join(report.score.reasons.get("re_role", [])) or f"re-role score {report.score.re_role}"
        failing.append(wording["re_role"].format(why=why))
    if report.level in reading.level_evidence and level_shown(report) < limits["level_dimensions_min"]:
        failing.append(wording["level"].format(level=report.level))
    target = report.rubric.profile.table("doc_types").get(report.doc_type, {})
    low, high = int(target.get("words_min", 0)), int(target.get("words_max", 0))
    slack = limits["length_slack_percent"] / 100
    if high and not low * (1 - slack) <= report.words <= high * (1 + slack):
        failing.append(wording["length"].format(words=report.words, doc_type=report.doc_type, low=low, high=high))
    return failing


def _hidden_owner(report: Report) -> list[str]:
    """Outcomes that would be ready if the writer's own part were stated: the one evidence fix that is words."""
    hidden = [item.id for item in claims(report) if not item.ready and item.signals.customer
              and item.signals.metric and item.signals.business_outcome and not item.signals.own_action]
    if not hidden:
        return []
    return [voiced(verdict_data()["checks"], "hidden_owner", report).format(count=len(hidden), ids=quoted(report.items, hidden[:5]))]


def _counted(checks: dict[str, str], count: int, told: int, judged: int = 0) -> str:
    """How many stories carry a measured result; "2 of 2" is said "2 stories" (how many stories the
    room reads in a section is its own grouping, which the writer may count differently); then how
    many more tell a stop or a refusal with its evidence, when some do."""
    verb = "carries" if count == 1 else "carry"
    if count == told and count:
        stated = checks["counted_all"].format(count=count, noun="story" if count == 1 else "stories", verb=verb)
    else:
        stated = checks["counted"].format(count=count, stories=told, verb=verb)
    return checks["judged"].format(counted=stated, count=judged) if judged else stated


def results_asked(counts: tuple[Story, ...], stopped: tuple[str, ...] | frozenset[str]) -> tuple[Story, ...]:
    """The stories the room asks for a measured result: not a stop or a refusal with no measured
    result of its own (``stopped``: the reading's stopped list), whose claims are the stop and what
    others did ("We had been building ... After the pilot showed ..., I stopped the project"). A
    stop is judgement evidence: the room asks it for its case, never for a customer result, so it is
    no story "without a result" ("1 of 2 stories carries a measured ... result", the second a
    refusal). Its paragraph is the stop's: the reason or the test told beside it ("After the pilot
    showed that 40% ..., I stopped the project") is its case. A stop told with its evidence is still
    said as one ("and 1 more the evidence for a stop or a refusal")."""
    def stop_only(story: Story) -> bool:
        paragraphs = {i.base for i in story.items if i.id in stopped}
        return bool(paragraphs) and not story.measured \
            and all(i.base in paragraphs or i.action.subject not in OWN_SUBJECTS for i in story.items)
    return tuple(s for s in counts if not stop_only(s))


def _stands(checks: dict[str, str], count: int, judged: int = 0) -> str:
    """What the case stands on when every story asked for a result has one: how many stories carry
    a measured result ("the case stands on 1 story with a measured customer or business result"),
    then the stops told with their evidence, when some are."""
    stated = checks["stands"].format(count=count, noun="story" if count == 1 else "stories") if count \
        else checks["stands_none"]
    return checks["judged"].format(counted=stated, count=judged) if judged else stated


def _named(reasons: dict[str, str], problem: Problem, report: Report, told: tuple[Story, ...] = ()) -> str:
    """A problem as the reason a coach gives; technical measures counted when some results are told
    in customer or business measures ("1 of the 3 results is told only in technical measures"): "the
    results are told in technical measures" only when every one is. The engineering past is "the
    opening" only when it is: the reading's lead is no outcome and the first mention comes before the
    first story; else the draft is told how often the old role comes up (``career_mentions``)."""
    if problem.name == "career" and not _career_opens(report, told):
        return voiced(reasons, "career_mentions", report).format(count=problem.stories)
    if problem.name == "technical" and problem.stories < problem.among:
        verb = "is" if problem.stories == 1 else "are"
        return reasons["technical_some"].format(count=problem.stories, stories=problem.among, verb=verb)
    return voiced(reasons, problem.name, report).format(count=problem.stories)


def judge_gap(report: Report, profile: Any = None) -> Gap:
    """The gap of one analysed packet: ``evidence``, ``narrative`` or ``none``, with reasons.

    ``profile`` is the loaded profile when the caller has one (a user's profile file); by default
    the report's own compiled profile gives the thresholds.
    """
    limits = settings(report, profile)
    wording = verdict_data()
    told = told_stories(report)
    needed = needed_stories(report, limits)
    # technical results count when as many stories have them as the floor above the lowest level
    # asks: two technical stories are no case at L5 either
    counted = evidence_count(told, max(needed, needed_stories(report, limits, lowered=False)))
    # stories of judgement count once the draft has a measured result: a year told only in refusals
    # still lacks evidence
    judged = [s for s in told if decided(s, report.reading.stopped_items, report.rubric.stops)] \
        if counted >= limits["stops_need_results"] else []
    extra = sum(1 for s in judged if not s.measured)
    holds = counted + extra >= needed
    keys = frozenset(s.key for s in judged)
    found = problems(report, told, limits, holds, keys)
    named = [_named(wording["reasons"], p, report, told) for p in found]
    failures = named + checks(report, told, limits)
    counts = results_asked(counted_stories(told, report.reading.retell, report.rubric), report.reading.stopped_items)
    stated = _counted(wording["checks"], counted, len(counts), extra)
    if not holds and not any(p.name == "apart" for p in found):
        form = "only"
        if counted == len(counts):  # every story asked for a result has one: the case is how many
            stated, form = _stands(wording["checks"], counted, extra), "only_stands"
        return Gap("evidence", [wording["checks"][form].format(counted=stated, needed=needed),
                                *_hidden_owner(report)], False, failures, found, told, keys)
    weight = sum(limits["discounting_weight"] if p.discounts else 1 for p in found) + len(failures) - len(found)
    if weight >= limits["narrative_failures"]:
        return Gap("narrative", [wording["checks"]["there"].format(counted=stated), *failures], True,
                   failures, found, told, keys)
    minor = [wording["checks"]["one_left"].format(failure=failures[0])] if failures else []
    return Gap("none", [wording["checks"]["holds"].format(counted=stated), *minor], True, failures, found, told, keys)
