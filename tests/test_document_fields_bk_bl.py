"""The document fields of the fifty-seventh and fifty-eighth blind sets' round, by cause: each category a
small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import analyze
from field_drafts import FERRY, background_draft, mentions, structure


def draft(background: str, story: str = "") -> str:
    return background_draft(FERRY, background, story)


# The engineering past: a move to product with when it happened between, a title the writer had been,
# a QA habit, a data background leveraged and a games background, each beside a named past.

def test_a_move_to_product_with_its_time_between_is_the_past() -> None:
    assert mentions(draft("I came to product three years ago from backend engineering, where I ran the "
                          "booking APIs.")) == 1
    assert mentions(draft("I moved into product eighteen months ago, from data science.")) == 1


def test_a_move_to_product_from_another_trade_is_no_past() -> None:
    assert mentions(draft("I came to product three years ago from ferry operations.")) == 0
    assert mentions(draft("The request came to product two weeks ago from the harbour master.")) == 0


def test_a_title_the_writer_had_been_opening_the_sentence_is_the_past() -> None:
    assert mentions(draft("Having been a QA engineer for six years, I read every defect report myself.")) == 1
    assert mentions(draft("The pilot slipped. Having worked as a backend developer, I knew where to look.")) == 1


def test_a_title_someone_else_had_been_or_another_trade_is_no_past() -> None:
    assert mentions(draft("Having been a ferry captain for six years, I read every delay report myself.")) == 0
    assert mentions(draft("Tomas, having been a QA engineer, read every defect report.")) == 0
    assert mentions(draft("Having been a sales engineer for six years, I knew the buyers.")) == 0


def test_qa_habits_are_the_past() -> None:
    assert mentions(draft("I reread 900 booking notes with my QA habits of checking every case.")) == 1
    assert mentions(draft("I reread 900 booking notes with my old habits of checking every case.")) == 0


def test_a_data_background_leveraged_or_a_games_background_is_the_past_told_again_beside_a_named_past() -> None:
    named = "I moved into product after six years as a software engineer."
    assert mentions(draft(f"{named} Leveraged my background in data to build a late-sailing score.")) == 2
    assert mentions(draft(f"{named} My game background helped me see where commuters dropped off.")) == 2
    other = "I moved into product after six years as a ferry planner."
    assert mentions(draft(f"{other} Leveraged my background in data to build a late-sailing score.")) == 0
    assert mentions(draft(f"{other} My game background helped me see where commuters dropped off.")) == 0


# A chronology marker under a numbered story's heading is the deed's terms, not the draft's order.

STORY = ("## 1. Mobile repairs\n\n**What I did.** I pitched mobile repairs to the commercial director and "
         "negotiated van hire {marker} so we could stop cheaply.\n\n**Result.** Mobile repairs now make up "
         "22% of bookings and added £1.3M in revenue for 40,000 customers.\n\n## 2. Evening slots\n\n"
         "**What I did.** I changed the slot rules for evening bookings.\n\n**Result.** No-shows fell by 12% "
         "for 9,000 customers.\n")


def test_a_marker_inside_a_numbered_story_is_no_time_order() -> None:
    text = "# Promotion document\n\nI ran a tyre shop for nine years.\n\n" + STORY.format(marker="month by month")
    assert structure(text) == "mixed"
    assert "PC211" not in {f.rule for f in analyze(text).findings}


def test_a_marker_that_tells_the_drafts_order_is_still_time_order() -> None:
    text = ("# Promotion document\n\n## Background\n\nThis document walks through the year quarter by "
            "quarter.\n\n" + STORY.format(marker="each month"))
    assert structure(text) == "chronology"


# "the lesson" as the thing sold, not a lesson drawn.

def kind(text: str) -> str:
    return analyze(text).items[0].kind


def test_the_lesson_named_as_the_product_is_no_lesson() -> None:
    assert kind("I own the lesson booking product for 40 pools and about 20,000 families.\n") == "scope"
    assert kind("- Cut the app's start time from 4.2s to 1.6s by caching the lesson bundle.\n") == "claim"


def test_the_lesson_drawn_is_still_a_lesson() -> None:
    assert kind("- The lesson I took is to price the pilot before building it.\n") == "lesson"
    assert kind("- The lesson: I tested the price with regulars first and it held.\n") == "lesson"
    assert kind("- The pilot missed its target by 3x, and the lesson was to run the cost model first.\n") == "lesson"


# A minister's or a mayor's office whose request the writer turned down is influence above L5.

def test_a_ministers_office_request_turned_down_is_l6_influence() -> None:
    text = ("# Self-assessment\n\nI own the booking service for 1.6 million learner drivers.\n\n## The auction\n\n"
            "I chose not to build the waiting-list auction the minister's office had asked for, because it "
            "would have priced poorer learners out, and put cancellation alerts first. Alerts now fill 21,000 "
            "slots a month for learners.\n")
    evidence = analyze(text).reading.level_evidence
    assert evidence["L6"]["influence"]
    plain = text.replace("the minister's office had asked for", "that had been suggested")
    assert not analyze(plain).reading.level_evidence["L6"]["influence"]
