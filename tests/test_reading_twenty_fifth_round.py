"""The twenty-fifth round of reading new drafts as a coach would (docs/accuracy.md, "Fixes from
reading new drafts, a twenty-fifth round"). Text in our own words.

An effort verb in a clause that names a thing the sentence is about, with no "that" or "which"
("Only 3 of the 40 bakeries I called ...", "My best work is a pilot I paused ..."), describes the
thing: the sentence claims something else of it, so it reports no effort. The writer's own clause
after a time ("This spring I visited 12 depots") or an opening phrase ("As a former analyst I
read ...") still does.

The count of the records a writer examined before a finding ("read 400 complaint tickets and found
that ..."), and a number inside the finding ("found that 62% of late loads came from ..."), size the
digging and make the case for the call: neither is a technical measure the room asks a customer
for. A count the writer produced ("wrote 140 test cases") or handled ("reviewed 60 open tickets")
with nothing found stays one."""

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


def _technical_only(text: str) -> bool:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals.technical_metric_only


RECORDS_EXAMINED = (
    "I read 500 complaint tickets and found that most late refunds waited on one manual check.",
    "Pulled 3,000 delivery records myself and found that 45% of late boxes left after the last van.",
    "As a former analyst I went into the billing tables myself and found that 58% of disputes came from one "
    "meter model.",
)

COUNTS_OF_WORK = (
    "Wrote 140 test cases for the renewal flow before launch.",
    "Reviewed 60 open tickets with the engineering manager.",
    "Cut p95 search latency from 900 ms to 200 ms by caching the index.",
)


def test_records_examined_and_what_was_found_in_them_are_no_technical_measure() -> None:
    for text in RECORDS_EXAMINED:
        assert not _technical_only(text), text


def test_a_count_of_work_or_a_system_measure_stays_technical() -> None:
    for text in COUNTS_OF_WORK:
        assert _technical_only(text), text


def test_no_technical_finding_on_records_examined_in_a_draft() -> None:
    draft = ("# Self-assessment\n\n## Returns\n\nI read 500 complaint tickets and found that most late refunds "
             "waited on one manual check.\n")
    report = report_json(analyze(draft, level="L6"))
    assert not [f for f in report["findings"] if f["name"] == "technical-metric-only"]


def test_a_session_reads_records_examined_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    for text in RECORDS_EXAMINED + COUNTS_OF_WORK + RECORDS_EXAMINED[:1]:
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6")), text
