"""Writing the one file a user names (``--output``, ``--save``), and nothing else.

The user's files are never modified unless asked, and then atomically with a backup (SPEC 4).
A folder shared with other people, a planted link or a device node must not turn that into a
write somewhere else, so every write here:

- goes only into a folder that passes :func:`untrusted_folder`: the folder and each one above
  it belong to the user or to root, and nobody else can add, remove or rename entries in it
  (a world-writable folder with the sticky bit, like /tmp, is fine: there others cannot touch
  the user's entries);
- replaces only a regular file: a symbolic link, a directory, a device, a pipe or a socket at
  the name (or at ``FILE.bak``) is refused, and so is the draft itself, by any name;
- creates its temporary files with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and checks the open file
  with ``fstat``; reads the file it backs up with ``O_NOFOLLOW | O_NONBLOCK`` and checks it the
  same way; and puts finished files in place with ``link`` (a new file: it fails if anything
  appeared at the name) or ``rename`` (a replacement), neither of which follows a link.

Every refusal is a :class:`~packetcoach.core.errors.UsageError` or ``InputError``: one line,
exit status 2, and nothing written.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat

from packetcoach.core.errors import InputError, UsageError

TEMPORARY_PREFIX = ".packetcoach-"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC


def untrusted_folder(folder: str) -> str | None:
    """Why writing in ``folder`` is unsafe (another user could swap what is written), or None.

    The real folder and every folder above it must belong to this user or to root, and must not
    be writable by other users unless it has the sticky bit. A folder writable by its group is
    accepted when the group is the user's own (systems that give each user a private group).
    """
    if not hasattr(os, "geteuid"):
        return None  # no POSIX owners to check (Windows)
    me, my_group = os.geteuid(), os.getegid()
    current = os.path.realpath(folder)
    while True:
        info = os.stat(current)
        sticky = bool(info.st_mode & stat.S_ISVTX)
        if info.st_uid not in (me, 0):
            return f"{current} belongs to another user"
        if info.st_mode & stat.S_IWOTH and not sticky:
            return f"{current} is writable by every user"
        if info.st_mode & stat.S_IWGRP and not sticky and info.st_gid != my_group:
            return f"{current} is writable by its group"
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _lstat(path: str) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def _same_file(draft: str | None, info: os.stat_result | None) -> bool:
    """Whether ``info`` (a file at the output name) is the draft, by identity, not by name."""
    if draft is None or draft == "-" or info is None:
        return False
    try:
        mine = os.stat(draft)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (info.st_dev, info.st_ino)


def _refuse_kind(path: str, shown: str, info: os.stat_result | None) -> None:
    """Only a regular file may be replaced; say what else is there."""
    if info is None or stat.S_ISREG(info.st_mode):
        return
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(shown, "is a directory", "give a file name")
    if stat.S_ISLNK(info.st_mode):
        raise UsageError(shown, "is a symbolic link, which packetcoach never writes through",
                         "give the name of a regular file")
    raise UsageError(shown, "is not a regular file (a device, pipe or socket), which packetcoach never "
                     "replaces", "give the name of a regular file")


def check_new_file(path: str, *, draft: str | None = None, force: bool = False) -> bool:
    """Refuse every unsafe output before any work is done; True when the file exists (``force``).

    Refused: the draft itself by any name, an existing file without ``force``, anything that is
    not a regular file, a missing folder, a folder others could write in, and (with ``force``) a
    backup name that is not a regular file or is the draft.
    """
    target = os.path.abspath(path)
    folder = os.path.dirname(target)
    if draft and draft != "-" and os.path.realpath(draft) == os.path.realpath(target):
        raise UsageError(path, "is the draft itself, which packetcoach never overwrites", "give a new file name")
    if not os.path.isdir(folder):
        raise UsageError(path, "its directory does not exist", "create the directory first")
    reason = untrusted_folder(folder)
    if reason:
        raise UsageError(path, f"will not write here: {reason}, so the file could be swapped while it is "
                         "written", "write it in a folder only you can change")
    info = _lstat(target)
    _refuse_kind(target, path, info)
    if _same_file(draft, info):
        raise UsageError(path, "is the draft itself, which packetcoach never overwrites", "give a new file name")
    if info is not None and not force:
        raise UsageError(path, "already exists", "choose a new file name, or add --force to replace it")
    if info is not None:
        backup = _lstat(target + ".bak")
        _refuse_kind(target + ".bak", path + ".bak", backup)
        if _same_file(draft, backup):
            raise UsageError(path, f"the backup {path}.bak would overwrite the draft itself",
                             "choose another output file")
    return info is not None


def write_new(path: str, text: str, *, draft: str | None = None, force: bool = False) -> None:
    """Write ``text`` as ``path``, atomically; with ``force`` the old file is kept as ``path.bak``.

    The text goes to a new temporary file beside ``path`` that is then linked into place (a new
    file) or renamed over the old one, so a reader never sees half a file and a crash leaves no
    partial file. The checks of :func:`check_new_file` are made again here, just before writing.
    """
    exists = check_new_file(path, draft=draft, force=force)
    folder = os.path.realpath(os.path.dirname(os.path.abspath(path)))
    target = os.path.join(folder, os.path.basename(os.path.abspath(path)))
    made: list[str] = []
    try:
        if exists:
            old, mode = _read_regular(target, path, draft)
            _put(_temporary(folder, old, mode, made), target + ".bak", replace=True, shown=path)
            _put(_temporary(folder, text.encode("utf-8"), mode, made), target, replace=True, shown=path)
        else:
            _put(_temporary(folder, text.encode("utf-8"), None, made), target, replace=False, shown=path)
    except OSError as error:
        raise InputError(path, f"cannot write: {error.strerror or error}") from None
    finally:
        for leftover in made:
            try:
                os.unlink(leftover)
            except FileNotFoundError:
                pass


def _temporary(folder: str, data: bytes, mode: int | None, made: list[str]) -> str:
    """A new file beside the target holding ``data``: created exclusively, never through a link."""
    name = os.path.join(folder, f"{TEMPORARY_PREFIX}{secrets.token_hex(8)}.tmp")
    handle = os.open(name, _CREATE, 0o666 if mode is None else 0o600)  # the umask applies to 0o666
    made.append(name)
    with os.fdopen(handle, "wb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
            raise OSError(0, "the temporary file was tampered with")
        if mode is not None:
            os.fchmod(stream.fileno(), mode)  # a replacement keeps the old file's permissions
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    return name


def _read_regular(target: str, shown: str, draft: str | None) -> tuple[bytes, int]:
    """The bytes and permissions of the file about to be replaced, read without following a link
    and without blocking on a pipe; it must still be a regular file that is not the draft."""
    try:
        handle = os.open(target, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
    except OSError as error:
        raise UsageError(shown, f"cannot be backed up: {error.strerror or error}",
                         "give the name of a regular file") from None
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        _refuse_kind(target, shown, info)
        if _same_file(draft, info):
            raise UsageError(shown, "is the draft itself, which packetcoach never overwrites", "give a new file name")
        return stream.read(), stat.S_IMODE(info.st_mode)


def _put(temporary: str, target: str, *, replace: bool, shown: str) -> None:
    """Move a finished temporary file to ``target``: a link for a new file, a rename to replace."""
    if replace:
        _refuse_kind(target, shown, _lstat(target))  # still a regular file (or gone) at this moment
        os.rename(temporary, target)
        return
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise UsageError(shown, "appeared while writing", "run again with a new file name") from None
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        _placeholder(target, shown)  # a file system without hard links: claim the name, then fill it
        os.rename(temporary, target)


_NO_LINKS = {getattr(errno, name) for name in ("EPERM", "ENOTSUP", "EOPNOTSUPP", "EMLINK") if hasattr(errno, name)}


def _placeholder(target: str, shown: str) -> None:
    try:
        os.close(os.open(target, _CREATE, 0o600))
    except FileExistsError:
        raise UsageError(shown, "appeared while writing", "run again with a new file name") from None
