"""Drafts read as a coach would, a seventeenth round. A senior party's ask told in a sentence of its
own ("My director wanted the launch moved up to March.") before the writer's answer ("I showed her
the pilot's defect rate and we kept May.") is part of the answer's item: the disagreement is told
only with the ask it answers. The argument's thesis under a heading that names the draft in brief
("## TL;DR", "## Summary") is context, as it is in the opening before any heading, with the
sentences that tell it on in its paragraph. A problem told at the head of a story paragraph, before
the writer's own deed ("Tenants waited 12 days for a repair visit. I proposed ..."), is context,
not a claim judged for the result it never offers. An error rate of an act done for a person
("dispensing errors", "billing errors") is no system's measure: the errors reach that person. Text
in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.kinds import opens_thesis
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")

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


def test_a_senior_party_s_team_asks_but_the_writer_s_own_team_does_not() -> None:
    sales = ASKED.replace("Our head of sales wanted", "The sales team wanted", 1)
    assert _item(analyze(sales, level="L6"), "I showed him that families").text.startswith("The sales team wanted")
    ours = ASKED.replace("Our head of sales wanted", "Our team wanted", 1)
    assert _item(analyze(ours, level="L6"), "I showed him that families").text.startswith("I showed him")


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


TLDR = """# Promotion case: Selin Kaya, Senior PM, Library Holds (L7)

## TL;DR

This year I turned holds from the queue readers gave up on into the way most of our loans begin. I
did it by sharing copies across branches rather than buying more, and I stopped one project that
would have locked us to a single supplier.

## What readers got

- I proposed lending a held copy from the nearest branch instead of the home branch, and convinced
  the 14 branch managers to trial it; the median wait for a hold fell from 19 days to 6 and loans
  that began with a hold rose from 22% to 41%.
- I launched text alerts when a held book is ready; uncollected holds fell from 18% to 7%.
- I stopped the single-supplier e-book deal after the pilot priced loans 40% above our other
  suppliers.
"""


def test_a_thesis_under_a_tl_dr_heading_is_context_with_the_sentences_that_tell_it_on() -> None:
    report = analyze(TLDR, level="L7", doc_type="promotion")
    thesis = _item(report, "This year I turned holds")
    assert thesis.kind == "context" and opens_thesis(thesis, RUBRIC)
    assert "I stopped one project" in thesis.text  # told on in its paragraph, not a stop of its own
    assert not any("I stopped one project" in report.item(i).text for i in report.reading.stopped_items)
    assert report.reading.structure == "argument" and report.reading.lead_is_outcome


def test_a_thesis_under_other_headings_of_the_draft_in_brief_is_context() -> None:
    for heading in ("Summary", "**TL;DR:**", "The short version", "At a glance"):
        text = TLDR.replace("## TL;DR", "## " + heading, 1)
        assert _item(analyze(text, level="L7"), "This year I turned holds").kind == "context", heading


def test_a_thesis_under_a_story_heading_or_with_its_result_told_on_is_a_claim() -> None:
    story = TLDR.replace("## TL;DR", "## Holds across branches", 1)
    assert _item(analyze(story, level="L7"), "This year I turned holds").kind == "claim"
    summary = TLDR.replace("## TL;DR", "## Summary of the holds work", 1)
    assert _item(analyze(summary, level="L7"), "This year I turned holds").kind == "claim"
    result = TLDR.replace("would have locked us to a single supplier.",
                          "would have locked us to a single supplier. Loans per reader rose from 4.1 to 5.6 "
                          "a year.", 1)
    item = _item(analyze(result, level="L7"), "This year I turned holds")
    assert item.kind == "claim" and "from 4.1 to 5.6" in item.text  # a thesis with its measured result


def test_a_session_reads_a_thesis_under_a_heading_as_a_fresh_analysis_does() -> None:
    session = Session(level="L7")
    for text in (TLDR, TLDR.replace("## TL;DR", "## Holds across branches"), TLDR):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L7"))


PROBLEM = """# Self-assessment 2026: Ruth Adeyemi, PM, Tenant Repairs (L6)

I own repair requests for 52,000 housing association tenants; two engineering teams build from my
roadmap.

## Stories

Tenants who reported a broken boiler were visited 12 days later on average, and a quarter of the
visits were made with the wrong part in the van. I proposed a photo step in the repair form so the
contractor sees the boiler model before the visit, and convinced the contractors' manager to load
parts from it. Visits that found the wrong part fell from 25% to 6%, and the wait fell from 12 days
to 5.
"""


def test_a_problem_at_the_head_of_a_story_paragraph_is_context() -> None:
    report = analyze(PROBLEM, level="L6")
    head = _item(report, "Tenants who reported a broken boiler")
    assert head.kind == "context" and not head.ready
    story = _item(report, "I proposed a photo step")
    assert story.ready
    assert not any(f.rule == "item-not-ready" and f.item_id == head.id for f in report.findings)


def test_a_result_told_first_the_team_s_deed_or_the_writer_in_the_head_stays_a_claim() -> None:
    heads = {
        "a result told first": "Visits that found the wrong part fell from 25% to 6% after the photo step.",
        "the writer in it": "Tenants I spoke to said 25% of the visits found the wrong part in the van.",
        "the team in it": "Tenants waited 12 days because we sent a quarter of the visits with the wrong part.",
        "a remit told as a deed": "Responsible for the repair form for 52,000 tenants and 40 contractors.",
    }
    first = PROBLEM.split("\n\n")[3].split(". I proposed")[0] + "."
    for name, head in heads.items():
        text = PROBLEM.replace(first, head, 1)
        assert _item(analyze(text, level="L6"), head[:30]).kind == "claim", name
    team = PROBLEM.replace("I proposed a photo step", "The team added a photo step", 1)
    assert _item(analyze(team, level="L6"), "Tenants who reported a broken boiler").kind == "claim"


def test_a_session_reads_a_problem_head_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    for text in (PROBLEM, PROBLEM.replace("I proposed a photo step", "The team added a photo step"), PROBLEM):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


FELT = (
    "I moved the prescription check before packing, and dispensing errors fell from 1 in 4,000 to 1 in 11,000.",
    "Medication errors on the night ward fell from 12 a month to 3 after I capped back-to-back night shifts.",
    "I showed the director that a weekend rush would push billing errors up; we kept the monthly cycle "
    "instead and held our error rate at 0.05%.",
)
SYSTEMS = (
    "I cut API errors from 3% to 0.5% by moving the retry queue.",
    "I rebuilt the payments service, and its error rate fell from 2% to 0.4%.",
    "I cut 5xx errors on the billing page from 3% to 0.5%.",
)


def test_errors_of_an_act_done_for_a_person_are_no_technical_measure() -> None:
    for text in FELT:
        item = analyze_item(text)
        assert item is not None and item.signals is not None
        assert not item.signals.technical_metric_only, text
    named = analyze_item("Billing errors for tenants fell from 3% to 0.5% after I rewrote the rent schedule.")
    assert named is not None and named.signals is not None and named.signals.business_outcome  # who felt them


def test_a_system_s_errors_stay_technical() -> None:
    for text in SYSTEMS:
        item = analyze_item(text)
        assert item is not None and item.signals is not None
        assert item.signals.technical_metric_only, text
    money = analyze_item("After I fixed the billing errors, the council renewed its $90,000 contract.")
    assert money is not None and money.signals is not None and money.signals.business_outcome
