"""The export endpoints: the improved draft as .docx, the report as one standalone HTML file.

The .md export needs no server: the page saves its own text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anyio import to_thread
from starlette.requests import Request
from starlette.responses import Response

from packetcoach.frontends.web.endpoints import Endpoints, analysed, json_body
from packetcoach.frontends.web.exports import DOCX_TYPE, docx_bytes
from packetcoach.frontends.web.options import field, options_of, text_of
from packetcoach.output.json import verdict_json

SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")


def _filename(body: dict, suffix: str) -> str:
    """A download name from the draft's name: letters, digits, dots and dashes only."""
    stem = SAFE_NAME_RE.sub("-", field(body, "name", "draft", limit=255)).strip(".-")[:80] or "draft"
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    return f"{stem or 'draft'}{suffix}"


def _download(data: bytes, media_type: str, name: str) -> Response:
    return Response(data, media_type=media_type, headers={"content-disposition": f'attachment; filename="{name}"'})


async def export_docx(request: Request) -> Response:
    body = await json_body(request)
    text = text_of(body)
    data = await to_thread.run_sync(docx_bytes, text)
    return _download(data, DOCX_TYPE, _filename(body, ".docx"))


def export_report(api: Endpoints):
    """The report of the draft as it stands, as a standalone HTML file."""
    async def handler(request: Request) -> Response:
        body = await json_body(request)
        text, options = text_of(body), options_of(body)
        draft = api.draft_for(body, options)
        source = field(body, "name", "draft", limit=255)

        def render() -> bytes:
            from packetcoach.output.report_html import render as render_html  # noqa: PLC0415

            report = analysed(draft, text)
            report = replace(report, source=source)
            verdict = verdict_json(report)
            return render_html(report, verdict, rewrite=draft.scaffold).encode("utf-8")

        data = await to_thread.run_sync(render)
        return _download(data, "text/html; charset=utf-8", _filename(body, "-report.html"))

    return handler
