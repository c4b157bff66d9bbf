"""Builders for the drafts the reader tests feed in (made in the test, not stored)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from readers_samples import CONTENT_TYPES


@pytest.fixture
def make_docx() -> Callable[..., bytes]:
    """Build a .docx with python-docx from a list of (kind, text) blocks.

    kinds: "title", "h1".."h6", "bullet", "bullet2", "number", "para", and
    "bold" (a paragraph whose text is [plain, bold, plain]).
    """
    import docx

    def build(blocks: list[tuple[str, object]]) -> bytes:
        document = docx.Document()
        for kind, text in blocks:
            if kind == "title":
                document.add_heading(str(text), 0)
            elif kind.startswith("h"):
                document.add_heading(str(text), int(kind[1:]))
            elif kind in ("bullet", "bullet2", "number"):
                style = {"bullet": "List Bullet", "bullet2": "List Bullet 2",
                         "number": "List Number"}[kind]
                document.add_paragraph(str(text), style=style)
            elif kind == "bold":
                before, bold, after = text  # type: ignore[misc]
                paragraph = document.add_paragraph(before)
                paragraph.add_run(bold).bold = True
                paragraph.add_run(after)
            else:
                document.add_paragraph(str(text))
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return build


@pytest.fixture(scope="session")
def zip_bomb() -> bytes:
    """A .docx whose document.xml is 200 MB of zeros, deflated to ~200 KB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w") as part:
            chunk = bytes(1 << 20)
            for _ in range(200):
                part.write(chunk)
    return buffer.getvalue()
