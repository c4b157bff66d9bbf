"""A .docx draft as light Markdown, read with the standard library only.

Why not python-docx: it costs 60 ms to import (lxml), its ``paragraphs`` skip
tables, text boxes and content controls, and it opens the zip without the
bomb checks we need anyway. Streaming word/document.xml through expat gives
every paragraph in document order, with the checks of docx_archive and safexml.

What is kept: the text of runs (``w:t``), tabs, line breaks; headings (Title,
Heading 1-6, outline levels) as ``#`` lines; list paragraphs (numbering or a
List Bullet/Number style) as ``- `` lines; bold runs as ``**bold**``. What is
dropped: deleted tracked changes, hidden text, field codes, fallback copies
of drawings (``mc:Fallback``, which would duplicate text boxes), tables of
contents (which repeat the headings).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from packetcoach.readers import safexml
from packetcoach.readers.blocks import MAX_LIST_DEPTH, Block, render
from packetcoach.readers.docx_archive import open_docx
from packetcoach.readers.docx_styles import W_NS, StyleSheet, is_on, load_styles

_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIPPED = frozenset({"del", "moveFrom", "instrText", "delInstrText"})  # in W_NS
_RUN_CHARS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def read_docx(data: bytes, where: str) -> str:
    """The draft's text as light Markdown (see the module docstring)."""
    parts = open_docx(data, where)
    styles = load_styles(parts.styles, where)
    handler = _DocumentHandler(styles)
    safexml.parse(parts.document, handler, where, "word/document.xml")
    return render(handler.blocks)


@dataclass
class _Paragraph:
    """A paragraph being read: its properties, then its runs."""

    style: str | None = None
    numbered: bool = False
    unnumbered: bool = False  # numId 0: numbering explicitly switched off
    level: int = 0
    outline: int | None = None
    block: Block = field(default_factory=Block)


@dataclass
class _Run:
    """The properties of the run being read, as far as they matter."""

    bold: bool | None = None
    style: str | None = None
    hidden: bool = False


class _DocumentHandler:
    """Turns the stream of document.xml elements into Blocks."""

    def __init__(self, styles: StyleSheet) -> None:
        self.blocks: list[Block] = []
        self._styles = styles
        self._path: list[str] = []
        self._paragraphs: list[_Paragraph] = []  # a stack: text boxes nest paragraphs
        self._run = _Run()
        self._skip = 0  # depth inside a subtree whose text is dropped
        self._in_text = False

    def start(self, ns: str, name: str, attrs: dict[str, str]) -> None:
        if self._skip or (ns == _MC_NS and name == "Fallback") or (ns in W_NS and name in _SKIPPED):
            self._skip += 1
            return
        parent = self._path[-1] if self._path else ""
        grandparent = self._path[-2] if len(self._path) > 1 else ""
        self._path.append(name)
        if ns not in W_NS:
            return
        if name == "p":
            self._paragraphs.append(_Paragraph())
        elif name == "r":
            self._run = _Run()
        elif name == "t":
            self._in_text = True
        elif parent == "r" and name in _RUN_CHARS:
            self._add(_RUN_CHARS[name])
        elif parent == "rPr" and grandparent == "r":
            self._run_property(name, attrs.get("val"))
        elif self._paragraphs and "pPr" in (parent, grandparent):
            self._paragraph_property(name, attrs.get("val"), parent)

    def end(self, ns: str, name: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        self._path.pop()
        if ns not in W_NS:
            return
        if name == "t":
            self._in_text = False
        elif name == "p" and self._paragraphs:
            self._finish(self._paragraphs.pop())

    def text(self, data: str) -> None:
        if self._in_text and not self._skip:
            self._add(data)

    def _add(self, text: str) -> None:
        """Add run text to the innermost open paragraph, with the run's weight."""
        if not self._paragraphs or self._run.hidden:
            return
        bold = self._run.bold if self._run.bold is not None else self._styles.bold(self._run.style)
        self._paragraphs[-1].block.add(text, bold)

    def _run_property(self, name: str, value: str | None) -> None:
        """Record the bold, character style and hidden properties of the run."""
        if name == "b":
            self._run.bold = is_on(value)
        elif name == "rStyle":
            self._run.style = value
        elif name == "vanish":
            self._run.hidden = is_on(value)

    def _paragraph_property(self, name: str, value: str | None, parent: str) -> None:
        """Record the style, numbering and outline level of the open paragraph."""
        paragraph = self._paragraphs[-1]
        if parent == "pPr" and name == "pStyle":
            paragraph.style = value
        elif parent == "pPr" and name == "outlineLvl":
            paragraph.outline = _small_int(value)
        elif parent == "pPr" and name == "numPr":
            paragraph.numbered = True
        elif parent == "numPr" and name == "numId" and value == "0":
            paragraph.numbered, paragraph.unnumbered = False, True
        elif parent == "numPr" and name == "ilvl":
            paragraph.level = _small_int(value) or 0

    def _finish(self, paragraph: _Paragraph) -> None:
        """Decide what the finished paragraph is, and keep it as a Block."""
        block = paragraph.block
        if not block.has_text() or self._styles.is_contents(paragraph.style):
            return
        heading = self._styles.heading_level(paragraph.style)
        if paragraph.outline is not None and 0 <= paragraph.outline < 9:
            heading = min(paragraph.outline + 1, 6)
        list_level = self._styles.list_level(paragraph.style)
        if heading is not None:
            block.kind, block.level = "heading", heading
        elif not paragraph.unnumbered and (paragraph.numbered or list_level is not None):
            block.kind = "item"
            block.level = paragraph.level if paragraph.numbered else (list_level or 0)
        self.blocks.append(block)


def _small_int(value: str | None) -> int | None:
    """A level attribute as an int in 0..MAX_LIST_DEPTH, None when unusable."""
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > 3:
        return None
    return min(int(value), MAX_LIST_DEPTH + 1)
