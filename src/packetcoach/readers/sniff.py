"""Which reader a draft needs: by its name, by a hint, or by its first bytes.

Dispatch is by extension first because that is what the user chose; content
sniffing decides only when the name says nothing (stdin, unknown extensions),
and recognises the common non-drafts (images, PDFs, archives, legacy Word) so
the error can name what the file actually is.
"""

from __future__ import annotations

import os

KINDS = ("markdown", "text", "docx", "html")

_EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".txt": "text", ".text": "text",
    ".docx": "docx", ".docm": "docx", ".dotx": "docx",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}

_HINT_ALIASES = {"md": "markdown", "txt": "text", "htm": "html", "xhtml": "html"}

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

#: Leading bytes of formats people mistake for drafts: (magic, what it is, hint).
_SIGNATURES: tuple[tuple[bytes, str, str | None], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF87a", "a GIF image", None),
    (b"GIF89a", "a GIF image", None),
    (b"%PDF-", "a PDF", "export the draft from its editor as .docx, .md or .txt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word (.doc) or encrypted Office file",
     "save it as .docx without a password"),
    (b"{\\rtf", "an RTF document", "save it as .docx, .md or .txt"),
    (b"\x1f\x8b", "a gzip archive", None),
    (b"\xfd7zXZ\x00", "an xz archive", None),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", None),
    (b"Rar!\x1a\x07", "a RAR archive", None),
    (b"\x7fELF", "an executable", None),
    (b"SQLite format 3\x00", "an SQLite database", None),
    (b"OggS\x00", "an audio file", None),
)

_HTML_STARTS = ("<!doctype html", "<html", "<head", "<body", "<meta")


def kind_from_name(name: str) -> str | None:
    """The kind the file's extension promises, or None when it says nothing."""
    return _EXTENSIONS.get(os.path.splitext(name)[1].lower())


def normalize_hint(hint: str) -> str | None:
    """A caller's kind hint ("md", ".html", "DOCX") as one of KINDS, or None."""
    key = hint.strip().lower().lstrip(".")
    key = _HINT_ALIASES.get(key, key)
    return key if key in KINDS else None


def not_a_draft(data: bytes) -> tuple[str, str | None] | None:
    """What the bytes are when they are a known non-draft format, with a hint."""
    for magic, what, hint in _SIGNATURES:
        if data.startswith(magic):
            return what, hint
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a media file", None
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":  # magic, level, block header
        return "a bzip2 archive", None
    head = data[:2048]
    if b"MIME-Version:" in head and b"multipart/related" in head:
        return ("a MIME/MHTML archive (Confluence's Word export is one)",
                "export the page as HTML, or open it in Word and save as .docx")
    return None


def sniff_kind(data: bytes) -> str:
    """The kind of unnamed bytes: a zip is a docx, a leading HTML tag is HTML."""
    if data.startswith(ZIP_MAGIC):
        return "docx"
    head = _decoded_head(data).lstrip().lower()
    if head.startswith(_HTML_STARTS):
        return "html"
    if head.startswith("<!--") and ("<html" in head or "<body" in head):
        return "html"
    return "text"


def _decoded_head(data: bytes) -> str:
    """The first 2 KB as text, honouring a UTF-16 BOM, never failing."""
    head = data[:2048]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def display_name(name: str) -> str:
    """The name as it can be printed on one line of any terminal.

    Control characters (a newline in a file name) would break the one-line
    error contract, and undecodable bytes (kept by os.fsdecode as lone
    surrogates) would crash a UTF-8 terminal, so both are shown escaped.
    """
    if name.isprintable():
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return name
    return "".join(_printable(ch) for ch in name)


def _printable(ch: str) -> str:
    """One character of a name, escaped when it cannot be printed safely."""
    if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF:
        return ch
    return ch.encode("unicode_escape", errors="backslashreplace").decode("ascii")
