"""Plain text and Markdown: decoding, BOMs, legacy encodings, NULs, binary, empty."""

from __future__ import annotations

import pytest

from packetcoach.core.errors import InputError
from packetcoach.readers import EMPTY_NOTE, read_bytes


def test_utf8_is_kept_exactly_including_crlf() -> None:
    text = "# Impact\r\n\r\n- Cut churn from 9% to 6% for sellers \u2014 in Q3.\r\n"
    source = read_bytes(text.encode(), "draft.md")
    assert source.text == text
    assert source.kind == "markdown"
    assert source.notes == ()


def test_txt_extension_is_text_kind() -> None:
    assert read_bytes(b"hello", "draft.txt").kind == "text"


def test_utf8_bom_is_stripped() -> None:
    source = read_bytes(b"\xef\xbb\xbfHello", "draft.md")
    assert source.text == "Hello"
    assert source.notes == ()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    text = "Launched pricing \u2192 +12% GMV for Prime members"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    source = read_bytes(bom + text.encode(codec), "draft.txt")
    assert source.text == text
    assert source.notes == ()


def test_utf16_without_bom_is_recognised_not_binary() -> None:
    source = read_bytes("Plain English text in UTF-16".encode("utf-16-le"), "draft.txt")
    assert source.text == "Plain English text in UTF-16"
    assert "no byte-order mark" in source.notes[0]


def test_cp1252_is_decoded_with_a_note() -> None:
    data = "Customers \u201cnoticed\u201d \u2014 caf\u00e9 revenue up 5\u20ac".encode("cp1252")
    source = read_bytes(data, "draft.txt")
    assert source.text == "Customers \u201cnoticed\u201d \u2014 caf\u00e9 revenue up 5\u20ac"
    assert source.notes == ("decoded as cp1252 (not UTF-8)",)


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    source = read_bytes(b"caf\xe9 \x81x", "draft.txt")
    assert source.text == "caf\u00e9 \x81x"
    assert "latin-1" in source.notes[0]


def test_mixed_utf8_and_cp1252_keeps_both_parts() -> None:
    data = "r\u00e9sum\u00e9 \u2014 ".encode() + "\u201cquoted\u201d".encode("cp1252")
    source = read_bytes(data, "draft.md")
    assert source.text == "r\u00e9sum\u00e9 \u2014 \u201cquoted\u201d"
    assert source.notes[0].startswith("mixed encodings: 2 byte(s)")


def test_truncated_utf8_sequence_does_not_crash() -> None:
    source = read_bytes(b"ok \xe2\x80", "draft.md")
    assert source.text.startswith("ok ")


def test_a_stray_nul_is_replaced_with_a_note() -> None:
    source = read_bytes(b"Cut costs\x00 by 10%", "draft.txt")
    assert source.text == "Cut costs\ufffd by 10%"
    assert len(source.text) == len("Cut costs\x00 by 10%")  # offsets do not move
    assert source.notes == ("replaced 1 NUL byte(s) with U+FFFD",)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u00a0\u2003".encode()])
def test_empty_and_whitespace_only_drafts_are_noted_not_errors(data: bytes) -> None:
    source = read_bytes(data, "draft.md")
    assert EMPTY_NOTE in source.notes


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"%PDF-1.7\n", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "legacy Word"),
    (b"{\\rtf1\\ansi hello}", "RTF"),
    (b"\x1f\x8b\x08\x00", "gzip"),
])
def test_known_binary_formats_are_named(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=what) as caught:
        read_bytes(data, "draft.md")
    assert str(caught.value).startswith("draft.md: is ")


def test_random_binary_is_rejected() -> None:
    data = bytes(range(256)) * 64
    with pytest.raises(InputError, match="binary file"):
        read_bytes(data, "draft.txt")


def test_many_nuls_are_binary_not_stray() -> None:
    with pytest.raises(InputError, match="binary"):
        read_bytes(b"abc" + bytes(200) + b"def", "draft.txt")


def test_zip_with_a_text_extension_says_what_it_is() -> None:
    with pytest.raises(InputError):
        read_bytes(b"PK\x03\x04" + bytes(40), "draft.md")


def test_confluence_word_export_gets_a_hint() -> None:
    data = (b"Date: Mon, 1 Jan 2026\nMessage-ID: <x>\nSubject: Exported From Confluence\n"
            b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\nbody")
    with pytest.raises(InputError, match="MHTML") as caught:
        read_bytes(data, "page.doc")
    assert "export the page as HTML" in str(caught.value)


def test_stdin_sniffs_text() -> None:
    assert read_bytes(b"- Item one\n", "-").kind == "text"


def test_kind_hint_wins_and_accepts_extensions() -> None:
    assert read_bytes(b"<p>x</p>", "-", ".html").kind == "html"
    assert read_bytes(b"hello", "-", "md").kind == "markdown"


def test_unknown_kind_hint_is_a_usage_error() -> None:
    from packetcoach.core.errors import UsageError

    with pytest.raises(UsageError, match="unknown input kind"):
        read_bytes(b"x", "-", "pdf")


def test_text_extracted_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError, match=r"is 2.0 KB, far larger than any draft \(limit 1.0 KB\)"):
        read_bytes(b"a" * 2048, "draft.txt", max_bytes=1024)


def test_bytearray_and_memoryview_are_accepted() -> None:
    assert read_bytes(bytearray(b"hi"), "-").text == "hi"
    assert read_bytes(memoryview(b"hi"), "-").text == "hi"  # type: ignore[arg-type]
