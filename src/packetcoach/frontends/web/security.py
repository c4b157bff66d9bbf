"""The guard in front of every request: the page holds confidential text, and any web page the
user visits can send requests to 127.0.0.1 (docs/security.md, "The local web app").

In order, for every HTTP request:

1. ``Host`` must name this server (127.0.0.1 or localhost with its port): a page served from
   another name that resolves to 127.0.0.1 (DNS rebinding) gets 421.
2. ``Origin``, when the browser sends one, must be this server's own, and ``Sec-Fetch-Site``
   must not say cross-site: another page's requests get 403.
3. Every ``/api/`` request carries the per-process token in ``X-Packetcoach-Token`` (a page on
   another origin cannot read it from ours): missing or wrong gets 403.
4. A body larger than the route's limit gets 413, whether or not it declared its length.

Every response, refusals included, carries a strict Content-Security-Policy and the headers that
keep the page out of frames, caches and referrers; none carries a CORS header.
"""

from __future__ import annotations

import hmac
import json
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

TOKEN_HEADER = "x-packetcoach-token"


def csp(style_nonce: str | None = None) -> str:
    """The Content-Security-Policy: scripts and styles from this server only, nothing else at all.

    The editor writes its own stylesheet into a ``<style>`` element at start-up; the page's
    response carries a fresh nonce for it (the one exception to "styles from files only").
    """
    style = "style-src 'self'" + (f" 'nonce-{style_nonce}'" if style_nonce else "")
    return ("default-src 'none'; script-src 'self'; " + style + "; img-src 'self' data: blob:; "
            "connect-src 'self'; font-src 'self'; manifest-src 'none'; media-src 'none'; object-src 'none'; "
            "frame-src 'none'; worker-src 'none'; child-src 'none'; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'")


CSP = csp()
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    (b"cache-control", b"no-store"),
)


class RequestRefused(Exception):
    """A request the guard turns away: the status and the one-line reason the client sees."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


class Guard:
    """ASGI middleware that applies the rules above before the application sees a request."""

    def __init__(self, app: Callable, port: int, token: str, body_limit: Callable[[str], int]):
        self.app, self.token = app, token
        self.hosts = frozenset({f"127.0.0.1:{port}", f"localhost:{port}"})
        self.origins = frozenset(f"http://{host}" for host in self.hosts)
        self.body_limit = body_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":  # the app has none; refuse before any handshake
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        try:
            self.check(scope)
        except RequestRefused as refused:
            await refuse(send, refused)
            return
        limit = self.body_limit(scope["path"])
        declared = header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await refuse(send, RequestRefused(413, f"request body larger than {limit:,} bytes"))
            return
        await self.app(scope, bounded(receive, limit), secured(send))

    def check(self, scope: Scope) -> None:
        host = header(scope, b"host")
        if host is None or host.lower() not in self.hosts:
            raise RequestRefused(421, "this server answers only to its own address")
        origin = header(scope, b"origin")
        if origin is not None and origin.lower() not in self.origins:
            raise RequestRefused(403, "requests from another origin are refused")
        if header(scope, b"sec-fetch-site") == "cross-site":
            raise RequestRefused(403, "requests from another site are refused")
        if scope["path"].startswith("/api/"):
            given = header(scope, TOKEN_HEADER.encode()) or ""
            if not hmac.compare_digest(given.encode(), self.token.encode()):
                raise RequestRefused(403, "missing or wrong token: reload the page")


def header(scope: Scope, name: bytes) -> str | None:
    """A request header's value (the first, if repeated), decoded as Latin-1 like HTTP itself."""
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


class BodyTooLarge(Exception):
    """Raised into the application when a body without a declared length runs past its limit."""


def bounded(receive: Receive, limit: int) -> Receive:
    """``receive`` that stops a body at ``limit`` bytes (chunked uploads declare no length)."""
    seen = 0

    async def receive_bounded() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(f"request body larger than {limit:,} bytes")
        return message

    return receive_bounded


def secured(send: Send) -> Send:
    """``send`` that adds the security headers to every response the application starts.

    The page itself sets its own policy (the same one, with its style nonce); every other answer
    gets the policy without a nonce. No CORS header ever leaves."""
    async def send_secured(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {name.lower() for name, _ in SECURITY_HEADERS}
            kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names
                    and not k.lower().startswith(b"access-control-")]
            if not any(k.lower() == b"content-security-policy" for k, _ in kept):
                kept.append((b"content-security-policy", CSP.encode()))
            message = {**message, "headers": kept + list(SECURITY_HEADERS)}
        await send(message)

    return send_secured


async def refuse(send: Send, refused: RequestRefused) -> None:
    """A refusal as JSON (``packetcoach.error/1``), with the same security headers as any answer."""
    body = json.dumps({"schema": "packetcoach.error/1", "code": f"HTTP{refused.status}",
                       "problem": refused.reason, "message": refused.reason}).encode()
    await send({"type": "http.response.start", "status": refused.status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), (b"content-security-policy", CSP.encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})
