"""A year told month by month beside as many complete stories as the level credits, where the work
meets the level's bar and the stories the room credits inside the 90-second read reach that number,
reads at the level with the structure as the first change (not below it); a chronology whose case
lands past the 90-second read, with no complete story, with no measured result, or whose work does not
meet the bar still reads below."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.analysis.gap import judge_gap, verdict_data

DATA = Path(__file__).resolve().parent / "data" / "verdict49"


def report(name: str, level: str = "L5", doc_type: str = "self-assessment"):
    return analyze((DATA / name).read_text(encoding="utf-8"), level=level, doc_type=doc_type)


def test_a_chronology_beside_three_complete_stories_reads_at_the_level_met() -> None:
    rep = report("diary.md")
    gap = judge_gap(rep)
    assert rep.reading.structure == "chronology"
    assert [p.name for p in gap.problems if p.discounts] == ["chronology"]
    assert len(gap.credited()) == 3
    assert gap.kind == "narrative"  # the structure is still a telling problem to fix
    assert rep.verdict.reading == "at" and not rep.verdict.ready
    assert rep.verdict.summary.startswith("Reads at L5, but the facts are told month by month")
    assert "Reads below" not in rep.verdict.summary
    assert rep.verdict.top_changes[0].kind == "cut-diary"  # the structure is the first change


def test_without_the_rule_the_same_chronology_reads_below(monkeypatch: pytest.MonkeyPatch) -> None:
    data = verdict_data()
    monkeypatch.setitem(data, "thresholds", {**data["thresholds"], "outweighed": ["activity"]})
    rep = report("diary.md")
    assert rep.verdict.reading == "below"
    assert rep.verdict.summary.startswith("Reads below L5 for now: the work described meets the L5 bar")


def test_a_chronology_whose_case_lands_past_the_skim_still_reads_below() -> None:
    rep = report("diarylate.md")  # the same three stories, each result late in its paragraph
    gap = judge_gap(rep)
    seen = set(rep.reading.skim_outcomes_seen)
    assert len(gap.credited()) == 3
    assert sum(1 for s in gap.credited() if any(i.id in seen for i in s.items)) < 2
    assert rep.verdict.reading == "below"
    assert rep.verdict.summary.startswith("Reads below L5 for now: the work described meets the L5 bar, "
                                          "but the facts are told month by month")
    assert rep.verdict.top_changes[0].kind == "cut-diary"


def test_without_the_skim_condition_a_case_past_the_skim_reads_at(monkeypatch: pytest.MonkeyPatch) -> None:
    data = verdict_data()  # the skim condition is what keeps it below
    monkeypatch.setitem(data, "thresholds", {**data["thresholds"], "outweighed_in_skim": []})
    assert report("diarylate.md").verdict.reading == "at"


def test_a_chronology_still_reads_below_a_level_whose_bar_the_work_does_not_meet() -> None:
    rep = report("diary.md", "L6")  # the level line: the work described meets the L5 bar
    assert rep.verdict.reading == "below"
    assert rep.verdict.summary.startswith("Reads below L6: the facts are told month by month")
    assert rep.verdict.top_changes[0].kind == "cut-diary"


def test_a_chronology_that_hides_every_result_keeps_saying_so() -> None:
    rep = report("diaryhidden.md")  # the same results, none told with the writer's own decision
    gap = judge_gap(rep)
    assert len(gap.credited()) == 0
    assert rep.verdict.reading == "below"
    assert rep.verdict.summary == ("Reads below L5: the facts are told month by month, as a chronology, "
                                   "so the strongest result lands late.")
    assert rep.verdict.top_changes[0].kind == "cut-diary"


def test_a_chronology_with_no_measured_result_is_an_evidence_gap() -> None:
    rep = report("diarythin.md")
    assert rep.reading.structure == "chronology"
    assert judge_gap(rep).kind == "evidence"
    assert rep.verdict.reading == "below"
    assert rep.verdict.top_changes[0].kind == "add-evidence"
