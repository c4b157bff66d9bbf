"""Drafts read as a coach would, a twelfth round: a draft that says who its customers are keeps
that meaning through the document, as a measure it defines does ("Our customers are the 80 game
studios ..." makes "every studio" and "two studios" the party served, where "our team" and "the
data team" stay the writer's own people); and a story told in labelled top-level bullets ("-
Problem: ...", "- Did: ...", "- Decided: ...", "- Result: ...") is read as one story, as its
nested and bold forms already were. Text that should and should not change the reading, in our own
words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.definitions import defined_parties
from packetcoach.output.json import report_json
from packetcoach.profile.compile import rubric_for
from packetcoach.text.blocks import parse_blocks
from packetcoach.text.structure import join_story_parts

RUBRIC = rubric_for("amazon-pm")

STUDIOS = """# Self-assessment: Rosa Lind, PM (L6), Publishing Tools

## What I own

I own the publishing tools for our store. Our customers are the 80 game
studios that release through us, from small teams to large ones.

## Results

- Cut the time every studio needs to submit a build from 5 days to 1 day by dropping the manual review.
- Two studios objected to the new file limits; I agreed a higher limit for launch weeks and both stayed.
- Partnered with the data team to publish a weekly sales report.
- Our team cut its on-call pages from 40 a week to 12.
"""

NO_DEFINITION = STUDIOS.replace("Our customers are the 80 game\nstudios that release through us, from small teams to large ones.",
                                "The store has 80 game studios.")


def _items(text: str) -> dict[str, dict]:
    report = report_json(analyze(text))
    return {item["text"].split()[0] + " " + item["text"].split()[1]: item for item in report["items"]}


def test_a_party_the_draft_defines_is_found_across_a_line_break() -> None:
    assert defined_parties(STUDIOS, RUBRIC) == (("game", "studios"),)
    assert defined_parties("Our users are\nthe 1,200 clinic receptionists who book visits.", RUBRIC) == \
        (("clinic", "receptionists"),)
    assert defined_parties("Her customers are small bakeries, cafes and caterers.", RUBRIC) == (("small", "bakeries"),)


def test_no_party_is_defined_without_the_owner_and_the_noun() -> None:
    assert defined_parties(NO_DEFINITION, RUBRIC) == ()
    assert defined_parties("Some customers are slow to pay, so I changed the reminder.", RUBRIC) == ()


def test_the_defined_party_counted_is_the_customer_served() -> None:
    items = _items(STUDIOS)
    assert items["Cut the"]["signals"]["customer"] is True  # "every studio"
    assert items["Two studios"]["signals"]["customer"] is True
    without = _items(NO_DEFINITION)
    assert without["Cut the"]["signals"]["customer"] is False
    assert without["Two studios"]["signals"]["customer"] is False


def test_the_writers_own_teams_stay_no_customer() -> None:
    items = _items(STUDIOS.replace("Our customers are the 80 game\nstudios", "Our customers are the 80 product\nteams"))
    assert items["Partnered with"]["signals"]["customer"] is False  # a collaborator
    assert items["Our team"]["signals"]["customer"] is False  # the writer's own team


def test_a_session_reads_a_defined_party_as_analyze_does() -> None:
    session = Session()
    session.analyze(NO_DEFINITION)
    assert report_json(session.analyze(STUDIOS)) == report_json(analyze(STUDIOS))
    assert report_json(session.analyze(NO_DEFINITION)) == report_json(analyze(NO_DEFINITION))


TERSE = """# Self review 2026 - PM L5 - Warehouse Returns

## Results

### Return label time
- Problem: shopper wait 2 day for return label, many shopper call support.
- Did: read 200 support call, visit 3 warehouse.
- Decided: print label at drop-off point instead of email. Agreed with legal.
- Result: return label wait 2 day -> 10 minute. Support call about label 5,000 -> 900 per month.
"""


def _labels_joined(text: str) -> int:
    blocks = parse_blocks(text)
    return len(blocks) - len(join_story_parts(text, blocks, RUBRIC.story_part_labels))


def test_labelled_top_level_bullets_are_one_story() -> None:
    assert _labels_joined(TERSE) == 3  # four bullets, one block
    report = report_json(analyze(TERSE))
    result = [item for item in report["items"] if "Result:" in item["text"]]
    assert result and result[0]["signals"]["own_action"] is True  # the result is told with the decision


def test_a_label_said_again_starts_the_next_story() -> None:
    scopes = "## Stories\n\n- Scope: Refunds and Payments.\n- Scope: Returns and Finance.\n"
    assert _labels_joined(scopes) == 0
    one_label = "## Results\n\n- Launched the label printer at 40 stores.\n- Result: calls fell 30%.\n"
    assert _labels_joined(one_label) == 0


BACKGROUND = """# Self-assessment: Lea Roth, PM (L6), Parking Payments

## Where I come from

I own parking payments for the city's garages. Before that I spent five years as a mobile engineer,
which still shapes how I read a problem.

## Results

- Cut the wait at garage exits from 4 minutes to 40 seconds for drivers by dropping the ticket scan.
"""


def _kind_of(text: str, opening: str) -> str:
    report = report_json(analyze(text))
    return next(item["kind"] for item in report["items"] if item["text"].startswith(opening))


def test_the_writers_old_engineering_job_told_as_background_is_context() -> None:
    assert _kind_of(BACKGROUND, "Before that I spent") == "context"
    moved = BACKGROUND.replace("Before that I spent five years as a mobile engineer,\nwhich still shapes how I read a problem.",
                               "After five years as a mobile engineer, I made the move to product in May.")
    assert _kind_of(moved, "After five years") == "context"


def test_a_managers_document_tells_the_candidates_old_job_as_background() -> None:
    manager = """# Promotion to L6: Tom Berg, Parking Payments

## Summary

Tom owns parking payments for the city's garages. Before product, Tom spent six years as a backend
engineer on the garage systems, and it shows in how fast he finds a cause.

## Impact

- He cut the wait at garage exits from 4 minutes to 40 seconds for drivers by dropping the ticket scan.
- He convinced the finance director to drop the card surcharge; card payments rose from 30% to 55%.
"""
    assert _kind_of(manager, "Before product, Tom spent") == "context"


def test_the_engineering_past_before_a_deed_stays_a_claim() -> None:
    deed = BACKGROUND.replace("Before that I spent five years as a mobile engineer,\nwhich still shapes how I read a problem.",
                              "As a former mobile engineer, I read the crash logs myself and found that 30% of\n"
                              "payments failed at the card step; I cut the step and failures fell to 4% for drivers.")
    assert _kind_of(deed, "As a former mobile engineer") == "claim"
    told_with_result = BACKGROUND.replace(
        "Before that I spent five years as a mobile engineer,\nwhich still shapes how I read a problem.",
        "I was a mobile engineer for five years, and I cut payment failures from 30% to 4% for drivers.")
    assert _kind_of(told_with_result, "I was a mobile engineer") == "claim"


GROWTH = """# Self review 2026: Mia Ko, PM (L5), Store Pickup

## Results

- Cut pickup wait for shoppers from 9 minutes to 3 by sending a ready text; pickup ratings rose from 3.9 to 4.5.

## {heading}

- Speak up earlier in the monthly business review.
- Learn how our pricing team builds its models.
"""


def _claims(text: str) -> list[str]:
    return [item["text"] for item in report_json(analyze(text))["items"] if item["kind"] == "claim"]


def test_a_growth_heading_in_other_words_asks_for_no_evidence() -> None:
    for heading in ("Growth area", "Areas to develop", "Areas for development", "Development area"):
        claims = _claims(GROWTH.format(heading=heading))
        assert not any(claim.startswith(("Speak up", "Learn how")) for claim in claims), heading


def test_a_story_under_a_heading_that_names_a_growth_area_is_still_evidence() -> None:
    story = GROWTH.replace("## Results\n", "## A new growth area: curbside returns\n").format(heading="Areas to develop")
    assert any(claim.startswith("Cut pickup wait") for claim in _claims(story))


ONE_RESULT_AMONG_MANY = """# Self-assessment: Noor Hadid, PM, Warehouse Tools

## Work

- Reprints of packing labels fell from 9% to 2% for packers after the printer check moved to the start of the shift.
- Held 12 meetings with the site leads about the new scanner rollout.
- Wrote the PRD for the pallet tracking feature.
- Ran the weekly triage of scanner bugs.
- Organised 3 training sessions for shift leads.
- Reviewed the vendor's 40-page integration plan.
- Set up a dashboard of 25 scanner metrics.
- Joined 30 site visits across 4 regions.
- Tracked 200 open tickets in the backlog.
- Presented the roadmap at 2 quarterly reviews.
- Drafted 6 one-pagers for the director.
- Hosted 5 office hours for the support team.
"""


def _case(text: str) -> str:
    from packetcoach.calibrate import calibrate_reports
    return calibrate_reports([analyze(text, level="L6", source="a.md")], "L6").ranking[0].summary.case


def test_a_case_says_rarely_where_a_few_claims_have_a_result() -> None:
    case = _case(ONE_RESULT_AMONG_MANY)
    assert "rarely states a business result" in case and "never states" not in case, case


def test_a_case_says_never_where_no_claim_has_a_result() -> None:
    none = ONE_RESULT_AMONG_MANY.replace(
        "- Reprints of packing labels fell from 9% to 2% for packers after the printer check moved to the start of the shift.\n",
        "- Moved the printer check to the start of the shift.\n")
    case = _case(none)
    assert "rarely" not in case, case


STOP_WITH_GROUNDS = """# Self-assessment: Ana Silva, PM (L6), Store Apps

## What I chose not to build

- I decided not to build a loyalty wallet for the stores: only 2 of our 60 store owners asked for it, and a partner app already serves them. I arranged a shared plan with the partner instead, about $90K a year less than building it.
"""


def test_a_stop_is_quoted_with_its_result_not_its_grounds() -> None:
    from packetcoach.calibrate.voice import result_clause
    from packetcoach.coach.sentences import room_sentences
    report = analyze(STOP_WITH_GROUNDS)
    item = next(item for item in report.items if item.text.startswith("I decided not to build"))
    assert "$90K" in result_clause(item, report.rubric)
    assert any("$90K" in sentence.text for sentence in room_sentences(report))  # "I arranged" is a verb


def test_a_stop_without_a_later_result_keeps_its_own_number() -> None:
    from packetcoach.calibrate.voice import result_clause
    report = analyze(STOP_WITH_GROUNDS.replace(" I arranged a shared plan with the partner instead, about $90K a year less than building it.", ""))
    item = next(item for item in report.items if item.text.startswith("I decided not to build"))
    assert "2 of our 60 store owners" in result_clause(item, report.rubric)
