"""The lead round of the retold outcome (docs/accuracy.md, "The lead told in brief"). Text in our own
words.

An opening claim that shares two figures with a later outcome of the draft's strongest is that
outcome told in brief: the room reads the draft as leading with it, though its own words state no
business result the lists read. A remit above it still frames it (the corpus labels that opening
both ways, mostly not a lead), but then it is the opening claim the draft should lead with, not the
later story it retells: the lead finding and the top change name it and the framing above it."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.packet import retells

STORY = ("- Proposed a term contract for primary schools to the head of sales and priced it 6% below the "
         "council rate, winning 45 new school contracts and £380K in annual catering revenue.\n")
OTHER = "- Cut the menu form from 20 questions to 8; completed orders from parents rose from 52% to 71%.\n"
HEADLINE = ("I already work at L6: I took school lunches from a canteen side-line to a £380K catering business "
            "with 45 school contracts.")
ELSEWHERE = "I already work at L6: I took school lunches from a canteen side-line to a growing catering business."


def test_an_opening_that_retells_the_strongest_story_is_the_lead() -> None:
    text = f"{HEADLINE}\n\n## What I delivered\n\n{STORY}{OTHER}"
    report = analyze(text, level="L6")
    first = next(i for i in report.items if i.kind == "claim")
    assert not first.signals.business_outcome  # its own words state no result the lists read
    assert report.reading.lead_is_outcome
    assert not any(f.name == "lead-not-outcome" for f in report.findings)


def test_an_opening_that_shares_one_figure_or_none_does_not_lead() -> None:
    # told with no level claimed: a level claim with no measured result frames the claim told next
    # (tests/test_lead53_round.py), so the retelling is asked of the opening deed alone
    one = HEADLINE.replace("a £380K catering", "a catering").replace("I already work at L6: I took", "I took")
    for opening in (ELSEWHERE.replace("I already work at L6: I took", "I took"), one):
        text = f"{opening}\n\n## What I delivered\n\n{STORY}{OTHER}"
        report = analyze(text, level="L6")
        assert not report.reading.lead_is_outcome, opening


def test_figures_are_read_whole_and_from_the_item_alone() -> None:
    report = analyze("Grew repeat orders from 1,200 to 3,400 a month.\n\n"
                     "- Raised orders 12% and 34% in two regions.\n", level="L6")
    first, later = (i for i in report.items if i.kind == "claim")
    assert not retells(first, later, report.rubric)  # "1,200" is not "12" and "200"


REMIT = "I own pharmacy delivery for 2,400 care homes in three regions."
BRIEF = ("This year I moved repeat prescriptions from fax to an app and cut the time a care home waits "
         "for a refill from 12 days to 3.")
DELIVERED = ("- Replaced the faxed repeat-prescription form with an in-app request for care homes; they now "
             "get refills in 3 days instead of 12, and homes that renewed their contract rose from 64% to 90%.\n"
             "- Started a missed-dose alert; 900 homes signed up and missed doses fell by a quarter.\n")


def test_a_retelling_under_a_remit_is_the_outcome_to_open_with() -> None:
    text = f"## Summary\n\n{REMIT} {BRIEF}\n\n## What I delivered\n\n{DELIVERED}"
    report = analyze(text, level="L6")
    assert not report.reading.lead_is_outcome  # the remit is what the room reads first
    suggested = report.item(report.reading.lead_suggestion)
    assert suggested.text.startswith("This year I moved repeat prescriptions")
    finding = next(f for f in report.findings if f.name == "lead-not-outcome")
    assert "12 days to 3" in finding.suggestion


def test_a_claim_under_a_remit_that_tells_another_story_still_names_the_strongest() -> None:
    other = "This year I moved the delivery rota to a shared calendar for the drivers."
    text = f"## Summary\n\n{REMIT} {other}\n\n## What I delivered\n\n{DELIVERED}"
    report = analyze(text, level="L6")
    assert not report.reading.lead_is_outcome
    assert report.item(report.reading.lead_suggestion).text.startswith("Replaced the faxed")


def _lead_changes(report):
    return [change for change in report.verdict.top_changes if change.kind == "lead-with-outcome"]


def test_the_top_change_names_the_retelling_and_the_framing_above_it() -> None:
    text = f"## Summary\n\n{REMIT} {BRIEF}\n\n## What I delivered\n\n{DELIVERED}"
    report = analyze(text, level="L6")
    lead = _lead_changes(report)
    assert lead and "This year I moved repeat prescriptions" in lead[0].what
    assert "framing above it" in lead[0].what and "Replaced the faxed" not in lead[0].what


def test_an_opening_that_retells_the_story_is_not_asked_to_give_way_to_it() -> None:
    # the draft leads with the outcome told in brief: no change asks it to open with the story instead
    opening = ("I operate at L6: by holding the new refill app until pharmacists trusted it, I cut refill "
               "complaints from care homes by 41% and took 18% of the calls off the pharmacy line.")
    story = ("## The refill app\n\nCare homes phoned the pharmacy for every repeat order. I held the launch three "
             "weeks until the stock counts matched.\n\nBecause I held the date, refill complaints from care homes "
             "fell 41% in the first quarter and calls to the pharmacy line fell 18%. At launch 1 in 900 orders "
             "was wrong, against 1 in 40 in March.\n")
    report = analyze(f"{opening}\n\n{story}", level="L6")
    assert report.reading.lead_is_outcome
    assert not [c for c in _lead_changes(report) if "41%" not in c.what and "I operate at L6" in c.what]
    assert not [c for c in _lead_changes(report) if "instead of “I operate at L6" in c.what]


def test_an_opening_with_other_figures_is_still_asked_to_give_way() -> None:
    other = "This year I moved the delivery rota to a shared calendar for 60 drivers in 4 depots."
    text = f"## Summary\n\n{REMIT} {other}\n\n## What I delivered\n\n{DELIVERED}"
    report = analyze(text, level="L6")
    assert report.item(report.reading.lead_suggestion).text.startswith("Replaced the faxed")
