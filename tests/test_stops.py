"""What counts as a stop (SPEC 2.11): a project, feature or practice the writer stopped, cut, killed,
said no to, deprecated or descoped; not a harm ended, not someone else's stop, not a plan."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def stopped(text: str) -> bool:
    item = analyze_item(text)
    assert item is not None and item.facts is not None
    return item.facts.stopped


@pytest.mark.parametrize("text", [
    "Killed the loyalty-points marketplace after modelling showed it would lose $4M a year.",
    "I descoped the family dashboard and shipped caregiver access first.",
    "Deprecated the legacy booking API after moving all 14 teams that called it onto the new one.",
    "I said no to the partner portal rewrite and kept the team on onboarding.",
    # a stop coordinated with the writer's first verb, late in the sentence
    "I pitched a seller newsletter, ran it for a quarter and stopped the test when open rates stayed under 5%.",
    # an option chosen over one someone else proposed is a no to that option
    "I chose a plain status email over the real-time tracking platform engineering had proposed.",
    "Phased out the paper intake form across all 30 clinics.",
])
def test_a_call_to_stop_something_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # a harm ended is a fix, not a judgment about a project
    "I stopped the fraud ring that was draining seller payouts.",
    "Cut the outages on the booking page by half.",
    # a number that fell is a result
    "Churn dropped from 6% to 4% after the pricing change.",
    # someone else's stop
    "Leadership killed the kiosk project before I joined the team.",
    # a plan has stopped nothing yet
    "Next quarter I plan to sunset the legacy reporting tool.",
])
def test_not_a_stop(text: str) -> None:
    assert not stopped(text)
