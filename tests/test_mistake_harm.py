"""A mistake told and repaired: the writer's own release, the harm it did, and the writer undoing it.
The repair dated by a short time after the harm ("within a week", "the next morning") is the same
story, named by the mistake; and the harm, a measure that moved the wrong way because of the writer's
error, is never offered as a result: not as a sentence for the room, not among the stories to leave
as they are, not as the lead. Drafts of our own that should fire and that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story, story_items
from test_room_exposure import _room as room

from packetcoach import Session, analyze
from packetcoach.analysis.stories import outcome_sentence, undone_at
from packetcoach.coach.sentences import room_sentences

# the writer's release with an error in it, and the harm it did, told with a number
MISTAKE = ("In March I launched crate-pickup reminders without a time window. When a depot ran late, "
           "growers waited up to four hours at the gate, and complaints doubled. ")
REPAIR = ("I pulled the reminders within a week, added a two-hour window, and phoned the 120 growers who "
          "had complained. Complaints were back to their old level by May.")


def test_a_repair_dated_within_a_short_time_joins_the_mistake_it_answers() -> None:
    for dated in ("within a week", "the next morning", "within the hour"):
        told = MISTAKE + REPAIR.replace("within a week", dated)
        assert story_items(told) == [told[:24]], dated
        report = analyze(story(told))
        assert [i.text for i in Session().analyze(story(told)).items] == [i.text for i in report.items]


def test_the_harm_of_a_mistake_is_not_the_result_offered_to_the_room() -> None:
    text = story(MISTAKE + REPAIR)
    item = analyze(text).items[0]
    assert undone_at(item, analyze(text).rubric) == 2  # the sentences before the repair: mistake, harm
    assert "pulled the reminders" in item.source[slice(*outcome_sentence(item, analyze(text).rubric))]
    said = room(text)
    assert said and not any("doubled" in s or "four hours" in s for s in said), said
    assert room(text) == [s.text for s in room_sentences(Session().analyze(text))]


def test_the_harm_of_a_mistake_is_not_kept_as_a_strong_result() -> None:
    # a ready draft: the verdict names the stories to leave as they are, by the result each stands on
    draft = ("# Self-assessment: Ines K., Senior PM, Valley Orchards (L6)\n\n## Crate pickup\n\n"
             "I proposed same-day crate pickup for our 300 growers and ran it at four depots; crates "
             "left on farms overnight fell from 18% to 5%.\n\n## Depot fees\n\n"
             "I turned down the regional director's request for a $90 depot fee, because 70% of growers "
             "said they would switch depots; retention of those growers held at 96% and revenue rose 8%.\n\n"
             "## Reminders\n\n" + MISTAKE + REPAIR + "\n")
    report = analyze(draft)
    keep = report.verdict.keep or ""
    assert "doubled" not in keep and "four hours" not in keep, keep
    assert Session().analyze(draft).verdict == report.verdict


def test_a_result_before_an_undoing_of_something_else_stays_the_result() -> None:
    kept = (
        # the writer pulls a part the launch did not name: the launch's result stands
        "I launched self-booking for the 300 growers in March, and missed pickups fell from 12% to 4%. "
        "I pulled the Saturday slots in May after the depots asked.",
        # a roll-out is no roll-back
        "I launched self-booking for the 300 growers in March, and missed pickups fell from 12% to 4%. "
        "I rolled it out to every depot in May.",
        # someone else undoes it: no repair of the writer's
        "I launched self-booking for the 300 growers in March, and missed pickups fell from 12% to 4%. "
        "The depots pulled it in May.",
    )
    for told in kept:
        report = analyze(story(told))
        item = report.items[0]
        assert undone_at(item, report.rubric) == 0, told
        assert any("from 12% to 4%" in s for s in room(story(told))), told


def test_an_undoing_that_opens_the_item_hides_nothing() -> None:
    # the pull told first with its reason and its result after: nothing before it to leave out
    told = ("I pulled the self-booking launch two days before go-live when I saw it double-booked "
            "depots; it relaunched three weeks later, and missed pickups for our 300 growers fell from 12% to 4%.")
    report = analyze(story(told))
    assert undone_at(report.items[0], report.rubric) == 0
    assert any("from 12% to 4%" in s for s in room(story(told)))


# a mistake under a heading that names it, told as a lesson, and the writer's repair after it
WENT_WRONG = ("# Self-assessment\n\n## Results\n\nRedesigned the kennel booking page; completed bookings rose "
              "from 41% to 58% of visits in three months, worth about $300K a year.\n\n## What went wrong\n\n"
              "We sent the first vaccination reminders at midnight. Thirty dog owners wrote in to complain "
              "that week. I moved the reminders to 9am the next day and wrote to each owner myself.\n")


def test_a_repair_dated_back_after_a_mistake_heading_joins_the_lesson() -> None:
    for dated in ("the next day", "the same day", "the same week"):
        text = WENT_WRONG.replace("the next day", dated)
        report = analyze(text)
        last = report.items[-1]
        assert last.kind == "lesson" and "I moved the reminders" in last.text, dated
        assert not any(i.kind == "claim" and i.text.startswith("I moved") for i in report.items), dated
        assert not any("I moved the reminders" in f.message for f in report.findings), dated
        assert [(i.kind, i.text) for i in Session().analyze(text).items] == [(i.kind, i.text) for i in report.items]


def test_a_repair_with_no_time_told_back_stays_the_writers_claim() -> None:
    text = WENT_WRONG.replace(" the next day", "")
    report = analyze(text)
    assert [i.kind for i in report.items if i.text.startswith("I moved")] == ["claim"]
    assert [(i.kind, i.text) for i in Session().analyze(text).items] == [(i.kind, i.text) for i in report.items]
    # a later deed in another paragraph, dated the same way, is no repair of the lesson
    apart = WENT_WRONG.replace(" I moved", "\n\nI moved")
    assert [i.kind for i in analyze(apart).items if i.text.startswith("I moved")] == ["claim"]
