"""Numbers typed by what they measure: customer, business, technical, scale, input; identifiers are
not measures at all (analysis/measures.py)."""

from __future__ import annotations

import pytest

from item_reads import types
from packetcoach import analyze_item


def signals(text: str) -> dict[str, bool]:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals.as_dict()


@pytest.mark.parametrize("text", [
    "Cut the nightly billing job's runtime from 5 hours to 40 minutes.",
    "Raised clickstream ingestion from 20,000 to 90,000 events per second.",
    "Crash-free sessions on iOS went from 98.2% to 99.7%.",
    "Lifted the fraud model's AUC from 0.84 to 0.90.",
    "Brought app start time on Android down from 3.1 s to 1.4 s.",
    "Rotated 1,200 database credentials before the audit.",
    "Migrated 45 services onto the new service mesh.",
    "Took the integration test pass rate from 81% to 99%.",
    "Upstream requests to the pricing service fell by a third.",
])
def test_technical_results(text: str) -> None:
    found = signals(text)
    assert found["technical_metric_only"] and not found["business_outcome"], text


@pytest.mark.parametrize("text", [
    "We kept $12M a year in bookings we used to refund.",
    "Refund requests from renters fell by a third after the new policy page.",
    "I moved the date picker above the fold. Booking completion on mobile went from 52% to 61% in a month.",
    "Recovered carts went up 2.4x after I split the reminder into three emails.",
    "I dropped the second form; support calls from landlords fell 30%.",
    "Convinced sales to stop end-of-quarter discounts; average contract value went up by a fifth.",
    "Applicants now wait two days for a decision, down from nine.",
    "Support calls about late deposits are down 40% since I changed the reminder.",
    "Trial sign-ups in the launch month were 2.5 times a normal month.",
    "Gift-card orders in the first week were three times last year's.",
    "Renewals in the spring campaign came in at two and a half times a typical quarter.",
])
def test_business_results_inside_a_paragraph(text: str) -> None:
    found = signals(text)
    assert found["business_outcome"] and not found["technical_metric_only"], text


@pytest.mark.parametrize("text,expected", [
    ("Held 30 interviews with landlords.", ["input"]),
    ("Hired two PMs for the payments team.", ["scale"]),
    ("Rolled out dark mode across 40 internal tools.", ["scale"]),
    ("Held weekly syncs with the carriers and drove alignment across four orgs.", ["scale"]),
    ("Cut delivery cost by 12% across 40 stores.", ["business", "scale"]),
    ("Closed 140 tickets in the first quarter.", ["technical"]),
    ("Support tickets from tenants fell 25%.", ["business"]),
    ("Return requests fell by a quarter.", ["customer"]),
    ("Cut p99 latency for the search API from 800ms to 200ms.", ["technical"]),
    ("I cut the roadmap to four features and wrote down why each of the others waits.", ["scale"]),
    ("The partners' wish list had 27 features, from bulk upload to a mobile app.", ["scale"]),
    ("Implemented 12 features in the admin console.", ["technical"]),
    ("After I fixed the invoice errors, the county renewed its $250,000 contract.", ["business"]),
    ("Duplicate payments fell from 0.4% to 0.05% of payment runs.", ["customer"]),
    ("Failed checkouts fell from 3% to 1% of sessions.", ["customer"]),
    ("Timeouts fell from 2% to 0.1% of nightly runs.", ["technical"]),
    ("Payment failures fell from 4% to 1.5% after the retry change.", ["customer"]),
    ("Moved the nightly batch to spot instances, which cost $40K a month less in GPU time.", ["business"]),
])
def test_types(text: str, expected: list[str]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize("text", [
    "The finance team asked every group to cut travel spend by 10%.",
    "I plan to cut refund time for renters by half next year.",
    "Held 30 interviews with landlords, and what they said made me drop the points feature.",
    "Ran a fake-door test on the pricing page; with 1.1% of 40,000 visitors clicking, I dropped it.",
    "Grew the team from three engineers to eight.",
    "Shipped the pilot to landlords within 6 weeks.",
    "I met the regional sales leads three times a week during the launch.",
    "Before the redesign, support contacts from landlords were growing 12% a quarter.",
    "The sizing showed 3x the addressable pet-food spend in Chile, so I picked it first.",
    "Held weekly syncs with the carrier team and drove alignment across four orgs.",
    "Earned the trust of the new head of sales in our weekly one-to-ones.",
    "Won over our VP of growth in the planning review.",
])
def test_not_business_results(text: str) -> None:
    assert not signals(text)["business_outcome"], text


@pytest.mark.parametrize("text", [
    "Upgraded the clusters to Kubernetes 1.33 before the end of support.",
    "Landed RFC-2211 and shipped it in release 3.4.0.",
    "We cut the 0.9.1 release in March.",
    "Raised the model's NDCG@10 on the test set.",
    "I'll use the first half of next year to decide on the marketplace.",
    "That was the easy half of the year.",
])
def test_identifiers_and_periods_are_not_metrics(text: str) -> None:
    assert not signals(text)["metric"], text


@pytest.mark.parametrize("text,metric", [
    ("Cut the nightly reconciliation runtime from 6 hours to 40 minutes.", "from 6 hours to 40 minutes"),
    ("Brought the approval wait from 3 days to 4 hours.", "from 3 days to 4 hours"),
    ("Raised completion from 61% to 68% in two weeks.", "from 61% to 68%"),
])
def test_a_range_keeps_the_unit_of_both_ends(text: str, metric: str) -> None:
    item = analyze_item(text)
    assert item is not None and metric in [m.text for m in item.metrics]


@pytest.mark.parametrize("text", [
    "Prioritized the export feature over two others, and 210,000 readers used it in its first two months.",
    "Called the 20 largest affected landlords myself; 203 of the 212 landlords were still active 90 days later.",
    "Moved the deposit to monthly payments, and 4,100 renters switched in the first quarter.",
])
def test_what_a_counted_served_party_did_is_a_result(text: str) -> None:
    assert signals(text)["business_outcome"], text


@pytest.mark.parametrize("text", [
    "Interviewed 40 landlords who used the old listing form.",
    "The renewals tool I manage is licensed by 640 agencies and used daily by about 9,000 landlords.",
    "Met 30 landlords who wanted monthly payouts and would switch if we offered them.",
    "Visited 12 landlords and used their feedback in the spec.",
    "Stopped the bulk upload redesign: only 4% of new landlords used the spreadsheet.",
])
def test_a_counted_party_that_did_nothing_because_of_the_work_is_no_result(text: str) -> None:
    assert not signals(text)["business_outcome"], text


@pytest.mark.parametrize("text,expected", [
    ("I told the retailer about the battery fault before they found it, and the retailer renewed next year's range.",
     True),
    ("Rebuilt the onboarding with both hospitals, and both hospitals signed the three-year extension.", True),
    ("When sellers signed up, they waited a week before they could list anything.", False),
    ("Sellers used to wait a week for their first payout.", False),
    ("I found that most fraud reports from buyers came from one seller ring.", False),
])
def test_a_named_party_that_stayed_or_renewed_is_a_result(text: str, expected: bool) -> None:
    assert signals(text)["business_outcome"] is expected


def test_a_measure_word_used_as_a_verb_is_no_measure() -> None:
    item = analyze_item("Interviewed Marta, who runs a two-person ceramics shop, about restocking after 3 sell-outs.")
    assert item is not None
    assert not any(m.kind == "technical" for m in item.mentions)


def test_a_change_reaching_across_teams_is_still_the_measure_s_own() -> None:
    """The reach of the work ("across 40 teams") is not its result, but it does not take the change
    word from the measure beside it: adoption that was driven is an outcome."""
    assert signals("Drove adoption across 40 teams.")["business_outcome"]
    assert not signals("Rolled out the new checkout across 9 markets.")["business_outcome"]


@pytest.mark.parametrize("text", [
    "To understand tenants better, I sat in on 60 support calls and wrote a 20-page synthesis for 300 staff.",
    "When finance proposed closing the phone line to save $300K, I argued to keep it for older members.",
])
def test_an_aim_is_no_result(text: str) -> None:
    """An opening purpose ("To understand tenants better, ...") and a proposal's aim ("proposed closing
    the phone line to save $300K") say what someone meant to change, not what changed."""
    assert not signals(text)["business_outcome"]


@pytest.mark.parametrize("text", [
    "To win back lapsed members, I designed a points reminder, and lapsed members who came back rose from 3% to 7%.",
    "I renegotiated the carrier contract to save $400K a year.",
])
def test_a_result_after_an_aim_or_told_as_a_purpose_is_still_one(text: str) -> None:
    assert signals(text)["business_outcome"]


def test_a_record_of_sales_is_no_result() -> None:
    """"sellers with two years of sales history" names whom a proposal was for, not sales that moved."""
    assert not signals("I proposed that we approve loans in one day for sellers with two years of sales "
                       "history, using their own sales data instead of bank statements.")["business_outcome"]
