"""The Starlette application: the page, its static files and its API, behind the guard.

Thin by design: every endpoint is one library call (endpoints.py, files.py); the guard
(security.py) decides which requests get that far.
"""

from __future__ import annotations

import html
import secrets
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from packetcoach.frontends.web import compare, files
from packetcoach.frontends.web.endpoints import Endpoints
from packetcoach.frontends.web.exporting import export_docx, export_report
from packetcoach.frontends.web.options import BadRequest, kinds_css
from packetcoach.frontends.web.planning import Planning
from packetcoach.frontends.web.security import BodyTooLarge, Guard, csp

JSON_LIMIT = 2_000_000  # a draft of 100,000 words is under 1 MB of JSON
COMPARE_LIMIT = 16_000_000  # several drafts at once
STATIC = resources.files(__package__).joinpath("static")


def body_limit(path: str) -> int:
    """The largest body each route takes; anything else (GET) takes none worth mentioning."""
    if path == "/api/open":
        return files.UPLOAD_LIMIT
    if path == "/api/paste":
        return files.PASTE_LIMIT + 1024
    if path in ("/api/calibrate", "/api/calibrate/brief"):
        return COMPARE_LIMIT
    if path.startswith("/api/"):
        return JSON_LIMIT
    return 0


def page(token: str) -> str:
    template = STATIC.joinpath("index.html").read_text(encoding="utf-8")
    return template.replace("{{token}}", html.escape(token, quote=True))


def home_response(template: str) -> Response:
    """The page, with a fresh style nonce in its policy and in a meta tag for the editor."""
    nonce = secrets.token_urlsafe(18)
    return HTMLResponse(template.replace("{{style_nonce}}", nonce), headers={"content-security-policy": csp(nonce)})


async def _refused(request: Request, error: Exception) -> Response:
    if isinstance(error, BodyTooLarge):
        status, problem, payload = 413, str(error), None
    else:
        assert isinstance(error, BadRequest)
        status, problem, payload = error.status, error.problem, error.error
    return JSONResponse(payload or {"schema": "packetcoach.error/1", "code": f"HTTP{status}", "problem": problem,
                                    "message": problem}, status_code=status)


def build_app(port: int, token: str | None = None) -> Guard:
    """The guarded application for a server listening on 127.0.0.1:``port``."""
    token = token or secrets.token_urlsafe(32)
    api = Endpoints()
    planning = Planning(api)
    index = page(token)

    async def home(request: Request) -> Response:
        return home_response(index)

    async def kinds(request: Request) -> Response:
        return Response(kinds_css(), media_type="text/css")

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/kinds.css", kinds, methods=["GET"]),
        Route("/api/options", api.options, methods=["POST"]),
        Route("/api/check", api.check, methods=["POST"]),
        Route("/api/rehearse", api.rehearse, methods=["POST"]),
        Route("/api/drill", api.drill, methods=["POST"]),
        Route("/api/open", files.open_file, methods=["POST"]),
        Route("/api/paste", files.paste, methods=["POST"]),
        Route("/api/export/docx", export_docx, methods=["POST"]),
        Route("/api/export/report", export_report(api), methods=["POST"]),
        Route("/api/calibrate", compare.calibrate, methods=["POST"]),
        Route("/api/calibrate/brief", compare.brief, methods=["POST"]),
        Route("/api/plan", planning.plan, methods=["POST"]),
        Route("/api/history", planning.history, methods=["POST"]),
        Route("/api/history/keep", planning.keep, methods=["POST"]),
        Route("/api/diff", planning.diff, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={BadRequest: _refused, BodyTooLarge: _refused})
    return Guard(app, port, token, body_limit)
