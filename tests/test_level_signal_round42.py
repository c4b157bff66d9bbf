"""Round 42: level-signal-weak (PC214, "little evidence for L7") only where the reading is plain: not
on a draft the reading finds no level in at all (the verdict's line already says no bar is met, why,
and the claim nearest to ready), nor on an ask above L6 whose rung just below shows a dimension by
cues of its own (the work stands between the rungs), nor where the writer argues the level asked in
the line the report takes as the retell."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.rules.document import _names_level

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


RETOLD = ("I operated at L6 this year: by rewriting the seller onboarding forms as one, I lifted completed "
          "sign-ups for small sellers from 41% to 58%.\n\n")


def test_level_argued_in_the_retell_is_not_weak() -> None:
    report = analyze(RETOLD + OWNED, level="L6", doc_type="self-assessment")
    assert report.reading.retell and report.reading.supported_level == "L5"
    assert "PC214" not in [f.rule for f in report.findings]


def test_retell_naming_another_level_keeps_it() -> None:
    assert "PC214" in rules(RETOLD + OWNED, level="L7")  # the line argues L6, the ask is L7
    assert "PC214" in rules(OWNED, level="L6")  # no retell at all


def test_level_named_as_a_word_of_its_own() -> None:
    assert _names_level("I operated at L6 this year: ...", "L6")
    assert _names_level("Marcus is already doing L6 work", "L6")
    assert not _names_level("We moved L60 of the sellers", "L6")
    assert not _names_level("I operated at L7", "L6")


def test_the_finding_says_what_the_reading_found_not_an_absence() -> None:
    found = [f for f in analyze(OWNED, level="L6", doc_type="self-assessment").findings if f.rule == "PC214"]
    assert len(found) == 1
    message = found[0].message
    assert message.startswith("The reading found no ") and "evidence for L6" in message
    assert "if the work has it, tell it plainly" in message and not message.startswith("Little")
