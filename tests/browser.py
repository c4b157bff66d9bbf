"""Debian's Chromium driven by Playwright for the web tests (never a downloaded browser).

`.ci/run` installs the package `chromium`; `PACKETCOACH_CHROMIUM` points elsewhere if needed.
Every page gets a recorder for Content-Security-Policy violations, script dialogs, page errors and
console errors, so a test can assert that a hostile draft ran nothing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-features=Translate,OptimizationHints,MediaRouter", "--no-default-browser-check",
                 "--disable-dev-shm-usage"]
ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "tests" / "vendor" / "axe.min.js"

RECORDER = """
window.__pc = {csp: [], errors: []};
document.addEventListener('securitypolicyviolation', (e) => window.__pc.csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def chromium_path() -> str | None:
    for candidate in (os.environ.get("PACKETCOACH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


class Recorder:
    """What a page did that it should not: dialogs opened, errors thrown, console errors.

    One recorder serves a page for its whole life; :meth:`reload` opens the page afresh and empties
    it, so each test sees only what its own visit did."""

    def __init__(self, page):
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.console: list[str] = []
        self._leaving = False
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: self.console.append(message.text) if message.type == "error" else None)

    def _dialog(self, dialog) -> None:
        if self._leaving and dialog.type == "beforeunload":  # the page's own "leave with unsaved work?"
            dialog.accept()
            return
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def reload(self, page, url: str) -> None:
        """Open ``url`` again in ``page``, as a user reopening the app: the page's script, its draft,
        undo history, tabs and panels start over, and nothing recorded before counts. The pointer is
        moved off the page first, so no element loaded later is hovered by where the last visit left it."""
        page.mouse.move(0, 0)
        self._leaving = True
        try:
            page.goto(url)
        finally:
            self._leaving = False
        page.wait_for_selector("body.ready")
        self.dialogs.clear(), self.errors.clear(), self.console.clear()

    def clean(self, page) -> None:
        csp = page.evaluate("window.__pc.csp")
        assert not self.dialogs and not self.errors and not csp, (self.dialogs, self.errors, csp)
        assert not [line for line in self.console if "Content Security Policy" in line], self.console


def run_axe(page) -> list[dict]:
    """axe-core's violations on the page as it is (WCAG 2.1 A and AA rules)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate("""async () => {
        const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
    }""")
