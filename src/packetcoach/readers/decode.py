"""Bytes to text without ever failing, and with a note whenever we guessed.

Drafts arrive as UTF-8 (most editors), UTF-8 with a BOM (Windows Notepad),
UTF-16 (some Windows exports) or cp1252 (older Windows tools, Outlook pastes),
and sometimes a mix: a UTF-8 file with a paragraph pasted from a cp1252 one.
We decode the valid UTF-8 as UTF-8 and only the bytes that are not UTF-8 as
cp1252 (latin-1 for the five bytes cp1252 leaves undefined), so a mixed file
keeps its good parts intact and a pure cp1252 file decodes as cp1252. The
decoded text is never otherwise altered (newlines, tabs, spacing are kept), so
offsets point into the file's own text; the one exception is a stray NUL byte,
which becomes U+FFFD (one character for one, so later offsets do not move).
"""

from __future__ import annotations

import codecs
import re

from packetcoach.core.errors import InputError
from packetcoach.readers.sniff import not_a_draft
from packetcoach.core.regexes import compiled

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# A maximal run of well-formed UTF-8 (RFC 3629: no overlongs, no surrogates). Compiled when first
# used (Python's re keeps it): only a file that is not clean UTF-8 is read this way.
_UTF8_RUN = (
    rb"(?:[\x00-\x7f]+|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)

# Characters no draft contains in quantity: C0/C1 controls other than
# whitespace, DEL, and the replacement character left by a failed decode.
# NEL (\x85) is left out: it is a (rare) line break, not binary noise.
_NOT_TEXT = compiled("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd]")

#: More than this share of non-text characters makes a file binary ...
_BINARY_SHARE = 0.05
#: ... provided there are more than this many (a stray NUL is not binary).
_BINARY_FLOOR = 4


def decode(data: bytes, where: str, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The draft's text and the notes on how it was decoded.

    ``declared`` is a legacy charset the file itself declares (an HTML meta
    tag); a BOM still wins over it, as in browsers. Raises InputError when the
    bytes are a known binary format or mostly not text; everything else decodes.
    """
    known = not_a_draft(data)
    if known is not None:
        what, hint = known
        raise InputError(where, f"is {what}, not a draft", hint or _FORMATS_HINT)
    if declared is not None and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        text, notes = _decode_declared(data, declared)
    else:
        text, notes = _decode_bytes(data)
    _reject_binary(text, where)
    return _replace_nuls(text, notes)


_FORMATS_HINT = "packetcoach reads .md, .txt, .docx and .html drafts"


def _decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode by BOM, then as UTF-8 with a per-byte legacy fallback."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom):], codec)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        text, notes = _decode_with_bom(data, utf16)
        return text, [f"decoded as {utf16} (no byte-order mark)", *notes]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return _decode_mixed(data)


def _decode_declared(data: bytes, codec: str) -> tuple[str, list[str]]:
    """Decode with the file's own declared legacy charset, never failing."""
    text = data.decode(codec, errors="replace")
    return text, [f"decoded as {codec} (declared in the file)"]


def _decode_with_bom(body: bytes, codec: str) -> tuple[str, list[str]]:
    """Decode a BOM-marked body; a damaged one still decodes, with a note."""
    try:
        return body.decode(codec), []
    except UnicodeDecodeError:
        note = f"invalid {codec} sequences replaced with U+FFFD"
        return body.decode(codec, errors="replace"), [note]


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"-be" when the bytes look like BOM-less UTF-16 English text.

    ASCII text in UTF-16 has a NUL in every other byte; without this check it
    would be rejected as binary.
    """
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.9 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _decode_mixed(data: bytes) -> tuple[str, list[str]]:
    """Decode valid UTF-8 runs as UTF-8 and every other byte as cp1252/latin-1."""
    parts: list[str] = []
    pos = legacy = latin1 = 0
    utf8_multibyte = False
    for run in re.finditer(_UTF8_RUN, data):
        if run.start() > pos:
            text, undefined = _legacy(data[pos:run.start()])
            parts.append(text)
            legacy += run.start() - pos
            latin1 += undefined
        chunk = run.group()
        parts.append(chunk.decode("utf-8"))
        utf8_multibyte = utf8_multibyte or not chunk.isascii()
        pos = run.end()
    if pos < len(data):
        text, undefined = _legacy(data[pos:])
        parts.append(text)
        legacy += len(data) - pos
        latin1 += undefined
    return "".join(parts), [_legacy_note(legacy, latin1, utf8_multibyte)]


def _legacy(chunk: bytes) -> tuple[str, int]:
    """Decode bytes as cp1252, falling back to latin-1 per undefined byte."""
    try:
        return chunk.decode("cp1252"), 0
    except UnicodeDecodeError:
        chars = []
        undefined = 0
        for byte in chunk:
            try:
                chars.append(bytes([byte]).decode("cp1252"))
            except UnicodeDecodeError:
                chars.append(chr(byte))
                undefined += 1
        return "".join(chars), undefined


def _legacy_note(legacy: int, latin1: int, utf8_multibyte: bool) -> str:
    """Say which legacy decoding was used, and how much of the file it touched."""
    extra = f"; {latin1} byte(s) undefined in cp1252 read as latin-1" if latin1 else ""
    if utf8_multibyte:
        return f"mixed encodings: {legacy} byte(s) that are not UTF-8 decoded as cp1252{extra}"
    return f"decoded as cp1252 (not UTF-8){extra}"


def _reject_binary(text: str, where: str) -> None:
    """Raise when the decoded text is mostly control characters: a binary file."""
    if _NOT_TEXT.search(text) is None:
        return
    noise = len(_NOT_TEXT.findall(text))
    if noise > _BINARY_FLOOR and noise > _BINARY_SHARE * len(text):
        share = round(100 * noise / len(text))
        raise InputError(where, f"is a binary file ({share}% control characters), not a draft",
                         _FORMATS_HINT)


def _replace_nuls(text: str, notes: list[str]) -> tuple[str, tuple[str, ...]]:
    """Replace stray NULs (which break terminals and C libraries) with U+FFFD."""
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "\ufffd")
        notes.append(f"replaced {nuls} NUL byte(s) with U+FFFD")
    return text, tuple(notes)


_META_CHARSET = rb"(?i)<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]{1,40})"  # compiled when first used
# Legacy charsets worth honouring; UTF-8, ASCII, latin-1 and cp1252 are left to
# the default path (UTF-8 with a cp1252 fallback), which already reads them.
_LEGACY_PREFIXES = ("cp", "iso8859-", "mac-", "koi8", "shift_jis", "euc_", "gb", "big5",
                    "iso2022", "johab", "tis-620", "hz", "kz1048", "ptcp154", "hp-roman8")
_DEFAULT_FAMILY = ("cp1252", "iso8859-1", "latin-1", "cp65001")


def declared_html_charset(data: bytes) -> str | None:
    """The legacy charset an HTML file declares in a meta tag, if it is usable.

    Only real text encodings from an allow-list: a page must not be able to
    pick a bytes-to-bytes codec (base64) or a slow one (punycode).
    """
    match = re.search(_META_CHARSET, data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeError):
        return None
    if name in _DEFAULT_FAMILY or not name.startswith(_LEGACY_PREFIXES):
        return None
    return name
