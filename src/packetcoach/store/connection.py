"""One connection to the history database, opened safely, and every failure as one line.

All writes of a process go through the one :class:`Store` it opens. Several processes may write
at once: the database is in WAL mode (readers never block the writer), each write is one
``BEGIN IMMEDIATE`` transaction (the write lock is taken up front, so two writers queue instead of
deadlocking), and a busy timeout makes a writer wait for the other rather than fail. A process
killed mid-write leaves the last committed state: SQLite rolls the unfinished transaction back
on the next open. ``secure_delete`` overwrites deleted rows with zeros, so forgetting a draft
does not leave its text in free pages.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from typing import Iterator

from packetcoach.core.errors import PacketcoachError
from packetcoach.store.migrations import NewerSchema, migrate
from packetcoach.store.paths import database_path, private_directory, private_file

BUSY_TIMEOUT_SECONDS = 10.0
WAL = "PRAGMA journal_mode = WAL"
PRAGMAS = ("PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON")


class HistoryError(PacketcoachError):
    """The history database cannot be used: corrupt, locked, read-only, newer, or not ours."""

    code = "PC400"


def _locked(error: BaseException) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _problem(error: BaseException) -> tuple[str, str]:
    """(what is wrong, what to do) for an SQLite or OS error, in the user's words."""
    text = str(error).lower()
    if isinstance(error, NewerSchema):
        return (f"was written by a newer packetcoach ({error})", "upgrade packetcoach to use it")
    if isinstance(error, OSError):
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "is read-only (permission denied)", "make it writable, or set PACKETCOACH_NO_HISTORY=1"
        return f"cannot be opened ({error.strerror or error})", "check the data directory"
    if "readonly" in text or "read-only" in text:
        return "is read-only", "make it writable, or set PACKETCOACH_NO_HISTORY=1"
    if _locked(error):
        return "is locked by another process", "try again when it has finished"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "is damaged (not a valid SQLite database)", "move it away to start a new history"
    if "unable to open" in text:
        return "cannot be opened", "check that the data directory is writable"
    return f"failed: {error}", "set PACKETCOACH_NO_HISTORY=1 to run without history"


def history_error(path: str, error: BaseException) -> HistoryError:
    problem, hint = _problem(error)
    return HistoryError(path, f"history database {problem}", hint)


@contextlib.contextmanager
def translated(path: str) -> Iterator[None]:
    """Turn any SQLite or file-system failure inside the block into one :class:`HistoryError`."""
    try:
        yield
    except (sqlite3.Error, OSError, NewerSchema, UnicodeError) as error:
        raise history_error(path, error) from None


def use_wal(connection: sqlite3.Connection) -> None:
    """Put the database in WAL mode, waiting for other processes as the busy timeout would.

    Switching the journal mode needs the database to itself for a moment, and SQLite reports a busy
    database at once here instead of calling the busy handler: several checks starting together on
    a new history (pre-commit runs them in parallel) would otherwise lose their history to a warning.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    pause = 0.005
    while True:
        try:
            connection.execute(WAL)
            return
        except sqlite3.OperationalError as error:
            if not _locked(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


class Store:
    """The history database of this process: one connection, explicit write transactions."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self.connection = connection
        self.path = path

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, holding the write lock from its first statement."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | None = None, create: bool = True) -> Store | None:
    """Open the private history database and bring its schema up to date.

    With ``create`` false, a missing database is None (reading commands create nothing).
    Raises :class:`HistoryError` with one line for any reason it cannot be used.
    """
    path = path or database_path()
    if not create and not os.path.exists(path):
        return None
    connection = None
    try:
        private_directory(os.path.dirname(path))
        private_file(path)
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        use_wal(connection)
        for pragma in PRAGMAS:
            connection.execute(pragma)
        migrate(connection)
        return Store(connection, path)
    except (sqlite3.Error, OSError, NewerSchema) as error:
        if connection is not None:
            connection.close()
        raise history_error(path, error) from None
