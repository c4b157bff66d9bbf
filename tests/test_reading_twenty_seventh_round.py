"""The twenty-seventh round of reading new drafts (docs/accuracy.md, "Fixes from reading new
drafts, a twenty-seventh round"). Text in our own words.

A sentence for the room and the retell turn the writer's words to the third person ("I" ->
"they", "my" -> "their"), but a quotation inside them is someone else's words, kept as said:
tickets asking "where is my refund" are not tickets asking "where is their refund"."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.calibrate.voice import third_person as receipt_voice
from packetcoach.coach.sentences import retell, third_person
from packetcoach.output.json import report_json

QUOTED = """# Self-assessment 2026: Ines, Product Manager, Rail Refunds

## Refund tracking

Passengers who asked for a refund had no way to see where it was. I read 150 of their emails and
proposed a refund tracker in the app. I launched it in April; emails asking "where is my refund"
fell from 2,300 to 700 a month, and refunds paid within a week rose from 55% to 81%.

## Other work

- Ran the weekly refunds review with the contact centre.
"""

UNQUOTED = QUOTED.replace('emails asking "where is my refund"', "emails to my team")


def test_a_quotation_keeps_its_own_words_in_the_retell() -> None:
    report = analyze(QUOTED, level="L6")
    told = retell(report)
    assert told is not None and '"where is my refund"' in told
    assert "they launched it in April" in told and "their refund" not in told


def test_words_outside_a_quotation_still_turn_to_the_third_person() -> None:
    told = retell(analyze(UNQUOTED, level="L6"))
    assert told is not None and "emails to their team fell" in told and " my " not in told


def test_both_voices_keep_closed_quotations_and_turn_the_rest() -> None:
    sentence = 'I cut "where is my order" calls and “I need help” taps by my design.'
    for turn in (third_person, receipt_voice):
        turned = turn(sentence)
        assert '"where is my order"' in turned and "“I need help”" in turned
        assert turned.startswith("they cut") and "by their design" in turned
    # a quotation never closed is no quotation: the writer's words around it still turn
    assert third_person('I said "my team would ship it').startswith('they said "their team')


def test_the_report_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    session.analyze(UNQUOTED)
    assert report_json(session.analyze(QUOTED)) == report_json(analyze(QUOTED, level="L6"))
