"""Every command's argument sets, run once per test process with both witnesses watching.

tests/test_privacy.py (not one network attempt) and tests/test_no_writes.py (nothing changed on disk,
no write by the process outside the user's cache and data directories) drive the same argument sets
of every command (tests/cli_matrix.py), in this process and once through ``python -m packetcoach``.
Each command is run here once, with everything both files watch recorded at the same time, and the
tests of both files assert on the record.

Why that is safe: a record holds plain values (exit status, standard error, the attempts seen, the
entries changed, the paths written), which the tests only read; each command gets drafts, a working
directory, a cache, a data directory and a home of its own, fresh, as a test of its own had; and the
witnesses do not interfere (the guard refuses and logs, the write recorder only listens). conftest.py
keeps both files on one xdist worker, so the runs are shared in practice.

The disk witness and the process witness used by the other no-writes tests live here too.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

import netguard
from cli_matrix import Drafts, argument_sets, make_drafts


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


# ---- where a command runs ----

@dataclass(frozen=True)
class Workspace:
    drafts: Drafts
    cwd: Path  # an empty current directory
    cache: Path  # where the compiled profile may be cached (the user's cache directory)
    data: Path  # where the history may be kept (the user's data directory)


def make_workspace(root: Path) -> Workspace:
    """Fresh drafts and an empty working directory under ``root``; the cache and data directories
    are named there but left for the commands to create."""
    drafts = make_drafts(root / "drafts")
    cwd = root / "cwd"
    cwd.mkdir()
    return Workspace(drafts, cwd, root / "cache", root / "data")


def outside_user_dirs(writes: list[tuple[str, str]], workspace: Workspace) -> list[tuple[str, str]]:
    """Writes outside the user's cache directory and data directory (where the history is kept)."""
    allowed = (str(workspace.cache), str(workspace.data))
    return [(event, path) for event, path in writes
            if not any(path == place or path.startswith(place + os.sep) for place in allowed)]


# ---- the records ----

@dataclass(frozen=True)
class Run:
    """One run of a command and what each witness saw while it ran."""

    argv: tuple[str, ...]
    code: int | None  # None: the command raised instead of returning (see ``err``)
    err: str
    attempts: tuple[str, ...]  # network attempts, by this process or its children
    changed: dict[str, list[str]]  # place -> its entries that changed, for places that did
    writes: tuple[tuple[str, str], ...] = ()  # by this process, outside the user's cache and data


@dataclass(frozen=True)
class CommandRuns:
    """Every argument set of one command in this process, and its first one in a fresh interpreter."""

    command: str
    workspace: Workspace
    in_process: tuple[Run, ...]
    fresh: Run | None  # None when the command has no argument set; from the empty cwd, guarded, with a home, cache and data directory of its own
    fresh_cache: tuple[str, ...]  # what the fresh process left in its cache directory


def _call_main(argv: tuple[str, ...]) -> tuple[int | None, str]:
    """The CLI's entry point in this process, as the ``cli`` fixture calls it: exit status and stderr."""
    from packetcoach.frontends.cli.main import main  # noqa: PLC0415

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | None = main(list(argv), out=io.StringIO())
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        except (Exception, netguard.NetworkAttemptBlocked):  # recorded, so the tests fail on it
            code = None
            err.write(traceback.format_exc())
    return code, err.getvalue()


def _run_here(argv: tuple[str, ...], workspace: Workspace) -> Run:
    places = (workspace.drafts.directory, workspace.cwd)
    before = [snapshot(place) for place in places]
    mark = netguard.checkpoint()
    with recording_writes() as writes:
        code, err = _call_main(argv)
    attempts = netguard.take_since(mark)
    changes = {str(place): sorted(changed(old, snapshot(place))) for place, old in zip(places, before)}
    return Run(argv, code, err, tuple(attempts), {place: names for place, names in changes.items() if names},
               tuple(outside_user_dirs(writes, workspace)))


def _run_fresh(argv: tuple[str, ...], workspace: Workspace, root: Path) -> tuple[Run, tuple[str, ...]]:
    """``python -m packetcoach`` from the empty cwd, guarded and logging to a file of its own, with
    HOME, the cache and the data directory its own (the cache cold, so it is written)."""
    home, cache, data, log = root / "home", root / "cache", root / "data", root / "attempts.log"
    home.mkdir(parents=True)
    env = netguard.child_environment(netguard.write_sitecustomize(root / "site"), log)
    env.update(HOME=str(home), PACKETCOACH_CACHE_DIR=str(cache), PACKETCOACH_DATA_DIR=str(data))
    places = (workspace.drafts.directory, workspace.cwd, home)
    before = [snapshot(place) for place in places]
    proc = subprocess.run([sys.executable, "-m", "packetcoach", *argv], cwd=workspace.cwd, env=env,
                          capture_output=True, timeout=120)
    changes = {str(place): sorted(changed(old, snapshot(place))) for place, old in zip(places, before)}
    logged = log.read_text(encoding="utf-8") if log.exists() else ""
    attempts = (logged,) if logged else ()
    leftovers = tuple(sorted(path.name for path in cache.glob("*"))) if cache.exists() else ()
    run = Run(argv, proc.returncode, proc.stderr.decode(errors="replace"), attempts,
              {place: names for place, names in changes.items() if names})
    return run, leftovers


def run_command(command: str, root: Path) -> CommandRuns:
    """Run every argument set of ``command`` here, in order, then its first in a fresh process."""
    workspace = make_workspace(root)
    runs = argument_sets(command, workspace.drafts, root / "out")
    (root / "out").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workspace.cwd)
        patch.setenv("PACKETCOACH_CACHE_DIR", str(workspace.cache))
        patch.setenv("PACKETCOACH_DATA_DIR", str(workspace.data))
        in_process = tuple(_run_here(argv, workspace) for argv in runs)
    fresh, leftovers = _run_fresh(runs[0], workspace, root / "fresh") if runs else (None, ())
    return CommandRuns(command, workspace, in_process, fresh, leftovers)
