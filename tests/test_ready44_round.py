"""A paragraph under a bold title that is not a question tells one story: when the title's item is
ready already and a later claim of the same paragraph is ready too, the claims between and up to
that later one join the title's item, one ready item named by its first claim sentence (labelling
guide: "Decision and result sentences apart"), not two. Drafts of our own that should join and that
should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story

from packetcoach import analyze

FIRST = ("Late-shift nurses were our biggest source of missed bookings: when I read 400 cancelled "
         "slots myself, 52% fell after 6pm. I moved the evening clinic to a 7pm start for 3,000 "
         "nurses, and no-shows fell from 18% to 9%, which keeps about £80,000 a year of clinic income.")
MIDDLE = "I took the plan to the clinic board twice and held my ground through both reviews."
LATER = ("I cut the paper consent form and sent it by text instead. Waiting time at the desk for 3,000 "
         "nurses fell from 14 minutes to 5, and weekly bookings rose from 610 to 790, adding £40,000 "
         "a year of income.")


def _claims(paragraph: str) -> list:
    return [item for item in analyze(story(paragraph, "Clinics")).items if item.kind == "claim"]


def test_a_topic_title_with_two_ready_claims_is_one_ready_item() -> None:
    items = _claims(f"**Moving the clinic later.** {FIRST} {MIDDLE} {LATER}")
    ready = [item for item in items if item.ready]
    assert len(ready) == 1
    assert "Late-shift nurses" in ready[0].text and "weekly bookings rose" in ready[0].text


def test_split_claims_without_a_title_stay_apart() -> None:
    # with no title, two finished stories in one paragraph keep their own items (analysis/joins.py)
    assert sum(item.ready for item in _claims(f"{FIRST} {MIDDLE} {LATER}")) >= 2


def test_a_new_story_under_the_same_title_stays_apart() -> None:
    items = _claims(f"**Moving the clinic later.** {FIRST} I also {LATER[2:]}")
    assert sum(item.ready for item in items) >= 2


def test_a_later_claim_that_is_not_ready_is_not_taken_in() -> None:
    items = _claims(f"**Moving the clinic later.** {FIRST} {MIDDLE}")
    assert not any(MIDDLE[:20] in item.text and "Late-shift" in item.text for item in items)
