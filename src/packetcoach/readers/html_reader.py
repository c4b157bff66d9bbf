"""An .html draft (Quip, Confluence, Google Docs exports) as light Markdown.

Built on the standard library's html.parser: no network, no external
references ever fetched, nothing executed. Text inside script, style, head and
similar elements is dropped; headings become ``#`` lines, list items ``- ``
lines (nested lists indented), paragraphs, divs and line breaks separate
blocks, and bold (b, strong, ``font-weight:700`` inline or through a CSS class,
as Google Docs writes it) becomes ``**bold**``. Whitespace collapses as a
browser collapses it, except inside ``pre``.

Two guards keep hostile input cheap: unterminated markup near the end of the
file is escaped before parsing (html.parser rescans to the end of the input for
each unterminated ``<!--``, ``</`` or ``<?``, which is quadratic), and element
nesting is bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import islice

from packetcoach.core.errors import InputError
from packetcoach.readers import html_css
from packetcoach.readers.blocks import Block, render
from packetcoach.readers.limits import HTML_MAX_DEPTH, HTML_MAX_REFERENCES, HTML_MAX_TAGS
from packetcoach.core.regexes import compiled

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "math",
                   "iframe", "object", "canvas", "audio", "video", "select", "textarea"})
_HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript",
                           "template"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
                   "meta", "param", "source", "track", "wbr"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "menu", "dir"})
_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
    "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "li", "dl", "dt", "dd",
    "figure", "figcaption", "address", "details", "summary", "fieldset", "legend", "body", "html",
    "center", "form", "hr", "br", *_HEADINGS, *_LISTS})
# An opening tag closes an open sibling of the same group (``<li>a<li>b``), as
# browsers do, unless a container of the group is nearer (a nested list).
_SIBLINGS = {"li": ({"li"}, _LISTS), "td": ({"td", "th"}, {"tr", "table"}),
             "th": ({"td", "th"}, {"tr", "table"}), "tr": ({"tr"}, {"table"}),
             "dt": ({"dt", "dd"}, {"dl"}), "dd": ({"dt", "dd"}, {"dl"}),
             "p": ({"p"}, _BLOCKS - {"p"})}
_SIBLING_SCAN = 16  # how far down the stack an implied close looks
_SPACE = compiled(r"[ \t\n\r\f\xa0]+")


def read_html(text: str, where: str) -> str:
    """The page's text as light Markdown (see the module docstring)."""
    _check_size(text, where)
    parser = _DraftParser(where)
    try:
        parser.feed(_defuse(text))
        parser.close()
    except AssertionError:  # html.parser's own "cannot happen" checks
        raise InputError(where, "is HTML too malformed to read",
                         "export the draft again, or save it as .md or .txt") from None
    parser.flush()
    return render(parser.blocks)


_TAG_RE = compiled(r"<[a-zA-Z/!?]")
_REFERENCE_RE = compiled(r"&(?:#|[a-zA-Z])")


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    return sum(1 for _ in islice(pattern.finditer(text), limit + 1))


def _check_size(text: str, where: str) -> None:
    """Refuse a page with more tags or character references than any export of a draft."""
    hint = "export the draft again, or save it as .md or .txt"
    if _count(_TAG_RE, text, HTML_MAX_TAGS) > HTML_MAX_TAGS:
        raise InputError(where, f"has more than {HTML_MAX_TAGS:,} HTML tags, far more than any draft", hint)
    if _count(_REFERENCE_RE, text, HTML_MAX_REFERENCES) > HTML_MAX_REFERENCES:
        raise InputError(where, f"has more than {HTML_MAX_REFERENCES:,} character references (&amp; ...), "
                         "far more than any draft", hint)


def _defuse(text: str) -> str:
    """Escape markup that can never terminate, so html.parser stays linear."""
    last = text.rfind(">")
    if "<" in text[last + 1:]:
        text = text[:last + 1] + text[last + 1:].replace("<", "&lt;")
    for opener, closer in (("<!--", "-->"), ("<![", "]>")):
        end = text.rfind(closer)
        start = 0 if end < 0 else end + len(closer)
        if opener in text[start:]:
            text = text[:start] + text[start:].replace(opener, "&lt;" + opener[1:])
    return text


@dataclass
class _Open:
    """An open element: its tag, effective weight and, for li, list state."""

    tag: str
    bold: bool
    depth: int = 0  # list depth, for li and list elements
    emitted: bool = False  # for li: its first block has been written


class _DraftParser(HTMLParser):
    """Collects Blocks from the parser's callbacks, tracking open elements."""

    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._where = where
        self._stack: list[_Open] = []
        self._open: dict[str, int] = {}  # tag -> how many are open (O(1) end-tag checks)
        self._skipped = 0  # open elements whose text is dropped
        self._headings: list[int] = []  # levels of the open headings
        self._items: list[_Open] = []  # open li elements, innermost last
        self._lists: list[_Open] = []  # open ul/ol elements, innermost last
        self._block = Block()
        self._css = html_css.StyleCollector()
        self._office_item: int | None = None  # a Word list paragraph (mso-list) is open: its depth
        self._office_marker = False  # inside <![if !supportLists]>: Word's typed bullet, not text

    # -- callbacks ---------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._open.get("head") and tag not in _HEAD_CONTENT:  # content ends the head
            self._close_to("head")
        if tag in _SIBLINGS:
            self._close_sibling(tag)
        if tag in _BLOCKS:
            self.flush()
        if tag in _VOID:
            return
        if len(self._stack) >= HTML_MAX_DEPTH:
            raise InputError(self._where, f"nests HTML elements deeper than {HTML_MAX_DEPTH} "
                             "levels", "export the draft again, or save it as .md or .txt")
        attributes = dict(attrs)
        if tag == "p":
            self._office_item = _office_list_depth(attributes.get("style") or "")
        self._push(tag, attributes)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read </br> as <br>
            self.flush()
        elif self._open.get(tag):
            self._close_to(tag)
            if tag == "style":
                self._css.finish()

    def unknown_decl(self, data: str) -> None:
        """Word writes each bullet it typed itself between ``<![if !supportLists]>`` and ``<![endif]>``."""
        keyword = " ".join(data.lower().split())
        if keyword == "if !supportlists":
            self._office_marker = True
        elif keyword == "endif":
            self._office_marker = False

    def handle_data(self, data: str) -> None:
        if self._skipped or self._office_marker:
            if self._open.get("style"):
                self._css.add(data)
            return
        if self._open.get("pre"):
            self._block.add(data.replace("\xa0", " "), self._bold())
            return
        text = _SPACE.sub(" ", data)
        if text.startswith(" ") and (not self._block.runs or self._block.runs[-1][0].endswith(" ")):
            text = text[1:]
        self._block.add(text, self._bold())

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![...]>`` (CDATA, MS Office conditionals) up to the first ``]>``.

        The inherited version raises AssertionError on unknown keywords.
        """
        end = self.rawdata.find("]>", i + 3)
        if end < 0:
            return -1
        if report:
            self.unknown_decl(self.rawdata[i + 3:end])
        return end + 2

    # -- blocks ------------------------------------------------------------
    def flush(self) -> None:
        """End the current block, classifying it by the elements open around it."""
        block, self._block = self._block, Block()
        if not block.has_text():
            return
        if self._headings:
            block.kind, block.level = "heading", self._headings[-1]
        elif self._items:
            item = self._items[-1]
            block.kind = "continuation" if item.emitted else "item"
            block.level, item.emitted = item.depth, True
        elif self._office_item is not None:
            block.kind, block.level = "item", self._office_item
        self._office_item = None
        self.blocks.append(block)

    # -- open elements -----------------------------------------------------
    def _push(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Open an element, working out its weight and list depth."""
        own = html_css.own_bold(tag, attrs, self._css.bold_classes)
        element = _Open(tag, self._bold() if own is None else own)
        if tag in _LISTS:
            level = html_css.list_level(attrs)
            element.depth = len(self._lists) if level is None else level
            self._lists.append(element)
        elif tag == "li":
            element.depth = self._lists[-1].depth if self._lists else 0
            self._items.append(element)
        elif tag in _HEADINGS:
            self._headings.append(_HEADINGS[tag])
        self._skipped += tag in _SKIP
        self._stack.append(element)
        self._open[tag] = self._open.get(tag, 0) + 1

    def _close_to(self, tag: str) -> None:
        """Close elements down to and including the innermost open ``tag``.

        The scan walks only over elements about to be closed, so it costs
        nothing extra overall. Callers make sure ``tag`` is open.
        """
        index = len(self._stack) - 1
        while index > 0 and self._stack[index].tag != tag:
            index -= 1
        if any(element.tag in _BLOCKS for element in self._stack[index:]):
            self.flush()  # while the closing elements still give the block its kind
        for element in reversed(self._stack[index:]):
            self._open[element.tag] -= 1
            if element.tag in _LISTS:
                self._lists.pop()
            elif element.tag == "li":
                self._items.pop()
            elif element.tag in _HEADINGS:
                self._headings.pop()
            self._skipped -= element.tag in _SKIP
        del self._stack[index:]

    def _close_sibling(self, tag: str) -> None:
        """Close an open sibling (``<li>a<li>b``) unless a container is nearer."""
        siblings, containers = _SIBLINGS[tag]
        for element in reversed(self._stack[-_SIBLING_SCAN:]):
            if element.tag in siblings:
                self._close_to(element.tag)
                return
            if element.tag in containers:
                return

    def _bold(self) -> bool:
        """Whether text written now is bold (not marked inside headings)."""
        return bool(self._stack) and self._stack[-1].bold


_OFFICE_LIST_RE = compiled(r"mso-list\s*:\s*l\d+\s+level(\d+)", re.IGNORECASE)


def _office_list_depth(style: str) -> int | None:
    """A Word list paragraph (``style="mso-list:l0 level2 lfo1"``) and its depth from 0, else None."""
    match = _OFFICE_LIST_RE.search(style) if "mso-list" in style.lower() else None
    return min(int(match.group(1)), 9) - 1 if match and int(match.group(1)) > 0 else None
