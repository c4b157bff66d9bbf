"""Round kinds42: what the writer asks of the manager or the committee under an "Asks" heading is a
plan, never judged as a claim nor coached as effort; and the trade the writer first trained in
("I trained as an economist, and ...") is background, context. A deed told there stays a claim."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item

ASKS = """# Self-assessment 2026

## Results

I cut the pickup code from ten digits to six after watching shoppers retype it at the door, and failed pickups fell from 12% to 4%.

## Asks

- I would like a second engineer on the lockers team for the first half of next year, so the returns flow does not wait behind maintenance.
- I would like my manager's help getting a seat at the monthly retail operations review, where the store decisions that affect lockers are made.
- I need a data analyst for the locker network before the 2027 expansion.
- I hired two engineers from the store teams in March, and the backlog fell from 40 tickets to 12.
- I would like the committee to read this year as the year the lockers became one network. I believe that is L6 work.
"""


def _by_word(text: str) -> dict[str, object]:
    return {" ".join(item.text.split()[:4]): item for item in analyze(text).items}


def test_asks_under_an_asks_heading_are_plans() -> None:
    items = _by_word(ASKS)
    for opening in ("I would like a", "I would like my", "I need a data"):
        item = items[opening]
        assert item.kind == "plan", opening
        assert not item.ready  # not judged


def test_no_activity_finding_on_an_ask() -> None:
    report = analyze(ASKS)
    asks = [item for item in report.items if item.kind == "plan"]
    assert asks
    ids = {item.id for item in asks}
    assert not [f for f in report.findings if f.rule == "PC104" and f.item in ids]


def test_a_hedged_view_under_an_asks_heading_keeps_its_hedge() -> None:
    view = _by_word(ASKS)["I would like the"]
    assert view.kind == "claim" and view.signals.hedge  # the level claimed, hedged: its hedge is still found


def test_a_deed_under_an_asks_heading_stays_a_claim() -> None:
    items = _by_word(ASKS)
    assert items["I hired two engineers"].kind == "claim"
    assert items["I cut the pickup"].kind == "claim"


@pytest.mark.parametrize("heading", ["## What the committee asks of an L6", "## Customer asks we said no to",
                                     "## What I am asking the room to weigh"])
def test_asks_in_another_heading_are_not_read_as_plans(heading: str) -> None:
    draft = ASKS.replace("## Asks", heading)
    items = _by_word(draft)
    assert items["I would like my"].kind != "plan"  # the heading's whole text is no ask


@pytest.mark.parametrize("text", [
    "I trained as an economist, and what struck me was that nobody was measuring whether a patient without a car could get to the clinic within an hour.",
    "I trained as a civil engineer and spent eight years designing bridges before product; I mention it once.",
    "I trained as a pharmacist, so I read a repeat prescription the way the person collecting it does.",
])
def test_the_trade_the_writer_trained_in_is_context(text: str) -> None:
    item = analyze_item(text)
    assert item.kind == "context"
    assert not item.signals.activity_only


@pytest.mark.parametrize("text", [
    "I trained as an economist and rebuilt the fare model, and journeys per resident rose from 2.1 to 3.4 a week.",
    "I trained the support team on the new refund tool, and refund time fell from 9 days to 2.",
    "She trained as a nurse, and I hired her as our first clinical PM.",
])
def test_a_result_or_another_training_stays_a_claim(text: str) -> None:
    assert analyze_item(text).kind == "claim"
