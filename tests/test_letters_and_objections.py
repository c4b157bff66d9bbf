"""Readings a draft written as a letter showed (docs/accuracy.md, "A letter, a claims draft and the
room's objections"): an objection raised in a paragraph and answered there, senior parties named in
the possessive, and people served by phone. Each with sentences that should and should not fire."""

from __future__ import annotations

import pytest

from item_reads import facts, signals
from packetcoach import analyze
from packetcoach.analysis.stories import figures_apart
from packetcoach.api import analyze_item
from packetcoach.coach.sentences import room_sentences
from packetcoach.core.model import Voice
from packetcoach.profile.compile import rubric_for
from packetcoach.text.items import read_sentences
from packetcoach.text.voice import draft_voice


@pytest.mark.parametrize("text", [
    "The objection I expect is that the venues, not I, drove the growth.",
    "The pushback I expect is that the savings came from a quiet season.",
    "The question I expect is whether the pilot sites were the easy ones.",
])
def test_an_objection_the_writer_expects_is_an_objection(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.kind == "objection"


def test_an_objection_someone_raised_in_the_year_is_no_objection_to_the_packet() -> None:
    item = analyze_item("The objection legal raised cost us six weeks, so I moved their review to the first week.")
    assert item is not None and item.kind != "objection"


LETTER = """# Self-assessment

I moved timed entry to 14 venues, and visitors now wait 3 minutes at the door instead of 25.

The objection I expect is that the venues, not I, drove the growth. The venues chose to join after the
door-wait result; I can show the sign-up dates against it, and advance sales grew from 31% to 58%.

I also cut the paper ticket desk at two venues, which saved $240K a year for the museums.
"""


def test_an_objection_and_the_sentences_that_answer_it_are_one_item() -> None:
    report = analyze(LETTER, profile="amazon-pm", level="L6")
    kinds = [(item.text.split()[0], item.kind) for item in report.items]
    assert kinds == [("I", "claim"), ("The", "objection"), ("I", "claim")]
    assert report.reading.objections_section
    assert not any(item.text.startswith("The venues") for item in report.items)


def test_a_new_story_after_the_answer_stays_its_own_item() -> None:
    text = LETTER.replace("\n\nI also cut", " I also cut")
    report = analyze(text, profile="amazon-pm", level="L6")
    assert [item.kind for item in report.items] == ["claim", "objection", "claim"]
    assert report.items[-1].text.startswith("I also cut")


def _influence(text: str) -> tuple[str, ...]:
    report = analyze(f"# Doc\n\n- {text}\n", profile="amazon-pm", level="L6")
    return report.reading.level_evidence["L6"]["influence"]


@pytest.mark.parametrize("text", [
    "Said no to the COO's request for a chatbot; abandoned calls fell from 22% to 9% for policyholders.",
    "Rewrote the VP's pricing plan with two of its five bets cut; churn among sellers fell from 9% to 6%.",
])
def test_a_senior_party_named_in_the_possessive_is_influence(text: str) -> None:
    assert _influence(text)


def test_the_possessive_of_a_party_outside_the_ladder_is_no_influence() -> None:
    assert not _influence("Took the design team's request for a new wizard; sign-ups from sellers rose from 4% to 6%.")


@pytest.mark.parametrize("text", [
    "Talked the team out of rebuilding the holiday-pay engine; disputes fell by half.",
    "I talked the CFO out of buying a second warehouse system.",
])
def test_a_party_talked_out_of_building_is_a_stop(text: str) -> None:
    assert facts(text).stopped


def test_being_talked_out_of_it_is_no_stop_of_the_writer_s() -> None:
    assert not facts("The VP talked me out of launching the premium tier.").stopped


def test_a_one_word_label_opening_a_bullet_is_no_verb() -> None:
    rubric = rubric_for("amazon-pm")
    label, story = read_sentences("Declines. I replaced outright declines with step-up checks.", rubric)
    assert label.clause is None and story.clause is not None
    assert read_sentences("Cut churn by half.", rubric)[0].clause is not None


PROMOTION = """# Promotion document: Dana Reyes, Senior PM (L6 to L7)

## Why now
For two years Dana has set the fraud strategy for card payments across our four marketplaces.

## How she did it
- **Declines.** Dana saw we were declining good shoppers. She proposed step-up checks in place of
  declines and won over the CFO; wrongly declined orders from shoppers fell from 3.1% to 1.2%.
- **Reviews.** She retired 3,400 hand-written rules, and reviewers now decide in 40 seconds instead of 4 minutes.
- **Partners.** She chose not to renew our second fraud vendor, which caught 2% of what the first missed.
"""


def test_a_manager_s_bold_labelled_bullets_name_the_candidate_and_quote_no_label() -> None:
    report = analyze(PROMOTION, profile="amazon-pm", level="L7", doc_type="promotion")
    assert draft_voice(PROMOTION, rubric_for("amazon-pm")) == Voice("she", ("Dana Reyes", "Dana"))
    assert report.items[0].text.startswith("For two years Dana")  # the candidate's remit, read as the writer's
    sentences = room_sentences(report)
    assert sentences and not any(s.text.startswith(("Declines", "Reviews")) for s in sentences)


RATE_TABLE = """# Promotion document

## Results

| Outcome | Before | After |
|---|---|---|
| Manual review queue | 42,000/day | 9,000/day |
| Review time | 4 min | 40 s |

## How she did it
- She retired 3,400 hand-written rules; the queue dropped from 42,000 orders a day to 9,000, and review
  time fell from 4 min to 40 s.
"""


def test_a_table_that_abbreviates_a_rate_sums_up_the_story_that_tells_it() -> None:
    report = analyze(RATE_TABLE, profile="amazon-pm", level="L6", doc_type="promotion")
    assert figures_apart(report.document) == ()


def test_a_rate_no_story_tells_stays_apart() -> None:
    untold = RATE_TABLE.replace("from 42,000 orders a day to 9,000", "by most of its size")
    report = analyze(untold, profile="amazon-pm", level="L6", doc_type="promotion")
    assert [section.title for section in figures_apart(report.document)] == ["Results"]


@pytest.mark.parametrize(("text", "kind"), [
    ("When I joined, growers waited 21 days to be paid, and one in six orders from buyers was disputed.",
     "context"),
    ("When I joined, I cut the wait for a payout from 9 days to 2 for growers.", "claim"),
    ("I joined the payments team in March and cut the payout wait from 9 days to 2 for sellers.", "claim"),
])
def test_the_state_found_on_joining_is_context_even_with_a_measure(text: str, kind: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.kind == kind


def test_proposing_a_change_in_part_of_an_order_is_no_effort() -> None:
    assert not signals("I proposed paying growers at delivery for the undisputed part of an order.").activity_only
    assert signals("I was part of the working group on grower payments.").activity_only


@pytest.mark.parametrize("text", [
    "Spearheaded a better intake experience by working closely with engineering, design and operations.",
    "Worked closely with the finance leads and drove alignment on the spend dashboard.",
])
def test_working_closely_with_others_is_effort(text: str) -> None:
    assert signals(text).activity_only


def test_working_closely_with_others_beside_a_result_is_no_effort() -> None:
    assert not signals("Worked closely with the clinic leads to cut check-in time for patients from 9 minutes "
                       "to 4.").activity_only


def test_a_fault_of_a_software_word_names_no_person() -> None:
    assert not signals("Traced thermostat dropouts to a Wi-Fi driver retry bug and shipped the fix; support "
                       "contacts about offline devices fell 58%.").customer
    assert signals("Cut the wait for drivers at the depot gate from 20 minutes to 6.").customer


@pytest.mark.parametrize("text", [
    "I prioritised takeover protection for older card holders above the chargeback dashboard the risk director "
    "had asked for.",
    "Passed on building our own price-comparison engine and licensed the state reference file instead.",
    "Usage showed 96% of teachers had moved to the new editor, so I let the contract lapse at renewal.",
])
def test_an_option_passed_over_or_let_lapse_is_a_stop(text: str) -> None:
    assert facts(text).stopped


@pytest.mark.parametrize("text", [
    "I prioritised the export feature over the other two ideas after 9 of 15 interviews asked for it.",
    "Passed on the savings to growers as a lower fee.",
])
def test_a_priority_among_ideas_or_savings_passed_on_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


def test_writing_the_case_for_a_platform_starts_it() -> None:
    assert facts("I wrote the case for a shared risk platform and took it through two rejections at VP staff.").initiated
    assert not facts("The finance team wrote the case for a shared platform.").initiated
