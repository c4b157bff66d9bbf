"""What the front ends ask of the history: record a version, list versions, fetch one, forget.

A draft is keyed by its real, absolute path. Recording the same text as the draft's latest
version checked with the same settings adds nothing, so re-running a check does not pad the trend.
"""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
import json
import os
import time
from typing import Any, Callable, Iterable, NamedTuple

try:  # the interpreter's own SHA-256: hashlib loads OpenSSL's library first, about 2.5 ms of a check
    from _sha256 import sha256
except ImportError:  # pragma: no cover - Python 3.12 renamed it; an interpreter without it
    try:
        from _sha2 import sha256
    except ImportError:
        from hashlib import sha256

from packetcoach.store.connection import Store

COLUMNS = "v.id, d.path, v.at, v.words, v.score, v.profile, v.level, v.doc_type"
#: When a version was recorded, in UTC to the second: ``datetime.now(timezone.utc).isoformat(
#: timespec="seconds")`` spelled with the time module, which every process has loaded already (a
#: check on a short draft loads datetime for nothing else).
AT_FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"


class Entry(NamedTuple):
    """One analysed draft to record (named tuples: a check pays their creation at start-up, dataclasses cost more)."""

    path: str
    text: str
    words: int
    profile: str
    level: str
    doc_type: str
    score: dict[str, int]
    report: dict[str, Any] | Callable[[], dict[str, Any]]  # or a function building it: called only for a new version


class Version(NamedTuple):
    """One version kept in the history; ``text`` only when fetched one by one."""

    id: int
    source: str
    at: str
    words: int
    score: dict[str, int]
    profile: str
    level: str
    doc_type: str
    text: str | None = None

    def as_json(self) -> dict[str, Any]:
        """SPEC 6: {"id", "source", "at", "words", "score"}, with the settings it was judged by."""
        return {"id": self.id, "source": self.source, "at": self.at, "words": self.words, "score": self.score,
                "profile": self.profile, "level": self.level, "doc_type": self.doc_type}


def storable(text: str) -> str:
    """``text`` as SQLite can store it: a lone surrogate (a file name that is not UTF-8) becomes ``\\udcff``."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def draft_key(path: str) -> str:
    """The key a draft is filed under: its real absolute path (a symlink and its target are one draft)."""
    return storable(os.path.realpath(os.path.abspath(path)))


def _digest(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()


def record(store: Store, entries: Iterable[Entry]) -> list[int | None]:
    """Record each entry in one transaction; the new version id, or None when nothing changed."""
    ids: list[int | None] = []
    now = time.strftime(AT_FORMAT, time.gmtime())
    with store.write() as db:
        for entry in entries:
            path = draft_key(entry.path)
            db.execute("INSERT OR IGNORE INTO drafts (path) VALUES (?)", (path,))
            draft_id = db.execute("SELECT id FROM drafts WHERE path = ?", (path,)).fetchone()[0]
            text = storable(entry.text)
            digest = _digest(text)
            last = db.execute("SELECT sha256 FROM versions WHERE draft_id = ? AND profile = ? AND level = ? "
                              "AND doc_type = ? ORDER BY id DESC LIMIT 1",
                              (draft_id, entry.profile, entry.level, entry.doc_type)).fetchone()
            if last == (digest,):
                ids.append(None)
                continue
            report = entry.report() if callable(entry.report) else entry.report
            cursor = db.execute(
                "INSERT INTO versions (draft_id, at, sha256, words, profile, level, doc_type, score, text, report)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft_id, now, digest, entry.words, entry.profile, entry.level, entry.doc_type,
                 json.dumps(entry.score), text, storable(json.dumps(report, ensure_ascii=False))))
            ids.append(cursor.lastrowid)
    return ids


def _version(row: tuple, text: str | None = None) -> Version:
    id_, source, at, words, score, profile, level, doc_type = row
    return Version(id_, source, at, words, json.loads(score), profile, level, doc_type, text)


def versions(store: Store, path: str | None = None) -> list[Version]:
    """Every version of one draft (or of all drafts), oldest first."""
    query = f"SELECT {COLUMNS} FROM versions v JOIN drafts d ON d.id = v.draft_id"
    if path is None:
        rows = store.connection.execute(f"{query} ORDER BY d.path, v.id").fetchall()
    else:
        rows = store.connection.execute(f"{query} WHERE d.path = ? ORDER BY v.id", (draft_key(path),)).fetchall()
    return [_version(row) for row in rows]


def version(store: Store, version_id: int) -> Version | None:
    """One version with its text, or None if there is no such id."""
    row = store.connection.execute(f"SELECT {COLUMNS}, v.text FROM versions v JOIN drafts d ON d.id = v.draft_id "
                                   "WHERE v.id = ?", (version_id,)).fetchone()
    return _version(row[:-1], row[-1]) if row else None


def forget(store: Store, path: str | None) -> tuple[int, bool]:
    """Delete one draft's versions (or, with None, everything) for real: (versions deleted, fully cleared).

    Deleted rows are zeroed (secure_delete), the file is rebuilt without them (VACUUM) and the
    write-ahead log is emptied. The second value is False when another process still had the
    database open and the log could not be emptied yet; it is emptied by the next forget.
    """
    with store.write() as db:
        if path is None:
            count = db.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
            db.execute("DELETE FROM versions")
            db.execute("DELETE FROM drafts")
        else:
            key = draft_key(path)
            count = db.execute("SELECT COUNT(*) FROM versions v JOIN drafts d ON d.id = v.draft_id "
                               "WHERE d.path = ?", (key,)).fetchone()[0]
            db.execute("DELETE FROM drafts WHERE path = ?", (key,))  # versions go with it (ON DELETE CASCADE)
    store.connection.execute("VACUUM")
    busy, _, _ = store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return count, not busy
