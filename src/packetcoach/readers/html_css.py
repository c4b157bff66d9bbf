"""The little CSS an HTML export uses to say "bold" and "nested list".

Google Docs exports mark bold with a class defined in a <style> block
(``.c3{font-weight:700}``), its clipboard HTML uses inline styles and wraps the
whole document in ``<b style="font-weight:normal">`` (which is not bold), and
it writes nested lists as flat lists with a level in the class name
(``lst-kix_abc-1``). This module reads exactly those signals and nothing more.
"""

from __future__ import annotations

import re

from packetcoach.readers.limits import HTML_MAX_STYLE_CHARS
from packetcoach.core.regexes import compiled

_WEIGHT = compiled(r"font-weight\s*:\s*([a-z0-9]+)", re.I)
_CLASS_SELECTOR = compiled(r"\s*(?:[a-z0-9]*)\.([\w-]+)\s*", re.I)
_LIST_CLASS = compiled(r"lst-kix_[\w]+-(\d)\b")


def weight_is_bold(value: str) -> bool | None:
    """A CSS font-weight as bold (True), not bold (False) or unknown (None)."""
    value = value.lower()
    if value in ("bold", "bolder"):
        return True
    if value in ("normal", "lighter"):
        return False
    if value.isdigit() and len(value) <= 4:
        return int(value) >= 600
    return None


def own_bold(tag: str, attrs: dict[str, str | None], bold_classes: set[str]) -> bool | None:
    """Whether an element sets bold on (True), off (False), or leaves it (None)."""
    match = _WEIGHT.search(attrs.get("style") or "")
    if match:
        inline = weight_is_bold(match.group(1))
        if inline is not None:
            return inline
    if tag in ("b", "strong"):
        return True
    classes = (attrs.get("class") or "").split()
    if bold_classes and any(name in bold_classes for name in classes):
        return True
    return None


def list_level(attrs: dict[str, str | None]) -> int | None:
    """The nesting level Google Docs writes into a flat list's class name."""
    match = _LIST_CLASS.search(attrs.get("class") or "")
    return int(match.group(1)) if match else None


class StyleCollector:
    """The bold classes defined by the page's <style> elements.

    Each element's text is parsed once, when it closes (rules never span two
    elements), and the total kept is bounded: a draft's CSS is a few KB.
    """

    def __init__(self) -> None:
        self._current: list[str] = []
        self._budget = HTML_MAX_STYLE_CHARS
        self.bold_classes: set[str] = set()

    def add(self, css: str) -> None:
        """Keep style text of the open <style> element, within the budget."""
        if len(css) <= self._budget:
            self._current.append(css)
            self._budget -= len(css)

    def finish(self) -> None:
        """The open <style> element closed: learn its bold classes."""
        self.bold_classes.update(_bold_classes("".join(self._current)))
        self._current = []


def _bold_classes(css: str) -> set[str]:
    """Class names from simple ``.name{...font-weight:700...}`` rules."""
    found: set[str] = set()
    for rule in css.split("}"):
        selectors, brace, body = rule.rpartition("{")
        match = _WEIGHT.search(body) if brace else None
        if not match or not weight_is_bold(match.group(1)):
            continue
        selectors = selectors.rpartition("{")[2].rpartition(";")[2]  # "@media x{.c1", "@import url(x);.c1"
        for selector in selectors.split(","):
            simple = _CLASS_SELECTOR.fullmatch(selector)
            if simple:
                found.add(simple.group(1))
    return found
