"""Categories a thirty-fourth blind set showed (docs/accuracy.md, "The thirty-fourth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_skiers_are_a_served_party(read_item) -> None:
    for text in ("Cut the queue at the rental desk for skiers with pre-booked boots from 25 minutes to 6.",
                 "Sent refunds to 900 snowboarders whose lessons the storm cancelled within two days."):
        item = read_item(text)
        assert item.signals.customer, text


def test_a_ski_slope_or_lift_alone_names_no_party(read_item) -> None:
    for text in ("Moved the ski lift telemetry to the new cluster, cutting p95 latency from 2s to 300ms.",
                 "Rebuilt the snow-depth sensor pipeline so readings arrive every 5 minutes."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_churches_and_their_treasurers_are_a_served_party(read_item) -> None:
    for text in ("Most parishes still counted the collection by hand, and the giving app meant little to their treasurers.",
                 "Two congregations left for a rival app after I dropped the pledge reminders."):
        item = read_item(text)
        assert item.signals.customer, text


def test_a_church_hall_is_a_place_not_a_party(read_item) -> None:
    item = read_item("Booked a church hall as the depot's overflow store for the winter.")
    assert not item.signals.customer, item.signals


def test_groups_that_book_are_a_served_party_by_their_place(read_item) -> None:
    for text in ("I found that 64% of tour groups never booked a second visit, so I moved the spend to school trips.",
                 "1,200 groups booked through the new calendar in its first quarter."):
        item = read_item(text)
        assert item.signals.customer, text


def test_the_writers_own_groups_and_research_groups_are_none(read_item) -> None:
    for text in ("Split the platform org into four groups so each owns one service.",
                 "Half of our working groups now meet every two weeks instead of weekly.",
                 "Ran three focus groups with our sales team on the new pricing page."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_exhibitors_at_a_show_are_a_served_party(read_item) -> None:
    for text in ("Badge scanning on exhibitors' tablets now covers 70% of stands at the spring fair.",
                 "Cut the time exhibitors wait for their stand power from 40 minutes to 10."):
        item = read_item(text)
        assert item.signals.customer, text


def test_an_exhibition_or_an_exhibit_names_no_party(read_item) -> None:
    for text in ("Moved the exhibition hall floor plan service to the new cluster, cutting page load from 3s to 1s.",
                 "I wrote the exhibit labels for the museum's new gallery."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_a_counted_party_that_registered_is_a_result(read_item) -> None:
    for text in ("Opened the evening course to the public; 640 learners registered in its first month.",
                 "Cut the sign-up form to one screen, and 2,300 dog owners registered in the first week."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_registered_before_the_party_or_of_the_writer_is_no_result(read_item) -> None:
    for text in ("The county's 2.1 million registered voters get one polling card a year.",
                 "I registered the new domain name for the campaign site."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_the_writers_organisation_and_teams_under_the_writers_strategy_are_scope(read_item) -> None:
    for text in ("My organisation covers checkout, returns and loyalty for 2 million members, with 60 engineers.",
                 "Four squads and the vendor desk take direction from the pricing strategy I set."):
        item = read_item(text)
        assert item.kind == "scope", (text, item.kind)
        assert not item.signals.own_action, text


def test_what_the_organisation_or_the_strategy_did_is_still_a_claim(read_item) -> None:
    for text in ("My organization cut refund time from 9 days to 2 after I rewrote the policy.",
                 "The pricing strategy I set in March lifted margin 4 points."):
        item = read_item(text)
        assert item.kind == "claim", (text, item.kind)


def test_a_week_or_a_round_named_by_a_number_word_is_no_metric(read_item) -> None:
    for text in ("In week two of the ticket sale, the payment page went down and the queue filled the lobby.",
                 "If I ran the trial again, I would stop it in round three instead of round eight."):
        item = read_item(text)
        assert not item.signals.metric, (text, item.metrics)


def test_a_count_right_after_a_week_is_still_a_metric(read_item) -> None:
    for text in ("We shipped the export the same week three customers asked for it.",
                 "From round two onward, five teams joined the review."):
        item = read_item(text)
        assert item.signals.metric, text
