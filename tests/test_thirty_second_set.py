"""Categories a thirty-second blind set showed (docs/accuracy.md, "The thirty-second blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_lost_property_names_a_service_not_a_loss(read_item) -> None:
    for text in ("I am the only PM for airport lost property across 30 terminals and four airlines.",
                 "I run lost-property returns for 90 bus depots and 3 ferry lines."):
        item = read_item(text)
        assert item.kind == "scope", (text, item.kind)
        assert not item.signals.business_outcome, text


def test_lost_as_a_loss_is_still_a_change(read_item) -> None:
    item = read_item("After the price rise the gym lost 1,200 members in a quarter.")
    assert item.signals.business_outcome, item.signals


def test_holders_of_a_permit_or_licence_are_a_served_party(read_item) -> None:
    for text in ("Moved resident parking renewals online, and 30,000 permit holders now renew in 3 minutes.",
                 "Cut the wait for fishing licence holders to get a replacement card from 3 weeks to 2 days."):
        item = read_item(text)
        assert item.signals.customer, text


def test_a_permit_or_a_licence_alone_names_no_party(read_item) -> None:
    for text in ("Rebuilt the permit renewal service on the new cluster, cutting p95 latency from 2s to 400ms.",
                 "Moved the licence database to managed storage, cutting backup time from 6 hours to 40 minutes."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_two_prices_set_side_by_side_are_a_reason_not_a_result(read_item) -> None:
    for text in ("Stopped the courier trial after a month: each courier visit cost $14 against $3 for a locker.",
                 "Shelved the kiosk rollout once its cost per served visitor came to €6 versus €0.80 online."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_shares_side_by_side_or_prices_that_moved_are_still_a_result(read_item) -> None:
    for text in ("Members who used the planner renewed at 71% against 52% for the rest.",
                 "Cut the cost per parcel to $2 against $5 a year earlier."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_people_the_writer_hired_or_coached_are_no_result(read_item) -> None:
    for text in ("Hired and mentored two pricing analysts; one now runs the monthly fare review I used to run.",
                 "I coached three new PMs; one now leads the partner launches alone."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_a_count_the_served_party_reached_after_hiring_is_still_a_result(read_item) -> None:
    item = read_item("Hired two support leads, and first-reply time for 40,000 members fell from 9 hours to 2.")
    assert item.signals.business_outcome, item.signals


def test_what_a_product_the_writer_runs_brings_in_is_a_remit(read_item) -> None:
    for text in ("The loyalty scheme I run brings in $4M a year from 30,000 members.",
                 "The parking app I own earns $2M a year across 14 car parks."):
        item = read_item(text)
        assert item.kind == "scope", (text, item.kind)
        assert not item.signals.business_outcome, text


def test_what_the_writer_brought_in_is_still_a_result(read_item) -> None:
    item = read_item("The loyalty scheme I relaunched brought in $4M more a year from 30,000 members.")
    assert item.signals.business_outcome, item.signals


def test_what_a_release_leaves_out_is_a_decision_not_a_result(read_item) -> None:
    for text in ("Made the March deadline by dropping business returns from the first release, so sole "
                 "traders, 60% of our filers, could file from day one.",
                 "Hit the season opening by cutting gift vouchers from the launch; they followed in June."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_a_measure_that_dropped_from_a_level_is_still_a_result(read_item) -> None:
    item = read_item("After the new form, returns dropped from 9% of orders to 4% for 20,000 shoppers.")
    assert item.signals.business_outcome, item.signals


def test_a_counted_party_that_connected_the_integration_is_adoption(read_item) -> None:
    item = read_item("The scale integration shipped in April, and 620 farm shops connected it by June.")
    assert item.signals.business_outcome, item.signals


def test_a_goal_for_next_year_is_a_plan_whatever_word_comes_before_it(read_item) -> None:
    for text in ("My main goal for next year is to take the booking app from 3 to 12 cities.",
                 "Our top priority for next year is to halve the refund wait for 8,000 members."):
        item = read_item(text)
        assert item.kind == "plan", (text, item.kind)
        assert not item.signals.business_outcome, text


def test_a_goal_met_is_still_a_result(read_item) -> None:
    item = read_item("Met our goal for the third quarter: refund waits for 8,000 members fell from 9 days to 3.")
    assert item.kind == "claim", item.kind


def test_both_hours_of_a_stretch_of_the_day_are_times_not_measures(read_item) -> None:
    for text, kept in (("I took every delivery route off school streets between 8 and 9 a.m.; no van has "
                        "hit a kerb since, across 40 routes.", ["40"]),
                       ("Found that half of late pickups came in the 4-6pm window and staggered the slots.",
                        ["half of"])):
        item = read_item(text)
        assert [m.text for m in item.metrics] == kept, (text, item.metrics)
        assert not item.signals.business_outcome, text


def test_a_range_before_a_word_that_starts_like_a_time_is_still_a_measure(read_item) -> None:
    item = read_item("Repeat visits per month rose from 8 to 9 among riders who used the pass.")
    assert [m.text for m in item.metrics] == ["from 8 to 9"], item.metrics


def test_a_copula_clause_that_ends_in_a_colon_has_no_main_verb(read_item) -> None:
    for text in ("The locker rollout is the best proof I work at the next level: I talked four councils into "
                 "sharing their sites, and missed deliveries fell from 900 to 200 a month.",
                 "The museum app relaunch was a long haul: six teams, two vendors and 200 tickets, all of "
                 "which I tracked in one weekly note."):
        item = read_item(text)
        assert item.action.verb is None, (text, item.action)
        assert item.signals.own_action, text


def test_a_copula_clause_owned_by_the_writer_keeps_the_deed_after_its_colon(read_item) -> None:
    for text in ("The decision that saved the season was mine: I chose to refund every late order automatically.",
                 "The locker rollout was launched in May: riders now pick up at 40 stations.",
                 "The case above is what I will tell the panel: he cut the queue and retired the fax line."):
        item = read_item(text)
        assert item.action.verb is not None, (text, item.action)


def test_rewriting_words_people_read_is_no_engineering(read_item) -> None:
    for text in ("I rewrote every delay message in plain English, and 'where is my bus' calls fell 30%.",
                 "Rewrote every claim form at a plain reading level; abandonment fell from 18% to 7%.",
                 "Rewrote the pricing for studio plans from per-seat to per-room after 30 interviews."):
        item = read_item(text)
        assert item.action.verb_class == "neutral", (text, item.action)
        assert not item.signals.technical_lead, text


def test_rewriting_a_system_is_still_engineering(read_item) -> None:
    for text in ("Rewrote the fare engine in Rust, cutting p99 latency from 700 ms to 90 ms.",
                 "Rewrote the message queue consumer so retries no longer block the payment service."):
        item = read_item(text)
        assert item.action.verb_class == "technical", (text, item.action)


def test_what_taught_or_told_the_writer_leads_before_the_writers_deed(read_item) -> None:
    for text, lemma in (("My years on a hotel front desk taught me that guests skip long forms, so I cut "
                         "check-in to two fields.", "teach"),
                        ("Drivers told me the app buried the fuel card, so I moved it to the first screen.", "tell")):
        item = read_item(text)
        assert item.action.verb == lemma, (text, item.action)
        assert item.signals.own_action, text


def test_the_writers_deed_before_being_told_keeps_its_verb(read_item) -> None:
    item = read_item("I cut check-in to two fields after guests told me the long form made them late.")
    assert item.action.verb == "cut", item.action
