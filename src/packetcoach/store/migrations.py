"""Named, append-only schema migrations.

Each migration is a name and the statements that make it; the list only ever grows (a released
migration is never edited or removed: write a new one). ``PRAGMA user_version`` holds how many
have been applied, and the ``migrations`` table records which, by name. A database whose version
is higher than this code knows was written by a newer packetcoach: it is left alone.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("0001-drafts-and-versions", (
        "CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)",
        "CREATE TABLE drafts (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)",
        # AUTOINCREMENT: a version id is never reused, even after forget, so an id a user noted
        # down can never come to mean another draft.
        "CREATE TABLE versions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
        " at TEXT NOT NULL,"
        " sha256 TEXT NOT NULL,"
        " words INTEGER NOT NULL,"
        " profile TEXT NOT NULL, level TEXT NOT NULL, doc_type TEXT NOT NULL,"
        " score TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " report TEXT NOT NULL)",
        "CREATE INDEX versions_by_draft ON versions (draft_id, id)",
    )),
)


class NewerSchema(Exception):
    """The database was written by a newer packetcoach; its version and ours."""

    def __init__(self, found: int, known: int):
        super().__init__(f"schema {found}, this packetcoach knows {known}")
        self.found, self.known = found, known


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Apply every pending migration, each in its own write transaction; returns how many ran.

    Safe with several processes starting at once: the version is read again inside the write
    lock, so a migration another process just applied is not applied twice.
    """
    known = len(MIGRATIONS)
    found = schema_version(connection)
    if found > known:
        raise NewerSchema(found, known)
    applied = 0
    while found < known:
        connection.execute("BEGIN IMMEDIATE")
        try:
            found = schema_version(connection)
            if found > known:
                raise NewerSchema(found, known)
            if found < known:
                from datetime import datetime, timezone  # noqa: PLC0415 - only when a migration runs

                name, statements = MIGRATIONS[found]
                for statement in statements:
                    connection.execute(statement)
                connection.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                                   (name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
                connection.execute(f"PRAGMA user_version = {found + 1}")
                found += 1
                applied += 1
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return applied
