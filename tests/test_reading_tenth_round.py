"""Drafts read as a coach would, a tenth round: the sentence quoted as an item's outcome is its
before-and-after before an amount of money that comes earlier (a cost, a budget, a ceiling or the
option not taken), with text that should and should not change the reading."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.stories import outcome_sentence

COSTLY_START = """# Self-assessment: Marta Quinn, PM (L6), Smart Locks

This year I worked on the smart lock app and its firmware roadmap.

## Battery complaints

- The hardware team proposed a new circuit board at a cost of $2.8M and a year of work. I chose a
  firmware setting and a battery warning in the app instead. Battery complaints from lock owners
  fell from 1,900 to 400 a month within one quarter.

## Installers

- I met with installers in four cities to learn how they book jobs.
"""

MONEY_IS_THE_RESULT = """# Self-assessment: Omar Reyes, PM (L6), Travel Deals

## Hotel bundles

I proposed bundling hotels with flights for members who book both. The bundle added $6.2M in
bookings in its first two quarters, and members rated it 4.6 stars.

## Refunds

I decided to automate refunds for cancelled flights; refund wait fell from 9 days to 2.
"""


def _item(report, words: str):
    return next(i for i in report.document.items if words in i.text)


def _said(report, item) -> str:
    span = outcome_sentence(item)
    return item.source[span.start:span.end]


def test_a_before_and_after_is_quoted_before_an_earlier_cost() -> None:
    report = analyze(COSTLY_START, level="L6")
    item = _item(report, "circuit board")
    assert "fell from 1,900 to 400 a month" in _said(report, item)
    lead = next(f.suggestion for f in report.findings if f.name == "lead-not-outcome")
    assert "fell from 1,900" in lead and "$2.8M" not in lead


def test_a_budget_ceiling_is_not_the_outcome_when_a_result_follows() -> None:
    text = ("- I agreed a 90-day trial with the risk team and a loss limit of $40K. "
            "Disputed orders for small shops fell from 8% to 3% over the trial.\n")
    report = analyze(text, level="L6")
    assert "fell from 8% to 3%" in _said(report, report.document.items[0])


def test_money_is_still_the_outcome_when_no_before_and_after_is_told() -> None:
    report = analyze(MONEY_IS_THE_RESULT, level="L6")
    item = _item(report, "Hotel bundles") if any("Hotel bundles" in i.text for i in report.document.items) \
        else _item(report, "bundling hotels")
    assert "$6.2M" in _said(report, item)


def test_the_first_before_and_after_still_wins_over_a_later_one() -> None:
    text = ("- Checkout errors for shoppers fell from 4% to 1% after I cut the address step. "
            "Support contacts went from 2,000 to 1,500 a week.\n")
    report = analyze(text, level="L6")
    assert "Checkout errors" in _said(report, report.document.items[0])


# The calibrate case's result clause (calibrate/voice.py): without a before -> after, the clause
# with a share or a change in points, not the clause whose number is a period, a year or a sample.

from packetcoach.calibrate.voice import result_clause  # noqa: E402


def _clause(text: str) -> str:
    report = analyze(text, level="L6")
    return result_clause(report.document.items[0], report.rubric)


def test_the_result_clause_skips_a_sample_or_a_year_for_the_measured_result() -> None:
    assert _clause("- In a three-week test with 90,000 shoppers, saved carts rose 8% after I moved "
                   "the save button.\n").startswith("saved carts rose 8%")
    assert _clause("- I launched weekly meal plans for 4,000 families; 27% of them renewed for a "
                   "second month.\n").startswith("27% of them renewed")


def test_the_result_clause_keeps_its_reading_where_the_first_number_is_the_result() -> None:
    # a before -> after, money, or a reason with a share are never preferred over the result
    assert _clause("- I cut the form to two steps; completion for renters went from 41% to 66%, "
                   "with 12% fewer calls.\n").startswith("completion for renters went from 41% to 66%")
    assert _clause("- I closed the kiosk pilot in 6 stores, because only 3% of shoppers used it.\n") \
        .startswith("I closed the kiosk pilot in 6 stores")
    assert _clause("- I renegotiated the courier contract, saving $2M a year, and 300 drivers moved "
                   "to the new partner.\n").startswith("saving $2M a year")
