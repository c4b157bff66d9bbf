"""The parsed-profile cache: plain JSON, trusted only when it is the user's own, keyed by every file
of the extends chain, never beside a draft."""

from __future__ import annotations

import ast
import os
import stat
from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.core import cache
from packetcoach.profile.compile import rubric_for
from packetcoach.profile.load import load_profile

SRC = Path(__file__).resolve().parents[1] / "src" / "packetcoach"


def test_round_trip_private_directory_and_pruning(cache_at) -> None:
    cache.store("thing", "k1", {"a": 1})
    assert cache.load("thing", "k1") == {"a": 1}
    cache.store("thing", "k2", {"b": [1, 2]})
    assert sorted(os.listdir(cache_at)) == ["thing-k2.json"]
    assert stat.S_IMODE(os.stat(cache_at).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(cache_at / "thing-k2.json").st_mode) == 0o600


def test_a_file_others_can_write_is_not_trusted(cache_at) -> None:
    cache.store("thing", "k", {"a": 1})
    os.chmod(cache_at / "thing-k.json", 0o666)
    assert cache.load("thing", "k") is None


def test_a_planted_symlink_is_neither_read_nor_written_through(cache_at, tmp_path) -> None:
    cache.store("thing", "seed", 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (cache_at / "thing-k.json").symlink_to(victim)
    assert cache.load("thing", "k") is None
    cache.store("thing", "k", {"a": 1})
    assert victim.read_text() == "keep me"
    assert not (cache_at / "thing-k.json").is_symlink() and cache.load("thing", "k") == {"a": 1}


def test_a_directory_others_can_write_is_not_used(cache_at) -> None:
    cache_at.mkdir(mode=0o700)
    os.chmod(cache_at, 0o777)
    cache.store("thing", "k", {"a": 1})
    assert os.listdir(cache_at) == []
    assert cache.load("thing", "k") is None


def test_no_directory_is_created_in_a_folder_anyone_can_swap(tmp_path, monkeypatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)  # world-writable, no sticky bit
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(shared / "c"))
    cache.store("thing", "k", {"a": 1})
    assert not (shared / "c").exists()


def test_cache_can_be_switched_off_and_an_unwritable_one_still_works(cache_at, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PACKETCOACH_NO_CACHE", "1")
    cache.store("thing", "k", 1)
    assert not cache_at.exists()
    monkeypatch.delenv("PACKETCOACH_NO_CACHE")
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(blocked / "sub"))
    cache.store("thing", "k", 1)
    assert cache.load("thing", "k") is None
    assert analyze("- Built a cache for sellers.\n").items


def test_nothing_in_the_package_unpickles() -> None:
    for path in SRC.rglob("*.py"):
        assert "pickle" not in path.read_text(encoding="utf-8"), path


def test_editing_a_parent_profile_is_seen_through_the_cache(cache_at, tmp_path) -> None:
    parent = tmp_path / "parent.toml"
    child = tmp_path / "child.toml"
    parent.write_text('[profile]\nname = "parent"\nextends = "amazon-pm"\n[verbs]\ntechnical = ["frobnicate"]\n')
    child.write_text(f'[profile]\nname = "child"\nextends = "{parent}"\n')
    assert "frobnicate" in load_profile(str(child)).list("verbs", "technical")
    assert "frobnicate" in rubric_for(str(child)).verb_class
    parent.write_text('[profile]\nname = "parent"\nextends = "amazon-pm"\n[verbs]\ntechnical = ["wibble"]\n')
    os.utime(parent, ns=(1, 1))  # even with an old modification time, the text decides
    assert "wibble" in load_profile(str(child)).list("verbs", "technical")
    reloaded = rubric_for(str(child))
    assert "wibble" in reloaded.verb_class and "frobnicate" not in reloaded.verb_class


def test_an_entry_is_written_as_ascii_and_read_back_whole(cache_at) -> None:
    """Non-ASCII characters are escaped in the file (parsing an ASCII text is JSON's fast path)."""
    cache.store("thing", "k", {"phrase": "customer’s — café"})
    assert (cache_at / "thing-k.json").read_bytes().isascii()
    assert cache.load("thing", "k") == {"phrase": "customer’s — café"}


def test_an_entry_reads_back_as_the_values_stored_and_one_it_cannot_read_is_built_again(cache_at) -> None:
    """What json.dumps wrote reads back as the same values (floats to the last digit, characters
    past the first plane, nesting, key order); an entry the reader refuses (a lone surrogate, which
    no entry holds) is no entry: the caller builds it again."""
    value = {"z": [0.1, 1e-05, 2.5e300, -0.0, 12345678901234, None, True, "😀 ’"], "a": {"b": [[], {}]}, "": 3}
    cache.store("thing", "k", value)
    loaded = cache.load("thing", "k")
    assert loaded == value and list(loaded) == ["z", "a", ""] and repr(loaded) == repr(value)
    cache.store("thing", "k", {"phrase": "\ud800"})
    assert cache.load("thing", "k") is None


def test_what_the_analysis_derives_from_a_profile_is_kept_with_that_profile() -> None:
    text = "# Review\n\n## Payments\n\n- Cut refund time for sellers from 9 days to 2, and churn fell 3 points.\n"
    analyze(text, profile="amazon-pm", level="L6")
    analyze(text, profile="generic", level="L6")
    mine, other = rubric_for("amazon-pm").derived, rubric_for("generic").derived
    assert mine is not None and other is not None and mine is not other
    assert mine["principles"] is not other["principles"]
    assert ("asked", "L6") in mine and ("asked", "L6") in other


def test_no_module_keeps_a_cache_keyed_by_an_object_s_identity() -> None:
    """A module-level cache keyed by ``id()`` is shared by every thread of a server and can answer
    for an object that has gone; what is derived from a profile lives with the compiled profile."""
    keyed = []
    for path in SRC.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            target = node.target if isinstance(node, ast.AnnAssign) else \
                node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
            if isinstance(target, ast.Name) and isinstance(node.value, ast.Dict) and not node.value.keys \
                    and (f"{target.id}[id(" in source or f"{target.id}.get(id(" in source):
                keyed.append(f"{path.relative_to(SRC)}: {target.id}")
    assert keyed == []
