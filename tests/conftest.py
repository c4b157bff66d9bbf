"""Shared test helpers: the JSON schema validator and a CLI runner."""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def report_validator() -> Draft202012Validator:
    schema = json.loads(resources.files("packetcoach").joinpath("output/schemas/report.schema.json").read_text())
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def error_validator() -> Draft202012Validator:
    schema = json.loads(resources.files("packetcoach").joinpath("output/schemas/error.schema.json").read_text())
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def contract():
    """contract("plan") validates a document against output/schemas/plan.schema.json (and so on)."""
    def validate(name: str, document) -> None:
        path = resources.files("packetcoach").joinpath(f"output/schemas/{name}.schema.json")
        Draft202012Validator(json.loads(path.read_text())).validate(document)

    return validate


@pytest.fixture(scope="session")
def read_item():
    """read_item("Cut the form ...") is the one annotated item a sentence of our own makes."""
    from packetcoach.api import analyze_item

    def read(text: str):
        item = analyze_item(text)
        assert item is not None and item.signals is not None, text
        return item

    return read


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cache_at(tmp_path, monkeypatch):
    """A user cache directory of the test's own, with caching on."""
    directory = tmp_path / "c"
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(directory))
    monkeypatch.delenv("PACKETCOACH_NO_CACHE", raising=False)
    return directory


@pytest.fixture
def cli(capsys):
    """Run the CLI in-process through its entry point; returns exit code, stdout and stderr."""
    from packetcoach.frontends.cli.main import main

    def run(*argv: str) -> CliResult:
        out = io.StringIO()
        try:
            code = main(list(argv), out=out)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, out.getvalue() + captured.out, captured.err)

    return run


# ---- No network, for the whole suite (tests/netguard.py, docs/security.md) ----
# Installed when this conftest is imported, before any test module (or packetcoach) is imported by a
# test, so nothing can open a connection before the guard is in place. Child interpreters started by
# tests inherit it through PYTHONPATH (a sitecustomize.py) and report to a log file; every test phase
# fails if an attempt was made during it, even one the code caught and ignored.
import os  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

import netguard  # noqa: E402

netguard.install()
_NETGUARD_SITE = pytest.StashKey[tuple[Path, dict]]()


_BYTECODE_ENV = "PACKETCOACH_TEST_BYTECODE"


def _share_bytecode(config: pytest.Config) -> None:
    """Child interpreters compile packetcoach once per run, not once each.

    Many tests start a real ``python -m packetcoach`` (or a server); with PYTHONDONTWRITEBYTECODE
    set, as in many development shells, every child compiled the whole package from source again,
    most of its start-up. The children share a bytecode cache in a temporary directory of this run
    instead (PYTHONPYCACHEPREFIX), written atomically by the interpreter and removed at the end.
    Only the children's environment changes: the test processes themselves were started with their
    own setting, so a test that watches this process's writes sees no new ``.pyc``. An xdist
    controller only makes the directory: its workers, which inherit its environment, start the
    children.
    """
    if _BYTECODE_ENV not in os.environ:
        os.environ[_BYTECODE_ENV] = tempfile.mkdtemp(prefix="packetcoach-bytecode-")
        config.stash[_BYTECODE_DIR] = os.environ[_BYTECODE_ENV]
    if hasattr(config, "workerinput") or getattr(config.option, "dist", "no") == "no":
        os.environ["PYTHONPYCACHEPREFIX"] = os.environ[_BYTECODE_ENV]
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_BYTECODE_DIR = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """Guard child interpreters too: a sitecustomize.py on PYTHONPATH and a log file, both temporary."""
    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", netguard.LOG_ENV, "PACKETCOACH_DATA_DIR",
                                                     "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE", _BYTECODE_ENV)}
    _share_bytecode(config)
    site = Path(tempfile.mkdtemp(prefix="packetcoach-netguard-"))
    netguard.write_sitecustomize(site)
    log = site / "attempts.log"
    log.touch()
    os.environ.update(netguard.child_environment(site, log))
    # The history the suite's checks keep goes to a temporary directory, never the user's own.
    os.environ["PACKETCOACH_DATA_DIR"] = str(site / "data")
    config.stash[_NETGUARD_SITE] = (site, saved)


def pytest_unconfigure(config: pytest.Config) -> None:
    site, saved = config.stash.get(_NETGUARD_SITE, (None, {}))
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    if site is not None:
        shutil.rmtree(site, ignore_errors=True)
    if _BYTECODE_DIR in config.stash:
        shutil.rmtree(config.stash[_BYTECODE_DIR], ignore_errors=True)


def _fail_on_network():
    """Wrap one test phase: fail it if any process made a network attempt while it ran."""
    mark = netguard.checkpoint()
    try:
        result = yield
    finally:
        found = netguard.take_since(mark)  # taken even when the phase failed, so they are reported once
    if found:
        pytest.fail("network access attempted (the suite forbids it, see tests/netguard.py):\n"
                    + "\n".join(found), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    return (yield from _fail_on_network())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    return (yield from _fail_on_network())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    return (yield from _fail_on_network())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Attempts outside any test (at collection, in a session fixture) fail the run as a whole."""
    found = netguard.take_since(netguard.Checkpoint(0, 0))
    if found:
        session.config.get_terminal_writer().line("network access attempted outside a test:\n" + "\n".join(found),
                                                  red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def command_runs(tmp_path_factory: pytest.TempPathFactory):
    """command_runs("check"): every argument set of a command, run once per test process with both
    witnesses on (tests/command_runs.py), for tests/test_privacy.py and tests/test_no_writes.py."""
    from command_runs import CommandRuns, run_command  # noqa: PLC0415

    done: dict[str, CommandRuns] = {}

    def runs(command: str) -> CommandRuns:
        if command not in done:
            done[command] = run_command(command, tmp_path_factory.mktemp(f"runs-{command}"))
        return done[command]

    return runs


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Costly modules first, and modules sharing a session fixture's runs together (tests/distribution.py)."""
    from distribution import make_scheduler  # noqa: PLC0415 - needs xdist, which this hook implies

    return make_scheduler(config, log)
