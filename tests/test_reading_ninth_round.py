"""Drafts read as a coach would, a ninth round: a measure told as a miss is never offered as the
writer's proof (analysis/misses.py, the profile's `measures.missed_targets`, `targets` and
`lower_better`), with text that should and should not change the reading."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.misses import tells_a_miss
from packetcoach.calibrate.case import _ready, _receipts
from packetcoach.coach.sentences import room_sentences
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")


def test_a_level_on_the_wrong_side_of_its_target_is_a_miss() -> None:
    for sentence in ("The handling cost per parcel came to $9 against a target of $4.",
                     "Activation ended the quarter at 12% against a goal of 25%.",
                     "We signed 140 clinics against a plan of 400.",
                     "Average wait was 11 minutes against a target of 5 minutes."):
        assert tells_a_miss(sentence, RUBRIC), sentence


def test_a_level_on_the_right_side_of_its_target_is_no_miss() -> None:
    for sentence in ("Activation ended the quarter at 31% against a goal of 25%.",
                     "We signed 520 clinics against a plan of 400.",
                     "Time to quote fell from 6 days to 2 against a target of 3 days.",
                     "The handling cost per parcel came to $3 against a target of $4.",
                     "I priced the bundle at $12.99 against a target of 90,000 subscribers and ended with 120,000."):
        assert not tells_a_miss(sentence, RUBRIC), sentence


def test_a_miss_said_outright_is_a_miss_unless_it_is_a_reason_or_a_start() -> None:
    for sentence in ("The loyalty relaunch fell short of its goal by a third.",
                     "The partner channel only reached 2,100 accounts in its first year.",
                     "Orders were tiny, so every delivery lost money."):
        assert tells_a_miss(sentence, RUBRIC), sentence
    for sentence in ("I found that bookings under $40 lost money, and set a minimum basket.",
                     "I closed the print catalogue, which had lost money for five years.",
                     "I took the tier from losing money on every member to $9M in profit.",
                     "Claims costs came in at 58%, under the 65% target, in the first year."):
        assert not tells_a_miss(sentence, RUBRIC), sentence


PILOT = """# Self-assessment: Ines Varga, PM (L6), Home Services

## Same-day repairs

I proposed same-day plumbing repairs for members in three cities and launched the pilot in April.
Members rated it 4.7 stars. But the cost per job was $85 against a target of $40.

## Reminders

I launched service reminders for members; repeat bookings rose from 18% to 27% in two quarters.
"""


def test_the_room_and_the_receipts_never_quote_the_miss() -> None:
    report = analyze(PILOT, level="L6")
    said = " ".join(s.text for s in room_sentences(report))
    assert "$85" not in said and "from 18% to 27%" in said, said
    receipts = _receipts(report, _ready(report, 3), 3)
    assert receipts and all("$85" not in item.text for item in receipts)


def test_a_target_beaten_is_still_the_room_sentence() -> None:
    beaten = PILOT.replace("But the cost per job was $85 against a target of $40.",
                           "The cost per job was $32 against a target of $40.")
    report = analyze(beaten, level="L6")
    assert any("$32" in s.text for s in room_sentences(report))


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text.split()[0]) for item in analyze(text, level="L6").items]


def test_feedback_reported_without_quotation_marks_is_context() -> None:
    for sentence in ("Peers on the pricing team said I write the clearest launch notes in the group.",
                     "My manager told me that I explain trade-offs well to engineering."):
        draft = f"# Year\n\n## What others noticed\n\n{sentence}\n"
        assert [kind for kind, _ in _kinds(draft)] == ["context"], sentence


def test_a_report_with_a_result_or_the_writer_speaking_is_no_feedback() -> None:
    kept = ("# Year\n\n## Results\n\nSellers told me the fee page was unclear, so I rewrote it with them and "
            "fee disputes fell from 9% to 3% of new sellers.\n")
    assert [kind for kind, _ in _kinds(kept)] == ["claim"]
    own = "# Year\n\n## Results\n\nI said I would ship the refund tool by May, and shipped it in April.\n"
    assert [kind for kind, _ in _kinds(own)] == ["claim"]
    objection = "# Year\n\n## Objections\n\nThe room may say my work stayed inside one team.\n"
    assert [kind for kind, _ in _kinds(objection)] == ["objection"]


def _action(sentence: str) -> tuple[str, bool]:
    item = analyze(f"# Year\n\n## Results\n\n{sentence}\n", level="L6").items[0]
    return item.action.verb_class, item.signals.technical_lead


def test_a_financial_pricing_or_forecast_model_is_a_pms_work() -> None:
    for sentence in ("I built the first cost model for the returns network: each return cost us $11.",
                     "I built a pricing model for the family plan that finance adopted for 2027.",
                     "I designed the revenue model for the partner tier and took it to the VP.",
                     "I built the demand forecast the buyers now order against."):
        verb_class, technical = _action(sentence)
        assert verb_class != "technical" and not technical, sentence


def test_a_model_a_system_runs_is_still_engineering() -> None:
    for sentence in ("I built the pricing elasticity model in Python and XGBoost.",
                     "I built the data model for the returns service."):
        assert _action(sentence)[0] == "technical", sentence
