"""The categories a sixth blind set showed (docs/accuracy.md, "The lists on a sixth blind set, by
category"): an option passed over is a stop whatever result words follow it, a period begun is no
project, a stop proposed in a "that" clause is no start, a claim pointing back continues its story,
and the served parties of new domains, a renewing party among them."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from item_reads import facts
from packetcoach.api import analyze_item


@pytest.mark.parametrize("text", [
    "Chose a hosted payroll engine over the in-house rewrite the platform team had proposed; payroll "
    "errors reported by employers dropped from 4% to 1%.",
    "Picked the carrier's tracking page over the tracking app the mobile team had pitched, and calls "
    "about missing parcels fell by a third.",
])
def test_an_option_passed_over_is_a_stop_even_beside_a_result_that_dropped(text: str) -> None:
    assert facts(text).stopped


@pytest.mark.parametrize("text", [
    "Renters' complaints about late deposits dropped from 900 a month to 200 after the new flow.",
    "Picked the quicker of two couriers for the launch, and late parcels dropped from 6% to 2%.",
])
def test_a_result_that_dropped_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


@pytest.mark.parametrize("text", [
    "I started the year by rebuilding how the mobile app caches timetables for offline riders.",
    "We started the quarter with a backlog of 3,000 unanswered claims.",
    "I began the season by rewriting the ticket scanner's retry logic.",
])
def test_a_period_begun_is_no_project_started(text: str) -> None:
    assert not facts(text).initiated


@pytest.mark.parametrize("text", [
    "Started a weekly clinic where new sellers get their first listing reviewed.",
    "I proposed a loyalty pass for commuters, and 12,000 riders bought it in the first month.",
    "In March I proposed to the GM that we stop selling paper tickets and launch a phone wallet instead.",
    "I proposed a pilot to cut delivery fees for small restaurants, and 300 restaurants joined it.",
])
def test_a_project_begun_or_proposed_is_started(text: str) -> None:
    assert facts(text).initiated


@pytest.mark.parametrize("text", [
    "Proposed to my director that we retire the legacy booking API by June; she kept it for two partners.",
    "Proposed sunsetting the paper statement. The CEO declined, for older customers.",
    "I suggested to the VP that we shut down the kiosk pilot, and he agreed after the Q2 review.",
])
def test_a_stop_proposed_is_no_project_started(text: str) -> None:
    assert not facts(text).initiated


@pytest.mark.parametrize("text", [
    "I stopped a data incident in June: a partner report was exposing riders' home stops, and I had it fixed within the hour.",
    "I caught and stopped a payroll error that would have underpaid 200 drivers.",
])
def test_one_harm_stopped_is_no_stop(text: str) -> None:
    assert not facts(text).stopped


@pytest.mark.parametrize("text", [
    "Over the winter I put the courier marketplace on ice after its pilot booked $90K against a $1M build.",
    "Bet on a voice ordering skill for older shoppers. 3% used it twice. Shut it after one quarter.",
])
def test_a_stop_told_tersely_or_as_an_idiom(text: str) -> None:
    assert facts(text).stopped


def test_someone_else_s_stop_under_the_writer_s_stop_heading_is_not_the_writer_s() -> None:
    text = ("# Year\n\n## What I stopped\n\n"
            "- Killed the in-app marketplace after two years at 0.8% adoption; its $2M went to savings goals.\n"
            "- Compliance shut down the referral bonus pilot in May. Their call, on fraud grounds; I agreed.\n")
    stopped = analyze(text).reading.stopped_items
    report = analyze(text)
    texts = [report.item(i).text for i in stopped]
    assert len(texts) == 1 and texts[0].startswith("Killed the in-app marketplace"), texts


def test_a_claim_that_points_back_tells_the_same_story() -> None:
    """"I moved that money ...": the sentence points back at the stop before it, so the paragraph is
    one story, named by its first sentence and ready with the result at its end."""
    text = ("I did not renew the outside translation contract, which cost $800K a year and which only 6% of "
            "agents ever used. I moved that money into eight more bilingual agents on the claims line. Hold "
            "time for Spanish-speaking policyholders fell from 19 minutes to 6.")
    items = [i for i in analyze(text).items if i.kind == "claim"]
    assert len(items) == 1 and items[0].ready and items[0].text.startswith("I did not renew")


def test_a_claim_that_points_at_something_new_stays_apart() -> None:
    text = ("I did not renew the outside translation contract, which cost $800K a year and which only 6% of "
            "agents ever used. I found that most Spanish-speaking callers waited for a callback instead. I "
            "also cut the claim form from 30 fields to 12, and completed claims from policyholders rose from 61% to 80%.")
    claims = [i for i in analyze(text).items if i.kind == "claim"]
    assert not any(i.text.startswith("I did not renew") and "cut the claim form" in i.text for i in claims)


@pytest.mark.parametrize("text", [
    "Cut the conflict check from seven screens to one, and paralegals at 40 law firms now clear a new matter in 4 minutes instead of 25.",
    "Set a 10-day payment promise, and subcontractors on our jobs are now paid in 12 days on average instead of 41.",
    "Cut the booking form to six fields, and cancellations by tour operators fell from 19% to 7%.",
])
def test_served_parties_of_legal_building_and_travel_work(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.signals.customer and item.ready


def test_the_writers_own_legal_team_is_no_served_party() -> None:
    item = analyze_item("Worked with our legal teams on the new privacy terms.")
    assert item is not None and not item.signals.customer


@pytest.mark.parametrize(("text", "party"), [
    ("After I fixed the billing errors, the county renewed its $250,000 contract in March.", "the county"),
    ("Secured a two-year, $1.2M renewal from Northwind after the rollout review I led.", "Northwind"),
    ("Showed the clinic group's COO why our forecasts had missed, and he extended the contract by a year.", "he"),
])
def test_the_party_that_renewed_is_a_customer(text: str, party: str) -> None:
    item = analyze_item(text)
    assert item is not None and item.persona is not None and item.persona.text == party


@pytest.mark.parametrize("text", [
    "We renewed the CRM licence for another year at $90K.",
    "Finance renewed the analytics vendor's contract at $400K.",
    "Renewed the cloud reserved instances for another year, saving $120K.",
])
def test_the_writer_or_a_department_renewing_a_vendor_is_no_customer(text: str) -> None:
    item = analyze_item(text)
    assert item is not None and not item.signals.customer


def test_a_story_goes_on_in_a_sentence_that_acts_on_it() -> None:
    """After the story's result, "We rolled it out to every eligible seller in May." goes on with the
    same story: one item, not a line with no result of its own."""
    text = ("I proposed a one-day lending decision for sellers with two years of history. We ran a holdout "
            "with 4,000 sellers, and draw-down rose from 66% to 84%. We rolled it out to every eligible seller in May.")
    claims = [i for i in analyze(text).items if i.kind == "claim"]
    assert len(claims) == 1 and claims[0].ready and "rolled it out" in claims[0].text


def test_a_new_sentence_about_something_else_stays_apart() -> None:
    text = ("I proposed a one-day lending decision for sellers with two years of history. We ran a holdout "
            "with 4,000 sellers, and draw-down rose from 66% to 84%. It was a big change and I am still learning.")
    claims = [i for i in analyze(text).items if i.kind == "claim"]
    assert not any("still learning" in i.text and "draw-down" in i.text for i in claims)


def test_a_finding_told_after_a_story_is_not_pointed_back() -> None:
    """"I found that sellers ..." opens a clause of its own: it is no pointer back at the story before."""
    text = ("I proposed a one-day lending decision for sellers with two years of history. We ran a holdout "
            "with 4,000 sellers, and draw-down rose from 66% to 84%. I found that sellers with seasonal stock "
            "repaid early.")
    claims = [i for i in analyze(text).items if i.kind == "claim"]
    assert not any("draw-down" in i.text and "seasonal stock" in i.text for i in claims)
