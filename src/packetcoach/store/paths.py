"""Where the history lives, and whether it is on.

The database is in the user's data directory (platformdirs: ``~/.local/share/packetcoach`` on
Linux, ``~/Library/Application Support/packetcoach`` on macOS, ``%LOCALAPPDATA%\\packetcoach`` on
Windows), never beside a draft. ``PACKETCOACH_DATA_DIR`` points it elsewhere;
``PACKETCOACH_NO_HISTORY=1`` turns the history off, as ``--no-history`` does for one command.
"""

from __future__ import annotations

import os
import posixpath
import stat
import sys

DATA_DIR_ENV = "PACKETCOACH_DATA_DIR"
NO_HISTORY_ENV = "PACKETCOACH_NO_HISTORY"
DATABASE_NAME = "history.sqlite3"
OFF_VALUES = ("", "0", "false", "no", "off")


def history_off() -> bool:
    """True when the environment turns the history off (any value but empty, 0, false, no, off)."""
    return os.environ.get(NO_HISTORY_ENV, "").strip().lower() not in OFF_VALUES


def data_dir() -> str:
    explicit = os.environ.get(DATA_DIR_ENV)
    if explicit:
        return os.path.abspath(explicit)
    return _xdg_data_dir() or _platform_data_dir()


def _platform_data_dir() -> str:
    import platformdirs  # noqa: PLC0415 - only when the history is used

    return platformdirs.user_data_dir("packetcoach", appauthor=False)


def _xdg_data_dir() -> str | None:
    """platformdirs' answer on Linux in the usual case, without importing it; None otherwise.

    Every ``check`` records its draft, and importing platformdirs (pathlib, tempfile, urllib)
    costs about 8 ms, a twentieth of the whole command. On Linux it follows the XDG base
    directory specification: ``$XDG_DATA_HOME`` when it is an absolute path, else
    ``$HOME/.local/share``. Only those two cases are answered here, with an absolute HOME and not
    on Android; anything else (macOS, Windows, a relative or missing HOME) asks platformdirs.
    tests/test_history_store.py checks that both give the same directory.
    """
    if not sys.platform.startswith("linux") or hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in os.environ:
        return None
    base = os.environ.get("XDG_DATA_HOME", "")
    if not posixpath.isabs(base):
        home = os.environ.get("HOME", "")
        if not posixpath.isabs(home):
            return None
        base = os.path.join(home.rstrip("/") or "/", ".local", "share")
    return os.path.join(base, "packetcoach")


def database_path() -> str:
    return os.path.join(data_dir(), DATABASE_NAME)


def private_directory(path: str) -> None:
    """Create ``path`` (0700) or make an existing one of the user's private; refuse someone else's.

    The history holds confidential drafts: nobody else on the machine may list or read it.
    Raises OSError with a message the caller turns into one line.
    """
    os.makedirs(path, mode=0o700, exist_ok=True)
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise OSError(f"{path} is not a directory")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise OSError(f"{path} belongs to another user")
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, 0o700)


def private_file(path: str) -> None:
    """Create ``path`` empty with 0600 if it is missing, or take group and other access away.

    SQLite gives its -wal and -shm files the database file's permissions, so they are private too.
    """
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        info = os.fstat(descriptor)
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(descriptor, 0o600)
    finally:
        os.close(descriptor)
