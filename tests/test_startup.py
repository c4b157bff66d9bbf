"""A check loads only what a check needs.

``packetcoach check FILE`` is a one-shot process meant to cost no more than a prose linter, and
most of its time is start-up: every module it imports is paid on every run. What only other
commands or other inputs need loads where it is used: difflib for a "did you mean" hint, tomllib
for a profile or configuration file not yet parsed, html for an HTML page, the feature packages
for their own commands. Each test runs a real check in a fresh interpreter and lists the modules
it loaded (those loaded before packetcoach, by the interpreter or the test harness, do not count).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

PROBE = """
import io, json, sys
before = set(sys.modules)
from packetcoach.frontends.cli import main as cli
imported = set(sys.modules) - before
code = cli.main(json.loads(sys.argv[1]), out=io.StringIO())
print(json.dumps({"code": code, "import": sorted(imported), "run": sorted(set(sys.modules) - before)}))
"""

#: Modules a check of a Markdown draft (history on, profile cache warm) must never load.
NOT_ON_THE_CHECK_PATH = (
    "difflib", "tomllib", "html", "html.entities", "email", "zipfile", "xml.etree.ElementTree", "urllib.request",
    "heapq",  # Counter.most_common(n) imports it; the packet reading takes the first of the heaviest with max()
    "packetcoach.session", "packetcoach.evaluate", "packetcoach.calibrate", "packetcoach.plan",
    "packetcoach.coach.rewrite", "packetcoach.coach.redact", "packetcoach.coach.rehearse",
    "packetcoach.output.terminal", "packetcoach.output.markdown", "packetcoach.output.sarif",
    "packetcoach.readers.docx_reader", "packetcoach.readers.html_reader", "rich",
    "shutil", "bz2", "lzma",  # argparse's help formatter reads the terminal's width with shutil: only for help
    "packetcoach.rules.suppress",  # suppression comments are parsed in a draft that holds a comment
)


def _probe(argv: list[str], cwd: Path, env: dict[str, str]) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict:
    """What a user's second check loads: the profile cache filled by a first run, history on.

    The draft sits in a folder with no configuration file above it, as most drafts do (a
    project's configuration file is parsed with tomllib, and rightly).
    """
    folder = tmp_path_factory.mktemp("drafts")
    draft = folder / "draft.md"
    draft.write_bytes((EXAMPLES / "weak-engineer-voice.md").read_bytes())
    env = dict(os.environ, PACKETCOACH_CACHE_DIR=str(tmp_path_factory.mktemp("cache")),
               PACKETCOACH_DATA_DIR=str(tmp_path_factory.mktemp("data")))
    env.pop("PACKETCOACH_NO_HISTORY", None)
    env.pop("PACKETCOACH_NO_CACHE", None)
    argv = ["check", str(draft), "--format", "json"]
    _probe(argv, folder, env)  # the first run parses and caches the profile and rule files
    draft.write_text(draft.read_text(encoding="utf-8") + "\n- Cut churn by 5% for sellers.\n", encoding="utf-8")
    return _probe(argv, folder, env)  # a new version, so the history is written too


def test_a_check_loads_nothing_it_does_not_use(checked: dict) -> None:
    assert checked["code"] in (0, 1)
    assert "packetcoach.store.queries" in checked["run"] and "sqlite3" in checked["run"]  # the history was kept
    assert "packetcoach.api" in checked["run"]  # and the draft analysed
    loaded = sorted(set(NOT_ON_THE_CHECK_PATH) & set(checked["run"]))
    assert loaded == [], f"the check path imports {loaded}: import them where they are used"


def test_importing_the_command_line_loads_no_pipeline(checked: dict) -> None:
    """--help, --version and a usage error answer before the analysis pipeline is imported."""
    heavy = [name for name in checked["import"]
             if name.split(".")[:2] in (["packetcoach", layer] for layer in ("api", "analysis", "text", "rules",
                                                                             "profile", "output", "coach"))
             or name in ("dataclasses", "sqlite3", "re2")]
    assert heavy == []


@pytest.mark.parametrize("fail_on, expected", [("never", 0), ("info", 1)])
def test_a_check_process_that_skips_the_teardown_still_writes_everything(tmp_path: Path, fail_on: str,
                                                                          expected: int) -> None:
    """A one-shot check leaves without the interpreter's teardown (startup.leave): the whole report
    is written and the exit status is the command's."""
    env = dict(os.environ, PACKETCOACH_CACHE_DIR=str(tmp_path / "cache"), PACKETCOACH_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "check", str(EXAMPLES / "mixed.md"), "--format", "json",
                           "--fail-on", fail_on], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == expected, proc.stderr
    assert json.loads(proc.stdout)["findings"] and proc.stdout.endswith("}\n")
    assert (tmp_path / "data" / "history.sqlite3").is_file()


YOUNG = """
import gc, io, json, sys
from packetcoach.frontends.cli import main, startup
default = gc.get_threshold()[0]
startup.pause()
main.main(json.loads(sys.argv[1]), out=io.StringIO())
print(json.dumps([gc.isenabled(), gc.get_threshold()[0], default]))
"""


@pytest.mark.parametrize("argv, check", [(["check", str(EXAMPLES / "snippet.md"), "--format", "json", "--no-history"], True),
                                         (["rules", "--format", "json"], False)])
def test_a_check_collects_its_young_objects_less_often(tmp_path: Path, argv: list[str], check: bool) -> None:
    """After start-up the collector is on again; a check collects its young generation every
    50,000 allocations, every other command at Python's own threshold."""
    env = dict(os.environ, PACKETCOACH_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run([sys.executable, "-c", YOUNG, json.dumps(argv)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    enabled, young, default = json.loads(proc.stdout.splitlines()[-1])
    assert enabled and young == (50_000 if check else default)


def test_the_only_frozen_dataclasses_a_check_creates_are_the_shared_values() -> None:
    """A frozen dataclass compiles six methods when its class is made, on every check; the small
    records of the coach and the readers are named tuples, and only the values a Session shares
    between reads (the item, the passage, the report) and the configuration stay frozen dataclasses
    (docs/decisions.md)."""
    import dataclasses
    import importlib

    frozen = []
    for name in ("packetcoach.core.model", "packetcoach.core.report", "packetcoach.coach.clauses",
                 "packetcoach.coach.scaffold", "packetcoach.coach.sentences", "packetcoach.readers.source",
                 "packetcoach.frontends.config.settings", "packetcoach.frontends.config.files"):
        module = importlib.import_module(name)
        frozen += [f"{name}.{key}" for key, value in vars(module).items()
                   if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value)
                   and value.__dataclass_params__.frozen]  # type: ignore[attr-defined]
    assert sorted(frozen) == ["packetcoach.core.model.Item", "packetcoach.core.model.Passage",
                              "packetcoach.core.report.Report", "packetcoach.frontends.config.files.ConfigFile",
                              "packetcoach.frontends.config.settings.Settings"]
