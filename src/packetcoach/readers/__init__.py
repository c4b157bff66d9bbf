"""Turning a draft file (or stdin) into a Source: its text and how it was read.

    read_path("draft.docx")               # dispatch by extension
    read_bytes(read_stdin(), "-")          # sniff: zip -> docx, <html -> html, else text

Every failure is an InputError naming the file and the problem on one line;
nothing else escapes. See docs/readers.md for formats, limits and encodings.
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO

from packetcoach.core.errors import InputError, UsageError
from packetcoach.readers.decode import declared_html_charset, decode
from packetcoach.readers.limits import DEFAULT_MAX_BYTES, DOCX_MAX_BYTES, format_size
from packetcoach.readers.sniff import (
    KINDS,
    display_name,
    kind_from_name,
    normalize_hint,
    sniff_kind,
)
from packetcoach.readers.source import Source

__all__ = ["DEFAULT_MAX_BYTES", "DOCX_MAX_BYTES", "KINDS", "Source", "read_bytes", "read_limited", "read_path",
           "read_stdin"]

EMPTY_NOTE = "empty draft"
_GIVE_A_FILE = "give the path of a draft file"


def read_path(path: str | os.PathLike[str] | os.PathLike[bytes], *,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a draft file, choosing the reader by its extension (content if unknown).

    ``max_bytes`` bounds text and HTML files and the text extracted from any
    format; a .docx archive may be up to DOCX_MAX_BYTES (it carries images).
    """
    name = os.fsdecode(path)
    where = display_name(name)
    kind = kind_from_name(name)
    limit = _file_limit(kind, max_bytes)
    data = _read_file(name, where, limit)
    return read_bytes(data, name, kind, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, kind_hint: str | None = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a draft already in memory (stdin is ``name="-"``).

    The kind is ``kind_hint`` (markdown, text, docx, html, or an extension),
    else the name's extension, else sniffed: a zip is a docx, a leading HTML
    tag is HTML, anything else is text.
    """
    where = display_name(name)
    data = bytes(data)  # accept bytearray and memoryview too
    kind = _resolve_kind(data, name, where, kind_hint)
    limit = _file_limit(kind, max_bytes)
    if len(data) > limit:
        raise _too_large(where, len(data), limit)
    text, notes = _extract(data, where, kind)
    if len(text) > max_bytes:
        raise InputError(where, f"holds {format_size(len(text))} of text, more than any draft "
                         f"(limit {format_size(max_bytes)})", "check that this is the right file")
    if not text.strip():
        notes = (*notes, EMPTY_NOTE)
    return Source(name=name, text=text, kind=kind, notes=notes)


def read_limited(stream: BinaryIO, where: str = "-", limit: int | None = None) -> bytes:
    """At most ``limit`` bytes of a stream (standard input, a pipe), or an InputError.

    Never more than ``limit`` + 1 bytes are held, however much the stream has: ``check - <
    /dev/zero`` stops at the limit instead of growing until the machine runs out of memory.
    The default limit is the largest input of any kind (a .docx).
    """
    limit = _file_limit(None, DEFAULT_MAX_BYTES) if limit is None else limit
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= limit:
            chunk = stream.read(min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except (OSError, ValueError) as error:
        raise InputError(where, f"cannot be read: {error.__class__.__name__}") from None
    if size > limit:
        raise _too_large(where, size, limit, exact=False)
    return b"".join(chunks)


_CHUNK = 1024 * 1024


def read_stdin(limit: int | None = None) -> bytes:
    """Standard input, read with the cap of :func:`read_limited`."""
    return read_limited(sys.stdin.buffer, "-", limit)


def _resolve_kind(data: bytes, name: str, where: str, kind_hint: str | None) -> str:
    """The hint, else the extension, else what the bytes look like."""
    if kind_hint is not None:
        kind = normalize_hint(kind_hint)
        if kind is None:
            raise UsageError(where, f"unknown input kind {kind_hint!r}",
                             "use one of " + ", ".join(KINDS))
        return kind
    return kind_from_name(name) or sniff_kind(data)


def _extract(data: bytes, where: str, kind: str) -> tuple[str, tuple[str, ...]]:
    """The text of the draft and the reading notes, by kind (rich readers lazily)."""
    if kind == "docx":
        from packetcoach.readers.docx_reader import read_docx

        return read_docx(data, where), ()
    if kind == "html":
        from packetcoach.readers.html_reader import read_html

        text, notes = decode(data, where, declared_html_charset(data))
        return read_html(text, where), notes
    return decode(data, where)


def _file_limit(kind: str | None, max_bytes: int) -> int:
    """How many bytes a file of this kind may have (unknown kinds: the larger)."""
    if kind == "docx":
        return DOCX_MAX_BYTES
    return max_bytes if kind is not None else max(max_bytes, DOCX_MAX_BYTES)


def _read_file(name: str, where: str, limit: int) -> bytes:
    """The file's bytes, at most ``limit`` + 1 of them, or an InputError."""
    try:
        if os.path.isdir(name):
            raise InputError(where, "is a directory, not a draft", _GIVE_A_FILE)
        with open(name, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise _too_large(where, size, limit)
            data = handle.read(limit + 1)  # also bounds pipes and devices of unknown size
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(where, "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(where, "is a directory, not a draft", _GIVE_A_FILE) from None
    except PermissionError:
        raise InputError(where, "permission denied", "check the file's permissions") from None
    except OSError as error:
        raise InputError(where, f"cannot be read: {error.strerror or error}") from None
    except ValueError:  # an embedded NUL in the path
        raise InputError(where, "is not a valid path") from None
    if len(data) > limit:  # a pipe or device: its size was unknown
        raise _too_large(where, len(data), limit, exact=False)
    return data


def _too_large(where: str, size: int, limit: int, *, exact: bool = True) -> InputError:
    """The error for a file far larger than any draft, with its size and the limit."""
    shown = format_size(size) if exact else f"over {format_size(limit)}"
    return InputError(where, f"is {shown}, far larger than any draft (limit {format_size(limit)})",
                      "check that this is the right file")
