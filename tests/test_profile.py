"""Profiles load strictly: the file, the key, the problem and the fix."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from packetcoach.core.errors import ProfileError
from packetcoach.profile.load import BUILTIN, load_profile


@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_profiles_load(name: str) -> None:
    profile = load_profile(name)
    assert profile.list("verbs", "technical")


def test_unknown_key_names_file_line_and_hint(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "amazon-pm"\n\n[verbs]\ntechnicl = ["build"]\n')
    with pytest.raises(ProfileError) as caught:
        load_profile(str(path))
    message = str(caught.value)
    assert str(path) in message and ":6" in message and "technical" in message


def test_wrong_type_is_explained(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "amazon-pm"\n\n[thresholds]\nlong_sentence_words = "30"\n')
    with pytest.raises(ProfileError, match="whole number"):
        load_profile(str(path))


def test_invalid_toml(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text("[profile\nname=")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(str(path))


def test_user_profile_extends_and_changes_behaviour(tmp_path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "amazon-pm"\n\n[thresholds]\nlong_sentence_words = 5\n')
    text = "- Convinced the VP to drop the fee for small sellers, cutting churn from 9% to 6%.\n"
    assert "long-sentence" not in {f.name for f in analyze(text).findings}
    assert "long-sentence" in {f.name for f in analyze(text, profile=str(path)).findings}


def test_profile_cli_error_is_one_line(cli, tmp_path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[profile]\nname = "x"\nextends = "amazon-pm"\n[persona]\nexternal = []\n')
    result = cli("check", "-", "--profile", str(path))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "personas" in result.err


def test_inflection_table_covers_every_profile_verb() -> None:
    """scripts/build_inflections.py must be re-run when a profile gains a verb: every list the code
    inflects (scripts/inflected_lists.toml) has each of its verbs in the table
    (tests/test_inflections34_round.py checks the whole table against the script)."""
    import tomllib
    from pathlib import Path

    from packetcoach.profile.lexicon import inflection_table

    lists = Path(__file__).resolve().parents[1] / "scripts" / "inflected_lists.toml"
    table = inflection_table()
    for name in BUILTIN:
        profile = load_profile(name)
        for entry in tomllib.loads(lists.read_text(encoding="utf-8"))["lists"]:
            key, _, list_name = entry["key"].partition(".")
            for value in profile.list(key, list_name):
                lemma = value.split()[0] if entry["words"] == "first" else value
                assert lemma.lower() in table, f"{lemma} missing: run scripts/build_inflections.py"


def test_irregular_past_forms_are_known() -> None:
    from packetcoach import analyze_item

    item = analyze_item("Told 140 affected sellers within a day that a release had failed.")
    assert item is not None and item.action.verb == "tell" and item.signals.own_action


@pytest.mark.parametrize("name", BUILTIN)
def test_a_word_is_flagged_by_one_phrase_rule_at_most(name: str) -> None:
    """Where two phrase lists behind word-level findings share a phrase, one of their rules
    overrides the other, so the same word is never flagged twice."""
    from itertools import combinations

    from packetcoach.rules.engine import all_rules

    phrases = load_profile(name).table("phrases")
    rules = {rule.mention: rule for rule in all_rules() if rule.mention}
    lists = {mention: {p.lower() for p in phrases.get(mention, [])} for mention in rules}
    unresolved = {(a, b): sorted(lists[a] & lists[b]) for a, b in combinations(sorted(lists), 2)
                  if lists[a] & lists[b] and rules[a].name not in rules[b].overrides
                  and rules[b].name not in rules[a].overrides}
    assert not unresolved, unresolved


@pytest.mark.parametrize("text,kept,dropped", [
    ("Removed various manual steps for support agents.", "weasel-word", "cliche"),
    ("I am still learning the payments domain, so I leaned on the team.", "excuse", "hedge"),
])
def test_one_word_one_finding(text: str, kept: str, dropped: str) -> None:
    names = [finding.name for finding in analyze(text).findings]
    assert kept in names and dropped not in names, names


def test_profile_word_lists_are_inherited_by_a_profile_that_extends() -> None:
    """The word lists the reading uses are the profile's: `generic` extends amazon-pm and reads them
    the same, patterns built from them included."""
    from packetcoach.profile.compile import WORD_LISTS, rubric_for
    amazon, generic = rubric_for("amazon-pm"), rubric_for("generic")
    for name in (*WORD_LISTS, "cut_objects", "team_units"):
        assert getattr(amazon, name) and getattr(generic, name) == getattr(amazon, name), name
    assert amazon.stops == generic.stops and all(amazon.stops)
    for name in ("problem_re", "mechanism_re", "technical_unit_re"):
        assert getattr(generic, name) is not None
    assert generic.problem_re.source == amazon.problem_re.source
    assert generic.technical_unit_re.pattern == amazon.technical_unit_re.pattern


def test_story_part_cues_and_technical_units_come_from_the_profile(tmp_path) -> None:
    from packetcoach.api import analyze_item
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "amazon-pm"\n\n[document]\nproblem_cues = ["hiccup*"]\n'
                    '\n[metrics]\ntechnical_units = ["s"]\n')
    told = "After repeated checkout hiccups, I moved the form inline; conversion rose from 61% to 68% for merchants."
    plain = "I moved the form inline; conversion rose from 61% to 68% for merchants."
    assert dict(analyze_item(told).facts.parts)["business_problem"] is False
    assert dict(analyze_item(told, profile=str(path)).facts.parts)["business_problem"] is True
    assert dict(analyze_item(plain, profile=str(path)).facts.parts)["business_problem"] is False
    timed = "I cut the nightly export to 40s for analysts."
    assert [m.kind for m in analyze_item(timed).metrics] == ["number"]
    assert [m.kind for m in analyze_item(timed, profile=str(path)).metrics] == ["technical"]
    assert [m.kind for m in analyze_item("I cut page load to 120ms for drivers.").metrics] == ["technical"]
    assert [m.kind for m in analyze_item("I cut page load to 120ms for drivers.", profile=str(path)).metrics] \
        == ["number"]  # the list replaces the inherited one: "ms" is no longer a system's unit here


def test_stop_words_and_level_names_come_from_the_profile(tmp_path) -> None:
    """A profile's [stops] and level names change what reads as a stop and as a level claim."""
    from packetcoach.analysis.facts import claims_level
    from packetcoach.api import analyze_item
    from packetcoach.profile.compile import rubric_for
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "amazon-pm"\n\n[stops]\ncutting = ["cut"]\n'
                    '\n[document]\nlevel_names = ["staff"]\n')
    pulled = "I pulled the loyalty-points feature."
    assert analyze_item(pulled).facts.stopped
    assert not analyze_item(pulled, profile=str(path)).facts.stopped  # "pulled" is no cutting word there
    assert analyze_item("I cut the loyalty-points feature.", profile=str(path)).facts.stopped
    staff = "I already operate at staff scope across four teams."
    assert not claims_level(staff, rubric_for("amazon-pm"))
    assert claims_level(staff, rubric_for(str(path)))
    assert claims_level("I already operate at L6.", rubric_for(str(path)))
    assert not claims_level("Staff meetings moved to Tuesdays.", rubric_for(str(path)))
