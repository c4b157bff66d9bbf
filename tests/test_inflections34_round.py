"""The verb-forms table (profile/data/inflections.tsv) is what scripts/build_inflections.py writes
from exactly the lists the code inflects (scripts/inflected_lists.toml)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from packetcoach.profile.lexicon import inflection_table, verb_forms
from packetcoach.profile.load import BUILTIN, load_profile

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "build_inflections.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_inflections", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_what_the_script_writes() -> None:
    """CI fails when a profile gains a verb and the table was not rebuilt."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_check_names_the_first_difference_in_one_line(build, tmp_path, monkeypatch) -> None:
    shipped = build.OUT.read_text(encoding="utf-8")
    stale = tmp_path / "inflections.tsv"
    stale.write_text(shipped.replace("\nundo\t", "\nundoo\t", 1), encoding="utf-8")
    monkeypatch.setattr(build, "OUT", stale)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    assert build.main(["--check"]) == 1


def test_first_difference_names_a_changed_an_extra_and_a_missing_line(build) -> None:
    assert build.first_difference("a\nb\n", "a\nb\n") is None
    assert "line 2" in build.first_difference("a\nb\n", "a\nc\n")
    assert "'c'" in build.first_difference("a\nb\n", "a\nc\n")
    assert "the shipped table also has 'c'" in build.first_difference("a\nb\nc\n", "a\nb\n")
    assert "the script also writes 'c'" in build.first_difference("a\nb\n", "a\nb\nc\n")


def test_every_listed_key_says_why_and_names_a_list_the_profiles_fill(build) -> None:
    profile = load_profile(BUILTIN[0])
    for entry in build.inflected_lists():
        assert entry["why"] and entry["words"] in ("all", "first")
        table, _, key = entry["key"].partition(".")
        assert profile.list(table, key), entry["key"]


def test_nouns_phrases_and_compared_lemmas_are_not_inflected(build) -> None:
    """verbs.borrowed holds nouns, verbs.claimed_effects phrases, verbs.activity lemmas the code
    compares as they are: none is read, so no junk row ("agreementing", "adopteded")."""
    keys = {entry["key"] for entry in build.inflected_lists()}
    assert not keys & {"verbs.borrowed", "verbs.claimed_effects", "verbs.activity", "phrases.cliche"}
    verbs = build.profile_verbs()
    assert "service" not in verbs and "agreement" not in verbs and "adopted" not in verbs
    assert not any(" " in verb for verb in verbs)


def test_an_undoing_verb_and_its_particle_inflect_the_verb_alone(build) -> None:
    assert "roll" in build.profile_verbs() and "roll back" not in build.profile_verbs()
    assert {"undid", "undone", "undoes"} <= verb_forms("undo")  # irregular: no "undoed"
    assert "undoed" not in verb_forms("undo")


def test_the_overrides_stand_in_the_table(build) -> None:
    table = inflection_table()
    for lemma, forms in build.OVERRIDES.items():
        assert table[lemma] == frozenset(forms)
    assert "costed" not in table["cost"] and "re-draw" in table["redraw"]
