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


def _signals(text: str):
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.signals


def _findings(draft: str, level: str, name: str) -> list[str]:
    return [f["message"] for f in report_json(analyze(draft, level=level))["findings"] if f["name"] == name]


def _session_agrees(texts: tuple[str, ...], level: str) -> None:
    session = Session(level=level)
    for text in texts + texts[:1]:
        assert report_json(session.analyze(text)) == report_json(analyze(text, level=level)), text


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


# what the category clears, what it must keep, and the signal
CATEGORIES = (
    (A_THING_NAMED, THE_WRITERS_OWN_EFFORT, "activity_only"),
    (RECORDS_EXAMINED, COUNTS_OF_WORK, "technical_metric_only"),
)

# a draft that tells the shape, its level, and the finding it must not carry
DRAFTS = (
    ("# Self-assessment\n\n## Research\n\nI proposed a standing order for cafes in March.\n\n"
     "Only 3 of the 20 cafes I visited used the reorder screen.\n", "L5", "activity-not-outcome"),
    ("# Self-assessment\n\n## Returns\n\nI read 500 complaint tickets and found that most late refunds "
     "waited on one manual check.\n", "L6", "technical-metric-only"),
)


def test_each_category_clears_its_shape_and_keeps_the_writers_own() -> None:
    for cleared, kept, signal in CATEGORIES:
        assert [text for text in cleared if getattr(_signals(text), signal)] == [], signal
        assert [text for text in kept if not getattr(_signals(text), signal)] == [], signal


def test_no_such_finding_on_a_draft_that_tells_the_shape() -> None:
    for draft, level, name in DRAFTS:
        assert _findings(draft, level, name) == [], name


def test_a_session_reads_both_as_a_fresh_analysis_does() -> None:
    _session_agrees(A_THING_NAMED + THE_WRITERS_OWN_EFFORT, "L5")
    _session_agrees(RECORDS_EXAMINED + COUNTS_OF_WORK, "L6")
