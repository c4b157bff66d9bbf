"""A scope statement that names the plan others work from by the writer's authorship ("Three teams
build from the plan I wrote") states a remit, as "four teams build from my roadmap" does: the
authorship is no deed (profile lists kinds.scope and kinds.authored_remits, analysis/kinds.py)."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze, analyze_item


def kind(text: str) -> str | None:
    item = analyze_item(text)
    assert item is not None
    return item.kind


@pytest.mark.parametrize("text", [
    "Two squads build from the plan I wrote for the loading docks.",
    "Five crews (38 fitters, two surveyors) work from the plan I drafted.",
    "Four teams build from the roadmap I wrote, and the depot managers schedule around it.",
    "The mobile squad builds from a plan I wrote each quarter.",
])
def test_teams_building_from_the_plan_the_writer_wrote_is_scope(text: str) -> None:
    assert kind(text) == "scope"


@pytest.mark.parametrize("text", [
    # someone's deed in the past, from the writer's plan
    "The vendor built the loading app from the plan I wrote.",
    # a deed of the writer's beside the remit
    "Two squads build from the plan I wrote, and I cut dock turnaround from 40 minutes to 25.",
    # a result that moved beside it
    "Two squads build from the plan I wrote; missed pickups fell from 9% to 3%.",
    # the writing told as the deed
    "I wrote the plan that two squads build from.",
])
def test_a_deed_or_a_result_beside_the_plan_keeps_a_claim(text: str) -> None:
    assert kind(text) == "claim"


def test_an_authored_remit_reads_the_same_in_a_session() -> None:
    text = "# Scope\n\nTwo squads (14 engineers) build from the plan I wrote for the loading docks.\n"
    report = analyze(text, level="L7", doc_type="promotion")
    session = Session(level="L7", doc_type="promotion")
    session.analyze("# Scope\n\nI own the loading docks.\n")
    assert session.analyze(text).items == report.items
    assert [item.kind for item in report.items] == ["scope"]
