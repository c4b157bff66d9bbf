"""A small on-disk cache for the compiled profile, so a command pays for TOML and matchers once.

Compiling a profile (parsing ~700 lines of TOML, expanding every verb form, building the phrase
tables) costs more than analysing a draft. The compiled form is kept in the user's cache directory
(``$PACKETCOACH_CACHE_DIR``, else ``$XDG_CACHE_HOME/packetcoach``, else ``~/.cache/packetcoach``),
never beside a draft, keyed by the exact text of the profile files and the code that compiles them,
so any change rebuilds it. It is best effort: any failure to read or write falls back to compiling,
and ``PACKETCOACH_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from typing import Callable, Iterable, TypeVar

from ._version import __version__

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
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a missing, stale or damaged cache just means compiling again
        pass
    value = build()
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{kind}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a read-only home still analyses, just without the cache
        try:
            os.unlink(temporary)  # type: ignore[possibly-undefined]
        except Exception:  # noqa: BLE001
            pass
    return value
