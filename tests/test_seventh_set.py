"""The categories a seventh blind set showed (docs/accuracy.md, "The lists on a seventh blind set, by
category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from item_reads import facts, signals, types
from packetcoach.api import analyze_item


@pytest.mark.parametrize("text", [
    "Showed customer obsession by visiting 25 clinics and sitting in on 40 intake calls this year.",
    "Took ownership of the renewal journey by mapping 31 touchpoints in a 50-slide deck.",
    "Insisted on the highest standards by reviewing all 600 test cases for the kiosk launch.",
    "Showed bias for action by running 12 outage drills with 200 store leads.",
])
def test_a_principle_claimed_by_way_of_effort_is_effort(text: str) -> None:
    assert signals(text).activity_only


@pytest.mark.parametrize("text", [
    "Showed bias for action by shipping a rough booking page in two days; sign-ups from clinics rose 12%.",
    "Held the tablet launch for four weeks until check-in on the oldest tablets took under two seconds.",
    "Coached two support leads into associate PM roles; one now runs the intake roadmap I used to own.",
])
def test_a_deed_or_a_result_behind_the_claim_is_no_effort(text: str) -> None:
    assert not signals(text).activity_only


@pytest.mark.parametrize("text", [
    "Moved the spring appeal to text-to-give, and 4,200 lapsed donors gave $310K.",
    "Waived the bid fee for new freelancers, and 3,000 more freelancers won a first job.",
    "Cut the time ward managers wait to book a locum from 9 days to 2.",
])
def test_served_parties_of_giving_freelance_and_hospital_work(text: str) -> None:
    assert signals(text).customer


def test_a_summary_opener_tells_the_draft_again_under_any_heading() -> None:
    from packetcoach import analyze
    text = ("# Self-assessment\n\n## Resale\n\nI launched ticket resale in the app, and attendance rose from 86% "
            "to 93%.\n\n## Scope and summary\n\nThe short version for my review: I own fan ticketing end to end at "
            "L5, and my resale launch lifted attendance from 86% to 93%.\n\nIn short: I shut the paper queue and "
            "launched resale.\n")
    report = analyze(text, profile="amazon-pm", level="L5")
    kinds = [(item.text.split()[0], item.kind) for item in report.items]
    assert kinds == [("I", "claim"), ("The", "context"), ("In", "context")]
    assert report.reading.retell is not None and report.reading.retell.startswith("The short version")
    assert len(report.reading.stopped_items) == 0


@pytest.mark.parametrize("text", [
    "I decided to replace paper rotas with ranked swaps, over the auction redesign the staffing vendor had proposed.",
    "I did not take the portal rebuild our engineering director proposed; we kept the old portal and moved the "
    "two engineers to credit terms.",
])
def test_an_option_proposed_and_not_taken_is_a_stop(text: str) -> None:
    assert facts(text).stopped


@pytest.mark.parametrize("text", [
    "I did not take the job offer from the payments team, and stayed to finish the swap launch.",
    "Growers can now order in one sitting, and the imagery add-on I shelved never cost us the $700K.",
    "I replaced the four-page enrolment form with one screen, and completion rose from 52% to 81%.",
])
def test_a_personal_matter_or_a_stop_named_again_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


def test_a_lowlight_that_names_its_stop_as_the_subject_retells_it() -> None:
    from packetcoach import analyze
    text = ("# Self-assessment\n\n## Highlights\n\n- Killed the SMS digest in May after 2% of parents opened it.\n\n"
            "## Lowlights\n\n- Killing the SMS digest taught me to read carrier contracts first.\n"
            "- I pitched a parent forum and shut it after six weeks when 30 parents posted.\n")
    report = analyze(text, profile="amazon-pm", level="L5")
    stopped = [report.item(i).text.split()[0] for i in report.reading.stopped_items]
    assert stopped == ["Killed", "I"]


@pytest.mark.parametrize(("text", "stops"), [
    ("The calculated risk that did not pay off: I proposed automatic rebooking for families with infants and "
     "paused it in January after parents told us a 5 a.m. flight was worse than a night in the hotel.", 1),
    ("I learned to pause pilots earlier: I let the kiosk test run a month too long before I paused it.", 0),
])
def test_a_calculated_risk_told_in_a_paragraph_keeps_its_stop(text: str, stops: int) -> None:
    from packetcoach import analyze
    report = analyze(f"# Self-assessment\n\n## The year\n\n{text}\n", profile="amazon-pm", level="L6")
    assert report.items[0].kind == "lesson"
    assert len(report.reading.stopped_items) == stops


@pytest.mark.parametrize(("text", "ready"), [
    ("The 22% drop in complaints from nurses belongs mostly to the support tooling team; my part was the swap "
     "audit trail they built on.", False),
    ("I gave nurses a swap audit trail, and complaints from nurses fell 22%.", True),
])
def test_a_result_credited_to_another_team_is_not_the_writer_s(text: str, ready: bool) -> None:
    item = analyze_item(text)
    assert item is not None and bool(item.ready) is ready


@pytest.mark.parametrize(("text", "subject"), [
    ("Badged freelancers won 28% more contracts than matched freelancers without the badge.", "other"),
    ("Trained agents handled 30% more calls in the first week.", "other"),
    ("Trained 40 agents on the new refund flow.", "i"),
    ("Badged the top sellers, and their sales rose 9%.", "i"),
    ("Raised units picked per labour hour from 112 to 131 across three sites.", "i"),
])
def test_a_leading_participle_before_its_noun_and_a_verb_describes_the_subject(text: str, subject: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.action.subject == subject


@pytest.mark.parametrize(("text", "expected"), [
    ("Replaced the alarm code with a tap in the app; false alarms from these homeowners fell from 9% to 2%.",
     ["customer"]),
    ("Tuned the motion model, and false alarms fell from 9% to 2%.", ["technical"]),
    ("Cut the job form to one box; job posts completed by first-time clients rose from 55% to 79%.", ["customer"]),
    ("The nightly job runtime fell from 6 hours to 40 minutes.", ["technical"]),
])
def test_what_a_measure_counts_in_new_domains(text: str, expected: list[str]) -> None:
    assert types(text)[:1] == expected


def test_the_draft_s_title_names_the_document_not_a_section() -> None:
    from packetcoach import analyze
    text = ("# 2026 self-assessment: Tobias Wren, Principal PM, Ad-Supported Plans (L7)\n\n"
            "In February I capped ad load at four minutes an hour, and churn among ad-plan subscribers fell from 6% to 4%.\n")
    report = analyze(text, profile="amazon-pm", level="L7")
    assert [item.kind for item in report.items] == ["claim"] and report.items[0].ready
    sectioned = text.replace("\n\nIn February", "\n\n## Plans\n\nIn February")
    plans = analyze(sectioned.replace("# 2026", "## 2026"), profile="amazon-pm", level="L7")
    assert plans.items == () or all(item.kind != "claim" or not item.ready for item in plans.items)


@pytest.mark.parametrize(("text", "count"), [
    ("In my backend years I helped build that service, so I knew where it broke; refunds now take a day.", 1),
    ("My iOS background made the crash reports easy to read, and I cut the form to 5 fields.", 1),
    ("I moved the backend team's years of work onto one roadmap, and I cut the form to 5 fields.", 0),
])
def test_a_named_engineering_past_counts_whatever_its_stack(text: str, count: int) -> None:
    from packetcoach import analyze
    assert len(analyze(text, profile="amazon-pm", level="L6").reading.former_engineer_mentions) == count


STAR_LINES = """# Self-assessment

## Story: the imagery add-on

**Situation.** At the winter expo our CEO announced a drone-imagery add-on, and five engineers had built it for two months.
**Task.** Decide whether the add-on earned its place before the $700K flight contract was signed.
**Action.** I shelved the add-on after 40 of the 45 pilot growers stopped opening the reports by week three.
**Result.** The $700K imagery budget went back unspent, and the team moved to grower credit.

## Story: blends

**Situation.** In June our blending partner ended its pilot with 410 grower orders still open.
**Action.** I re-sourced blends from two regional co-ops within three weeks.
**Result.** All 410 open orders shipped before planting closed, and none of those growers cancelled.
"""


def test_a_star_story_with_its_labels_on_consecutive_lines_is_read_whole() -> None:
    from packetcoach import analyze
    report = analyze(STAR_LINES, profile="amazon-pm", level="L6")
    claims = [item for item in report.items if item.kind == "claim"]
    assert [item.text.split("**")[0].strip(" .*") for item in claims] == ["Action", "Action"]
    assert "unspent" in claims[0].text and claims[1].ready  # each action read with its result
    assert all(item.kind == "context" for item in report.items if item.text.startswith(("Situation", "Task")))
    assert len(report.reading.stopped_items) == 1


def test_a_short_sentence_that_opens_a_line_is_still_a_sentence() -> None:
    item = analyze_item("It worked. Complaints from growers fell 40% after I moved pricing into the app.")
    assert item is not None and len(item.sentences) == 2


@pytest.mark.parametrize("text", [
    "I came to Furrow from nine years selling seed to farmers in the Dakotas.",
    "I joined the payments team as its first PM in March.",
])
def test_a_career_move_is_context(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.kind == "context"


def test_background_before_the_first_claim_does_not_take_the_lead() -> None:
    from packetcoach import analyze
    text = ("# Self-assessment\n\nFurrow, the farm-input marketplace.\n\n"
            "- Cut the quote form to one screen; quote-to-order time for growers fell from nine days to two.\n"
            "- Ran 96 farm visits across four states.\n")
    assert analyze(text, profile="amazon-pm", level="L6").reading.lead_is_outcome
    for opening in ("I own grower ordering for 40,000 farms.", "I moved from data engineering to product in 2025."):
        framed = text.replace("Furrow, the farm-input marketplace.", opening)
        assert not analyze(framed, profile="amazon-pm", level="L6").reading.lead_is_outcome, opening


@pytest.mark.parametrize(("text", "kind"), [
    ("The year ran in a clear order, so I have written it month by month.", "context"),
    ("Month by month, I cut refund time for renters from 9 days to 2.", "claim"),
])
def test_the_draft_saying_how_it_is_ordered_is_context(text: str, kind: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.kind == kind


def test_a_title_or_a_plan_heading_naming_a_period_tells_no_chronology() -> None:
    from packetcoach import analyze
    text = ("# H2 2026 self-review: Procurement Approvals (L5 PM)\n\n## Key accomplishments\n\n"
            "- Cut approval time for buyers from 6.5 days to 1.8 days.\n- Launched approve-from-email.\n\n"
            "## Goals for H1 2027\n\n- Bring approval time under 1 day.\n")
    reasons = analyze(text, profile="amazon-pm", level="L5").reading.structure_reasons
    assert not any("time periods" in reason for reason in reasons)
    by_half = text.replace("## Key accomplishments", "## H2 2026").replace("## Goals for H1 2027", "## H1 2026")
    assert "2 headings are time periods" in analyze(by_half, profile="amazon-pm", level="L5").reading.structure_reasons


@pytest.mark.parametrize(("text", "ready"), [
    ("I pulled the plug on the staffing model for nurses in June: it beat the charge nurses' own forecasts on "
     "only two of nine units.", False),
    ("I closed the pilot with large clients in June and moved its four engineers onto disputes.", False),
    ("I moved refunds for renters into the app, and late refunds fell to only 2% of claims.", True),
])
def test_a_stop_s_reason_and_the_staff_it_freed_are_no_result(text: str, ready: bool) -> None:
    item = analyze_item(text)
    assert item is not None and bool(item.ready) is ready


NESTED = """# H2 2026 self-review

## Key accomplishments

- **Approval routing rules**
  - Problem: purchase requests over $5,000 waited 6.5 days for approval at our customers.
  - What I did: interviewed 14 approvers at 6 customer companies and wrote the spec for routing by cost center.
  - Impact: median approval time for the 120 customers on the new rules fell from 6.5 days to 1.8 days.
- **Mobile approvals**
  - Launched approve-from-email for approvers.
  - Cut the approval screen to one tap.
"""


def test_a_story_told_in_labelled_nested_bullets_is_one_item() -> None:
    from packetcoach import analyze
    report = analyze(NESTED, profile="amazon-pm", level="L5")
    told = [item for item in report.items if item.text.startswith("What I did")]
    assert len(told) == 1 and told[0].ready and "1.8 days" in told[0].text
    assert not any(item.text.startswith("Impact") for item in report.items)
    unlabelled = [item.text for item in report.items if item.text.startswith(("Launched", "Cut the approval"))]
    assert len(unlabelled) == 2  # nested bullets without labels stay their own items


OKR = """# 2026 self-review

## OKR results

**Objective 1: Make late-night rides feel safe for riders**
- KR1: Share-my-trip used on 30% of rides after 10 p.m. — achieved 41%.
- KR2: Safety-related support contacts from riders down 20% — achieved 26% down.

## How I got there

I argued with the growth team to put share-my-trip on the ride screen by default, and use by riders after
10 p.m. went from 12% to 41%.

## Feedback I'd like

I would like feedback on how I present to the VP review.
"""


def test_an_okr_layout_reads_its_objectives_as_aims_and_its_key_results_as_results() -> None:
    from packetcoach import analyze
    report = analyze(OKR, profile="amazon-pm", level="L6")
    by_start = {item.text.split(":")[0]: item for item in report.items}
    assert by_start["Objective 1"].kind == "context"
    assert by_start["KR2"].signals.business_outcome
    assert [m.text for m in by_start["KR1"].metrics] == ["30%", "41%"]  # "10 p.m." is a time of day
    assert not any(item.text.startswith("I would like feedback") for item in report.items)  # asks for no evidence


def test_the_retell_keeps_a_product_name_with_my_in_it() -> None:
    from packetcoach.coach.sentences import third_person
    assert third_person("I put share-my-trip on the screen and my team shipped it.") == \
        "they put share-my-trip on the screen and their team shipped it."


def test_a_story_that_leads_but_hides_its_number_is_told_to_put_the_number_first() -> None:
    from packetcoach import analyze
    # the form's header line is the opening paragraph the room reads whole; the question is the
    # heading of the story below it, whose first sentence alone is skimmed
    text = ("# Annual review form\n\n**Employee:** Ana Ruiz, Product Manager (L5)\n\n"
            "**1. What were your most important accomplishments this year?**\n\n"
            "I launched substitution preferences so shoppers can say in advance what we may swap when an item is "
            "out of stock. Before, shoppers rejected 18% of substitutions at the door; after launch it was 9%, and "
            "refunds for rejected items fell by $1.1M over the second half.\n\n"
            "I also ran 12 picker workshops.\n")
    report = analyze(text, profile="amazon-pm", level="L5")
    assert report.reading.lead_is_outcome
    lead = [change for change in report.verdict.top_changes if change.kind == "lead-with-outcome"]
    assert lead and "the sentence before it in its paragraph" in lead[0].what
    assert "framing above it" not in lead[0].what
