"""The level reading as the room reads it: the verdict and the room's reading of the work agree, and
the cues of scope and influence are read in the shapes writers and managers tell them."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze
from packetcoach.output.coachview import reading_lines
from packetcoach.output.json import report_json
from packetcoach.output.labels import reading_rows

# one L6 dimension shown (a director won over) and no L6 scope or ambiguity: the verdict's level
# check passes, and so does the bar of the level the draft asks for, once the level below it is met
ONE_DIMENSION = """# Self-assessment 2026 (L6)

## Summary

This year I moved the ferry booking app from a timetable to the way islanders plan their week.
Islanders now book a car space in under a minute, and repeat bookings grew 31% to 48,000.

## Car spaces held for islanders

Every summer, visitors took the car spaces islanders needed for work. I proposed holding a fifth of
each sailing's car deck for island residents until two days before departure; the operations
director wanted a fare rise instead. I showed that a fare rise would fall on islanders first and he
agreed to the hold. Residents who could not travel fell from 1,900 to 300 a month.

## Season tickets

- Launched a season ticket for islanders after 40 interviews on the quay; 6,200 households bought one, bringing in $410K.
- Cut the refund wait for cancelled sailings from 12 days to 2 by paying refunds on the day of the cancellation, which halved refund complaints.
- Moved the timetable page to the top of the app after 9 of 12 islanders named it their first stop; bookings from it rose 22%.
- Dropped the paper boarding pass for foot passengers, so islanders show the app alone at the gate; boarding queues at the quay fell from 15 minutes to 4.
"""

# no dimension of the argued level at all: the lower bar is said as it is
NO_DIMENSION = """# Self-assessment 2026 (L6)

## Summary

This year I made the ferry booking app the way islanders book their crossings: repeat bookings grew
31% to 48,000, and islanders now book a car space in under a minute from the timetable page.

## Season tickets

- Launched a season ticket for islanders after 40 interviews on the quay; 6,200 households bought one, bringing in $410K.
- Cut the refund wait for cancelled sailings from 12 days to 2 by paying refunds on the day of the cancellation, which halved refund complaints.
- Moved the timetable page to the top of the app after 9 of 12 islanders named it their first stop; bookings from it rose 22%.
- Dropped the paper boarding pass for foot passengers, so islanders show the app alone at the gate; boarding queues at the quay fell from 15 minutes to 4.
- Priced the family season ticket at twice the single one after a survey of 300 island families; 1,400 families bought it in its first month.
"""


def _level_line(report) -> str:
    return dict(reading_lines(report))[f"level {report.level}"]


def test_a_lower_bar_is_never_said_beside_a_level_the_verdict_reads_at() -> None:
    """One dimension of the argued level shown: the verdict reads at the level and the level asked
    for is supported, and the room's reading names what shows and what a second dimension would add,
    not a lower bar it does not give."""
    report = analyze(ONE_DIMENSION, level="L6")
    assert report.reading.supported_level == "L6"
    assert report.verdict.reading == "at", report.verdict.summary
    line = _level_line(report)
    assert "meets the L5 bar" not in line
    assert line.endswith("the work described shows L6 influence; L6 scope or ambiguity beside it would make "
                         "the L6 bar plain")
    rows = dict(reading_rows(report))
    assert "meets the L5 bar" not in rows["level evidence for L6"]


def test_the_lower_bar_is_said_when_the_level_shows_nothing() -> None:
    """No dimension of the argued level: the verdict reads below, and the bar the work meets is said."""
    report = analyze(NO_DIMENSION, level="L6")
    assert report.reading.supported_level == "L5"
    assert report.verdict.reading == "below"
    assert _level_line(report).endswith("the work described meets the L5 bar")


def test_a_bar_at_or_above_the_level_is_said_as_before() -> None:
    report = analyze(NO_DIMENSION, level="L5")
    assert _level_line(report).endswith("the work described meets the L5 bar")


def test_the_level_line_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    session.analyze(NO_DIMENSION)
    assert _level_line(session.analyze(ONE_DIMENSION)) == _level_line(analyze(ONE_DIMENSION, level="L6"))


# a span of years: L7 scope only as the writer's work carried over the years
YEARS_FIRE = [
    "Over three years I moved the county's permit offices onto one booking service, and the wait for a permit "
    "fell from 40 days to 9 for 30,000 builders.",
    "For two years I have set how the county's permit offices book inspections, and the wait for builders fell "
    "from 40 days to 9.",
]
YEARS_QUIET = [
    "Cut the permit wait for builders from 40 days to 9 by booking inspections online; the county renewed our "
    "contract for three years.",
    "Pulled two years of permit records and found that builders waited 40 days; I moved inspections online and "
    "the wait fell to 9 days.",
    "Killed the kiosk add-on that had been on the roadmap for two years after only 30 builders used the pilot, "
    "and moved its budget to online booking, which cut the wait from 40 days to 9.",
    "Before product I spent three years as a building inspector; this year I cut the permit wait for builders "
    "from 40 days to 9.",
]


def _shows_l7(text: str, dimension: str) -> bool:
    """Does the item show this dimension of L7?"""
    return _shows(text, "L7", dimension)


# "board": the board of directors is L7 influence; a display or an idiom is no leader
BOARD_FIRE = [
    "Took the case for free transfers to the board, and the board approved it in May; transfers for riders "
    "rose from 12,000 to 19,000 a week.",
]
BOARD_QUIET = [
    "Replaced the three spreadsheets that dock planners reconciled each morning with one shared board, saving "
    "each of 20 planners 40 minutes a day.",
    "Refused a 10% cut to rider refunds across the board and kept full refunds for riders whose trip failed; "
    "complaints fell from 900 to 300 a month.",
    "Proposed a weekend trial of the bed board on two wards, and ward use went from 3 of 12 wards to 12 of 12 "
    "in six weeks.",
]


# vice presidents spelled out are the ladder's "vps" and "svp"; one vice president is the L6 "vp"
VICE_PRESIDENTS_FIRE = [
    "Took the three-year ferry plan to two vice presidents, and both changed their fleet budgets because of "
    "it; crossings for islanders rose from 12,000 to 19,000 a week.",
    "Made the case for free transfers to our senior vice president of operations, who approved it in May; "
    "transfers for riders rose from 12,000 to 19,000 a week.",
]
VICE_PRESIDENTS_QUIET = [
    "Made the case for free transfers to the vice president of operations, who approved it in May; transfers "
    "for riders rose from 12,000 to 19,000 a week.",
    "Cut the refund wait for islanders from 12 days to 2 by paying refunds on the day of the cancellation, "
    "which halved refund complaints.",
]


# "vision": a strategy's vision is L7 ambiguity; eyesight or a technology is no level
VISION_FIRE = [
    "Wrote the vision for island travel that put every crossing in one app, and bookings for islanders rose "
    "from 12,000 to 19,000 a week.",
]
VISION_QUIET = [
    "Added a large-type timetable for islanders with low vision; bookings from it rose from 300 to 1,100 a "
    "month.",
    "Replaced the number-plate camera's computer vision model with a ticket scan, and boarding queues fell "
    "from 15 minutes to 4.",
]

# organisations taking up the writer's work are L7 influence; teams building from the writer's roadmap
# stay L6 scope, and an organisation named beside someone else's use of a thing takes nothing up
ADOPTED_FIRE = [
    "I set the three-year ferry plan that both shipping divisions now run on, and crossings for islanders "
    "rose from 12,000 to 19,000 a week.",
    "Wrote the resident fare rules, adopted by the rail and bus organisations for every island route; fare "
    "complaints fell from 900 to 120 a month.",
    "Took the refund rule to the freight organisation, which adopted it in May; refund waits for hauliers fell "
    "from 12 days to 2.",
]
ADOPTED_QUIET = [
    "Four engineering teams build from the roadmap I set, and crossings for islanders rose from 12,000 to "
    "19,000 a week.",
    "Moved our organisation's refund requests into one queue that the agents now use, and refund waits for "
    "islanders fell from 12 days to 2.",
    "Cut the refund wait for islanders across the organisation from 12 days to 2, and repeat bookings rose "
    "from 31,000 to 48,000.",
]


@pytest.mark.parametrize(("text", "dimension", "shows"),
                         [(t, "scope", True) for t in YEARS_FIRE] + [(t, "scope", False) for t in YEARS_QUIET]
                         + [(t, "influence", True) for t in BOARD_FIRE + VICE_PRESIDENTS_FIRE]
                         + [(t, "influence", False) for t in BOARD_QUIET + VICE_PRESIDENTS_QUIET]
                         + [(t, "ambiguity", True) for t in VISION_FIRE]
                         + [(t, "ambiguity", False) for t in VISION_QUIET]
                         + [(t, "influence", True) for t in ADOPTED_FIRE]
                         + [(t, "influence", False) for t in ADOPTED_QUIET])
def test_l7_scope_and_influence_as_the_room_reads_them(text: str, dimension: str, shows: bool) -> None:
    """Years of the writer's own work are multi-year scope; a contract's term, a past or years of data
    are not. The board of directors is senior influence; a board that is a display or an idiom is not,
    and neither is one vice president. A vision set is L7 ambiguity; low vision and computer vision are
    not. Organisations taking up the writer's work are L7 influence; teams building from a roadmap are
    not, nor is an organisation named beside someone else's use of a thing."""
    assert _shows_l7(text, dimension) is shows


def test_one_vice_president_is_l6_influence() -> None:
    from packetcoach import analyze_item

    item = analyze_item(VICE_PRESIDENTS_QUIET[0])
    assert item is not None and any(lvl == "L6" and "influence" in dims for lvl, dims in item.facts.ladder)
    item = analyze_item(VICE_PRESIDENTS_QUIET[1])
    assert item is not None and not any(lvl == "L6" and "influence" in dims for lvl, dims in item.facts.ladder)


# the same spelled-out leaders read alike from analyze() and from a Session
VICE_PRESIDENTS_DRAFT = ONE_DIMENSION.replace("the operations\ndirector wanted", "two vice presidents\nwanted")


def test_vice_presidents_read_alike_from_a_session() -> None:
    assert "two vice presidents" in VICE_PRESIDENTS_DRAFT
    session = Session(level="L6")
    session.analyze(NO_DIMENSION)
    from_session = session.analyze(VICE_PRESIDENTS_DRAFT)
    alone = analyze(VICE_PRESIDENTS_DRAFT, level="L6")
    assert _level_line(from_session) == _level_line(alone)
    assert from_session.reading.level_evidence == alone.reading.level_evidence


# an answered objection states the writer's reach: its teams and money show scope, its cue words do not
OBJECTION_DRAFT = """# Promotion case: Noor, Product Manager, Ferry Booking (L5 to L6)

## Stories

- Cut the refund wait for cancelled sailings from 12 days to 2 by paying refunds on the day of the cancellation, which halved refund complaints.
- Launched a season ticket for islanders after 40 interviews on the quay; 6,200 households bought one, bringing in $410K.

## Objections the committee may raise

*Is this scope L6?* {answer}
"""
REACH = "Three engineering teams build the booking service from her plan, and it carries $40M a year in fares."
CONCEDED = "The room may say her work stayed inside one organisation, and it did: she does not yet set direction."


def _objection_scope(answer: str, level: str) -> list[str]:
    report = analyze(OBJECTION_DRAFT.format(answer=answer), level="L6")
    objections = [i.id for i in report.items if i.kind == "objection"]
    assert objections, [(i.id, i.kind) for i in report.items]
    return [i for i in report.reading.level_evidence[level]["scope"] if i in objections]


def test_an_answered_objection_s_reach_in_teams_and_money_is_scope() -> None:
    assert _objection_scope(REACH, "L6")
    assert not _objection_scope(REACH, "L7")  # $40M and three teams are the L6 bar's numbers, not L7's


def test_an_answered_objection_s_cue_words_are_no_scope() -> None:
    assert not _objection_scope(CONCEDED, "L6")
    assert not _objection_scope(CONCEDED, "L7")


# The level asked for is one rung above the level below it: once that one is met, one of the asked
# level's own dimensions meets its bar, as the verdict's level check reads a packet at the level it
# argues; a level below the ask, or an ask whose level below is not met, needs the ladder's bar of two
# dimensions, and a level above the ask every one of them, as the verdict's "above" does.
PERMITS = ("# Self-assessment 2026\n\n## Results\n\n"
           "- Over three years I moved the county's permit offices onto one booking service, and the wait "
           "for a permit fell from 40 days to 9 for 30,000 builders.\n"
           "{leader}"
           "- Cut failed inspection bookings for builders from 14% to 3% by sending a reminder the day "
           "before.\n")
DIRECTOR = ("- Convinced the inspections director to open Saturday slots, and builders' inspection waits "
            "fell from 10 days to 3.\n")
LOCKERS = ("# Self-assessment 2026\n\n## Results\n\n"
           "- Cut refund waits for shoppers from 9 days to 2 across teams I do not manage, by paying on "
           "the scan at the locker.\n"
           "- Convinced the operations director to refill lockers at night, and failed pickups for "
           "shoppers fell from 8% to 3%.\n"
           "{gap}")
UNOWNED_GAP = ("- I took on the damaged-parcel claims that no team owned and cut claim waits for couriers from "
               "3 weeks to 5 days.\n")


def test_the_level_asked_for_is_met_on_one_of_its_dimensions() -> None:
    assert analyze(ONE_DIMENSION, level="L6").reading.supported_level == "L6"
    # L6 met on scope and influence, L7 on its scope alone: the ask is met
    assert analyze(PERMITS.format(leader=DIRECTOR), level="L7").reading.supported_level == "L7"


def test_a_level_above_the_ask_needs_every_dimension() -> None:
    assert analyze(ONE_DIMENSION, level="L5").reading.supported_level == "L5"
    assert analyze(PERMITS.format(leader=DIRECTOR), level="L6").reading.supported_level == "L6"
    # two L6 dimensions in a draft that asks L5: the room reads it at L5; all three make L6 plain
    assert analyze(LOCKERS.format(gap=""), level="L5").reading.supported_level == "L5"
    assert analyze(LOCKERS.format(gap=UNOWNED_GAP), level="L5").reading.supported_level == "L6"


def test_the_ask_is_no_rung_when_the_level_below_it_is_not_met() -> None:
    # L7 scope alone, with no second L6 dimension: asking L7 does not skip L6
    assert analyze(PERMITS.format(leader=""), level="L7").reading.supported_level == "L5"


def test_the_level_asked_for_reads_the_same_in_a_session() -> None:
    session = Session(level="L7")
    session.analyze(PERMITS.format(leader=""))
    text = PERMITS.format(leader=DIRECTOR)
    assert session.analyze(text).reading.supported_level == analyze(text, level="L7").reading.supported_level == "L7"
    session = Session(level="L5")
    session.analyze(LOCKERS.format(gap=""))
    text = LOCKERS.format(gap=UNOWNED_GAP)
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L5"))


def _shows(text: str, level: str, dimension: str) -> bool:
    """Does the item show this dimension of this level?"""
    from packetcoach import analyze_item

    item = analyze_item(text)
    return item is not None and any(lvl == level and dimension in dims for lvl, dims in item.facts.ladder)


def _read_alike(draft: str, level: str):
    """The draft read alone and in a Session after another draft: the same level evidence and level line."""
    alone = analyze(draft, level=level)
    session = Session(level=level)
    session.analyze(NO_DIMENSION)
    from_session = session.analyze(draft)
    assert from_session.reading.level_evidence == alone.reading.level_evidence
    assert _level_line(from_session) == _level_line(alone)
    return alone


# a leader told of a mistake or an incident the moment it happened is a report (ownership), not a
# leader moved; a leader persuaded, or told a decision with its reasons, is influence as before
TOLD_AT_ONCE = [
    "Found that the ferry app had sold 400 car spaces twice after a timetable change; I told the head of "
    "operations the same morning and refunded every islander within two days, so complaints fell from 90 to 6.",
    "A fare rule I approved charged 1,200 islanders the visitor fare; I told my director within the hour and "
    "refunded all of them, and repeat bookings held at 48,000.",
    "A release I approved cancelled 14 crossings; I rang the operations director that afternoon, rolled the "
    "release back and refunded 300 islanders, and complaints fell from 90 to 6.",
]
LEADERS_MOVED = [
    "Persuaded the head of operations to hold a fifth of each car deck for islanders; residents who could not "
    "travel fell from 1,900 to 300 a month.",
    "I told the operations director why a fare rise would fall on islanders first, and he agreed to hold car "
    "spaces instead; residents who could not travel fell from 1,900 to 300 a month.",
    "Told the director the same thing twice in writing until she approved the resident hold; residents who "
    "could not travel fell from 1,900 to 300 a month.",
]


def _with_story(text: str) -> str:
    """The draft with no L6 dimension, with one more story in its list."""
    return NO_DIMENSION.replace("- Priced the family season ticket", f"- {text}\n- Priced the family season ticket")


TOLD_DRAFT = _with_story(TOLD_AT_ONCE[0])


def test_a_leader_told_at_once_reads_alike_from_a_session() -> None:
    """The draft with a leader told of a mistake reads L5 when it asks L6, from analyze() and a Session."""
    assert _read_alike(TOLD_DRAFT, "L6").reading.supported_level == "L5"
    persuaded = TOLD_DRAFT.replace(TOLD_AT_ONCE[0], LEADERS_MOVED[0])
    assert analyze(persuaded, level="L6").reading.supported_level == "L6"


def test_a_leader_told_at_once_is_no_influence() -> None:
    """A leader told of a mistake the moment it happened is no influence; a leader moved is."""
    assert [_shows(text, "L6", "influence") for text in TOLD_AT_ONCE + LEADERS_MOVED] == \
        [False] * len(TOLD_AT_ONCE) + [True] * len(LEADERS_MOVED)


def test_organisations_taking_up_the_work_read_alike_from_a_session() -> None:
    assert _read_alike(_with_story(ADOPTED_FIRE[0]), "L7").reading.level_evidence["L7"]["influence"]


# a scope statement hedged ("I think I am ready ... because I own ...") shows no level, as a hedged claim
# does not; the same statement said plainly shows its scope
HEDGED_SCOPE = ("I think I am ready for L6 because I own ferry booking for every island route, which four "
                "engineering teams build from.")
PLAIN_SCOPE = "I own ferry booking for every island route, and four engineering teams build from my roadmap."


def test_a_hedged_scope_statement_shows_no_level() -> None:
    assert not _shows(HEDGED_SCOPE, "L6", "scope")
    assert _shows(PLAIN_SCOPE, "L6", "scope")


def test_a_hedged_scope_statement_reads_alike_from_a_session() -> None:
    hedged = NO_DIMENSION.replace("## Season tickets", HEDGED_SCOPE + "\n\n## Season tickets")
    assert _read_alike(hedged, "L6").reading.supported_level == "L5"
    assert analyze(hedged.replace(HEDGED_SCOPE, PLAIN_SCOPE), level="L6").reading.supported_level == "L6"
