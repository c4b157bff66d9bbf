"""The evidence-or-narrative call (analysis/gap.py) on packets whose gap is known."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.analysis.gap import claims, judge_gap
from packetcoach.profile.load import load_profile

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"


def report(path: Path, **options):
    return analyze(path.read_text(encoding="utf-8"), source=str(path), **options)


# The packets' gaps, read by a person: the outcomes missing (evidence), strong facts told badly
# (narrative), or a packet that holds (none).
KNOWN = {
    # an engineer's changelog: three measured results (promise accuracy is the customer measure the
    # draft defines), all told as engineering work, in a month-by-month diary
    EXAMPLES / "weak-engineer-voice.md": "narrative",
    EXAMPLES / "snippet.md": "evidence",                # four bullets, one outcome
    DATA / "same-facts-weak.md": "evidence",            # the facts are not in the text
    DATA / "buried-outcome.md": "evidence",             # one real outcome among activities
    EXAMPLES / "mixed.md": "narrative",                 # six ready outcomes, no lead, no retell, buried
    DATA / "narrative-gap.md": "narrative",             # strong outcomes told as a diary by an engineer
    EXAMPLES / "strong-pm-voice.md": "none",
    DATA / "same-facts-strong.md": "none",              # short, but the evidence and the story hold
}


@pytest.mark.parametrize("path", KNOWN, ids=lambda path: path.name)
def test_known_gaps(path: Path) -> None:
    gap = judge_gap(report(path))
    assert gap.kind == KNOWN[path], gap.reasons
    assert gap.reasons and all(isinstance(reason, str) and reason for reason in gap.reasons)


def test_evidence_gap_says_how_many_claims_are_ready() -> None:
    gap = judge_gap(report(DATA / "buried-outcome.md"))
    assert gap.reasons[0].startswith("only 1 of ") and "the room needs at least 3" in gap.reasons[0]
    assert not gap.evidence_holds


def test_narrative_gap_names_each_failing_check() -> None:
    gap = judge_gap(report(DATA / "narrative-gap.md"))
    text = " ".join(gap.reasons)
    assert gap.reasons[0].startswith("the evidence is there")
    for expected in ("does not open with its strongest customer outcome", "chronology",
                     "no sentence a manager could repeat", "engineer's document"):
        assert expected in text


def test_one_failing_check_is_not_a_narrative_gap() -> None:
    gap = judge_gap(report(DATA / "same-facts-strong.md"))
    assert gap.kind == "none"
    assert gap.narrative_failures == ["226 words, where the self-assessment target is 1200-1500"]
    assert gap.reasons[-1].startswith("one thing left to fix yourself")


def test_hidden_owner_is_named_as_the_one_evidence_fix_that_is_words() -> None:
    text = "\n".join([
        "- We cut refund time for customers from 9 days to 3, saving $2M a year.",
        "- The team raised checkout completion for small sellers from 71% to 89%.",
        "- Built a cache for the catalog service.",
    ])
    gap = judge_gap(analyze(text))
    assert gap.kind == "evidence"
    assert any("state an outcome but not your part in it" in reason for reason in gap.reasons)


def test_a_document_type_can_raise_the_number_of_stories_needed(tmp_path: Path) -> None:
    """Four ready claims hold for a self-assessment and, as shipped, for a promotion (3 needed: the
    evidence is not the 5 to 7 stories the form takes); a profile whose promotion asks for 5
    measured stories makes the same draft an evidence gap."""
    path = DATA / "narrative-gap.md"
    assert sum(item.ready for item in claims(report(path))) == 4
    assert judge_gap(report(path)).kind == "narrative"
    assert judge_gap(report(path, doc_type="promotion")).kind != "evidence"
    strict = tmp_path / "five.toml"
    strict.write_text('[profile]\nname = "five"\nversion = "1"\nextends = "amazon-pm"\n\n'
                      '[doc_types.promotion]\nitems_min = 5\n', encoding="utf-8")
    promotion = judge_gap(report(path, doc_type="promotion", profile=str(strict)), load_profile(str(strict)))
    assert promotion.kind == "evidence"
    assert "needs at least 5" in promotion.reasons[0]


def test_thresholds_come_from_the_profile(tmp_path: Path) -> None:
    strict = tmp_path / "strict.toml"
    strict.write_text('[profile]\nname = "strict"\nversion = "1"\nextends = "amazon-pm"\n\n'
                      '[verdict]\nmin_ready_items = 12\n', encoding="utf-8")
    path = EXAMPLES / "strong-pm-voice.md"
    assert judge_gap(report(path)).kind == "none"
    strict_report = report(path, profile=str(strict))
    assert judge_gap(strict_report, load_profile(str(strict))).kind == "evidence"
    lenient = tmp_path / "lenient.toml"
    lenient.write_text('[profile]\nname = "lenient"\nversion = "1"\nextends = "amazon-pm"\n\n'
                       '[verdict]\nnarrative_failures = 9\n', encoding="utf-8")
    assert judge_gap(report(EXAMPLES / "mixed.md", profile=str(lenient)), load_profile(str(lenient))).kind == "none"


def test_an_unknown_verdict_key_is_a_profile_error(tmp_path: Path) -> None:
    from packetcoach import ProfileError

    bad = tmp_path / "bad.toml"
    bad.write_text('[profile]\nname = "bad"\nversion = "1"\nextends = "amazon-pm"\n\n'
                   '[verdict]\nmin_ready = 3\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="did you mean 'min_ready_items'"):
        load_profile(str(bad))


def test_the_level_argued_is_a_narrative_check_not_evidence() -> None:
    """Strong outcomes with no sign of the target level: promotion timing, which coaching serves."""
    path = DATA / "same-facts-strong.md"
    at_l6 = judge_gap(report(path, level="L6"))
    at_l7 = judge_gap(report(path, level="L7"))
    assert at_l6.evidence_holds and at_l7.evidence_holds
    assert any("L7 scope" in failure for failure in at_l7.narrative_failures)
    assert not any("L6 scope" in failure for failure in at_l6.narrative_failures)
    assert (at_l6.kind, at_l7.kind) == ("none", "narrative")  # with the length, two checks fail at L7


def test_the_same_report_always_gets_the_same_call() -> None:
    first = report(EXAMPLES / "mixed.md")
    assert judge_gap(first) == judge_gap(report(EXAMPLES / "mixed.md"))


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.md")))
def test_reasons_quote_the_draft_never_an_internal_id(path: Path) -> None:
    """A reason names items by their first words, as the writer wrote them, not by the slug the
    JSON uses to refer to them."""
    analysed = report(path)
    ids = {item.id for item in analysed.items if "-" in item.id}
    gap = judge_gap(analysed)
    said = " ".join([*gap.reasons, *gap.narrative_failures])
    assert not [i for i in ids if i in said], said


def test_every_story_measured_but_too_few_is_not_said_as_n_of_n() -> None:
    text = "\n".join([
        "- I cut refund time for marketplace buyers from 9 days to 3, and repeat orders rose 12%.",
        "- I convinced finance to waive the listing fee for new sellers; seller churn fell from 9% to 6%.",
    ])
    gap = judge_gap(analyze(text, level="L6"))
    assert gap.kind == "evidence"
    assert gap.reasons[0].startswith("the case stands on only 2 stories with a measured customer or business "
                                     "result; the room needs at least 3"), gap.reasons
    assert " of 2 " not in gap.reasons[0]
