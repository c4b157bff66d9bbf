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

import os
from pathlib import Path

import pytest

from cli_matrix import argument_sets, in_process_commands, output_file
from command_runs import Workspace, changed, make_workspace, outside_user_dirs, recording_writes, snapshot

COMMANDS = in_process_commands()


# ---- fixtures and the common check (the witnesses are in tests/command_runs.py) ----

@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    workspace = make_workspace(tmp_path)
    monkeypatch.chdir(workspace.cwd)
    monkeypatch.setenv("PACKETCOACH_CACHE_DIR", str(workspace.cache))
    monkeypatch.setenv("PACKETCOACH_DATA_DIR", str(workspace.data))
    return workspace


def assert_writes_nothing(cli, workspace: Workspace, argv: tuple[str, ...]):
    """Run ``argv``: the drafts and the working directory are exactly as they were; no write elsewhere."""
    places = (workspace.drafts.directory, workspace.cwd)
    before = [snapshot(place) for place in places]
    with recording_writes() as writes:
        result = cli(*argv)
    assert result.code in (0, 1), f"{argv}: exit {result.code}: {result.err}"
    for place, old in zip(places, before):
        assert not changed(old, snapshot(place)), f"{argv} changed {place}: {changed(old, snapshot(place))}"
    assert not outside_user_dirs(writes, workspace), f"{argv} wrote {writes}"
    return result


# ---- every command, as it is normally run ----

@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_writes_anything(command: str, command_runs) -> None:
    """Every argument set of every command that names no output file leaves the disk untouched.

    The runs are shared with test_privacy.py (tests/command_runs.py): each was watched by both."""
    runs = [run for run in command_runs(command).in_process if output_file(run.argv) is None]
    assert runs
    for run in runs:
        assert run.code in (0, 1), f"{run.argv}: exit {run.code}: {run.err}"
        assert not run.changed, f"{run.argv} changed {run.changed}"
        assert not run.writes, f"{run.argv} wrote {run.writes}"


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
def test_a_fresh_process_writes_only_to_its_cache(command: str, command_runs) -> None:
    """`python -m packetcoach` from an empty directory: no file beside the draft, in the cwd or in HOME.

    The compiled-profile cache is the one thing a run may keep, and only in the user's cache
    directory, complete (no temporary file left behind); the history is in the data directory.
    The process is the one test_privacy.py watches for network attempts (tests/command_runs.py).
    """
    runs = command_runs(command)
    assert runs.fresh is not None
    assert runs.fresh.code in (0, 1), runs.fresh.err
    assert not runs.fresh.changed, runs.fresh.changed
    assert all(name.endswith(".json") for name in runs.fresh_cache), runs.fresh_cache


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
    _assert_published_atomically(outside_user_dirs(writes, workspace), new)
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
    _assert_published_atomically([w for w in outside_user_dirs(writes, workspace)
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
        assert not outside_user_dirs(writes, workspace), f"{why}: {writes}"


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
