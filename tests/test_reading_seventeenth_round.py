"""Drafts read as a coach would, a seventeenth round. A senior party's ask told in a sentence of its
own ("My director wanted the launch moved up to March.") before the writer's answer ("I showed her
the pilot's defect rate and we kept May.") is part of the answer's item: the disagreement is told
only with the ask it answers. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.output.json import report_json

ASKED = """# Self-assessment 2026: Marek Nowak, PM, Ferry Bookings (L6)

I own ferry bookings for 3.1M travellers a year; two engineering teams build from my roadmap.

## Stories

Our head of sales wanted the family fare cap dropped before the summer timetable. I showed him
that families who hit the cap booked return crossings twice as often, and we kept the cap; family
bookings rose from 18% of sailings to 26% between June and August.

Finance wanted to keep the $4 booking fee, worth about $1.5M a year. I convinced the CFO to waive
it for families with season passes with a model of their renewals. We launched the waiver in May. By
October season-pass renewals had risen from 61% to 74%.

Car drivers missed sailings because the port gates opened only 40 minutes before departure. I
rode the morning crossings for a week and changed the check-in window to 90 minutes; missed
sailings fell from 7% to 2%.
"""


def _item(report, words: str):
    return next(i for i in report.items if words in " ".join(i.text.split()))


def test_a_senior_ask_told_on_its_own_is_read_with_the_writer_s_answer() -> None:
    report = analyze(ASKED, level="L6")
    answer = _item(report, "I showed him that families")
    assert " ".join(answer.text.split()).startswith("Our head of sales wanted")
    assert "have-backbone" in answer.principles and answer.ready


def test_an_ask_with_a_number_of_its_own_waits_for_the_story_s_result() -> None:
    report = analyze(ASKED, level="L6")
    story = _item(report, "I convinced the CFO")
    assert " ".join(story.text.split()).startswith("Finance wanted to keep")
    assert "from 61% to 74%" in " ".join(story.text.split())  # the ask's $1.5M is no result: the story goes on
    assert story.ready and "have-backbone" in story.principles


def test_an_ask_under_a_story_s_title_stays_with_the_title() -> None:
    text = ASKED.replace("Our head of sales wanted", "**Who disagreed?** Our head of sales wanted", 1)
    items = analyze(text, level="L6").items
    titled = [i for i in items if "Who disagreed?" in i.text]
    assert len(titled) == 1 and "I showed him" in titled[0].text


def test_an_ask_with_no_answer_of_the_writer_s_is_read_as_before() -> None:
    text = ASKED.replace("I showed him\nthat families", "The team showed him\nthat families", 1)
    item = _item(analyze(text, level="L6"), "The team showed him")
    assert not item.text.startswith("Our head of sales")
    approved = ASKED.replace("Our head of sales wanted the family fare cap dropped", "Our head of sales approved "
                             "the family fare cap", 1)
    item = _item(analyze(approved, level="L6"), "I showed him that families")
    assert item.text.startswith("I showed him")  # a senior party's deed, not an ask


def test_an_ask_told_as_the_end_of_the_writer_s_story_stays_in_it() -> None:
    text = ASKED.replace("bookings rose from 18% of sailings to 26% between June and August.",
                         "bookings rose from 18% of sailings to 26%. The CFO asked for a review in October "
                         "instead of a cut, and the review kept the cap.", 1)
    item = _item(analyze(text, level="L6"), "The CFO asked for a review")
    assert "I showed him" in item.text and "have-backbone" in item.principles


def test_a_session_reads_an_ask_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    for text in (ASKED, ASKED.replace("I showed him", "The team showed him"), ASKED):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
