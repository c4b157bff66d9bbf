"""A real `packetcoach serve` process for the web tests: started on a free port under the network
guard (loopback only), its printed address read back, stopped with Ctrl-C (SIGINT)."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import netguard

ADDRESS_RE = re.compile(r"serving on (http://127\.0\.0\.1:(\d+)/)")
TOKEN_RE = re.compile(r'<meta name="packetcoach-token" content="([^"]+)">')


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    port: int
    token: str = ""
    lines: list[str] = field(default_factory=list)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: bytes | str | dict | None = None,
                headers: dict[str, str] | None = None, token: bool = True) -> tuple[int, dict[str, str], bytes]:
        """One request over a fresh connection: status, headers (lower-cased names), body."""
        sent = dict(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            sent.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode("utf-8")
        if token and self.token:
            sent.setdefault("X-Packetcoach-Token", self.token)
        with netguard.allow_loopback():
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                connection.request(method, path, body=body, headers=sent)
                response = connection.getresponse()
                return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
            finally:
                connection.close()

    def post_json(self, path: str, payload: dict, **kwargs) -> tuple[int, dict]:
        status, _, body = self.request("POST", path, payload, **kwargs)
        return status, json.loads(body) if body else {}

    def raw(self, data: bytes) -> bytes:
        """Bytes sent as they are (forged Host and Origin headers; send "Connection: close"), and
        the whole answer back."""
        chunks = []
        with netguard.allow_loopback():
            with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
                sock.sendall(data)
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
        return b"".join(chunks)

    def stop(self) -> tuple[int, str, str]:
        """Ctrl-C, then the exit status and everything it printed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        out, err = self.process.stdout.read(), self.process.stderr.read()  # what readline left buffered too
        self.process.stdout.close(), self.process.stderr.close()
        return self.process.returncode, "".join(self.lines) + out, err


def start(*args: str, env: dict[str, str] | None = None, browser: bool = False) -> Server:
    """`python -m packetcoach serve --port 0 --no-browser`, guarded, loopback only."""
    site = Path(os.environ["PYTHONPATH"].split(os.pathsep)[0])
    base = netguard.child_environment(site, Path(os.environ[netguard.LOG_ENV]), env, loopback=True)
    argv = [sys.executable, "-m", "packetcoach", "serve", *(args or ("--port", "0"))]
    if not browser:
        argv.append("--no-browser")
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=base)
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"serve exited ({process.wait()}): {process.stderr.read()}")
        lines.append(line)
        match = ADDRESS_RE.search(line)
        if match:
            server = Server(process, match.group(1), int(match.group(2)), lines=lines)
            status, _, page = server.request("GET", "/", token=False)
            assert status == 200, page
            server.token = TOKEN_RE.search(page.decode()).group(1)
            return server
    process.kill()
    raise RuntimeError("serve printed no address in 30 s")
