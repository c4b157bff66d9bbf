"""A strategy the writer wrote that those above adopted (starts43 round): the draft's start when it
tells no other, so "nothing initiated" no longer fires on it; beside a start told by its verb, or
in a level claim, the plan stays a result and is not listed."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze
from packetcoach.analysis.facts import plan_adopted
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")


def _draft(first: str) -> str:
    return f"""# Self-assessment

- {first}
- Cut the time a tenant waits for a repair visit from 12 days to 5 across 3,000 homes.
- Hired two product managers and coached them through their first launches.
"""


def _initiated(text: str, doc_type: str = "self-assessment") -> tuple[tuple[str, ...], bool]:
    report = analyze(text, doc_type=doc_type)
    assert Session(doc_type=doc_type).analyze(text).reading.initiated_items == report.reading.initiated_items
    firsts = tuple(report.item(i).text[:40] for i in report.reading.initiated_items)
    return firsts, any(f.rule == "PC206" for f in report.findings)


@pytest.mark.parametrize("first", [
    "In January I wrote the three-year parking strategy that the council adopted in March, and permit "
    "waits fell from 9 days to 1.",
    "Wrote and won board approval for a five-year donor strategy, moving 30 separate appeals onto one "
    "platform; income rose 22%.",
    "I wrote and got the leadership team to adopt a three-year plan that moves every booking online, and "
    "phone bookings fell from 70% to 35%.",
    "Set the two-year pricing strategy, one tariff per household, which the commercial director adopted "
    "for all four regions.",
])
def test_plan_adopted_is_the_start_when_the_draft_tells_no_other(first: str) -> None:
    listed, nothing = _initiated(_draft(first))
    assert listed == (first[:40],)
    assert not nothing


def test_plan_adopted_beside_a_start_told_by_its_verb_is_not_listed() -> None:
    text = """# Self-assessment

- I proposed a same-day repair slot for tenants over 70, and their waits fell from 12 days to 2.
- Wrote the three-year repairs strategy that the SVP adopted for all nine regions.
"""
    listed, nothing = _initiated(text)
    assert listed == ("I proposed a same-day repair slot for te",)
    assert not nothing


@pytest.mark.parametrize("first", [
    # a level claim: the plan is the claim's proof
    "I operate at L7 today: I set a lending strategy that three partner boards adopted, and it cut "
    "licence spend by £3.7M a year.",
    # a plan for next year, a routine plan, a plan the writer did not write
    "I wrote the plan for next year, which the board adopted in March.",
    "I wrote the annual plan, which the board approved in March.",
    "The board adopted the three-year strategy my director wrote, and I ran its first pilot.",
    # a plan written and never adopted
    "I wrote the three-year parking strategy and presented it to the council in March.",
])
def test_no_start_read_from_a_plan_not_written_and_adopted(first: str) -> None:
    listed, nothing = _initiated(_draft(first))
    assert listed == ()
    assert nothing


@pytest.mark.parametrize("words, expected", [
    ("i wrote the three-year voucher strategy that the department adopted in march", True),
    ("wrote and won trustee approval for a three-year fundraising strategy", True),
    ("i wrote and got the executive team to adopt a three-year plan", True),
    ("i then set the five-year plan , and the board approved it", True),
    ("the director wrote the strategy that the board adopted", False),
    ("i wrote the test plan and ran it with the data scientist", False),
    ("i wrote the spec , and the board adopted the plan", False),
    ("i set the plan for next year , adopted in march", False),
])
def test_plan_adopted_words(words: str, expected: bool) -> None:
    tokens = words.split()
    subject = "i"
    assert plan_adopted(tokens, subject, RUBRIC) is expected
