"""Drafts read as a coach would, a sixteenth round. The argument's thesis at the top of a draft
("This year I moved us from ... to ...") is what the stories below prove: context, not a claim
judged for a customer and a number, and it opens an argument as a level claim does. A ready story
whose first sentence sets the scene in the passive ("Orders were refused at the door ... I changed
...") is the writer's decision, so two such bullets under one heading are two stories. Text in our
own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.analysis.stories import told_stories
from packetcoach.analysis.kinds import opens_thesis
from packetcoach.output.json import report_json
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")

THESIS = """# Self-assessment 2026: Lena Brandt, Senior PM, Grocery Click-and-Collect (L6)

This year I turned click-and-collect from the slot nobody wanted into the way our busiest stores
clear their evening queue.

## Results

- Shoppers waited 14 minutes at the collection bay on weekday evenings. I proposed a text that
  tells the picker the shopper is five minutes away, and convinced the store operations lead to
  trial it in six stores; the wait fell from 14 minutes to 4 and repeat orders rose 12%.
- I cut the substitution screen from four steps to one after 40% of shoppers abandoned it, and
  refused substitutions fell from 18% to 7% of orders.
- I stopped the drive-through lockers pilot after two months because only 3% of shoppers used it.
"""

NO_THESIS = {
    "a remit": "This year I led click-and-collect for 40 stores and two engineering teams.",
    "a career move": "This year I moved from iOS engineering to product, and I took over click-and-collect.",
    "activity": "This year I worked on three projects, each written up below in the order they happened.",
    "a hedge": "This year I think I turned click-and-collect into the way our stores clear their evening queue.",
    "a result": ("This year I turned click-and-collect around: shoppers' wait at the bay fell from 14 "
                 "minutes to 4 and repeat orders rose 12%."),
}

SCENE_SET = """# Self-assessment 2026: Ravi Menon, Senior PM, Home Energy (L6 candidate)

I own smart-meter onboarding for 1.2M homes; two engineering teams build from my roadmap.

## What customers got

- Meter readings were estimated for 1 in 6 homes each month, and estimated bills drove half our
  complaints. I visited three installers, found that meters lost signal behind metal cupboard
  doors, and changed the install checklist to test the signal before the engineer leaves. Homes
  with estimated readings fell from 1 in 6 to 1 in 25 between April and August, and billing
  complaints dropped 44%.
- Customers moving house were being billed for the old home for up to six weeks. I proposed a
  move-out date in the app, and convinced the billing lead to close the account on that date.
  Overlapping bills fell from 9,000 a quarter to 600, and refunds cost $41,000 less a quarter.
- We refreshed the tariff comparison page in the spring.

## Calls I made

- I turned down a battery-leasing partnership because installers could not be trained in time.
"""


def _item(report, words: str):
    return next(i for i in report.items if words in " ".join(i.text.split()))


def test_an_opening_thesis_is_context_and_opens_an_argument() -> None:
    report = analyze(THESIS, level="L6")
    thesis = _item(report, "This year I turned click-and-collect")
    assert thesis.kind == "context" and not thesis.ready
    assert opens_thesis(thesis, RUBRIC)
    assert report.reading.structure == "argument"
    assert report.reading.lead_is_outcome  # the first story is the lead, not the thesis above it


def test_a_thesis_told_in_other_openers_is_context() -> None:
    for opener in ("Over the past year, I moved us", "My case is that I took us", "This cycle I changed how"):
        text = THESIS.replace("This year I turned", opener + " and turned", 1)
        assert _item(analyze(text, level="L6"), opener.split(" I ")[0]).kind == "context", opener


def test_a_remit_a_career_move_activity_a_hedge_or_a_result_is_no_thesis() -> None:
    for name, sentence in NO_THESIS.items():
        text = THESIS.replace(THESIS.split("\n\n")[1], sentence, 1)
        opening = _item(analyze(text, level="L6"), sentence[:30])
        assert not opens_thesis(opening, RUBRIC), name
    result = _item(analyze(THESIS.replace(THESIS.split("\n\n")[1], NO_THESIS["a result"], 1), level="L6"),
                   "This year I turned")
    assert result.kind == "claim" and result.ready is not None


def test_a_thesis_under_a_heading_stays_as_it_was_read() -> None:
    # under a heading that names the draft in brief ("## Summary", "## TL;DR") it is context
    # (tests/test_reading_seventeenth_round.py); under a story's heading it is a claim
    text = THESIS.replace("\nThis year I turned", "## Evening queues\n\nThis year I turned", 1)
    assert _item(analyze(text, level="L6"), "This year I turned").kind == "claim"


def test_two_whole_stories_whose_first_sentence_sets_the_scene_are_two_stories() -> None:
    report = analyze(SCENE_SET, level="L6")
    told = told_stories(report)
    complete = [s for s in told if s.complete]
    assert len(complete) == 2
    # the third story is a refusal, asked for its case, not a result: the two are what the case stands on (coach53)
    assert "the case stands on only 2 stories" in judge_gap(report).reasons[0]


def test_a_scene_set_in_the_passive_with_no_deed_of_the_writer_is_not_a_decision() -> None:
    text = SCENE_SET.replace("I visited three installers, found that", "Installers found that", 1) \
        .replace("and changed the install checklist", "and the checklist was changed", 1)
    report = analyze(text, level="L6")
    first = _item(report, "Meter readings were estimated")
    assert not first.ready
    assert sum(s.complete for s in told_stories(report)) <= 1


def test_a_session_reads_the_round_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    for text in (THESIS, SCENE_SET, THESIS.replace("This year I turned", "This year I led"), SCENE_SET):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


MANAGER = """# Promotion case: Keiko Arai, PM to Senior PM (L6), School Meal Ordering

Written by Tomas Reyes, Group Product Manager.

Keiko owns meal ordering for 640 schools and two engineering teams build from her roadmap.

## What families got

- Keiko convinced the catering lead to accept orders until 8 am on the day, and children with no
  meal booked fell from 1 in 9 to 1 in 40 across the spring term.
- Keiko proposed carrying free-meal entitlement over each term, and re-applications fell from
  31,000 a term to 4,000.
- She stopped the meal-photo feature after the pilot showed parents never opened it.

## Manager's view

VIEW
"""


def test_a_manager_s_view_put_to_the_room_is_context() -> None:
    for view in ("In calibration I would say she sets the direction for ordering across both teams.",
                 "The evidence above is what I will say in the room: she found the gap, won the caterers"
                 " over and stopped a feature nobody used."):
        report = analyze(MANAGER.replace("VIEW", view), level="L6")
        item = _item(report, view[:30])
        assert item.kind == "context" and not item.ready, view


def test_a_manager_s_view_that_names_the_level_or_a_remit_is_read_as_before() -> None:
    claimed = ("I recommend Keiko for L6 because she convinced the catering lead to take orders on the day,"
               " and children with no meal booked fell from 1 in 9 to 1 in 40.")
    report = analyze(MANAGER.replace("VIEW", claimed), level="L6")
    assert _item(report, "I recommend Keiko").kind == "claim"
    assert report.reading.retell is not None and report.reading.retell.startswith("I recommend Keiko for L6")
    remit = "When I present her in calibration I will say she owns meal ordering end to end."
    assert _item(analyze(MANAGER.replace("VIEW", remit), level="L6"), "When I present").kind == "scope"


def test_a_writer_s_own_recommendation_told_as_a_deed_stays_a_claim() -> None:
    text = THESIS.replace("- I stopped the drive-through", "- I recommended we drop the drive-through lockers"
                          " pilot, and the stores saved $40,000 a quarter.\n- I stopped the drive-through", 1)
    assert _item(analyze(text, level="L6"), "I recommended we drop").kind == "claim"


def test_a_session_reads_a_manager_s_view_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    for view in ("In calibration I would say she sets the direction.", "I recommend Keiko for L6.", "VIEW"):
        text = MANAGER.replace("VIEW", view)
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
