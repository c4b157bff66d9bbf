"""Categories a twenty-second blind set showed (docs/accuracy.md, "The twenty-second blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from item_reads import party, signals
from packetcoach.api import analyze_item


def assert_served(texts: Mapping[str, str]) -> None:
    """Each text names a served party that holds the word given."""
    for text, word in texts.items():
        found = party(text)
        assert found is not None and word in found, text


def assert_nobody(texts: Iterable[str]) -> None:
    """No text names a served party."""
    for text in texts:
        assert party(text) is None, text


def assert_signal(texts: Iterable[str], name: str, expected: bool) -> None:
    """Each text's signal of that name is as expected."""
    for text in texts:
        assert getattr(signals(text), name) is expected, text


def assert_kind(texts: Iterable[str], kind: str) -> None:
    """Each text is read as an item of that kind."""
    for text in texts:
        item = analyze_item(text)
        assert item is not None and item.kind == kind, text


def test_organisations_served_are_named_by_their_place() -> None:
    served = {
        "Launched next-day lunch delivery in Bristol; 640 offices ordered in the first month.": "offices",
        "Cut late refunds to offices from 9% to 3% by moving the cut-off to 10 a.m.": "offices",
        "Only 12% of breweries opened the forecast page, so I moved the forecast into the weekly email.":
            "breweries",
        "Six airlines signed the new revenue-share contract after I cut the fee to 2%.": "airlines",
        "We rebuilt the fixtures page so the 14 county clubs could publish a season in one afternoon.": "clubs",
    }
    assert_served(served)


def test_the_writers_own_sites_are_no_served_organisation() -> None:
    own = [
        "Rolled the new payroll system out across our 14 offices in six weeks.",
        "I manage facilities for 410 clubs and their 3,000 staff.",
        "Moved the two offices to the new VPN, cutting login failures from 8% to 1%.",
        "Opened two new offices in Lisbon and Austin and hired 40 engineers.",
        "Each office's budget now closes in two days instead of ten.",
        "Cut hosting cost for our 12 offices from $40k to $25k a month.",
        "Half of our offices now run the new payroll system.",
    ]
    assert_nobody(own)


def test_people_who_phone_a_service_line_are_served() -> None:
    served = {
        "Our two benefits lines answer about 8,000 callers a week, and I own the phone menu they hear first.":
            "callers",
        "After I rewrote the phone menu, the average caller reached a person in 4 minutes instead of 11.": "caller",
        "Callers told us the hold music made them hang up, so I replaced it with a place-in-queue message.":
            "Callers",
    }
    assert_served(served)


def test_software_that_calls_is_no_caller() -> None:
    things = [
        "Cut p99 latency for API callers of the pricing service from 900 ms to 120 ms.",
        "Added caller ID to the dispatch screen and rebuilt its data pipeline in Go.",
        "Rewrote the retry logic so service callers back off after three timeouts.",
        "Added idempotency keys to the refunds endpoint so callers can retry without a double charge.",
    ]
    assert_nobody(things)


def test_office_managers_who_buy_for_an_office_are_served() -> None:
    assert_served({
        "Held 25 interviews with office managers about how they reorder printer paper and coffee.": "office managers",
        "Office managers told us the monthly invoice was unreadable, so I split it by cost centre.": "Office managers",
        "I cut the reorder flow to one tap after watching 12 office managers place their weekly order.":
            "office managers",
    })


def test_office_managers_worked_with_are_colleagues() -> None:
    colleagues = [
        "Worked with the office managers at our three sites to move desk booking onto the new intranet.",
        "Partnered with office managers across the company to plan the move to the new building.",
    ]
    assert_nobody(colleagues)


def test_the_programme_a_writer_runs_is_scope() -> None:
    remits = [
        "My programme covers flood defences on 40 miles of river and a $6M maintenance budget.",
        "My program spans school meals, after-school clubs and holiday food for 90 schools.",
        "My programme includes the depot scheduling tools and the 700 drivers who use them.",
    ]
    assert_kind(remits, "scope")


def test_what_a_programme_did_is_no_remit() -> None:
    deeds = [
        "My programme cut flood repair callouts from 120 a year to 45 by moving checks to spring.",
        "I shipped the first release of my programme, which covers 40 miles of river, in March.",
    ]
    assert_kind(deeds, "claim")


def test_where_things_stood_in_the_past_perfect_is_context() -> None:
    found = [
        "The repair waiting list had grown to 2,300 flats by spring, the longest the council had recorded.",
        "Complaints about bin collections had doubled since the route change, and no one owned them.",
        "Our claims queue had climbed to 19 days, and policyholders were calling twice a week to chase.",
    ]
    assert_kind(found, "context")


def test_a_past_perfect_beside_a_deed_stays_a_claim() -> None:
    deeds = [
        "Paused the fee change the day after complaints had doubled, and refunds fell back to 2% in a week.",
        "I rebuilt the repair booking flow after the waiting list had grown to 2,300 flats; it fell to 600 by June.",
        "We moved collections to a fixed weekday once missed bins had doubled; missed bins fell 70%.",
    ]
    assert_kind(deeds, "claim")


def test_watching_a_dashboard_is_effort() -> None:
    effort = [
        "Read the refunds dashboard every Friday during peak season.",
        "Checked the sign-up funnel daily for the first month after launch.",
        "Read the delivery-time dashboard each morning and posted a summary to the team channel.",
    ]
    assert_signal(effort, "activity_only", True)


def test_a_reading_that_led_somewhere_is_no_mere_effort() -> None:
    deeds = [
        "Read 300 cancelled orders by hand and found that half failed at the address step; fixed the "
        "form and cancellations fell 20%.",
        "Checked the funnel daily after launch, saw the card step losing a third of buyers, and cut it; "
        "conversion rose from 3.1% to 3.9%.",
        "Read the refunds dashboard every Friday and decided to drop the 30-day window for furniture.",
        # a skill, not effort spent
        "My years in finance meant I could read the margin dashboards without an analyst.",
    ]
    assert_signal(deeds, "activity_only", False)


def test_the_businesss_own_brands_counted_as_reach_are_no_party() -> None:
    own = [
        "I own checkout across four brands, and card declines fell from 6% to 4% after I moved retries overnight.",
        "Moved the loyalty points ledger onto one database across our three brands in a quarter.",
        "The new price engine now runs on all 5 brands, and quote time fell from 9 seconds to 2.",
    ]
    assert_nobody(own)


def test_brands_the_business_serves_are_still_a_party() -> None:
    assert_served({
        "Turned away 900 listings from 60 brands that failed the safety check, and returns fell 12%.": "brands",
        "Cut onboarding for small brands from three weeks to four days; 1,400 small brands listed in Q3.": "brands",
    })


def test_a_counted_party_with_a_joined_modifier_still_acts() -> None:
    results = [
        "I built the fee-waiver form, and 1,800 low-income tenants used it in its first month.",
        "Cut the sign-up form to one page; 4,000 first-time sellers listed an item in May.",
        "I rebuilt renewals, and 310 long-standing members renewed early.",
    ]
    assert_signal(results, "business_outcome", True)


def test_a_counted_party_set_apart_by_a_mark_is_no_result() -> None:
    # the party a relative clause or brackets set apart from its count is read as before
    not_results = [
        "I interviewed 40 low-income tenants who used the old paper form.",
        "Only 4% of first-time sellers used the bulk tool, so I dropped it.",
    ]
    assert_signal(not_results, "business_outcome", False)
