"""The size limits' cheap counts are upper bounds: a draft within them is never refused by mistake."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach.profile.lexicon import TOKEN_RE
from packetcoach.text import limits

ASCII = st.text(alphabet=st.sampled_from("ab_9Z \t\n\r\x0b\x0c\x1c.,!?-'\"#*>%$"), min_size=1, max_size=60)


@settings(max_examples=40, deadline=None)
@given(unit=ASCII)
def test_the_token_bound_of_a_long_ascii_draft_is_never_below_its_tokens(unit: str) -> None:
    text = unit * (limits.MAX_TOKENS // len(unit) + 1)  # long enough that the bound is counted, not taken from its length
    assert limits._token_bound(text) >= len(TOKEN_RE.findall(text))


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(ASCII, st.text(max_size=60)))
def test_the_part_bound_counts_line_breaks_and_sentence_ends(text: str) -> None:
    expected = 1 + sum(text.count(mark) for mark in "\n\r.!?")
    assert limits._part_bound(text) == expected


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(ASCII, st.text(max_size=60)), repeat=st.sampled_from([1, 400]))
def test_the_bounds_counted_together_are_those_counted_apart(text: str, repeat: int) -> None:
    text *= repeat
    tokens, lines, parts = limits._bounds(text)
    assert (lines, parts) == (limits._line_bound(text), limits._part_bound(text))
    assert tokens >= len(TOKEN_RE.findall(text))
