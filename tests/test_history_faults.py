"""The history under faults, with real processes: concurrent writers, kill -9, a bad database.

Nothing may be lost, the database must stay consistent, and when it cannot be used the analysis
runs anyway with one warning line.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from packetcoach.store.connection import open_store
from packetcoach.store.queries import versions

ROOT = Path(__file__).resolve().parents[1]
SNIPPET = ROOT / "examples" / "snippet.md"

WRITER = r"""
import hashlib, sys
from packetcoach.store.connection import open_store
from packetcoach.store.queries import Entry, record
database, name, count, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store = open_store(database)
for number in range(count):
    text = f"{name} version {number} " + ("lorem ipsum " * size)
    entry = Entry(f"/drafts/{name}.md", text, len(text.split()), "amazon-pm", "L6", "self-assessment",
                  {"packet": number % 101}, {"text": text})
    (version_id,) = record(store, [entry])
    print(version_id, hashlib.sha256(text.encode()).hexdigest(), flush=True)
"""


def _python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def _integrity(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def _texts(database: Path) -> dict[int, str]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return {row[0]: row[1] for row in connection.execute("SELECT id, sha256 FROM versions")}


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    """Four processes, each committing 40 versions as fast as it can, all at once."""
    database = tmp_path / "data" / "history.sqlite3"
    writers = [_python(WRITER, str(database), f"draft{number}", "40", "50") for number in range(4)]
    reported: dict[int, str] = {}
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        reported.update((int(line.split()[0]), line.split()[1]) for line in out.splitlines())
    assert len(reported) == 160
    assert _texts(database) == reported
    assert _integrity(database) == "ok"
    with open_store(str(database)) as store:
        assert {version.source for version in versions(store)} == {f"/drafts/draft{n}.md" for n in range(4)}


def _held_open(path: Path) -> sqlite3.Connection:
    """A database in the default journal mode with another connection about to write (as a check
    starting a moment earlier does while it creates the tables): nobody can switch it to WAL until
    that transaction ends, and SQLite says so at once instead of calling the busy handler."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_history_another_process_holds_is_waited_for_not_given_up(tmp_path: Path) -> None:
    """SQLite answers the switch to WAL with 'locked' at once instead of calling the busy handler;
    several checks starting together on a new history met that (pre-commit runs hooks in parallel)."""
    database = tmp_path / "history.sqlite3"
    holder = _held_open(database)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlite3.connect(database, timeout=5, isolation_level=None).execute("PRAGMA journal_mode = WAL")
    assert time.monotonic() - started < 1, "SQLite now waits here itself"
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        release = pool.submit(lambda: (time.sleep(0.3), holder.execute("COMMIT")))
        store = open_store(str(database))
        release.result()
    with store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_history_held_past_the_busy_timeout_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from packetcoach.core.errors import PacketcoachError
    from packetcoach.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.2)
    database = tmp_path / "history.sqlite3"
    holder = _held_open(database)
    started = time.monotonic()
    with pytest.raises(PacketcoachError, match="locked by another process"):
        open_store(str(database))
    assert time.monotonic() - started >= 0.15
    holder.execute("COMMIT")


def test_concurrent_checks_keep_every_file(tmp_path: Path) -> None:
    """The real command: parallel `packetcoach check` processes over different drafts."""
    data = tmp_path / "data"
    drafts = []
    for number in range(6):
        path = tmp_path / f"draft{number}.md"
        path.write_text(SNIPPET.read_text(encoding="utf-8") + f"\n- Cut costs for sellers by {number + 2}%.\n",
                        encoding="utf-8")
        drafts.append(path)
    env = {**os.environ, "PACKETCOACH_DATA_DIR": str(data)}
    env.pop("PACKETCOACH_NO_HISTORY", None)
    runs = [subprocess.Popen([sys.executable, "-m", "packetcoach", "check", str(path), "--format", "json"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env) for path in drafts]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode in (0, 1) and not err, err
    with open_store(str(data / "history.sqlite3")) as store:
        assert sorted(version.source for version in versions(store)) == sorted(os.path.realpath(p) for p in drafts)


@pytest.mark.parametrize("attempt", range(3))
def test_a_writer_killed_mid_write_leaves_a_consistent_database(tmp_path: Path, attempt: int) -> None:
    """kill -9 while a writer commits large versions: every version it reported is there, intact."""
    database = tmp_path / "data" / "history.sqlite3"
    writer = _python(WRITER, str(database), "killed", "100000", "20000")  # ~240 KB a version
    reported: dict[int, str] = {}
    assert writer.stdout is not None
    while len(reported) < 4 + attempt:
        line = writer.stdout.readline()
        assert line, writer.stderr.read() if writer.stderr else ""
        reported[int(line.split()[0])] = line.split()[1]
    time.sleep(0.003 * attempt)  # land the kill at different points of the next write
    writer.send_signal(signal.SIGKILL)
    rest, _ = writer.communicate(timeout=30)
    reported.update((int(line.split()[0]), line.split()[1]) for line in rest.splitlines() if len(line.split()) == 2)
    assert writer.returncode == -signal.SIGKILL
    assert _integrity(database) == "ok"
    found = _texts(database)
    assert all(found.get(version_id) == digest for version_id, digest in reported.items()), "a committed version was lost"
    with open_store(str(database)) as store:  # and it works on
        rows = store.connection.execute("SELECT text, sha256 FROM versions").fetchall()
        assert all(hashlib.sha256(text.encode()).hexdigest() == digest for text, digest in rows)
    after = _python(WRITER, str(database), "after", "2", "10")
    assert after.communicate(timeout=60)[0].count("\n") == 2


# ---- a database that cannot be used: one warning, the analysis runs ----

def _check(data: Path, draft: Path = SNIPPET, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PACKETCOACH_DATA_DIR": str(data)}
    env.pop("PACKETCOACH_NO_HISTORY", None)
    return subprocess.run([sys.executable, "-m", "packetcoach", "check", str(draft), "--format", "json", *extra],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def clean_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    result = _check(tmp_path_factory.mktemp("clean"), SNIPPET, "--no-history")
    return json.loads(result.stdout)


def _assert_warned_and_analysed(result: subprocess.CompletedProcess, clean_report: dict, problem: str) -> None:
    assert result.returncode in (0, 1)
    assert json.loads(result.stdout) == clean_report  # the analysis is exactly what it would have been
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("packetcoach: warning: ") and problem in lines[0]
    assert lines[0].endswith("continuing without history")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content, problem", [
    (b"this is not a database at all, just text " * 100, "damaged"),
    (b"SQLite format 3\x00" + b"\xff" * 4080, "damaged"),
])
def test_a_corrupt_database(tmp_path: Path, clean_report: dict, content: bytes, problem: str) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "history.sqlite3").write_bytes(content)
    _assert_warned_and_analysed(_check(data), clean_report, problem)
    assert (data / "history.sqlite3").read_bytes() == content  # left as it was, for the user to look at


def test_a_database_cut_short(tmp_path: Path, clean_report: dict) -> None:
    data = tmp_path / "data"
    assert _check(data).returncode in (0, 1)
    database = data / "history.sqlite3"
    content = database.read_bytes()
    database.write_bytes(content[: len(content) // 2 + 100])
    result = _check(data, ROOT / "examples" / "mixed.md")
    assert result.returncode in (0, 1) and json.loads(result.stdout)["schema"] == "packetcoach.report/1"
    assert len(result.stderr.splitlines()) <= 1 and "Traceback" not in result.stderr


def test_a_database_from_a_newer_packetcoach(tmp_path: Path, clean_report: dict) -> None:
    data = tmp_path / "data"
    assert _check(data).returncode in (0, 1)
    with contextlib.closing(sqlite3.connect(data / "history.sqlite3")) as connection:
        connection.execute("PRAGMA user_version = 99")
        connection.commit()
    _assert_warned_and_analysed(_check(data), clean_report, "newer packetcoach (schema 99")
    env = {**os.environ, "PACKETCOACH_DATA_DIR": str(data)}
    history = subprocess.run([sys.executable, "-m", "packetcoach", "history"], capture_output=True, text=True,
                             env=env, timeout=60)
    assert history.returncode == 2 and history.stderr.count("\n") == 1 and "newer packetcoach" in history.stderr


def test_a_locked_database(tmp_path: Path, clean_report: dict, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process holds the write lock past the busy timeout: a warning, not a wait forever."""
    data = tmp_path / "data"
    assert _check(data).returncode in (0, 1)
    monkeypatch.setenv("PACKETCOACH_DATA_DIR", str(data))
    monkeypatch.setattr("packetcoach.store.connection.BUSY_TIMEOUT_SECONDS", 0.3)
    holder = _python("import sqlite3, sys, time\n"
                     "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                     "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)",
                     str(data / "history.sqlite3"))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        draft = tmp_path / "other.md"
        draft.write_text(SNIPPET.read_text(encoding="utf-8"), encoding="utf-8")
        result = cli("check", str(draft), "--format", "json")
        assert result.code in (0, 1) and result.json() == {**clean_report, "source": str(draft)}
        assert result.err.count("\n") == 1 and "locked by another process" in result.err
    finally:
        holder.kill()
        holder.communicate()
    assert cli("check", str(draft), "--format", "json").err == ""  # once released, it is kept again


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable, for root too (the immutable attribute) when running as root."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        os.chmod(path, 0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            os.chmod(path, mode)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for root on this file system")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database(tmp_path: Path, clean_report: dict) -> None:
    data = tmp_path / "data"
    assert _check(data).returncode in (0, 1)
    database = data / "history.sqlite3"
    before = database.read_bytes()
    with read_only(database):
        _assert_warned_and_analysed(_check(data, ROOT / "examples" / "snippet.md"), clean_report, "read-only")
    assert database.read_bytes() == before


def test_a_read_only_data_directory(tmp_path: Path, clean_report: dict) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    with read_only(data):
        _assert_warned_and_analysed(_check(data), clean_report, "history database")
    assert list(data.iterdir()) == []


def test_a_data_directory_of_another_user_is_refused(tmp_path: Path, clean_report: dict) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to give the directory away")
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    os.chown(data, 65534, 65534)
    _assert_warned_and_analysed(_check(data), clean_report, "belongs to another user")
    assert list(data.iterdir()) == []
