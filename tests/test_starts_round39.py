"""Starts the initiated list missed (round 39): a thing the writer calls "my idea" or "my own idea"
with "was" or "been" before it ("The pause button was my idea", "The pastry box add-on had been my
own idea") is conceived by the writer, a start by the labelling guide's "conceived", wherever the
phrase stands in the item; and "nothing initiated" (PC206) no longer fires beside it."""

from __future__ import annotations

from packetcoach import analyze

from judgment_calls import judged as judged_in


def judgment(call: str) -> str:
    """A short self-assessment with one win and a judgment section holding the call each test tells."""
    return ("# Self-assessment: Noor H., PM, Community Pool Lessons (L5)\n\n## Impact\n\n"
            "- Cut the wait for a beginner swimming slot from 9 weeks to 3 by adding early-morning "
            "lessons on weekdays.\n\n## Judgment\n\n"
            f"- {call}\n")


def judged(listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    judged_in(judgment, listed_calls, unlisted_calls, field="initiated_items")


def test_a_thing_that_was_the_writers_idea_is_a_start() -> None:
    judged(("The family lane on Saturday mornings was my idea, and 60 parents booked it in its first "
            "month.",
            "The swap board had been my own idea in January, and 140 swimmers used it to move a missed "
            "class.",
            "This was my own idea: a text the evening before each lesson, which cut no-shows from 18% "
            "to 7%."),
           ())


def test_an_idea_not_called_the_writers_own_is_no_start() -> None:
    # turning down one's own idea is no start; an idea credited to someone else, or "my idea" with no
    # "was" (a wish, a view), is none either
    judged((),
           ("Said no to my own idea of a swimmer leaderboard after two coaches told me it would set "
            "children against each other.",
            "The family lane on Saturday mornings was Priya's idea, and 60 parents booked it in its "
            "first month.",
            "In my idea of a good timetable, no child waits more than a week for a slot."))


def test_nothing_initiated_does_not_fire_beside_an_own_idea() -> None:
    with_idea = judgment("The swap board had been my own idea in January, and 140 swimmers used it to move "
                         "a missed class.")
    without = judgment("Moved the swap board to the front desk in January, and 140 swimmers used it to move "
                       "a missed class.")
    assert "PC206" not in [f.rule for f in analyze(with_idea, doc_type="self-assessment").findings]
    assert "PC206" in [f.rule for f in analyze(without, doc_type="self-assessment").findings]
