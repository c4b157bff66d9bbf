"""Reading new drafts as a coach would, a thirty-sixth round: the rehearsal's level question gives
a reason that never denies what the room's reading of the same draft shows."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze
from packetcoach.coach.rehearse import rehearse

NOTHING = """# Self-assessment

- Held 12 interviews with bakery owners about how they order flour.
- Wrote four PRDs for the ordering app.
- Cut the reorder form from nine fields to three, and repeat orders from bakery owners rose from 40% to 55%.
"""

UNREADY = """# Promotion document

## Why L6

I convinced the finance director and three partner teams to pay florists the day after each delivery.
I pitched same-day payouts to the VP of operations, and four teams changed their roadmaps for it.

## Receipts

- Cut the reorder form from nine fields to three, and repeat orders from florists rose from 40% to 55%.
"""

THIN = """# Promotion document

## Why L6

- Convinced the finance director and three partner teams to pay florists the day after each delivery, and repeat orders from florists rose from 40% to 55%.
- Held 12 interviews with florists about how they order.
"""


def _scope_reason(text: str) -> tuple[str, dict]:
    report = analyze(text, level="L6", doc_type="promotion")
    reasons = [q.why for q in rehearse(report) if q.kind == "scope"]
    assert len(reasons) == 1
    return reasons[0], report.reading.level_evidence["L6"]


def test_nothing_shown_keeps_the_plain_reason() -> None:
    why, evidence = _scope_reason(NOTHING)
    assert not evidence["scope"] and not evidence["influence"]
    assert why.startswith("Nothing shows scope or influence at L6")


def test_scope_and_influence_only_in_stories_not_ready_are_named_as_such() -> None:
    why, evidence = _scope_reason(UNREADY)
    assert evidence["scope"] and evidence["influence"]
    assert not why.startswith("Nothing")
    assert "scope and influence at L6" in why and "cannot credit yet" in why


def test_shown_on_a_ready_story_the_reason_names_what_the_bar_still_asks_for() -> None:
    why, evidence = _scope_reason(THIN)
    assert evidence["influence"] and not evidence["ambiguity"]
    assert why.startswith("The L6 bar asks for direction under ambiguity beside the scope and influence")


@pytest.mark.parametrize("path", ["examples/weak-engineer-voice.md", "examples/mixed.md",
                                  "examples/strong-pm-voice.md"])
def test_the_reason_says_nothing_only_when_the_reading_found_nothing(path: str) -> None:
    from pathlib import Path
    for level in ("L5", "L6", "L7"):
        report = analyze(Path(path).read_text(encoding="utf-8"), level=level, doc_type="promotion")
        evidence = report.reading.level_evidence.get(level, {})
        for question in rehearse(report):
            if question.kind == "scope":
                assert question.why.startswith("Nothing") == (not evidence.get("scope") and not evidence.get("influence"))


# Effort that names the people it served is never engineering work, whatever technical word it holds
# in its everyday sense ("hosts", "servers" at a restaurant, the "findings" of interviews).

from packetcoach.analysis.stories import is_engineering_work  # noqa: E402
from packetcoach.coach.rewrite import rewrite_report  # noqa: E402

PEOPLE = [
    "Ran 25 interviews with guest-house hosts across the valley.",
    "Held 16 interviews with servers and cooks at nine cafes to see how they take orders at lunch.",
    "Interviewed 30 allotment holders about watering rotas and wrote up the findings for the team.",
]
SYSTEMS = [
    "Reviewed 180 pull requests for the platform team.",
    "Wrote runbooks for the top 10 alerts.",
]


def _claims(bullets: list[str]):
    text = "# Self-assessment\n\n" + "".join(f"- {b}\n" for b in bullets)
    report = analyze(text, level="L6")
    return report, [i for i in report.items if i.kind == "claim"]


def test_effort_with_people_served_is_not_engineering_work() -> None:
    report, items = _claims(PEOPLE)
    assert len(items) == len(PEOPLE)
    for item in items:
        assert item.signals.customer and item.signals.activity_only
        assert not is_engineering_work(item), item.text
    assert not [e for e in rewrite_report(report).items if e.edit == "cut"]


def test_engineering_effort_counted_in_technical_terms_still_is() -> None:
    report, items = _claims(SYSTEMS)
    assert len(items) == len(SYSTEMS)
    for item in items:
        assert is_engineering_work(item), item.text
    assert {e.item.id for e in rewrite_report(report).items if e.edit == "cut"} == {i.id for i in items}


# Effort taken up by a leader is a decision that changed, never effort only.

TAKEN_UP = [
    "I presented the pricing memo to our VP in May, and it became the plan for all three regions.",
    "Wrote the returns section of the two-year plan, and the board adopted it in June.",
]
EFFORT = [
    "I presented the pricing memo to our VP in May.",
    "Wrote the onboarding guide for new hires, and the support team adopted it.",
    "The board adopted the two-year plan, and I wrote the FAQ for it.",
]


@pytest.mark.parametrize("text", TAKEN_UP)
def test_effort_a_leader_took_up_is_not_effort_only(text: str) -> None:
    _, items = _claims([text])
    assert len(items) == 1 and not items[0].signals.activity_only


@pytest.mark.parametrize("text", EFFORT)
def test_effort_with_no_leader_taking_it_up_after_it_stays_effort(text: str) -> None:
    _, items = _claims([text])
    assert len(items) == 1 and items[0].signals.activity_only


# The document's ask alone in its sentence is a framing sentence, context; with its reason or its
# result in the same sentence it stays the claim it is.

ASK_AFTER = "\n\n## Receipts\n\n- Cut refund time for 40,000 shoppers from 9 days to 2 by convincing finance to pay at drop-off.\n"


def _first_kind(sentence: str) -> str:
    report = analyze("# Promotion document\n\n## Why L6\n\n" + sentence + ASK_AFTER, level="L6", doc_type="promotion")
    return report.items[0].kind


@pytest.mark.parametrize("sentence", ["I am asking for promotion to L6.",
                                      "I am asking to be considered for Senior Product Manager (L6)."])
def test_the_bare_ask_is_context(sentence: str) -> None:
    assert _first_kind(sentence) == "context"


@pytest.mark.parametrize("sentence", [
    "I am asking you to promote me to L7 because I set the direction for passenger screening.",
    "I am asking for promotion to L6 on one result above all: I cut refunds for shoppers from 9 days to 2.",
    "I am asking for promotion to L6. Here is why.",
])
def test_an_ask_with_its_reason_or_result_stays_a_claim(sentence: str) -> None:
    assert _first_kind(sentence) == "claim"
