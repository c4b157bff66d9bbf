"""A guard that makes any network access by the code under test fail, loudly.

packetcoach reads confidential drafts and promises that nothing leaves the machine
(SPEC 4, docs/security.md). The test suite proves it by running with this guard on:
conftest.py installs it when the suite starts, and child interpreters started by
tests (``python -m packetcoach ...``) install it through a ``sitecustomize.py`` put
on their PYTHONPATH.

Why an audit hook (``sys.addaudithook``) and not a patched ``socket`` module: audit
events are raised by the interpreter's C code itself, so they catch every path to
the network, including ``_socket`` used directly, a ``socket`` class imported before
any patch could be applied, ``urllib``, ``http.client`` and DNS lookups. A patch only
catches callers that look the name up after the patch. The price is that a hook
cannot be removed, so it is installed once per process and its policy is module
state: a test that needs loopback networking (a future ``packetcoach serve`` test)
asks for it explicitly with :func:`allow_loopback`.

What is refused: creating any socket that is not an AF_UNIX socket (local IPC, used
by the standard library's socketpair); connecting, binding or sending to a network
address; DNS and reverse DNS lookups; and the high-level clients (urllib, http.client,
ftplib, smtplib, ...), which are refused before they resolve a name.

Why the refusal is a BaseException: code under test may catch ``Exception`` (the
profile cache does, on purpose) and would swallow an ordinary error. Every attempt
is also recorded, in memory and, for other processes, in the log file named by
``PACKETCOACH_NETGUARD_LOG``, so even an attempt that is caught and ignored fails
the test that made it (see the hooks in conftest.py).

This module must not import ``socket``: a test checks that running packetcoach never
imports it, and this module is loaded into every child interpreter.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

LOG_ENV = "PACKETCOACH_NETGUARD_LOG"
LOOPBACK_ENV = "PACKETCOACH_NETGUARD_LOOPBACK"  # "1": a child may use 127.0.0.1 (a local server under test)
AF_UNIX = 1  # the same number on Linux, macOS and Windows; avoids importing socket
AF_INET_FAMILIES = {2, {"darwin": 30, "win32": 23}.get(sys.platform, 10)}  # AF_INET, AF_INET6

#: Events refused whatever their arguments (outside allow_loopback for DNS).
DNS_EVENTS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                        "socket.getnameinfo"})
CLIENT_EVENTS = frozenset({"urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
                           "poplib.connect", "imaplib.open", "nntplib.connect", "telnetlib.Telnet.open",
                           "webbrowser.open"})
ADDRESS_EVENTS = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
WATCHED = DNS_EVENTS | CLIENT_EVENTS | ADDRESS_EVENTS | {"socket.__new__"}


class NetworkAttemptBlocked(BaseException):
    """Raised by the guard; a BaseException so that ``except Exception`` cannot swallow it."""


@dataclass(frozen=True)
class Attempt:
    event: str
    detail: str
    pid: int
    where: str

    def describe(self) -> str:
        return f"{self.event} {self.detail} (pid {self.pid})\n{self.where}"


@dataclass(frozen=True)
class Checkpoint:
    attempts: int
    log_bytes: int


attempts: list[Attempt] = []  # in-process attempts not yet reported or expected
_owner_pid: int | None = None  # the process whose attempts live in `attempts`; others log to file
_installed = False
_loopback_depth = 0


# ---- installing ----

def install() -> None:
    """Install the guard in the test process (idempotent: a hook cannot be removed).

    A test process started by a guarded one (a pytest-xdist worker, which the guard's
    sitecustomize.py already guards as a child) takes the guard over: its attempts are its own
    to report, and it may not use loopback unless a test allows it."""
    global _installed, _owner_pid, _loopback_depth
    _owner_pid = os.getpid()
    _loopback_depth = 0
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def install_from_environment() -> None:
    """Install the guard in a child interpreter; its attempts go to the log file in the environment.

    A child started with ``PACKETCOACH_NETGUARD_LOOPBACK=1`` (``child_environment(loopback=True)``)
    may use loopback addresses, as a test process may inside ``allow_loopback``: a server under test."""
    global _installed, _owner_pid, _loopback_depth
    if not _installed:
        _owner_pid = None
        _loopback_depth = 1 if os.environ.get(LOOPBACK_ENV) == "1" else 0
        sys.addaudithook(_hook)
        _installed = True


def installed() -> bool:
    return _installed


SITECUSTOMIZE = '''\
"""Written by tests/netguard.py: install the no-network guard in every child interpreter."""
import importlib.util, sys
_spec = importlib.util.spec_from_file_location("netguard", {path!r})
_module = importlib.util.module_from_spec(_spec)
sys.modules["netguard"] = _module
_spec.loader.exec_module(_module)
_module.install_from_environment()
'''


def write_sitecustomize(directory: Path) -> Path:
    """Write a sitecustomize.py into ``directory`` that loads this file and installs the guard."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sitecustomize.py").write_text(SITECUSTOMIZE.format(path=str(Path(__file__).resolve())))
    return directory


def child_environment(site_dir: Path, log: Path, base: dict[str, str] | None = None,
                      loopback: bool = False) -> dict[str, str]:
    """An environment in which any Python child (and its children) runs guarded, logging to ``log``;
    with ``loopback`` the child may listen on and connect to loopback addresses, nothing else."""
    env = dict(os.environ if base is None else base)
    paths = [str(site_dir)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(site_dir)]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env[LOG_ENV] = str(log)
    env.pop(LOOPBACK_ENV, None)
    if loopback:
        env[LOOPBACK_ENV] = "1"
    return env


# ---- the policy ----

def _hook(event: str, args: tuple) -> None:
    if event not in WATCHED:  # the hot path: every audited event in the process comes through here
        return
    reason = _refusal(event, args)
    if reason is not None:
        _refuse(event, reason)


def _refusal(event: str, args: tuple) -> str | None:
    """Why this event is refused, or None when it is harmless (local IPC, or allowed loopback)."""
    if event == "socket.__new__":
        family = args[1]
        allowed = family == AF_UNIX or (_loopback_depth and family in AF_INET_FAMILIES)
        return None if allowed else f"socket family {family}"
    if event in ADDRESS_EVENTS:
        address = args[1] if len(args) > 1 else None
        if address is None or isinstance(address, (str, bytes)):  # connected socket, or an AF_UNIX path
            return None
        host = address[0] if isinstance(address, tuple) and address else address
        return None if _loopback_depth and _is_loopback(host) else f"address {address!r}"
    if event in DNS_EVENTS:
        host = args[0][0] if event == "socket.getnameinfo" and isinstance(args[0], tuple) else args[0]
        return None if _loopback_depth and _is_loopback(host) else f"lookup of {host!r}"
    if event == "http.client.connect" and _loopback_depth and _is_loopback(args[1]):
        return None  # an HTTP client talking to a local server under test
    return repr([arg for arg in args if isinstance(arg, (str, bytes, int, tuple))])  # a client: url, host, port


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host == "localhost":
        return True
    import ipaddress  # noqa: PLC0415 - only under allow_loopback

    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(event: str, detail: str) -> None:
    import traceback  # noqa: PLC0415 - only when something is refused

    frames = [f for f in traceback.extract_stack() if not f.filename.endswith("netguard.py")]
    attempt = Attempt(event, detail, os.getpid(), "".join(traceback.format_list(frames[-6:])))
    if _owner_pid is not None and os.getpid() == _owner_pid:
        attempts.append(attempt)
    else:
        _log(attempt)
    raise NetworkAttemptBlocked(f"network access refused by the test guard: {event} {detail}")


def _log(attempt: Attempt) -> None:
    path = os.environ.get(LOG_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(attempt.describe().replace("\n", "\n    ") + "\n")


@contextlib.contextmanager
def allow_loopback() -> Iterator[None]:
    """Allow sockets to 127.0.0.1/::1/localhost only, for tests of a local server (never other hosts)."""
    global _loopback_depth
    _loopback_depth += 1
    try:
        yield
    finally:
        _loopback_depth -= 1


# ---- reporting ----

def _log_size() -> int:
    path = os.environ.get(LOG_ENV)
    try:
        return os.path.getsize(path) if path else 0
    except OSError:
        return 0


def checkpoint() -> Checkpoint:
    return Checkpoint(len(attempts), _log_size())


def take_since(mark: Checkpoint) -> list[str]:
    """Descriptions of the attempts made since ``mark`` (here and in child processes), then forget them.

    Forgetting them means each attempt fails exactly one test, the one that made it.
    """
    found = [attempt.describe() for attempt in attempts[mark.attempts:]]
    del attempts[mark.attempts:]
    path = os.environ.get(LOG_ENV)
    if path and _log_size() > mark.log_bytes:
        with open(path, "r+", encoding="utf-8") as log:
            log.seek(mark.log_bytes)
            found.append(log.read())
            log.truncate(mark.log_bytes)
    return found


@contextlib.contextmanager
def expect_blocked() -> Iterator[list[Attempt]]:
    """For tests of the guard itself: collect the attempts made inside, so the suite does not fail on them."""
    start = len(attempts)
    caught: list[Attempt] = []
    try:
        yield caught
    finally:
        caught.extend(attempts[start:])
        del attempts[start:]


@contextlib.contextmanager
def no_attempts() -> Iterator[None]:
    """Assert that the block makes no network attempt, even one it catches and ignores itself."""
    mark = checkpoint()
    yield
    found = take_since(mark)
    assert not found, "network access attempted:\n" + "\n".join(found)
