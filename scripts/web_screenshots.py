"""Screenshots of the web app in each state, for the README and docs/web.md.

    python scripts/web_screenshots.py          # writes docs/web-*.png

Starts `packetcoach serve` on a free port, drives Debian's Chromium through the states a user
meets (an empty page, a weak draft with a finding's card open, the panel, the 90-second view, the
keyboard card, rehearsal, the plan, a calibration of four packets, a hostile draft, an unreadable
file) and stops the server.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser import CHROMIUM_ARGS, chromium_path  # noqa: E402

DOCS = ROOT / "docs"
WEAK = (ROOT / "examples" / "weak-engineer-voice.md").read_text(encoding="utf-8")
COMPARED = sorted((ROOT / "tests" / "data" / "calibration" / "set-l6").glob("*.md"))
PLAN_DUE = "2031-03-02"
HOSTILE = ("# <script>alert('x')</script> Impact\n\n- <img src=x onerror=alert(1)> Built a cache for "
           "[sellers](javascript:alert(2)), cutting p99 latency by 40ms.\n- Convinced the VP <a href=\"javascript:"
           "alert(3)\">here</a>, raising completion from 71% to 89%.\n")


def load(page, text: str) -> None:
    page.evaluate("""(text) => { const v = window.packetcoach.view;
        v.dispatch({changes: {from: 0, to: v.state.doc.length, insert: text}}); }""", text)
    page.wait_for_function("() => { const s = window.packetcoach; return s.shown === s.version && !s.inflight; }")


def main() -> None:
    from playwright.sync_api import sync_playwright

    server = subprocess.Popen([sys.executable, "-m", "packetcoach", "serve", "--no-browser", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    url = re.search(r"http://127\.0\.0\.1:\d+/", server.stdout.readline()).group(0)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(url)
            page.wait_for_selector("body.ready")
            page.screenshot(path=DOCS / "web-empty.png")
            load(page, WEAK)
            page.evaluate("window.packetcoach.view.scrollDOM.scrollTop = 380")
            page.wait_for_timeout(200)
            page.locator(".pc-u-engineer-voice", has_text=re.compile(r"^[A-Z][a-z]+ed$")).first.hover()
            page.locator(".cm-tooltip-lint").wait_for()
            page.wait_for_timeout(200)
            page.screenshot(path=DOCS / "web-app.png")
            page.mouse.move(1300, 20)
            page.locator("#sec-items").scroll_into_view_if_needed()
            page.screenshot(path=DOCS / "web-panel.png")
            page.locator("#sec-skim summary").click()
            page.locator("#sec-skim").scroll_into_view_if_needed()
            page.screenshot(path=DOCS / "web-skim.png")
            page.mouse.move(1300, 20)
            page.click("#tab-plan")
            page.fill("#plan-due", PLAN_DUE)
            page.click("#plan-make")
            page.locator("#plan-checklist").wait_for()
            page.screenshot(path=DOCS / "web-plan.png")
            page.click("#tab-compare")
            page.set_input_files("#compare-input", [str(p) for p in COMPARED])
            page.wait_for_function(f"() => document.querySelectorAll('#compare-list li').length === {len(COMPARED)}")
            page.click("#compare-rank")
            page.locator("#compare-ranking tbody tr").first.wait_for()
            page.mouse.move(1300, 20)
            page.wait_for_timeout(300)
            page.screenshot(path=DOCS / "web-compare.png")
            page.click("#tab-review")
            page.click(".cm-content")
            page.keyboard.press("Control+Home")
            for _ in range(7):
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Home")
            page.keyboard.press("ArrowRight")
            page.keyboard.press("ArrowRight")
            page.keyboard.press("Alt+Enter")
            page.wait_for_timeout(200)
            page.screenshot(path=DOCS / "web-keyboard.png")
            page.keyboard.press("Escape")
            page.click("#tab-rehearse")
            page.click("#rehearse-start")
            page.fill("#answer", "We worked closely with the team and delivered it on time.")
            page.click("text=Score my answer")
            page.locator("#follow-up").wait_for()
            page.screenshot(path=DOCS / "web-rehearse.png")
            page.click("#tab-review")
            load(page, HOSTILE)
            page.locator(".pc-u-engineer-voice", has_text="Built").first.hover()
            page.wait_for_timeout(400)
            page.screenshot(path=DOCS / "web-hostile.png")
            page.set_input_files("#file-input", files=[{"name": "scan.md", "mimeType": "text/markdown",
                                                         "buffer": b"%PDF-1.7\n" + bytes(range(256)) * 4}])
            page.locator("#message .pc-msg-error").wait_for()
            page.screenshot(path=DOCS / "web-error.png")
            browser.close()
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=15)
    print("wrote", ", ".join(sorted(p.name for p in DOCS.glob("web-*.png"))))


if __name__ == "__main__":
    main()
