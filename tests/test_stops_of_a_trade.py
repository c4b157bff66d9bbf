"""A stop word before a gerund that is a line of trade the writer ended ("stopped bidding on
single-site tenders", "stopped paying for the vendor forecast") is a stop whatever preposition
follows, where "stopped worrying about the dashboard" is a feeling and stops nothing. Drafts of our
own that should list a stop and that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import listed, story


def test_a_trade_ended_before_a_preposition_is_a_stop() -> None:
    stops = (
        "I stopped bidding on council grounds contracts, which took a third of the estimators' time and "
        "won us 4% of new volume.",
        "I stopped paying for the second weather feed ($40K a year) when its contract came up, and the "
        "crews kept the same forecasts.",
        "I stopped bidding for one-off school repairs and moved both estimators onto the housing frameworks.",
    )
    for told in stops:
        assert listed(story(told), "stopped_items") == [told[:24]], told


def test_a_feeling_or_a_habit_after_a_stop_word_stays_no_stop() -> None:
    apart = (
        "I stopped worrying about the weekly dashboard and read ten orchard complaints each Friday instead.",
        "I stopped waiting for the quarterly survey and called five growers myself every week.",
        "The growers stopped paying late once the invoices went out by text, and overdue balances fell 30%.",
    )
    for told in apart:
        assert listed(story(told), "stopped_items") == [], told
