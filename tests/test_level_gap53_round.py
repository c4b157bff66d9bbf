"""Round 53: level-signal-weak (PC214) on an L6 ask whose writer tells a gap no one owned in a sentence of
its own and answers it with a deed that has a business result but no ladder cue ("Nobody owned the summer
data rollover ... I took it on and wrote the runbook with support, and this August the rollover took the
support team two days instead of three weeks"). The gap is the ambiguity of L6 for that deed, as it already
was for a deed with a cue; a deed with no result, a hedged one, or one in another section answers none, and
PC214 keeps firing where the reading supports only L5."""

from __future__ import annotations

from packetcoach import analyze

OWNED = ("- I own the seller onboarding page. I rewrote its three forms as one, and completed sign-ups for small "
         "sellers rose from 41% to 58% in two months.\n\n")
GAP = "## Returns\n\nNobody owned the hand-off of returned parcels between the warehouse and support, so refunds waited.\n\n"


def read(text: str, level: str = "L6"):
    report = analyze(text, level=level, doc_type="self-assessment")
    return report.reading.supported_level, "PC214" in [f.rule for f in report.findings]


def test_gap_answered_by_a_deed_with_a_result_shows_l6_ambiguity() -> None:
    text = OWNED + GAP + ("I took it on and set up a daily returns review, and the average refund wait fell from "
                          "nine days to two.\n")
    report = analyze(text, level="L6", doc_type="self-assessment")
    assert report.reading.level_evidence["L6"]["ambiguity"]
    assert read(text) == ("L6", False)


def test_gap_told_as_situation_then_decision() -> None:
    text = OWNED + ("## Print quality\n\nSituation: Nobody owned the quality of our two outside print shops. Misprints "
                    "showed up only as complaints.\n\nDecision: I started a weekly print scorecard and wrote it into "
                    "each shop's contract, and reprints fell from 6% to 2%.\n")
    assert read(text) == ("L6", False)


def test_gap_answered_by_a_deed_without_a_result_is_still_weak() -> None:
    assert read(OWNED + GAP + "I took it on and wrote a runbook for the daily returns review.\n") == ("L5", True)


def test_gap_answered_by_a_hedged_deed_is_still_weak() -> None:
    text = OWNED + GAP + ("I think I helped a little with the returns review, and the average refund wait may have "
                          "fallen from nine days to two.\n")
    assert read(text) == ("L5", True)


def test_gap_in_another_section_answers_nothing() -> None:
    text = OWNED + GAP + ("## Pricing\n\nI set up a daily price review, and the average refund wait fell from nine "
                          "days to two.\n")
    assert read(text) == ("L5", True)


def test_owned_feature_alone_is_still_weak_at_l6() -> None:
    assert read(OWNED) == ("L5", True)
    assert read(OWNED, level="L5") == ("L5", False)


def test_a_leaders_request_turned_down_by_a_title_off_the_ladder_stays_weak() -> None:
    # the shape L5-labelled writers tell as often as L6 ones ("The deputy superintendent asked us to add a
    # live bus map ... I said no"): no L6 influence, so PC214 keeps firing
    text = OWNED + ("The deputy principal asked us to add a live homework leaderboard before the summer. I said no, "
                    "because the marks feed is a week behind, and shipped a weekly summary for parents instead.\n")
    assert read(text) == ("L5", True)
