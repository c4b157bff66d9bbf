"""The precision round on the forty-third and forty-fourth blind sets (docs/accuracy.md, "Precision of
the per-sentence findings: a strategy written is a start, not effort"). Text in our own words.

A strategy of several years the writer wrote, or a strategy or plan written and taken to those who
adopted it, is a start (the labelling guide; the lists read it so): "activity-not-outcome" must not
call it effort. A document written with nothing started stays effort."""

from __future__ import annotations

from packetcoach import analyze


def _item(text: str):
    return analyze(text, level="L7").items[0]


def _activity(text: str) -> bool:
    return _item(text).signals.activity_only


def test_a_strategy_written_and_taken_to_the_board_is_no_effort() -> None:
    for text in (
        "I wrote the strategy over the winter and took it to the trustees myself.",
        "I wrote the plan in my second month and took it through the regional board.",
        "I wrote the three-year strategy that merged the two ticketing products into one.",
        "Wrote the five-year plan that puts every depot on one booking system.",
    ):
        assert not _activity(text), text


def test_a_document_written_with_nothing_started_stays_effort() -> None:
    for text in (
        "Wrote the PRD for the new loyalty card and presented it at the monthly review.",
        "Wrote six PRDs, including one for the winter timetable.",
        "We wrote the plan for next year and shared it with the team.",
    ):
        assert _activity(text), text

