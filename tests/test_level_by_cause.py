"""The supported level by why it went wrong on the corpus (docs/accuracy.md, "The supported level
across the corpus, by cause"): each cause fixed has a small draft of our own that should reach the
level and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.output.json import report_json


def draft(gap: str) -> str:
    """A short L6 self-assessment whose L6 influence is a director won over; the sentence each test
    fills in decides whether the work also shows a problem nobody owned, taken on by the writer."""
    return ("# Self-assessment: Ines R., Senior PM, Parcel Lockers\n\n"
            "## Impact\n\n"
            "- Convinced the operations director to move locker refills to the night shift, and failed "
            "pickups for shoppers fell from 8% to 3%.\n"
            f"- {gap}\n")


def test_a_problem_no_team_owned_shows_ambiguity() -> None:
    # "nobody owned" was read; the same gap told as no team's, or as in nobody's goals, is the same
    # evidence: work the writer took on where no one had set the direction
    for said in ("I took on the returns desk that no team owned and cut refund waits for shoppers "
                 "from 11 days to 4.",
                 "Took on locker damage claims, which sat in no team's goals, and cut claim waits for "
                 "couriers from 3 weeks to 5 days.",
                 "I took on the locker map, though it sat in nobody's goals, and cut wrong-locker "
                 "deliveries for shoppers by 40%."):
        assert analyze(draft(said), level="L6").reading.supported_level == "L6", said


def test_an_owned_problem_or_one_the_writer_did_not_take_shows_none() -> None:
    # the same packet where the work had an owner, or where the gap is told without the writer's
    # deed (a context sentence, someone else's work), stays at the first level
    for said in ("I took on the returns desk from the support team and cut refund waits for shoppers "
                 "from 11 days to 4.",
                 "The courier team cut claim waits from 3 weeks to 5 days on work no team owned.",
                 "Locker damage claims sat in no team's goals last year."):
        assert analyze(draft(said), level="L6").reading.supported_level == "L5", said


def test_the_level_is_the_same_in_a_session() -> None:
    text = draft("I took on the returns desk that no team owned and cut refund waits for shoppers "
                 "from 11 days to 4.")
    session = Session(level="L6")
    session.analyze(draft("I took on the returns desk from the support team and cut refund waits."))
    assert session.analyze(text).reading.supported_level == analyze(text, level="L6").reading.supported_level == "L6"


def scoped(call: str) -> str:
    """A short L6 self-assessment whose L6 scope is teams building from the writer's roadmap; the
    sentence each test fills in decides whether the work also shows leaders won over."""
    return ("# Self-assessment: Tomas K., Senior PM, Rent Payments\n\n"
            "Three engineering teams build from the rent roadmap I set.\n\n"
            "## Impact\n\n"
            f"- {call}\n"
            "- Cut failed rent payments for tenants from 6% to 2% by retrying cards on payday, and "
            "late fees fell 30%.\n")


def test_founders_or_a_deciding_body_won_over_shows_influence() -> None:
    # a founder is a senior leader as a CEO is; a committee that decides for the business, won over
    # or overruled with evidence, is the leadership the L6 bar asks the writer to move
    for said in ("Chose text reminders over the tenant app our founders had proposed, and on-time "
                 "rent rose from 70% to 84%.",
                 "I made the case to our credit committee, which had refused it before, and deposit-free "
                 "tenancies grew from 2,000 to 9,000."):
        assert analyze(scoped(said), level="L6").reading.supported_level == "L6", said


def test_a_promotion_committee_or_a_served_council_shows_none() -> None:
    # the committee a packet is written for, and a city council the product serves, are no leaders
    # the writer moved
    for said in ("I am asking the committee to promote me, since on-time rent rose from 70% to 84%.",
                 "I took the arrears data to the council, and on-time rent rose from 70% to 84%."):
        assert analyze(scoped(said), level="L6").reading.supported_level == "L5", said


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
        assert analyze(told_apart(gap), level="L6").reading.supported_level == "L6", gap


def test_a_gap_with_no_deed_of_the_writers_after_it_in_its_section_shows_none() -> None:
    # the deed under another heading, or a gap told with nothing owned in it, stays at the first level
    gap = "**Task.** Nobody owned damage claims; they sat between the courier desk and support."
    assert analyze(told_apart(gap, "Photo checks"), level="L6").reading.supported_level == "L5"
    assert analyze(told_apart("**Task.** Damage claims sat with the courier desk."), level="L6") \
        .reading.supported_level == "L5"


def test_a_gap_taken_up_reads_the_same_in_a_session_after_an_edit() -> None:
    text = told_apart("**Task.** Nobody owned damage claims; they sat between the courier desk and support.")
    session = Session(level="L6")
    session.analyze(told_apart("**Task.** Damage claims sat with the courier desk."))
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
    assert session.analyze(text).reading.supported_level == "L6"
