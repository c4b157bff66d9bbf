"""Drafts read as a coach would, a fourteenth round: co-written documents whose headings name who
speaks. A heading that names its speaker by a role ("## Mei (manager): why now", "## Manager: what
I saw", "## Written by her manager") is the manager's section: its "she" or "he" is the candidate and
its "I" no one's. In such a document, a third-person draft's heading whose speaker is the
candidate's name alone ("## Tariq: the refunds story") is the candidate's own words. A heading that
merely names a person, a month or a role as its topic changes no one's voice. Text in our own
words."""

from __future__ import annotations

from test_reading_eleventh_round import _own

from packetcoach import Session, analyze
from packetcoach.output.json import report_json
from packetcoach.profile.compile import rubric_for
from packetcoach.text.voice import draft_voice

RUBRIC = rubric_for("amazon-pm")

ALTERNATING = """# Promotion document: Tariq Mensah, PM to Senior PM (L6), Card Disputes

## Mei (manager): why now

Tariq already runs card disputes as an L6 across two engineering teams. He moved dispute review
to the cardholder's phone, and disputes closed within a week rose from 40% to 75% for cardholders.

## Tariq: the refunds story

I proposed instant provisional refunds for disputes under $50 and convinced the fraud lead, who
expected abuse; repeat calls from cardholders fell from 3,000 to 900 a month.

## Mei (manager): what I saw

He turned down the chargeback portal the sales team asked for, because only 2 of 300 merchants
would use it, and put the team on the phone flow. I pushed for an earlier launch; he held it a
month until the fraud checks passed.
"""

MANAGER_LED = """# Promotion case: Joanna Sato, PM (L5 to L6), Parcel Lockers

## Gabriel (manager): the case

Joanna owns parcel lockers in four cities. She sets the direction for two teams. She stopped the
locker-advertising pilot after a month. She found that most failed pickups came from expired codes.
She convinced operations to extend codes to five days, and failed pickups fell from 12% to 4%.
Her roadmap is the one the courier team plans against. She hired two PMs this year.
She moved returns into the lockers, and she cut the courier's second visit for 30% of returns.
She wrote the locker strategy for next year. She runs the monthly review with the city partners.

## Joanna: what I changed

I proposed texting the locker code again on the morning it expires, and uncollected parcels fell
from 9% to 3% for customers.

## Gabriel (manager): objections

The room will ask about cost. Finance checked it at my request; I asked finance to check it.
"""


def test_a_manager_named_by_role_in_the_heading_speaks_of_the_candidate() -> None:
    report = analyze(ALTERNATING, level="L6")
    assert report.document.voice is None  # the draft is the candidate's own, in the first person
    assert _own(report, "He moved dispute review")
    assert _own(report, "He turned down the chargeback portal")
    assert _own(report, "instant provisional refunds")
    # the code before read the manager's sections as told of someone else
    plain = ALTERNATING.replace("Mei (manager): ", "")
    assert not _own(analyze(plain, level="L6"), "He turned down the chargeback portal")


def test_other_ways_of_naming_the_manager_as_speaker() -> None:
    for heading in ("## Manager: what I saw", "## Mei, his manager: what I saw", "## Written by his manager",
                    "## Mei (line manager) - what I saw"):
        text = ALTERNATING.replace("## Mei (manager): what I saw", heading)
        assert _own(analyze(text, level="L6"), "He turned down the chargeback portal"), heading


def test_the_candidate_s_named_section_in_a_manager_s_draft_is_theirs() -> None:
    assert draft_voice(MANAGER_LED, RUBRIC) is not None
    report = analyze(MANAGER_LED, level="L6")
    assert _own(report, "texting the locker code")
    assert not _own(report, "I asked finance to check it")  # the manager's own "I" stays no one's
    # without a heading naming the manager, the name heading is a topic: "I" stays the manager's
    topic = MANAGER_LED.replace("Gabriel (manager): ", "")
    assert not _own(analyze(topic, level="L6"), "texting the locker code")


def test_a_heading_that_merely_names_a_person_or_a_month_changes_no_voice() -> None:
    own = """# Self-assessment 2026: Leona Park, PM (L5), Clinic Booking

## Ana: onboarding the first clinic

Ana runs the front desk at our largest clinic. She told us patients gave up booking on the phone.
I proposed online rebooking for her clinic, and no-shows fell from 14% to 6%.

## June: reminders

I moved reminders to the day before, and late cancellations fell from 9% to 5%.

## Product manager: what I own

I own booking for 60 clinics.
"""
    report = analyze(own, level="L6")
    assert _own(report, "online rebooking") and _own(report, "moved reminders")
    assert not _own(report, "Ana runs the front desk")
    # in a manager's draft, a name heading whose section tells of the candidate stays the manager's
    told = MANAGER_LED.replace("I proposed texting", "Joanna proposed texting")
    assert _own(analyze(told, level="L6"), "Joanna proposed texting")
    assert not _own(analyze(told, level="L6"), "I asked finance to check it")


def test_a_session_reads_named_speakers_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    drafts = [ALTERNATING, MANAGER_LED, ALTERNATING.replace("Mei (manager): ", ""),
              MANAGER_LED.replace("Gabriel (manager): ", ""), ALTERNATING]
    for text in drafts:
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
