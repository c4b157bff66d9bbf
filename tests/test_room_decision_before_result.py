"""A sentence for the room joins a result to the writer's decision from the result's own paragraph
or from a block before it, never from a bullet or a paragraph after it (docs/accuracy.md, "Fixes
from reading new drafts, a twenty-fourth round"): "Started planning next year ..." in the bullet
below a result decided something else, and the room would hear two unrelated things as one story.
Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.coach.sentences import room_sentences
from packetcoach.output.json import report_json

LATER_CALL = """# Self-assessment

## Second half

- Rebuilt the parcel locker sign-up for renters in shared buildings; I cut it to one screen, and renters who finished sign-up rose from 42% to 68%.
- Moved the locker map to the new vendor with the platform team.
- Started planning next year with the team: locker sharing, pickup reminders and a new courier feed.
"""

EARLIER_CALL = """# Self-assessment

## Second half

Renters in shared buildings gave up on locker sign-up halfway. I chose to cut it to one screen and drop the building-manager approval step.

The new sign-up went live in May, and renters who finished sign-up rose from 42% to 68%.
"""


def _room(text: str) -> list[str]:
    return [s.text for s in room_sentences(analyze(text, level="L6"))]


def test_a_call_told_in_a_later_bullet_is_not_the_results_decision() -> None:
    sentences = _room(LATER_CALL)
    assert any("from 42% to 68%" in s for s in sentences)
    assert not any("Started planning" in s or "started planning" in s for s in sentences)


def test_a_call_told_in_a_paragraph_before_the_result_still_joins_it() -> None:
    assert any("I chose to cut it to one screen" in s and "from 42% to 68%" in s for s in _room(EARLIER_CALL))


def test_a_session_builds_the_same_report() -> None:
    session = Session(level="L6")
    for text in (LATER_CALL, EARLIER_CALL, LATER_CALL):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
