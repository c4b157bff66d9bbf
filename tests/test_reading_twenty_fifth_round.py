"""The twenty-fifth round of reading new drafts as a coach would (docs/accuracy.md, "Fixes from
reading new drafts, a twenty-fifth round"). Text in our own words.

An effort verb in a clause that names a thing the sentence is about, with no "that" or "which"
("Only 3 of the 40 bakeries I called ...", "My best work is a pilot I paused ..."), describes the
thing: the sentence claims something else of it, so it reports no effort. The writer's own clause
after a time ("This spring I visited 12 depots") or an opening phrase ("As a former analyst I
read ...") still does."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json


def _activity(text: str) -> bool:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals.activity_only


A_THING_NAMED = (
    "Only 3 of the 40 bakeries I called still baked their own bread.",
    "Just two of the 25 clinics I visited kept paper charts.",
    "Most of the dispatchers I interviewed kept a second list on paper.",
    "My hardest call this year is a pilot I paused and a fee we never charged.",
)

THE_WRITERS_OWN_EFFORT = (
    "This spring I visited 12 depots with the night shift.",
    "In my first quarter I interviewed 30 dispatchers about the shift handover.",
    "As a former analyst I read every cancellation note from the last year.",
    "I visited 18 bakeries in the north region with our sales lead.",
)


def test_an_effort_in_a_clause_that_names_a_thing_is_no_effort_reported() -> None:
    for text in A_THING_NAMED:
        assert not _activity(text), text


def test_the_writers_own_effort_after_a_time_or_an_opening_phrase_is_still_effort() -> None:
    for text in THE_WRITERS_OWN_EFFORT:
        assert _activity(text), text


def test_no_activity_finding_on_a_thing_named_in_a_draft() -> None:
    draft = ("# Self-assessment\n\n## Research\n\nI proposed a standing order for cafes in March.\n\n"
             "Only 3 of the 20 cafes I visited used the reorder screen.\n")
    report = report_json(analyze(draft, level="L5"))
    flagged = [f["message"] for f in report["findings"] if f["name"] == "activity-not-outcome"]
    assert not any("visited" in message for message in flagged), flagged


def test_a_session_reads_a_thing_named_as_a_fresh_analysis_does() -> None:
    session = Session(level="L5")
    for text in A_THING_NAMED + THE_WRITERS_OWN_EFFORT + A_THING_NAMED[:1]:
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L5")), text
