"""Drafts read as a coach would, read by a user round (two drafts of our own). The writer's groundwork
that opens a paragraph ("I spent two weeks at the markets ...") and the product call told right after
it ("I persuaded the finance lead to ...") are one story with the result the paragraph tells; a stop
told with the time it freed ("the six weeks went into ...", "put the quarter into ...") is told in
full, as one told with the money or the engineers it freed; people grown told with "grew" ("Grew two
PMs to L6", "I grew people.") are asked what the people now do, never for a customer measure; and
the coach never asks the room to measure what it tells the writer to remove (the engineering work).
Text in our own words."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.analysis.stories import grows_people, tells_freed
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json

MARKETS = """# Self-assessment 2026: street markets (L6)

I own stall bookings for the city's eleven street markets.

## Stall fees

Stall holders told us the flat fee punished the small ones. I spent two weeks at the Saturday
markets with our field team, and I read every complaint filed in the last year. I persuaded the
finance lead to charge stall holders by the metre of frontage instead of a flat fee. Over the year
stall renewals rose from 58% to 79%, and complaints about fees fell from 140 to 22.
"""


def _claims(text: str) -> list:
    return [item for item in analyze(text).items if item.kind == "claim"]


def test_groundwork_then_the_call_is_one_ready_story():
    claims = _claims(MARKETS)
    assert len(claims) == 1
    assert claims[0].text.startswith("I spent two weeks at the Saturday")
    assert claims[0].ready


def test_groundwork_before_another_story_stays_apart():
    # "I also ..." opens another story: the groundwork is not joined to it
    text = MARKETS.replace("I persuaded the", "I also persuaded the")
    claims = _claims(text)
    assert len(claims) == 2
    assert not claims[0].ready


def test_groundwork_after_a_claim_of_the_paragraph_stays_apart():
    # only the paragraph's first claim opens the story its next call tells
    text = MARKETS.replace("Stall holders told us the flat fee punished the small ones.",
                           "I cut the booking form from nine fields to four.")
    claims = _claims(text)
    assert any(c.text.startswith("I spent two weeks") and not c.ready for c in claims)


def test_groundwork_then_a_neutral_deed_is_not_joined():
    text = MARKETS.replace("I persuaded the\nfinance lead to charge", "I asked the\nfinance lead whether we could charge")
    assert any(c.text.startswith("I spent two weeks") and not c.ready for c in _claims(text))


def test_a_stop_names_the_time_it_freed():
    freed = analyze_item("I dropped the loyalty app we had planned and put the quarter into faster refunds.")
    sprints = analyze_item("I stopped the import redesign; the two sprints went into the setup checklist instead.")
    rubric = analyze("x").rubric
    assert tells_freed(freed, rubric.stops)
    assert tells_freed(sprints, rubric.stops)
    assert not tells_freed(analyze_item("I dropped the loyalty app after a quarter of tests."), rubric.stops)


DRONES = """# Self-assessment 2026 (L6)

## Cold rooms

Restaurants lost stock when a cold room failed overnight. I proposed an alert by text for every
restaurant on the plan, and losses reported by restaurants fell from 310 to 40 a quarter.

## Not built

Sales had promised two hotel groups a tablet app for the kitchen. I chose not to build the tablet
app and sent both groups a daily text summary instead, which took us four days. Both renewed, and
the six weeks went into the alert rollout.
"""


def test_a_stop_told_with_its_freed_time_is_a_story_of_judgement():
    report = analyze(DRONES, level="L6", doc_type="self-assessment")
    gap = judge_gap(report)
    stop = next(s for s in gap.stories if s.first.text.startswith("Sales had") or "chose not to build" in s.first.text)
    assert stop.key in gap.decided


def test_people_grown_with_grew():
    rubric = analyze("x").rubric
    for text in ("Grew two PMs to L6; one now owns returns on her own.", "I grew people. Two of my PMs were promoted."):
        assert grows_people(analyze_item(text), rubric.developing, rubric.growing, rubric.grown), text
    for text in ("Grew revenue from $2M to $3M by pricing the add-on.", "I developed the pricing API for partners."):
        assert not grows_people(analyze_item(text), rubric.developing, rubric.growing, rubric.grown), text


def test_people_grown_are_never_asked_for_a_customer_measure():
    text = """# Promotion document (L7)

## Results

I proposed a shared tug pool to the harbour board, and waiting at berth fell from 5 hours to 2.

## People

I grew people. Two of my product managers were promoted this year, and one now owns the pool alone.
"""
    report = report_json(analyze(text, level="L7", doc_type="promotion"))
    for change in report["verdict"]["top_changes"]:
        if change["kind"] == "add-evidence":
            assert not any(item.startswith("i-grew-people") for item in change["items"])


def test_engineering_work_is_removed_not_measured():
    text = """# Self-assessment 2026 (L6)

I own booking for our repair shops.

## Booking

I proposed evening slots for the shops, and bookings by working customers rose from 120 to 300 a week.

## Other

I also rewrote the slot service in Go myself, and cut its p99 latency from 800 ms to 90 ms.

Helped with the holiday launch.
"""
    report = report_json(analyze(text, level="L6", doc_type="self-assessment"))
    changes = {c["kind"]: set(c["items"]) for c in report["verdict"]["top_changes"]}
    assert not changes.get("add-evidence", set()) & changes.get("remove-engineering-work", set())


def test_a_process_run_before_the_call_is_not_groundwork():
    # "I ran the weekly ..." is a process, not groundwork among the people served: it stays apart
    text = MARKETS.replace("I spent two weeks at the Saturday\nmarkets with our field team, and I read every complaint filed in the last year.",
                           "I ran the weekly stall-holder forum\nwith our field team all year, and I chaired its monthly review.")
    claims = _claims(text)
    assert claims[0].text.startswith("I ran the weekly") and not claims[0].ready
