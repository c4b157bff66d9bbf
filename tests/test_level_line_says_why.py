"""The level reading's closing words when no level's bar is met: every bar starts from one ready
claim (the customer named, the writer's own decision, a measured business result) or from a level's
dimension the writer's own deeds show, so a draft with neither is told so, with the claim nearest to
ready and what it lacks. Drafts with a bar met keep their wording (a draft that shows scope and
influence with no ready claim meets a bar: tests/test_document_fields_ba_bb.py)."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.output.coachview import reading_lines
from packetcoach.output.labels import reading_rows, work_reaches

# Results told without the writer's deed or the people they served, and effort: no claim is ready,
# and none shows a level's scope, ambiguity or influence.
NO_READY_NO_REACH = """# Self-assessment

## Results

- Stock write-offs fell from $3M to $1.9M a year.
- We moved the catalogue to one price list, and margin rose from 8% to 12%.
- Held 25 interviews with dealers about returns.
"""

# A ready claim: the customer, the writer's decision and a measured business result.
ONE_READY = """# Self-assessment

## Results

- I cut the wait for 40,000 renters to get their deposit back from 9 days to 2 by dropping the manual check, and complaints fell 30%.
"""

# Nothing judged as a claim at all: a plan only.
NO_CLAIMS = """# Self-assessment

## Next year

I want to spend more time with the field teams next year.
"""


def _level_line(report) -> str:
    return dict(reading_lines(report))[f"level {report.level}"]


def test_no_bar_met_says_the_bar_starts_from_a_ready_claim_and_names_the_nearest() -> None:
    report = analyze(NO_READY_NO_REACH, level="L6")
    assert report.reading.supported_level is None
    assert not any(item.ready for item in report.items)
    line = _level_line(report)
    assert "meets no level's bar yet: every bar starts from one claim that names the customer" in line
    assert "the nearest (line " in line and ") needs customer" in line


def test_the_markdown_rows_name_the_nearest_claim_by_its_id() -> None:
    report = analyze(NO_READY_NO_REACH, level="L6")
    row = dict(reading_rows(report))["level evidence for L6"]
    nearest = row.split("the nearest (")[1].split(")")[0]
    assert report.item(nearest) is not None and not report.item(nearest).ready


def test_a_bar_met_keeps_its_words() -> None:
    report = analyze(ONE_READY, level="L5")
    assert report.reading.supported_level == "L5"
    assert _level_line(report).endswith("the work described meets the L5 bar")
    assert "every bar starts" not in _level_line(report)


def test_no_claim_judged_says_no_bar_without_a_nearest() -> None:
    report = analyze(NO_CLAIMS, level="L6")
    assert _level_line(report).endswith("the work described meets no level's bar yet")
    assert work_reaches(None) == "the work described meets no level's bar yet"


MANAGER_NO_READY = """# Promotion case: Dana Ruiz

## What she owns

Dana owns the spare-parts catalogue. She runs the pricing review every month.

## Results

- Dana held 25 interviews with dealers about returns.
- Her team moved the catalogue to one price list, and margin rose from 8% to 12%.
- Stock write-offs fell from $3M to $1.9M a year.
"""


def test_a_manager_s_document_names_the_candidate() -> None:
    report = analyze(MANAGER_NO_READY, level="L6", doc_type="promotion")
    assert report.document.voice is not None and report.reading.supported_level is None
    line = _level_line(report)
    assert "tells Dana's own decision" in line and "your own decision" not in line


def test_the_line_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    session.analyze(ONE_READY)
    for text in (NO_READY_NO_REACH, ONE_READY, NO_CLAIMS):
        assert _level_line(session.analyze(text)) == _level_line(analyze(text, level="L6"))
