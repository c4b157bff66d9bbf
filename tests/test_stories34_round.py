"""A story under a bold title read as one item named by its title: a title of any length that is the
paragraph's whole first sentence ("**Guests stopped waiting in the dark: late check-in complaints fell
from 120 a month to 15 after I replaced key handovers with per-booking codes.**"), a title that tells
the story's measured result ("**Owners now receive their money 2 days after a guest checks out instead
of 9.**") and a title whose story the writer opens in the very next sentence ("**1. Buyers bid more
when they can see the machine.** I launched ..."). Drafts of our own that should join and that should
not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story

from packetcoach import analyze
from packetcoach.analysis.joins import _deed_under_title

BODY = ("Foot passengers told us they waited up to an hour at the pier on low tides. I proposed "
        "reprinting the timetable from the tide tables and took it to the harbour board. The board "
        "agreed in April. Complaints from foot passengers fell from 90 a month to 12, and weekday "
        "fares rose from 3,100 to 4,400.")


def _claims(paragraph: str) -> list:
    return [item for item in analyze(story(paragraph, "Ferries")).items if item.kind == "claim"]


def _one_story(title: str, body: str = BODY) -> None:
    items = _claims(f"{title}\n{body}")
    assert len(items) == 1, (title, [item.text[:40] for item in items])
    item = items[0]
    assert item.text.startswith(title.strip("*")[:20]), title
    assert "Complaints from foot passengers" in item.text, title
    assert item.ready, title


def test_a_long_result_title_and_its_story_are_one_ready_item() -> None:
    # longer than a short run-in title: the bold run that is the whole first sentence still titles it
    _one_story("**Foot passengers stopped waiting at the pier: complaints about low-tide waits fell from "
               "90 a month to 12 after I moved the ferry timetable to the tide tables.**")


def test_a_long_deed_title_takes_in_its_story() -> None:
    title = ("**I stopped the night-crossing pilot after 1 in 9 sailings ran late in winter fog, which kept "
             "£210k of fuel spend off the budget.**")
    items = _claims(f"{title}\nThe night-crossing pilot was on the roadmap when I joined and had a charter "
                    "contract waiting for signature. I asked for the pilot data before signing and read the "
                    "log for all 90 sailings myself. I stopped the rollout and told the charter firm we "
                    "would look again next year.")
    assert len(items) == 1 and items[0].text.startswith("I stopped the night-crossing pilot")
    assert "I asked for the pilot data" in items[0].text


def test_a_result_title_takes_in_the_decision_told_below_it() -> None:
    # the title tells the result, the paragraph the decision that got it: one item, named by the title
    for title in ("**Foot passengers now wait 5 minutes at the pier instead of 40.**",
                  "**2. Foot passengers now wait 5 minutes at the pier instead of 40.**"):
        _one_story(title)


def test_the_writers_deed_right_after_a_title_opens_the_story_the_title_names() -> None:
    body = ("I moved the ferry timetable to the tide tables in March. Foot passengers had told the "
            "crews for years that they waited an hour on low tides; I listened to 30 recorded calls "
            "and heard it in almost every one. Complaints from foot passengers fell from 90 a month "
            "to 12, and weekday fares rose from 3,100 to 4,400.")
    for title in ("**1. Foot passengers board on time.**", "**3) Sailing by the tide tables.**"):
        _one_story(title, body)


def test_a_title_with_no_result_and_no_deed_after_it_stays_as_it_was() -> None:
    # the title's only number is its place in the list, and the sentence after it tells a scene:
    # the writer's claim later in the paragraph is its own item
    for title in ("**2. A result that is not ours.**", "**Holding the winter timetable.**"):
        items = _claims(f"{title} The council's new tide gauge cut the error in the tide tables. "
                        "I proposed reprinting the timetable from the new tables; complaints from foot "
                        "passengers fell from 90 a month to 12.")
        assert not any(item.text.startswith(title.strip("*")[:8]) and "I proposed" in item.text
                       for item in items), title


def test_a_scene_told_round_the_writer_after_a_title_is_no_deed() -> None:
    # "When I arrived, ...": the writer's verb is a subordinate clause's, not the sentence's own
    def first(paragraph: str):
        return _claims(paragraph)[0]
    assert not _deed_under_title(first("**1. Foot passengers board on time.** When I arrived, a night crossing "
                                       "was six months into planning with a £300,000 budget."))
    assert _deed_under_title(first("**1. Foot passengers board on time.** In March I moved the timetable to "
                                   "the tide tables."))
    assert not _deed_under_title(first("**1. Did passengers board on time?** I moved the timetable to the "
                                       "tide tables."))


def test_a_question_title_is_no_result_title() -> None:
    items = _claims("**Did 40 passengers a day really wait an hour?** The crews counted them for a month. "
                    "I proposed reprinting the timetable from the tide tables; complaints from foot "
                    "passengers fell from 90 a month to 12.")
    assert not any(item.text.startswith("Did 40") and "I proposed" in item.text for item in items)


def test_a_long_bold_run_that_is_not_the_whole_first_sentence_is_no_title() -> None:
    items = _claims("**Complaints from foot passengers about low-tide waits at the north pier fell from 90 a "
                    "month to 12** after the timetable moved to the tide tables. I proposed reprinting the "
                    "timetable and the harbour board agreed in April, and weekday fares rose from 3,100 "
                    "to 4,400.")
    assert any(item.text.startswith("I proposed") for item in items)
