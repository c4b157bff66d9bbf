"""Document fields on the forty-seventh and forty-eighth blind sets (p357-p372).

The supported level: the work meets a level's bar whether or not its stories are told well enough
to be ready. A draft with no ready claim still supports the level its own deeds show (a migration
the writer led, a feature scoped, a VP won over); one whose claims show no level's dimension, and
none ready, supports none."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.output.coachview import reading_lines

# Scope, a strategy under ambiguity and a VP won over, but every result told without the people it
# served: no claim names a customer, so none is ready; the work still reaches the level it shows.
WIDE_NO_READY = """# Self-assessment

## What I own

I own the spare-parts catalogue across five countries; six engineering teams build from my roadmap.

## Direction

When nobody could say whether the catalogue should stay a cost line, I wrote the three-year strategy
the division now plans on. I convinced the operations VP to fund it from the freight budget.

## Results

- I moved the catalogue to one price list, and margin rose from 8% to 12%.
- Stock write-offs fell from $3M to $1.9M a year.
"""

# A feature the writer scoped and a partner won over, with results told with no served party.
SCOPED_NO_READY = """# Self-assessment

## The booking feature

I scoped the new booking feature with two engineers and a designer, and negotiated the launch date
with the venue partners. Bookings rose from 1,200 to 1,900 a month.
"""

# Effort and results the writer did not own: no ready claim and no level's dimension.
EFFORT_ONLY = """# Self-assessment

- Held 25 interviews with landlords about renewals.
- Attended the weekly operations review.
- Renewals rose from 61% to 64% this year.
"""


def test_a_draft_with_no_ready_claim_supports_the_level_its_deeds_show() -> None:
    report = analyze(WIDE_NO_READY, level="L6")
    assert not any(item.ready for item in report.items)
    assert report.reading.supported_level == "L6"
    assert dict(reading_lines(report))["level L6"].endswith("the work described meets the L6 bar")


def test_a_feature_scoped_supports_the_first_level_without_a_ready_claim() -> None:
    report = analyze(SCOPED_NO_READY, level="L5")
    assert not any(item.ready for item in report.items)
    assert report.reading.supported_level == "L5"


def test_effort_and_unowned_results_support_no_level() -> None:
    report = analyze(EFFORT_ONLY, level="L5")
    assert not any(item.ready for item in report.items)
    assert report.reading.supported_level is None
    assert "meets no level's bar yet" in dict(reading_lines(report))["level L5"]


def test_the_level_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    for text in (WIDE_NO_READY, SCOPED_NO_READY, EFFORT_ONLY, WIDE_NO_READY):
        assert session.analyze(text).reading.supported_level == analyze(text, level="L6").reading.supported_level
