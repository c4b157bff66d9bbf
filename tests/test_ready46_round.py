"""The ready list on the fifty-ninth and sixtieth blind sets, by cause (docs/accuracy.md, "The ready
list on the fifty-ninth and sixtieth blind sets, by cause"). Text in our own words.

"rewrote" rules people work by, or a checklist they sign off on (`verbs.non_technical_heads.rewrite`:
"rewrote the approval rules with the rangers so that ...", "rewrote the courier handoff rules",
"rewrote our release checklist with his team"), is writing a rule, not code: the verb is neutral, the
item reads no technical lead and PC102 does not fire. "Rewrote the fare-rules engine", "the rules
service", "the checklist app" are still engineering: the word must end the verb's object."""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own bookings for 40 leisure centres and 90,000 members.\n\n"


def _item(story: str):
    return next(item for item in analyze(SCOPE + story).items if item.text.startswith(story[:20]))


def _found(text: str, rule: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in analyze(text).findings if f.rule == rule]


WRITING = [
    "I rewrote the booking rules with the centre managers so that swimming clubs under 20 people are "
    "confirmed automatically, and club bookings rose from 300 to 410 a month.",
    "Rewrote the lane-sharing rule with the club captains, and complaints from members fell from 60 "
    "to 15 a month.",
    "I rewrote the opening checklist with the duty managers so that every pool is tested before 7am.",
    "We rewrote the refund rules after reading 300 complaints, and refund calls fell by half.",
    "I rewrote our closing checklists with the lifeguard leads.",
]


@pytest.mark.parametrize("story", WRITING)
def test_rules_or_a_checklist_rewritten_are_no_engineering_work(story: str) -> None:
    item = _item(story)
    assert item.action.verb == "rewrite" and item.action.verb_class == "neutral", story
    assert not item.signals.technical_lead, story
    assert _found(SCOPE + story, "PC102") == [], story


def test_rules_rewritten_for_members_with_their_result_is_ready() -> None:
    story = ("I rewrote the booking rules with the centre managers so that members with a disability can "
             "book a lane a week ahead, and their bookings rose from 120 to 300 a month, adding £9,000 of "
             "income a year.")
    assert _item(story).ready


CODE = [
    "I rewrote the rules engine in Go and cut evaluation time from 900 ms to 80 ms.",
    "Rewrote the pricing rules service in Kotlin.",
    "I rewrote the checklist app in React Native.",
]


@pytest.mark.parametrize("story", CODE)
def test_a_rules_engine_rewritten_is_still_engineering(story: str) -> None:
    item = _item(story)
    assert item.action.verb_class == "technical", story
    assert _found(SCOPE + story, "PC102") == ["rewrote" if "I rewrote" in story else "Rewrote"], story
