"""A small on-disk cache of parsed profile and rule files, as JSON: plain data that cannot run code.

Parsing the built-in profile's TOML costs as much as analysing a short draft, so a one-shot command
keeps the parsed, validated, merged data (and the index its item lexicon is filed into:
profile/lexicon_store.py) in the user's cache directory (``$PACKETCOACH_CACHE_DIR``,
else ``$XDG_CACHE_HOME/packetcoach``, else ``~/.cache/packetcoach``), never beside a draft. Each
entry records the exact text hash of every file it was built from (the whole ``extends`` chain) and
the code version, and is used only when all of them still match. Long-running front ends keep the
compiled profile in memory and need no disk cache at all.

The cache is best effort and trusted only when it is the user's own: the directory must be owned by
the user, not a symbolic link and writable by nobody else (it is created 0700); files are opened
without following links and checked after opening (owner, regular file, not writable by others);
writes go to a new private file that is renamed into place. Anything else means: parse again.
``PACKETCOACH_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import json
import os
import stat
from typing import Any

from packetcoach._version import __version__

try:  # the interpreter's own BLAKE2: hashlib loads OpenSSL's library first, about 2.5 ms of a check
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without it
    from hashlib import blake2b

ENTRY_LIMIT = 8 * 1024 * 1024  # a cached profile is a few hundred KB; anything bigger is not ours


def cache_dir() -> str | None:
    if os.environ.get("PACKETCOACH_NO_CACHE"):
        return None
    explicit = os.environ.get("PACKETCOACH_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "packetcoach")


def digest(*texts: str | bytes) -> str:
    """BLAKE2b of the version and each text, a text given as its UTF-8 bytes or as a string.

    Bytes are hashed as they are, so a file's bytes and its decoded text have the same digest: a
    check hashes its profile and code files (about 440 KB) straight from the bytes it read, where
    decoding them and encoding them again cost about 6 M instructions of the command.
    """
    value = blake2b(__version__.encode(), digest_size=20)
    for text in texts:
        value.update(b"\0")
        value.update(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    return value.hexdigest()


def _mine(info: os.stat_result) -> bool:
    return (not hasattr(os, "getuid") or info.st_uid == os.getuid()) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _trusted_dir(directory: str, create: bool) -> bool:
    """The cache directory is ours, private, a real directory; its parent cannot swap it out."""
    try:
        info = os.lstat(directory)
    except FileNotFoundError:
        if not create:
            return False
        parent = os.path.dirname(os.path.abspath(directory))
        try:
            parent_info = os.stat(parent)
            if parent_info.st_mode & stat.S_IWOTH and not parent_info.st_mode & stat.S_ISVTX:
                return False  # anyone could rename our directory away and plant another
            os.mkdir(directory, 0o700)
            info = os.lstat(directory)
        except OSError:
            return False
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _mine(info)


def load(kind: str, key: str) -> Any | None:
    """The JSON stored under (kind, key), or None when there is none or it is not to be trusted."""
    directory = cache_dir()
    if directory is None or not _trusted_dir(directory, create=False):
        return None
    try:
        handle = os.open(os.path.join(directory, f"{kind}-{key}.json"), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or not _mine(info) or info.st_size > ENTRY_LIMIT:
            return None
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(ENTRY_LIMIT + 1)
        # orjson reads what json.dumps wrote as the same values, from the bytes as they are (no text
        # decoded first), in 60% of the standard library's instructions: a check reads 0.8 MB of
        # entries, 45 M instructions by json.loads, 27 M by orjson, whose import (which a large
        # report's writing pays anyway, core/inert.py) costs less than the difference. What it
        # refuses and json would take (a lone surrogate, an integer past 64 bits; no entry holds
        # either) is a ValueError: the entry is built again.
        import orjson  # noqa: PLC0415 - only when an entry is read

        return orjson.loads(data)
    except (OSError, ValueError):
        return None
    finally:
        os.close(handle)


def store(kind: str, key: str, value: Any) -> None:
    """Write atomically into the trusted directory, and drop older entries of the same kind."""
    directory = cache_dir()
    if directory is None or not _trusted_dir(directory, create=True):
        return
    target = os.path.join(directory, f"{kind}-{key}.json")
    temporary = os.path.join(directory, f".{kind}-{key}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    # Encoded whole, then written at once (json.dump writes a stream of small pieces: 42 ms for the
    # stored lexicon against 12 ms). ASCII, non-ASCII characters escaped: parsing an ASCII text is
    # the decoder's fast path (the lexicon's 430 KB with its 91 curly apostrophes: 13% fewer
    # instructions to load).
    data = json.dumps(value, separators=(",", ":")).encode("ascii")
    try:
        handle = os.open(temporary, flags, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
        for name in os.listdir(directory):
            if name.startswith(f"{kind}-") and name.endswith(".json") and name != os.path.basename(target):
                os.unlink(os.path.join(directory, name))
    except OSError:  # a read-only home still analyses, just without the cache
        try:
            os.unlink(temporary)
        except OSError:
            pass
