"""The history: what check keeps, `history`, `diff`, `forget` (for real), privacy, migrations."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from packetcoach.output.history import sparkline
from packetcoach.store.connection import open_store
from packetcoach.store.migrations import MIGRATIONS
from packetcoach.store.queries import versions

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
MARKER = "Zanzibar-Quokka-7731"  # a phrase that appears nowhere else


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("PACKETCOACH_DATA_DIR", str(directory))
    monkeypatch.delenv("PACKETCOACH_NO_HISTORY", raising=False)
    return directory


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    directory = tmp_path / "drafts"
    directory.mkdir()
    for path in EXAMPLES.glob("*.md"):
        shutil.copy(path, directory / path.name)
    return directory


def stored(data: Path, draft: Path | None = None):
    with open_store(str(data / "history.sqlite3")) as store:
        return versions(store, None if draft is None else str(draft))


# ---- what check keeps ----

def test_check_keeps_each_file_with_its_text_and_report(cli, data: Path, drafts: Path) -> None:
    files = sorted(drafts.glob("*.md"))
    assert cli("check", *map(str, files), "--format", "json").code in (0, 1)
    kept = stored(data)
    assert sorted(version.source for version in kept) == sorted(os.path.realpath(path) for path in files)
    with open_store(str(data / "history.sqlite3")) as store:
        text, report = store.connection.execute(
            "SELECT v.text, v.report FROM versions v JOIN drafts d ON d.id = v.draft_id WHERE d.path = ?",
            (os.path.realpath(files[0]),)).fetchone()
    assert text == files[0].read_text(encoding="utf-8")
    assert '"schema": "packetcoach.report/1"' in report
    assert all(set(version.score) == {"packet", "evidence", "narrative", "re_role", "level_signal"} for version in kept)


def test_standard_input_is_never_kept(cli, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((EXAMPLES / "snippet.md").read_bytes())))
    assert cli("check", "-", "--format", "json").code in (0, 1)
    assert not data.exists()


def test_the_same_text_twice_is_one_version(cli, data: Path, drafts: Path) -> None:
    draft = drafts / "snippet.md"
    for _ in range(3):
        cli("check", str(draft), "--format", "json")
    assert len(stored(data, draft)) == 1
    cli("check", str(draft), "--format", "json", "--level", "L7")
    draft.write_text(draft.read_text(encoding="utf-8") + "\n- Convinced the VP to stop the project.\n", encoding="utf-8")
    cli("check", str(draft), "--format", "json")
    assert [version.level for version in stored(data, draft)] == ["L6", "L7", "L6"]


@pytest.mark.parametrize("switch", [("--no-history",), ("env", "1"), ("env", "true"), ("env", "yes")])
def test_history_can_be_turned_off(cli, data: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch, switch) -> None:
    options = list(switch) if switch[0] == "--no-history" else []
    if switch[0] == "env":
        monkeypatch.setenv("PACKETCOACH_NO_HISTORY", switch[1])
    assert cli("check", str(drafts / "snippet.md"), "--format", "json", *options).code in (0, 1)
    assert not data.exists()


def test_no_history_set_to_zero_keeps_it_on(cli, data: Path, drafts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKETCOACH_NO_HISTORY", "0")
    cli("check", str(drafts / "snippet.md"), "--format", "json")
    assert len(stored(data)) == 1


def test_the_data_directory_is_private(cli, data: Path, drafts: Path) -> None:
    cli("check", str(drafts / "snippet.md"), "--format", "json")
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "history.sqlite3").stat().st_mode) == 0o600


def test_an_open_data_directory_is_made_private(cli, data: Path, drafts: Path) -> None:
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    (data / "history.sqlite3").touch()
    os.chmod(data / "history.sqlite3", 0o644)
    cli("check", str(drafts / "snippet.md"), "--format", "json")
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "history.sqlite3").stat().st_mode) == 0o600


# ---- history ----

def test_sparkline_uses_the_fixed_scale() -> None:
    assert sparkline([0, 12, 50, 88, 100]) == "▁▁▄▇█"
    assert sparkline([]) == ""


def test_history_lists_versions_with_a_sparkline(cli, data: Path, drafts: Path, contract) -> None:
    draft = drafts / "draft.md"
    for example in ("weak-engineer-voice.md", "mixed.md", "strong-pm-voice.md"):
        draft.write_text((EXAMPLES / example).read_text(encoding="utf-8"), encoding="utf-8")
        cli("check", str(draft), "--format", "json")
    cli("check", str(drafts / "snippet.md"), "--format", "json")
    payload = cli("history", str(draft), "--format", "json").json()
    contract("history", payload)
    contract("history", cli("history", "--format", "json").json())
    assert payload["database"] == str(data / "history.sqlite3")
    assert [version["score"]["packet"] for version in payload["versions"]] == [22, 62, 85]
    for version in payload["versions"]:
        assert {"id", "source", "at", "words", "score"} <= set(version)
        assert version["source"] == os.path.realpath(draft)
    assert [v["id"] for v in payload["versions"]] == sorted(v["id"] for v in payload["versions"])
    terminal = cli("history", str(draft)).out
    assert "▂▅▇  packet 22 -> 85 (+63) over 3 versions" in terminal
    everything = cli("history").out
    assert everything.count("over ") == 2 and "over 1 version\n" in everything


def test_history_without_a_database_creates_nothing(cli, data: Path) -> None:
    result = cli("history")
    assert result.code == 0 and result.out.startswith("No history yet")
    assert cli("history", "--format", "json").json()["versions"] == []
    assert not data.exists()


# ---- diff ----

OLD = """# Impact

- Built a new caching layer for the catalog service, reducing p99 latency by 40ms.
- Convinced the payments VP to drop the extra verification step for small sellers, raising checkout completion from 71% to 89%.
- Held 40 customer interviews with sellers about onboarding.
- I launched one-click returns for Prime members, cutting return time from 9 days to 2 and saving $3M a year.
"""
NEW = """# Impact

- Convinced the catalog team to build a caching layer for the catalog service, raising search conversion for shoppers in India from 2.1% to 2.6%.
- Convinced the payments VP to drop the extra verification step for small sellers, raising checkout completion from 71% to 89%.
- Held 40 customer interviews with sellers about onboarding, and chose to cut the tax step.
- Launched one-click returns for Prime members.
- Killed the loyalty pilot after 6 weeks.
"""


def test_diff_of_two_files(cli, data: Path, tmp_path: Path, contract) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    payload = cli("diff", str(old), str(new), "--format", "json").json()
    contract("diff", payload)
    changes = {item["change"]: item for item in payload["items"]}
    became = changes["became-ready"]
    assert became["before"] == "not-ready" and became["after"] == "ready"
    assert became["before_text"].startswith("Built a new caching layer")
    assert changes["regressed"]["text"] == "Launched one-click returns for Prime members."
    assert changes["unchanged"]["after"] == "ready"
    assert changes["added"]["text"].startswith("Killed the loyalty pilot") and changes["added"]["before"] == "absent"
    for item in payload["items"]:
        assert {"text", "before", "after"} <= set(item)
        assert {item["before"], item["after"]} <= {"ready", "not-ready", "absent"}
    score = payload["score"]
    assert set(score["before"]) == set(score["after"]) == {"packet", "evidence", "narrative", "re_role", "level_signal"}
    assert score["change"]["packet"] == score["after"]["packet"] - score["before"]["packet"]
    terminal = cli("diff", str(old), str(new)).out
    assert "became ready (1)" in terminal and "regressed (1)" in terminal
    assert "  was Built a new caching layer" in terminal
    assert not data.exists()  # diff reads; it keeps nothing


def test_diff_of_two_history_versions(cli, data: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(OLD, encoding="utf-8")
    cli("check", str(draft), "--format", "json", "--level", "L7")
    draft.write_text(NEW, encoding="utf-8")
    cli("check", str(draft), "--format", "json", "--level", "L7")
    first, second = (version.id for version in stored(data, draft))
    by_id = cli("diff", f"@{first}", f"@{second}", "--format", "json").json()
    by_file = cli("diff", f"@{first}", str(draft), "--format", "json", "--level", "L7").json()
    assert by_id["items"] == by_file["items"] and by_id["score"] == by_file["score"]
    assert by_id["new"].startswith(f"@{second} (")
    missing = cli("diff", "@999", f"@{second}")
    assert missing.code == 2 and missing.err.count("\n") == 1 and "@999: no such version" in missing.err


# ---- forget, for real ----

def _files_bytes(data: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in data.iterdir()}


def test_forget_removes_the_text_from_every_file_of_the_database(cli, data: Path, tmp_path: Path) -> None:
    secret, other = tmp_path / "secret.md", tmp_path / "other.md"
    for number in range(3):
        secret.write_text(OLD + f"- Convinced the {MARKER} board to fund {number + 2} pilots.\n", encoding="utf-8")
        cli("check", str(secret), "--format", "json")
    other.write_text(NEW, encoding="utf-8")
    cli("check", str(other), "--format", "json")
    database = data / "history.sqlite3"
    # A second process-like reader keeps the database open, so the write-ahead log stays on disk.
    reader = sqlite3.connect(database)
    try:
        reader.execute("SELECT COUNT(*) FROM versions").fetchone()
        assert any(MARKER.encode() in content for content in _files_bytes(data).values())
        result = cli("forget", str(secret))
        assert result.code == 0, result.err
        assert result.out.startswith(f"Forgot 3 versions of {secret}")
        files = _files_bytes(data)
        assert "history.sqlite3-wal" in files  # the log is there, emptied, not merely deleted
        for name, content in files.items():
            assert MARKER.encode() not in content, f"{name} still holds the forgotten text"
            assert MARKER.encode("utf-16-le") not in content
    finally:
        reader.close()
    assert [version.source for version in stored(data)] == [os.path.realpath(other)]
    assert cli("history", str(secret), "--format", "json").json()["versions"] == []


def test_forget_all_leaves_no_text_at_all(cli, data: Path, drafts: Path) -> None:
    files = sorted(drafts.glob("*.md"))
    cli("check", *map(str, files), "--format", "json")
    phrase = b"substitution acceptance"  # in examples/mixed.md
    assert any(phrase in content for content in _files_bytes(data).values())
    result = cli("forget", "--all")
    assert result.code == 0 and result.out.startswith(f"Forgot {len(files)} versions of every draft")
    for name, content in _files_bytes(data).items():
        assert phrase not in content, name
    assert stored(data) == []
    cli("check", str(files[0]), "--format", "json")  # the history works on afterwards
    new_id = stored(data)[0].id
    assert new_id > len(files)  # an id is never reused


def test_forget_needs_a_draft_or_all(cli, data: Path) -> None:
    for argv in (("forget",), ("forget", "draft.md", "--all")):
        result = cli(*argv)
        assert result.code == 2 and result.err.count("\n") == 1
    assert cli("forget", "--all").out.startswith("Nothing to forget")
    assert not data.exists()


# ---- migrations ----

RELEASED = [("0001-drafts-and-versions", "9573c93ec19a3d4cd589088137b3ebfcb80277d123b73274eb9a79c57e6ea9b4")]


def _fingerprint(statements: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()


def test_migrations_are_append_only() -> None:
    """A released migration is never edited, renamed or removed; new ones only go at the end."""
    names = [name for name, _ in MIGRATIONS]
    assert len(set(names)) == len(names)
    assert names == sorted(names)
    released = [(name, _fingerprint(statements)) for name, statements in MIGRATIONS[:len(RELEASED)]]
    assert [name for name, _ in released] == [name for name, _ in RELEASED]
    assert released == RELEASED, "a released migration changed: add a new one instead"


def test_migrations_are_recorded_by_name(data: Path) -> None:
    with open_store(str(data / "history.sqlite3")) as store:
        names = [row[0] for row in store.connection.execute("SELECT name FROM migrations ORDER BY name")]
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
    assert names == [name for name, _ in MIGRATIONS] and version == len(MIGRATIONS)
    with open_store(str(data / "history.sqlite3")) as store:  # opening again applies nothing twice
        assert store.connection.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


# ---- start-up stays fast: the history's libraries load only when the history is used ----

LAZY = """
import io, json, sys
import packetcoach
loaded = {"import": sorted(m for m in ("sqlite3", "platformdirs", "icalendar") if m in sys.modules)}
from packetcoach.frontends.cli.main import main
for name, argv in json.loads(sys.argv[1]).items():
    main(argv, out=io.StringIO())
    loaded[name] = sorted(m for m in ("sqlite3", "platformdirs", "icalendar") if m in sys.modules)
print(json.dumps(loaded))
"""


def test_history_libraries_load_only_when_used(tmp_path: Path) -> None:
    snippet = str(EXAMPLES / "snippet.md")
    runs = {"check --no-history": ["check", snippet, "--format", "json", "--no-history"],
            "plan --no-history": ["plan", snippet, "--due", "2026-03-02", "--no-history", "--format", "json"],
            "check": ["check", snippet, "--format", "json"],
            "plan --ics": ["plan", "--due", "2026-03-02", "--ics", str(tmp_path / "prep.ics")]}
    env = {key: value for key, value in os.environ.items() if key not in ("PACKETCOACH_DATA_DIR", "PACKETCOACH_NO_HISTORY")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")  # platformdirs finds the data directory through it
    proc = subprocess.run([sys.executable, "-c", LAZY, json.dumps(runs)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.splitlines()[-1])
    assert loaded["import"] == loaded["check --no-history"] == loaded["plan --no-history"] == []
    # on Linux the data directory is found without platformdirs (store/paths.py)
    assert loaded["check"] == (["sqlite3"] if sys.platform.startswith("linux") else ["platformdirs", "sqlite3"])
    assert "icalendar" in loaded["plan --ics"]
    assert (tmp_path / "xdg" / "packetcoach" / "history.sqlite3").is_file()


def test_a_file_name_that_is_not_utf8_is_kept(cli, data: Path, tmp_path: Path) -> None:
    """Linux allows any bytes in a file name; Python hands them over as lone surrogates."""
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/draft-\xff.md")
    Path(name).write_bytes((EXAMPLES / "snippet.md").read_bytes())
    result = cli("check", name, "--format", "json")
    assert result.code in (0, 1) and result.err == ""
    (kept,) = stored(data)
    assert kept.source.endswith("/draft-\\udcff.md")
    assert cli("forget", name).out.startswith("Forgot 1 version ")


# ---- any text round-trips, and forgetting it leaves nothing ----

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from packetcoach.store.queries import Entry, forget, record, storable, version  # noqa: E402


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=400), name=st.text(min_size=1, max_size=30))
def test_any_text_round_trips_and_is_forgotten(tmp_path: Path, text: str, name: str) -> None:
    database = tmp_path / "property" / "history.sqlite3"
    path = str(tmp_path / name.replace("/", "_").replace("\x00", "_"))
    with open_store(str(database)) as store:
        (version_id,) = record(store, [Entry(path, text, len(text.split()), "amazon-pm", "L6", "self-assessment",
                                             {"packet": 1}, {"text": text})])
        assert version_id is not None
        assert version(store, version_id).text == storable(text)
        count, cleared = forget(store, path)
        assert (count, cleared) == (1, True)
        assert version(store, version_id) is None


@pytest.mark.parametrize("xdg, home", [(None, "/home/ann"), ("/data/ann", "/home/ann"), ("", "/home/ann"),
                                       ("  ", "/home/ann"), ("relative/dir", "/home/ann"), (None, "/"),
                                       (None, "/home/ann/"), ("/data/ann/", "relative"), (None, "relative"),
                                       (None, None), (None, "")])
def test_the_data_directory_is_the_one_platformdirs_gives(monkeypatch, xdg, home) -> None:
    """The Linux shortcut that spares a check the import of platformdirs answers as platformdirs does."""
    from packetcoach.store import paths

    monkeypatch.delenv("PACKETCOACH_DATA_DIR", raising=False)
    for name, value in (("XDG_DATA_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    shortcut = paths._xdg_data_dir()
    if not sys.platform.startswith("linux"):
        assert shortcut is None
    elif shortcut is not None:
        assert shortcut == paths._platform_data_dir()
    assert paths.data_dir() == paths._platform_data_dir()
