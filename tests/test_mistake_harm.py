"""A deed the writer tells as done by mistake: what it changed is the harm, never a result to offer
the room, to lead with or to repeat; the repair's result told after it stays a result."""

from __future__ import annotations

import pytest

from packetcoach import analyze

MISTAKE = ("In March I approved a fee change that doubled the late-return charge for library laptops "
           "by mistake. About 200 students paid it in a week. I refunded each of them the next day and "
           "added a review step for fee changes.")

DRAFT = """# Self-assessment

I own lending for the university library's laptop loans, about 9,000 students a year.

- Moved laptop booking from a paper form to the library app; students' average wait for a laptop
  fell from 25 minutes to 6, and loans rose 31% over the spring term.
- Held monthly reviews with the IT service desk.

## Mistakes

{mistake}
"""


def _item(report, start):
    return next(item for item in report.items if item.text.startswith(start))


@pytest.mark.parametrize("marker", ["by mistake", "in error", "by accident"])
def test_a_change_done_by_mistake_is_no_result(marker):
    text = MISTAKE.replace("by mistake", marker)
    report = analyze(text, level="L6")
    item = report.items[0]
    assert not item.signals.business_outcome, item.signals
    assert not item.ready


def test_the_mistake_is_not_the_lead():
    report = analyze(DRAFT.format(mistake=MISTAKE), level="L6")
    assert not _item(report, "In March I approved").ready
    assert _item(report, "Moved laptop booking").ready
    assert "mistake" not in (report.reading.retell or "")


def test_the_same_change_told_as_a_result_stays_one():
    report = analyze("In March I cut the late-return fee for library laptops by half; returns on time "
                     "rose from 70% to 88% of loans by May.", level="L6")
    assert report.items[0].signals.business_outcome


def test_a_repairs_result_after_the_mistake_stays_a_result():
    text = ("In March I launched a fee for late laptop returns that I had set too high by mistake. "
            "I halved it in April, and on-time returns rose from 70% to 88% of loans by May.")
    report = analyze(text, level="L6")
    assert report.items[0].signals.business_outcome
