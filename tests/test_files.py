"""The one file a user names is written safely: never through a link, never over anything but a
regular file, never in a folder another user can change (docs/security.md, "File writes")."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from packetcoach.core import files
from packetcoach.core.errors import InputError, UsageError
from packetcoach.core.files import check_new_file, untrusted_folder, write_new

DRAFT = "- Built a caching layer for the catalog service, reducing p99 latency by 40ms.\n"
ROOT = os.geteuid() == 0


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    place = tmp_path / "private"
    place.mkdir(mode=0o700)
    (place / "draft.md").write_text(DRAFT, encoding="utf-8")
    return place


def redact(folder: Path, *options: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    draft = "-" if stdin is not None else str(folder / "draft.md")
    return subprocess.run([sys.executable, "-m", "packetcoach", "rewrite", "--redact", draft, *options],
                          input=stdin, capture_output=True, timeout=60, cwd=folder)


def assert_refused(proc: subprocess.CompletedProcess, words: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("packetcoach: ") and "Traceback" not in err
    assert words in err, err


def test_a_new_file_is_written(folder: Path) -> None:
    proc = redact(folder, "--output", str(folder / "new.md"))
    assert proc.returncode == 0, proc.stderr
    assert "⟦Built" in (folder / "new.md").read_text(encoding="utf-8")
    assert sorted(os.listdir(folder)) == ["draft.md", "new.md"]


def test_force_does_not_write_through_a_link_at_the_name(folder: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (folder / "out.md").symlink_to(victim)
    assert_refused(redact(folder, "--output", str(folder / "out.md"), "--force"), "symbolic link")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (folder / "out.md").is_symlink()


def test_force_does_not_write_the_backup_through_a_link(folder: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (folder / "out.md").write_text("old\n", encoding="utf-8")
    (folder / "out.md.bak").symlink_to(victim)
    assert_refused(redact(folder, "--output", str(folder / "out.md"), "--force"), "symbolic link")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (folder / "out.md").read_text(encoding="utf-8") == "old\n"


def test_a_dangling_link_is_not_followed_to_create_a_file(folder: Path, tmp_path: Path) -> None:
    (folder / "out.md").symlink_to(tmp_path / "created-elsewhere.md")
    assert_refused(redact(folder, "--output", str(folder / "out.md"), "--force"), "symbolic link")
    assert not (tmp_path / "created-elsewhere.md").exists()


def test_a_pipe_is_never_replaced(folder: Path) -> None:
    os.mkfifo(folder / "out.md")
    assert_refused(redact(folder, "--output", str(folder / "out.md"), "--force"), "not a regular file")
    assert stat.S_ISFIFO(os.lstat(folder / "out.md").st_mode)


@pytest.mark.skipif(not ROOT, reason="making a device node needs root")
def test_a_device_node_is_never_replaced(folder: Path) -> None:
    os.mknod(folder / "out.md", 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    assert_refused(redact(folder, "--output", str(folder / "out.md"), "--force"), "not a regular file")
    assert stat.S_ISCHR(os.lstat(folder / "out.md").st_mode)


def test_a_backup_name_that_is_a_directory_is_refused(folder: Path) -> None:
    (folder / "out.md").write_text("old\n", encoding="utf-8")
    (folder / "out.md.bak").mkdir()
    assert_refused(redact(folder, "--output", str(folder / "out.md"), "--force"), "is a directory")


def test_a_hard_link_to_the_draft_is_the_draft(folder: Path) -> None:
    os.link(folder / "draft.md", folder / "other-name.md")
    assert_refused(redact(folder, "--output", str(folder / "other-name.md"), "--force"), "the draft itself")
    assert (folder / "draft.md").read_text(encoding="utf-8") == DRAFT


def test_stdin_draft_with_an_existing_backup(folder: Path) -> None:
    """This gave a traceback and exit 1: the backup check compared against a file named '-'."""
    (folder / "out.md").write_text("old\n", encoding="utf-8")
    (folder / "out.md.bak").write_text("older\n", encoding="utf-8")
    proc = redact(folder, "--output", str(folder / "out.md"), "--force", stdin=DRAFT.encode())
    assert proc.returncode == 0, proc.stderr
    assert (folder / "out.md.bak").read_text(encoding="utf-8") == "old\n"
    assert "⟦Built" in (folder / "out.md").read_text(encoding="utf-8")


def test_replacement_keeps_the_old_permissions_and_a_backup(folder: Path) -> None:
    (folder / "out.md").write_text("old\n", encoding="utf-8")
    os.chmod(folder / "out.md", 0o640)
    proc = redact(folder, "--output", str(folder / "out.md"), "--force")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(os.stat(folder / "out.md").st_mode) == 0o640
    assert stat.S_IMODE(os.stat(folder / "out.md.bak").st_mode) == 0o640
    assert (folder / "out.md.bak").read_text(encoding="utf-8") == "old\n"
    assert sorted(os.listdir(folder)) == ["draft.md", "out.md", "out.md.bak"]


# ---- the folder must be one nobody else can change ----

def test_a_folder_every_user_can_write_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    (shared / "draft.md").write_text(DRAFT, encoding="utf-8")
    assert_refused(redact(shared, "--output", str(shared / "out.md")), "writable by every user")
    assert sorted(os.listdir(shared)) == ["draft.md"]


def test_a_sticky_shared_folder_like_tmp_is_fine(tmp_path: Path) -> None:
    shared = tmp_path / "sticky"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "draft.md").write_text(DRAFT, encoding="utf-8")
    proc = redact(shared, "--output", str(shared / "out.md"))
    assert proc.returncode == 0, proc.stderr


def test_a_private_folder_inside_a_shared_one_is_refused(tmp_path: Path) -> None:
    """Whoever can rename entries of a folder above can swap the private folder itself."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    private = shared / "mine"
    private.mkdir(mode=0o700)
    (private / "draft.md").write_text(DRAFT, encoding="utf-8")
    assert_refused(redact(private, "--output", str(private / "out.md")), f"{shared} is writable by every user")


@pytest.mark.skipif(not ROOT, reason="giving a folder to another user or group needs root")
def test_a_folder_of_another_user_or_group_is_refused(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o755)
    os.chown(theirs, 12345, 12345)
    assert "belongs to another user" in (untrusted_folder(str(theirs)) or "")
    group = tmp_path / "group"
    group.mkdir()
    os.chown(group, 0, 12345)
    group.chmod(0o770)
    assert "writable by its group" in (untrusted_folder(str(group)) or "")


def test_a_folder_writable_by_the_users_own_group_is_fine(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    own.chmod(0o770)  # created with the user's own group
    assert untrusted_folder(str(own)) is None


# ---- races: what changes between the check and the write is caught at the write ----

def test_a_file_that_appears_while_writing_is_not_clobbered(folder: Path, monkeypatch) -> None:
    target = folder / "out.md"
    real = files._temporary

    def then_plant(*args, **kwargs):
        name = real(*args, **kwargs)
        target.write_text("someone else's\n", encoding="utf-8")
        return name

    monkeypatch.setattr(files, "_temporary", then_plant)
    with pytest.raises(UsageError, match="appeared while writing"):
        write_new(str(target), "text")
    assert target.read_text(encoding="utf-8") == "someone else's\n"
    assert sorted(os.listdir(folder)) == ["draft.md", "out.md"]


def test_a_link_swapped_in_while_writing_is_not_replaced(folder: Path, tmp_path: Path, monkeypatch) -> None:
    target = folder / "out.md"
    target.write_text("old\n", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    real = files._temporary
    calls = []

    def then_swap(*args, **kwargs):
        name = real(*args, **kwargs)
        calls.append(name)
        if len(calls) == 2:  # after the backup, before the replacement
            target.unlink()
            target.symlink_to(victim)
        return name

    monkeypatch.setattr(files, "_temporary", then_swap)
    with pytest.raises(UsageError, match="symbolic link"):
        write_new(str(target), "text", force=True)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert target.is_symlink()
    assert not [name for name in os.listdir(folder) if name.startswith(files.TEMPORARY_PREFIX)]


def test_a_planted_temporary_name_is_never_followed(folder: Path, tmp_path: Path, monkeypatch) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    monkeypatch.setattr(files.secrets, "token_hex", lambda size: "planted")
    (folder / f"{files.TEMPORARY_PREFIX}planted.tmp").symlink_to(victim)
    with pytest.raises(InputError, match="cannot write"):
        write_new(str(folder / "out.md"), "text")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (folder / "out.md").exists()


def test_check_new_file_alone_writes_nothing(folder: Path) -> None:
    before = sorted(os.listdir(folder))
    assert check_new_file(str(folder / "new.md"), draft=str(folder / "draft.md")) is False
    assert sorted(os.listdir(folder)) == before
