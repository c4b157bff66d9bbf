"""The stopped and ready lists over every corpus packet, by cause (docs/accuracy.md, "The stopped and
ready lists over every corpus packet, by cause"): a stop the draft's summary tells again, with no
figure, after (or before) the story that tells it with figures, gives way to that story, as a level
claim that names a stop told again does. Two stops of different things stay two; a summary that
brings its own figures, a stop told again in its own paragraph, and a stop told once stay listed.
Drafts of our own that should list and that should not."""

from __future__ import annotations

import pytest
from test_document_fields_twenty_fifth_set import listed


STORY = ("- Descoped the rider rewards scheme to a single \"ride again\" discount after nine café owners told me "
         "they wanted regulars back, not points; it shipped in four weeks instead of four months.")
OTHER = ("- Paused the e-scooter trial in June when 1 in 6 scooters was found in the river, and moved its two "
         "engineers to the booking flow.")


def _draft(summary: str, *stories: str) -> str:
    return ("# Self-assessment: Kit M., PM, Quayside Bikes (L6)\n\n"
            f"**{summary}**\n\n## What I stopped\n\n" + "\n".join(stories) + "\n")


@pytest.mark.parametrize("summary", [
    "I stopped the rewards scheme and shipped what the café owners asked for.",
    "I stopped a rider rewards scheme that nobody had asked for, and I kept the team on bookings.",
    "I killed the scheme and put the team on what riders wanted.",
])
def test_a_summary_that_tells_a_stop_again_gives_way_to_its_story(summary: str) -> None:
    assert listed(_draft(summary, STORY, OTHER), "stopped_items") == [STORY[2:26], OTHER[2:26]]


def test_a_summary_told_after_the_story_gives_way_as_well() -> None:
    text = ("# Self-assessment: Kit M., PM, Quayside Bikes (L6)\n\n## What I stopped\n\n"
            f"{STORY}\n{OTHER}\n\nI stopped the rewards scheme and shipped what riders asked for.\n")
    assert listed(text, "stopped_items") == [STORY[2:26], OTHER[2:26]]


@pytest.mark.parametrize("summary", [
    # another thing with the same last word: two stops
    "I stopped the loyalty scheme for fleet customers and kept the team on bookings.",
    # the summary brings its own figure: a stop told with evidence of its own
    "I stopped the rewards scheme, which 3% of riders had used, and shipped what café owners asked for.",
])
def test_a_stop_of_another_thing_or_with_its_own_figures_stays_listed(summary: str) -> None:
    assert listed(_draft(summary, STORY, OTHER), "stopped_items") == [summary[:24], STORY[2:26], OTHER[2:26]]


def test_a_short_stop_with_its_figures_in_the_next_sentence_stays_listed() -> None:
    # the stop's own sentence has no figure, the next sentence of its paragraph has them: no summary
    text = ("# Self-assessment: Kit M., PM, Quayside Bikes (L6)\n\n"
            "I pulled the plug on the rewards scheme in June. The scheme had cost £40,000 and 2% of riders used it.\n\n"
            f"## Other stops\n\n{OTHER}\n")
    assert listed(text, "stopped_items") == ["I pulled the plug on the", OTHER[2:26]]


def test_a_summary_that_is_the_only_telling_stays_listed() -> None:
    summary = "I stopped the rewards scheme and shipped what the café owners asked for."
    assert listed(_draft(summary, OTHER), "stopped_items") == [summary[:24], OTHER[2:26]]
