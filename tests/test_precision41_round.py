"""The precision round on the per-sentence findings of the fifty-third and fifty-fourth blind sets
(docs/accuracy.md, "Precision of the findings on the fifty-third and fifty-fourth blind sets"). Text
in our own words.

no-own-action (PC105): a team's deed whose paragraph tells the writer's own part in the sentence
right after it or right before it ("We cut ... from 31% to 6%. My part: I read 400 ...", "I pitched
the ... We launched it in August, and ...") no longer fires: the room can tell what the writer did
(`[own_action]` `part_openers` for the part told as a label). A "we" deed alone, or beside a hedge, an
effort alone, a negated sentence, a lesson or another story ("I also ..."), still does.
no-pm-skills (PC210): customer research told as sitting in on the work or listening to the people
served ("after sitting in on 25 fittings", "listened to 150 calls") is a PM skill (`pm_skills`)."""

from __future__ import annotations

from packetcoach import analyze


def _rules(text: str) -> list[str]:
    return [f.rule for f in analyze(text).findings]


def _own_action_lines(text: str) -> list[int]:
    return [text.count("\n", 0, f.span.start) + 1 for f in analyze(text).findings if f.rule == "PC105"]


# no-own-action: the writer's part told beside the team's deed

def test_a_team_deed_alone_still_fires() -> None:
    for text in (
        "We cut the wait for a ferry refund from 14 days to 3 for 20,000 passengers.",
        "My team moved 4,000 allotment holders onto online renewals, and renewal calls fell by half.",
        "We launched the waitlist for swimming lessons, and 900 children got a place in the first term.",
    ):
        assert "PC105" in _rules(text), text


def test_the_writers_part_told_next_is_no_finding() -> None:
    for text in (
        "We cut the share of ferry refunds paid late from 30% to 4% within a quarter. My part: I read "
        "300 refund complaints myself and found that most were stuck waiting for a manager's signature.",
        "My team cut missed library returns from 12% to 5% by texting borrowers two days before the due "
        "date. I chose the text over a new app the branch managers preferred, because most borrowers "
        "never install one.",
        "We merged the two allotment forms into one, and completed applications rose 21%. My role: I "
        "dropped the questions the council already asked, after agreeing it with the clerk.",
        "We merged the two allotment forms into one, and completed applications rose 21%. My part was "
        "dropping the questions the council already asked, after agreeing it with the clerk.",
    ):
        assert "PC105" not in _rules(text), text


def test_the_writers_part_told_before_is_no_finding() -> None:
    text = ("I priced the junior gym pass at £9 a month after a survey of 1,300 parents, against the £19 "
            "our sales director wanted. We tested both prices on 2,400 trial accounts, and paid conversion "
            "at £9 was 14% against 6% at £19.")
    assert "PC105" not in _rules(text)


def test_a_weak_or_other_sentence_beside_it_leaves_the_finding() -> None:
    for text in (
        # a hedge, filler or effort alone is no part told
        "We launched the new bus timetable, and ridership rose 12%. I think I helped with the launch plan.",
        "We launched the new bus timetable, and ridership rose 12%. I helped with the posters.",
        "We launched the new bus timetable, and ridership rose 12%. I attended the weekly launch meetings.",
        # another story, a negated sentence, a lesson
        "We launched the new bus timetable, and ridership rose 12%. I also rewrote the fares page.",
        "We avoided a launch that would have stranded riders. I do not have a number for this one.",
        "We bought two electric minibuses in May. I should have leased them for the first winter.",
        # the part told in another paragraph
        "We launched the new bus timetable, and ridership rose 12%.\n\nI rewrote the fares page.",
    ):
        assert "PC105" in _rules(text), text


def test_only_the_deed_beside_the_part_is_spared() -> None:
    # two team deeds apart: the one beside the writer's part goes, the other stays
    text = ("We launched the new bus timetable in March, and ridership rose 12%.\n\n"
            "We cut the fare for under-18s to £1, and school journeys rose 30%. My part: I modelled the "
            "cost with finance and took it to the council.")
    assert _own_action_lines(text) == [1]


# no-pm-skills: research told as sitting in on the work or listening to the people served

_ENGINEER = ("I moved to product after six years as a backend engineer. Cut page load time from 4 s to "
             "1 s for the booking app. Migrated the booking service to the new cluster. ")


def test_no_pm_skill_still_fires() -> None:
    assert "PC210" in _rules(_ENGINEER + "Proposed the new booking calendar, and bookings rose 18%.")


def test_research_by_sitting_in_or_listening_is_a_pm_skill() -> None:
    for text in (
        "Proposed the new booking calendar after sitting in on 25 fittings at two clinics, and bookings rose 18%.",
        "Proposed the new booking calendar after listening to 120 recorded front-desk calls; bookings rose 18%.",
        "I sat with the call handlers for two weeks and listened to about 150 calls; bookings rose 18% "
        "after the calendar changed.",
    ):
        assert "PC210" not in _rules(_ENGINEER + text), text
