"""One repair per kind of top change: which problem it fixes, the items it names, and the packet as
the analysis would read it once fixed (analysis/workbench.py). A builder returns None when the
packet does not have its problem."""

from __future__ import annotations

from typing import Any, Callable

from packetcoach.analysis.facts import claims_level
from packetcoach.analysis.measures import reason_told
from packetcoach.analysis.packet import retells
from packetcoach.analysis.stories import (OWN_SUBJECTS, Story, career_told, counted_stories, grows_people, is_engineering_work, is_result,
                                         stop_told, stories_asked_for, surplus, told_in_full)
from packetcoach.analysis.workbench import Candidate, Workbench, quote
from packetcoach.core.model import Item


def _career_before(bench: Workbench, target: Item) -> bool:
    mentions = bench.reading.former_engineer_mentions
    return len(mentions) >= bench.limits["career_mentions"] and mentions[0].span.start < target.start


def _lead(bench: Workbench) -> Candidate | None:
    found = bench.target()
    if found is None or (bench.reading.lead_is_outcome and not bench.reading.skim_outcomes_missed):
        return None
    story, item = found
    claims = [i for s in bench.stories for i in s.items]
    if claims and claims[0] not in story.items and claims[0].start < item.start and retells(claims[0], item, bench.report.rubric):
        # the first claim tells the target's outcome in brief: the draft already opens with it, or,
        # framed by a remit above it, it is the outcome to open with (the reading's lead suggestion)
        if bench.reading.lead_is_outcome:
            return None
        story, item = next((s, claims[0]) for s in bench.stories if claims[0] in s.items)
    career = _career_before(bench, item)
    missed = tuple(i for i in bench.reading.skim_outcomes_missed if i not in {m.id for m in story.items})
    mentions = bench.reading.former_engineer_mentions
    kept = tuple(m for m in mentions if m.span.start < item.start)[:1] + \
        tuple(m for m in mentions if m.span.start >= item.start)  # the career story cut to one clause
    reading: dict[str, Any] = {"lead_is_outcome": True, "skim_outcomes_missed": missed,
                               "structure": "argument" if bench.reading.structure == "mixed"
                               else bench.reading.structure}
    if career:
        reading["former_engineer_mentions"] = kept
    if career:
        opening = "the move from engineering (cut it to one clause)"
    elif claims and claims[0] not in story.items:
        opening = f"“{quote(claims[0])}” (line {bench.line(claims[0])})"
    elif bench.reading.lead_is_outcome:  # the story leads, but its number is not where a skimmer reads
        opening = "the sentence before it in its paragraph"
    else:  # the story is already the first claim: what stands before it is the opening to move
        opening = "the framing above it"
    return Candidate("lead-with-outcome", (item,), bench.variant(**reading),
                     {"target": bench.headline(story, item), "opening": opening})


def _diary(bench: Workbench) -> Candidate | None:
    found = bench.target()
    if bench.reading.structure != "chronology" or found is None:
        return None
    story, item = found
    return Candidate("cut-diary", (item,), bench.variant(structure="argument", lead_is_outcome=True,
                                                         skim_outcomes_missed=()),
                     {"target": bench.headline(story, item)})


def _technical(bench: Workbench) -> Candidate | None:
    if bench.gap.kind == "evidence":  # part of getting the evidence
        return None
    named = tuple(i for s in bench.stories if not s.engineering and not s.complete and s.key not in bench.gap.decided
                  for i in s.items if i.signals.technical_metric_only and not is_engineering_work(i))
    if not named:
        return None
    variant = bench.repaired(named, technical_metric_only=False, business_outcome=True, customer=True)
    return Candidate("customer-measure", named, variant, {})


def _cut_as_engineering(story: Story, item: Item) -> bool:
    """An item the engineering change cuts (:func:`_engineering`): a claim of an engineering story,
    or the writer's own engineering work told in an engineering verb. Getting the evidence never
    names it too: the room is not asked to measure what it is told to remove."""
    return story.engineering or bool(item.signals.technical_lead and is_engineering_work(item))


def _engineering(bench: Workbench) -> Candidate | None:
    if bench.reading.specialty is None and not bench.reading.former_engineer_mentions:
        # no old role shows (no jargon that names one, no mention of it): an engineering verb here
        # is the everyday word ("rewrote the letter", "built the rota"), not the old job
        return None
    cut = [i for s in bench.stories for i in s.items if _cut_as_engineering(s, i)]
    if not cut:
        return None
    gone = {id(i) for i in cut}
    items = tuple(i for i in bench.items if id(i) not in gone)
    words = bench.report.words - sum(s.words for i in cut for s in i.sentences)
    terms = {term for i in items if i.facts for name, term in i.facts.specialty if name == bench.reading.specialty}
    mentions = tuple(m for m in bench.reading.former_engineer_mentions
                     if not any(i.start <= m.span.start < i.end for i in cut))
    specialty = bench.reading.specialty if len(terms) >= 2 else None
    named = tuple(sorted(cut, key=lambda i: i.start))
    return Candidate("remove-engineering-work", named,
                     bench.variant(items, max(0, words), specialty=specialty, former_engineer_mentions=mentions), {})


def _activity(bench: Workbench) -> Candidate | None:
    if bench.gap.kind == "evidence":  # part of getting the evidence
        return None
    named = tuple(i for s in bench.stories if not s.engineering and not s.complete for i in s.items
                  if i.signals.activity_only and not is_engineering_work(i) and not career_told(i)
                  and not _told_as_lesson(bench, i))
    if not named:
        return None
    variant = bench.repaired(named, activity_only=False, business_outcome=True, own_action=True)
    return Candidate("activity-to-decision", named, variant, {})


def _owner(bench: Workbench) -> Candidate | None:
    problem = bench.problems.get("hidden")
    named = problem.items if problem else ()
    named += tuple(i for s in bench.stories if s.hidden for i in s.items
                   if is_result(i) and not i.signals.own_action and i not in named)
    if not named:
        return None
    named = tuple(sorted(named, key=lambda i: i.start))
    return Candidate("own-the-decision", named, bench.repaired(named, own_action=True), {})


def _evidence(bench: Workbench) -> Candidate | None:
    """Getting the evidence: the strongest stories with no measured result, each named by an item
    whose missing part is the result (:func:`_wants_result`), and the results told in technical
    measures or as effort, each with its customer and business result measured."""
    if bench.gap.kind != "evidence":
        return None
    wants = {id(i) for s in bench.stories for i in s.items if _wants_result(bench, i) and not _cut_as_engineering(s, i)
             and not _stop_unmeasured(bench, i)}
    # a story that holds the claim of the level is the case stated, its evidence told in the others
    weak = sorted((s for s in bench.stories if not s.measured and any(id(i) in wants for i in s.items)
                   and not any(_states_the_case(bench, i) for i in s.items)),
                  key=lambda s: -s.strength)[:3]
    named = {id(i): i for s in weak for i in [max((i for i in s.items if id(i) in wants),
                                                  key=lambda i: i.facts.impact if i.facts else 0.0)]
             if not _develops(bench, i)}  # people grown: asked what they now do, never for a customer measure
    for story in bench.stories:
        if story.complete:  # its measured result and the writer's decision are told: nothing to measure
            continue
        for item in story.items:
            if (item.signals.technical_metric_only or item.signals.activity_only) and not _cut_as_engineering(story, item) \
                    and not is_engineering_work(item) and not _stop_told(bench, item) and not _develops(bench, item) \
                    and not _states_the_case(bench, item) and not career_told(item) \
                    and not _told_as_lesson(bench, item) and not _stop_unmeasured(bench, item):  # a stop's measure is its evidence
                named[id(item)] = item
    if not named:
        return None
    chosen = tuple(sorted(named.values(), key=lambda i: i.start))
    variant = bench.repaired(chosen, customer=True, metric=True, business_outcome=True, own_action=True,
                             technical_metric_only=False, activity_only=False)
    return Candidate("add-evidence", chosen, variant, {})


def _wants_result(bench: Workbench, item: Item) -> bool:
    """A not-ready item whose missing part is the result: one that states a customer or business
    result with no deed of the writer's ("18,000 households joined in eight months", the launch in
    the bullet before it) lacks the writer's part, which measuring again would not give it; a stop
    told with its evidence and what it freed ("it cost $1.1M a year ... The money went to protected
    dock stations") has what the room asks of a stop."""
    return not item.ready and not (is_result(item) and not item.signals.own_action) and not _stop_told(bench, item) \
        and not _states_the_case(bench, item) and not career_told(item) and not _told_as_lesson(bench, item)


def _told_as_lesson(bench: Workbench, item: Item) -> bool:
    """Does the item sit under a heading whose whole text is one of the profile's
    ``kinds.lesson_headings`` ("## What I learned", "## What I would do differently", "## Lessons")?
    A deed told there is the writer's own misstep ("I wrote too many documents in my first quarter",
    "I spent March testing devices myself when the team had a QA lead"): the effort is the lesson,
    never one to tie to a number or to measure. The whole heading, so a story's title that holds the
    word ("## Empty lesson slots") is not one."""
    if item.section is None:
        return False
    title = item.section.lower().strip(" \t#*_:.-\u2013\u2014").lstrip("0123456789. ")
    return title in bench.report.rubric.profile.table("kinds").get("lesson_headings", ())


def _states_the_case(bench: Workbench, item: Item) -> bool:
    """A claim of the level ("I am ready for L7 because I have set a three-year direction", "He is
    ready for L6 now, and the case rests on what changed for learners") states the case the stories
    make: it is asked to name the strongest result (the retell change), never to measure one of its
    own. Read on its first sentence, where the claim stands."""
    first = item.sentences[0].span if item.sentences else item.span
    return claims_level(item.words_at(first), bench.report.rubric) or _under_case_heading(bench, item)


def _under_case_heading(bench: Workbench, item: Item) -> bool:
    """Does the item sit under a heading that names the case for the level (the profile's
    ``document.case_headings``: "## Why L6", "## Why now", "## What I want the panel to take
    away")? What is told there sums up the stories ("Across these stories I have set pricing ...",
    "The migration shows I can lead across teams ..."): the case stated, never a story to measure."""
    if item.section is None:
        return False
    headings = bench.report.rubric.profile.table("document").get("case_headings", ())
    title = item.section.lower().strip(" \t#*_:.-\u2013\u2014").lstrip("0123456789. ")  # "## 5. Why L6" -> "why l6"
    return bool(headings) and title in headings


def _develops(bench: Workbench, item: Item) -> bool:
    """The writer's own verb grows people (stories.grows_people)."""
    rubric = bench.report.rubric
    return grows_people(item, rubric.developing, rubric.growing, rubric.grown)


def _stop_unmeasured(bench: Workbench, item: Item) -> bool:
    """A stop or a refusal of the writer's (the reading's stopped list) with no measured result of
    its own ("I stopped the pilot after it showed the leads went to the wrong accounts"): the stop is
    the writer's judgement, the evidence the room asks for (SPEC: what was stopped), never an outcome
    to go and measure. A stop told with a measured business result keeps the advice it gets. The
    stop's paragraph is the stop's: a paragraph's stop is named by its first claim (the labelling
    guide), so the sentences after it ("I wound the scheme down in September.", "I moved the four
    engineers to the parent link", the test that made the case) tell the same stop."""
    signals = item.signals
    if signals.metric and signals.business_outcome:
        return False
    stopped = bench.reading.stopped_items
    return item.id in stopped or any(other.base == item.base and other.id in stopped for other in bench.items)


def _stop_told(bench: Workbench, item: Item) -> bool:
    """A stop or a refusal of the writer's told with its evidence (stories.stop_told)."""
    return stop_told(item, bench.reading.stopped_items, bench.report.rubric.stops)


def _career(bench: Workbench) -> Candidate | None:
    mentions = bench.reading.former_engineer_mentions
    found = bench.target()
    if len(mentions) < bench.limits["career_mentions"] or (found and _career_before(bench, found[1])
                                                           and not bench.reading.lead_is_outcome):
        return None
    lines = ", ".join(str(bench.lines.line_col(m.span.start)[0]) for m in mentions)
    return Candidate("cut-career-story", (), bench.variant(former_engineer_mentions=mentions[:1]),
                     {"count": str(len(mentions)), "lines": f"lines {lines}"})


def _stop(bench: Workbench) -> Candidate | None:
    if bench.reading.stopped_items:
        return None
    return Candidate("add-stop-story", (), bench.variant(stopped_items=("",)), {})


def _retell(bench: Workbench) -> Candidate | None:
    found = bench.target()
    if bench.reading.retell is not None or found is None:
        return None
    story, item = found
    return Candidate("add-retell", (item,), bench.variant(retell=""), {"target": bench.headline(story, item)})


def cut_stories(bench: Workbench) -> Candidate | None:
    """More stories with a measured result than the document type asks for (`too-many-stories`):
    the packet as read with the stories past the strongest few cut."""
    report = bench.report
    most = stories_asked_for(report.rubric, report.doc_type)
    if not most or len(bench.stories) <= most:  # before the stories are counted: most drafts stop here
        return None
    over = surplus(counted_stories(bench.stories, bench.reading.retell, report.rubric), bench.reading.retell,
                   report.rubric, report.doc_type, bench.reading.stopped_items)
    if over is None:
        return None
    cut = [i for s in over.past for i in s.items]
    gone = {id(i) for i in cut}
    items = tuple(i for i in bench.items if id(i) not in gone)
    words = report.words - sum(s.words for i in cut for s in i.sentences)
    named = tuple(sorted(cut, key=lambda i: i.start))
    return Candidate("cut-stories", named, bench.variant(items, max(0, words)),
                     {"most": str(over.most), "doc_type": report.doc_type})


def _length(bench: Workbench) -> Candidate | None:
    high = int(bench.report.rubric.profile.table("doc_types").get(bench.report.doc_type, {}).get("words_max", 0))
    if not high or bench.report.words <= high:
        return None
    return Candidate("cut-length", (), bench.variant(words=high), {"words_max": f"{high:,}"})


BUILDERS: tuple[Callable[[Workbench], Candidate | None], ...] = (
    _evidence, _diary, _lead, _technical, _engineering, _activity, _owner, _career, _stop, _retell, cut_stories, _length)
