"""How many users a launch was put in front of ("Launched the price explainer to 10% of renters") is
an exposure, not a result: it is never the sentence offered to the room or the retell (the profile's
`verbs.rollouts`; docs/accuracy.md, "Fixes from reading new drafts, a twenty-second round"). A result
told beside the rollout, and a share a measure grew to, still are. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.coach.sentences import room_sentences, suggested_retell
from packetcoach.output.json import report_json

EXPOSURE = ("# Self-assessment\n\n## Price explainer\n\n- Rolled out the price explainer to 10% of renters in "
            "Ohio. Early results were good and we saw fewer calls about fees, though we are still waiting for "
            "the full readout.\n")

WITH_RESULT = ("# Self-assessment\n\n## Price explainer\n\n- Launched the price explainer to 20% of renters in "
               "an A/B test; lease sign-ups in the test group rose from 31% to 36% over six weeks.\n")

GREW = ("# Self-assessment\n\n## Autopay\n\n- I moved autopay to the first screen, and autopay use grew to 40% "
        "of tenants by June.\n")


def _room(text: str) -> list[str]:
    return [s.text for s in room_sentences(analyze(text))]


def test_a_rollout_share_alone_is_offered_neither_to_the_room_nor_as_the_retell() -> None:
    assert _room(EXPOSURE) == []
    retell = suggested_retell(analyze(EXPOSURE))
    assert retell is None or "10% of renters" not in retell


def test_a_result_told_beside_the_rollout_is_still_offered() -> None:
    assert any("rose from 31% to 36%" in s for s in _room(WITH_RESULT))


def test_a_share_a_measure_grew_to_is_a_result_not_an_exposure() -> None:
    assert any("grew to 40% of tenants" in s for s in _room(GREW))


def test_a_session_reads_the_exposure_as_analyze_does() -> None:
    session = Session(level="L6")
    for text in (EXPOSURE, WITH_RESULT, EXPOSURE):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
