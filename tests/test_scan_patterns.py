"""The patterns rewritten to open with a character the engine scans for find exactly what their plain
forms find (docs/decisions.md, "A pattern searched over a draft opens with a character the engine
can scan for"): compared on random text built from the characters each one looks at."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach.analysis.facts import ACRONYM_RE
from packetcoach.profile.compile import rubric_for
from packetcoach.text import structure, voice

PIECES = ["She ", "she", "He", "he ", "her", "His", "his", "I", "I'm ", "I’ve", "x", "é", " ", "\t", "\n",
          ".", "!", "?", ":", ";", "- ", "1. ", "**", "__", "_", "`", "~~", "[", "](", ")", "]", "<b>", "!",
          "\"", "“", "Ann ", "Bo ", "runs ", "a", "'s", "’d", "9", "NASA", "KPIs", "Q3", "&", "B"]

texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"  # spaces, or one line break: a wrapped line keeps "I" with its verb


def spans(found):
    return [(m.span(), m.groups()) for m in found]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_first_character_patterns_find_what_the_plain_ones_find(text, start, cut):
    end = max(start, len(text) - cut)
    plain = {
        ACRONYM_RE: re.compile(r"\b[A-Z][A-Z0-9&]{1,5}s?\b"),
        voice._I_BEFORE_WORD_RE: re.compile(r"\bI(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?" + GAP + "[a-z]"),
        voice._PRONOUN_RE: re.compile(r"\b([Ss]he|[Hh]e|[Hh]er|[Hh]is)(?:['’](?:s|d|ll))?" + GAP + "[a-z]"),
        structure.SENTENCE_END_RE: re.compile(r"(?<![.!?])" + structure._END),
    }
    for scanned, written in plain.items():
        assert spans(scanned.finditer(text, start, end)) == spans(written.finditer(text, start, end))


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40))
def test_openings_and_markup_are_found_where_a_search_at_every_character_finds_them(text, start):
    pattern = voice._start_pattern(rubric_for("amazon-pm"))
    assert spans(voice._sentence_starts(text, pattern)) == spans(pattern.finditer(text))
    assert spans(filter(None, [structure._next_markup(text, start)])) == \
        spans(filter(None, [structure.MARKUP_RE.search(text, start)]))
