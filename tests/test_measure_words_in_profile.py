"""The spans of time a harm no longer happening is told over, and the names of a finding of no
effect, are the profile's (`measures.periods`, `measures.effects`; docs/decisions.md), compiled once
with its other lists: a profile for schools that counts in terms reads "in two terms" as a time gone
by, and the built-in profile does not. Text in our own words."""

from __future__ import annotations

from pathlib import Path

from packetcoach import analyze
from packetcoach.profile.compile import rubric_for

NONE_SINCE = ("# Self-assessment\n\n- I rebuilt the pickup list for the after-school clubs, and no parent has "
              "been sent to the wrong room in two terms.\n")
NONE_SINCE_MONTHS = NONE_SINCE.replace("two terms", "eight months")


def _school(tmp_path: Path) -> str:
    path = tmp_path / "school.toml"
    periods = ", ".join(f'"{w}"' for w in sorted(rubric_for("amazon-pm").periods | {"terms"}))
    path.write_text(f'[profile]\nname = "school"\nversion = "1"\nextends = "amazon-pm"\n\n'
                    f'[measures]\nperiods = [{periods}]\n', encoding="utf-8")
    return str(path)


def _result(text: str, profile: str) -> bool:
    report = analyze(text, profile=profile, level="L6")
    return bool(report.items[-1].signals.business_outcome)


def test_the_built_in_lists_hold_the_words_they_did() -> None:
    rubric = rubric_for("amazon-pm")
    assert rubric.periods == frozenset("days weeks months years quarters seasons".split())
    assert {"change", "lift", "impact"} <= rubric.effects


def test_a_profile_that_counts_in_terms_reads_a_harm_gone_for_two_terms(tmp_path: Path) -> None:
    school = _school(tmp_path)
    assert rubric_for(school).periods >= {"terms", "months"}
    assert _result(NONE_SINCE_MONTHS, "amazon-pm") == _result(NONE_SINCE_MONTHS, school)
    assert _result(NONE_SINCE, school) and not _result(NONE_SINCE, "amazon-pm")
