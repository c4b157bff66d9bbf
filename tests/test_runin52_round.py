"""The bold run-in lessons label round (docs/accuracy.md, "A misstep told under a bold lessons label").
Text in our own words.

A section opened by a bold run-in label whose whole text is one of ``kinds.misstep_headings``
("**What I would do differently.** I ...", "**What went wrong?** I ...", "**Lessons:**" on the
paragraph's first line) is read as the "## What I would do differently" heading is: a past deed of the
writer's told there is a lesson, not a claim to measure. A label that names a story's part
("**Result.**", "**Before.**") or a product ("**Lessons app**") changes nothing, and a measured result or
a hedged deed told after the label stays a claim."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from test_lessons51_round import MISSTEPS, RESULT, SCOPE  # the same draft, told after a bold label

LABELS = ["**What I would do differently.** ", "**What went wrong?** ", "**Lessons:** ", "**Mistakes**\n",
          "__What I learned.__ ", "**Lessons:**\n"]


def _item(text: str, start: str):
    report = analyze(text)
    return report, next(i for i in report.items if start in i.text)


def _not_ready(report, item) -> list[str]:
    return [f.rule for f in report.findings if getattr(f, "item", None) == item.id and "Not ready" in f.message]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("told", MISSTEPS)
def test_a_misstep_after_a_bold_lessons_label_is_a_lesson(label: str, told: str) -> None:
    report, item = _item(SCOPE + RESULT + "## Stores\n\n" + label + told + "\n", told[:30])
    assert item.kind == "lesson", (label, told)
    assert _not_ready(report, item) == [], (label, told)


@pytest.mark.parametrize("label", ["**Result.** ", "**Before.** ", "**Lessons app.** ", "**Swimming lessons.** ",
                                   "**What I did.** ", ""])
@pytest.mark.parametrize("told", MISSTEPS)
def test_another_bold_label_changes_nothing(label: str, told: str) -> None:
    report, item = _item(SCOPE + RESULT + "## Stores\n\n" + label + told + "\n", told[:30])
    assert item.kind != "lesson", (label, told)
    if label != "**Before.** ":  # a setting label: "... I did not ask for a trial" read as the setting, as before
        assert item.kind == "claim" and _not_ready(report, item), (label, told)


def test_a_measured_result_after_the_label_stays_a_claim() -> None:
    told = ("I moved the loyalty discount to the first visit after seeing who never came back, and shoppers' "
            "second visits rose 12% in a quarter.")
    _, item = _item(SCOPE + RESULT + "## Stores\n\n**What I learned.** " + told + "\n", told[:30])
    assert item.kind == "claim"
    assert item.signals.business_outcome and item.signals.metric


def test_a_hedged_deed_after_the_label_stays_a_claim() -> None:
    told = "I think I probably launched the bulb sale too early, though I did learn a lot about our stock."
    _, item = _item(SCOPE + RESULT + "## Stores\n\n**Mistakes.** " + told + "\n", told[:30])
    assert item.kind == "claim" and item.signals.hedge


def test_a_label_in_the_paragraph_before_does_not_reach_the_next() -> None:
    told = MISSTEPS[1]
    _, item = _item(SCOPE + RESULT + "## Stores\n\n**Mistakes.** I trust the stores now.\n\n" + told + "\n",
                    told[:30])
    assert item.kind == "claim"


def test_a_second_label_in_the_paragraph_ends_the_lessons_label() -> None:
    told = MISSTEPS[1]
    text = SCOPE + RESULT + "## Stores\n\n**Lessons.** Ask the stores first.\n**Result.** " + told + "\n"
    _, item = _item(text, told[:30])
    assert item.kind == "claim"


def test_a_stop_told_after_the_label_is_still_a_stop() -> None:
    told = ("I ran the seed-swap trial our buyer designed, in three centres. Sales did not move in eight weeks, "
            "so I ended it early and moved the budget to delivery.")
    report, item = _item(SCOPE + RESULT + "## Stores\n\n**What did not work.** " + told + "\n", told[:30])
    assert item.kind == "lesson" and tuple(report.reading.stopped_items) == (item.id,)
