"""The document fields of the fifty-third and fifty-fourth blind sets' round, by cause: each category a
small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze
from field_drafts import FERRY, background_draft, mentions


def draft(background: str, story: str = "") -> str:
    return background_draft(FERRY, background, story)


# The years of engineering told by the work: a stack written, networks run, models trained for years
# before the move to product; a field's habit in the singular.

def test_years_of_engineering_work_told_by_the_work_are_the_past() -> None:
    assert mentions(draft("My years writing the app's payment stack taught me where the taps go "
                          "missing.")) == 1
    assert mentions(draft("My years running networks for a cable company taught me to look for the one "
                          "link that fails.")) == 1
    assert mentions(draft("Having trained speech models for five years before I moved into product, I "
                          "read the error logs myself.")) == 1
    assert mentions(draft("My mobile-dev habit of checking the crash log first paid off twice.")) == 1


def test_years_of_other_work_are_no_past() -> None:
    assert mentions(draft("My years running a ticket office taught me to watch the queue.")) == 0
    assert mentions(draft("My years writing the timetable taught me where the gaps are.")) == 0
    assert mentions(draft("Having trained ticket staff for five years before I moved into product, I know "
                          "the counter.")) == 0
    assert mentions(draft("I ran ferries for nine years before I moved into product.")) == 0
    assert mentions(draft("My old habit of checking the queue first paid off twice.")) == 0


def test_a_data_background_used_is_the_past_told_again_only_beside_a_named_past() -> None:
    echo = "Used my data background to spot that 18% of late sailings were logged twice."
    assert mentions(draft(f"I moved into product after six years as a software engineer. {echo}")) == 2
    assert mentions(draft(f"I moved into product after six years as a ferry planner. {echo}")) == 0


# The specialty a past names: networks run are infrastructure, models trained are ML; a data centre is
# infrastructure's word.

def specialty(text: str):
    reading = analyze(text).reading
    assert Session().analyze(text).reading.specialty == reading.specialty
    return reading.specialty


def test_the_networks_or_models_of_the_past_name_its_specialty() -> None:
    assert specialty(draft("My years running networks for a cable company taught me to look for the one "
                           "link that fails.",
                           "Moved the booking servers out of the port's data centre, cutting failed "
                           "payments from 1 in 40 to 1 in 600.")) == "infrastructure"
    assert specialty(draft("Having trained image models for six years before I moved into product, I read "
                           "the error logs myself.",
                           "Replaced the manual ticket check with a model the vendor trained, and gate "
                           "queues fell from 12 minutes to 4.")) == "ml"


def test_no_past_and_one_word_give_no_specialty() -> None:
    assert specialty(draft("I ran ferries for nine years before I moved into product.",
                           "Moved the booking servers out of the port's data centre, cutting failed "
                           "payments from 1 in 40 to 1 in 600.")) is None
    assert specialty(draft("My years running a ticket office taught me to watch the queue.",
                           "Replaced the manual ticket check with a model the vendor trained, and gate "
                           "queues fell from 12 minutes to 4.")) is None


# The lead: an engineering past in a paragraph of its own before the first claim; the remit that opens
# the first claim; a year shared is no figure retold.

STORY = ("- Cut the wait for a season pass from 14 days to 2 for 23,000 ferry commuters by checking "
         "residency online, and renewals rose from 81% to 93%.\n"
         "- Proposed a shared timetable with the bus company for 40 stops, now used by 9,000 riders.\n")


def lead(opening: str, story: str = STORY) -> bool:
    text = f"# Self-assessment 2026: Ferries\n\n{opening}\n\n## Results\n\n{story}"
    reading = analyze(text).reading
    assert Session().analyze(text).reading.lead_is_outcome == reading.lead_is_outcome
    return reading.lead_is_outcome


def test_an_engineering_past_in_a_paragraph_before_the_first_claim_is_the_opening() -> None:
    assert lead("As a former Android engineer who moved to product last year, I still judge a release by "
                "its crash rate first. This document covers the ferry app, which about 40,000 commuters "
                "use.") is False


def test_a_paragraph_with_no_past_before_the_first_claim_leaves_it_the_lead() -> None:
    assert lead("This document covers the ferry app, which about 40,000 commuters use.") is True
    assert lead("I still judge a release by how the commuters take it. This document covers the ferry app, "
                "which about 40,000 commuters use.") is True


def test_a_remit_that_opens_the_first_claim_frames_it() -> None:
    assert lead("I lead ticketing product for 40,000 commuters and two product teams. This year the season "
                "pass moved online, and renewals rose from 81% to 93% for 23,000 commuters.") is False


def test_a_first_claim_with_no_remit_sentence_is_the_lead() -> None:
    assert lead("This year the season pass moved online, and renewals rose from 81% to 93% for 23,000 "
                "commuters.") is True
    # one sentence: the remit and the result told together
    assert lead("I lead ticketing product, and this year renewals rose from 81% to 93% for 23,000 "
                "commuters.") is True


def test_a_year_shared_with_a_later_outcome_is_no_figure_retold() -> None:
    story = ("- Cut the wait for a season pass from 14 days to 2 by checking residency online.\n"
             "- The route plan I proposed runs to 2028, and renewals rose from 81% to 93% for 23,000 "
             "commuters.\n")
    # the opening shares a year and a count of commuters with the route plan: one figure, not two
    assert lead("This year we changed how 23,000 commuters cross the river, and we set the ferry routes "
                "until 2028.", story) is False
    # two figures of the outcome told again are its retelling
    assert lead("This year renewals rose to 93% for 23,000 commuters, and we set the ferry routes until "
                "2028.", story) is True


# Item signals: a model trained is a deliverable made, not effort; people trained stay effort.

def signals(sentence: str):
    item = analyze(f"- {sentence}\n").items[0]
    assert Session().analyze(f"- {sentence}\n").items[0].signals == item.signals
    return item.signals


def test_a_model_trained_is_no_effort_only() -> None:
    for sentence in ("Trained a demand model for ferry sailings with a precision of 0.82 at the 30-day horizon.",
                     "We trained a model that predicts late sailings from tide data with 0.87 precision.",
                     "Retrained the no-show classifier on two years of bookings."):
        assert signals(sentence).activity_only is False, sentence


def test_people_trained_or_a_meeting_run_stay_effort() -> None:
    for sentence in ("Trained the ticket office staff on the new refund screen.",
                     "Trained the deckhands to use the boarding scanner.",
                     "Ran weekly syncs with the harbour master and the ticket office."):
        assert signals(sentence).activity_only is True, sentence


# Item kinds: "Objections I expect:" in the plural opens an objection, as the singular label does.

def kind(text: str) -> str:
    item = analyze(f"- {text}\n").items[0]
    assert Session().analyze(f"- {text}\n").items[0].kind == item.kind
    return item.kind


def test_the_plural_objections_label_opens_an_objection() -> None:
    assert kind("Objections I expect: the rise in renewals could be the mild winter. It was not; sailings "
                "were 12% above the five-year average.") == "objection"
    assert kind("Objections I anticipate: the new timetable did the work. It launched eight weeks after the "
                "pass, and renewals had already risen 9%.") == "objection"


def test_objections_handled_as_a_deed_stay_a_claim() -> None:
    assert kind("Answered the objections I expected from the harbour board with a 12-week trial, and "
                "renewals rose 9%.") == "claim"
