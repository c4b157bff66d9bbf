"""Regular expressions compiled once per machine, not once per process.

Python's ``re`` parses and compiles a pattern in Python code, and a process keeps the result only
in memory: every ``check`` compiled the pipeline's and the profile's hundred-odd patterns again
before it read a word, about 20 ms of a 140 ms command. What that compilation produces is plain
data, a list of integers for the engine (stored as one hexadecimal string, :data:`CODE_FORMAT`)
and the pattern's group names, which :func:`compiled` keeps in the user cache (``core/cache.py``:
JSON, the same trust rules, ``PACKETCOACH_NO_CACHE``) and hands back to the engine
(``_sre.compile``, the step ``re.compile`` itself ends with) on the next run. The entry is keyed by
the interpreter's exact version and the engine's magic number, as the compiled form belongs to
them; the pattern built from it is equal to ``re.compile``'s (a pattern compares its source, flags
and compiled code), which the tests check for every pattern a check compiles. Anything unexpected
(no cache, an entry the engine refuses, an interpreter whose internals differ) compiles the usual
way.

Only patterns made once per process or per profile go through here, at import or on first use
(:class:`on_first_use`): a pattern compiled inside a function on each call keeps ``re.compile`` and
its own in-memory cache. Front ends that end a
command call :func:`keep` to write what the process compiled that the entry lacked.
"""

from __future__ import annotations

import re
import sys
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - an interpreter without CPython's engine
    _sre = None

KIND = "regex"
#: More entries than this and :func:`keep` writes only what this process compiled anew (profiles come
#: and go; what is still used comes back on the next runs).
ENTRY_LIMIT = 2000

_table: dict[str, Any] | None = None  # the stored entry, read on the first compile
_new: dict[str, Any] = {}  # compiled by this process and missing from the stored entry


def _key() -> str:
    from packetcoach.core.cache import digest  # noqa: PLC0415 - only once a pattern is compiled

    return digest(sys.version, str(getattr(_sre, "MAGIC", "")), str(getattr(_sre, "CODESIZE", "")),
                  CODE_FORMAT, sys.byteorder)


def _stored() -> dict[str, Any]:
    global _table  # noqa: PLW0603 - read once per process
    if _table is None:
        from packetcoach.core import cache  # noqa: PLC0415

        found = cache.load(KIND, _key()) if _sre is not None and cache.cache_dir() is not None else None
        _table = found if isinstance(found, dict) else {}
    return _table


def _build(source: str, entry: Any) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(source, flags, _codes(code), groups, groupindex, tuple(indexgroup))


#: How an entry holds the engine's code: the machine's unsigned ints (``CODESIZE`` bytes, its own
#: byte order; both are in the key) as one hexadecimal string. The decoder reads a long string
#: a character at a time in C, where a list of 25,000 numbers costs it a number object parsed
#: each, and the digits are made into numbers only by a pattern built from them: loading the
#: entry of a check's 107 patterns took 20.8 M instructions as lists, about 3% of the command.
CODE_FORMAT = "hex/1"


def _codes(text: str) -> list[int]:
    """The engine's code from its stored form (anything else raises, and is compiled again)."""
    return memoryview(bytes.fromhex(text)).cast("I").tolist()


def _stored_codes(code: list[int]) -> str:
    from array import array  # noqa: PLC0415 - only when a pattern is compiled anew

    stored = array("I", code)
    if stored.itemsize != _sre.CODESIZE:  # pragma: no cover - no such interpreter known; compiled the usual way
        raise ValueError("the engine's code is not the machine's unsigned int")
    return stored.tobytes().hex()


def _parts(source: str, flags: int) -> list[Any]:
    """What ``re._compiler.compile`` hands the engine, as JSON can hold it."""
    tree = _parser.parse(source, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return [flags | tree.state.flags, _stored_codes(_compiler._code(tree, flags)), tree.state.groups - 1, groupindex,
            indexgroup]


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the stored compiled form when there is one."""
    if _sre is None or not isinstance(source, str):
        return re.compile(source, flags)
    flags = int(flags)
    key = f"{flags}:{source}"
    entry = _stored().get(key)
    if entry is not None:
        try:
            return _build(source, entry)
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile it again
            pass
    try:
        entry = _parts(source, flags)
        pattern = _build(source, entry)
    except Exception:  # noqa: BLE001 - internals that differ: the public way
        return re.compile(source, flags)
    _new[key] = entry
    return pattern


class on_first_use:  # noqa: N801 - made like a pattern, called like a function
    """A pattern compiled through :func:`compiled` when first asked for (``NAME_RE()``): one that a
    usual draft may never need, so neither an import nor a process without the cache pays for it."""

    __slots__ = ("source", "flags", "pattern")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags
        self.pattern: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        pattern = self.pattern
        if pattern is None:
            pattern = self.pattern = compiled(self.source, self.flags)
        return pattern


def keep() -> None:
    """Store the patterns this process compiled that the stored entry lacked (nothing when none)."""
    if not _new or _table is None:
        return
    from packetcoach.core import cache  # noqa: PLC0415

    merged = {**_table, **_new}
    cache.store(KIND, _key(), merged if len(merged) <= ENTRY_LIMIT else dict(_new))
    _table.update(_new)
    _new.clear()
