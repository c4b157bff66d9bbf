"""Categories a twenty-eighth blind set showed (docs/accuracy.md, "The twenty-eighth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_a_device_s_boot_time_is_a_technical_measure(read_item) -> None:
    for text in ("I cut the scanner's boot time from 90 seconds to 12 by loading the maps lazily.",
                 "Halved the kiosk boot times across 300 stores."):
        item = read_item(text)
        assert item.signals.technical_metric_only and not item.signals.business_outcome, text


def test_a_boot_time_a_served_party_felt_keeps_its_result(read_item) -> None:
    item = read_item("I cut the kiosk's boot time from 90 seconds to 20, and shoppers who walked away from a dark "
                "screen fell 30%.")
    assert item.signals.business_outcome and not item.signals.technical_metric_only


def test_a_dashboard_built_and_nothing_else_is_effort(read_item) -> None:
    for text in ("Built a Grafana dashboard of parcel scans per depot per hour.",
                 "I built the weekly refunds dashboard in Looker for the finance team.",
                 "Built two reports of missed pickups by driver."):
        item = read_item(text)
        assert item.signals.activity_only and not item.ready, text


def test_a_dashboard_that_showed_something_or_moved_a_result_is_no_effort(read_item) -> None:
    for text in ("Built a Looker dashboard of missed pickups by depot, which showed that two depots caused "
                 "half of them; we moved their cut-off, and missed pickups for shoppers fell 40%.",
                 "Built the scan pipeline that streams 2 million parcel events a day.",
                 "My analyst built a dashboard of refunds per store."):
        item = read_item(text)
        assert not item.signals.activity_only, text


def test_a_role_named_for_a_measure_is_no_result(read_item) -> None:
    for text in ("I wrote the queries behind the occupancy report that pricing managers now read every Monday.",
                 "Set up the weekly export that our revenue analysts now open first thing."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_the_measure_itself_moved_beside_a_role_is_still_a_result(read_item) -> None:
    item = read_item("I moved the occupancy report to a daily email, and revenue per cabin rose 6% as our revenue "
                "managers repriced midweek sailings for travellers.")
    assert item.signals.business_outcome, item.signals


def test_an_offer_or_message_tested_on_people_is_no_engineering(read_item) -> None:
    for text in ("We tested a shorter renewal letter against the old one for eight weeks; renewals from members rose 6%.",
                 "Tested evening pickup slots against morning ones in two towns.",
                 "Next quarter I will test a reminder call that tells owners the day before a kennel visit.",
                 # what a party would pay or do, tried before a decision
                 "Next half I will test whether dog owners will pay $3 more for a same-day groom.",
                 "Tested a late-return fee at 40 branches against 40 controls; overdue loans fell 22%.",
                 "Next season I will test paying tutors in credit at two schools before we decide."):
        item = read_item(text)
        assert item.action.verb == "test" and item.action.verb_class != "technical", text
        assert not item.signals.technical_lead, text


def test_an_engineering_thing_tested_is_still_engineering(read_item) -> None:
    for text in ("I tested the failover of the booking database every quarter.",
                 "Tested the new payments API against the old one before the cut-over."):
        item = read_item(text)
        assert item.action.verb_class == "technical" and item.signals.technical_lead, text


def test_errors_in_a_reconciliation_people_do_are_no_system_s_measure(read_item) -> None:
    item = read_item("We gave the branch tellers a cash-count screen, and till reconciliation errors fell 40% in a quarter.")
    assert not item.signals.technical_metric_only


def test_a_service_s_errors_stay_technical(read_item) -> None:
    item = read_item("I cut the reconciliation service's API errors from 2% to 0.1%.")
    assert item.signals.technical_metric_only


def test_a_bullet_that_opens_with_responsible_for_is_the_writer_s_remit_told_as_effort(read_item) -> None:
    for text in ("Responsible for the kennel partner programme across 14 towns.",
                 "Responsible for the school-run booking roadmap in 2026."):
        item = read_item(text)
        assert item.signals.own_action and item.signals.activity_only and not item.ready, text


def test_responsible_for_said_of_someone_else_is_no_deed_of_the_writer_s(read_item) -> None:
    for text in ("Responsibility for the kennel roadmap moved to the partner team in May.",
                 "The vendor, responsible for the kennel app, missed two releases."):
        assert not read_item(text).signals.own_action, text


def test_officers_who_use_the_tools_are_a_served_party(read_item) -> None:
    for text in ("Cut the parking ticket form to four fields that enforcement officers fill in at the kerb; "
                 "tickets voided for errors fell from 6% to 1%.",
                 "Patrol officers now file the stop report from the car, so reports reach the records desk the same day."):
        assert read_item(text).signals.customer, text


def test_one_senior_officer_is_no_served_party(read_item) -> None:
    item = read_item("Persuaded the chief finance officer to fund the second year of the pilot.")
    assert not item.signals.customer


def test_a_test_the_writer_will_run_is_a_plan(read_item) -> None:
    for text in ("Next spring I will test a family season pass in three parks.",
                 "In the second half I will test whether dog owners pay $5 more for a pickup window."):
        assert read_item(text).kind == "plan", text


def test_a_test_the_writer_would_run_differently_is_still_a_lesson(read_item) -> None:
    for text in ("The family pass did not pay off; next time I will test the price with ten parks first.",
                 "If I ran the pilot again I would test it with a paper form before building anything."):
        assert read_item(text).kind == "lesson", text


def test_a_privacy_harm_kept_at_none_is_a_business_result(read_item) -> None:
    for text in ("Held the pharmacy-sharing launch until the consent screen was fixed; we launched with zero "
                 "privacy incidents across 30,000 members.",
                 "I paused the family-sharing feature for a consent check, and since relaunch parents have filed "
                 "no privacy complaint."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_incidents_alone_or_a_privacy_incident_as_a_reason_is_no_result(read_item) -> None:
    for text in ("We migrated the member records to the new cluster with zero incidents.",
                 "I paused the family-sharing feature because of a privacy incident in the test group."):
        assert not read_item(text).signals.business_outcome, text


def test_a_measure_ranked_above_every_other_thing_is_no_result(read_item) -> None:
    for text in ("Late deliveries drew more complaints from diners than anything else on the app, about 40% of them.",
                 "Refund requests caused more support contacts than all other reasons together."):
        item = read_item(text)
        assert not item.signals.business_outcome and item.kind == "context", text


def test_more_than_before_or_than_any_month_before_is_still_a_change(read_item) -> None:
    for text in ("After the new menu launched, diners placed more orders in May than in any month before.",
                 "After the new menu, diners placed more orders than last year."):
        assert read_item(text).signals.business_outcome, text
