"""Exports of the improved draft: a Word document built from its Markdown.

The draft's blocks come from the same block reader the analysis uses, so a heading, a bullet
(nested by its depth) and a paragraph land in Word as the same kind of block; ``**bold**`` and
``*italic*`` become formatted runs, and a Markdown link keeps only its words (no link is ever
written into the export). python-docx is imported here only, on the first export.
"""

from __future__ import annotations

import io
import re

from packetcoach.text.blocks import parse_blocks

INLINE_RE = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<bold2>.+?)__|(?<![\w*])\*(?P<em>[^*\s][^*]*?)\*(?![\w*])"
                       r"|(?<![\w_])_(?P<em2>[^_\s][^_]*?)_(?![\w_])|`(?P<code>[^`]+)`"
                       r"|!?\[(?P<link>[^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
CONTINUATION_RE = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t>]*")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def runs(text: str) -> list[tuple[str, bool, bool]]:
    """The text of one block as (words, bold, italic) runs, markup removed."""
    out: list[tuple[str, bool, bool]] = []
    at = 0
    for match in INLINE_RE.finditer(text):
        if match.start() > at:
            out.append((text[at:match.start()], False, False))
        groups = match.groupdict()
        if groups["bold"] or groups["bold2"]:
            out.append((groups["bold"] or groups["bold2"], True, False))
        elif groups["em"] or groups["em2"]:
            out.append((groups["em"] or groups["em2"], False, True))
        else:
            out.append((groups["code"] or groups["link"] or "", False, False))
        at = match.end()
    if at < len(text):
        out.append((text[at:], False, False))
    return [run for run in out if run[0]]


def docx_bytes(text: str, title: str = "Draft") -> bytes:
    """The draft as a .docx: headings, bullets by depth and paragraphs, with bold and italic."""
    from docx import Document  # noqa: PLC0415 - lxml and python-docx load for an export only

    document = Document()
    document.core_properties.title = title
    for block in parse_blocks(text):
        if block.kind == "table_row":
            continue  # a table's rows are read for their stories; the export keeps to prose
        content = CONTINUATION_RE.sub(" ", text[block.span.start:block.span.end]).strip()
        if not content:
            continue
        if block.kind == "heading":
            paragraph = document.add_heading(level=min(max(block.level, 1), 9))
        elif block.kind == "list_item":
            depth = min(max(block.level, 1), 3)
            paragraph = document.add_paragraph(style="List Bullet" if depth == 1 else f"List Bullet {depth}")
        else:
            paragraph = document.add_paragraph()
        for words, bold, italic in runs(content):
            run = paragraph.add_run(_xml_safe(words))
            run.bold, run.italic = bold or None, italic or None
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters; a draft pasted from anywhere may hold them."""
    return "".join(ch if _xml_char(ch) else " " for ch in text)


def _xml_char(ch: str) -> bool:
    if ch < " ":
        return ch in "\t\n\r"
    return not ("\ud800" <= ch <= "\udfff" or ch in "\ufffe\uffff")
