""".docx: light Markdown out of real Word structure, and every way an archive can be hostile."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable

import pytest
from readers_samples import CONTENT_TYPES, W_NS, document_xml, raw_docx, zip_bytes

from packetcoach.core.errors import InputError
from packetcoach.readers import EMPTY_NOTE, read_bytes, read_path

MakeDocx = Callable[[list[tuple[str, object]]], bytes]


def test_headings_bullets_and_bold(make_docx: MakeDocx) -> None:
    data = make_docx([
        ("title", "Self-assessment 2026"),
        ("h1", "Customer outcomes"),
        ("bold", ("I ", "convinced", " the VP to kill the legacy flow.")),
        ("bullet", "Raised checkout completion from 71% to 89%"),
        ("bullet2", "for Prime members"),
        ("number", "Cut cost by $2M"),
        ("h2", "Judgment"),
        ("para", "Plain paragraph."),
    ])
    source = read_bytes(data, "draft.docx")
    assert source.kind == "docx"
    assert source.text == (
        "# Self-assessment 2026\n\n"
        "# Customer outcomes\n\n"
        "I **convinced** the VP to kill the legacy flow.\n\n"
        "- Raised checkout completion from 71% to 89%\n\n"
        "  - for Prime members\n\n"
        "- Cut cost by $2M\n\n"
        "## Judgment\n\n"
        "Plain paragraph.\n"
    )


def test_docx_from_path(tmp_path, make_docx: MakeDocx) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "draft.docx"
    path.write_bytes(make_docx([("para", "Hello")]))
    assert read_path(path).text == "Hello\n"


def test_stdin_docx_is_sniffed_by_zip_magic(make_docx: MakeDocx) -> None:
    assert read_bytes(make_docx([("para", "Hello")]), "-").kind == "docx"


def test_tables_are_read(make_docx: MakeDocx) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Metric"
    table.cell(0, 1).text = "71% -> 89%"
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_bytes(buffer.getvalue(), "t.docx").text == "Metric\n\n71% -> 89%\n"


def test_empty_docx_is_noted(make_docx: MakeDocx) -> None:
    assert EMPTY_NOTE in read_bytes(make_docx([]), "empty.docx").notes


def test_numbering_tracked_changes_hidden_text_and_fallbacks() -> None:
    body = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr>'
        "<w:r><w:t>nested item</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'
        "<w:r><w:t>not a list</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>kept </w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>'
        '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>not bold</w:t></w:r>'
        "<w:r><w:tab/><w:t>tabbed</w:t></w:r></w:p>"
        "<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>box</w:t></w:r></mc:Choice>"
        "<mc:Fallback><w:r><w:t>box</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
        '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>Id heading</w:t></w:r></w:p>'
    )
    text = read_bytes(raw_docx(body), "x.docx").text
    assert text == ("  - nested item\n\nnot a list\n\nkept not bold\ttabbed\n\nbox\n\n"
                    "## Outline heading\n\n### Id heading\n")


def test_localised_heading_style_is_found_through_styles_xml() -> None:
    styles = (
        f'<w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/>'
        '<w:basedOn w:val="berschrift1"/></w:style>'
        '<w:style w:type="character" w:styleId="Fett"><w:name w:val="Strong"/></w:style>'
        "</w:styles>"
    ).encode()
    body = ('<w:p><w:pPr><w:pStyle w:val="Mine"/></w:pPr><w:r><w:t>Ziele</w:t></w:r></w:p>'
            '<w:p><w:r><w:rPr><w:rStyle w:val="Fett"/></w:rPr><w:t>stark</w:t></w:r></w:p>')
    text = read_bytes(raw_docx(body, {"word/styles.xml": styles}), "x.docx").text
    assert text == "# Ziele\n\n**stark**\n"


def test_main_part_found_through_relationships() -> None:
    rels = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/officeDocument" Target="/word/document2.xml"/></Relationships>')
    data = zip_bytes({"_rels/.rels": rels,
                      "word/document2.xml": document_xml("<w:p><w:r><w:t>hi</w:t></w:r></w:p>")})
    assert read_bytes(data, "x.docx").text == "hi\n"


def test_docx_that_is_not_a_zip() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"this is plain text, renamed", "draft.docx")
    assert str(caught.value).startswith("draft.docx: is not a valid .docx (not a zip archive)")


def test_truncated_zip() -> None:
    data = raw_docx("<w:p/>")
    with pytest.raises(InputError, match="not a valid .docx"):
        read_bytes(data[: len(data) // 2], "draft.docx")


def test_zip_without_document_xml() -> None:
    with pytest.raises(InputError, match="has no word/document.xml"):
        read_bytes(zip_bytes({"hello.txt": b"hi"}), "draft.docx")


def test_zip_bomb_is_refused_before_inflating(zip_bomb: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(InputError, match="zip bomb") as caught:
        read_bytes(zip_bomb, "bomb.docx")
    assert time.perf_counter() - started < 0.5
    assert "inflates" in str(caught.value)


def test_high_ratio_part_under_the_size_limit_is_refused() -> None:
    data = zip_bytes({"word/document.xml": bytes(5 * 1024 * 1024)})
    with pytest.raises(InputError, match=r"inflates \d+ times"):
        read_bytes(data, "bomb.docx")


def test_part_larger_than_its_directory_entry_says_is_refused() -> None:
    real = document_xml("<w:p><w:r><w:t>" + "x" * 50_000 + "</w:t></w:r></w:p>")
    data = bytearray(zip_bytes({"word/document.xml": real}))
    lie = (1000).to_bytes(4, "little")
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 22:local + 26] = lie
    data[central + 24:central + 28] = lie
    with pytest.raises(InputError, match="damaged|zip bomb"):
        read_bytes(bytes(data), "liar.docx")


def test_huge_zip_directory_is_refused_before_listing() -> None:
    data = bytearray(raw_docx("<w:p/>"))
    eocd = data.rindex(b"PK\x05\x06")
    data[eocd + 10:eocd + 12] = (60_000).to_bytes(2, "little")
    with pytest.raises(InputError, match="far more than any .docx"):
        read_bytes(bytes(data), "x.docx")


def test_encrypted_entry() -> None:
    data = bytearray(raw_docx("<w:p/>"))
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (pos := data.find(signature, start)) >= 0:
            data[pos + flag_offset] |= 1
            start = pos + 4
    with pytest.raises(InputError, match="password-protected"):
        read_bytes(bytes(data), "x.docx")


def test_malformed_xml() -> None:
    data = zip_bytes({"word/document.xml": b"<w:document><w:body>"})
    with pytest.raises(InputError, match=r"malformed XML in word/document.xml: .*line 1"):
        read_bytes(data, "x.docx")


def test_billion_laughs_is_refused() -> None:
    xml = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
           b"<w:document>&lol2;</w:document>")
    with pytest.raises(InputError, match="DTD"):
        read_bytes(zip_bytes({"word/document.xml": xml}), "x.docx")


def test_external_entity_is_refused() -> None:
    xml = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b"<d>&x;</d>")
    with pytest.raises(InputError, match="DTD"):
        read_bytes(zip_bytes({"word/document.xml": xml}), "x.docx")


def test_deep_nesting_is_refused() -> None:
    depth = 10_000
    xml = b"<a>" * depth + b"</a>" * depth
    with pytest.raises(InputError, match="deeper than 256"):
        read_bytes(zip_bytes({"word/document.xml": xml}), "x.docx")


def test_lzma_and_stored_entries_are_read() -> None:
    body = document_xml("<w:p><w:r><w:t>ok</w:t></w:r></w:p>")
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2):
        data = zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": body}, method)
        assert read_bytes(data, "x.docx").text == "ok\n"


def test_docx_archive_limit_is_separate_from_text_limit(make_docx: MakeDocx) -> None:
    data = make_docx([("para", "Hello")])
    assert read_bytes(data, "x.docx", max_bytes=len(data) // 2).text == "Hello\n"
