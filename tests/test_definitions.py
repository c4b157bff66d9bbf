"""A measure the draft defines keeps that meaning through the document (analysis/definitions.py)."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze
from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach.analysis.definitions import DraftDefinitions, defined_measures
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")


@pytest.mark.parametrize("text,term,kind", [
    ("Deposit accuracy is the share of deposits that reach landlords on the day we promised.",
     ("deposit", "accuracy"), "customer"),
    ("We track on-time rent, the percentage of tenants who pay by the first of the month.",
     ("on-time", "rent"), "customer"),
    ("Sync health (the share of nightly sync jobs that finish without a retry) was our main gauge.",
     ("sync", "health"), "technical"),
    ("We define match quality as the share of listings a renter opens after a search.",
     ("match", "quality"), "customer"),
])
def test_definitions_are_found_and_typed(text: str, term: tuple[str, ...], kind: str) -> None:
    assert (term, kind) in defined_measures(text, RUBRIC)


def test_no_definition_no_cost() -> None:
    assert defined_measures("Cut deposit time from 9 days to 2 for landlords.", RUBRIC) == ()


DRAFT = """# Self-assessment

## Deposits

- Designed the deposit accuracy metric with finance. Deposit accuracy is the share of deposits that reach landlords on the day we promised.
- Rebuilt the payout scheduler, which raised deposit accuracy from 82% to 97%.
"""


def test_a_defined_measure_keeps_its_meaning_later_in_the_draft() -> None:
    later = next(i for i in analyze(DRAFT).items if i.text.startswith("Rebuilt"))
    assert later.signals.business_outcome and not later.signals.technical_metric_only
    undefined = DRAFT.replace(" Deposit accuracy is the share of deposits that reach landlords on the day we promised.", "")
    later = next(i for i in analyze(undefined).items if i.text.startswith("Rebuilt"))
    assert not later.signals.business_outcome


def test_a_session_rereads_blocks_when_a_definition_changes() -> None:
    session = Session()
    undefined = DRAFT.replace(" Deposit accuracy is the share of deposits that reach landlords on the day we promised.", "")
    session.analyze(undefined)
    report = session.analyze(DRAFT)
    later = next(i for i in report.items if i.text.startswith("Rebuilt"))
    assert later.signals.business_outcome
    assert [i.signals for i in report.items] == [i.signals for i in analyze(DRAFT).items]


LINES = ["Deposit accuracy is the share of deposits that reach landlords on the day we promised.",
         "We define match quality as the share of listings a renter opens after a search.",
         "We track " + "x" * 45 + " as the share of renters who stay.",  # a term too long for the trigger
         "Cut deposit time from 9 days to 2 for landlords.", "Sync health (the share of sync jobs that finish) rose.",
         "- Raised deposit accuracy from 82% to 97%.", "", "## Deposits"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LINES), max_size=6), min_size=1, max_size=5))
def test_read_line_by_line_as_a_session_does_the_draft_reads_as_a_whole(versions: list[list[str]]) -> None:
    definitions = DraftDefinitions(RUBRIC)
    for lines in versions:
        text = "\n".join(lines)
        assert definitions.read(text) == defined_measures(text, RUBRIC)
