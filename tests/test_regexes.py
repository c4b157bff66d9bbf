"""The pipeline's patterns kept compiled in the user cache (core/regexes.py) are the patterns
``re.compile`` makes, whether built fresh, read back from the cache or from a damaged entry."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from packetcoach.core import regexes

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# A check's pipeline in a fresh interpreter: every pattern it compiled through the cache, each
# compared with re.compile's (a pattern compares its source, flags and compiled code).
PROBE = """
import json, re, sys
from packetcoach.core import regexes
import packetcoach.api, packetcoach.output.json
from packetcoach.api import analyze
from packetcoach.output.json import report_json
report = report_json(analyze(open(sys.argv[1], encoding="utf-8").read()))
seen = {**(regexes._table or {}), **regexes._new}
made = {key: regexes.compiled(key.split(":", 1)[1], int(key.split(":", 1)[0])) for key in seen}
differ = [key for key, pattern in made.items() if pattern != re.compile(key.split(":", 1)[1], int(key.split(":", 1)[0]))]
new = len(regexes._new)
regexes.keep()
print(json.dumps({"stored": len(regexes._table or {}), "new": new, "differ": differ,
                  "report": report}))
"""


def _probe(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, str(EXAMPLES / "mixed.md")], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_second_process_builds_every_pattern_from_the_cache_and_reads_the_same(tmp_path: Path) -> None:
    env = dict(os.environ, PACKETCOACH_CACHE_DIR=str(tmp_path / "c"))
    env.pop("PACKETCOACH_NO_CACHE", None)
    first = _probe(env)
    assert first["new"] > 50 and first["differ"] == []
    assert len(list((tmp_path / "c").glob("regex-*.json"))) == 1
    second = _probe(env)
    assert second["new"] == 0 and second["differ"] == [] and second["stored"] == first["stored"]
    assert second["report"] == first["report"]
    off = _probe(dict(env, PACKETCOACH_NO_CACHE="1"))
    assert off["new"] == first["new"] and off["differ"] == [] and off["report"] == first["report"]


def test_a_damaged_or_foreign_entry_compiles_the_usual_way(monkeypatch) -> None:
    source, flags = r"(?P<n>\d+)\s+(?:days?|weeks?)\b", int(re.IGNORECASE)
    key = f"{flags}:{source}"
    damaged = [[flags, code, 0, {"n": 1}, [None, "n"]] for code in ("zz", "010203", "ffffffff", [1, 2, 3])]
    for entry in (*damaged, ["x"], None):  # not hexadecimal, not whole numbers, code the engine refuses, the old lists
        monkeypatch.setattr(regexes, "_table", {key: entry})
        monkeypatch.setattr(regexes, "_new", {})
        pattern = regexes.compiled(source, flags)
        assert pattern == re.compile(source, flags)
        assert pattern.search("in 3 Weeks").group("n") == "3"


def test_bytes_patterns_and_flags_given_as_re_flags_are_the_usual_patterns(monkeypatch) -> None:
    monkeypatch.setattr(regexes, "_table", {})
    monkeypatch.setattr(regexes, "_new", {})
    assert regexes.compiled(rb"\xe2\x80") == re.compile(rb"\xe2\x80")
    assert regexes.compiled(r"^a.b$", re.M | re.S | re.X) == re.compile(r"^a.b$", re.M | re.S | re.X)
    assert list(regexes._new) == [f"{int(re.M | re.S | re.X)}:^a.b$"]


def test_keep_writes_nothing_when_nothing_is_new(cache_at, monkeypatch) -> None:
    monkeypatch.setattr(regexes, "_table", {})
    monkeypatch.setattr(regexes, "_new", {})
    regexes.keep()
    assert not cache_at.exists() or not list(cache_at.glob("regex-*.json"))


def test_a_pattern_compiled_on_first_use_is_made_once_and_is_the_usual_pattern(monkeypatch) -> None:
    monkeypatch.setattr(regexes, "_table", {})
    monkeypatch.setattr(regexes, "_new", {})
    lazy = regexes.on_first_use(r"^\s*(\w+):", re.MULTILINE)
    assert lazy.pattern is None and regexes._new == {}  # nothing compiled until asked
    first = lazy()
    assert first is lazy() and first == re.compile(r"^\s*(\w+):", re.MULTILINE)
    assert first.findall("a: 1\n  b: 2") == ["a", "b"]
