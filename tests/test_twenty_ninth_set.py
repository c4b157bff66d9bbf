"""Categories a twenty-ninth blind set showed (docs/accuracy.md, "The twenty-ninth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_a_decision_named_as_the_writer_s_part_is_no_action(read_item) -> None:
    for text in ("We moved 900 clinics to online booking and cut booking calls by 30%; my part was the decision to "
                 "drop the paper form.",
                 "The warehouse team halved late orders for shoppers; my contribution was the decision to split the "
                 "night shift."):
        item = read_item(text)
        assert not item.signals.own_action and not item.ready, text


def test_a_decision_the_writer_made_or_a_part_told_as_a_deed_is_an_action(read_item) -> None:
    for text in ("We moved 900 clinics to online booking; I made the decision to drop the paper form, and booking "
                 "calls from clinics fell 30%.",
                 "We moved 900 clinics to online booking; my part was dropping the paper form myself.",
                 "My decision to drop the paper form cut booking calls from 900 clinics by 30%."):
        assert read_item(text).signals.own_action, text


def test_a_decision_named_as_the_writer_s_part_still_counts_for_the_result_s_principle(read_item) -> None:
    item = read_item("The warehouse team halved late orders for shoppers; my contribution was the decision to split "
                     "the night shift.")
    assert "deliver-results" in item.principles


def test_the_people_who_use_a_thing_counted_in_a_clause_about_it_are_its_reach(read_item) -> None:
    for text in ("Rebuilt the booking screen in the app our 2,400 groomers use, and cut its p95 load time from "
                 "3.1 s to 0.8 s.",
                 "Moved the portal that 900 dispatchers use every shift to a new cache, and page load fell from 5 s "
                 "to 2 s."):
        item = read_item(text)
        assert not item.signals.business_outcome and item.signals.technical_metric_only and not item.ready, text


def test_a_counted_party_that_now_uses_a_thing_is_adoption(read_item) -> None:
    for text in ("I rebuilt the booking screen, and 2,400 groomers now use it every week.",
                 "Shipped a rebooking button that 2,400 groomers now use each month."):
        assert read_item(text).signals.business_outcome, text


def test_sql_queries_written_are_a_count_of_work_not_a_system_s_measure(read_item) -> None:
    for text in ("Wrote 60 SQL queries on refund delays this quarter.",
                 "I wrote 25 queries against the loyalty warehouse for the finance team."):
        assert not read_item(text).signals.technical_metric_only, text


def test_a_database_s_slow_queries_stay_a_technical_measure(read_item) -> None:
    for text in ("Cut slow queries on the reporting database from 400 a day to 20.",
                 "Raised the search cluster from 2,000 to 9,000 queries per second."):
        assert read_item(text).signals.technical_metric_only, text


def test_a_harm_kept_from_the_party_served_since_the_work_is_a_result(read_item) -> None:
    for text in ("Held the refill launch a week to fix the dose check; no patient has received a wrong dose since.",
                 "Added a second signature to payouts, and no driver has been paid twice in the 8 months since.",
                 "Rebuilt the allergy flag, and no family has been sent a wrong box since launch."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_nothing_happening_since_is_no_result_without_a_party_or_as_an_aim(read_item) -> None:
    for text in ("We froze the roadmap in May, and no new version has shipped since.",
                 "Added a second signature so that no driver has to chase a payout in the months since.",
                 "Cut the contract to the clauses no hospital had invoked in five years."):
        assert not read_item(text).signals.business_outcome, text


def test_one_of_a_listed_party_of_two_words_taken_in_turn_is_served(read_item) -> None:
    item = read_item("Held the telehealth launch until the weight check worked, and no pet owner has reported a "
                     "dosing error in 4,000 visits since.")
    assert item.signals.customer and item.persona is not None and item.persona.text == "pet owner"
    assert not read_item("Fixed the export, and no quarter team has reported an error.").signals.customer


def test_a_modal_in_an_earlier_clause_leaves_a_saving_told_after_the_comma_a_result(read_item) -> None:
    item = read_item("Replaced the weekly stock sheet with one report the depot managers could print, saving the "
                     "three schedulers 5 hours every Friday.")
    assert item.signals.business_outcome


def test_a_saving_a_modal_governs_is_not_yet_a_result(read_item) -> None:
    for text in ("Proposed one report that could save the three schedulers 5 hours every Friday.",
                 "I will replace the stock sheet, which would save the three schedulers 5 hours a week."):
        assert not read_item(text).signals.business_outcome, text


def test_call_takers_are_the_staff_a_dispatch_product_serves(read_item) -> None:
    for text in ("Sat beside call-takers in two dispatch centres for a month.",
                 "Built a one-field address search for the call-takers in three counties."):
        assert read_item(text).signals.customer, text


def test_staff_named_by_the_post_they_left_are_colleagues_now(read_item) -> None:
    item = read_item("I hired four people from the call floor; two of those former call-takers now run products "
                     "on their own.")
    assert not item.signals.customer


def test_a_fair_challenge_a_doubt_put_as_a_condition_or_a_why_asked_is_an_objection(read_item) -> None:
    for text in ("A fair challenge is that the pilot ran in our two best depots; the other six matched it within a "
                 "month.",
                 "If you wonder whether the drop in returns is seasonal: it held through two winters.",
                 "The board will ask why refunds rose in the spring. I checked, and every extra refund came from "
                 "one courier."):
        assert read_item(text).kind == "objection", text


def test_a_challenge_or_a_why_of_the_work_itself_is_no_objection(read_item) -> None:
    for text in ("The challenge was that the pilot ran in only two depots, so I added six more.",
                 "I asked why refunds rose in the spring and traced every extra refund to one courier, which we "
                 "dropped; refunds fell 30%."):
        assert read_item(text).kind != "objection", text


def test_staff_counted_as_posts_asked_for_are_no_party_served(read_item) -> None:
    for text in ("Turned down the depot manager's request for four more dispatchers and moved pickups into two "
                 "windows, which saved $120,000 a year.",
                 "Declined the two extra analysts finance offered and automated the weekly export, saving $90,000."):
        item = read_item(text)
        assert not item.signals.customer and not item.ready, text


def test_staff_the_work_reaches_in_more_places_are_still_served(read_item) -> None:
    item = read_item("Rolled the new map out to the dispatchers in two more counties.")
    assert item.signals.customer


def test_a_launch_told_with_an_adverb_inside_the_infinitive_is_a_deed_not_effort(read_item) -> None:
    for text in ("Worked closely with the print vendor to successfully launch the loyalty card.",
                 "Partnered with the clinics to quickly launch evening booking."):
        assert not read_item(text).signals.activity_only, text


def test_collaboration_toward_a_vague_or_hoped_for_change_is_still_effort(read_item) -> None:
    for text in ("Worked closely with the depot leads to hopefully improve the handover experience.",
                 "Drove alignment across various teams to successfully deliver the spring release."):
        assert read_item(text).signals.activity_only, text


def test_halve_as_a_verb_is_a_magnitude(read_item) -> None:
    for text in ("Next year I will halve the time members wait for a refund.",
                 "My goal for the spring is to halve missed pickups."):
        assert read_item(text).signals.metric, text


def test_half_as_a_noun_of_time_is_no_magnitude(read_item) -> None:
    assert not read_item("In the first half of next year I will move the depot to the new site.").signals.metric


def test_a_single_unit_of_time_spent_or_lost_is_a_magnitude(read_item) -> None:
    for text in ("The migration slipped a quarter.",
                 "We lost a week to the vendor's outage and spent a month on fixes.",
                 "I read the refunds dashboard every morning for a year."):
        item = read_item(text)
        assert item.signals.metric and any(m.text.startswith(("a ", "one ")) for m in item.metrics), text


def test_a_time_named_an_ordinal_or_a_rate_is_no_single_period(read_item) -> None:
    for text in ("Sign-ups rose in a month when prices were cut.",
                 "Every failed payment costs a tenant a second trip to the office.",
                 "After a year of coaching she runs the team."):
        item = read_item(text)
        assert not any(m.text.startswith(("a ", "one ")) for m in item.metrics), text


def test_a_single_period_is_never_a_result_of_its_own(read_item) -> None:
    item = read_item("I tried to run both launches at once and both slipped a month.")
    assert item.signals.metric and not item.signals.business_outcome
