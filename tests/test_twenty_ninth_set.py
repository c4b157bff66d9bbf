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
