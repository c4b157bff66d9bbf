"""The coach's first screen on new writers' packets: the room's reading never calls a delivered
result "expected, not shown" beside a ready claim, and the evidence an L5 case needs is the two
complete stories the room credits at L5, not the three it looks for above it."""

from __future__ import annotations

from pathlib import Path

from packetcoach import analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.output.coachview import reading_lines

DATA = Path(__file__).resolve().parent / "data" / "coach44"


def report(name: str, level: str = "L5", doc_type: str = "self-assessment"):
    return analyze((DATA / name).read_text(encoding="utf-8"), level=level, doc_type=doc_type)


def principles_line(rep) -> str:
    return dict(reading_lines(rep))["principles"]


def missing_findings(rep) -> list[str]:
    return [f.message for f in rep.findings if f.name == "principle-missing"]


def test_a_ready_claim_shows_deliver_results_though_its_item_names_other_principles() -> None:
    # the one ready story is a disagreement won with a measured result: its item names Customer
    # Obsession and Have Backbone first, and the packet still shows a delivered result
    rep = report("one.md")
    ready = [i for i in rep.document.items if i.ready]
    assert len(ready) == 1 and "deliver-results" not in ready[0].principles
    assert not rep.reading.principles_coverage["deliver-results"]  # the item reading is unchanged
    assert "deliver-results" not in principles_line(rep)
    assert "No item evidences Deliver Results." not in missing_findings(rep)
    assert principles_line(rep).startswith("3 of 16 evidenced")  # it counts among those shown


def test_no_ready_claim_leaves_deliver_results_expected() -> None:
    rep = report("none.md")
    assert not any(i.ready for i in rep.document.items)
    assert "deliver-results" in principles_line(rep).split("expected, not shown:")[1]
    assert "No item evidences Deliver Results." in missing_findings(rep)


def test_two_measured_stories_hold_the_evidence_at_l5_and_not_above() -> None:
    at_l5, at_l6 = report("two.md", "L5"), report("two.md", "L6")
    assert judge_gap(at_l5).kind != "evidence"
    assert "the room needs at least" not in at_l5.verdict.summary
    assert judge_gap(at_l6).kind == "evidence"
    assert "the room needs at least 3" in at_l6.verdict.summary
    # a promotion takes its own floor of three stories, at L5 too
    assert judge_gap(report("two.md", "L5", "promotion")).kind == "evidence"


def test_two_technical_stories_are_still_no_case_at_l5() -> None:
    # technical results count only when as many stories have them as the floor above L5 asks
    assert judge_gap(report("tech.md", "L5")).kind == "evidence"


def test_the_level_floor_is_lowered_only_by_the_levels_own_count(tmp_path: Path) -> None:
    from packetcoach.profile.load import load_profile
    strict = tmp_path / "strict.toml"
    strict.write_text('[profile]\nname = "strict"\nversion = "1"\nextends = "amazon-pm"\n\n'
                      '[verdict]\nmin_ready_items = 12\n', encoding="utf-8")
    text = (DATA / "two.md").read_text(encoding="utf-8")
    rep = analyze(text, level="L5", profile=str(strict))
    assert judge_gap(rep, load_profile(str(strict))).kind == "evidence"  # 11 needed at L5, not 2


def _evidence_lines(name: str) -> tuple[int, ...]:
    rep = report(name, "L6", "promotion")
    change = next(c for c in rep.verdict.top_changes if c.kind == "add-evidence")
    return change.lines


def test_the_case_summed_up_under_a_why_heading_is_not_a_story_to_measure() -> None:
    # "## Why L6: Across these stories I have set the direction ...": the case stated, never asked
    # for a measured result of its own; the same sentence under another heading still is
    assert 17 not in _evidence_lines("why.md")
    assert 17 in _evidence_lines("whynot.md")
    assert {9, 13} <= set(_evidence_lines("why.md"))  # the activity stories are still asked for results


def _named_lines(name: str, kinds: tuple[str, ...] = ("add-evidence", "activity-to-decision")) -> set[int]:
    rep = report(name, "L6")
    return {line for c in rep.verdict.top_changes if c.kind in kinds for line in c.lines}


def test_a_misstep_told_under_a_lessons_heading_is_not_effort_to_tie_to_a_number() -> None:
    # "## What I learned: I spent the first quarter writing documents ... before anyone had asked":
    # the effort is the lesson; the same sentence under a story's heading is still named
    assert 25 not in _named_lines("learned.md")
    assert 25 in _named_lines("notlearned.md")
    assert {19, 21} <= _named_lines("learned.md")  # the "Other work" effort is still named


def _measures(text: str) -> dict[str, float]:
    """Each sentence of the draft's claims with the strength of the measure the room could repeat."""
    from packetcoach.coach.sentences import _measure, sentence_text
    rep = analyze(text, level="L6")
    return {sentence_text(item, sentence): _measure(item, sentence, rep.rubric)
            for item in rep.document.items for sentence in item.sentences}


def test_a_flat_fee_a_pilot_budget_or_a_vendors_price_is_no_result_for_the_room() -> None:
    measured = _measures(
        "# Self-assessment\n\n"
        "I proposed a flat £3 fee per inter-library loan to the regional director to cover the van.\n\n"
        "I pitched home delivery for housebound borrowers to the head of libraries with a pilot budget "
        "of £15,000, and 900 readers now use it.\n\n"
        "I chose a shared inbox over the booking portal the supplier was pitching at £90,000 a year.\n\n"
        "I stopped the catalogue kiosk pilot after six weeks; the pilot budget of £20,000 went back to the branches.\n\n"
        "Late-fee income we wrote off fell by £12,000 a year.\n")
    by_start = {text.split()[1] + " " + text.split()[2]: value for text, value in measured.items()}
    assert by_start["proposed a"] < 0  # the fee proposed is all its money
    assert by_start["pitched home"] == 0  # the budget passed over: only the readers count remains
    assert by_start["chose a"] < 0  # the vendor's price is the case against it, no result
    assert by_start["stopped the"] >= 2  # money returned from a budget is a result
    assert measured["Late-fee income we wrote off fell by £12,000 a year."] >= 2
