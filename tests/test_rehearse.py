"""Rehearsal questions: aimed at this draft's weak points, tied to items, never a fixed list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packetcoach.api import analyze
from packetcoach.coach.rehearse import DOCUMENT_KINDS, rehearse
from packetcoach.coach.wording import rehearsal_data

WEAK = "examples/weak-engineer-voice.md"
STRONG = "examples/strong-pm-voice.md"


def _questions(path: str):
    text = Path(path).read_text(encoding="utf-8")
    report = analyze(text, source=path)
    return report, rehearse(report)


def test_a_strong_draft_gets_fewer_and_different_questions() -> None:
    _, weak = _questions(WEAK)
    _, strong = _questions(STRONG)
    assert len(strong) < len(weak)
    weak_kinds, strong_kinds = {q.kind for q in weak}, {q.kind for q in strong}
    assert weak_kinds != strong_kinds
    assert {"engineering-verb", "level"} <= weak_kinds
    assert not {"engineering-verb", "level", "said-no", "conflict"} & strong_kinds
    assert [q.text for q in weak] != [q.text for q in strong]


@pytest.mark.parametrize("path", [WEAK, STRONG, "examples/mixed.md"])
def test_each_question_is_tied_to_an_item_and_ordered_by_weakness(path: str) -> None:
    report, questions = _questions(path)
    limits = rehearsal_data()["limits"]
    assert 0 < len(questions) <= limits["total"]
    weights = [q.weight for q in questions]
    assert weights == sorted(weights, reverse=True)
    text = report.document.text
    for question in questions:
        item = report.item(question.item)
        assert item is not None
        quote = question.quote.rstrip("…")
        assert " ".join(item.text.replace("*", "").split()).startswith(quote)
        assert question.why and question.text.endswith(("?", ".")) and "{" not in question.text
        assert "SPEC" not in question.why and "SPEC" not in question.text  # no internal references
        assert '""' not in question.text
    item_level = [q.item for q in questions if q.kind not in DOCUMENT_KINDS]
    assert len(item_level) == len(set(item_level)), "one item-level question per item"


def test_questions_follow_the_weaknesses_found() -> None:
    draft = ("# Self-assessment\n\n"
             "- Implemented a read-through cache, which reduced p99 latency from 480ms to 190ms.\n"
             "- Held 11 stakeholder meetings with the Transportation and Checkout teams.\n"
             "- We raised checkout conversion for Prime members from 2.1% to 2.6%.\n")
    report = analyze(draft)
    by_kind = {q.kind: q for q in rehearse(report)}
    assert by_kind["customer-noticed"].item == report.items[0].id
    assert "p99 latency from 480ms to 190ms" in by_kind["customer-noticed"].text
    # the meetings are the claim the evidence question presses (an evidence gap): asked once, there
    effort = by_kind.get("activity-decision") or by_kind["missing-evidence"]
    assert effort.item == report.items[1].id
    assert "Held 11 stakeholder meetings" in effort.text
    assert [q.item for q in rehearse(report)].count(report.items[1].id) == 1
    assert by_kind["own-part"].item == report.items[2].id
    assert {"conflict", "said-no", "level"} <= set(by_kind)


def test_a_draft_that_answers_the_document_questions_is_not_asked_them() -> None:
    draft = ("I already operate at L6: I convinced three teams to drop the legacy checkout, raising "
             "conversion for Prime members from 2.1% to 2.6% across every marketplace.\n\n"
             "- Killed the custom report builder after usage data showed 91% of sellers used the same "
             "three reports, and moved the engineers to invoicing.\n"
             "- Disagreed with my director on the launch date and held out for a staged launch, which "
             "protected renewals for 2,300 enterprise customers.\n")
    kinds = {q.kind for q in rehearse(analyze(draft))}
    assert "said-no" not in kinds and "conflict" not in kinds


WHOLE_QUOTE_CASES = [
    "- Our scheduling service ran on about 4,000 servers, and I moved 1,200 of them to spot capacity.\n",
    "- Reduced on-call pages for the billing team from 40 to 12 a week by retiring two alarms.\n",
    "- Wrote a 20-page research report on checkout for the payments team.\n",
]


@pytest.mark.parametrize("draft", WHOLE_QUOTE_CASES)
def test_quotes_are_whole_phrases_and_counts_are_not_asked_about(draft: str) -> None:
    for question in rehearse(analyze(draft)):
        for quoted in re.findall(r"\"([^\"]+)\"", question.text):
            body = quoted.rstrip("…").rstrip()
            assert not re.search(r"\d$", body) or body.split()[-1] == quoted.split()[-1], quoted
            assert body.split()[-1].lower() not in {"the", "a", "of", "from", "to", "by", "about"}, quoted
        if question.kind == "customer-noticed":
            assert "20-page" not in question.text


def _first(path: str, level: str, doc_type: str):
    text = (Path("tests/data/coach/drafts") / path).read_text(encoding="utf-8")
    return rehearse(analyze(text, level=level, doc_type=doc_type))[0]


def test_the_question_that_hurts_this_draft_most_comes_first() -> None:
    assert _first("d07.md", "L5", "self-assessment").kind == "customer-noticed"  # technical results
    assert _first("d04.md", "L6", "self-assessment").kind == "missing-evidence"  # no measured outcome
    assert _first("d10.md", "L7", "promotion").kind == "own-part"  # decisions told as "we"
    assert _first("d01.md", "L5", "self-assessment").kind == "attribution"  # ready: test the strongest claim


def test_cli_formats(cli) -> None:
    terminal = cli("rehearse", WEAK, "--color", "never")
    assert terminal.code == 0, terminal.err
    assert "questions a skeptical director would ask" in terminal.out and "1. " in terminal.out
    payload = cli("rehearse", STRONG, "--format", "json").json()
    assert payload["schema"] == "packetcoach.rehearse/1"
    assert [q["n"] for q in payload["questions"]] == list(range(1, len(payload["questions"]) + 1))
    assert {"kind", "item", "line", "quote", "question", "why", "focus"} <= set(payload["questions"][0])
    markdown = cli("rehearse", WEAK, "--format", "markdown").out
    assert markdown.startswith("# packetcoach rehearsal: ") and "Why:" in markdown


def test_cli_errors(cli, tmp_path) -> None:
    result = cli("rehearse", str(tmp_path / "nope.md"))
    assert result.code == 2 and result.err.count("\n") == 1
    result = cli("rehearse", WEAK, "--save", str(tmp_path / "a.json"))
    assert result.code == 2 and "only works with --drill" in result.err


ONE_BIG_RESULT = """# Promotion to Principal PM (L7)

I already operate at L7: I set a two-year trust strategy that nine teams build against, and it cut
buyer fraud losses from $41M to $17M a year.

## The bet

I wrote the strategy that replaced nine separate rule sets with one shared risk score.

## What I said no to

I turned down the request from Payments leadership to block all new sellers from high-risk regions.
"""


def test_the_evidence_question_is_never_aimed_at_a_result_that_has_its_before_and_after() -> None:
    report = analyze(ONE_BIG_RESULT, level="L7")
    assert report.verdict.gap == "evidence"
    asked = [q for q in rehearse(report) if q.kind == "missing-evidence"]
    aimed = report.item(asked[0].item)
    assert not any(m.detail == "range" for m in aimed.metrics), asked[0]
