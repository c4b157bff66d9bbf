"""Text from a draft or a file name, made inert for the place it goes.

A draft is someone's document, sometimes someone else's, and a file name is whatever a
download or a colleague called it: either may hold an escape sequence that clears the screen,
retitles the window or writes the clipboard (OSC 52), or Markdown and HTML that becomes a
script, a link or a tracking image once the report is pasted into a page. Every renderer
passes such text through one of these functions, so the guarantee lives in one place:

- terminal: C0 and C1 control characters, DEL and the bidirectional overrides that reorder
  what a reader sees become visible marks (ESC shows as ``␛``). One character stays one
  character, so offsets into the draft still place the underlines. Text from a draft never
  reaches the terminal as a control.
- Markdown: the same marks, then everything that could become markup is escaped: HTML
  (``<``, ``>``, ``&`` as entities), link and image syntax, emphasis, code, table pipes, and the
  ``://`` and ``www.`` that GitHub-style renderers turn into links; white space runs become
  one space, so a value cannot start a new block.
- HTML: every character that means something in HTML is escaped, in text and in attributes;
  pages carry :data:`CONTENT_SECURITY_POLICY`, which allows no script, no remote resource and
  no form; data for a page's own script goes through :func:`json_for_script`.
- JSON: a JSON encoder already escapes C0 controls; :func:`json_text` also escapes DEL, C1 and
  the bidirectional overrides (``\\u009b``), which changes no value but keeps a report printed
  on a terminal inert.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from typing import IO, Any

#: What a control character looks like once made visible.
C1_MARK = "\ufffd"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_VISIBLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ ... ␟
_VISIBLE[0x7F] = "\u2421"  # ␡
_VISIBLE.update({code: C1_MARK for code in range(0x80, 0xA0)})
_VISIBLE.update({ord(ch): C1_MARK for ch in BIDI_CONTROLS})

_LINE = dict(_VISIBLE)  # one line: every control, newlines included, shown as a mark
_BLOCK = {code: mark for code, mark in _VISIBLE.items() if code not in (0x09, 0x0A)}  # keeps tabs, newlines
_BLOCK[0x0D] = "\n"  # a lone CR is a line break (the readers read it as one); see terminal_text
_DANGEROUS = "[\x00-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]"  # compiled when first used


def has_controls(text: str) -> bool:
    """Whether ``text`` holds anything a terminal could act on (a fast test for the common case)."""
    return re.search(_DANGEROUS, text) is not None


def terminal_line(text: str) -> str:
    """One line for a terminal: every control, line breaks included, as a visible mark."""
    return text.translate(_LINE) if has_controls(text) else text


def terminal_text(text: str) -> str:
    """Text for a terminal that keeps its lines and tabs; every other control is a visible mark.

    CR LF becomes a space and LF, a lone CR becomes LF: one character for one, so offsets into
    the original text (the draft's underlines) still hold.
    """
    if not has_controls(text):
        return text
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    return text.translate(_BLOCK)


_MARKDOWN_SPECIAL = r"[\\`*_\[\]|~]|&|<|>|://|(?i:www)\."  # compiled when first used
_BLOCK_START = r"[#>+=-]|\d+[.)]"  # would open a heading, quote or list at a line start
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _markdown_escape(match: re.Match[str]) -> str:
    found = match.group()
    if found in _ENTITIES:
        return _ENTITIES[found]
    if found == "://":
        return "\\://"
    if found.endswith("."):
        return found[:-1] + "\\."
    return "\\" + found


def markdown_text(text: str) -> str:
    """Draft text as inline Markdown that renders as exactly these words and nothing else."""
    text = re.sub(_MARKDOWN_SPECIAL, _markdown_escape, terminal_line(" ".join(text.split())))
    start = re.match(_BLOCK_START, text)
    if start:  # "# x" or "1. x" would start a block where the value begins a line ("> {text}")
        text = text[:start.end() - 1] + "\\" + text[start.end() - 1:]
    return text


def html_text(text: str) -> str:
    """Draft text for an HTML element's content or a quoted attribute value."""
    from html import escape  # noqa: PLC0415 - html.entities costs a check that writes no HTML

    return escape(terminal_text(text), quote=True)


#: The policy every HTML page of packetcoach carries: its own inline style, nothing else. No
#: script runs, nothing is fetched, no form posts, no frame embeds it, no base URL is set.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
                           "script-src 'none'; connect-src 'none'; form-action 'none'; "
                           "frame-ancestors 'none'; base-uri 'none'")


def csp_meta(policy: str = CONTENT_SECURITY_POLICY) -> str:
    """The ``<meta>`` element that applies a policy to a standalone page (put it first in head)."""
    from html import escape  # noqa: PLC0415

    return f'<meta http-equiv="Content-Security-Policy" content="{escape(policy, quote=True)}">'


_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), *map(ord, BIDI_CONTROLS))}
_SCRIPT_ESCAPES = {**_JSON_ESCAPES, **{ord(ch): f"\\u{ord(ch):04x}" for ch in "<>&'\u2028\u2029"}}
#: Whether a JSON text holds any character of _JSON_ESCAPES. ``str.translate`` looks every
#: character up in the table (about 9 ms for a 130 KB report); one C-speed search first skips
#: it for the usual report, which holds none.
_JSON_ESCAPED_RE = re.compile("[\x7f-\x9f" + BIDI_CONTROLS + "]")


def json_text(payload: Any, indent: int | None = 2) -> str:
    """JSON for a terminal or a file: readable UTF-8, with DEL, C1 and bidi controls escaped."""
    fast = _indented(payload) if indent == 2 and _sizeable(payload) else None
    if fast is not None and not _may_hold_escapes(fast):
        return fast.decode()
    text = json.dumps(payload, indent=indent, ensure_ascii=False) if fast is None else fast.decode()
    return text.translate(_JSON_ESCAPES) if _JSON_ESCAPED_RE.search(text) else text


def write_json(payload: Any, out: IO[str]) -> None:
    """``out.write(json_text(payload) + "\n")``; a large report's UTF-8 goes to ``out``'s bytes as
    orjson wrote it, when ``out`` is a UTF-8 text stream that writes a newline as it is.

    A report is written once and never read back: through the text stream it was held three
    times more (decoded, a newline added, encoded again), 1.3 MB for a 1,500-word draft, each
    new page a fault the kernel serves (bench/RESULTS.md, section 1b)."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None and os.linesep == "\n" and _utf8(getattr(out, "encoding", None)) and _sizeable(payload):
        fast = _indented(payload)
        if fast is not None and not _may_hold_escapes(fast):
            out.flush()
            buffer.write(fast)
            buffer.write(b"\n")
            return
    out.write(json_text(payload) + "\n")


def _utf8(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


#: How many values the first level of a payload holds before orjson writes it (:func:`_sizeable`).
FAST_FROM = 150
#: Where orjson's text differs from the standard library's, both in numbers: a float under 1e-4
#: written as a decimal ("0.00001", Python "1e-05") and a one-digit negative exponent ("1e-7",
#: Python "1e-07"). A string holding either sends the payload to the standard library too.
_TINY_DECIMAL = b"0.0000"
_SHORT_EXPONENT = rb"e-(?<=[0-9]e-)[0-9](?![0-9])"  # the literal "e-" first: a fast scan; compiled when first used
#: The UTF-8 of every character _JSON_ESCAPES names: DEL, the lead byte of U+0080-U+00BF (C1 and
#: a few printable ones), U+061C, and the other bidi controls. Byte searches on orjson's output
#: rule out a large report in a third of the time _JSON_ESCAPED_RE takes on its text.
_ESCAPED_UTF8 = (b"\x7f", b"\xc2", b"\xd8\x9c")
_BIDI_UTF8 = rb"\xe2(?:\x80[\x8e\x8f\xaa-\xae]|\x81[\xa6-\xa9])"  # compiled when first used


def _sizeable(payload: Any) -> bool:
    """Whether orjson is to write a payload: whenever it is loaded already (a check has read its
    cached profile with it, core/cache.py), else when the payload is large enough to pay for its
    import (~3 ms with the ``uuid`` module it loads): a 300-word report is written by the standard
    library in about as long, a 1,500-word report (some 230 items and findings) in twice that.
    Counts the values one level down."""
    if "orjson" in sys.modules:
        return True
    values = payload.values() if isinstance(payload, dict) else payload if isinstance(payload, list) else ()
    return sum(len(value) for value in values if isinstance(value, (dict, list))) >= FAST_FROM


def _may_hold_escapes(data: bytes) -> bool:
    """False when the UTF-8 ``data`` surely holds no character to escape; True means look closer."""
    return any(needle in data for needle in _ESCAPED_UTF8) or re.search(_BIDI_UTF8, data) is not None


def _indented(payload: Any) -> bytes | None:
    """The UTF-8 of ``json.dumps(payload, indent=2, ensure_ascii=False)``, by orjson; None where
    orjson would write something else.

    With an indent the standard library encodes in Python, a call per value: 20 ms for a
    5,000-word report, against 1 ms here. orjson writes the same text (two-space indent, ", "
    and ": " as the standard library does with an indent, non-ASCII as it is, the same escapes)
    except where it refuses a value (an integer past 64 bits, a lone surrogate, a key that is not
    a string: None, and the standard library takes it) or writes a small float otherwise (caught
    by the two checks above). NaN and infinities, which no report holds, would be null instead of
    the standard library's NaN, which is not JSON.
    """
    import orjson  # noqa: PLC0415 - imported when a large JSON text is first written

    try:
        data = orjson.dumps(payload, option=orjson.OPT_INDENT_2)
    except (TypeError, orjson.JSONEncodeError):
        return None
    if _TINY_DECIMAL in data or re.search(_SHORT_EXPONENT, data):  # ASCII: in the UTF-8 as in the text
        return None
    return data


def json_for_script(payload: Any) -> str:
    """JSON to embed in an HTML page's own ``<script type="application/json">`` element.

    ``<``, ``>``, ``&`` and ``'`` are escaped as ``\\u003c`` and so on, so no ``</script>`` or
    comment opener can close the element, and U+2028/U+2029 cannot end a JavaScript line.
    """
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
