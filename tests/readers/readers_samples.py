"""Hand-built .docx pieces for the reader tests (XML python-docx would never write)."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def zip_bytes(entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip archive holding ``entries`` (name -> content)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def document_xml(body: str) -> bytes:
    """A word/document.xml whose body is ``body`` (WordprocessingML, prefix w:)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" '
            f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<w:body>{body}</w:body></w:document>").encode()


def raw_docx(body: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx built by hand, for XML python-docx would never write."""
    entries = {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": document_xml(body)}
    entries.update(extra or {})
    return zip_bytes(entries)
