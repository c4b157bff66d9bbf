"""The stopped list and "nothing stopped" (docs/accuracy.md, "Nothing stopped, where the draft tells a
stop in "we""): a draft whose claims tell a stop the team made, in "we" ("We paused the video visits
pilot", "We dropped the route planner the board had asked for", "we did not build it", "We decided not
to enter the market"), is not told it stopped nothing, though the stopped list, following the
labelling guide, still leaves such a stop out when no call of the writer's is stated. A measure that
fell, a stop proposed, talked about or imagined in "we" is no stop told. Drafts of our own."""

from __future__ import annotations

import pytest
from test_stops import stopped

from packetcoach.api import analyze

OPENING = ("# Self-assessment\n\n## What I did\n\n"
           "I launched same-day refunds for tenants, and refund complaints fell from 900 to 120 a month.\n\n")


def _fires(paragraph: str) -> bool:
    report = analyze(OPENING + paragraph + "\n", level="L6", doc_type="self-assessment")
    return "nothing-stopped" in {finding.name for finding in report.findings}


TEAM_STOPS = [
    "We paused the parking-permit pilot at two depots after drivers told us the scanners kept failing.",
    "We dropped the landlord portal the board had asked for and put the team on the repairs queue.",
    "The finance director asked for a rewards wallet. I priced it at £200,000 and showed that 4% of "
    "tenants would use it; we did not build it, and the money went into the repairs queue.",
    "We decided not to open the second warehouse this year. The team's modelling showed it would run at "
    "a third of capacity.",
    "We also shelved the partner newsletter after three issues drew fewer than 40 readers.",
]


@pytest.mark.parametrize("paragraph", TEAM_STOPS)
def test_a_stop_told_in_we_is_no_draft_that_stopped_nothing(paragraph: str) -> None:
    assert not _fires(paragraph)


@pytest.mark.parametrize("paragraph", [
    "We paused the parking-permit pilot at two depots after drivers told us the scanners kept failing.",
    "We dropped the landlord portal the board had asked for and put the team on the repairs queue.",
])
def test_the_list_still_leaves_out_a_team_stop_with_no_call_of_the_writers(paragraph: str) -> None:
    assert not stopped(paragraph)


@pytest.mark.parametrize("paragraph", [
    "We dropped the average wait for a callback from 52 minutes to 18 by moving calls to the morning.",
    "We cut the share of failed bookings from 31% to 6% within a quarter.",
    "I recommended we sunset the fax ordering channel, but the operations director kept it for a year.",
    "We discussed sunsetting the fax ordering channel, but decided to keep it through next year.",
    "I agreed with the council that we would drop the pilot if bookings fell more than 10%.",
    "We pulled the launch date back by three weeks and fixed the sizing guide first.",
    "I met the 40 drivers who had missed a pickup and rewrote the reminder with them.",
])
def test_a_measure_a_proposal_or_a_stop_imagined_in_we_still_leaves_nothing_stopped(paragraph: str) -> None:
    assert _fires(paragraph)


def test_a_stop_of_the_writers_own_is_listed_as_before() -> None:
    report = analyze(OPENING + "I stopped the tenant newsletter after three issues drew fewer than 40 readers.\n",
                     level="L6", doc_type="self-assessment")
    assert report.reading.stopped_items
    assert "nothing-stopped" not in {finding.name for finding in report.findings}
