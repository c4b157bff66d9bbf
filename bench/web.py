"""The web app's latency, measured in the browser: from the last keystroke to the findings drawn.

    python bench/web.py            # 40 keystrokes and 10 bursts; writes the web section of bench/RESULTS.md
    python bench/web.py --quick    # 10 and 3; prints the section only

A real `packetcoach serve` process and Debian's Chromium (Playwright). The page holds the generated
1,500-word packet; a character is typed at the end of a sentence in the middle of it, and the time is
taken in the page from the keydown event to the moment the new report's underlines, legend and side
panel are drawn (the page's `pc-checked` event for that version of the draft). The page waits
20 ms after a keystroke, then sends the draft; one request at a time. Bursts type 8 characters 40 ms
apart and are timed from the last one. The split (round trip to the server, drawing) comes from the
page's own timestamps.
"""

from __future__ import annotations

import argparse
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO / "tests"))

from textgen import make_packet, word_count  # noqa: E402

import results  # noqa: E402
from browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

BEGIN, END = results.marks("web")
GOAL_MS = 100.0
ARM = """() => { window.__pcWait = new Promise((resolve) => {
    const handler = (event) => {
        const s = window.packetcoach;
        if (event.detail.version !== s.version) return;
        document.removeEventListener('pc-checked', handler);
        resolve({total: event.detail.at - window.__pcKey, trip: s.timing.received - s.timing.sent,
                 draw: event.detail.at - s.timing.received});
    };
    document.addEventListener('pc-checked', handler);
}); }"""
KEYS = "() => document.addEventListener('keydown', () => { window.__pcKey = performance.now(); }, true)"


def settle(page) -> None:
    page.wait_for_function("() => { const s = window.packetcoach; return s.shown === s.version && !s.inflight; }")


def measure(keystrokes: int, bursts: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    server = subprocess.Popen([sys.executable, "-m", "packetcoach", "serve", "--no-browser", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    url = re.search(r"http://127\.0\.0\.1:\d+/", server.stdout.readline()).group(0)
    text = make_packet(1500, seed=1500)
    found: dict[str, list[float]] = {"total": [], "trip": [], "draw": [], "burst": []}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(url)
            page.wait_for_selector("body.ready")
            page.evaluate(KEYS)
            page.evaluate("(t) => window.packetcoach.view.dispatch({changes: {from: 0, insert: t}})", text)
            settle(page)
            middle = text.index(".", len(text) // 2)
            page.evaluate("(at) => { const v = window.packetcoach.view; v.focus(); v.dispatch({selection: {anchor: at}}); }",
                          middle)
            for number in range(keystrokes + 3):
                page.evaluate(ARM)
                page.keyboard.type("x" if number % 2 == 0 else "\b")
                if number % 2:
                    page.keyboard.press("Backspace")
                timing = page.evaluate("window.__pcWait")
                if number >= 3:  # the first few warm the server's caches and the page's JIT
                    for key in ("total", "trip", "draw"):
                        found[key].append(timing[key])
                time.sleep(0.25)
            for _ in range(bursts):
                page.evaluate(ARM)
                page.keyboard.type(" fast", delay=40)
                found["burst"].append(page.evaluate("window.__pcWait")["total"])
                for _ in range(5):
                    page.keyboard.press("Backspace")
                settle(page)
                time.sleep(0.25)
            browser.close()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=15)
    found["words"] = [word_count(text)]
    return found


def _row(label: str, values: list[float]) -> list[str]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return [label, f"{statistics.median(values):.1f}", f"{p95:.1f}", f"{min(values):.1f}", str(len(values))]


def section(found: dict[str, list[float]], date: str, load: str) -> str:
    median = statistics.median(found["total"])
    rows = [_row("one keystroke: keydown to findings drawn", found["total"]),
            _row("  of which the request and the analysis (after the 20 ms pause)", found["trip"]),
            _row("  of which drawing underlines, legend and panel", found["draw"]),
            _row("typing burst (8 characters, 40 ms apart): last keystroke to findings", found["burst"])]
    return "\n".join([
        BEGIN, "## 8. Web app: keystroke to findings, in the browser", "",
        f"Measured {date}. Reproduce with `python bench/web.py`. A real `packetcoach serve` process and Debian's "
        f"Chromium driven by Playwright; the generated {found['words'][0]:,}-word packet; a character typed in the "
        "middle of it, timed in the page from the keydown event to the new report drawn (underlines, legend, side "
        f"panel). The page waits 20 ms after a keystroke before it asks. Times in ms. Load average (1/5/15 min) {load}.",
        "", results.table(["measure", "median", "p95", "min", "runs"], rows), "",
        f"Target: findings within {GOAL_MS:.0f} ms of the last keystroke on a 1,500-word draft: median {median:.1f} ms, "
        f"{results.verdict(median <= GOAL_MS)}.", END])






def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs; print the section, write nothing")
    args = parser.parse_args()
    if chromium_path() is None:
        sys.exit("bench/web.py needs Chromium: apt-get install chromium")
    load_at_start = results.load()
    found = measure(10, 3) if args.quick else measure(40, 10)
    date = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    body = section(found, date, f"{load_at_start} at start, {results.load()} at end")
    print(body)
    if not args.quick:
        results.write_section(BENCH / "RESULTS.md", "web", body)


if __name__ == "__main__":
    main()
