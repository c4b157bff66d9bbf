"""The verdict (SPEC section 6): how the room would read this packet at the level it argues for.

One call a coach would make first: below, at or above the level, or undecided when there is too
little to judge; whether the gap is in the evidence or in the narrative (the planner's call,
:func:`packetcoach.analysis.gap.judge_gap`); one sentence with the reason; and the changes worth
making, measured by scoring the packet again with each problem fixed (analysis/changes.py). A
ready packet is told so, with what not to touch, and gets no changes: polishing it further is time
taken from something else. One step is left to a ready packet that tells more stories than its
document type takes: cutting to that number, which its sentence and its one change both say.

It is computed from the parts of a finished report (its stories, reading and score), never from the
text, so it costs a few scoring passes.
"""

from __future__ import annotations

from typing import Any

from packetcoach.analysis.changes import cut_to_limit, quote, top_changes
from packetcoach.analysis.measures import bound_metric
from packetcoach.analysis.metrics import from_nothing
from packetcoach.analysis.packet import argued_dimensions
from packetcoach.analysis.gap import Gap, complete_needed, judge_gap, level_shown, settings, verdict_data, voiced
from packetcoach.analysis.stories import Story, best_result, is_measured_change, stories_asked_for
from packetcoach.analysis.workbench import headline
from packetcoach.core.model import Item, LineIndex, Mention
from packetcoach.core.report import Report
from packetcoach.core.verdict import ReadingKind, Verdict


def _next_level(report: Report) -> str | None:
    levels = report.rubric.levels
    return levels[levels.index(report.level) + 1] if report.level in levels[:-1] else None


def reading_of(report: Report, gap: Gap, limits: dict[str, Any]) -> ReadingKind:
    """Below, at, above or undecided, from the stories the room credits and what it discounts."""
    claims = sum(len(s.items) for s in gap.stories)
    if claims < limits["min_claims"] or report.words < limits["min_words"]:
        return "undecided"
    complete, needed = len(gap.credited()), complete_needed(report, limits)
    enough = complete >= needed
    # effort (or a chronology) beside enough complete stories, where the work described meets the level's bar
    outweighed = _outweighed(report, gap, limits, needed) if enough and _bar_met(report) else ()
    beside = limits.get("outweighed_beside_case", ())
    outweighed = tuple(n for n in outweighed if n not in beside
                       or all(complete > p.stories for p in gap.problems if p.name == n))
    if not gap.evidence_holds or any(p.discounts and p.name not in outweighed for p in gap.problems) \
            or not enough or level_shown(report) < limits["level_dimensions_min"]:
        return "below"
    above = _next_level(report)
    if above and level_shown(report, above) >= limits["above_dimensions"] \
            and complete >= complete_needed(report, limits, above):
        return "above"
    return "at"


def _outweighed(report: Report, gap: Gap, limits: dict[str, Any], needed: int) -> tuple[str, ...]:
    """The problems the room stops holding against the reading (``outweighed``); one named in
    ``outweighed_in_skim`` (a chronology) only where the stories it credits inside the 90-second read
    (the reading's ``skim_outcomes_seen``) reach the level's complete stories: past them, the
    structure hides the case ("the headline lands in November"). Asked only of a packet with such a
    problem."""
    names, skim = limits.get("outweighed", ()), limits.get("outweighed_in_skim", ())
    if not any(p.name in skim for p in gap.problems):
        return names
    seen = set(report.reading.skim_outcomes_seen)
    shown = sum(1 for s in gap.credited() if any(i.id in seen for i in s.items))
    return names if shown >= needed else tuple(n for n in names if n not in skim)


def _best(stories: tuple[Story, ...]) -> Item | None:
    results = [i for s in stories if s.complete for i in s.items if is_measured_change(i)]
    return max(results, key=lambda i: i.facts.impact if i.facts else 0.0, default=None)


def _strongest_figure(best: Item, report: Report) -> str | None:
    """The strongest figure's words (:func:`_strongest_mention`)."""
    found = _strongest_mention(best, report)
    return found.text if found else None


def _strongest_mention(best: Item, report: Report) -> Mention | None:
    """The figure the verdict names as the strongest: a before and after told whole (never one read
    as a change only from nothing, "up from none", when another is told), else an amount of money
    that is not the bound a rule applies under ("invoices under $10,000"). A before and after is
    the result itself; an amount of money beside it is often a price, a fee, a threshold or a cost
    ("at $5.99", "the $2 bid fee", "their first EUR 1,000 in sales"), so it comes second."""
    ranges = [m for m in best.metrics if m.detail == "range"]
    whole = [m for m in ranges if not from_nothing(best.view, m, report.rubric)]
    money = [m for m in best.metrics if m.kind == "currency" and not bound_metric(best, m, report.rubric)]
    told = whole or money or ranges
    return told[0] if told else None


def _ready_reason(report: Report, gap: Gap, lines: LineIndex) -> str:
    complete = gap.credited()
    best = _best(gap.stories)
    measure = _strongest_mention(best, report) if best else None
    # the line the figure is told on: a story told in labelled parts is one item from its problem to
    # its result ("**Decision.** ... **Result.** ... rose from 18% to 29%"), its first line the decision's
    shown = f" (the strongest: {' '.join(measure.text.split())}, line {lines.line_col(best.base + measure.span.start)[0]})" \
        if best and measure else ""
    reasons = verdict_data()["reasons"]
    judged = len(gap.judged_only())
    if judged:
        return voiced(reasons, "ready_decided", report).format(complete=len(complete) - judged, decided=judged, best=shown)
    stopped = voiced(reasons, "stopped", report) if report.reading.stopped_items else ""
    return voiced(reasons, "ready", report).format(complete=len(complete), best=shown, stopped=stopped)


def _keep(gap: Gap, lines: LineIndex, report: Report) -> str:
    """The stories a ready packet stands on, each named by the result it stands on (a story's first
    item may be groundwork or an engineering line beside the result: "leave it" must point at the
    result, never at them)."""
    named = []
    for story in sorted(gap.credited(), key=lambda s: -s.strength)[:4]:
        best = best_result(story, report.rubric)
        told = next((i for i in story.items if i.id in report.reading.stopped_items), story.first)
        named.append(headline(story, best, lines, report.rubric) if best is not None
                     else f"“{quote(told)}” (line {lines.line_col(told.start)[0]})")
    return verdict_data()["keep"]["text"].format(stories=", ".join(named))


def _summary(report: Report, gap: Gap, reading: ReadingKind, ready: bool, limits: dict[str, Any],
             lines: LineIndex, over: bool = False) -> str:
    wording, reasons = verdict_data()["summary"], verdict_data()["reasons"]
    if reading == "undecided":
        claims = sum(len(s.items) for s in gap.stories)
        reason = reasons["thin"].format(claims=claims, words=report.words)
        return wording["undecided"].format(level=report.level, reason=reason)
    if ready:
        key = ("above" if reading == "above" else "at_ready") + ("_over" if over else "")
        return wording[key].format(level=report.level, reason=_ready_reason(report, gap, lines),
                                   most=stories_asked_for(report.rubric, report.doc_type), doc_type=report.doc_type)
    key = reading if reading in ("at", "above") else "below_bar_met" if _bar_met(report) else "below"
    key = "above_but" if key == "above" else key  # read above, with the telling still to fix
    return wording[key].format(level=report.level, reason=_reason(report, gap, limits))


def _bar_met(report: Report) -> bool:
    """Whether the work described meets the argued level's bar (the room's reading says so on its
    level line): a packet read below its level for want of evidence then says both in one sentence,
    so "Reads below L5" never stands beside "the work described meets the L5 bar" unexplained."""
    levels, supported = report.rubric.levels, report.reading.supported_level
    return supported in levels and report.level in levels and levels.index(supported) >= levels.index(report.level) \
        and not argued_dimensions(supported, report)[0]


def _reason(report: Report, gap: Gap, limits: dict[str, Any]) -> str:
    """The one reason the sentence gives: the missing evidence, what the room discounts, too few
    complete stories, no sign of the level, or the first failing check. A problem told beside a
    measured case (technical measures beside stories with customer results) comes after the others:
    it is the reason only when nothing else is."""
    reasons = verdict_data()["reasons"]
    if gap.kind == "evidence":
        return f"{gap.reasons[0]}, {reasons['no_results']}"
    discounting = [p for p in gap.problems if p.discounts and not p.beside_case]
    if discounting:
        return gap.narrative_failures[gap.problems.index(discounting[0])]
    complete, needed = len(gap.credited()), complete_needed(report, limits)
    judged = len(gap.judged_only())
    few = voiced(reasons, "few_complete_decided" if judged else "few_complete", report).format(
        complete=complete, needed=needed, decided=judged, credited=complete)
    if complete < needed:
        return few
    if level_shown(report) < limits["level_dimensions_min"]:
        return reasons["level_weak"].format(level=report.level)
    return gap.narrative_failures[0] if gap.narrative_failures else few


def judge(report: Report) -> Verdict:
    """The verdict for an analysed packet."""
    limits = settings(report)
    gap = judge_gap(report)
    reading = reading_of(report, gap, limits)
    ready = reading in ("at", "above") and gap.kind == "none"
    lines = LineIndex(report.text)
    step = cut_to_limit(report, gap, limits) if ready else None
    summary = _summary(report, gap, reading, ready, limits, lines, step is not None)
    if ready:
        return Verdict(reading, gap.kind, summary, True, (step,) if step else (), _keep(gap, lines, report),
                       tuple(gap.reasons))
    judged = reading != "undecided" or gap.stories
    changes = top_changes(report, gap, limits) if judged else ()
    return Verdict(reading, gap.kind, summary, False, changes, None, tuple(gap.reasons))
