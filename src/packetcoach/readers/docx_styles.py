"""What a .docx paragraph's style says about it: heading, list item, bold, contents.

Paragraphs name their style by id ("Heading1"), and the id is localised (a
German Word writes "berschrift1"), so the meaning comes from styles.xml: the
style's name ("heading 1"), its outline level, its numbering, and the style it
is based on (a custom "My Heading" based on "Heading 1" is a heading too).
"""

from __future__ import annotations

from dataclasses import dataclass

from packetcoach.readers import safexml
from packetcoach.core.regexes import compiled

W_NS = frozenset({
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict Open XML
})

_HEADING_NAME = compiled(r"heading\s*([1-9])")
_HEADING_ID = compiled(r"Heading([1-9])")
_LIST_NAME = compiled(r"list (?:bullet|number)(?:\s+([2-9]))?")
_MAX_CHAIN = 16  # basedOn hops followed before giving up (cycles exist in the wild)


def is_on(value: str | None) -> bool:
    """An OOXML on/off property: present with no value means on."""
    return value is None or value.lower() not in ("0", "false", "off", "none")


@dataclass
class Style:
    """The few style properties that shape the extracted text."""

    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    numbered: bool = False
    bold: bool | None = None


class StyleSheet:
    """Style ids resolved to headings, lists, bold and tables of contents."""

    def __init__(self, styles: dict[str, Style]) -> None:
        self._styles = styles

    def _chain(self, style_id: str | None) -> list[Style]:
        """The style and those it is based on, nearest first, cycle-safe."""
        chain: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = style.based_on
        return chain

    def heading_level(self, style_id: str | None) -> int | None:
        """1-6 for Title and Heading 1-6 (or an outline level), else None."""
        for style in self._chain(style_id):
            name = style.name.lower()
            match = _HEADING_NAME.fullmatch(name)
            if match:
                return min(int(match.group(1)), 6)
            if name == "title":
                return 1
            if style.outline is not None and 0 <= style.outline < 9:
                return min(style.outline + 1, 6)
        if style_id and not self._styles:  # no styles.xml: trust English ids
            match = _HEADING_ID.fullmatch(style_id)
            return min(int(match.group(1)), 6) if match else (1 if style_id == "Title" else None)
        return None

    def list_level(self, style_id: str | None) -> int | None:
        """The list depth a List Bullet/Number style (or a numbered style) implies."""
        for style in self._chain(style_id):
            match = _LIST_NAME.fullmatch(style.name.lower())
            if match:
                return int(match.group(1)) - 1 if match.group(1) else 0
            if style.numbered:
                return 0
        if style_id and not self._styles and style_id.startswith(("ListBullet", "ListNumber")):
            return 0
        return None

    def is_contents(self, style_id: str | None) -> bool:
        """Whether the paragraph is a table-of-contents line (repeats the headings)."""
        chain = self._chain(style_id)
        return bool(chain) and chain[0].name.lower().startswith("toc ")

    def bold(self, style_id: str | None) -> bool:
        """Whether a character style makes its runs bold (e.g. "Strong")."""
        for style in self._chain(style_id):
            if style.bold is not None:
                return style.bold
            if style.name.lower() == "strong":
                return True
        return False


class _StylesHandler:
    """Collects Style records from styles.xml as it streams past."""

    def __init__(self) -> None:
        self.styles: dict[str, Style] = {}
        self._path: list[str] = []
        self._current: Style | None = None

    def start(self, ns: str, name: str, attrs: dict[str, str]) -> None:
        parent = self._path[-1] if self._path else ""
        self._path.append(name)
        if ns not in W_NS:
            return
        if name == "style":
            self._current = Style()
            self.styles[attrs.get("styleId", "")] = self._current
            return
        style = self._current
        if style is None or "style" not in self._path:
            return
        value = attrs.get("val")
        if name == "name" and parent == "style":
            style.name = value or ""
        elif name == "basedOn" and parent == "style":
            style.based_on = value
        elif name == "outlineLvl" and parent == "pPr":
            style.outline = _int(value)
        elif name == "numPr" and parent == "pPr":
            style.numbered = True
        elif name == "numId" and parent == "numPr" and value == "0":
            style.numbered = False
        elif name == "b" and parent == "rPr" and self._path[-3:-2] == ["style"]:
            style.bold = is_on(value)

    def end(self, ns: str, name: str) -> None:
        self._path.pop()
        if name == "style":
            self._current = None

    def text(self, data: str) -> None:
        pass


def load_styles(data: bytes | None, where: str) -> StyleSheet:
    """The style sheet from styles.xml (an empty one when the part is absent)."""
    handler = _StylesHandler()
    if data is not None:
        safexml.parse(data, handler, where, "word/styles.xml")
    return StyleSheet(handler.styles)


def _int(value: str | None) -> int | None:
    """An integer attribute, or None when it is missing or not a number."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
