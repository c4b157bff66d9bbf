"""A before and after told in milliseconds or seconds keeps its unit after the second number, as one
told in minutes or hours does: a rehearsal question or a finding that quotes "from 9 s to 700" has
lost what the number measures."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze, analyze_item
from packetcoach.coach.rehearse import rehearse


@pytest.mark.parametrize("text,quoted", [
    ("Checkout loads fell from 900 ms to 300 ms for returning buyers.", "from 900 ms to 300 ms"),
    ("The status page went from 1.8 s to 240 ms.", "from 1.8 s to 240 ms"),
    ("Search results now load in one step, from 2.4s to 300ms.", "from 2.4s to 300ms"),
    ("The nightly sync went from 6 hours to 40 minutes.", "from 6 hours to 40 minutes"),
])
def test_a_range_in_milliseconds_or_seconds_keeps_its_last_unit(text: str, quoted: str) -> None:
    assert [m.text for m in analyze_item(text).metrics] == [quoted]


@pytest.mark.parametrize("text,quoted", [
    ("Refund requests fell from 12 to 4 a week.", "from 12 to 4"),  # no unit in the gap: nothing added
    ("Open tickets fell from 40 to 9 since March.", "from 40 to 9"),
])
def test_a_range_with_no_time_unit_takes_no_word_after_it(text: str, quoted: str) -> None:
    assert [m.text for m in analyze_item(text).metrics][0] == quoted


def test_the_rehearsal_quotes_the_unit_of_a_technical_result() -> None:
    draft = ("# Self-assessment\n\n"
             "- Rebuilt the booking service on a queue; p99 confirmation latency went from 9 s to 700 ms.\n"
             "- I persuaded the clinics team to offer text reminders; no-shows fell from 14% to 8% across "
             "900 clinics.\n")
    questions = [q.text for q in rehearse(analyze(draft, level="L6"))]
    quoted = [q for q in questions if "latency" in q]
    assert quoted and "700 ms" in quoted[0], questions
