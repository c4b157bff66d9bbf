"""The precision round on the findings of the fifty-seventh and fifty-eighth blind sets (docs/accuracy.md,
"Precision of the findings on the fifty-seventh and fifty-eighth blind sets"). Text in our own words.

engineering-verb (PC102): "rewrote" a text people read, a pack handed to them, a rota they work or a
schedule of fees they pay (`verbs.non_technical_heads.rewrite`: "rewrote the welcome pack", "rewrote
the SMS reminders in plain English", "rewrote the escalation rota so that ...") is writing, not code;
the object ends where the next deed or clause starts ("... pack and gave the talk", "... alerts after
listening to ..."). "Rewrote the reminder service", "rewrote the alerting pipeline" still fire.
activity-not-outcome (PC104): the letter's ask ("I am writing to ask you to consider me for promotion
to L5.", `kinds.level_asks`) and the draft named in the present ("I am writing my self-assessment this
year as a letter to you", `kinds.pronoun_notes`) are context, not writing done as the year's work; an
ask with a hedge in it stays a claim, so the hedge still fires, and writing a proposal still is effort.
Under a lesson heading ("What I would do differently", "Lessons"), effort with no decision and no
result is the misstep the section reflects on ("I spent too much of the first quarter on the ranking
row", "I also held on too long to the reminder feature"): a lesson, no PC104; the same effort under
any other heading, or a deed with its result under a lesson heading, is read as before.
weasel-word (PC109): "most of" the writer's own work or of the draft ("Most of my work this year was
about closing that gap", "Most of this document is the log I kept", `wording.weasel_spans`) is
framing; "most of the crashes", "most of the work" a tool now does, still fire."""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own bookings for 40 leisure centres and 90,000 members.\n\n"


def _found(text: str, rule: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in analyze(text).findings if f.rule == rule]


# engineering-verb: a text, a pack, a rota rewritten

@pytest.mark.parametrize("story", [
    "I rewrote the welcome pack for new lifeguards and gave the induction talk every month.",
    "Rewrote the booking reminders in plain English with two centre managers, and missed first swims "
    "fell from 22% to 12%.",
    "I also rewrote the weekend rota so that no duty manager works two weekends running.",
    "Rewrote the closure text alerts after reading 200 complaints from members, and calls on closure "
    "days fell by half.",
    "I rewrote our fee schedule from six tiers into one table, and fee queries fell from 300 a month to 90.",
    "Rewrote the class-cancelled notification so it names the next free class; rebookings rose from 30% to 55%.",
])
def test_a_text_people_read_rewritten_is_no_engineering_verb(story: str) -> None:
    assert _found(SCOPE + story, "PC102") == [], story


@pytest.mark.parametrize("story", [
    "I rewrote the reminder service in Go so it sends in batches of 500.",
    "Rewrote the alerting pipeline on Kafka and cut alert latency from 40 s to 2 s.",
    "I rewrote the booking module in Kotlin and raised the crash-free rate from 97% to 99.5%.",
    "I rewrote the schedule parser and the cron jobs behind it.",
])
def test_code_rewritten_is_still_an_engineering_verb(story: str) -> None:
    assert _found(SCOPE + story, "PC102") == ["rewrote" if "I rewrote" in story else "Rewrote"], story


# activity-not-outcome: the letter's ask and the draft named in the present

@pytest.mark.parametrize("opening", [
    "I am writing to ask you to consider me for promotion to Product Manager (L5).",
    "I'm writing to ask for promotion to Senior Product Manager (L6).",
    "I am writing my self-assessment this year as a letter to the team, because most of what I claim I claim with them.",
    "I am writing this self-assessment and planning next year.",
])
def test_the_letter_and_the_draft_named_are_no_effort(opening: str) -> None:
    text = opening + "\n\n" + SCOPE + ("I cut the joining fee to £10 after reading 400 exit surveys, and new "
                                         "members rose from 1,200 to 1,900 a month.")
    assert _found(text, "PC104") == [], opening


def test_a_hedged_ask_keeps_its_hedge() -> None:
    text = ("I am writing to ask you to consider me for promotion to L6, and I believe that this year I have "
            "begun to work at that level.\n\n" + SCOPE)
    assert _found(text, "PC108") == ["I believe"]


def test_writing_a_proposal_is_still_effort() -> None:
    text = SCOPE + "I am writing the proposal for the new class timetable with the centre managers."
    assert _found(text, "PC104") != []


# activity-not-outcome: the misstep a lesson section reflects on

LESSONS = "## What I would do differently\n\n"


@pytest.mark.parametrize("misstep", [
    "I spent too much of the first quarter on the search ranking row, because it was the work I knew how to do.",
    "I also held on too long to the class reminder feature.",
    "Second, I spent March testing the app on phones myself when the team had a test lead; it felt useful "
    "but it was the wrong use of my month.",
])
def test_the_misstep_under_a_lesson_heading_is_no_effort(misstep: str) -> None:
    text = SCOPE + LESSONS + misstep
    assert _found(text, "PC104") == [], misstep
    assert _found(text, "PC101") == [], misstep


def test_the_same_effort_under_another_heading_is_still_effort() -> None:
    text = SCOPE + "## Other work\n\nI spent the first quarter on the search ranking row."
    assert _found(text, "PC104") == ["spent"]


def test_a_deed_with_its_result_under_a_lesson_heading_is_still_a_claim() -> None:
    text = SCOPE + LESSONS + ("I dropped the joining fee to £10 after reading 400 exit surveys, and new members "
                              "rose from 1,200 to 1,900 a month.")
    assert [item.kind for item in analyze(text).items][-1] == "claim"


# weasel-word: the writer's own work or the draft shared out

@pytest.mark.parametrize("sentence", [
    "I kept a decisions log all year, because most of my work is pricing calls rather than features.",
    "Most of this document is the log I kept through the year, grouped the way I kept it.",
])
def test_a_share_of_the_writers_work_or_the_draft_is_no_weasel(sentence: str) -> None:
    assert _found(SCOPE + sentence, "PC109") == [], sentence


@pytest.mark.parametrize("sentence", [
    "I traced most of the crashes to one ticket screen.",
    "I moved most of the manual work the duty managers did onto the rota bot.",
    "I found that most of the members who left had moved house.",
])
def test_a_share_of_a_result_or_a_finding_is_still_a_weasel(sentence: str) -> None:
    assert _found(SCOPE + sentence, "PC109") != [], sentence
