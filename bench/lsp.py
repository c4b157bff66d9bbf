"""Language server latency: from a one-word edit in a 5,000-word draft to its new diagnostics.

    python bench/lsp.py            # 40 edits per setting; writes the LSP section of bench/RESULTS.md
    python bench/lsp.py --quick    # 8 edits per setting; prints the section only

A real ``packetcoach lsp`` child process and a bare LSP client on its pipes (JSON-RPC frames, timed
as they arrive): open the generated 5,000-word packet, then repeatedly replace one word (didChange, full text) and
time until publishDiagnostics for that document version arrives. Each edit waits for the previous
one's diagnostics and a short rest, so every figure is one isolated edit. Measured with the default
pause after a keystroke (debounceMs 10) and with none, plus a typing burst (one character every
30 ms, timed from the last keystroke). The server's own analysis time comes from its log messages.
"""

from __future__ import annotations

import argparse
import json
import queue
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from textgen import make_packet, word_count  # noqa: E402

import results  # noqa: E402

BEGIN, END = results.marks("lsp")
GOAL_MS = 50.0


class RawClient:
    """A bare LSP client on pipes: frames are timed as they arrive, before any client-side decoding
    a real editor would do in microseconds (pygls's own client spends tens of ms structuring a
    large notification into objects, which is not the server's latency)."""

    def __init__(self, options: dict):
        self.proc = subprocess.Popen([sys.executable, "-m", "packetcoach", "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.frames: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                   "params": {"processId": None, "capabilities": {}, "initializationOptions": options}})
        self.wait(lambda m: m.get("id") == 1)
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        self.logs: list[str] = []

    def _read(self) -> None:
        stream = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = int(re.search(rb"Content-Length: (\d+)", header).group(1))
            body = stream.read(length)
            self.frames.put((time.perf_counter(), json.loads(body)))

    def send(self, message: dict) -> None:
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def wait(self, match, timeout: float = 60) -> tuple[float, dict]:
        while True:
            arrived, message = self.frames.get(timeout=timeout)
            if message.get("method") == "window/logMessage":
                self.logs.append(message["params"]["message"])
            if match(message):
                return arrived, message

    def open(self, uri: str, text: str) -> None:
        self.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})

    def change(self, uri: str, version: int, text: str) -> None:
        self.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}})

    def diagnostics(self, uri: str, version: int) -> float:
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"].get("version") == version)[0]

    def close(self) -> None:
        self.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        self.wait(lambda m: m.get("id") == 2)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.proc.wait(timeout=30)


def _server_ms(logs: list[str], version: int, group: int = 1) -> float:
    """The server's analysis time (group 1: wall clock; group 2: the analysis thread's CPU time)."""
    for line in logs:
        match = re.search(rf"version {version} in ([0-9.]+) ms \(CPU ([0-9.]+) ms\)", line)
        if match:
            return float(match.group(group))
    return float("nan")


def edits(text: str, runs: int, debounce_ms: float, folder: Path) -> dict[str, list[float]]:
    """Isolated one-word edits: latency to the matching publishDiagnostics, and server analysis time."""
    anchor = text.index(" the ", len(text) // 2) + 1  # a word in the middle of the draft
    variants = [text[:anchor] + word + text[anchor + 3:] for word in ("the", "our")]
    latency, server, cpu = [], [], []
    client = RawClient({"debounceMs": debounce_ms})
    uri = (folder / "packet-5000.md").as_uri()
    client.open(uri, text)
    client.diagnostics(uri, 1)
    for run in range(runs + 3):  # three warm-up edits
        began = time.perf_counter()
        client.change(uri, run + 2, variants[run % 2])
        arrived = client.diagnostics(uri, run + 2)
        if run >= 3:
            latency.append((arrived - began) * 1000)
            server.append(_server_ms(client.logs, run + 2))
            cpu.append(_server_ms(client.logs, run + 2, 2))
        time.sleep(0.15)
    client.close()
    return {"latency": latency, "server": server, "cpu": cpu}


def bursts(text: str, runs: int, folder: Path) -> list[float]:
    """Type a word one character every 30 ms; time from the last keystroke to its diagnostics."""
    anchor = text.index("\n\n", len(text) // 2)
    word = " Decided"
    latency = []
    client = RawClient({})
    uri = (folder / "burst-5000.md").as_uri()
    client.open(uri, text)
    client.diagnostics(uri, 1)
    version = 1
    for _ in range(runs):
        for length in range(1, len(word) + 1):
            version += 1
            client.change(uri, version, text[:anchor] + word[:length] + text[anchor:])
            last = time.perf_counter()
            time.sleep(0.03)
        latency.append((client.diagnostics(uri, version) - last) * 1000)
        version += 1
        client.change(uri, version, text)
        client.diagnostics(uri, version)
        time.sleep(0.2)
    client.close()
    return latency


def _row(label: str, values: list[float]) -> list[str]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return [label, f"{statistics.median(values):.1f}", f"{p95:.1f}", f"{min(values):.1f}", str(len(values))]


def section(words: int, default: dict, immediate: dict, bursts: list[float], date: str, load: str) -> str:
    median = statistics.median(default["latency"])
    rows = [_row("one-word edit, debounceMs 10 (default): edit to diagnostics", default["latency"]),
            _row("  of which the server's analysis", default["server"]),
            _row("  the analysis thread's CPU time", default["cpu"]),
            _row("one-word edit, debounceMs 0: edit to diagnostics", immediate["latency"]),
            _row("  of which the server's analysis", immediate["server"]),
            _row("typing burst (1 character / 30 ms): last keystroke to diagnostics", bursts),
            _row("for reference: Session.analyze of the same packet in the benchmark's process", default["reference"])]
    lines = [BEGIN, "## 6. Language server: edit to diagnostics", "",
             f"{date}. Reproduce with `python bench/lsp.py`. A real `packetcoach lsp` child process and "
             f"a bare client on its pipes; the generated {words:,}-word packet; each edit replaces one word (full-text "
             "didChange) and is timed until publishDiagnostics for that version arrives. Times in ms. "
             f"Load average (1/5/15 min) {load}.", "",
             results.table(["measure", "median", "p95", "min", "runs"], [*rows]), "",
             f"Target: diagnostics within {GOAL_MS:.0f} ms of the last change for a 5,000-word draft: "
             f"median {median:.1f} ms with the default settings, {results.verdict(median <= GOAL_MS)}. "
             "The analysis itself is most of it; the rest is the pause after the keystroke, JSON-RPC and "
             "the conversion to UTF-16 ranges. On a busy machine the analysis waits for a core: its CPU time "
             "is the figure to compare across runs.", END]
    return "\n".join(lines) + "\n"






def in_process(text: str, runs: int) -> list[float]:
    """The same analysis in this process, at the same time: the part of the latency the server adds is the rest."""
    from packetcoach import Session  # noqa: PLC0415

    session = Session()
    session.analyze(text)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        session.analyze(text)
        times.append((time.perf_counter() - began) * 1000)
    return times


def measure(runs: int, folder: Path) -> str:
    text = make_packet(5000, seed=5000)
    load_at_start = results.load()
    reference = in_process(text, max(5, runs // 2))
    default = edits(text, runs, 10, folder)
    immediate = edits(text, runs, 0, folder)
    burst = bursts(text, max(4, runs // 4), folder)
    date = f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    default["reference"] = reference
    return section(word_count(text), default, immediate, burst, date, f"{load_at_start} at start, {results.load()} at end")


def main() -> None:
    import tempfile  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="8 edits per setting; print, do not write")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        body = measure(8 if args.quick else 40, Path(folder))
    if args.quick:
        print(body)
    else:
        results.write_section(BENCH / "RESULTS.md", "lsp", body)
        print(body)


if __name__ == "__main__":
    main()
