"""The block reader agrees with markdown-it-py (the reference CommonMark parser) on drafts.

markdown-it-py is a test dependency only: the product reads blocks itself for speed and exact
offsets (docs/decisions.md); this differential test keeps the two in step.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from packetcoach.text.blocks import parse_blocks
from packetcoach.text.structure import markup_view

ROOT = Path(__file__).resolve().parents[1]
_MD = MarkdownIt("commonmark").enable("table")


def reference_blocks(text: str) -> list[tuple[str, str]]:
    """Blocks as markdown-it-py sees them: (kind, content lines joined), tables skipped."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    blocks, context = [], []
    for token in _MD.parse(text):
        if token.type.endswith("_open"):
            context.append(token.type)
        elif token.type.endswith("_close"):
            context.pop()
        elif token.type == "inline" and token.map and "table_open" not in context:
            kind = "heading" if "heading_open" in context else (
                "list_item" if context[-2:-1] == ["list_item_open"] else "paragraph")
            blocks.append((kind, " ".join(token.content.split())))
    del starts
    return blocks


def our_blocks(text: str) -> list[tuple[str, str]]:
    """Our blocks' content, read through the view the analysis reads (a quote's ``>`` on its later
    lines blanked), with inline markup kept as markdown-it-py keeps it."""
    view = QUOTE_LINE_RE.sub(lambda m: " " * len(m.group()), text)
    return [(b.kind, " ".join(view[b.span.start:b.span.end].split())) for b in parse_blocks(text)
            if b.kind != "table_row"]  # a table's body rows, which markdown-it-py keeps as a table


QUOTE_LINE_RE = re.compile(r"(?<=\n) {0,3}> ?")


def test_the_view_blanks_a_quotes_later_markers_and_nothing_else() -> None:
    text = '> "Both sides trust\n> it to be fair." It is > 40%.\n'
    view = markup_view(text)
    assert len(view) == len(text)
    assert " ".join(view.split()) == '> "Both sides trust it to be fair." It is > 40%.'


def test_a_dash_under_a_quote_is_its_attribution_not_a_bullet() -> None:
    text = '> "Her plan is the first one finance used."\n> — Hannah Ode, Finance Director\n\nResults:\n— cut waits\n'
    assert [b.kind for b in parse_blocks(text)] == ["paragraph", "paragraph", "list_item"]


def test_agrees_on_every_shipped_draft() -> None:
    paths = sorted((ROOT / "examples").glob("*.md")) + sorted((ROOT / "corpus" / "packets").glob("*.md"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert our_blocks(text) == reference_blocks(text), path.name


def test_offsets_are_content_of_the_line() -> None:
    text = "# Title #\n\n1. First item\n   continues here\n   - nested **bold**\n\n> quoted line\n"
    blocks = parse_blocks(text)
    assert [text[b.span.start:b.span.end] for b in blocks] == [
        "Title", "First item\n   continues here", "nested **bold**", "quoted line"]
    assert [b.kind for b in blocks] == ["heading", "list_item", "list_item", "paragraph"]
    assert [b.level for b in blocks][:3] == [1, 1, 2]


def test_skips_code_tables_comments_and_link_definitions() -> None:
    text = ("Intro line.\n\n```\n- not an item\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
            "<!-- a comment\n- not an item -->\n\n[ref]: https://example.invalid\n\n    indented code\n")
    assert our_blocks(text) == [("paragraph", "Intro line.")]


def test_setext_headings_and_glyph_bullets() -> None:
    text = "Impact\n======\n\n• pasted bullet one\n• pasted bullet two\n"
    assert our_blocks(text) == [("heading", "Impact"), ("list_item", "pasted bullet one"),
                                ("list_item", "pasted bullet two")]


WORD = st.sampled_from(["sellers", "cut", "churn", "from", "9%", "to", "6%", "Launched", "the", "wallet",
                        "for", "Prime", "members", "$1.8M", "in", "Q3", "I", "we"])
LINE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)


@st.composite
def simple_markdown(draw) -> str:
    """Headings, paragraphs and bullet lists nested by two spaces: the shapes drafts use."""
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list"]))
        if kind == "heading":
            parts.append("#" * draw(st.integers(1, 3)) + " " + draw(LINE))
        elif kind == "paragraph":
            parts.append("\n".join(draw(st.lists(LINE, min_size=1, max_size=3))))
        else:
            depth, lines = 0, []
            for _ in range(draw(st.integers(1, 5))):
                depth = draw(st.integers(0, min(depth + 1, 2)))
                lines.append("  " * depth + "- " + draw(LINE))
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


@settings(max_examples=150, deadline=None)
@given(simple_markdown())
def test_agrees_with_markdown_it_on_generated_drafts(text: str) -> None:
    assert our_blocks(text) == reference_blocks(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_and_spans_stay_inside(text: str) -> None:
    for block in parse_blocks(text):
        assert 0 <= block.span.start <= block.span.end <= len(text)


# ---- reading in pieces (the Session's incremental block reading) gives the same blocks ----

from hypothesis import given as _given, settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from packetcoach.text.blocks import chunk_starts, parse_blocks_cached  # noqa: E402

_LINES = _st.sampled_from([
    "# Heading", "## Second | with pipe", "#nohash", "   # indented heading", "- bullet one", "  - nested",
    "1. numbered", "Plain paragraph text.", "continued line", "", "", "> quoted", "<div>", "</div>",
    "<!-- packetcoach: ignore hedge -->", "<!-- open comment", "still comment -->", "```", "code", "~~~",
    "| a | b |", "|---|---|", "---", "Setext", "===", "    indented code", "[ref]: http://x",
    "* starred bullet", "+ plus bullet", "- - -", "-not a bullet", "- a | b", "Text | with pipe", "  lazy line",
    "   - three in", "> - quoted bullet", "<p>inline html</p>", "\u00a0", " \t", "\u00c9cole first", "\u00bd half",
    "2) second", "- ", "-", "_under", "* * *",
])


@_settings(max_examples=300, deadline=None)
@_given(_st.lists(_LINES, max_size=30), _st.lists(_st.tuples(_st.integers(0, 30), _LINES), max_size=4))
def test_pieces_read_the_same_as_the_whole(lines, edits) -> None:
    cache: dict = {}
    for at, line in [(None, None), *edits]:
        if at is not None:
            lines = list(lines)
            lines.insert(at % (len(lines) + 1), line)
        text = "\n".join(lines) + "\n"
        assert parse_blocks_cached(text, cache) == parse_blocks(text)


def test_no_pieces_when_a_fence_or_an_open_comment_could_swallow_a_heading() -> None:
    assert chunk_starts("# A\ntext\n```\n# not a heading\n```\n") is None
    assert chunk_starts("# A\n<!-- open\n# inside\n-->\n") is None
    assert chunk_starts("# A\n<div>\n# swallowed\n\n# B\n") == [0, 23]
    assert chunk_starts("# A\ntext\n\n## B\n") == [0, 10]
