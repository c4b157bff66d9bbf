"""The stopped list on the sixty-first and sixty-second blind sets (docs/accuracy.md, "The stopped
list on the sixty-first and sixty-second blind sets"): a trial the writer closed, named after a
determiner or pointed back at ("I closed that pilot in September", "I closed the pilot after ten
weeks"), is a stop, as a line or a tier closed is; a pilot or trial closed as a sale, a gap or a
ticket closed, and a trial someone else closed are none. Drafts of our own."""

from __future__ import annotations

import pytest
from test_stops import stopped


@pytest.mark.parametrize("text", [
    "We tried a weekend delivery van for rural customers and it cost twice what it earned. I closed that "
    "pilot in March.",
    "Only 4% of tenants booked the shared laundry slots against the 25% I had planned, so I closed the pilot "
    "after eight weeks and returned the machines.",
    "Closed the two night-bus trials in Leeds after riders stayed under 30 a night, and moved the drivers "
    "to the morning peak.",
    "The loyalty stamps ran for a term at four cafes and lifted visits by 1%. I closed those trials in June.",
])
def test_a_trial_the_writer_closed_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "Closed the pilot deal with two regional grocers in the first quarter, worth $300,000 a year.",
    "I closed that gap in six weeks by moving the refund check into the app.",
    "Closed 212 tickets from the pilot in the first month.",
    "The council closed the trial in May, before our results were in.",
    "I ran the pilot for eight weeks with 40 tenants and wrote up what they told us.",
])
def test_a_pilot_closed_as_a_sale_or_by_someone_else_is_none(text: str) -> None:
    assert not stopped(text)
