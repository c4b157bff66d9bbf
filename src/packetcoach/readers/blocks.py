"""The light Markdown that .docx and .html drafts are turned into.

Both rich formats are reduced to the same few blocks: headings, list items and
paragraphs, with bold kept as ``**bold**`` (a skimming reader sees bold text;
rubric point 18). Writing them as Markdown lets one structure reader serve every
format, and every offset in a report points into this extracted text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

#: List nesting deeper than this is written at this depth (indentation only).
MAX_LIST_DEPTH = 8


@dataclass
class Block:
    """One heading, list item or paragraph, as runs of (text, bold)."""

    kind: str = "para"  # "heading" | "item" | "para" | "continuation" (of an item)
    level: int = 0  # heading level 1-6, or list depth from 0
    runs: list[tuple[str, bool]] = field(default_factory=list)

    def add(self, text: str, bold: bool = False) -> None:
        """Append a run (merged with its neighbours of the same weight at render)."""
        if text:
            self.runs.append((text, bold))

    def merged(self) -> list[tuple[str, bool]]:
        """Adjacent runs of the same weight joined, so bold spans whole phrases.

        Joining once here, not on every add, keeps a paragraph of a million
        one-letter runs linear.
        """
        return [("".join(text for text, _ in group), bold)
                for bold, group in groupby(self.runs, key=lambda run: run[1])]

    def has_text(self) -> bool:
        """Whether the block holds anything but whitespace."""
        return any(text.strip() for text, _ in self.runs)


def render(blocks: list[Block]) -> str:
    """The blocks as Markdown: one block per line group, a blank line between."""
    lines = [_render_block(block) for block in blocks if block.has_text()]
    return "\n\n".join(lines) + "\n" if lines else ""


def _render_block(block: Block) -> str:
    """One block as a Markdown line (or lines, for soft line breaks)."""
    if block.kind == "heading":
        title = " ".join("".join(text for text, _ in block.runs).split())
        return "#" * min(max(block.level, 1), 6) + " " + title
    body = "".join(_render_run(text, bold) for text, bold in block.merged()).strip()
    depth = min(max(block.level, 0), MAX_LIST_DEPTH)
    if block.kind == "item":
        return "  " * depth + "- " + body
    if block.kind == "continuation":  # a second paragraph inside a list item
        return "  " * (depth + 1) + body
    return body


def _render_run(text: str, bold: bool) -> str:
    """A run, with bold markers hugging the words (``**a** b``, not ``** a **``)."""
    if not bold:
        return text
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}**{core}**{trail}"
