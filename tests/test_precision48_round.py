"""The precision round on the findings of the fifty-ninth and sixtieth blind sets (docs/accuracy.md,
"Precision of the findings on the fifty-ninth and sixtieth blind sets"). Text in our own words.

A "## Misses" section (or "## What I missed") tells where the writer fell short, as "## My misses"
and "## Lowlights" do (`kinds.failure_headings`): its items are lessons, deeds included, so the effort
and the team's "we" there are not read as claims (PC104, PC105); a stop told there still joins the
stopped list, and the same sentences under any other heading are read as before.
Effort the writer judges too much ("I spent too long in supplier meetings and too little time with
riders", "more of the spring than a PM should", `kinds.effort_regrets`) is the misstep reflected on,
a lesson under any heading (no PC104); hedged, it stays a claim so the hedge is still found; effort
with no such judgement still fires.
Someone coached told with the work they now do after "one now", "she now", "who now" ... (the
profile's `phrases.grown`) is a person grown, not effort (no PC104); coaching with no such work told
still fires.
stop-is-a-passing-mention (PC207): a stop whose paragraph goes on to tell its evidence and what it
freed is told in full, though each sentence is an item of its own; a stop told in one sentence at the
end of another story's paragraph, beside a start told at length, still fires."""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own ticketing for a ferry company with 14 routes and 2.1 million crossings a year.\n\n"
RESULT = ("## Fares\n\nI cut the booking fee for foot passengers from £3 to £1 after reading 300 "
          "complaints, and foot-passenger bookings rose from 9,000 to 14,000 a month.\n\n")


def _found(text: str, rule: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in analyze(text).findings if f.rule == rule]


# A "Misses" section tells lessons

MISSES = [
    "The board asked for a second ticket machine at each pier, and I ran the purchase as they asked.",
    "We bought four used machines in May. Two failed in July, and we lost about 600 sales while they were out.",
    "Was responsible for the timetable feed for the three island routes.",
]


@pytest.mark.parametrize("heading", ["Misses", "What I missed"])
@pytest.mark.parametrize("told", MISSES)
def test_a_misses_section_tells_lessons(heading: str, told: str) -> None:
    text = SCOPE + RESULT + f"## {heading}\n\n{told}\n"
    assert _found(text, "PC104") == [] and _found(text, "PC105") == [], (heading, told)


@pytest.mark.parametrize("told,rule", [(MISSES[0], "PC104"), (MISSES[1], "PC105"), (MISSES[2], "PC104")])
def test_the_same_sentences_elsewhere_still_fire(told: str, rule: str) -> None:
    text = SCOPE + RESULT + f"## Other work\n\n{told}\n"
    assert _found(text, rule) != [], told


def test_a_stop_told_under_misses_is_still_a_stop() -> None:
    text = SCOPE + RESULT + ("## Misses\n\nI stopped the loyalty-card redesign in April to put the team on "
                             "the season ticket, and I regret it: card sign-ups fell 12% over the summer.\n")
    report = analyze(text)
    assert report.reading.stopped_items, "the stop under Misses joins the stopped list"


# Effort judged too much is a lesson

@pytest.mark.parametrize("regret", [
    "Early on I spent too long in supplier meetings and too little time with foot passengers.",
    "I spent too much of the winter on the fare engine and not enough on the island routes.",
    "As a former network engineer I could not leave the gate scanners alone, and I will admit I spent more "
    "of the spring on them than a PM should.",
])
def test_effort_judged_too_much_is_a_lesson(regret: str) -> None:
    text = SCOPE + RESULT + f"## How I work\n\n{regret}\n"
    assert _found(text, "PC104") == [], regret


def test_effort_with_no_judgement_still_fires() -> None:
    text = SCOPE + RESULT + "## How I work\n\nI spent three weeks in supplier meetings about the gate scanners.\n"
    assert _found(text, "PC104") != []


def test_a_hedged_regret_keeps_its_hedge() -> None:
    text = SCOPE + RESULT + ("## How I work\n\nI think I probably spent too much time in meetings with the "
                             "port authority, but I did get to know their harbour team well.\n")
    assert "probably" in _found(text, "PC108")


# Someone coached, told with the work they now do

@pytest.mark.parametrize("coached", [
    "Coached two booking clerks to run their own sales analysis; one now produces the weekly fares report "
    "for all 14 routes.",
    "Coached our newest analyst through her first timetable review; she now prepares the winter timetable.",
])
def test_someone_coached_who_now_does_the_work_is_no_effort(coached: str) -> None:
    text = SCOPE + RESULT + f"## People\n\n- {coached}\n"
    assert _found(text, "PC104") == [], coached


def test_coaching_with_no_work_told_is_still_effort() -> None:
    text = SCOPE + RESULT + "## People\n\n- Coached two booking clerks on the new sales reports.\n"
    assert _found(text, "PC104") != []


# stop-is-a-passing-mention: the stop told over its paragraph

START = ("## What I started\n\nThe main thing I did this year was pitch and launch online boarding passes "
         "for foot passengers. I proposed it to the operations director in February after a week on the "
         "piers watching queues, agreed a pilot on two routes with a clear measure of success, and put "
         "the pier staff in front of the board when the numbers came in. Over the pilot, boarding time "
         "fell from 18 minutes to 6, missed sailings fell by 40%, and foot-passenger bookings grew from "
         "9,000 to 14,000 a month. All 14 routes now use it, and the pier staff run it without me.\n\n")


@pytest.mark.parametrize("stop", [
    "I also decided not to build onboard Wi-Fi, which two of the directors wanted badly. The cost was about "
    "£900,000 across the fleet, and when I asked our regular passengers what would make them travel more, "
    "Wi-Fi came fifth behind price, reliability, seats and food. We revisit it next spring with the usage "
    "data in hand.\n",
    "I also decided, after a long argument with the directors, not to build onboard Wi-Fi, which two of them "
    "wanted badly. The cost was about £900,000 across the fleet. When I asked our regular passengers what "
    "would make them travel more, Wi-Fi came fifth behind price, reliability, seats and food. I put the "
    "money into seat reservations, and the directors, to their credit, let me. We revisit Wi-Fi next spring "
    "with the usage data in hand.\n",
])
def test_a_stop_told_over_its_paragraph_is_no_passing_mention(stop: str) -> None:
    assert _found(SCOPE + START + "## What I stopped\n\n" + stop, "PC207") == []


def test_a_stop_in_one_sentence_after_another_story_is_still_a_passing_mention() -> None:
    other = ("We had three fare systems across the routes. I ran a tender, cut them to one, and negotiated "
             "a licence 12% cheaper than the old three. I also stopped the paper season-ticket pilot.\n")
    assert _found(SCOPE + START + "## Other work\n\n" + other, "PC207") != []
