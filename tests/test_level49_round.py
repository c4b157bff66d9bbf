"""Round level49: the level line's "no" for a dimension the packet shows.

A reading of an open question the writer argued for ("I argued that the handover was the failure, not
the rota") is the direction set under ambiguity of L6, as the ladder's "reframed" and "set the
direction" are: told in seventeen packets labelled L6 or L7 and one labelled L5. A request resisted
("argued against"), an option argued for ("argued for") and an argument with no position ("argued with
the head of operations") are told at L5 as well, and show no L6 ambiguity."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def dimensions(text: str, level: str) -> frozenset[str]:
    ladder = analyze_item(text).facts.ladder
    return next((found for at, found in ladder if at == level), frozenset())


@pytest.mark.parametrize("text", [
    "When the head of retail asked for a loyalty card, I argued that members leave over queues, not rewards, and queue times fell from 14 minutes to 5.",
    "I argued that the late deliveries came from the depot hand-off, not the drivers, and moved the cut-off to 6pm; late parcels fell from 9% to 3%.",
    "When the chief executive asked for an app, I argued that half of tenants change phone numbers each year, sent reminders by post instead, and missed visits fell from 1,200 to 400 a month.",
])
def test_a_reading_argued_shows_l6_ambiguity(text: str) -> None:
    assert "ambiguity" in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    # a request resisted, with no reading of the question
    "I argued against the extra approval step, and approvals now take 2 days instead of 6 for 900 suppliers.",
    # an option argued for
    "I argued for a one-hour delivery window, and missed deliveries fell from 8% to 3% for our shoppers.",
    # an argument with a party, no position taken
    "I argued with the head of operations about walk-ins, and new members rose from 300 to 450 a month.",
])
def test_no_reading_argued_shows_no_l6_ambiguity(text: str) -> None:
    assert "ambiguity" not in dimensions(text, "L6")


def test_the_level_line_reads_the_argued_direction() -> None:
    text = (
        "# Promotion to L6\n\n"
        "I own returns across three teams that do not report to me.\n\n"
        "When the operations director asked for a stricter returns form, I argued that the form would only "
        "count the problem, and instead mapped every return for a year against the courier routes; returns "
        "refunded late fell from 2,100 to 600 a month for our customers.\n"
    )
    evidence = analyze(text, level="L6", doc_type="promotion").reading.level_evidence["L6"]
    assert evidence["ambiguity"]
