"""The engineering past named after "my" by the field's own work, a field the lists did not hold
(docs/accuracy.md, "The engineering past named by the field's own work"): small drafts of our own
that should count the mention and ones that should not."""

from __future__ import annotations

import pytest

from field_drafts import FERRY, background_draft, mentions


@pytest.mark.parametrize("background", [
    "My compiler-engineer habit of fixing the root cause first slowed the first launch.",
    "It was the feature my game-engine past most wanted to keep, and I cut it.",
    "My site reliability background shows in how I handle the ferry app's outages.",
    "My site-reliability years taught me to write the runbook before the launch.",
    "My compiler background made me read the crash logs before guessing.",
    "With my background in game engines I helped the team profile the booking screen.",
    "My background in compilers made the build times the first thing I looked at.",
    "My background in site reliability made the outage review the first thing I changed.",
])
def test_a_past_named_by_the_fields_own_work_is_a_mention(background: str) -> None:
    assert mentions(background_draft(FERRY, background)) == 1


def test_the_field_named_and_a_former_title_are_two_mentions() -> None:
    background = ("As a former compiler engineer I still read every log myself. My compiler-engineer habit "
                  "of fixing the root cause first served me well.")
    assert mentions(background_draft(FERRY, background)) == 2


@pytest.mark.parametrize("background", [
    # another field, or the field's words with no past noun after them
    "My search engine experience came from five years in marketing.",
    "My reliability background is in running the ferry timetable.",
    "My background in game design shaped the loyalty badges.",
    "My site reliability targets for the booking page were met in March.",
    # someone else's past, not the writer's
    "Tomas's compiler background helped the team read the crash logs.",
    "Priya brought her game-engine experience to the booking screen.",
])
def test_no_past_of_the_writers_own_in_those_words_is_no_mention(background: str) -> None:
    assert mentions(background_draft(FERRY, background)) == 0
