"""Opening a .docx archive without trusting it.

A .docx is a zip. Everything that could cost memory or time is checked from the
zip's own directory before a byte is inflated: the size of the directory itself
(millions of entries cost gigabytes to list), and for each part we read, its
declared uncompressed size and its compression ratio (a zip bomb inflates
kilobytes into gigabytes). Reading is then capped at the declared size too, so
a directory that lies cannot get past the limit either.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass

from packetcoach.core.errors import InputError
from packetcoach.readers import limits, safexml
from packetcoach.readers.limits import format_size

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_RESAVE = "open it in Word and save it again as .docx"
_ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, struct.error, EOFError, OSError,
    ValueError, NotImplementedError, RuntimeError, KeyError)
try:  # zipfile inflates LZMA entries with lzma, whose errors are their own type
    import lzma

    _ZIP_ERRORS += (lzma.LZMAError,)
except ImportError:  # pragma: no cover - Python built without lzma
    pass


@dataclass(frozen=True)
class DocxParts:
    """The XML parts the text is built from."""

    document: bytes
    styles: bytes | None


def open_docx(data: bytes, where: str) -> DocxParts:
    """The main document and style parts, or an InputError saying what is wrong."""
    _check_directory(data, where)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise InputError(where, "is not a valid .docx (not a zip archive)", _RESAVE) from None
    with archive:
        names = {info.filename.lower(): info for info in archive.infolist()}
        budget = _Budget(limits.DOCX_MAX_PART_BYTES)
        main = _main_part(archive, names, where, budget)
        styles_name = posixpath.join(posixpath.dirname(main.filename), "styles.xml")
        styles_info = names.get(styles_name.lower())
        document = _read_part(archive, main, where, budget)
        styles = _read_part(archive, styles_info, where, budget) if styles_info else None
    return DocxParts(document=document, styles=styles)


def _check_directory(data: bytes, where: str) -> None:
    """Refuse a zip whose central directory alone would be costly to load."""
    pos = data.rfind(_EOCD, max(0, len(data) - 22 - 65535))
    if pos < 0 or len(data) - pos < 22:
        raise InputError(where, "is not a valid .docx (not a zip archive)", _RESAVE)
    if pos >= 20 and data[pos - 20:pos - 16] == _ZIP64_LOCATOR:
        raise InputError(where, "is a ZIP64 archive, which no .docx draft needs", _RESAVE)
    entries, directory_size = struct.unpack("<HI", data[pos + 10:pos + 16])
    if entries > limits.DOCX_MAX_ENTRIES or directory_size > limits.DOCX_MAX_DIRECTORY_BYTES:
        raise InputError(where, f"lists {entries} entries in a {format_size(directory_size)} zip "
                         "directory, far more than any .docx", _RESAVE)


class _Budget:
    """The uncompressed bytes still allowed across all the parts read."""

    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, size: int) -> bool:
        """Take ``size`` bytes from the budget; False if they do not fit."""
        if size > self.left:
            return False
        self.left -= size
        return True


def _main_part(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], where: str,
               budget: _Budget) -> zipfile.ZipInfo:
    """word/document.xml, or the main part the package relationships name."""
    if "word/document.xml" in names:
        return names["word/document.xml"]
    rels = names.get("_rels/.rels")
    if rels is not None:
        target = _office_document_target(_read_part(archive, rels, where, budget), where)
        if target and target.lower() in names:
            return names[target.lower()]
    raise InputError(where, "is a zip archive but not a .docx: it has no word/document.xml",
                     _RESAVE)


class _RelsHandler:
    """Finds the target of the officeDocument relationship in _rels/.rels."""

    def __init__(self) -> None:
        self.target: str | None = None

    def start(self, ns: str, name: str, attrs: dict[str, str]) -> None:
        if name == "Relationship" and attrs.get("Type", "").endswith("/officeDocument"):
            self.target = self.target or attrs.get("Target", "").lstrip("/")

    def end(self, ns: str, name: str) -> None:
        pass

    def text(self, data: str) -> None:
        pass


def _office_document_target(rels: bytes, where: str) -> str | None:
    """The main document's path inside the package, per _rels/.rels."""
    handler = _RelsHandler()
    safexml.parse(rels, handler, where, "_rels/.rels")
    return handler.target


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str,
               budget: _Budget) -> bytes:
    """Inflate one part after checking its declared size and ratio, capped at the limit."""
    name = info.filename
    if info.flag_bits & 0x1:
        raise InputError(where, "is password-protected", "save it again without a password")
    size, packed = info.file_size, max(info.compress_size, 1)
    limit = format_size(limits.DOCX_MAX_PART_BYTES)
    if not budget.spend(size):
        raise InputError(where, f"looks like a zip bomb: {name} inflates to {format_size(size)} "
                         f"(limit {limit} of XML in all)", _RESAVE)
    if size > limits.DOCX_RATIO_FLOOR and size > limits.DOCX_MAX_RATIO * packed:
        raise InputError(where, f"looks like a zip bomb: {name} inflates {size // packed} times "
                         f"(from {format_size(packed)} to {format_size(size)}; limit "
                         f"{limits.DOCX_MAX_RATIO} times)", _RESAVE)
    try:
        with archive.open(info) as part:
            content = part.read(limits.DOCX_MAX_PART_BYTES + 1)
    except _ZIP_ERRORS as error:
        raise InputError(where, f"is damaged: cannot inflate {name} ({_reason(error)})",
                         _RESAVE) from None
    if len(content) > size:  # the directory lied about the size
        raise InputError(where, f"looks like a zip bomb: {name} is larger than its zip entry says",
                         _RESAVE)
    return content


def _reason(error: Exception) -> str:
    """A library error's message, on one line."""
    return " ".join(str(error).split()) or type(error).__name__
