"""The lessons round (docs/accuracy.md, "A misstep told under a lessons heading"). Text in our own words.

A past deed of the writer's told under a heading whose whole text names what the writer would change
or learned ("## What I would do differently", "## What I learned", "## Lessons", "## Mistakes",
`kinds.misstep_headings`) is the misstep the section reflects on, the first half of a lesson the next
sentence finishes: a lesson, so the writer is not told to measure it (no "Not ready for the room").
A measured business result told there stays a claim, and so does a hedged deed; the same misstep under
any other heading is judged as before, and a heading that only holds the word ("2. Swimming lessons",
the product's lessons) is not matched."""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own bookings for a chain of 9 garden centres with 40,000 loyalty members.\n\n"
RESULT = ("## Delivery\n\nI moved plant delivery to two-hour slots after reading 200 complaints, and "
          "late deliveries fell from 18% to 6% by June.\n\n")

MISSTEPS = [
    "I opened the second warehouse before its pickers were trained, and orders there ran late for a month.",
    "I launched the winter bulb sale without asking the stores how much stock they had.",
    "I approved the new till software because the vendor had a good record; I did not ask for a trial.",
]
HEADINGS = ["What I would do differently", "What I'd do differently", "What I learned", "Lessons",
            "Mistakes", "What went wrong", "What did not work"]


def _item(text: str, start: str):
    report = analyze(text)
    return report, next(i for i in report.items if i.text.startswith(start))


def _not_ready(report, item) -> list[str]:
    return [f.rule for f in report.findings if getattr(f, "item", None) == item.id and "Not ready" in f.message]


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("told", MISSTEPS)
def test_a_misstep_under_a_lessons_heading_is_a_lesson(heading: str, told: str) -> None:
    report, item = _item(SCOPE + RESULT + f"## {heading}\n\n{told}\n", told[:30])
    assert item.kind == "lesson", (heading, told)
    assert _not_ready(report, item) == [], (heading, told)


@pytest.mark.parametrize("heading", ["What I would do differently", "Lessons"])
def test_numbered_and_marked_headings_are_read_whole(heading: str) -> None:
    for form in (f"## 3. {heading}\n\n", f"## {heading}:\n\n"):
        _, item = _item(SCOPE + RESULT + form + MISSTEPS[0] + "\n", MISSTEPS[0][:30])
        assert item.kind == "lesson", form


@pytest.mark.parametrize("told", MISSTEPS)
def test_the_same_misstep_elsewhere_is_still_a_claim(told: str) -> None:
    report, item = _item(SCOPE + RESULT + f"## Stores\n\n{told}\n", told[:30])
    assert item.kind == "claim", told
    assert _not_ready(report, item), told


def test_a_measured_result_under_a_lessons_heading_stays_a_claim() -> None:
    told = ("I moved the loyalty discount to the first visit after seeing who never came back, and shoppers' "
            "second visits rose 12% in a quarter.")
    report, item = _item(SCOPE + RESULT + f"## What I learned\n\n{told}\n", told[:30])
    assert item.kind == "claim"
    assert item.signals.business_outcome and item.signals.metric


def test_a_hedged_deed_under_a_lessons_heading_stays_a_claim() -> None:
    told = "I think I probably launched the bulb sale too early, though I did learn a lot about our stock."
    _, item = _item(SCOPE + RESULT + f"## What I would do differently\n\n{told}\n", told[:30])
    assert item.kind == "claim" and item.signals.hedge


@pytest.mark.parametrize("heading", ["2. Swimming lessons", "Stopping what did not work", "Lessons for new gardeners"])
def test_a_heading_that_only_holds_the_words_is_not_matched(heading: str) -> None:
    told = "I launched the winter bulb sale without asking the stores how much stock they had."
    _, item = _item(SCOPE + RESULT + f"## {heading}\n\n{told}\n", told[:30])
    assert item.kind == "claim", heading


def test_a_lessons_heading_still_makes_a_plain_lesson() -> None:
    told = "Bring the store managers in before a sale is priced, not after."
    _, item = _item(SCOPE + RESULT + f"## Lessons\n\n{told}\n", told[:30])
    assert item.kind == "lesson"


def test_a_stop_told_under_a_lessons_heading_is_still_a_stop() -> None:
    told = ("I ran the seed-swap trial our buyer designed, in three centres. Sales did not move in eight weeks, "
            "so I ended it early and moved the budget to delivery.")
    report, item = _item(SCOPE + RESULT + f"## What did not work\n\n{told}\n", told[:30])
    assert item.kind == "lesson" and tuple(report.reading.stopped_items) == (item.id,)


def test_a_lesson_drawn_under_the_heading_joins_no_list() -> None:
    told = "I also learned to let go of the till code and leave it to the engineers."
    report, item = _item(SCOPE + RESULT + f"## What I learned\n\n{told}\n", told[:30])
    assert item.kind == "lesson" and item.id not in report.reading.stopped_items
