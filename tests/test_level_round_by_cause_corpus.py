"""The supported level across the corpus, by cause: departments counted as teams are, and a business
function the writer got to act, read as L6 scope and L6 influence. Drafts and sentences of our own."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze, analyze_item
from packetcoach.output.coachview import reading_lines

# no L6 dimension at all: the draft asks L6 and reads L5
BASE = """# Self-assessment 2026 (L6)

## Summary

This year I moved the library card service online, so residents renew and reserve from their phones.
Online renewals grew from 12% to 58% of all renewals, and reservations doubled to 9,400 a month.

## Work

- Launched online card renewal after 30 interviews at the branch desks; 21,000 residents renewed online, saving $180K in desk time.
- Cut the reservation wait from 9 days to 3 by routing holds to the nearest branch, which halved reservation complaints.
- Moved the overdue notice to a text message after 8 of 10 residents said they never read the letter; overdue returns fell 34%.
- Dropped the paper reservation slip, so residents show the app at the desk; queues at the desk fell from 12 minutes to 4.
"""


def _with(sentence: str) -> str:
    return BASE.replace("- Dropped the paper reservation slip", f"- {sentence}\n- Dropped the paper reservation slip")


def _shows(text: str, level: str, dimension: str) -> bool:
    item = analyze_item(text)
    return item is not None and any(lvl == level and dimension in dims for lvl, dims in item.facts.ladder)


# departments counted, as teams are counted (L6 at two or more)
DEPARTMENTS = [
    "My product covers card services for 410,000 residents and sits between three city departments.",
    "I own the permits portal across four county departments and two vendors; renewals online rose from 20% to 61%.",
]
NOT_DEPARTMENTS = [
    # one department, or departments named but not counted, is no reach across them
    "My product covers card services for 410,000 residents and sits in the city's libraries department.",
    "I own the permits portal that the county's departments link to; renewals online rose from 20% to 61%.",
]

# a business function the writer got to act
FUNCTIONS_MOVED = [
    "Proposed fee-free renewals for residents over 65 and got finance to fund the lost fees from the branch budget; renewals among them rose from 30% to 55%.",
    "I rewrote the borrowing terms in plain words and got legal to approve them in two weeks; terms complaints fell from 40 a month to 6.",
]
NOT_FUNCTIONS_MOVED = [
    # a team got to act, or a function agreed with, is told at L5 as much as at L6
    "Got the catalogue team to raise the hold limit from 5 to 10; reservations rose 18%.",
    "Agreed with finance to keep the cash desks at the two smallest branches; desk queues there fell from 12 minutes to 5.",
    # the function doing its own work is no influence
    "Finance approved the fee change in May, and renewals among residents over 65 rose from 30% to 55%.",
]


@pytest.mark.parametrize("text", DEPARTMENTS)
def test_departments_counted_show_l6_scope(text: str) -> None:
    assert _shows(text, "L6", "scope")


@pytest.mark.parametrize("text", NOT_DEPARTMENTS)
def test_one_department_or_departments_not_counted_show_no_l6_scope(text: str) -> None:
    assert not _shows(text, "L6", "scope")


@pytest.mark.parametrize("text", FUNCTIONS_MOVED)
def test_a_function_got_to_act_shows_l6_influence(text: str) -> None:
    assert _shows(text, "L6", "influence")


@pytest.mark.parametrize("text", NOT_FUNCTIONS_MOVED)
def test_a_team_got_to_act_or_a_function_agreed_with_shows_no_l6_influence(text: str) -> None:
    assert not _shows(text, "L6", "influence")


def _level_line(report) -> str:
    return dict(reading_lines(report))[f"level {report.level}"]


def test_the_base_draft_reads_l5_when_it_asks_l6() -> None:
    assert analyze(BASE, level="L6").reading.supported_level == "L5"


@pytest.mark.parametrize(("sentence", "dimension"), [(FUNCTIONS_MOVED[0], "influence"), (FUNCTIONS_MOVED[1], "influence")])
def test_a_function_got_to_act_makes_the_l6_ask_and_says_so(sentence: str, dimension: str) -> None:
    report = analyze(_with(sentence), level="L6")
    assert report.reading.supported_level == "L6"
    assert f"shows L6 {dimension}" in _level_line(report)


def test_departments_in_a_scope_statement_make_the_l6_ask_and_say_so() -> None:
    draft = BASE.replace("## Work", "## Scope\n\n" + DEPARTMENTS[0] + "\n\n## Work")
    report = analyze(draft, level="L6")
    assert report.reading.supported_level == "L6"
    assert "shows L6 scope" in _level_line(report)
    # a draft that asks L5 is not read above it on one L6 dimension
    assert analyze(draft, level="L5").reading.supported_level == "L5"


def test_the_new_cues_read_alike_from_a_session() -> None:
    draft = _with(FUNCTIONS_MOVED[1])
    session = Session(level="L6")
    session.analyze(BASE)
    from_session = session.analyze(draft)
    alone = analyze(draft, level="L6")
    assert from_session.reading.level_evidence == alone.reading.level_evidence
    assert _level_line(from_session) == _level_line(alone)
