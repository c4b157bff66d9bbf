"""The compiled-profile cache: used when trusted, rebuilt when not, never beside a draft."""

from __future__ import annotations

import os

from packetcoach.profile import cache


def test_cache_round_trip_and_pruning(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(tmp_path / "c"))
    calls = []
    assert cache.cached("thing", "k1", lambda: calls.append(1) or {"a": 1}) == {"a": 1}
    assert cache.cached("thing", "k1", lambda: calls.append(1) or {"a": 2}) == {"a": 1}
    assert len(calls) == 1
    cache.cached("thing", "k2", lambda: {"b": 1})
    assert sorted(os.listdir(tmp_path / "c")) == ["thing-k2.pickle"]
    assert oct(os.stat(tmp_path / "c").st_mode & 0o777) == "0o700"


def test_untrusted_cache_file_is_rebuilt(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(tmp_path))
    cache.cached("thing", "k", lambda: "good")
    os.chmod(tmp_path / "thing-k.pickle", 0o666)
    assert cache.cached("thing", "k", lambda: "rebuilt") == "rebuilt"


def test_cache_can_be_switched_off(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PACKETCOACH_NO_CACHE", "1")
    assert cache.cached("thing", "k", lambda: "fresh") == "fresh"
    assert os.listdir(tmp_path) == []


def test_unwritable_cache_still_works(tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(blocked / "sub"))
    assert cache.cached("thing", "k", lambda: 42) == 42
