"""Offsets come from the parse: every item and finding slices the original text exactly."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from packetcoach.core.model import LineIndex, Span
from packetcoach.text.structure import markup_view, parse_blocks, split_sentences

DRAFT = """# Impact

I already operate at L6. I cut **seller churn** from 9% to 6% for small sellers. This saved $1.2M a year.

- Convinced the VP to kill the [widget](https://example.invalid) project
  after 3 weeks of data from 40 sellers.
  - Built a caching layer for the catalog.
* Launched `one-click` reorder for grocery shoppers, lifting repeat orders 9%.

• Pasted bullet one about 200 sellers
• Pasted bullet two about 300 buyers

| metric | value |
|---|---|
| churn | 6% |
"""


def test_blocks_and_items_have_exact_offsets() -> None:
    report = analyze(DRAFT)
    texts = [DRAFT[i.start:i.end] for i in report.items]
    assert texts[0].startswith("I cut **seller churn**") and texts[0].endswith("This saved $1.2M a year.")
    assert texts[1].startswith("Convinced the VP") and texts[1].endswith("40 sellers.")
    assert texts[2] == "Built a caching layer for the catalog."
    assert texts[4] == "Pasted bullet one about 200 sellers"
    assert not any("| churn" in t for t in texts), "tables are supporting metrics, not items"


def test_line_and_column_agree_with_offsets() -> None:
    report = analyze(DRAFT)
    index = LineIndex(DRAFT)
    for finding in report.findings:
        line, column = index.line_col(finding.span.start)
        line_text = DRAFT.split("\n")[line - 1]
        assert line_text[column - 1:].startswith(DRAFT[finding.span.start:finding.span.end].split("\n")[0])


def test_markup_view_keeps_length() -> None:
    view = markup_view(DRAFT)
    assert len(view) == len(DRAFT)
    assert "**" not in view and "](" not in view


def test_headings_are_not_items() -> None:
    blocks = parse_blocks(DRAFT)
    assert blocks[0].kind == "heading"
    assert all("Impact" != i.span.text(DRAFT) for i in analyze(DRAFT).items)


def test_crlf_offsets() -> None:
    text = "- Cut churn for sellers from 9% to 6%.\r\n- Built a cache for the catalog.\r\n"
    report = analyze(text)
    assert [text[i.start:i.end] for i in report.items] == [
        "Cut churn for sellers from 9% to 6%.", "Built a cache for the catalog."]


from hypothesis import given as _given, settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from packetcoach.text.numbers import NUMBER_RE, find_numbers  # noqa: E402


@_settings(max_examples=400, deadline=None)
@_given(_st.text(alphabet="0123456789.,$€£ %kKmMxsUSDEURbnp-–to ab\n", max_size=80),
        _st.integers(0, 10), _st.integers(0, 10))
def test_the_number_scanner_finds_what_the_pattern_finds(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    expected = [m.span() for m in NUMBER_RE.finditer(text, start, end)]
    assert [m.span() for m in find_numbers(text, start, end)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Cut the approval wait from 31 hours to 4. I found that approvers ignored the email.",
     ["Cut the approval wait from 31 hours to 4.", "I found that approvers ignored the email."]),
    ("**Cut the approval wait to 4.** I found that approvers ignored the email.",
     ["Cut the approval wait to 4.", "I found that approvers ignored the email."]),
    ("1. Writes clear code. 2. Reviews designs.", ["1. Writes clear code.", "2. Reviews designs."]),
    ("Met J. Smith in May. It went well.", ["Met J. Smith in May.", "It went well."]),
])
def test_a_sentence_ends_after_a_number_but_not_after_an_initial_or_a_list_number(text, expected) -> None:
    view = markup_view(text)
    assert [view[s.start:s.end] for s in split_sentences(view, Span(0, len(view)))] == expected
