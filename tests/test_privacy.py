"""Private by construction (SPEC 4): no command, library call or reader touches the network.

The guard (tests/netguard.py) is on for the whole suite; these tests drive every part of the
product through it on purpose and assert that not a single attempt was made, then prove the guard
itself catches a real connection, in this process and in a child process. The commands are
enumerated from the CLI's own parser (tests/cli_matrix.py), so a new command is covered as soon as
it is registered.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import netguard
from cli_matrix import Drafts, argument_sets, in_process_commands, make_drafts
from netguard import NetworkAttemptBlocked

COMMANDS = in_process_commands()
FORBIDDEN_MODULES = ("socket", "_socket", "ssl", "_ssl", "urllib.request", "http.client", "requests", "urllib3",
                     "httpx", "aiohttp", "ftplib", "smtplib", "xmlrpc.client", "webbrowser", "socketserver",
                     "http.server")


@pytest.fixture
def drafts(tmp_path: Path) -> Drafts:
    return make_drafts(tmp_path / "drafts")


class GuardedPython:
    """Python children with the guard installed by their own sitecustomize, reporting to a private log."""

    def __init__(self, directory: Path):
        self.log = directory / "attempts.log"
        self.env = netguard.child_environment(netguard.write_sitecustomize(directory / "site"), self.log)

    def __call__(self, args: list[str], **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, *args], env=self.env, capture_output=True, timeout=120, **kwargs)

    def attempts(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""


@pytest.fixture
def guarded(tmp_path: Path) -> GuardedPython:
    return GuardedPython(tmp_path / "guard")


# ---- the guard catches what it must ----

def test_guard_is_on_for_the_whole_suite() -> None:
    """conftest installs it at import; children get it through PYTHONPATH."""
    assert netguard.installed()
    assert netguard.LOG_ENV in os.environ and "packetcoach-netguard-" in os.environ["PYTHONPATH"]


def test_guard_catches_a_connection_to_a_listening_localhost_port() -> None:
    """A real listener on 127.0.0.1 is reachable (control), yet without the allowance the guard stops it."""
    import socket

    with netguard.allow_loopback():
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        client.connect(server.getsockname())  # the control: a connection is possible here
        client.close()
        spare = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with netguard.expect_blocked() as caught:
            with pytest.raises(NetworkAttemptBlocked):
                socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            with pytest.raises(NetworkAttemptBlocked):
                spare.connect(server.getsockname())
            with pytest.raises(NetworkAttemptBlocked):
                socket.create_connection(server.getsockname(), timeout=1)
        assert [a.event for a in caught] == ["socket.__new__", "socket.connect", "socket.getaddrinfo"]
    finally:
        spare.close()
        server.close()


def test_guard_catches_dns_bind_and_http_clients() -> None:
    import http.client
    import socket
    import urllib.request

    attempts = [
        lambda: socket.getaddrinfo("example.com", 443),
        lambda: socket.gethostbyname("example.com"),
        lambda: socket.gethostbyaddr("192.0.2.1"),
        lambda: urllib.request.urlopen("http://127.0.0.1:9/", timeout=1),
        lambda: http.client.HTTPSConnection("example.com", timeout=1).connect(),
    ]
    with netguard.expect_blocked() as caught:
        for attempt in attempts:
            with pytest.raises(NetworkAttemptBlocked):
                attempt()
    assert len(caught) == len(attempts)


def test_an_attempt_caught_and_ignored_by_the_code_still_fails() -> None:
    """Product code that swallows errors (even BaseException) cannot hide an attempt."""
    import socket

    with netguard.expect_blocked() as caught:
        with pytest.raises(AssertionError, match="socket.__new__"):
            with netguard.no_attempts():
                try:
                    socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
                except BaseException:  # noqa: BLE001 - what careless code might do
                    pass
    assert caught == []  # no_attempts took it and turned it into the failure


def test_allow_loopback_still_refuses_every_other_host() -> None:
    import socket

    with netguard.allow_loopback(), netguard.expect_blocked() as caught:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAttemptBlocked):
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: refused before any packet is sent
        with pytest.raises(NetworkAttemptBlocked):
            socket.getaddrinfo("example.com", 80)
    assert len(caught) == 2


def test_guard_catches_a_connection_in_a_child_process(guarded) -> None:
    """The sitecustomize route works: a child's attempt fails it and is logged even if swallowed."""
    loud = guarded(["-c", "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"])
    assert loud.returncode != 0 and b"NetworkAttemptBlocked" in loud.stderr
    quiet = guarded(["-c", "import socket\ntry:\n    socket.socket()\nexcept BaseException:\n    pass"])
    assert quiet.returncode == 0
    log = guarded.attempts()
    assert "socket.getaddrinfo" in log and "socket.__new__" in log


# ---- nothing in the product attempts it ----

@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_runs_offline(command: str, command_runs) -> None:
    """Every argument set of every command, in this process, with not one network attempt.

    The runs are shared with test_no_writes.py (tests/command_runs.py): each was watched by both."""
    runs = command_runs(command).in_process
    assert runs, f"no argument set for {command}"
    for run in runs:
        assert not run.attempts, f"{run.argv}: network access attempted:\n" + "\n".join(run.attempts)
        assert run.code in (0, 1), f"{run.argv}: exit {run.code}: {run.err}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_runs_offline_through_python_m(command: str, command_runs, guarded) -> None:
    """The real entry point in a fresh, guarded interpreter: the first run of each command, and stdin.

    The first run is the process test_no_writes.py watches for writes (tests/command_runs.py)."""
    runs = command_runs(command)
    assert runs.fresh is not None
    assert runs.fresh.code in (0, 1), runs.fresh.err
    assert not runs.fresh.attempts, runs.fresh.attempts
    if command in ("check", "rewrite", "rehearse"):
        piped = guarded(["-m", "packetcoach", command, "-", "--format", "json"],
                        input=runs.workspace.drafts.docx.read_bytes())
        assert piped.returncode in (0, 1), piped.stderr.decode()
    assert guarded.attempts() == ""


def test_batch_of_drafts_in_worker_processes_is_offline(guarded, drafts: Drafts) -> None:
    """--jobs spreads a batch over worker processes; the guard follows them (they log to the same file)."""
    proc = guarded(["-m", "packetcoach", "check", *map(str, drafts.all), "--jobs", "3", "--format", "json"])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    assert len(json.loads(proc.stdout)) == len(drafts.all)
    assert guarded.attempts() == ""


def test_library_api_and_every_reader_are_offline(drafts: Drafts) -> None:
    """The calls the web app and language server will make, and each reader on each kind of draft."""
    from packetcoach import analyze, analyze_item, report_json
    from packetcoach.api import check_item
    from packetcoach.evaluate.harness import evaluate
    from packetcoach.readers import KINDS, read_bytes, read_path
    from packetcoach.coach.redact import redact, redaction_json
    from packetcoach.coach.rehearse import rehearsal_json, rehearse
    from packetcoach.output import markdown, terminal
    from packetcoach.coach.rewrite import rewrite_json, rewrite_report

    with netguard.no_attempts():
        sources = [read_path(path) for path in drafts.all]
        sources += [read_bytes(path.read_bytes(), "-") for path in drafts.all]  # sniffed, as stdin
        sources += [read_bytes(drafts.markdown[0].read_bytes(), "-", kind) for kind in KINDS if kind != "docx"]
        assert {source.kind for source in sources} == set(KINDS)
        for source, profile in zip(sources, ["amazon-pm", "generic"] * len(sources)):
            report = analyze(source.text, profile=profile, source=source.name)
            json.dumps(report_json(report))
            terminal.render(report, io.StringIO(), color=True)
            markdown.render(report)
            json.dumps(rewrite_json(rewrite_report(report)))
            json.dumps(redaction_json(redact(report)))
            json.dumps(rehearsal_json(report, rehearse(report)))
        check_item("Convinced the VP to cut a step, raising completion from 71% to 89%.")
        analyze_item("Built a cache for sellers, cutting p99 latency by 40ms.")
        evaluate(drafts.labelled)  # the whole corpus's evaluation is watched in tests/test_eval.py


# ---- nothing in the product could, at import ----

DRIVER = """
import io, json, sys
from packetcoach.frontends.cli.main import main
for argv in json.loads(sys.argv[1]):
    main(list(argv), out=io.StringIO())
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after(guarded, runs, preamble: str = "") -> set[str]:
    """The modules loaded by a fresh interpreter that imported the CLI and ran ``runs`` in-process."""
    proc = guarded(["-c", preamble + DRIVER, json.dumps(runs)])
    assert proc.returncode == 0, proc.stderr.decode()
    return set(json.loads(proc.stdout.decode().splitlines()[-1]))


def test_the_module_check_detects_a_network_module(guarded) -> None:
    """The control for the next test: an import of urllib.request shows up; the bare CLI import does not."""
    assert not _modules_after(guarded, []) & set(FORBIDDEN_MODULES)
    found = _modules_after(guarded, [], preamble="import urllib.request\n") & set(FORBIDDEN_MODULES)
    assert {"urllib.request", "http.client", "socket"} <= found


@pytest.mark.parametrize("command", COMMANDS)
def test_no_network_module_is_imported_by_any_command(command: str, guarded, drafts: Drafts, tmp_path) -> None:
    """Not even imported: every single-draft run of the command loads no socket, ssl, urllib or http client.

    Batches with --jobs are left out: the standard library's process pool imports socket (for its
    own pipes), which the guard tests above cover.
    """
    runs = [argv for argv in argument_sets(command, drafts, tmp_path) if "--jobs" not in argv]
    loaded = _modules_after(guarded, runs) & set(FORBIDDEN_MODULES)
    assert not loaded, f"{command} imports {sorted(loaded)}"
