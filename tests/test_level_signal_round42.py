"""Round 42: level-signal-weak (PC214, "little evidence for L7") only where the reading is plain: not
on a draft the reading finds no level in at all (the verdict's line already says no bar is met, why,
and the claim nearest to ready), nor on an ask above L6 whose rung just below shows a dimension by
cues of its own (the work stands between the rungs)."""

from __future__ import annotations

from packetcoach import analyze

OWNED = ("- I own the seller onboarding page. I rewrote its three forms as one, and completed sign-ups for "
         "small sellers rose from 41% to 58% in two months.\n")
VP = "- I persuaded the VP of Finance to fund a second payments team, and it started in May.\n"


def rules(text: str, level: str = "L6", **kwargs) -> list[str]:
    return [f.rule for f in analyze(text, level=level, doc_type="self-assessment", **kwargs).findings]


def test_no_level_read_at_all_leaves_it_to_the_verdict() -> None:
    report = analyze("- Fixed the checkout button colour.\n", level="L6", doc_type="self-assessment")
    assert report.reading.supported_level is None
    assert "PC214" not in [f.rule for f in report.findings]
    assert "PC214" not in rules("- Fixed the checkout button colour.\n", level="L5")


def test_l7_ask_with_the_rung_below_told_is_not_weak() -> None:
    report = analyze(OWNED + VP, level="L7", doc_type="self-assessment")
    assert report.reading.level_evidence["L6"]["influence"]  # the writer's own L6 influence
    assert "PC214" not in [f.rule for f in report.findings]


def test_l7_ask_with_only_the_first_rung_is_still_weak() -> None:
    assert "PC214" in rules(OWNED, level="L7")  # nothing at L6: the reading is plain
    assert "PC214" in rules(OWNED, level="L6")  # an L6 ask is still read against the first rung


def test_the_between_rungs_bar_is_profile_data() -> None:
    assert "PC214" in rules(OWNED + VP, level="L7", thresholds={"level_weak_between_dimensions": 0})
    assert "PC214" not in rules(OWNED + VP, level="L7", thresholds={"level_weak_between_dimensions": 1})
    assert "PC214" in rules(OWNED + VP, level="L7", thresholds={"level_weak_between_dimensions": 2})
