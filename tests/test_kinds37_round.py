"""Round kinds37: the writer's earlier career told as the years spent in it, and the setting under a
"Context" or "Background" heading, are background (context), not claims the coach quotes as
evidence; a deed told with them, or under such a heading, stays a claim."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def kind(text: str) -> str:
    return analyze_item(text).kind


@pytest.mark.parametrize("text", [
    "I spent nine years as a dental hygienist before I moved into product, and I still judge a booking flow by how calm the patient is.",
    "Before product I spent seven years as a probation officer, which is why most of what follows starts with a case file.",
    "Before product I ran a garden centre for twelve years, so I read a stock report the way a buyer does.",
    "I taught primary science for eight years before I joined product, and explaining is the part of the job I trust most.",
    "I spent ten years in road haulage before product, so I think about a depot the way a driver does.",
    "As a vet I spent years watching owners skip a booster because booking it was a chore, and it was the same pattern here.",
    "Before product I spent six years as a paramedic.",
])
def test_an_earlier_career_told_as_its_years_is_context(text: str) -> None:
    assert kind(text) == "context"


@pytest.mark.parametrize("text", [
    "As a former nurse I knew the refill queue was only half the story, so I wrote the SQL that joined refills to discharges.",
    "I spent two weeks on it with the team and we re-keyed the accounts by borrower instead of by loan.",
    "Before product I spent six years as an analyst, and this year I split 18 months of lapses by reason: 58% were expired cards, and reminders cut lapses from 9% to 5%.",
    "This year I was the PM for the permit portal, and I also carried the pager, because my years as an SRE made me the obvious person.",
    "Six years as a bank teller taught me that people count cash twice, so I added a running total and abandoned deposits fell from 14% to 6%.",
])
def test_a_deed_told_beside_a_career_stays_a_claim(text: str) -> None:
    assert kind(text) == "claim"


DRAFT = """# Self-assessment 2026

## Background

The Lockers team owns the flow shoppers use to collect a parcel, from the text message to the open door.
The team had 4 engineers and no designer.
In 2025 I proposed a plan to put every locker bank on one booking service, and the operations director adopted it.

## Results

I cut the pickup code from ten digits to six after watching shoppers retype it at the door, and failed pickups fell from 12% to 4%.
"""


def _kinds(text: str) -> dict[str, str]:
    return {item.text.split()[1]: item.kind for item in analyze(text).items}


def test_the_setting_under_a_background_heading_is_context() -> None:
    kinds = _kinds(DRAFT)
    assert kinds["Lockers"] == "context"  # the team's standing remit, told as the setting
    assert kinds["team"] == "context"  # "The team had 4 engineers": a state, not a deed


def test_a_deed_under_a_background_heading_stays_a_claim() -> None:
    kinds = _kinds(DRAFT)
    assert kinds["2025"] == "claim"  # "In 2025 I proposed ...": the writer's deed, wherever it sits
    assert kinds["cut"] == "claim"


CAREER_OPENING = """# Self-assessment 2026

I spent eleven years as a probation officer before I moved into product, and I still judge a service by the person waiting at the end of it.

## What I started

I started text reminders for court dates after sitting with the listing office, and missed hearings fell from 14% to 6% across 9,000 cases.
"""


def test_a_career_opening_is_not_quoted_as_evidence_and_frames_the_lead() -> None:
    report = analyze(CAREER_OPENING)
    first = report.items[0]
    assert first.kind == "context" and not first.ready
    assert report.reading.lead_is_outcome is False  # the room reads the career story first


@pytest.mark.parametrize("text", [
    "That is how I approached the booking work this year, and it is the lens I would ask the reader to use for everything below.",
    "That is why I sat at the counter before I wrote a plan, and why most of what follows starts at a till.",
    "I mention it once because it is why I knew where to look: the tenants who lose out are rarely the ones who complain.",
])
def test_the_lens_pointed_back_to_is_context(text: str) -> None:
    assert kind(text) == "context"


@pytest.mark.parametrize("text", [
    "That is how I cut refund time from 9 days to 2 for 40,000 shoppers.",
    "That is why I proposed standing orders to the finance director, and the board adopted them in March.",
    "I mentioned the backlog to the CFO, and she funded two more engineers.",
])
def test_a_deed_after_that_is_why_stays_a_claim(text: str) -> None:
    assert kind(text) == "claim"


def test_a_hedged_view_under_a_background_heading_keeps_its_hedge() -> None:
    text = DRAFT.replace("The team had 4 engineers and no designer.\n",
                         "The team had 4 engineers and no designer.\n\nMoving to lockers was a big step and I am still learning the job from week to week, but I think it went well.\n\n")
    view = next(item for item in analyze(text).items if "I think" in item.text)
    assert view.kind != "context"  # the writer's view, not the setting: its hedge is still found
    assert view.signals.hedge
