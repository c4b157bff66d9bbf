"""A result told with a verb that has no class of its own ("now carries a quarter of the network's new
bookings", "that protected $900K of deposits") is a sentence, not a fragment: the room and the
retell are offered it (the profile's `verbs.results`; docs/accuracy.md, "Fixes from reading new
drafts, a twenty-third round"). A fragment with no verb, and a noun that looks like a verb, stay
fragments. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.coach.sentences import room_sentences, suggested_retell
from packetcoach.output.json import report_json

BETS = ("# Self-assessment\n\n## Summary\n\nThis year I made two bets for the clinic network. The first, a "
        "symptom checker for parents, found no buyers and I closed it. The second, evening video appointments "
        "for working parents, now carries a quarter of the network's new bookings.\n\n## Leadership\n\nI ran "
        "the quarterly review of the clinic roadmap with the four regional leads.\n")

HOLD = ("# Self-assessment\n\n## Deposits\n\nI found that renters who paid by card on the last day missed the "
        "cut-off, and I moved the cut-off to midnight for card payments only. The later cut-off protected about "
        "$900K of deposits a quarter.\n")

FRAGMENT = ("# Self-assessment\n\n## Newsletter\n\nI rewrote the weekly newsletter for landlords around one "
            "listing tip.\n\n- Newsletter reach among landlords 40,000 to 95,000.\n")


def _room(text: str) -> list[str]:
    return [s.text for s in room_sentences(analyze(text))]


def test_a_result_told_with_a_result_verb_reaches_the_room_and_the_retell() -> None:
    report = analyze(BETS)
    carried = ("This year I made two bets for the clinic network; the second, evening video appointments for "
               "working parents, now carries a quarter of the network's new bookings.")
    assert [s.text for s in room_sentences(report)] == [carried]
    assert suggested_retell(report).endswith("now carries a quarter of the network's new bookings.")


def test_a_result_told_in_a_sentence_of_its_own_joins_the_writer_s_call() -> None:
    assert any(s.endswith("; the later cut-off protected about $900K of deposits a quarter.") for s in _room(HOLD))


def test_a_fragment_and_a_noun_that_looks_like_a_verb_stay_out_of_the_room() -> None:
    assert not any("Newsletter reach" in s for s in _room(FRAGMENT))
    alone = BETS.replace("now carries", "now")  # "The second, ..., now a quarter of ...": no verb
    assert not any("now a quarter" in s for s in _room(alone))


def test_a_session_reads_a_result_verb_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    for text in (BETS, HOLD, FRAGMENT, BETS):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
