"""A story told in labelled parts ("Situation:", "Task:", "Action:", "Result:") is read whole: the
parts that set it up are context, and the action and the result told in separate paragraphs are one
item (text/structure.py, join_story_parts; profile `story_part_labels`, `kinds.context_openers`)."""

from __future__ import annotations

from packetcoach import Session, analyze

STAR = """# Year

## Faster refunds

**Situation:** Refunds took 9 days on average because we waited for the warehouse scan.

**Task:** I owned the refund experience and was asked to halve refund contacts.

**Action:** I made the case to refund at the first carrier scan for customers with a good history.

**Result:** Refund contacts from customers fell from 12,000 to 4,500 a month.
"""


def test_the_parts_of_a_star_story_are_one_ready_item_and_its_setting_is_context() -> None:
    report = analyze(STAR, level="L5")
    kinds = [(item.kind, item.ready) for item in report.items]
    assert kinds == [("context", False), ("context", False), ("claim", True)], kinds
    assert not [f for f in report.findings if f.name == "item-not-ready"]


def test_titled_stories_are_not_parts_of_one_story() -> None:
    text = ("# Year\n\n**Refunds at first scan.** I made the case to refund at the first carrier scan.\n\n"
            "**Label-free returns.** Return contacts from customers fell from 12,000 to 4,500 a month.\n")
    assert len([i for i in analyze(text).items if i.kind == "claim"]) == 2


def test_parts_apart_are_not_joined() -> None:
    text = STAR.replace("**Result:**", "Something else happened in between.\n\n**Result:**")
    items = analyze(text, level="L5").items
    assert not any(item.ready and "Refund contacts" in item.text and "made the case" in item.text for item in items)


def test_a_session_reads_star_parts_as_a_fresh_analysis_does() -> None:
    session = Session(level="L5")
    session.analyze(STAR)
    edited = STAR.replace("12,000 to 4,500", "12,000 to 4,000")
    assert session.analyze(edited).items == analyze(edited, level="L5").items
    split = edited.replace("**Action:**", "Meanwhile the team moved desks.\n\n**Action:**")
    assert session.analyze(split).items == analyze(split, level="L5").items


def test_a_labelled_setting_is_context_under_a_results_heading_too() -> None:
    text = STAR.replace("## Faster refunds", "## What changed for customers")
    assert [item.kind for item in analyze(text, level="L5").items][:2] == ["context", "context"]


PLAIN = """# Year

## Curbside pickup

Situation: Shoppers waited 25 minutes at the curb because staff could not see who had arrived.

What I did: I chose an arrival button in the app over the geofence the store team wanted, and convinced the store leads to staff it.

Result: Curb wait for shoppers fell from 25 to 6 minutes, and pickup orders rose 14%.
"""


def test_plain_labels_with_a_colon_join_a_story_as_bold_ones_do() -> None:
    report = analyze(PLAIN, level="L5")
    kinds = [(item.kind, item.ready) for item in report.items]
    assert kinds == [("context", False), ("claim", True)], kinds
    bold = PLAIN.replace("Situation:", "**Situation:**").replace("What I did:", "**What I did:**").replace(
        "Result:", "**Result:**")
    assert [(i.kind, i.ready) for i in analyze(bold, level="L5").items] == kinds


def test_plain_labels_that_name_no_story_part_stay_apart() -> None:
    text = ("# Year\n\nQ1: I chose an arrival button in the app over the geofence.\n\n"
            "Q2: Curb wait for shoppers fell from 25 to 6 minutes.\n")
    items = analyze(text, level="L5").items
    assert not any("arrival button" in item.text and "Curb wait" in item.text for item in items)
    lone = "# Year\n\nResult: Curb wait for shoppers fell from 25 to 6 minutes.\n\nI chose the button.\n"
    assert len(analyze(lone, level="L5").items) == 2


def test_a_session_reads_plain_star_parts_as_a_fresh_analysis_does() -> None:
    session = Session(level="L5")
    session.analyze(PLAIN)
    edited = PLAIN.replace("Result:", "Outcome:")
    assert session.analyze(edited).items == analyze(edited, level="L5").items
