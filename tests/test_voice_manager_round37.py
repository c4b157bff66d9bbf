"""A manager's document about a candidate, hard-wrapped (voice37 round): the name or pronoun at a
line's end before its verb on the next line still tells of the candidate, and the retell of a
manager's document keeps the manager's "we", "us" and "our"."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from packetcoach.coach.sentences import suggested_retell
from packetcoach.core.model import Voice
from packetcoach.profile.compile import rubric_for
from packetcoach.text.voice import DraftVoice, draft_voice

RUBRIC = rubric_for("amazon-pm")

# Wrapped at a fixed width: three of the candidate's sentences break between the name or "she"
# and the verb, and the "Other work" bullets and the manager's "I think" count as the writer's acts.
WRAPPED = """# Nomination: Olga Brandt, Senior Product Manager

## Summary

Olga runs the returns portal that 14 regional warehouses use to process refunds. When she took
it over, each warehouse kept its own spreadsheet of return reasons.

## Impact

**One list of return reasons.** Olga found that 40% of refunds waited on a manual check. She
proposed one shared list of reasons and convinced the two largest warehouses to adopt it first.
Refund waits for shoppers fell from 6 days to 2.

**A label in the box.** Shoppers told her that printing a label was the hardest step. Olga
added a prepaid label to every parcel, and returns started online rose from 52% to 81%. She
stopped the kiosk pilot after 3% of shoppers used it. The warehouse leads asked for more. Olga
said no and moved the team to the label work.

**Fewer lost parcels.** Olga mapped every hand-off between the warehouses and the carriers. She
moved the scans to the dock door, and lost parcels fell from 1.2% to 0.4%. Olga
wrote the carrier guide herself. She
trained the four carrier leads on it in a week.

## Other work

- Attended the weekly operations review.
- Supported the peak-season on-call rotation.
- Mentored a new PM.

## Growth

I think Olga could delegate more of the day-to-day questions to her engineers.
"""

# The same deeds told by the writer, wrapped the same way: a colleague's "She" at a line's end
# must not make it a manager's document.
FIRST_PERSON = """# Self-assessment

## Impact

I found that 40% of refunds waited on a manual check. Our ops lead doubted it. She
asked for a second sample, and I pulled 300 more refunds. I proposed one shared list of reasons
and convinced the two largest warehouses to adopt it first. Refund waits fell from 6 days to 2.

Shoppers told me that printing a label was the hardest step. I
added a prepaid label to every parcel, and returns started online rose from 52% to 81%. I
stopped the kiosk pilot after 3% of shoppers used it. Our director asked why. She
agreed once she saw the numbers.

- Attended the weekly operations review.
- Mentored a new PM.
"""


def test_a_wrapped_manager_s_document_is_read_as_the_candidate_s() -> None:
    assert draft_voice(WRAPPED, RUBRIC) == Voice("she", ("Olga Brandt", "Olga"))


def test_the_same_document_unwrapped_is_read_the_same() -> None:
    unwrapped = "\n\n".join(" ".join(p.split("\n")) if not p.startswith(("#", "-")) else p
                            for p in WRAPPED.split("\n\n"))
    assert draft_voice(unwrapped, RUBRIC) == draft_voice(WRAPPED, RUBRIC)


@pytest.mark.parametrize("text", [
    FIRST_PERSON,
    # "I" at a line's end counts as the writer's act as "She" at one counts for the candidate
    "She told us the form was too long. I\ncut it. She said it helped. I\nmeasured it. She agreed.\n"
    "I\nshipped it. He asked why. I\nstopped the coupons.\n",
])
def test_a_wrapped_first_person_draft_stays_first_person(text: str) -> None:
    assert draft_voice(text, RUBRIC) is None


def test_a_line_break_is_a_space_but_a_blank_line_is_not() -> None:
    # the pronoun closes one paragraph and the next opens in lower case: no sentence is told of her
    told = "She\n\nwas not there. " * 2
    assert draft_voice(told, RUBRIC) is None


def test_a_session_reads_a_wrapped_draft_as_the_whole_draft() -> None:
    voices = DraftVoice(RUBRIC)
    for text in (WRAPPED, WRAPPED.replace("Olga\nadded", "Olga\nput"), FIRST_PERSON, WRAPPED):
        assert voices.read(text) == draft_voice(text, RUBRIC)


MANAGER_US = """# Nomination: Sam Reyes, Product Manager (L6)

Sam owns the billing app for 9,000 dental clinics. Sam moved us off the invoice vendor after
finding that 7% of our invoices to clinics were never delivered; delivery rose from 93% to 99.4%
and the move saved $140K a year.

Sam stopped the fax reminders after 2% of clinics read them. Sam hired two PMs and coached both.
Sam convinced finance to drop the setup fee, and new clinics rose from 40 to 65 a month.
"""


def test_the_retell_of_a_manager_s_document_keeps_the_manager_s_we() -> None:
    report = analyze(MANAGER_US, level="L6", doc_type="promotion")
    assert report.document.voice is not None
    retold = suggested_retell(report)
    assert retold is not None and "them off" not in retold and "their invoices" not in retold, retold


def test_the_retell_of_a_first_person_draft_still_says_they() -> None:
    mine = MANAGER_US.replace("Sam owns", "I own").replace("Sam moved us", "I moved us") \
        .replace("Sam stopped", "I stopped").replace("Sam hired", "I hired").replace("Sam convinced", "I convinced")
    report = analyze(mine, level="L6", doc_type="promotion")
    assert report.document.voice is None
    retold = suggested_retell(report)
    assert retold is not None and "they moved us off" in retold, retold  # the writer's "I" is "they"
    # the company's invoices are the manager's too (coach round 41), and so is the company moved
    # off the vendor as the object, "us" (coach round 48)
    assert "of our invoices" in retold, retold


TIME_FIRST = """In Q1 Dana convinced the VP to drop the listing fee for small sellers; seller churn fell from 9% to 6%.

In March 2024, Dana stopped the coupon builder after 2% of sellers used it.

By early 2025 Dana hired two PMs and coached both to run their own launches.
"""


def test_a_name_after_a_time_named_opens_the_sentence() -> None:
    assert draft_voice(TIME_FIRST, RUBRIC) == Voice(None, ("Dana",))


@pytest.mark.parametrize("text", [
    # the writer's own deeds after a time named, a colleague's beside them
    "In Q1 I convinced the VP to drop the fee. In March Dana joined the team. In May I stopped the coupons. "
    "In June Dana asked for the data. By July I had hired two PMs.",
    # a month or a word after "In" that is no time: no name follows it as the subject
    "In Payments the fee fell. In March the coupons stopped. In Q2 the churn fell from 9% to 6%.",
])
def test_a_time_named_before_someone_else_leaves_a_first_person_draft_alone(text: str) -> None:
    assert draft_voice(text, RUBRIC) is None
