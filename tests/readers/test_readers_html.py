""".html: exports from Quip, Confluence and Google Docs as light Markdown, safely."""

from __future__ import annotations

import time

import pytest

from packetcoach.core.errors import InputError
from packetcoach.readers import EMPTY_NOTE, html_reader, read_bytes


def html(markup: str, name: str = "draft.html") -> str:
    """The extracted text of ``markup``."""
    return read_bytes(markup.encode(), name).text


def test_script_style_and_head_text_never_appear() -> None:
    text = html("<html><head><title>Secret title</title><style>p{color:red}</style>"
                "<script>var leak = 'SCRIPT TEXT';</script></head><body>"
                "<p>Visible</p><script>document.write('<p>injected</p>')</script>"
                "<noscript>enable JS</noscript><template><p>tpl</p></template></body></html>")
    assert text == "Visible\n"


def test_unclosed_head_ends_at_body_or_content() -> None:
    assert html("<head><meta charset=utf-8><body><p>Shown</p>") == "Shown\n"
    assert html("<head><title>Hidden</title><p>Shown</p>") == "Shown\n"


def test_entities_are_decoded() -> None:
    text = html("<p>R&amp;D &lt;team&gt; saved &euro;2M &#8212; &#x2192; caf&eacute;&nbsp;ok</p>")
    assert text == "R&D <team> saved \u20ac2M \u2014 \u2192 caf\u00e9 ok\n"


def test_headings_paragraphs_and_breaks() -> None:
    text = html("<h1>Title</h1><h3>Sub <b>bold</b></h3><p>One\n   two</p><div>Three<br>Four</div>")
    assert text == "# Title\n\n### Sub bold\n\nOne two\n\nThree\n\nFour\n"


def test_nested_lists() -> None:
    text = html("<ul><li>Outer<ul><li>Inner <strong>win</strong></li><li>Second</li></ul>"
                "tail</li><li>Next</ul><ol><li>Numbered</li></ol>")
    assert text == ("- Outer\n\n  - Inner **win**\n\n  - Second\n\n  tail\n\n- Next\n\n"
                    "- Numbered\n")


def test_unclosed_list_items_and_cells_close_like_a_browser() -> None:
    text = html("<ul><li>a<li>b<li>c</ul>" + "<table><tr><td>x<td>y<tr><td>z</table>" * 300)
    assert text.startswith("- a\n\n- b\n\n- c\n\nx\n\ny\n\nz\n\n")


def test_google_docs_export_bold_classes_and_flat_nested_lists() -> None:
    page = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        "<style type=\"text/css\">.c1{font-weight:400}.c3{color:#000;font-weight:700}"
        "@media print{.c9{font-weight:700}}</style></head><body class=\"c5 doc-content\">"
        '<p class="c2"><span class="c1">Raised </span><span class="c3">conversion 4%</span></p>'
        '<ul class="c4 lst-kix_abc-0 start"><li class="c2 li-bullet-0"><span>Top</span></li></ul>'
        '<ul class="c4 lst-kix_abc-1 start"><li class="c2 li-bullet-0"><span>Sub</span></li></ul>'
        "</body></html>"
    )
    assert html(page) == "Raised **conversion 4%**\n\n- Top\n\n  - Sub\n"


def test_google_docs_clipboard_wrapper_is_not_bold() -> None:
    page = ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
            '<p dir="ltr"><span style="font-weight:400">Plain </span>'
            '<span style="font-weight:700">strong</span></p></b>')
    assert html(page, "-") == "Plain **strong**\n"
    assert read_bytes(page.encode(), "-").kind == "html"


def test_confluence_export() -> None:
    page = ('<!DOCTYPE html><html><head><title>Space : Page</title></head><body>'
            '<div id="page"><div id="main-content" class="wiki-content group">'
            "<h2 id=\"x\">Impact</h2><p>Cut <strong>churn</strong> by 3 points.</p>"
            "<div class=\"table-wrap\"><table class=\"confluenceTable\"><tbody><tr>"
            "<th class=\"confluenceTh\">Metric</th><td class=\"confluenceTd\">89%</td>"
            "</tr></tbody></table></div></div></div></body></html>")
    assert html(page) == "## Impact\n\nCut **churn** by 3 points.\n\nMetric\n\n89%\n"


def test_quip_export() -> None:
    page = ("<html><body><h1 id='a'>Self Review</h1><div data-section-style='5'>"
            "<ul><li id='b'>Launched <b>pricing</b> test</li></ul></div>"
            "<p id='c' class='line'>Closing line.</p></body></html>")
    assert html(page) == "# Self Review\n\n- Launched **pricing** test\n\nClosing line.\n"


def test_ms_office_conditionals_do_not_crash() -> None:
    page = ("<p><![if !supportLists]><span>\u00b7</span><![endif]>Item</p>"
            "<![CDATA[x]]><![weird]><!-- c --><p>End</p>")
    assert html(page).endswith("End\n")


def test_pre_keeps_its_lines() -> None:
    assert html("<pre>a\n  b</pre>") == "a\n  b\n"


def test_declared_legacy_charset_is_honoured() -> None:
    hello = "\u041f\u0440\u0438\u0432\u0435\u0442"
    source = read_bytes(f'<meta charset="windows-1251"><p>{hello}</p>'.encode("cp1251"), "ru.html")
    assert source.text == hello + "\n"
    assert source.notes == ("decoded as cp1251 (declared in the file)",)


def test_bytes_to_bytes_charset_is_ignored() -> None:
    assert html('<meta charset="base64"><p>ok</p>') == "ok\n"


def test_cp1252_html_without_declaration() -> None:
    source = read_bytes("<p>\u201csmart\u201d</p>".encode("cp1252"), "x.html")
    assert source.text == "\u201csmart\u201d\n"
    assert source.notes == ("decoded as cp1252 (not UTF-8)",)


def test_empty_page_is_noted() -> None:
    assert EMPTY_NOTE in read_bytes(b"<html><head><title>x</title></head></html>", "x.html").notes


def test_huge_nesting_is_refused() -> None:
    with pytest.raises(InputError, match="deeper than 512 levels") as caught:
        read_bytes(b"<div>" * 600, "deep.html")
    assert str(caught.value).startswith("deep.html: nests HTML elements")


def test_png_named_html_is_binary() -> None:
    with pytest.raises(InputError, match="PNG"):
        read_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20), "x.html")


@pytest.mark.parametrize("markup", [
    "<!--" * 100_000, "</" * 200_000, "<?" * 200_000, "<!" * 200_000, "<![" * 100_000,
    "<" * 400_000, "<p>x" * 10_000, "<a " + "x=1 " * 50_000,
])
def test_malformed_markup_stays_linear(markup: str) -> None:
    """html.parser rescans unterminated markup to the end: quadratic without _defuse."""
    started = time.perf_counter()
    try:
        read_bytes(markup.encode(), "x.html")
    except InputError as refused:  # past the tag limit: refused, which is as good
        assert "far more than any draft" in str(refused)
    assert time.perf_counter() - started < 5


def test_more_tags_than_any_export_are_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counts are taken on the raw text: the parser never sees such a page."""
    def parsed(self: object, data: str) -> None:
        raise AssertionError("the parser was fed a page past the limits")
    monkeypatch.setattr(html_reader._DraftParser, "feed", parsed)
    with pytest.raises(InputError, match="more than 15,000 HTML tags"):
        read_bytes(b"<table><tr>" + b"<td>a</td>" * 480_000 + b"</tr></table>", "cells.html")
    with pytest.raises(InputError, match="more than 100,000 character references"):
        read_bytes(b"<p>" + b"&amp;" * 1_000_000 + b"</p>", "refs.html")
WORD_CLIPBOARD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
<h2>Impact<o:p></o:p></h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>\u00b7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><b>Convinced</b>
the payments VP to drop the extra step.<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'>o<span>&nbsp;&nbsp; </span></span><![endif]>A nested detail.<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>\u00b7<span>&nbsp; </span></span><![endif]>Built a new caching layer.<o:p></o:p></p>
<p class=MsoNormal>A closing paragraph.<o:p></o:p></p><!--EndFragment--></body></html>"""


def test_word_list_paragraphs_become_list_items_without_their_typed_bullets() -> None:
    """Word's HTML (a .htm export or the clipboard) writes bullets as styled paragraphs, each with the
    bullet character it typed inside a conditional section."""
    text = read_bytes(WORD_CLIPBOARD.encode("utf-8"), "pasted.html").text
    assert text == ("## Impact\n\n- **Convinced** the payments VP to drop the extra step.\n\n  - A nested detail.\n\n"
                    "- Built a new caching layer.\n\nA closing paragraph.\n")
