"""Someone else's ask is read in one profile list (docs/accuracy.md, "Fixes from reading new drafts,
a twenty-fourth round"): the words the room's sentences find an ask by (`phrases.pressure`, read by
coach/sentences.py) are the words a stop argued down with evidence is found by (analysis/facts.py).
An ask in any of those words ("asked me to", "wanted to", "pushed for"), answered in the sentence
after by the writer's evidence, is the writer's stop; an ask of the writer's own, or a thing asked
for and built anyway, is none. Text in our own words."""

from __future__ import annotations

import pytest
from test_stops import stopped

from packetcoach.profile.compile import rubric_for


@pytest.mark.parametrize("text", [
    "The head of retail asked me to add a loyalty tier for weekend shoppers. I showed her that 85% of weekend "
    "baskets came from people who already shopped with us weekly, and the tier was not built.",
    "Our sales director wanted to bundle the scheduling module into every contract. I showed him that 70% of "
    "small clinics never opened it, and we kept it optional.",
    "The board pushed for a second warehouse in the north. I showed that our vans already reached 96% of "
    "northern orders next day, so we did not lease one.",
])
def test_an_ask_in_the_words_of_any_ask_answered_with_evidence_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "We wanted to bundle the scheduling module into every contract. I showed that 70% of small clinics "
    "opened it weekly, and sales agreed.",
    "The head of retail asked me to add a loyalty tier. I showed her that weekend baskets were growing, and "
    "we built it in May.",
])
def test_the_writers_own_ask_or_a_thing_built_anyway_is_no_stop(text: str) -> None:
    assert not stopped(text)


def test_the_asks_a_stop_is_read_by_are_the_profiles_pressure_words() -> None:
    rubric = rubric_for("amazon-pm")
    assert rubric.stops.thing_asks == frozenset(rubric.profile.list("phrases", "pressure"))
    assert not rubric.profile.list("stops", "thing_asks")
