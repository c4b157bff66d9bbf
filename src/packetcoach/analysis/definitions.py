"""Measures the draft defines, typed by their definition, so they keep that meaning everywhere.

"Promise accuracy is the share of orders that arrive on or before the date we showed" makes
promise accuracy a customer measure for the whole document, even where a later sentence says only
"improved promise accuracy from 88% to 93%". A definition is a measure name followed by "the share
(percentage, number, rate ...) of ..." as an apposition or after "is", or "X is defined as ...",
"we call (define, measure) X as ...", or an engineering word the writer ties in apposition to
what it causes ("double-booked jobs, our second-largest source of homeowner refunds"); its type is what the definition counts: people served make
it a customer measure, a system or its parts an engineering one.

One pattern pass over the raw draft, before its blocks are read; the result is part of what a
block's reading depends on (api.Reader keys reused blocks by it).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate, compress

from packetcoach.profile.compile import Rubric, derived
from packetcoach.profile.lexicon import tokenize
from packetcoach.core.regexes import compiled

DEFINITION = (
    r"(?P<term>\b[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,3})[ \t]*(?:,|\(|—|–|:|\bis\b|\bmeans\b|\bmeasures\b)"
    r"[ \t]*(?:which is |i\.e\.,? |meaning )?(?:the |our )?(?P<what>share|percentage|proportion|number|rate|"
    r"fraction|count|percent) of (?P<definition>[^.;)\n]{3,160})"
    r"|\b(?:we|i) (?:call|define|measure|track) (?P<term2>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) as "
    r"(?P<definition2>[^.;)\n]{3,160})"
    r"|(?P<term3>\b[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) is defined as (?P<definition3>[^.;)\n]{3,160})"
    r"|(?P<term4>\b[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,3})[ \t]*(?:,|\(|—|–)[ \t]*(?:the |our |a |one of )?"
    r"(?:[\w-]+[ \t]+){0,2}(?:source|cause|driver)s? of (?P<definition4>[^.;)\n]{3,160})")
LEADING = frozenset("the a an our my their its this that we i to of in on for and by with is was".split())


def defined_measures(text: str, rubric: Rubric) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(the measure's words, its type) for each measure the draft defines, first definition wins.

    Neither a definition nor a trigger spans a line, and each spells out words a plain substring
    test finds ("rate of", "defined as", "track ... as"): on ASCII text the patterns run only on
    the few lines that have them, instead of trying every position of the draft.
    """
    if text.isascii():
        lines = [line for line in text.split("\n") if _may_define(line.lower())]
        if not any(TRIGGER_RE.search(line) for line in lines):
            return ()
        return _first_wins(found for line in lines for found in _definitions(line, rubric))
    if not TRIGGER_RE.search(text):
        return ()
    return _first_wins(_definitions(text, rubric))


WHATS = ("share", "percentage", "proportion", "number", "rate", "fraction", "count", "percent")
NAMING_VERBS = ("call ", "define ", "measure ", "track ")
CAUSES = ("source", "cause", "driver")  # "double-booked jobs, our largest source of homeowner refunds"
COUNTED_OF_RE = compiled("|".join(f"{word} of" for word in WHATS + CAUSES))


def _may_define(lowered: str) -> bool:
    """Whether an ASCII line, lower-cased, has the words every match of ``TRIGGER`` or
    ``DEFINITION`` contains: a counted word or a cause and " of", "defined as", or a naming verb
    and " as"."""
    if " of" in lowered and COUNTED_OF_RE.search(lowered):
        return True
    return "defined as" in lowered or " as" in lowered and any(verb in lowered for verb in NAMING_VERBS)


class DraftDefinitions:
    """:func:`defined_measures` for successive versions of one draft, read line by line.

    No definition, nor the trigger that lets definitions count, spans a line break, so the draft's
    answer is its lines' answers in order; each line's is remembered by its text, and an edit reads
    again only the lines it touched. Only the last version's lines are kept, and whether
    ``TRIGGER`` finds each line it dropped, for one more version (a keystroke taken back or an undo
    brings a line back).
    """

    def __init__(self, rubric: Rubric):
        self.rubric = rubric
        self.lines: set[str] = set()  # the last version's lines
        self.triggered: set[str] = set()  # those of them TRIGGER finds
        self.dropped: dict[str, bool] = {}  # the lines the last version dropped: does TRIGGER find them?
        self.found: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}

    def read(self, text: str, lines: list[str] | None = None) -> tuple[tuple[tuple[str, ...], str], ...]:
        """``lines`` are ``text.split("\n")`` when the caller has them already. Which lines are new,
        and which trigger lines remain, are set operations: only a new line is searched."""
        lines = text.split("\n") if lines is None else lines
        present = set(lines)
        search, dropped, triggered = TRIGGER_RE.search, self.dropped, self.triggered
        fresh = [line for line in present.difference(self.lines)
                 if (dropped[line] if line in dropped else search(line) is not None)]
        self.dropped = {line: line in triggered for line in self.lines.difference(present)}
        self.triggered = triggered.intersection(present).union(fresh)
        self.lines = present
        if not self.triggered:
            if self.found:
                self.found = {line: found for line, found in self.found.items() if line in present}
            return ()
        old_found, self.found = self.found, {}
        for line in lines:
            if line not in self.found:
                known = old_found.get(line)
                self.found[line] = tuple(_definitions(line, self.rubric)) if known is None else known
        return _first_wins(found for line in lines for found in self.found[line])


def _definitions(text: str, rubric: Rubric):
    """Each definition in the text, in order, as (the measure's words, its type)."""
    for match in _definition_re().finditer(text):
        term = match.group("term") or match.group("term2") or match.group("term3") or match.group("term4")
        definition = match.group("definition") or match.group("definition2") or match.group("definition3") \
            or match.group("definition4")
        words = _measure_name(term, rubric)
        kind = _kind(definition, rubric)
        if words and kind:
            yield words, kind


@cache
def _definition_re() -> re.Pattern[str]:
    """``DEFINITION``, compiled on first use: compiling it costs about 2 ms, paid by every ``check``
    at start-up when compiled at import, and only a draft with a line ``TRIGGER`` finds needs it."""
    return compiled(DEFINITION, re.IGNORECASE)


def _first_wins(definitions) -> tuple[tuple[tuple[str, ...], str], ...]:
    found: dict[tuple[str, ...], str] = {}
    for words, kind in definitions:
        found.setdefault(words, kind)
    return tuple(found.items())


TRIGGER = (r"(?i)\b(?:share|percentage|proportion|number|rate|fraction|count|percent) of\b|"
           r"\bdefined as\b|\b(?:call|define|measure|track) [\w -]{1,40} as\b|"
           r"\b(?:source|cause|driver)s? of\b")
TRIGGER_RE = compiled(TRIGGER)  # read on every line of a draft: compiled at import


def _measure_name(term: str, rubric: Rubric) -> tuple[str, ...]:
    """The measure's own words: the end of the phrase before the definition, without the verb or
    article that led into it ("we improved promise accuracy, the share of ..." -> promise accuracy)."""
    words = [t.lower for t in tokenize(term) if t.text[:1].isalnum()]
    while words and (words[0] in LEADING or words[0] in rubric.verb_lemma):
        words = words[1:]
    return tuple(words[-3:]) if words and len(words) <= 4 else ()


def _kind(definition: str, rubric: Rubric) -> str:
    """What the definition counts: people served (or what they do) make a customer measure; a
    system, a job or a model an engineering one."""
    words = [t.lower for t in tokenize(definition)]
    hits = rubric.lexicon.longest_by_group(words)
    if hits.get("persona"):
        return "customer"
    labels = [m.label for m in hits.get("measure", ())] + ["technical" for _ in hits.get("count", ())]
    if "business" in labels or "customer" in labels:
        return "customer"
    if "technical" in labels or hits.get("specialty") or hits.get("jargon"):
        return "technical"
    return ""


# The served party the draft defines: "Our customers are the 140 product teams at the company who
# ship behind flags" (profile lists ``personas.defining_owners`` and ``personas.defining_nouns``). A
# paragraph wraps its lines anywhere, so the definition is found in the whole draft, with any white
# space between its words; the party ends at the first word that is not part of its name.
PARTY_STOPS = frozenset((
    "who", "whose", "that", "which", "at", "in", "on", "of", "across", "for", "from", "and", "or", "with",
    "we", "using", "to", "by", "as", "plus", "but", "where", "when", "like", "such", "including"))
PARTY_WORDS = 3  # a party's name: "product teams", "independent game studios"


def defined_parties(text: str, rubric: Rubric) -> tuple[tuple[str, ...], ...]:
    """The words of each served party the draft defines, in order, each once: after an owner's
    defining noun ("Our customers are the 140 product teams ..."), or after the team's verb of
    serving and a count ("We help 300 independent photo studios ...", :func:`_served_res`).

    Each place a defining noun stands ("customers", found in C) is tried with an anchored pattern
    for what follows it and one for the owner's word before it: this costs a few microseconds for
    a draft that defines no party (a Session finds the places line by line: :class:`DraftParties`).
    The result is part of what a block's reading depends on, as the measures a draft defines are."""
    lowered = text.lower()
    return _parties_at(lowered, [sorted({at for word in _searched(rubric, key) for at in _places(lowered, word)})
                                 for key, _, _ in _defining(rubric)], rubric)


def _defining(rubric: Rubric):
    """Each kind of defining word the profile has patterns for: its list's key, the patterns, and
    whether the party it defines is served (its name ends at its first plural word)."""
    return [(key, patterns, served) for key, patterns, served in (("defining_nouns", _party_res(rubric), False),
                                                                  ("defining_verbs", _served_res(rubric), True))
            if patterns is not None]


def _parties_at(lowered: str, places: list[list[int]], rubric: Rubric) -> tuple[tuple[str, ...], ...]:
    """The parties defined at ``places`` (those of each of :func:`_defining`'s words, in order)."""
    found: list[tuple[str, ...]] = []
    for (_, (after, before), served), ats in zip(_defining(rubric), places):
        for at in ats:
            match = after.match(lowered, at)
            if match is None or not before.search(lowered, max(0, at - OWNER_REACH), at):
                continue
            phrase = _party_name(match.group("party"), rubric)
            if served:
                phrase = _plural_head(phrase)
            if phrase and phrase not in found:
                found.append(phrase)
    return tuple(found)


class DraftParties:
    """:func:`defined_parties` for successive versions of one draft: where the defining words stand
    is found line by line, each line's places remembered by its text, so an edit searches again
    only the lines it touched (a Session's every edit otherwise searches the whole draft for each
    word). No searched word holds a line break, and a line break before a word is a word's start,
    as the draft's start is: the draft's places are its lines' places, offset by where each line
    starts. Only the places' patterns read across lines, and they are tried where the places are, on
    the whole draft, as :func:`defined_parties` tries them."""

    def __init__(self, rubric: Rubric):
        self.rubric = rubric
        self.searched = [_searched(rubric, key) for key, _, _ in _defining(rubric)]
        # a profile's word that held a line break would stand across lines: then the draft is searched whole
        self.whole = any("\n" in word for words in self.searched for word in words)
        self.lines = _Places(self.searched)  # a line -> its places of each kind, () for none

    def read(self, text: str, lines: list[str] | None = None) -> tuple[tuple[str, ...], ...]:
        """``lines`` are ``text.split("\n")`` when the caller has them already."""
        if not self.searched:
            return ()
        if self.whole:
            return defined_parties(text, self.rubric)
        lines = text.split("\n") if lines is None else lines
        if len(self.lines) > 2 * len(lines) + LINES_KEPT:
            self.lines = _Places(self.searched, zip(lines, map(self.lines.get, lines)))  # one draft's size
        found = list(map(self.lines.__getitem__, lines))  # looked up in C; a line new here is searched
        if not any(found):
            return ()  # the usual draft: no defining word anywhere
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter lower-cased into two: the lines' offsets are not the draft's
            return defined_parties(text, self.rubric)
        before = list(accumulate(map(len, lines), initial=0))  # the characters of the lines before each
        held = [(before[at] + at, found[at]) for at in compress(range(len(lines)), found)]  # and their breaks
        return _parties_at(lowered, [[start + place for start, kinds in held for place in kinds[kind]]
                                     for kind in range(len(self.searched))], self.rubric)


LINES_KEPT = 64  # lines a Session's memo of places may hold beyond twice the draft's before it is pruned


class _Places(dict):
    """A line -> where each kind of defining word starts a word in it (its lower-cased text: the
    same length, as :meth:`DraftParties.read` checks), () for a line with none; a line not yet
    known is searched when first looked up."""

    def __init__(self, searched: list[tuple[str, ...]], known=()):
        super().__init__(known)
        self.searched = searched

    def __missing__(self, line: str) -> tuple[tuple[int, ...], ...]:
        lowered = line.lower()
        places = tuple(tuple(sorted({at for word in words for at in _places(lowered, word)})) for words in self.searched)
        found = self[line] = places if any(places) else ()
        return found


def _plural_head(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A counted party served ends at its first plural word: "300 independent photo studios take
    bookings" -> independent photo studios; no plural word, no party ("300 of them")."""
    for index, word in enumerate(phrase):
        if word.endswith("s") and len(word) > 3:
            return phrase[:index + 1]
    return ()


OWNER_REACH = 24  # characters before the noun where its owner's word stands ("the platform's  customers")


def _searched(rubric: Rubric, key: str) -> tuple[str, ...]:
    """The words of ``personas.<key>`` searched for, lower-cased: a word another of them starts
    ("customers" after "customer") stands only where that one does, and adds no place; once per
    compiled profile."""
    def build(built: Rubric) -> tuple[str, ...]:
        words = sorted({word.lower() for word in built.profile.list("personas", key)})
        return tuple(word for word in words if not any(word.startswith(other) for other in words if other != word))
    return derived(rubric, f"definitions.{key}_searched", build)


def _places(lowered: str, word: str):
    """Where the word starts a word of the text."""
    at = lowered.find(word)
    while at >= 0:
        if at == 0 or not lowered[at - 1].isalnum():
            yield at
        at = lowered.find(word, at + 1)


def _party_name(party: str, rubric: Rubric) -> tuple[str, ...]:
    """The party's own words: past an article or a count, up to the first word that is not part of
    its name ("the 140 product teams at the company" -> product teams)."""
    name: list[str] = []
    for word in (t.lower for t in tokenize(party) if t.text[:1].isalnum()):
        if word in PARTY_STOPS:
            break
        if name or not (word in LEADING or word[:1].isdigit() or word in rubric.number_words_set):
            name.append(word)
    phrase = tuple(name[:PARTY_WORDS])
    return phrase if phrase and phrase[-1] not in LEADING else ()


# What follows the word that defines a party, anchored where it starts: after a defining noun, the
# verb and the party ("customers are the 140 product teams"); after a verb of serving, a count and
# the party ("help 300 independent photo studios", a few words of it).
NOUN_PARTY = r"\s+(?:are|is|were|was)\s+(?P<party>(?:(?:\d[\d,.]*\d|[\w'’-]+)[ \t]*\n?[ \t]*){1,7})"
SERVED_PARTY = (r"\s+(?:(?:about|around|nearly|over|some|more\s+than)\s+)?"
                r"(?P<party>\d[\d,.]*\s+(?:[\w'’-]+[ \t]*\n?[ \t]*){1,4})")


def _party_res(rubric: Rubric) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What follows a defining noun (the verb and the party, anchored where the noun starts), and
    the owner's word that ends the text before it, both on lower-cased text; once per compiled
    profile, None for a profile that lists no defining owners or nouns."""
    return _defining_res(rubric, "defining_owners", "defining_nouns", NOUN_PARTY)


def _served_res(rubric: Rubric) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The team's remit told with the party it serves and a count ("We help 300 independent photo
    studios take bookings online", "Our team serves 1,200 dental practices"): what follows a verb of
    ``personas.defining_verbs`` (a count, then the party), anchored where the verb starts, and the
    subject of ``personas.defining_subjects`` that ends the text before it; None for a profile that
    lists neither."""
    return _defining_res(rubric, "defining_subjects", "defining_verbs", SERVED_PARTY)


def _defining_res(rubric: Rubric, leads_key: str, words_key: str,
                  party: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The pattern for a defining word of ``personas.<words_key>`` and what follows it (``party``),
    and the one for a word of ``personas.<leads_key>`` ending the text before it; once per compiled
    profile and pair of lists, None when either list is empty."""
    def build(built: Rubric) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        leads = built.profile.list("personas", leads_key)
        words = built.profile.list("personas", words_key)
        if not leads or not words:
            return None
        after = compiled(rf"(?:{'|'.join(map(_spaced, sorted(words, key=len, reverse=True)))})" + party)
        before = compiled(rf"(?:^|[^\w'’])(?:{'|'.join(map(_spaced, leads))})\s+$")
        return after, before
    return derived(rubric, f"definitions.{words_key}_res", build)


def _spaced(phrase: str) -> str:
    """A phrase's words, lower-cased, with any white space between them, a line break too."""
    return r"\s+".join(map(re.escape, phrase.lower().split()))
