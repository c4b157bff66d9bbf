"""Nothing is written beside the document, or anywhere else, unless the user names the file (SPEC 4).

Two independent witnesses, so neither a missed check nor a file created and deleted again can hide
a write:

- the disk: before and after each command, every file's bytes, mode and modification time, and
  every directory's modification time (which changes when an entry is created or removed, even
  briefly), in the draft's directory and in the current working directory;
- the process: an audit hook records every path opened for writing, created, renamed, linked,
  removed or re-permissioned while the command runs.

The one exception is a file named by an explicit output option (``rewrite --redact --output NEW``),
which must appear atomically: written to a temporary file beside it, then linked or renamed into
place, never opened for writing under its own name, and never over the draft.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from cli_matrix import Drafts, argument_sets, in_process_commands, make_drafts, output_file

COMMANDS = in_process_commands()


# ---- the disk witness ----

@dataclass(frozen=True)
class Entry:
    kind: str  # "file", "dir" or "link"
    digest: str
    mode: int
    mtime_ns: int


def snapshot(root: Path) -> dict[str, Entry]:
    """Every entry under ``root`` (and ``root`` itself as "."), as it is on disk now."""
    entries: dict[str, Entry] = {}
    for directory, dirs, files in os.walk(root):
        for name in [".", *dirs, *files]:
            path = Path(directory, name)
            stat = path.lstat()
            if path.is_symlink():
                entry = Entry("link", os.readlink(path), stat.st_mode, stat.st_mtime_ns)
            elif path.is_dir():
                entry = Entry("dir", "", stat.st_mode, stat.st_mtime_ns)
            else:
                entry = Entry("file", hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_mode, stat.st_mtime_ns)
            entries[os.path.normpath(os.path.relpath(path, root))] = entry
    return entries


def changed(before: dict[str, Entry], after: dict[str, Entry]) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


# ---- the process witness (an audit hook cannot be removed: installed once, active on demand) ----

#: Which arguments of each audit event name a path that is written, created or removed.
WRITTEN_ARGUMENTS = {"open": (0,), "os.rename": (0, 1), "os.link": (1,), "os.symlink": (1,), "os.remove": (0,),
                     "os.rmdir": (0,), "os.mkdir": (0,), "os.chmod": (0,), "os.chown": (0,), "os.truncate": (0,),
                     "os.utime": (0,), "shutil.copyfile": (1,), "shutil.copymode": (1,), "shutil.copystat": (1,)}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_recording: list[list[tuple[str, str]]] = []


def _record_writes(event: str, args: tuple) -> None:
    if not _recording or event not in WRITTEN_ARGUMENTS:
        return
    if event == "open" and not (isinstance(args[2], int) and args[2] & WRITE_FLAGS):
        return
    for index in WRITTEN_ARGUMENTS[event]:
        path = args[index]
        if isinstance(path, (str, bytes, os.PathLike)):  # not a file descriptor
            _recording[-1].append((event, os.path.abspath(os.fsdecode(path))))


sys.addaudithook(_record_writes)


@contextlib.contextmanager
def recording_writes() -> Iterator[list[tuple[str, str]]]:
    """(event, absolute path) for every write this process attempts inside the block."""
    writes: list[tuple[str, str]] = []
    _recording.append(writes)
    try:
        yield writes
    finally:
        _recording.remove(writes)


# ---- fixtures and the common check ----

@dataclass(frozen=True)
class Workspace:
    drafts: Drafts
    cwd: Path  # an empty current directory
    cache: Path  # where the compiled profile may be cached (the user's cache directory)
    data: Path  # where the history may be kept (the user's data directory)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    drafts = make_drafts(tmp_path / "drafts")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    cache = tmp_path / "cache"
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(cache))
    data = tmp_path / "data"
    monkeypatch.setenv("PACKETCOACH_DATA_DIR", str(data))
    return Workspace(drafts, cwd, cache, data)


def _outside_user_dirs(writes: list[tuple[str, str]], workspace: Workspace) -> list[tuple[str, str]]:
    """Writes outside the user's cache directory and data directory (where the history is kept)."""
    allowed = (str(workspace.cache), str(workspace.data))
    return [(event, path) for event, path in writes
            if not any(path == place or path.startswith(place + os.sep) for place in allowed)]


def assert_writes_nothing(cli, workspace: Workspace, argv: tuple[str, ...]):
    """Run ``argv``: the drafts and the working directory are exactly as they were; no write elsewhere."""
    places = (workspace.drafts.directory, workspace.cwd)
    before = [snapshot(place) for place in places]
    with recording_writes() as writes:
        result = cli(*argv)
    assert result.code in (0, 1), f"{argv}: exit {result.code}: {result.err}"
    for place, old in zip(places, before):
        assert not changed(old, snapshot(place)), f"{argv} changed {place}: {changed(old, snapshot(place))}"
    assert not _outside_user_dirs(writes, workspace), f"{argv} wrote {writes}"
    return result


# ---- every command, as it is normally run ----

@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_writes_anything(command: str, cli, workspace: Workspace, tmp_path: Path) -> None:
    """Every argument set of every command that names no output file leaves the disk untouched."""
    runs = [argv for argv in argument_sets(command, workspace.drafts, tmp_path) if output_file(argv) is None]
    assert runs
    for argv in runs:
        assert_writes_nothing(cli, workspace, argv)


@pytest.mark.parametrize("command", COMMANDS)
def test_draft_in_the_working_directory_is_left_alone(command: str, cli, workspace: Workspace,
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The common case: `packetcoach check draft.md` run beside the draft, with a relative name."""
    monkeypatch.chdir(workspace.drafts.directory)
    prefix = str(workspace.drafts.directory) + os.sep
    for argv in argument_sets(command, workspace.drafts, tmp_path)[:3]:
        if output_file(argv) is None:
            assert_writes_nothing(cli, workspace, tuple(arg.removeprefix(prefix) for arg in argv))


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fresh_process_writes_only_to_its_cache(command: str, workspace: Workspace, tmp_path: Path) -> None:
    """`python -m packetcoach` from an empty directory: no file beside the draft, in the cwd or in HOME.

    The compiled-profile cache is the one thing a run may keep, and only in the user's cache
    directory, complete (no temporary file left behind); the history is in the data directory.
    """
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "PACKETCOACH_CACHE_DIR": str(workspace.cache),
           "PACKETCOACH_DATA_DIR": str(workspace.data)}
    places = (workspace.drafts.directory, workspace.cwd, home)
    before = [snapshot(place) for place in places]
    argv = argument_sets(command, workspace.drafts, tmp_path)[0]
    proc = subprocess.run([sys.executable, "-m", "packetcoach", *argv], cwd=workspace.cwd, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    for place, old in zip(places, before):
        assert not changed(old, snapshot(place)), place
    leftovers = [p.name for p in workspace.cache.glob("*")] if workspace.cache.exists() else []
    assert all(name.endswith(".json") for name in leftovers), leftovers


# ---- an explicit output file: created atomically, never the draft ----

def _redact(workspace: Workspace, fmt: str = "terminal") -> tuple[str, ...]:
    return ("rewrite", "--redact", str(workspace.drafts.markdown[0]), "--format", fmt)


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown"])
def test_output_file_is_created_atomically_and_is_the_only_change(fmt: str, cli, workspace: Workspace) -> None:
    directory = workspace.drafts.directory
    new = directory / "redacted.md"
    expected = cli(*_redact(workspace, fmt)).out
    before, cwd_before = snapshot(directory), snapshot(workspace.cwd)
    with recording_writes() as writes:
        result = cli(*_redact(workspace, fmt), "--output", str(new))
    assert result.code == 0, result.err
    assert changed(before, snapshot(directory)) == {".", "redacted.md"}  # the new file, and its directory
    assert new.read_text(encoding="utf-8") == expected
    _assert_published_atomically(_outside_user_dirs(writes, workspace), new)
    assert not changed(cwd_before, snapshot(workspace.cwd))


def _assert_published_atomically(writes: list[tuple[str, str]], target: Path) -> None:
    """The content went to a temporary file beside ``target``, which was then linked or renamed to it."""
    opened = [path for event, path in writes if event == "open"]
    assert str(target) not in opened, "the output file was written in place, not atomically"
    assert opened and all(Path(path).parent == target.parent for path in opened), writes
    published = [(event, path) for event, path in writes if path == str(target)]
    assert published and all(event in ("os.link", "os.rename") for event, _ in published), writes
    assert not [path for path in opened if Path(path).exists() and path != str(target)], "temporary file left"


def test_force_replaces_atomically_and_keeps_a_backup(cli, workspace: Workspace) -> None:
    directory = workspace.drafts.directory
    new = directory / "redacted.md"
    new.write_text("an older redaction\n", encoding="utf-8")
    draft_before = snapshot(directory)[workspace.drafts.markdown[0].name]
    with recording_writes() as writes:
        result = cli(*_redact(workspace), "--output", str(new), "--force")
    assert result.code == 0, result.err
    assert (directory / "redacted.md.bak").read_text(encoding="utf-8") == "an older redaction\n"
    assert new.read_text(encoding="utf-8") == cli(*_redact(workspace)).out
    assert snapshot(directory)[workspace.drafts.markdown[0].name] == draft_before
    _assert_published_atomically([w for w in _outside_user_dirs(writes, workspace)
                                  if not w[1].endswith(".bak")], new)


def _refusals(workspace: Workspace) -> dict[str, tuple[str, ...]]:
    draft = workspace.drafts.markdown[0]
    link = workspace.drafts.directory / "link-to-draft.md"
    link.symlink_to(draft)
    existing = workspace.drafts.markdown[1]
    return {
        "the draft itself": ("--output", str(draft)),
        "the draft itself, with --force": ("--output", str(draft), "--force"),
        "the draft by a relative name": ("--output", os.path.relpath(draft, workspace.cwd), "--force"),
        "the draft through a symbolic link": ("--output", str(link), "--force"),
        "an existing file without --force": ("--output", str(existing)),
        "a directory": ("--output", str(workspace.drafts.directory), "--force"),
        "a missing directory": ("--output", str(workspace.drafts.directory / "nowhere" / "new.md")),
    }


def test_refused_outputs_change_nothing(cli, workspace: Workspace) -> None:
    """Over the draft (however it is named), over another file, into a directory: refused, no write at all."""
    for why, options in _refusals(workspace).items():
        before = snapshot(workspace.drafts.directory)
        with recording_writes() as writes:
            result = cli(*_redact(workspace), *options)
        assert result.code == 2, f"{why}: exit {result.code}"
        assert result.err.count("\n") == 1 and result.err.startswith("packetcoach: "), f"{why}: {result.err!r}"
        assert not changed(before, snapshot(workspace.drafts.directory)), why
        assert not _outside_user_dirs(writes, workspace), f"{why}: {writes}"


def test_drill_save_without_a_terminal_writes_nothing(cli, workspace: Workspace) -> None:
    """The drill refuses to start without a terminal, before any --save file could be created."""
    new = workspace.drafts.directory / "answers.json"
    before = snapshot(workspace.drafts.directory)
    result = cli("rehearse", "--drill", str(workspace.drafts.markdown[0]), "--save", str(new))
    assert result.code == 2
    assert not changed(before, snapshot(workspace.drafts.directory))


def test_force_never_overwrites_the_draft_with_the_backup(cli, workspace: Workspace) -> None:
    """`rewrite --redact out.md.bak --output out.md --force` must not put the old out.md over the draft."""
    directory = workspace.drafts.directory
    draft = directory / "out.md.bak"
    draft.write_bytes(workspace.drafts.markdown[0].read_bytes())
    (directory / "out.md").write_text("an older redaction\n", encoding="utf-8")
    before = snapshot(directory)["out.md.bak"]
    result = cli("rewrite", "--redact", str(draft), "--output", str(directory / "out.md"), "--force")
    assert snapshot(directory)["out.md.bak"] == before, f"the draft was overwritten (exit {result.code})"
