"""Calibration in the page: several packets ranked the way the room would rank them, and the
manager's brief as one standalone HTML file (``packetcoach.calibrate`` and its renderers).

The page reads each dropped file with /api/open first, so this endpoint receives texts only.
When this installation has no calibration, the endpoint answers 501 and the page says so.
"""

from __future__ import annotations

from typing import Any

from anyio import to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from packetcoach.core.errors import PacketcoachError
from packetcoach.frontends.web import features
from packetcoach.frontends.web.endpoints import json_body
from packetcoach.frontends.web.options import BadRequest, Options, field, options_of, text_of

MAX_PACKETS = 40


def _drafts(body: dict[str, Any]) -> list[tuple[str, str]]:
    drafts = body.get("drafts")
    if not isinstance(drafts, list) or not 2 <= len(drafts) <= MAX_PACKETS:
        raise BadRequest(f"compare 2 to {MAX_PACKETS} packets: drop them on the Compare tab", 422)
    out = []
    for entry in drafts:
        if not isinstance(entry, dict):
            raise BadRequest("each packet is {name, text}")
        out.append((field(entry, "name", "draft", limit=255), text_of(entry)))
    return out


def _calibration(drafts: list[tuple[str, str]], options: Options):
    from packetcoach.api import analyze  # noqa: PLC0415
    from packetcoach.calibrate import calibrate_reports  # noqa: PLC0415

    try:
        reports = [analyze(text, profile=options.profile, level=options.level, doc_type=options.doc_type,
                           source=name) for name, text in drafts]
    except PacketcoachError as error:
        raise BadRequest.of(error) from None
    return calibrate_reports(reports, options.level)


async def _request(request: Request):
    if not features.available()["calibrate"]:
        raise BadRequest("calibration is not available in this version of packetcoach", 501)
    body = await json_body(request)
    return _drafts(body), options_of(body)


async def calibrate(request: Request) -> Response:
    drafts, options = await _request(request)

    def run() -> dict[str, Any]:
        from packetcoach.output.calibrate.json import calibration_json  # noqa: PLC0415

        return calibration_json(_calibration(drafts, options))

    return JSONResponse(await to_thread.run_sync(run))


async def brief(request: Request) -> Response:
    """The manager's brief: the calibration as one HTML file (the drafts' text escaped by the renderer)."""
    drafts, options = await _request(request)

    def run() -> bytes:
        from packetcoach.output.calibrate.html import render_html  # noqa: PLC0415

        return render_html(_calibration(drafts, options)).encode("utf-8")

    data = await to_thread.run_sync(run)
    return Response(data, media_type="text/html; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="calibration-brief.html"'})
