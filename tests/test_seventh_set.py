"""The categories a seventh blind set showed (docs/accuracy.md, "The lists on a seventh blind set, by
category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def signals(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals


@pytest.mark.parametrize("text", [
    "Showed customer obsession by visiting 25 clinics and sitting in on 40 intake calls this year.",
    "Took ownership of the renewal journey by mapping 31 touchpoints in a 50-slide deck.",
    "Insisted on the highest standards by reviewing all 600 test cases for the kiosk launch.",
    "Showed bias for action by running 12 outage drills with 200 store leads.",
])
def test_a_principle_claimed_by_way_of_effort_is_effort(text: str) -> None:
    assert signals(text).activity_only


@pytest.mark.parametrize("text", [
    "Showed bias for action by shipping a rough booking page in two days; sign-ups from clinics rose 12%.",
    "Held the tablet launch for four weeks until check-in on the oldest tablets took under two seconds.",
    "Coached two support leads into associate PM roles; one now runs the intake roadmap I used to own.",
])
def test_a_deed_or_a_result_behind_the_claim_is_no_effort(text: str) -> None:
    assert not signals(text).activity_only
