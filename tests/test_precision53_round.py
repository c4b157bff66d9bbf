"""The precision round on the findings of the sixty-third and sixty-fourth blind sets (docs/accuracy.md,
"Precision of the findings on the sixty-third and sixty-fourth blind sets"). Text in our own words.

A past deed told under a heading that names the one misstep or failed bet the draft owns ("## The
bet that failed", "## A mistake I own", "## Where I was wrong": the profile's `kinds.lesson_headings`
and `kinds.misstep_headings`) is the misstep the section reflects on, a lesson, so it is not judged
as evidence offered for the room (PC101, PC104, PC112); a measured result told there stays a claim, and the
same sentence under a story's heading fires as before.

An acronym whose words the reader met before it as one hyphenated word ("an augmented-reality tour ...
the AR tour", "heart-rate variability ... HRV") is spelled out (no PC111); two letters are taken only
from one hyphenated word whose parts are long words, so "check-in ... 95% CI" still fires.

An engineering verb whose object ends in an email people read ("designed a renewal reminder email",
the profile's `verbs.non_technical_heads.design`) is no engineering work (no PC102); "designed the
email delivery service" still is.

The writing of the draft itself, told as the level it is written at ("I am writing this at L6.") or as
another person's case written beside it ("... and I have written her case."), is a note on the
draft (the profile's `kinds.pronoun_notes`), context, not effort (no PC104); writing done as the
year's work still is, and the ask told with its hedged claim keeps its hedge (PC108).
"""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own memberships for a chain of 30 climbing gyms with 48,000 members.\n\n"

MISSTEP = ("I had read the industry studies on gym pricing, and I set them aside because our own trial had "
           "gone well; the trial had run only at our busiest gym.")
STORY = "In March I raised the annual price by 15%. " + MISSTEP + " Renewals fell by a fifth."


def _found(text: str, rule: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in analyze(text).findings if f.rule == rule]


def _kind(text: str, start: str) -> str:
    return next(item.kind for item in analyze(text).items if item.text.startswith(start))


def _section(heading: str, body: str) -> str:
    return (SCOPE + "## Off-peak pricing\n\n"
            "I cut the off-peak price by a third, and weekday morning visits rose from 900 to 1,600 a week.\n\n"
            f"## {heading}\n\n{body}\n")


def _not_ready(text: str, start: str) -> bool:
    return any(f.rule == "PC101" and text[f.span.start:f.span.end].startswith(start) for f in analyze(text).findings)


@pytest.mark.parametrize("heading", ["The bet that failed", "A mistake I own", "Where I was wrong",
                                     "3. A miss I own", "The launch that went wrong"])
def test_a_misstep_under_its_own_heading_is_a_lesson(heading: str) -> None:
    text = _section(heading, STORY)
    assert _kind(text, MISSTEP[:20]) == "lesson", heading
    assert not _not_ready(text, MISSTEP[:20]), heading


def test_the_same_misstep_under_a_story_heading_is_still_judged() -> None:
    text = _section("Renewals", STORY)
    assert _kind(text, MISSTEP[:20]) == "claim"
    assert _not_ready(text, MISSTEP[:20])


def test_a_measured_result_under_a_misstep_heading_stays_a_claim() -> None:
    result = "After that I priced the family plan myself, and family renewals rose from 52% to 71% in a quarter."
    text = _section("A mistake I own", STORY + "\n\n" + result)
    assert _kind(text, result[:20]) == "claim"


@pytest.mark.parametrize("told,acronym", [
    ("I launched an augmented-reality tour of the bouldering walls for new members.", "AR"),
    ("I added heart-rate variability to the coaching app's recovery score.", "HRV"),
    ("I moved route updates to over-the-air pushes for the wall sensors.", "OTA"),
])
def test_an_acronym_spelled_before_as_one_hyphenated_word_is_no_finding(told: str, acronym: str) -> None:
    text = SCOPE + f"- {told}\n- Members used the {acronym} feature 12,000 times in its first month.\n"
    assert acronym not in _found(text, "PC111")


@pytest.mark.parametrize("told,acronym", [
    # nothing spells it
    ("I launched a tour of the bouldering walls for new members.", "AR"),
    # a hyphenated word with a short part is no spelling of two letters
    ("I moved the check-in desks to the street door.", "CI"),
])
def test_an_acronym_not_spelled_before_still_fires(told: str, acronym: str) -> None:
    text = SCOPE + f"- {told}\n- Members used the {acronym} feature 12,000 times in its first month.\n"
    assert acronym in _found(text, "PC111")


def test_a_designed_email_is_no_engineering_verb() -> None:
    text = SCOPE + ("- Designed a new renewal reminder email with the member's visit count, and lapsed "
                    "renewals fell from 18% to 11%.\n")
    assert _found(text, "PC102") == []


def test_a_designed_email_service_is_still_engineering() -> None:
    text = SCOPE + ("- Designed the email delivery service for renewal reminders, and lapsed renewals fell "
                    "from 18% to 11%.\n")
    assert _found(text, "PC102") != []


@pytest.mark.parametrize("note", ["I am writing this at L6.", "Dana is ready for L5 too, and I have written her case."])
def test_the_writing_of_the_draft_itself_is_no_effort(note: str) -> None:
    text = SCOPE + note + "\n"
    assert _found(text, "PC104") == []
    assert _kind(text, note[:12]) == "context"


@pytest.mark.parametrize("deed", ["I am writing the pricing guide for the front desks.",
                                  "I have written the pricing guide for the front desks."])
def test_writing_done_as_the_years_work_is_still_effort(deed: str) -> None:
    assert _found(SCOPE + deed + "\n", "PC104") != []


def test_the_ask_with_its_hedged_claim_keeps_its_hedge() -> None:
    text = SCOPE + ("I am writing to ask you to consider me for promotion to L6, and I believe that this year I "
                    "have begun to work at that level.\n")
    assert "I believe" in _found(text, "PC108")
