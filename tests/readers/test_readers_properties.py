"""Properties: whatever the bytes, a Source or an InputError; and text kept exactly."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from readers_samples import raw_docx, zip_bytes

from packetcoach.core.errors import InputError
from packetcoach.readers import Source, read_bytes

KIND_HINTS = st.sampled_from([None, "markdown", "text", "docx", "html"])
NAMES = st.sampled_from(["-", "draft.md", "draft.txt", "draft.docx", "draft.html", "draft.bin"])
# Text a person types: no control characters (other than newlines and tabs), no
# surrogates, no BOM, no U+FFFD (a text full of it is the remains of a bad decode).
TYPED = st.text(st.characters(blacklist_categories=("Cc", "Cs"),
                              blacklist_characters="\ufeff\ufffd")
                | st.sampled_from("\n\t\r"), max_size=400)


def read_or_error(data: bytes, name: str, hint: str | None) -> Source | None:
    """Read, accepting InputError as the only failure."""
    try:
        source = read_bytes(data, name, hint)
    except InputError as error:
        assert "\n" not in str(error)
        return None
    assert isinstance(source.text, str)
    assert all(isinstance(note, str) for note in source.notes)
    return source


@given(st.binary(max_size=4096), NAMES, KIND_HINTS)
def test_arbitrary_bytes_give_a_source_or_an_input_error(data: bytes, name: str,
                                                         hint: str | None) -> None:
    read_or_error(data, name, hint)


@given(st.lists(st.tuples(st.sampled_from(["word/document.xml", "word/styles.xml", "_rels/.rels",
                                           "[Content_Types].xml", "other"]),
                          st.binary(max_size=512)), max_size=4))
def test_arbitrary_zip_parts_give_a_source_or_an_input_error(
        parts: list[tuple[str, bytes]]) -> None:
    read_or_error(zip_bytes(dict(parts)), "x.docx", None)


@settings(deadline=None)  # the first example pays the docx reader's lazy import; time is bounded in test_hostile
@given(st.text(max_size=300))
def test_arbitrary_xml_text_in_a_docx_body(body: str) -> None:
    read_or_error(raw_docx(body), "x.docx", None)


@given(st.text(max_size=500))
def test_arbitrary_html_strings(markup: str) -> None:
    read_or_error(markup.encode("utf-8", "surrogatepass"), "x.html", None)


@given(TYPED)
def test_typed_markdown_is_kept_exactly(text: str) -> None:
    assume(not text.startswith(("{\\rtf", "%PDF-", "GIF8")))
    assert read_bytes(text.encode(), "draft.md").text == text


@given(st.text(st.characters(min_codepoint=32, max_codepoint=126, blacklist_characters="<&")
               | st.sampled_from("\n\t "), max_size=300))
def test_plain_text_in_html_collapses_whitespace_like_a_browser(text: str) -> None:
    words = " ".join(text.split())
    expected = words + "\n" if words else ""
    assert read_bytes(f"<p>{text}</p>".encode(), "x.html").text == expected


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=50)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cc", "Cs"),
                                      blacklist_characters="\ufffe\uffff"), max_size=40),
                max_size=8))
def test_docx_paragraph_text_round_trips(paragraphs: list[str]) -> None:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
                   for text in paragraphs)
    kept = [text.strip() for text in paragraphs if text.strip()]
    expected = "\n\n".join(kept) + "\n" if kept else ""
    assert read_bytes(raw_docx(body), "x.docx").text == expected
