"""Business results told in the forms drafts use beside "raised conversion from 2.1% to 2.6%": a
measure named by its verb, a count of the served party kept or lost, nobody lost, a count reached,
a level against a baseline, a comparison with the measure's own past (analysis/measures.py). Each
form has sentences that should read as a business outcome and near misses that must not: a
technical result stays technical and effort stays activity."""

from __future__ import annotations

import pytest

from packetcoach import analyze_item


def signals(text: str) -> dict[str, bool]:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals.as_dict()


def outcome(text: str) -> bool:
    return signals(text)["business_outcome"]


@pytest.mark.parametrize("text", [
    "Rebuilt the plan picker around the two plans people compare; the new page converts at 6.2%, up from 4.8%.",
    "Moved the trade-in offer to the cart and sold 41,000 refurbished phones in the quarter.",
    "I priced the starter kit for first-time gardeners, and it sells 3,000 units a week.",
])
def test_a_measure_named_by_its_verb_is_a_business_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    "Sold the plan to the leadership team in two meetings.",
    "Wrote 14 PRDs for the conversion squad this year.",
    "Converted 40 batch jobs to the streaming pipeline, cutting runtime from 6 hours to 20 minutes.",
])
def test_selling_an_idea_or_converting_jobs_is_no_business_result(text: str) -> None:
    assert not outcome(text)


@pytest.mark.parametrize("text", [
    "I wrote to the 900 landlords our billing bug had hit, and 870 of them were still renting through us a year later.",
    "Raised the listing fee for 5,000 small galleries against my own advice; 600 of them paused within a month.",
    "I called the thirty affected clinics myself with the new date; 27 stayed on the rollout plan.",
])
def test_a_count_of_the_served_party_kept_or_lost_is_a_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    "I stopped the pilot for 3,000 sellers after complaints.",
    "Hosted 12 workshops for 300 sellers who left the old program.",
    "Interviewed 20 drivers who left the night shift for the new routes.",
])
def test_a_count_of_the_party_as_an_audience_or_an_effort_is_no_result(text: str) -> None:
    found = signals(text)
    assert not found["business_outcome"]


@pytest.mark.parametrize("text", [
    "I told the fifty affected restaurants about the outage myself before support did; none escalated.",
    "We held the payout change until the ledger matched, and since then no merchant has had to chase a late payout.",
    "After I pulled the first batch of scales, none of the 400 stores that then got them has filed a weight complaint from shoppers.",
    "Kept the old price for the 120 partner clinics through the migration, and none of the clinics left at renewal.",
])
def test_nobody_lost_or_let_down_is_a_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    "Nobody left the team during the reorg, and I ran the weekly syncs.",
    "I rewrote the refund flow so that no merchant has to chase a late payout.",
    "Because none of the sellers complained, I kept the old fee page.",
    "Launched the seller app with no budget and no revenue target.",
    "Shipped the storage tier migration with no errors and zero downtime.",
])
def test_none_as_a_constraint_an_aim_or_a_technical_figure_is_no_business_result(text: str) -> None:
    assert not outcome(text)


def test_a_customer_measure_told_as_none_reached_is_a_result() -> None:
    assert outcome("Moved 800,000 subscribers to the new billing system with zero involuntary cancellations.")


@pytest.mark.parametrize("text", [
    "Customers stopped calling about missing refunds once the status page showed the bank's reference.",
    "Support agents stopped copying orders between two screens after I merged the tools.",
])
def test_a_served_party_that_stopped_doing_something_is_a_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    "I stopped the checkout pilot after two weeks.",
    "When customers stopped calling, I wrote the spec for the next release.",
])
def test_a_stop_or_a_circumstance_is_no_result(text: str) -> None:
    assert not outcome(text)


@pytest.mark.parametrize("text", [
    "Launched the pickup lockers in 60 stores and ran the waitlist, collecting 8,000 sign-ups from shoppers in a month.",
    "Argued for the punch-out link to buyers' procurement systems; schools with the link placed 340 orders in a term.",
])
def test_a_count_of_customers_acting_reached_is_a_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    "Collected 200 interview notes from sellers and shared them with the team.",
    "Placed two engineers on the checkout team for the launch.",
])
def test_collecting_effort_or_placing_staff_is_no_result(text: str) -> None:
    found = signals(text)
    assert not found["business_outcome"]


@pytest.mark.parametrize("text", [
    "I held the update until pairing passed on the phones our listeners own; support calls after it were 60% below the previous release's.",
    "Made shared playlists the default for every family plan; plan retention sits 7 points above the catalogue average.",
    "Moved the fitting guide above the fold; apparel returns from shoppers were a third of the previous season's.",
])
def test_a_customer_measure_against_a_baseline_is_a_result(text: str) -> None:
    assert outcome(text)


@pytest.mark.parametrize("text", [
    "Tuned the cache so p99 latency now sits 40% below the previous release.",
    "p99 latency fell from 900 ms to 200 ms.",
])
def test_a_technical_measure_against_a_baseline_stays_technical(text: str) -> None:
    found = signals(text)
    assert not found["business_outcome"] and found["technical_metric_only"]


def test_a_level_against_a_baseline_with_no_measure_named_is_no_business_result() -> None:
    assert not outcome("The nightly job now finishes in 20 minutes, 30% below the previous run.")


def test_a_comparison_with_the_measure_s_own_past_is_a_change() -> None:
    assert outcome("I walked the finance analysts through the fixed report myself; month-end close came in "
                   "three days faster than before.")
    assert not outcome("Our month-end close is faster than the industry's.")


@pytest.mark.parametrize("text", [
    "Grew the family bundle's purchases per household 18% by showing the saving at checkout.",
    "Her bundle test raised basket size 6% for repeat shoppers.",
])
def test_a_product_bundle_is_no_code_bundle(text: str) -> None:
    found = signals(text)
    assert found["business_outcome"] and not found["technical_metric_only"]


def test_a_code_bundle_stays_technical() -> None:
    found = signals("Cut the checkout page's JS bundle size from 900 KB to 300 KB.")
    assert not found["business_outcome"] and found["technical_metric_only"]


def test_a_measure_that_has_fallen_or_risen_is_a_change() -> None:
    assert outcome("Duplicate charges billed to patients have fallen by a third since the single record went live.")


@pytest.mark.parametrize("text,expected", [
    ("Hotel partners in four countries now set their own rates through the tool my team ships.", True),
    ("Fixed the rate bug ourselves, and none of our 90 partner hotels left at renewal.", True),
    ("Made loyalty one wallet across flights, hotels and rail.", False),
])
def test_hotel_partners_are_a_served_party(text: str, expected: bool) -> None:
    assert signals(text)["customer"] is expected


@pytest.mark.parametrize("text,expected", [
    ("Cut the sign-up form to one screen; paid subscriptions tripled in a month.", True),
    ("I meet the top sellers twice a month.", False),
    ("Planned the rollout for the first half of next year.", False),
])
def test_a_multiple_told_as_a_verb_is_a_change_not_how_often(text: str, expected: bool) -> None:
    assert signals(text)["metric"] is expected


@pytest.mark.parametrize("text,expected", [
    ("Moved the upgrade prompt to the moment small teams invite a third member; trial-to-paid conversion for small teams rose from 6% to 9%.", True),
    ("Warehouse managers now plan shifts from the forecast I rebuilt, and overtime fell 14%.", True),
    ("Partnered with the warehouse managers to align on the peak plan.", False),
])
def test_small_teams_and_workplace_managers_are_served_parties(text: str, expected: bool) -> None:
    assert signals(text)["customer"] is expected


def test_the_party_lost_is_a_business_result_but_no_gain_delivered_or_felt() -> None:
    item = analyze_item("Argued against the new listing fee for small sellers; finance raised it anyway, and "
                        "600 of them paused within a month.")
    assert item is not None and item.signals is not None and item.signals.business_outcome
    assert "deliver-results" not in item.principles and "customer-obsession" not in item.principles


def test_nobody_lost_is_a_result_kept_not_one_the_party_felt() -> None:
    item = analyze_item("Kept the old price for the 120 partner clinics through the migration, and none of the "
                        "clinics left at renewal.")
    assert item is not None and item.signals is not None and item.signals.business_outcome
    assert "customer-obsession" not in item.principles


@pytest.mark.parametrize("text,result", [
    ("Ran 30 interviews with prepaid customers and wrote 4 PRDs for the redesign, which 3 directors signed off.", False),
    ("Wrote the pricing case for small sellers, and 2 VPs approved it in March.", False),
    ("I wrote to 20 clinic directors about the outage, and 14 directors renewed their contracts.", True),
])
def test_leaders_who_approved_are_no_customer_result(text: str, result: bool) -> None:
    assert outcome(text) is result
