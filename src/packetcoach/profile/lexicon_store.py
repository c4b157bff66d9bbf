"""The item lexicon's index as plain data in the user cache, so a check loads it instead of filing
every phrase again.

Compiling a profile files some five thousand phrases (with every form of the verbs that open them)
into the index :meth:`PhraseMatcher.longest_by_group` reads: about 70 M instructions, a tenth of a
1,500-word check, for a result that changes only when the profile does. It is kept as JSON, plain
data that cannot run code, by core/cache.py (its trust rules, its ``PACKETCOACH_NO_CACHE``), under a
key made of the text hash of every file the profile was built from and the text of the code and
data that file the phrases (this module's ``FILING_CODE``): an edit to any of them is a new key,
never a stale index. The index's keys are strings, so loading it is the JSON parse alone, and its
shape makes the parse build few objects (profile/lexicon.py ``_GroupIndex``): most phrases' entries
are one small number, the label's place in a table that names each label, group and sub label once,
since the phrase as written is the words it is filed under; the others are a flat list; a first
word's pairs are one flat list, read into a dict only when a draft meets the word. What comes back
as lists reads the same as the tuples it was, and is made tuples only where the garbage collector
would walk it: the console script loads with the collector paused and then freezes everything it
loaded (frontends/cli/startup.py), so a ``check`` keeps the lists as parsed.
"""

import gc
from functools import cached_property
from operator import itemgetter
from typing import Any, Callable

from packetcoach.core import cache
from packetcoach.core.resources import read_package_bytes
from packetcoach.profile.lexicon import PhraseMatcher, _GroupIndex, _numbered, frozen_index

KIND = "lexicon"
FORMAT = "lexicon-index/3"  # bump when the stored shape changes
#: The files whose text decides how phrases are filed: which lists go in (compile.py), how a phrase
#: becomes words and is filed (lexicon.py), and the verb forms a phrase that opens with a verb takes.
FILING_CODE = (("profile", "compile.py"), ("profile", "lexicon.py"), ("profile", "data", "inflections.tsv"))


def key_for(sources: tuple[tuple[str, str], ...]) -> str | None:
    """The cache key of a loaded profile's lexicon: its files' text hashes and the filing code's text.

    None when the profile has no sources (one built in memory) or the code cannot be read: then the
    lexicon is filed and nothing is stored."""
    if not sources:
        return None
    try:
        code = [read_package_bytes(*parts) for parts in FILING_CODE]  # hashed as read: core/cache.py digest
    except OSError:
        return None
    return cache.digest(FORMAT, *(f"{path}\0{digest}" for path, digest in sources), *code)


def stored_or_filed(key: str | None, file: Callable[[], PhraseMatcher]) -> PhraseMatcher:
    """The lexicon the user cache holds under ``key``; else ``file()``'s, stored there for next time."""
    stored = load(key) if key else None
    if stored is not None:
        return stored
    matcher = file()
    if key:
        store(key, matcher)
    return matcher


def load(key: str) -> PhraseMatcher | None:
    """The stored lexicon, or None when there is none (or it is not what this code stores)."""
    data = cache.load(KIND, key)
    if not isinstance(data, dict):
        return None
    try:
        return StoredMatcher(_index(data))
    except (KeyError, TypeError, ValueError):
        return None


def store(key: str, matcher: PhraseMatcher) -> None:
    cache.store(KIND, key, index_data(matcher))


def index_data(matcher: PhraseMatcher) -> dict[str, Any]:
    """The matcher's group index as JSON data (its tuples become lists, which read the same)."""
    index = matcher._grouped or matcher._group_index()
    return {"singles": index.singles, "longer": index.longer, "pairs": index.pairs, "labels": index.labels}


def _index(data: dict[str, Any]) -> _GroupIndex:
    singles, longer, pairs, labels = data["singles"], data["longer"], data["pairs"], data["labels"]
    if not (isinstance(singles, dict) and isinstance(longer, dict) and isinstance(pairs, dict) and isinstance(labels, (list, tuple))):
        raise TypeError("not a stored lexicon")
    if not gc.isenabled():  # a command loading with the collector paused: its lists are never walked
        return _GroupIndex(singles, longer, pairs, labels, frozenset(singles) | frozenset(pairs))
    return frozen_index(singles, longer, pairs, labels)


class StoredMatcher(PhraseMatcher):
    """A matcher made from a stored group index. Its first-word index (what :meth:`at`,
    :meth:`longest`, :meth:`iter_matches` and :meth:`add` use; reading an item never does) is
    rebuilt from the group index when first asked for."""

    def __init__(self, index: _GroupIndex) -> None:  # noqa: D107 - no super(): _by_first is computed
        self._stored = self._grouped = index  # add() drops _grouped; the stored phrases stay

    @cached_property
    def _by_first(self) -> dict[str, list[tuple[int, dict[tuple[str, ...], Any]]]]:  # type: ignore[override]
        index = self._stored
        sizes: dict[str, dict[int, dict[tuple[str, ...], Any]]] = {}
        labels = index.labels

        def filed(entries: Any, key: str) -> tuple[tuple[str, str, str, str], ...]:
            return tuple([(label, phrase, group, sub) for number, phrase in _numbered(entries, key)
                          for label, group, sub in (labels[number],)])

        for word, entries in index.singles.items():
            sizes[word] = {1: {(word,): filed(entries, word)}}
        for joined, entries in index.longer.items():
            words = tuple(joined.split(" "))
            sizes.setdefault(words[0], {}).setdefault(len(words), {})[words] = filed(entries, joined)
        return {word: sorted(by_size.items(), key=itemgetter(0), reverse=True) for word, by_size in sizes.items()}
