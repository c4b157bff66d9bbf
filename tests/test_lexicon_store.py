"""The item lexicon kept in the user cache: a stored lexicon reads every word sequence exactly as
the one filed from the profile, its key changes with the profile's files and the filing code, and
anything it cannot trust is filed again."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach.profile import lexicon_store
from packetcoach.profile.compile import compile_rubric
from packetcoach.profile.lexicon import Match, PhraseMatcher, tokenize
from packetcoach.profile.load import load_profile

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FILED = compile_rubric(load_profile("amazon-pm")).lexicon  # no key: filed, nothing stored
STORED = lexicon_store.StoredMatcher(lexicon_store._index(json.loads(json.dumps(lexicon_store.index_data(FILED)))))


def _loaded_paused() -> lexicon_store.StoredMatcher:
    """The stored lexicon as the console script loads it, the collector paused: lists, as parsed."""
    gc.disable()
    try:
        return lexicon_store.StoredMatcher(lexicon_store._index(json.loads(json.dumps(lexicon_store.index_data(FILED)))))
    finally:
        gc.enable()


STORED_PAUSED = _loaded_paused()
#: The lexicon's phrases of two words or more, as words: runs of them, their beginnings and single
#: words (known or not) make sequences where phrases of several lengths start at one word.
PHRASES = sorted(words for groups in FILED._by_first.values() for size, table in groups if size > 1 for words in table)
WORDS = sorted(set(list(FILED._group_index().singles)[:400]) | {"the", "of", "zyzzyva", "'s", "."})
PIECES = st.one_of(st.sampled_from(PHRASES), st.sampled_from(PHRASES).map(lambda words: words[:-1]),
                   st.sampled_from(WORDS).map(lambda word: (word,)))


def _by_group(matcher: PhraseMatcher, words: tuple[str, ...]) -> dict[str, list[Match]]:
    """What longest_by_group means, from the first-word index: at each word, its phrases longest
    first, and per group the first that starts where the group's last match ended or later."""
    result: dict[str, list[Match]] = {}
    free: dict[str, int] = {}
    for index in range(len(words)):
        for size, table in matcher._by_first.get(words[index], ()):
            for _, phrase, group, sub in table.get(tuple(words[index:index + size]), ()):
                if free.get(group, 0) <= index:
                    result.setdefault(group, []).append(Match(index, index + size - 1, sub, phrase))
                    free[group] = index + size
    return result


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=8))
def test_a_stored_lexicon_matches_as_the_filed_one(pieces: list[tuple[str, ...]]) -> None:
    words_ = tuple(word for piece in pieces for word in piece)
    assert FILED.longest_by_group(words_) == _by_group(FILED, words_)
    for stored in (STORED, STORED_PAUSED):
        assert stored.longest_by_group(words_) == FILED.longest_by_group(words_)
        assert stored.longest(words_) == FILED.longest(words_)
        assert list(stored.iter_matches(words_)) == list(FILED.iter_matches(words_))
        assert [stored.at(words_, i) for i in range(len(words_))] == [FILED.at(words_, i) for i in range(len(words_))]


def test_only_a_load_the_collector_would_walk_is_made_tuples() -> None:
    for stored, kind in ((STORED, tuple), (STORED_PAUSED, list)):
        following = next(iter(stored._stored.pairs.values()))
        assert isinstance(following, kind)
        assert isinstance(stored._stored.labels, kind)


def test_the_stored_lexicon_holds_each_label_once() -> None:
    """Each label is named once, in the labels' table; an entry holds its number."""
    index = STORED_PAUSED._stored
    names = [label for label, _, _ in index.labels]
    assert len(names) == len(set(names)) and "persona/external" in names
    values = [*index.singles.values(), *index.longer.values()]
    assert sum(value.__class__ is int for value in values) > 0.7 * len(values)
    assert index.entries(index.singles, "customer") == {"persona/external": "customer"}


def test_the_example_drafts_read_the_same_with_a_stored_lexicon() -> None:
    for path in sorted(EXAMPLES.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = tuple(token.lower for token in tokenize(line))
            assert STORED.longest_by_group(words) == FILED.longest_by_group(words), (path.name, line)


def test_the_second_compile_loads_what_the_first_stored(cache_at) -> None:
    profile = load_profile("amazon-pm")
    key = lexicon_store.key_for(profile.sources)
    first = compile_rubric(profile, key).lexicon
    assert not isinstance(first, lexicon_store.StoredMatcher)
    assert [name for name in os.listdir(cache_at) if name.startswith("lexicon-")] == [f"lexicon-{key}.json"]
    second = compile_rubric(profile, key).lexicon
    assert isinstance(second, lexicon_store.StoredMatcher)
    words = ("convinced", "the", "payments", "vp", "to", "drop", "the", "step", "for", "small", "sellers")
    assert second.longest_by_group(words) == first.longest_by_group(words)


def test_the_key_changes_with_the_profile_files_and_the_filing_code(monkeypatch) -> None:
    sources = load_profile("amazon-pm").sources
    key = lexicon_store.key_for(sources)
    assert key and lexicon_store.key_for(sources) == key
    assert lexicon_store.key_for(((sources[0][0], "another text"),) + sources[1:]) != key
    assert lexicon_store.key_for(()) is None  # a profile built in memory is filed, never stored
    real = lexicon_store.read_package_bytes
    monkeypatch.setattr(lexicon_store, "read_package_bytes",
                        lambda *parts: real(*parts) + (b"\n# edited" if parts[-1] == "lexicon.py" else b""))
    assert lexicon_store.key_for(sources) != key


def test_a_stored_lexicon_it_cannot_read_is_filed_again(cache_at) -> None:
    profile = load_profile("amazon-pm")
    key = lexicon_store.key_for(profile.sources)
    from packetcoach.core import cache

    cache.store(lexicon_store.KIND, key, {"singles": [], "pairs": {}})
    assert lexicon_store.load(key) is None
    lexicon = compile_rubric(profile, key).lexicon
    assert not isinstance(lexicon, lexicon_store.StoredMatcher) and lexicon.longest_by_group(("customers",))


@pytest.mark.parametrize("paused", [False, True])
def test_a_stored_matcher_takes_new_phrases_and_keeps_its_own(paused: bool) -> None:
    stored = _loaded_paused() if paused else lexicon_store.StoredMatcher(lexicon_store._index(lexicon_store.index_data(FILED)))
    stored.add("extra/extra", ["zyzzyva flight", "customer"])  # a new phrase, and one it holds
    words = ("zyzzyva", "flight", "for", "customers")
    assert stored.longest_by_group(words)["extra"][0].phrase == "zyzzyva flight"
    assert {group for group in stored.longest_by_group(words)} == \
        {"extra"} | set(FILED.longest_by_group(words))
    fresh = PhraseMatcher()
    fresh.add("extra/extra", ["zyzzyva flight"])
    assert stored.at(words, 0) == fresh.at(words, 0)
