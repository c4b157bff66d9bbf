"""The stopped list read across the corpus by cause (docs/accuracy.md, "The stopped list across the
corpus, by cause"): stop words that name what a measure counts, and records gathered to read, stop
nothing; the writer's own stops told beside them still do."""

from __future__ import annotations

import pytest
from test_stops import stopped


@pytest.mark.parametrize("text", [
    # a stop word naming what a measure counts, after "and" or "of"
    "I rewrote the retry logic for the card reader, and declined payments at the counter fell from 6% to 2%.",
    "I moved the cut-off for same-day orders to 3pm, and cancelled orders from first-time buyers dropped 30%.",
    "I read the support tickets and found that 40% of abandoned baskets were on the delivery-slot screen.",
    "I refused to drop the night courier until I had a month of orders, and abandoned carts from late shoppers stayed under 3%.",
    "I moved the pickup window to the evening, and cancelled bookings from repeat riders remained at 2%.",
    # records gathered to read, named after a determiner
    "I pulled the checkout logs from the two slowest weeks and saw that half the timeouts were one bank.",
    "I pulled our call transcripts for March and found the same question in a third of them.",
    "I pulled the refund records myself and matched them to the warehouse scans.",
])
def test_a_measure_or_records_read_is_no_stop(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    "I rewrote the retry logic, and cancelled the manual review queue that analysts had kept since 2021.",
    "I dropped reminders for repeat customers because open rates fell to 4%.",
    "I kept the courier app, and cancelled the paper manifests that drivers stayed late to fill in.",
    "I pulled the savings banner the next morning, when it showed stale prices.",
    "I pulled the logs dashboard the same day and pointed the team at the new alerts.",
    "Killed the cashback card after the pilot, and declined payments fell 10% once I moved its users to debit.",
])
def test_the_writers_stop_beside_them_is_still_one(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "I decided in March to stop work on the courier tracking page, since the carrier was shutting its API.",
    "I made the call in Q3 to wind down the desktop client, which 2% of clinics still opened.",
    "After the audit, I decided in 2025 to retire the paper intake form at all nine sites.",
])
def test_a_decision_told_with_when_is_the_writers_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "I argued in March to stop work on the courier tracking page, but the GM kept it.",
    "The head of operations decided in Q3 to wind down the desktop client.",
    "I decided in March to spend a week reading the support queue.",
])
def test_when_between_a_proposal_or_someone_elses_decision_is_no_stop(text: str) -> None:
    assert not stopped(text)
