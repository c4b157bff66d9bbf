"""Categories found by reading new drafts as a coach would (docs/accuracy.md, "Fixes from reading
new drafts, a fifth round"): a share of an input is no effort, a model's error is a technical
measure, a project kicked off or a proposal written is a start, a lowlights section tells lessons,
and the level claimed again at the close is not judged as new evidence."""

from __future__ import annotations

import pytest

from item_reads import facts, types
from packetcoach import analyze
from packetcoach.analysis.stories import figures_apart
from packetcoach.api import analyze_item


@pytest.mark.parametrize(("text", "expected"), [
    ("42% of interviews named pricing as the reason they left.", [""]),
    ("The iOS app crashed for 4% of sessions after the January release.", ["technical"]),
    ("The app crashed for 4% of drivers after the release.", ["customer"]),
    ("Held 42 interviews with shift leads about overtime.", ["input"]),
])
def test_a_share_of_an_input_is_what_it_showed_not_effort(text: str, expected: list[str]) -> None:
    assert types(text) == expected


def test_a_share_of_an_input_is_no_activity() -> None:
    item = analyze_item("The iOS app crashed for 4% of sessions after the January release.")
    assert item is not None and item.signals is not None
    assert not item.signals.activity_only


@pytest.mark.parametrize("text", [
    "Forecast error (MAPE) dropped from 18% to 11% after the redesign.",
    "Cut the demand model's RMSE from 4.1 to 2.9 units.",
])
def test_a_model_error_score_is_technical(text: str) -> None:
    assert types(text) == ["technical"]


def test_a_count_of_teams_is_scale_whatever_work_comes_after_through() -> None:
    assert types("I ran the weekly status meeting with the three teams involved through the build.") == ["scale"]


def test_errors_a_served_party_reports_stay_theirs() -> None:
    assert types("Errors reported by employers dropped from 4% to 1%.") == ["customer"]


@pytest.mark.parametrize("text", [
    "Kicked off the availability-calendar project in Q4; the first version ships in February.",
    "I wrote the proposal to let qualified workers swap shifts on their own, and legal agreed to a pilot.",
    "My proposal to charge carriers for late pickups passed in July.",
])
def test_a_project_kicked_off_or_a_proposal_written_is_a_start(text: str) -> None:
    assert facts(text).initiated


@pytest.mark.parametrize("text", [
    "Kicked off the weekly sync with finance and support.",
    "Engineering kicked off the payroll migration in May, and I wrote its launch plan.",
    "Our director wrote the proposal to merge the two apps.",
])
def test_a_routine_or_someone_else_s_start_is_no_start(text: str) -> None:
    assert not facts(text).initiated


LOWLIGHTS = """# 2026 self-assessment

## Highlights

I cut the sign-up form from 12 fields to 5, and completed sign-ups for new employers rose from 48% to 71%.

## Lowlights

We started the year with a problem. The iOS app crashed for 4% of sessions after the January release and
I launched it anyway.

## What I'd tell the committee

I operate at L6 today: I set the direction for sign-up, and completed sign-ups for new employers rose
from 48% to 71%.
"""


def test_a_lowlights_section_tells_lessons_and_the_closing_level_claim_is_not_judged() -> None:
    report = analyze(LOWLIGHTS, profile="amazon-pm", level="L6")
    kinds = {item.text.split()[0] + " " + item.text.split()[1]: item.kind for item in report.items}
    assert kinds["I cut"] == "claim"
    assert kinds["We started"] == "lesson" and kinds["The iOS"] == "lesson"
    assert kinds["I operate"] == "context"
    assert report.reading.retell is not None and report.reading.retell.startswith("I operate at L6")


@pytest.mark.parametrize("text", [
    "I did not push hard enough to hold the release, and 4% of sessions crashed.",
    "I didn't fight hard enough for the research budget.",
])
def test_a_regret_in_the_writer_s_own_words_is_a_lesson(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.kind == "lesson"


def test_a_level_claim_that_opens_the_draft_is_still_a_claim() -> None:
    text = ("# Promotion document\n\nI already operate at L6: I cut the sign-up form from 12 fields to 5, and "
            "completed sign-ups for new employers rose from 48% to 71%.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    assert report.items[0].kind == "claim" and report.items[0].ready


def test_a_story_whose_result_is_technical_is_still_one_item() -> None:
    text = ("# Highlights\n\n**Labor forecast.** Led the redesign of the labor forecast. Worked with data science "
            "on the model every sprint. Forecast error (MAPE) dropped from 18% to 11%.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    claims = [item for item in report.items if item.kind == "claim"]
    assert len(claims) == 1 and claims[0].text.startswith("Led the redesign")
    assert claims[0].signals is not None and claims[0].signals.technical_metric_only


def test_a_decision_with_no_result_after_it_stays_apart() -> None:
    text = ("# Highlights\n\nI proposed a shift-swap pilot to the three largest employers. "
            "I also partnered with finance on the Enterprise price.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    assert len([item for item in report.items if item.kind == "claim"]) == 2


TABLE = """# Promotion document

## Results

| What | Before | After |
|---|---|---|
| Plays started from the row | 18% | 41% |
| Subscribers cancelling in their first 60 days | 11.2% | 9.4% |
| Offline NDCG@10 | 0.31 | 0.44 |

## How she got there

She ran the test against the editorial carousel for six weeks on 5% of subscribers. Plays from the row rose
from 18% to 41%, and early cancellations fell from 11.2% to 9.4%.
"""


def test_a_table_that_sums_up_the_stories_figures_holds_nothing_apart() -> None:
    report = analyze(TABLE, profile="amazon-pm", level="L6", doc_type="promotion")
    assert figures_apart(report.document) == ()


def test_a_table_of_figures_no_story_tells_is_apart() -> None:
    untold = TABLE.replace("rose\nfrom 18% to 41%, and early cancellations fell from 11.2% to 9.4%", "rose.")
    report = analyze(untold, profile="amazon-pm", level="L6", doc_type="promotion")
    assert [section.title for section in figures_apart(report.document)] == ["Results"]


def test_a_growth_section_in_the_third_person_asks_for_no_evidence() -> None:
    text = ("# Promotion document\n\n## Where she is still growing\n\n"
            "She shipped a ranking change in Q2 that raised offline NDCG from 0.31 to 0.44.\n")
    report = analyze(text, profile="amazon-pm", level="L6", doc_type="promotion")
    assert not [f for f in report.findings if f.name == "item-not-ready"]
    story = text.replace("Where she is still growing", "Ranking")
    assert [f for f in analyze(story, profile="amazon-pm", level="L6").findings if f.name == "item-not-ready"]


@pytest.mark.parametrize(("text", "count"), [
    ("As a former data scientist, I could read the model's errors myself; I cut the form to 5 fields.", 1),
    ("I hired two data scientists and cut the form to 5 fields.", 0),
])
def test_a_data_science_past_is_an_engineering_past(text: str, count: int) -> None:
    assert len(analyze(text, profile="amazon-pm", level="L6").reading.former_engineer_mentions) == count
