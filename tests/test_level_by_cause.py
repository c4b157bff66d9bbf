"""The supported level by why it went wrong on the corpus (docs/accuracy.md, "The supported level
across the corpus, by cause"): each cause fixed has a small draft of our own that should reach the
level and one that should not."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze
from packetcoach.output.json import report_json

# The drafts are read as asking for L7, so L6 is a level below the ask, whose bar needs two of its
# dimensions (the level asked for is met on one, a level above it on all three): the sentence
# each test fills in decides whether the second shows.
ASKED = "L7"


def draft(gap: str) -> str:
    """A short L6 self-assessment whose L6 influence is a director won over; the sentence each test
    fills in decides whether the work also shows a problem nobody owned, taken on by the writer."""
    return ("# Self-assessment: Ines R., Senior PM, Parcel Lockers\n\n"
            "## Impact\n\n"
            "- Convinced the operations director to move locker refills to the night shift, and failed "
            "pickups for shoppers fell from 8% to 3%.\n"
            f"- {gap}\n")


# "nobody owned" was read; the same gap told as no team's, or as in nobody's goals, is the same
# evidence: work the writer took on where no one had set the direction (L6). The same packet where
# the work had an owner, or where the gap is told without the writer's deed, stays at L5
UNOWNED = [
    ("I took on the returns desk that no team owned and cut refund waits for shoppers from 11 days to 4.", "L6"),
    ("Took on locker damage claims, which sat in no team's goals, and cut claim waits for couriers from "
     "3 weeks to 5 days.", "L6"),
    ("I took on the locker map, though it sat in nobody's goals, and cut wrong-locker deliveries for "
     "shoppers by 40%.", "L6"),
    ("I took on the returns desk from the support team and cut refund waits for shoppers from 11 days to 4.", "L5"),
    ("The courier team cut claim waits from 3 weeks to 5 days on work no team owned.", "L5"),
    ("Locker damage claims sat in no team's goals last year.", "L5"),
]


@pytest.mark.parametrize(("said", "level"), UNOWNED)
def test_a_problem_no_team_owned_shows_ambiguity(said: str, level: str) -> None:
    assert analyze(draft(said), level=ASKED).reading.supported_level == level


def test_a_problem_no_team_owned_reads_the_same_in_a_session() -> None:
    text = draft(UNOWNED[0][0])
    session = Session(level="L6")
    session.analyze(draft(UNOWNED[3][0]))
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


def scoped(call: str) -> str:
    """A short L6 self-assessment whose L6 scope is teams building from the writer's roadmap; the
    sentence each test fills in decides whether the work also shows leaders won over."""
    return ("# Self-assessment: Tomas K., Senior PM, Rent Payments\n\n"
            "Three engineering teams build from the rent roadmap I set.\n\n"
            "## Impact\n\n"
            f"- {call}\n"
            "- Cut failed rent payments for tenants from 6% to 2% by retrying cards on payday, and "
            "late fees fell 30%.\n")


# a founder is a senior leader as a CEO is, and a committee that decides for the business, won over
# or overruled with evidence, is the leadership the L6 bar asks the writer to move (L6); the
# committee a packet is written for, and a city council the product serves, are not (L5)
LEADERS = [
    ("Chose text reminders over the tenant app our founders had proposed, and on-time rent rose from "
     "70% to 84%.", "L6"),
    ("I made the case to our credit committee, which had refused it before, and deposit-free tenancies "
     "grew from 2,000 to 9,000.", "L6"),
    ("I am asking the committee to promote me, since on-time rent rose from 70% to 84%.", "L5"),
    ("I took the arrears data to the council, and on-time rent rose from 70% to 84%.", "L5"),
]


@pytest.mark.parametrize(("said", "level"), LEADERS)
def test_founders_and_deciding_bodies_won_over_show_influence(said: str, level: str) -> None:
    assert analyze(scoped(said), level=ASKED).reading.supported_level == level


def told_apart(gap: str, deed_section: str = "Damaged lockers") -> str:
    """The gap no one owned told in a paragraph of its own, then the writer's deed under a heading."""
    heading = f"## {deed_section}\n\n" if deed_section != "Damaged lockers" else ""
    return ("# Self-assessment: Ines R., Senior PM, Parcel Lockers\n\n"
            "## Night refills\n\n"
            "Convinced the operations director to move locker refills to the night shift, and failed "
            "pickups for shoppers fell from 8% to 3%.\n\n"
            "## Damaged lockers\n\n"
            f"{gap}\n\n{heading}"
            "I proposed a photo check at every drop-off and cut damage claims from couriers from 900 "
            "a month to 250.\n")


def test_a_gap_told_on_its_own_before_the_writers_deed_shows_ambiguity() -> None:
    # "**Task.** Nobody owned ..." or a sentence before the deed in the same paragraph: the deed that
    # follows in the same section is the writer taking up work no one owned
    for gap in ("**Task.** Nobody owned damage claims; they sat between the courier desk and support.",
                "No one owned the broken-door reports, so couriers left parcels at the counter."):
        assert analyze(told_apart(gap), level=ASKED).reading.supported_level == "L6", gap


def test_a_gap_with_no_deed_of_the_writers_after_it_in_its_section_shows_none() -> None:
    # the deed under another heading, or a gap told with nothing owned in it, stays at the first level
    gap = "**Task.** Nobody owned damage claims; they sat between the courier desk and support."
    assert analyze(told_apart(gap, "Photo checks"), level=ASKED).reading.supported_level == "L5"
    assert analyze(told_apart("**Task.** Damage claims sat with the courier desk."), level=ASKED) \
        .reading.supported_level == "L5"


def test_a_gap_taken_up_reads_the_same_in_a_session_after_an_edit() -> None:
    text = told_apart("**Task.** Nobody owned damage claims; they sat between the courier desk and support.")
    session = Session(level="L6")
    session.analyze(told_apart("**Task.** Damage claims sat with the courier desk."))
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
    assert session.analyze(text).reading.supported_level == "L6"


def test_a_programme_that_names_one_initiative_shows_no_wider_scope() -> None:
    # "programme" names the writer's own initiative as often as a program of work: with a director
    # won over and nothing else wider, the packet stays at the first level
    said = ("Started a welcome programme for new locker users after seeing that first-week pickups "
            "failed twice as often, and first-week failed pickups fell from 12% to 5%.")
    assert analyze(draft(said), level=ASKED).reading.supported_level == "L5"


def test_a_program_run_across_teams_still_shows_scope() -> None:
    said = ("I run the locker returns program across teams in four countries, and return pickups for "
            "shoppers rose from 40% to 65%.")
    assert analyze(draft(said), level=ASKED).reading.supported_level == "L6"
