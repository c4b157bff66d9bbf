"""Drafts coming in from the page: a file opened or dropped, and rich text pasted.

Both go through the library's readers (``readers.read_bytes``), so a .docx or an HTML export reads
here exactly as it does on the command line, with the same limits; a file that cannot be read
gets the reader's one-line message, which the page shows as it is.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from anyio import to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from packetcoach.core.errors import PacketcoachError
from packetcoach.frontends.web.endpoints import json_body
from packetcoach.frontends.web.options import BadRequest, field
from packetcoach.readers import DOCX_MAX_BYTES, read_bytes
from packetcoach.readers.sniff import display_name

NAME_HEADER = "x-packetcoach-filename"
KINDS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".docx": "docx",
         ".html": "html", ".htm": "html"}
UPLOAD_LIMIT = DOCX_MAX_BYTES + 1024  # the largest file a reader takes, a .docx with its images
PASTE_LIMIT = 8_000_000  # a word processor's HTML for a long document, styles and all


def _kind(name: str) -> str:
    dot = name.rfind(".")
    kind = KINDS.get(name[dot:].lower()) if dot != -1 else None
    if kind is None:
        raise BadRequest(f"{display_name(name)}: not a draft the page can open "
                         "(it opens .md, .txt, .docx and .html files)", 422)
    return kind


def _read(data: bytes, name: str, kind: str) -> dict[str, Any]:
    try:
        source = read_bytes(data, name, kind)
    except PacketcoachError as error:
        raise BadRequest.of(error) from None
    if not source.text.strip():
        raise BadRequest(f"{display_name(name)}: holds no text to analyse", 422)
    return {"name": display_name(name), "text": source.text, "kind": source.kind, "notes": list(source.notes)}


async def open_file(request: Request) -> Response:
    """The raw bytes of a file the page opened, its name in a header (percent-encoded)."""
    name = unquote(request.headers.get(NAME_HEADER, ""))[:255] or "draft"
    kind = _kind(name)
    data = await request.body()
    return JSONResponse(await to_thread.run_sync(_read, data, name, kind))


async def paste(request: Request) -> Response:
    """Rich text from the clipboard (the HTML a word processor or a browser puts there) as the
    light Markdown every draft is read as: headings, bullets and bold survive, styles do not."""
    body = await json_body(request)
    html = field(body, "html", limit=PASTE_LIMIT)
    return JSONResponse({"text": await to_thread.run_sync(_pasted, html)})


def _pasted(html: str) -> str:
    """The clipboard's HTML is already text: read it as HTML without decoding it again (a charset
    it declares would be wrong now)."""
    from packetcoach.readers.html_reader import read_html  # noqa: PLC0415

    try:
        return read_html(html, "pasted text")
    except PacketcoachError as error:
        raise BadRequest.of(error) from None
