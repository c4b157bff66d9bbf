"""A small on-disk cache for the compiled profile, so a command pays for TOML and matchers once.

Compiling a profile (parsing ~700 lines of TOML, expanding every verb form, building the phrase
tables) costs more than analysing a draft. The compiled form is kept in the user's cache directory
(``$PACKETCOACH_CACHE_DIR``, else ``$XDG_CACHE_HOME/packetcoach``, else ``~/.cache/packetcoach``),
never beside a draft, keyed by the exact text of the profile files and the code that compiles them,
so any change rebuilds it. It is best effort: any failure to read or write falls back to compiling,
and ``PACKETCOACH_NO_CACHE=1`` turns it off.

The cache holds pickles, so it is trusted only when it is the user's own: the directory is created
private (0700), and a file that is not owned by the user or is writable by others is ignored and
rebuilt. Older entries of the same kind are removed when a new one is written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
from typing import Callable, Iterable, TypeVar

from packetcoach._version import __version__

T = TypeVar("T")


def cache_dir() -> str | None:
    if os.environ.get("PACKETCOACH_NO_CACHE"):
        return None
    explicit = os.environ.get("PACKETCOACH_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "packetcoach")


def fingerprint(texts: Iterable[str], files: Iterable[str]) -> str:
    """A key from the given texts and the size and modification time of the given files."""
    digest = hashlib.sha256(__version__.encode())
    for text in texts:
        digest.update(b"\0" + text.encode("utf-8", "surrogatepass"))
    for path in files:
        try:
            stat = os.stat(path)
            digest.update(f"\0{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"\0{path}:missing".encode())
    return digest.hexdigest()[:32]


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """The value stored under (kind, key), or ``build()``'s result, stored for next time."""
    directory = cache_dir()
    if directory is None:
        return build()
    path = os.path.join(directory, f"{kind}-{key}.pickle")
    try:
        if _trusted(directory) and _trusted(path):
            with open(path, "rb") as handle:
                return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or damaged cache just means compiling again
        pass
    value = build()
    _store(directory, kind, path, value)
    return value


def _trusted(path: str) -> bool:
    """Owned by this user and writable by nobody else: only then is a pickle loaded from it."""
    info = os.stat(path)
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _store(directory: str, kind: str, path: str, value: object) -> None:
    """Write atomically (temporary file, then rename) and drop older entries of the same kind."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        with open(temporary, "wb") as stream:
            os.chmod(temporary, 0o600)
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for name in os.listdir(directory):
            if name.startswith(f"{kind}-") and name.endswith(".pickle") and os.path.join(directory, name) != path:
                os.unlink(os.path.join(directory, name))
    except Exception:  # noqa: BLE001 - a read-only home still analyses, just without the cache
        try:
            os.unlink(temporary)
        except OSError:
            pass
