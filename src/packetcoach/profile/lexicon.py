"""Words to tokens, and lexicons to fast phrase matchers.

Matching works on lower-cased tokens, never on substrings, so "ms" does not fire
inside "teams" and a phrase's offsets are the tokens' own offsets. A phrase that
starts with a verb lemma matches every inflected form of the verb, from the
table that scripts/build_inflections.py generates at development time.
"""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
import re
import unicodedata
from functools import lru_cache
from operator import itemgetter
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from packetcoach.core.resources import read_package_text
from packetcoach.core.model import Token
from packetcoach.core.regexes import compiled

TOKEN_RE = compiled(r"[\w]+(?:[-'’][\w]+)*|->|[^\w\s]", re.UNICODE)

#: Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, the
#: invisible operators, zero-width no-break space (BOM), soft hyphen, Mongolian vowel separator.
INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
_I = f"[{INVISIBLE}]*"
#: Text that is not all ASCII: an invisible character inside a word is part of the word ("Bu\u200bilt"
#: is one token, not "Bu", a mark and "ilt"). A word still starts with a letter or digit. The two
#: loops cannot trade characters (invisible ones are not \w), so nothing backtracks.
WIDE_TOKEN = rf"\w(?:{_I}\w)*{_I}(?:[-'’]\w(?:{_I}\w)*{_I})*|->|[^\w\s]"  # compiled when first used
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


@lru_cache(maxsize=1)
def lookalikes() -> dict[int, str]:
    """Letters of other scripts that look like Latin ones (Cyrillic В, Greek Ο) -> the Latin letter."""
    table: dict[int, str] = {}
    for line in read_package_text("profile", "data", "lookalikes.tsv").splitlines():
        if line and not line.startswith("#"):
            char, latin, _ = line.split("\t", 2)
            table[ord(char)] = latin
    return table


def fold(word: str) -> str:
    """What a word is matched as: NFKC (fullwidth and mathematical letters become plain ones),
    invisible characters removed, look-alike letters of other scripts made Latin, lower case,
    and a typographic apostrophe made plain. ``fold("𝐁u\u200bilt") == "built"``."""
    folded = unicodedata.normalize("NFKC", word).translate(_DROP_INVISIBLE)
    return folded.translate(lookalikes()).lower().replace("’", "'")


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded character by character as :func:`fold` folds a word (case aside), with the
    index in ``text`` of each folded character: for patterns that run over text rather than
    words. ASCII text comes back as it is, with None for the identity map."""
    if text.isascii():
        return text, None
    table, pieces, where = lookalikes(), [], []
    for index, char in enumerate(text):
        if char.isascii():
            pieces.append(char)
            where.append(index)
            continue
        folded = unicodedata.normalize("NFKC", char).translate(_DROP_INVISIBLE).translate(table)
        pieces.append(folded)
        where.extend([index] * len(folded))
    return "".join(pieces), where


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens with absolute offsets into the original text; ``lower`` is what lexicons match.

    Each token keeps its original span, invisible characters and all, so a finding underlines
    exactly what the writer typed; ``lower`` comes from :func:`fold`. ASCII text, the common
    case, takes the first path: lower-casing the whole text once and slicing both strings is
    several times faster than lower-casing each token, and tokenising is the inner loop of
    reading a draft.
    """
    if text.isascii():
        lowered = text.lower()
        return tuple([_new(Token, (text[start:end], lowered[start:end], start + offset, end + offset))
                      for start, end in (m.span() for m in TOKEN_RE.finditer(text))])
    return tuple([_new(Token, (word, word.lower() if word.isascii() else fold(word), start + offset, end + offset))
                  for word, start, end in ((m.group(), m.start(), m.end()) for m in re.finditer(WIDE_TOKEN, text))])


_new = tuple.__new__

#: TOKEN_RE for text known to be ASCII: the same tokens (on ASCII, ``\w`` is exactly these
#: characters), found about twice as fast since the engine tests a plain character set.
ASCII_TOKEN_RE = compiled(r"[A-Za-z0-9_]+(?:[-'’][A-Za-z0-9_]+)*|->|[^A-Za-z0-9_\s]")


def tokenize_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[tuple[Token, ...], tuple[str, ...]]]:
    """The tokens of each span of ``text`` (offsets into ``text``) and their ``lower`` words, as
    :func:`tokenize` gives them for ``text[start:end]``.

    A block is read sentence by sentence, but on ASCII text (nearly every draft) it is lower-cased
    once and each span is scanned in place (``finditer`` with bounds: the token pattern looks at
    nothing outside the span), instead of copying and lower-casing every sentence on its own. The
    lower-cased words come back too, since every lexicon matches them next.
    """
    if not text.isascii():
        found = []
        for start, end in spans:
            tokens = tokenize(text[start:end], start)
            found.append((tokens, tuple([token.lower for token in tokens])))
        return found
    lowered = text.lower()
    finditer = ASCII_TOKEN_RE.finditer
    found = []
    for start, end in spans:
        tokens = tuple([_new(Token, (text[first:last], lowered[first:last], first, last))
                        for first, last in map(_SPAN, finditer(text, start, end))])
        found.append((tokens, tuple(map(_LOWER, tokens))))
    return found


_SPAN = re.Match.span
_LOWER = itemgetter(1)  # Token.lower


class LazyTokens:
    """The tokens of ``text[start:end]`` as :func:`tokenize_spans` gives them, made on first read.

    A heading, or a block in a section the evidence leaves out, is read for no item: its sentences'
    words feed the lexicon and the passage's facts, and their tokens are asked for only where a
    phrase found there is placed (a few sentences a draft, if any). Read like the tuple it stands
    for (index, slice, iterate, ``len``, ``==``); the tuple, once made, is kept."""

    __slots__ = ("_text", "_start", "_end", "_made")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end, self._made = text, start, end, None

    def _tokens(self) -> tuple[Token, ...]:
        made = self._made
        if made is None:
            made = self._made = tokenize_spans(self._text, ((self._start, self._end),))[0][0]
        return made

    def __getitem__(self, index):
        return self._tokens()[index]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._tokens())

    def __len__(self) -> int:
        return len(self._tokens())

    def __eq__(self, other: object) -> bool:
        return self._tokens() == (other._tokens() if isinstance(other, LazyTokens) else other)

    __hash__ = None  # type: ignore[assignment]  # as a tuple of tokens in a Sentence, whose hits dict is not hashable either

    def __repr__(self) -> str:
        return repr(self._tokens())


def lowered_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[Sequence[Token], tuple[str, ...]]]:
    """:func:`tokenize_spans` for a block whose tokens are seldom read: on ASCII text each span's
    ``lower`` words are found in C (the token pattern, whose classes hold both cases, finds the same
    words in the lower-cased text), its tokens left to :class:`LazyTokens`."""
    if not text.isascii():
        return tokenize_spans(text, spans)
    findall = ASCII_TOKEN_RE.findall
    lowered = text.lower()
    return [(LazyTokens(text, start, end), tuple(findall(lowered, start, end))) for start, end in spans]


SIMPLE_PHRASE_RE = compiled(r"[a-z ]+")


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as the tokens it must match (fast path for plain lower-case words)."""
    if SIMPLE_PHRASE_RE.fullmatch(phrase):
        return tuple(phrase.split())
    return tuple(token.lower for token in tokenize(phrase))


@lru_cache(maxsize=1)
def inflection_table() -> dict[str, frozenset[str]]:
    """lemma -> all its forms, from the shipped table."""
    table: dict[str, frozenset[str]] = {}
    text = read_package_text("profile", "data", "inflections.tsv")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            lemma, forms = line.split("\t")
            table[lemma] = frozenset(forms.split(","))
    return table


def regular_forms(lemma: str) -> frozenset[str]:
    """Forms of a verb the shipped table does not know, by the regular English rules."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    return frozenset({lemma, past, ing, third})


def verb_forms(lemma: str) -> frozenset[str]:
    lemma = lemma.lower()
    return inflection_table().get(lemma) or regular_forms(lemma)


class Match(NamedTuple):
    """A phrase found in a token sequence: token index range and the lexicon's label."""

    first: int
    last: int  # inclusive
    label: str
    phrase: str


class _GroupIndex(NamedTuple):
    """The phrases as :meth:`PhraseMatcher.longest_by_group` looks them up. Every key is a string,
    so the index is plain JSON data as it is (profile/lexicon_store.py keeps it in the user cache),
    and its values are numbers, strings and flat lists of them: a check parses it at every start,
    and JSON's decoder makes an object for every dict, list and string value it reads.

    A phrase's entries (under its word in ``singles``, under its joined words in ``longer``) are
    the number of its one label in ``labels`` when the phrase as written is those words (most
    are), else a flat list of label numbers and phrases as written, ``""`` for the words
    themselves: :meth:`entries` reads either. A number of the labels' count is one the
    interpreter never makes anew. A first word's pairs are a flat list of second words and the
    lengths of the phrases that start with both (a number, or a list longest first), read into a
    dict the first time a draft meets the word (:meth:`following`). ``labels`` holds each label
    with its group and sub label once."""

    singles: dict[str, Any]  # word -> the entries of the phrase that is this one word
    longer: dict[str, Any]  # the words of a longer phrase, joined by spaces -> its entries
    # first word -> [second word, lengths, ...]: the lengths of the phrases that start with both
    # words. A token never holds a space, so joined words name one phrase.
    pairs: dict[str, Any]
    labels: Sequence[Sequence[str]]  # label number -> (label, group, sub label)
    firsts: frozenset[str]  # the first words of all phrases

    def entries(self, table: dict[str, Any], key: str) -> dict[str, str]:
        """The entries under ``key`` in ``singles`` or ``longer`` as {label: phrase as written}, in
        the order they were filed ({} for none)."""
        return {self.labels[number][0]: phrase for number, phrase in _numbered(table.get(key), key)}

    def following(self, word: str) -> dict[str, tuple[int, ...]] | None:
        """The second words after ``word`` that start a longer phrase, with those phrases' lengths
        longest first; None when no longer phrase starts with ``word``."""
        return _following(self.pairs.get(word))


class PhraseMatcher:
    """Longest-match lookup of many multi-word phrases over a token sequence.

    Phrases are grouped by first word, then by length (longest first), and looked up as tuples
    in a dict: one slice and one hash per candidate length, whatever the lexicon's size.
    """

    # the group index it was made for, then its phrases' entries as (group, sub label, phrase)
    # triples, filed on first use (:func:`_filed`): by word (with the word's pairs, ``pairs``' own
    # entry) and by joined words. A match reads its group with no lookup of its label, a position
    # is ruled out with one lookup, and a draft meets a few hundred of the index's words.
    _filed: tuple[_GroupIndex, dict[str, tuple[tuple[tuple[str, str, str], ...], dict[str, tuple[int, ...]] | None]],
                  dict[str, tuple[tuple[str, str, str], ...]]] | None = None

    def __init__(self) -> None:
        # first word -> [(length, {words: [(label, phrase, group, sub label)]})], longest first; the
        # label is split into its group once here, not at every match of :meth:`longest_by_group`
        self._by_first: dict[str, list[tuple[int, dict[tuple[str, ...], tuple[tuple[str, str, str, str], ...]]]]] = {}
        self._grouped: _GroupIndex | None = None  # the same phrases indexed for longest_by_group

    def add(self, label: str, phrases: Iterable[str], inflect_verbs: Iterable[str] = (),
            possessive: bool = False) -> None:
        """``possessive``: also match each phrase with "'s" on its last word ("each shopper's
        feed"), which the tokenizer keeps as one word; a plural's "customers'" already splits."""
        verbs = set(inflect_verbs)
        group, _, sub = label.partition("/")
        self._grouped = None
        for phrase in phrases:
            words = phrase_words(phrase)
            if not words:
                continue
            entry = (label, phrase, group, sub)
            if words[0] in verbs:
                for form in verb_forms(words[0]):
                    self._insert((form,) + words[1:], entry)
            else:
                self._insert(words, entry)
            if possessive and not words[-1].endswith("s"):
                for mark in ("'s", "’s"):
                    self._insert(words[:-1] + (words[-1] + mark,), entry)

    def _insert(self, words: tuple[str, ...], entry: tuple[str, str, str, str]) -> None:
        """File ``entry`` under its first word and length; lengths stay longest first (inserted in
        place: a profile compiles thousands of phrases at every start, too many to sort each time)."""
        groups = self._by_first.get(words[0])
        size = len(words)
        if groups is None:
            self._by_first[words[0]] = [(size, {words: (entry,)})]
            return
        for position, (known, table) in enumerate(groups):
            if known == size:
                entries = table.get(words)
                if entries is None:
                    table[words] = (entry,)
                elif all(existing[0] != entry[0] for existing in entries):
                    table[words] = (*entries, entry)  # a tuple, as in the group index (frozen_index says why)
                return
            if known < size:
                groups.insert(position, (size, {words: (entry,)}))
                return
        groups.append((size, {words: (entry,)}))

    def _at(self, words: Sequence[str], index: int) -> Iterator[Match]:
        for size, table in self._by_first.get(words[index], ()):
            for label, phrase, _, _ in table.get(tuple(words[index:index + size]), ()):
                yield Match(index, index + size - 1, label, phrase)

    def at(self, words: Sequence[str], index: int) -> Match | None:
        """The longest phrase starting at ``words[index]``, if any."""
        return next(self._at(words, index), None) if words[index] in self._by_first else None

    def may_match(self, words: Iterable[str]) -> bool:
        """False when no phrase can match ``words``: none of them starts a phrase (a test in C
        before a scan word by word)."""
        return not self._by_first.keys().isdisjoint(words)

    def iter_matches(self, words: Sequence[str]) -> Iterator[Match]:
        """All matches, longest first at each position; overlapping matches are all returned."""
        for index in range(len(words)):
            if words[index] in self._by_first:
                yield from self._at(words, index)

    def longest(self, words: Sequence[str]) -> list[Match]:
        """Non-overlapping matches, preferring the longest phrase at each position."""
        found: list[Match] = []
        index = 0
        by_first = self._by_first
        while index < len(words):
            best = next(self._at(words, index), None) if words[index] in by_first else None
            if best:
                found.append(best)
                index = best.last + 1
            else:
                index += 1
        return found

    def longest_by_group(self, words: Sequence[str]) -> dict[str, list[Match]]:
        """One pass for many lexicons: labels are "group/label", and within each group matches
        are non-overlapping, longest first, exactly as :meth:`longest` would give per group."""
        result: dict[str, list[Match]] = {}
        free: dict[str, int] = {}  # per group, the first index its next match may start at
        index_ = self._grouped or self._group_index()
        singles, longer, pairs, labels, firsts = index_
        filed = self._filed
        if filed is None or filed[0] is not index_:
            filed = self._filed = (index_, {}, {})
        _, one, many = filed
        new = _new
        count = len(words)
        last = count - 1
        # only the positions where some phrase starts are looked at (a list comprehension finds them
        # several times faster than the loop below would skip the others)
        for index in [index for index, word in enumerate(words) if word in firsts]:
            word = words[index]
            known = one.get(word)
            if known is None:  # a word met for the first time: its entries filed by group, and its pairs
                known = one[word] = (_filed(singles.get(word), word, labels), _following(pairs.get(word)))
            single, following = known
            sizes = following.get(words[index + 1]) if following and index < last else None
            if sizes is None:  # most positions: a phrase of one word only, or none
                for group, sub, phrase in single:
                    if group in free:
                        if free[group] > index:
                            continue
                        result[group].append(new(Match, (index, index, sub, phrase)))
                    else:
                        result[group] = [new(Match, (index, index, sub, phrase))]
                    free[group] = index + 1
                continue
            candidates = []
            for size in sizes:
                if index + size <= count:
                    key = " ".join(words[index:index + size])
                    entries = many.get(key)
                    if entries is None:
                        entries = many[key] = _filed(longer.get(key), key, labels)
                    if entries:
                        candidates.append((size, entries))
            if single:
                candidates.append((1, single))
            for size, entries in candidates:
                for group, sub, phrase in entries:
                    if group in free:
                        if free[group] > index:
                            continue
                        result[group].append(new(Match, (index, index + size - 1, sub, phrase)))
                    else:
                        result[group] = [new(Match, (index, index + size - 1, sub, phrase))]
                    free[group] = index + size
        return result

    def _group_index(self) -> _GroupIndex:
        """The phrases of one word by their word, and the longer ones by their words, with the
        lengths of those under their first two words: most words start some phrase ("the", "to"),
        few pairs do, so a position is ruled out with one lookup instead of a slice per phrase
        length. Built on first use, in the shape :class:`_GroupIndex` describes."""
        singles: dict[str, Any] = {}
        longer: dict[str, Any] = {}
        following: dict[str, dict[str, list[int]]] = {}
        numbers: dict[str, int] = {}
        labels: list[tuple[str, str, str]] = []
        for word, groups in self._by_first.items():
            for size, table in groups:  # longest first, so each pair's lengths are too
                for words, entries in table.items():
                    key = word if size == 1 else " ".join(words)
                    encoded: list[Any] = []
                    for label, phrase, group, sub in entries:
                        number = numbers.get(label)
                        if number is None:
                            number = numbers[label] = len(labels)
                            labels.append((label, group, sub))
                        encoded += (number, "" if phrase == key else phrase)
                    value = encoded[0] if len(encoded) == 2 and not encoded[1] else encoded
                    if size == 1:
                        singles[word] = value
                        continue
                    longer[key] = value
                    sizes = following.setdefault(word, {}).setdefault(words[1], [])
                    if not sizes or sizes[-1] != size:
                        sizes.append(size)
        pairs = {first: [part for second, sizes in after.items() for part in (second, sizes[0] if len(sizes) == 1 else sizes)]
                 for first, after in following.items()}
        self._grouped = frozen_index(singles, longer, pairs, labels)
        return self._grouped


def _numbered(entries: Any, key: str) -> Iterable[tuple[int, str]]:
    """A phrase's stored entries (:class:`_GroupIndex`) as (label number, phrase as written)."""
    if entries is None:
        return ()
    if entries.__class__ is int:
        return ((entries, key),)
    return [(number, phrase or key) for number, phrase in zip(entries[::2], entries[1::2])]


def _filed(entries: Any, key: str, labels: Sequence[Sequence[str]]) -> tuple[tuple[str, str, str], ...]:
    """A phrase's stored entries as (group, sub label, phrase), in the entries' order; none for no
    entries."""
    if entries is None:
        return ()
    if entries.__class__ is int:
        _, group, sub = labels[entries]
        return ((group, sub, key),)
    return tuple([(labels[number][1], labels[number][2], phrase or key) for number, phrase in zip(entries[::2], entries[1::2])])


def _following(pairs: Any) -> dict[str, tuple[int, ...]] | None:
    """A first word's stored pairs as {second word: the lengths of the phrases, longest first}."""
    if pairs is None:
        return None
    return {second: (sizes,) if sizes.__class__ is int else tuple(sizes) for second, sizes in zip(pairs[::2], pairs[1::2])}


def frozen_index(singles: dict[str, Any], longer: dict[str, Any], pairs: dict[str, Any],
                 labels: Sequence[Sequence[str]]) -> _GroupIndex:
    """The group index with every list of it a tuple (the entries of several labels, each first
    word's pairs and their lengths, the labels).

    The index lives as long as the process, and the garbage collector visits every list (and the
    dicts holding one) at every full collection; tuples of numbers or strings, and dicts holding
    only those, it stops tracking. Read the same way either way; the stored index
    (profile/lexicon_store.py) comes back as lists from its JSON and is frozen here too, unless the
    command loads with the collector paused (lexicon_store.py ``_index``)."""
    for table in (singles, longer):
        table.update({key: tuple(value) for key, value in table.items() if value.__class__ is list})
    frozen_pairs = {first: tuple([tuple(part) if part.__class__ is list else part for part in after])
                    for first, after in pairs.items()}
    frozen_labels = tuple([tuple(names) for names in labels])
    return _GroupIndex(singles, longer, frozen_pairs, frozen_labels, frozenset(singles) | frozenset(frozen_pairs))
