"""The thirty-first speed round: a check's start-up loads neither ``inspect`` nor OpenSSL's hashes.

``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``, ``tokenize`` and ``linecache``)
for one call, made only when a class has no docstring; the console script puts a stand-in for
``inspect`` in ``sys.modules`` (frontends/cli/startup.py ``defer``) that imports the real module the
first time a name is read from it, and every dataclass a check makes has a docstring. ``hashlib``
loads OpenSSL's library first (about 2.5 ms): the user cache's keys are BLAKE2b from the
interpreter's own ``_blake2`` (three times faster than its ``_sha256`` on the half megabyte of
profile and code text a check hashes), and the history's digest of a draft stays SHA-256, from
``_sha256``, so a draft recorded before is still known.

Each probe runs a real check in a fresh interpreter started as the console script starts it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packetcoach.core import cache
from packetcoach.frontends.cli import startup

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: What the console script's check must not load: the modules behind ``inspect``, and hashlib's.
NOT_LOADED = ("inspect", "ast", "dis", "tokenize", "linecache", "hashlib", "_hashlib")

#: The tests' child interpreters load the network guard first (tests/netguard.py, through a
#: sitecustomize), which imports dataclasses and so inspect: the probe forgets them, as a user's
#: interpreter has never loaded them, and the check imports dataclasses afresh.
PROBE = """
import io, json, sys
for name in json.loads(sys.argv[2]):
    sys.modules.pop(name, None)
before = set(sys.modules)
from packetcoach.frontends.cli import main as cli, startup
startup.pause()
code = cli.main(json.loads(sys.argv[1]), out=io.StringIO())
real = [name for name in set(sys.modules) - before if type(sys.modules[name]) is type(sys)]
print(json.dumps({"code": code, "real": sorted(real)}))
"""


def _probe(argv: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv), json.dumps([*NOT_LOADED, "dataclasses"])], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict:
    """A second check of a draft, the profile cache warm, and a new version kept in the history."""
    folder = tmp_path_factory.mktemp("drafts")
    draft = folder / "draft.md"
    draft.write_bytes((EXAMPLES / "mixed.md").read_bytes())
    env = dict(os.environ, PACKETCOACH_CACHE_DIR=str(tmp_path_factory.mktemp("cache")),
               PACKETCOACH_DATA_DIR=str(tmp_path_factory.mktemp("data")))
    env.pop("PACKETCOACH_NO_HISTORY", None)
    env.pop("PACKETCOACH_NO_CACHE", None)
    argv = ["check", str(draft), "--format", "json"]
    first = _probe(argv, env)  # fills the profile cache and the history
    draft.write_text(draft.read_text(encoding="utf-8") + "\n- Cut churn by 5% for sellers.\n", encoding="utf-8")
    return {"first": first, "second": _probe(argv, env)}


@pytest.mark.parametrize("run", ["first", "second"])
def test_a_check_loads_neither_inspect_nor_hashlib(checked: dict, run: str) -> None:
    probe = checked[run]
    assert probe["code"] in (0, 1)
    assert "packetcoach.store.queries" in probe["real"] and "dataclasses" in probe["real"]
    loaded = sorted(set(NOT_LOADED) & set(probe["real"]))
    assert loaded == [], f"the check path loads {loaded}"


def test_a_stand_in_imports_its_module_when_a_name_is_read() -> None:
    code = """
import sys
from packetcoach.frontends.cli import startup
sys.modules.pop("inspect", None)  # the network guard of the tests loaded it
startup.defer(("inspect", "colorsys"))
import inspect, colorsys
assert type(sys.modules["inspect"]) is not type(sys) and type(sys.modules["colorsys"]) is not type(sys)
print(inspect.signature(lambda a, b=2: a), colorsys.rgb_to_hsv(1, 0, 0))
assert type(sys.modules["inspect"]) is type(sys) and sys.modules["inspect"].signature is inspect.signature
import inspect as again
assert again is sys.modules["inspect"]
from colorsys import hsv_to_rgb
print(hsv_to_rgb(0, 0, 1))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["(a, b=2) (0.0, 1.0, 1)", "(1, 1, 1)"]


def test_a_module_already_imported_keeps_itself() -> None:
    """In process (the tests, a server) ``inspect`` is loaded already: ``defer`` leaves it be."""
    import inspect

    startup.defer(("inspect",))
    assert sys.modules["inspect"] is inspect


CHECK_PATH_DATACLASSES = ("packetcoach.core.model", "packetcoach.core.report", "packetcoach.analysis.packet",
                          "packetcoach.analysis.stories", "packetcoach.rules.document", "packetcoach.rules.item",
                          "packetcoach.frontends.config.settings", "packetcoach.frontends.config.files")


def test_every_dataclass_of_the_check_path_has_a_docstring() -> None:
    """Without one, ``dataclasses`` writes one from ``inspect.signature`` and the stand-in loads inspect."""
    seen = []
    for name in CHECK_PATH_DATACLASSES:
        module = importlib.import_module(name)
        for key, value in vars(module).items():
            if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value):
                seen.append(key)
                assert value.__doc__ and not value.__doc__.startswith(f"{key}("), f"{name}.{key} has no docstring"
    assert {"Item", "Passage", "Report", "PacketContext", "PassageContext", "Story", "PacketView"} <= set(seen)


@pytest.mark.parametrize("texts", [(), ("",), ("amazon-pm", "verbs = []"), ("é\u202e", "\ud800")])
def test_cache_keys_are_blake2b_of_the_version_and_each_text(texts: tuple[str, ...]) -> None:
    """BLAKE2b, 160 bits: forty hex digits, as the SHA-256 prefix the keys were before."""
    from packetcoach._version import __version__

    value = hashlib.blake2b(__version__.encode(), digest_size=20)
    for text in texts:
        value.update(b"\0" + text.encode("utf-8", "surrogatepass"))
    assert cache.digest(*texts) == value.hexdigest() and len(cache.digest(*texts)) == 40


def test_a_cache_key_tells_texts_apart() -> None:
    keys = {cache.digest(*texts) for texts in [(), ("",), ("", ""), ("a", "b"), ("ab",), ("b", "a")]}
    assert len(keys) == 6


@pytest.mark.parametrize("text", ["", "# Draft\n\n- Cut churn by 5% for sellers. ✓\n", "x" * 100_000])
def test_the_history_digest_of_a_draft_is_hashlib_s(text: str) -> None:
    """A draft recorded before this round is still recognised as the same text."""
    from packetcoach.store import queries

    assert queries._digest(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
