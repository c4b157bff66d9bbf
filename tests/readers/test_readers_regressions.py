"""Inputs that once broke a reader (or the libraries under it), kept as tests.

Each is tied to the problem it exposed; fuzz crashes land here too.
"""

from __future__ import annotations

import time

import pytest
from readers_samples import raw_docx

from packetcoach.core.errors import InputError
from packetcoach.readers import read_bytes


@pytest.mark.parametrize("markup", ["<![<![<![", "<![ x ]>", "<p><![if !x]>a<![endif]>b</p>",
                                    "<![CDATA[unterminated", "<!DOCTYPE x [ <!ELEMENT y ANY> ]>z"])
def test_marked_sections_do_not_raise_assertion_error(markup: str) -> None:
    """_markupbase.parse_marked_section raises AssertionError on unknown keywords."""
    read_bytes(markup.encode(), "x.html")


def test_unterminated_comments_are_not_quadratic() -> None:
    """CPython 3.11's html.parser took 92 s on 400 KB of "<!--" (rescan to EOF each time)."""
    started = time.perf_counter()
    assert read_bytes(b"<p>a</p>" + b"<!--" * 10_000, "x.html").text.startswith("a\n")
    with pytest.raises(InputError, match="more than 15,000 HTML tags"):  # past the limit: refused at once
        read_bytes(b"<p>a</p>" + b"<!--" * 250_000, "x.html")
    assert time.perf_counter() - started < 5


def test_whitespace_heavy_bold_run_is_linear() -> None:
    """A regex that trimmed bold runs was quadratic on a long inner run of spaces."""
    body = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">a'
            + " " * 200_000 + "b</w:t></w:r></w:p>")
    started = time.perf_counter()
    assert read_bytes(raw_docx(body), "x.docx").text.startswith("**a")
    assert time.perf_counter() - started < 2


def test_paragraph_of_many_runs_is_linear() -> None:
    """Merging runs by string concatenation was quadratic in the number of runs."""
    numbers = [str(n) for n in range(20_000)]  # varied, so the part is not bomb-like; 40,000 elements
    body = "<w:p>" + "".join(f"<w:r><w:t>{n}</w:t></w:r>" for n in numbers) + "</w:p>"
    started = time.perf_counter()
    assert read_bytes(raw_docx(body), "x.docx").text == "".join(numbers) + "\n"
    assert time.perf_counter() - started < 5


def test_unclosed_table_cells_do_not_hit_the_depth_limit() -> None:
    """Valid HTML leaves td/li/p unclosed; without implied closes they nest 1000 deep."""
    page = "<table>" + "<tr><td>a<td>b" * 1000 + "</table>"
    assert read_bytes(page.encode(), "x.html").text.count("a") == 1000


def test_style_cycle_in_based_on_chain() -> None:
    """A style based on itself (seen in the wild) must not loop."""
    styles = (b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              b'<w:style w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>'
              b'<w:style w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>'
              b"</w:styles>")
    body = '<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    assert read_bytes(raw_docx(body, {"word/styles.xml": styles}), "x.docx").text == "x\n"


@pytest.mark.parametrize("xml", [
    b'<?xml version="1.0" encoding="x-unknown"?><a/>',
    b'<?xml version="1.0" encoding="base64"?><a/>',
    b"\xff\xfe<\x00a\x00",
    b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:pPr><w:numPr><w:ilvl w:val="\xd9\xa3"/></w:numPr></w:pPr></w:p>',
])
def test_odd_xml_encodings_and_values(xml: bytes) -> None:
    """Unknown encodings and non-ASCII digits (int("٣") works, levels must not)."""
    from readers_samples import zip_bytes

    try:
        read_bytes(zip_bytes({"word/document.xml": xml}), "x.docx")
    except InputError as error:
        assert "\n" not in str(error)


def test_bold_class_after_an_import_statement_is_found() -> None:
    """Google Docs exports open their <style> with @import; the rule after it still counts."""
    from packetcoach.readers import read_bytes

    html = b'<style>@import url(x);.c1{font-weight:700}</style><p><span class="c1">Convinced</span> the VP.</p>'
    assert "**Convinced**" in read_bytes(html, "draft.html").text
