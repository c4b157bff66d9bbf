"""Item signals on the fifty-ninth and sixtieth blind sets, by cause (docs/accuracy.md, "Item signals
on the fifty-ninth and sixtieth blind sets: a risk closed and a span of history"): security risks
closed after a test are a technical result, never effort; the span of history a model was trained
or a call was read on ("on three years of appointments") is no result."""

from __future__ import annotations

import pytest


from packetcoach.api import analyze_item
from packetcoach.profile.compile import rubric_for


def _signals(text: str):
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals


@pytest.mark.parametrize("text", [
    "Ran a penetration test on the tenant portal and closed all 11 high-severity vulnerabilities before launch.",
    "I led the penetration test of the booking app and closed 18 vulnerabilities before go-live.",
    "Led the pen-test remediation for the donor database, closing 31 critical findings before the audit.",
    "Led the security review and fixed 9 of 12 findings before the certification deadline.",
])
def test_risks_closed_are_a_technical_result(text: str) -> None:
    signals = _signals(text)
    assert signals.technical_metric_only
    assert not signals.activity_only
    assert not signals.business_outcome


@pytest.mark.parametrize("text", [
    # output counted stays effort, and a risk found is not one closed
    "Closed 240 Jira tickets across two releases of the kiosk firmware.",
    "I closed 130 support tickets in the third quarter.",
])
def test_output_counted_stays_effort(text: str) -> None:
    assert _signals(text).activity_only


def test_a_risk_found_is_not_read_as_closed() -> None:
    from packetcoach.analysis.measures import _risks_closed
    rubric = rubric_for("amazon-pm")
    words = "ran a pen test and found 3 critical vulnerabilities".split()
    assert not _risks_closed(words, 6, 6, rubric)
    words = "ran a pen test and closed all 3 critical vulnerabilities".split()
    assert _risks_closed(words, 7, 7, rubric)


@pytest.mark.parametrize("text", [
    "I trained a churn prediction model on three years of renewals and reached 0.78 precision at 0.5 recall.",
    "We retrained the lapse model on two years of member history and lifted its AUC from 0.69 to 0.81.",
])
def test_a_span_of_history_is_no_result(text: str) -> None:
    signals = _signals(text)
    assert not signals.business_outcome
    assert signals.technical_metric_only


@pytest.mark.parametrize("text", [
    # a result told beside the history keeps the item's business result
    "Trained a pricing model on two years of bookings and set weekend rates from it; revenue per room rose 12%.",
    # a wait that fell over months is a result, no span of records
    "Cut the wait for a first appointment for patients from three months to two weeks.",
])
def test_a_result_beside_the_history_stays(text: str) -> None:
    assert _signals(text).business_outcome


@pytest.mark.parametrize("text", [
    "Rewrote the turnstile firmware so the gate opens in under 2 seconds.",
    "Tuned the photo upload service so that 99% of images arrive within 20 seconds.",
])
def test_a_system_time_after_engineering_work_is_technical(text: str) -> None:
    signals = _signals(text)
    assert signals.technical_metric_only
    assert not signals.business_outcome


@pytest.mark.parametrize("text", [
    # a served party named with the time makes it theirs; no engineering deed, no system's time
    "Built a booking page that loads in under 2 seconds for tenants.",
    "Moved the helpline to a call-back queue so callers wait under 30 seconds.",
])
def test_a_time_without_engineering_or_with_a_party_is_not(text: str) -> None:
    assert not _signals(text).technical_metric_only
