"""The stopped list on the fifty-fifth and fifty-sixth blind sets, by cause (docs/accuracy.md, "The
stopped list on new writers, by cause"): a stop that did not happen ("would otherwise have been
cancelled") is none, though the item states the writer's call; a level claim whose stop names no thing
("and I stopped the ones that were not working") sums up the stops told by name elsewhere. Drafts of
our own that should list and that should not."""

from __future__ import annotations

import pytest
from test_document_fields_twenty_fifth_set import listed
from test_stops import stopped


@pytest.mark.parametrize("text", [
    "I persuaded the head of membership to let members skip a month without a charge. I think this kept "
    "about 700 memberships that would otherwise have been cancelled.",
    "I convinced our finance lead to keep the evening bus; about 300 rides a week would have been dropped "
    "under the old plan.",
    "I made the call to keep the free tier, and roughly 2,000 accounts that could have been closed stayed open.",
])
def test_a_stop_that_did_not_happen_is_none(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    "The pilot was cancelled on my recommendation after six weeks, when only 3% of drivers used it.",
    "I made the call, and the paper rota was dropped in March after every depot moved to the app.",
])
def test_a_passive_stop_on_the_writers_call_still_is_one(text: str) -> None:
    assert stopped(text)


def _draft(claim: str, story_told: str) -> str:
    return ("# Promotion case: Dana R., PM, Harbour Bikes (L6)\n\n"
            f"{claim}\n\n## Stops\n\n{story_told}\n")


STORY = ("I killed the smart-lock pilot in May after 1 in 9 locks failed to open in the rain, and moved its "
         "two engineers to the rental app, where bookings rose 18%.")


@pytest.mark.parametrize("claim", [
    "I am ready for L6 because I grew rentals 30% in a year, and I stopped the ones that were not paying off.",
    "I already work at L6: I set the fleet plan for four cities, and I made the call to end a service that "
    "lost money on every ride.",
    "I operate at L6 today: I set the direction for rentals, and I did it by reading the data rather than "
    "building what was asked.",
])
def test_a_level_claim_whose_stop_names_no_thing_gives_way_to_the_story(claim: str) -> None:
    assert listed(_draft(claim, STORY), "stopped_items") == [STORY[:24]]


def test_a_level_claim_that_names_its_stop_stays_listed() -> None:
    claim = ("I am ready for L6: I chose a flat day pass over the per-minute fare the finance team proposed, "
             "and weekend rentals rose from 40% to 65% of the fleet.")
    assert listed(_draft(claim, STORY), "stopped_items") == [claim[:24], STORY[:24]]


def test_a_level_claim_that_is_the_only_stop_stays_listed() -> None:
    claim = "I am ready for L6 because I grew rentals 30% in a year, and I stopped the ones that were not paying off."
    draft = ("# Promotion case: Dana R., PM, Harbour Bikes (L6)\n\n" + claim + "\n\n## Rentals\n\n"
             "I launched the weekend pass in April, and weekend rentals rose from 40% to 65% of the fleet.\n")
    assert listed(draft, "stopped_items") == [claim[:24]]


@pytest.mark.parametrize("text", [
    "Recommended that we retire the paper parking permits at the north depot; the operations director agreed, "
    "and the depot went app-only in May.",
    "Recommended to the COO that we sunset the fax intake line, which 2% of clinics used; she agreed, and we "
    "moved those clinics to the portal.",
    "I recommended that we drop the planned Spain launch for this year; the GM approved, and the team took the "
    "alerts to Portugal first.",
])
def test_a_stop_recommended_and_agreed_is_the_writers(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # a stop proposed, not made: no agreement, or the party kept it
    "Recommended that we retire the paper parking permits at the north depot by year end.",
    "Proposed to my manager that we retire the old export API; she decided to keep it for another year.",
    # someone else's recommendation, or the writer's own agreement
    "Finance recommended that we drop the Spain launch, and I agreed after reading the pipeline.",
    # the agreement is to a start, not a stop
    "I recommended a shared booking page for the three depots, and the operations director agreed.",
])
def test_a_stop_only_proposed_or_someone_elses_is_none(text: str) -> None:
    assert not stopped(text)
