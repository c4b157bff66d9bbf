"""Run the web app: bind 127.0.0.1, print the address, open the browser, stop cleanly on Ctrl-C.

The socket is bound before the application is built, so a free port (``--port 0``) is known to
the guard, which accepts only requests addressed to that exact host and port.
"""

from __future__ import annotations

import socket
import sys
import threading
import webbrowser
from typing import IO

from packetcoach.core.errors import UsageError

HOST = "127.0.0.1"  # never 0.0.0.0: the page holds confidential text


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:``port`` (0: any free port), or a one-line UsageError."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        reason = "is in use" if error.errno in (98, 48, 10048) else f"cannot be used ({error.strerror})"
        raise UsageError("--port", f"port {port} {reason}",
                         "pick another with --port, or --port 0 for any free one") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _warm() -> None:
    """Load the default profile and read a line once, then freeze what start-up made, so the
    collector never walks it again while the user types."""
    import gc  # noqa: PLC0415

    from packetcoach.api import analyze  # noqa: PLC0415

    analyze("- Convinced the payments VP to drop a step, raising completion from 71% to 89%.\n")
    gc.collect()
    gc.freeze()


def _open(url: str, out: IO[str]) -> None:
    """Open the page in the user's browser; say where it is when no browser can be started."""
    try:
        opened = webbrowser.open(url)
    except Exception:  # noqa: BLE001 - a browser that fails to start must not stop the server
        opened = False
    if not opened:
        out.write(f"No browser could be opened here: open {url} yourself.\n")
        out.flush()


def serve(port: int = 0, open_browser: bool = True, out: IO[str] = sys.stdout) -> int:
    import uvicorn  # noqa: PLC0415 - the server's libraries load only for `serve`

    from packetcoach.frontends.web.app import build_app  # noqa: PLC0415

    sock = bind(port)
    port = sock.getsockname()[1]
    url = f"http://{HOST}:{port}/"
    app = build_app(port)
    _warm()
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False,
                            date_header=False, proxy_headers=False, ws="none", lifespan="off",
                            timeout_graceful_shutdown=2, h11_max_incomplete_event_size=64 * 1024)
    server = uvicorn.Server(config)
    out.write(f"packetcoach is serving on {url}\nNothing leaves this machine. Press Ctrl-C to stop.\n")
    out.flush()
    if open_browser:
        threading.Timer(0.3, _open, (url, out)).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    out.write("packetcoach stopped.\n")
    out.flush()
    return 0
