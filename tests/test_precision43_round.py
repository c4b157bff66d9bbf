"""The precision round on the findings of the fifty-fifth and fifty-sixth blind sets (docs/accuracy.md,
"Precision of the findings on the fifty-fifth and fifty-sixth blind sets"). Text in our own words.

engineering-past-without-outcome (PC204): a mention whose paragraph's next sentence tells the
customer outcome as a measured change ("... could read the booking logs myself. Failed bookings by
swimmers fell from 14% to 3% ...") no longer fires; a next sentence with a count or a time alone,
another story ("I also ..."), a level claim, or a next paragraph still leaves the finding.
no-pm-skills (PC210): research told as listening sessions or a user panel is a PM skill (`pm_skills`);
"working sessions" is not.
no-own-action (PC105): "we" before a verb of the company's trade ("we sold 3,100 more freight
slots", "we charged £95", `[own_action]` `trade_verbs`) is the business, no team's deed; a team's
"we shipped", "we launched ... and sold" still fires."""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own bookings for 40 leisure centres and 90,000 members.\n\n"


def _found(text: str, rule: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in analyze(text).findings if f.rule == rule]


# engineering-past-without-outcome: the outcome told in the paragraph's next sentence

def test_the_outcome_measured_in_the_next_sentence_is_no_finding() -> None:
    for story in (
        "As a former backend engineer I could read the booking logs myself and saw that half the failed "
        "bookings timed out at payment. Failed bookings by swimmers fell from 14% to 3% after I moved "
        "payment to the end.",
        "My years as a games developer meant I could see the timetable redrew on every tap. I had it "
        "fixed in a sprint, and completed bookings on older phones rose from 48% to 71%.",
    ):
        assert _found(SCOPE + story, "PC204") == [], story


def test_the_outcome_in_the_same_sentence_is_still_no_finding() -> None:
    story = ("As a former backend engineer I traced the failed bookings to a payment timeout, and failed "
             "bookings by swimmers fell from 14% to 3%.")
    assert _found(SCOPE + story, "PC204") == []


@pytest.mark.parametrize("story", [
    # a count or a time alone is no outcome measured
    "As a former backend engineer I was used to seeing members as error logs, so I made a point of "
    "meeting them. I held 30 calls with swimmers in the first quarter.",
    "As a former backend engineer my first instinct was to rebuild the booking engine. The rebuild "
    "took nine weeks.",
    # another story, a level claim summing the case up, the next paragraph: not what the past made possible
    "As a former backend engineer I could read the booking logs myself. I also cut the joining fee, and "
    "new memberships rose from 1,200 to 1,900 a month.",
    "My years as a backend engineer taught me to measure before I build. I am ready for L6: I own "
    "bookings for 40 centres, and I cut failed bookings from 14% to 3%.",
    "As a former backend engineer I could read the booking logs myself.\n\nFailed bookings by swimmers "
    "fell from 14% to 3% after I moved payment to the end.",
    # the mention alone
    "My engineering background helped me in design reviews all year.",
])
def test_a_mention_with_no_measured_outcome_next_still_fires(story: str) -> None:
    assert len(_found(SCOPE + story, "PC204")) == 1, story


# no-pm-skills: research told as listening sessions or a user panel

def test_listening_sessions_and_a_user_panel_are_research() -> None:
    for research in (
        "I ran 12 listening sessions with swimmers about the new booking page.",
        "Members in the user panel objected to the new booking page, so I kept the old one.",
    ):
        text = SCOPE + "As a former backend engineer I rebuilt the booking service. " + research
        assert _found(text, "PC210") == [], research


def test_working_sessions_are_no_research() -> None:
    text = (SCOPE + "As a former backend engineer I rebuilt the booking service. I ran 12 working sessions "
            "with the data team about the new booking page.")
    assert len(_found(text, "PC210")) == 1


# no-own-action: the company's trade told with "we"

def test_the_business_trading_is_no_team_deed() -> None:
    for text in (
        "Ferry no-shows fell from 17% to 6% after the release rule, and we sold 3,100 more freight slots "
        "in the year.",
        "The visit cost us £310 to deliver and we charged £95.",
        "About 900 riders saw an error page, 60 called to complain, and we refunded £2,100 in fares.",
    ):
        assert _found(text, "PC105") == [], text


def test_a_team_deed_beside_a_sale_still_fires() -> None:
    for text, verb in (
        ("We shipped the taster bundle in June, and 1,400 were bought in the first month.", "shipped"),
        ("We launched a taster bundle in June and sold 1,400 in the first month.", "launched"),
        ("We rebuilt the refund form, and refund complaints fell from 300 to 90 a month.", "rebuilt"),
    ):
        assert _found(text, "PC105") == [verb], text
