"""The text layer scans linearly: markup, sentences and items give the same results as the first
implementations, which rescanned the rest of the text at every bracket, dot or abbreviation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach.core.model import Span
from packetcoach.text import structure
from scaling import assert_linear






_OLD_MARKUP_RE = re.compile(
    r"(?P<link>!?\[(?=[^\]]*\]\([^)]*\)))|(?P<target>\]\([^)]*\))|(?P<emph>\*{1,3}|_{2,3}|`+|~~)"
    r"|(?P<under>(?<!\w)_(?=\w)|(?<=\w)_(?!\w))|(?P<tag><[/!]?[a-zA-Z][^<>]*>)"
    r"|(?P<quote>(?<=\n) {0,3}>[ \t]?)"  # a quote's marker on a later line (only its ">" and after blanked)
)
_OLD_SENTENCE_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9$€£])")


def _old_markup_view(text: str) -> str:
    return _OLD_MARKUP_RE.sub(lambda m: m.group().replace(">", " ").replace("\t", " ") if m.lastgroup == "quote"
                              else " " * (m.end() - m.start()), text)


def _old_split_sentences(view: str, span: Span) -> list[Span]:
    """The first splitter, with one later rule: a single character ends no sentence only when it is
    a letter (an initial) or the whole sentence (a list's "3."); "to 4. I found" is two."""
    sentences, start = [], span.start
    for match in _OLD_SENTENCE_END_RE.finditer(view, span.start, span.end):
        word = re.search(r"(\S+)$", view[start:match.start()])
        before = word.group(1).lower().rstrip(".") if word else ""
        sentence = view[start:match.start()].strip()
        one_letter = len(before) == 1 and (before.isalpha() or sentence == before)
        if match.group().startswith(".") and (before in structure.ABBREVIATIONS or one_letter):
            continue
        sentences.append(structure._trim(view, Span(start, match.end())))
        start = match.end()
    if start < span.end:
        sentences.append(structure._trim(view, Span(start, span.end)))
    return [s for s in sentences if s.end > s.start]


_MARKUP_ALPHABET = list("[]()!*_`~<>/a b1\n") + ["\n> ", "\n  >", "\n    >", "](", "![", "**", "__", "___", "~~", "<a ", "</b>", "<!x>", "word"]
_SENTENCE_ALPHABET = ["e.g", "i.e", "etc", "Mr", "No", "A", "B", "x", "word", "approx", "U.S", "1.5", "3",
                      ".", ". ", "! ", "? ", "...", "!?", ".\"", ".)", " ", "\n", "$", "(", "“", "’"]


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(_MARKUP_ALPHABET), max_size=30).map("".join))
def test_markup_view_is_the_first_implementation(text: str) -> None:
    assert structure.markup_view(text) == _old_markup_view(text)


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_ALPHABET), max_size=40).map("".join), st.integers(0, 5))
def test_split_sentences_is_the_first_implementation(view: str, skip: int) -> None:
    span = Span(min(skip, len(view)), len(view))
    assert structure.split_sentences(view, span) == _old_split_sentences(view, span)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_markup_view_and_sentences_agree_on_any_text(text: str) -> None:
    assert structure.markup_view(text) == _old_markup_view(text)
    view = structure.markup_view(text)
    assert structure.split_sentences(view, Span(0, len(view))) == _old_split_sentences(view, Span(0, len(view)))


@pytest.mark.parametrize("unit", ["[", "](", "[a](", ".", "!?", "e.g. A ", "_", "~"])
def test_markup_and_sentence_runs_are_linear(unit: str) -> None:
    """Each of these took seconds to minutes at 40-100 KB: every position rescanned the rest."""
    def work(size: int) -> None:
        view = structure.markup_view(unit * (size // len(unit)))
        structure.split_sentences(view, Span(0, len(view)))

    assert_linear(work, 40_000)


@pytest.mark.parametrize("unit", ["Short line\n", "A. B\n", "Done.\nNext\n"])
def test_statements_of_a_slide_are_linear(unit: str) -> None:
    """A slide's lines each end a statement: the breaks are found once and bisected per sentence."""
    def work(size: int) -> None:
        view = unit * (size // len(unit))
        structure.split_statements(view, Span(0, len(view)))

    assert_linear(work, 40_000)


from hypothesis import given as _given, settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402


@_settings(max_examples=300, deadline=None)
@_given(_st.text(alphabet="ab ,.!?\n\r-'’é\u200b", max_size=400))
def test_the_cheap_bounds_are_never_below_the_true_counts(text: str) -> None:
    from packetcoach.profile.lexicon import TOKEN_RE
    from packetcoach.text import limits

    text = text * 60  # past the length at which the bounds are computed
    assert limits._token_bound(text) >= len(TOKEN_RE.findall(text))
    assert limits._line_bound(text) >= len(limits._LINE_BREAK_RE.findall(text))
    assert limits._part_bound(text) >= len(re.findall(limits._PART, text, re.MULTILINE))


@_settings(max_examples=300, deadline=None)
@_given(_st.text(max_size=200) | _st.text(alphabet=_st.characters(max_codepoint=127), max_size=200))
def test_marks_are_counted_alike_on_the_ascii_fast_path(text: str) -> None:
    from packetcoach.text import limits

    assert limits._marks(text) == len(limits._WORD_OR_SPACE_RE.sub("", text))
