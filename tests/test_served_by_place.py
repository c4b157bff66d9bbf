"""People named by the place they live are the served party, as residents are: a ferry's islanders,
a bus route's villagers, a town's locals (corpus/items-regressions.jsonl, r0026)."""

from __future__ import annotations

from test_twenty_second_set import assert_nobody, assert_served


def test_people_named_by_where_they_live_are_served() -> None:
    assert_served({
        "Islanders with cars can now hold a deck slot 30 days ahead, and queues fell from 70 cars to 25.":
            "Islanders",
        "Added a Sunday bus, so villagers reached the Monday market without a taxi; fares sold rose 18%.":
            "villagers",
        "Opened weekday booking to locals first, and resident bookings rose from 40% to 65% of slots.": "locals",
    })


def test_a_place_word_that_describes_no_people_names_nobody() -> None:
    assert_nobody([
        "The locals-only discount launched in May and was withdrawn in June.",
        "Moved the island depot's stock counts to a weekly job.",
    ])
