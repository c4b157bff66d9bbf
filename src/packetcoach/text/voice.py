"""Whose deeds a draft tells: the writer's ("I"), or a candidate's told by a manager ("Dana ... She ...").

A promotion document is often written by the candidate's manager, in the third person. The reading
finds the writer's deeds by "I" (own action, stops, starts, principles, the level signal), so such a
document is read through a view in which the candidate's name and pronouns stand as "I", "me", "my"
and "myself". The substitution keeps every offset: each word is replaced by one of the same length
(padded with spaces after it), as the markup view blanks markup, so spans into the view are spans
into the draft and quotations still come from the draft's own words.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Told is a named tuple).

import re
from functools import lru_cache
from collections import Counter
from itertools import chain, compress
from operator import attrgetter, itemgetter
from typing import Callable, Iterator, NamedTuple

from packetcoach.core.model import Section, Voice
from packetcoach.profile.compile import Rubric, derived
from packetcoach.core.regexes import compiled

MIN_SENTENCES = 3  # sentences opening with the candidate before a draft reads as a third-person one
WRITER_SHARE = 3  # the candidate's sentences outnumber the writer's own acts this many times over
DOMINANT = 2  # the candidate's pronoun opens at least this many times as many sentences as the other

PRONOUNS = {
    "she": {"she": "I", "her": "my", "hers": "mine", "herself": "myself"},
    "he": {"he": "I", "him": "me", "his": "my", "himself": "myself"},
}
# after "her" (or a name) these words mean the object, not the possessive: "asked her to", "her."
OBJECT_NEXT = frozenset(
    "to for and or but with as about in on at by from into over than that who when while after before "
    "because so if a an the this these those their our his its".split())
# capitalised words that open sentences and are no one's name
NOT_NAMES = frozenset(
    "a an the this that these those it its i we our my you your they their he she his her in on at by for "
    "from with after before when while since during over under as if but and or so then also each every "
    "all both one two three four five six seven eight nine ten first second last next most some many no "
    "not nobody everyone our there here what why how who which "
    # auxiliaries that open a verb-first bullet ("- Was responsible for ...", "- Had the team ..."); not
    # "May" or "Will", which are names as often
    "was were is are am be been has have had do does did can could would should".split())

# The space between a word and the next: a hard-wrapped draft breaks a line between a name or a
# pronoun and its verb ("... in the platform. Priya\nran the numbers", "She\nwrote the proposal") as
# often as anywhere, so one line break counts as a space (never a blank line: a paragraph's end).
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
# A capitalised name, accented letters of the Latin alphabets included ("Tomás", "Zoë", "Łukasz").
NAME = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+"
_OPENING = r"(?:^|(?<=[.!?:;])[\"'”’)\]*_]*[ \t]+|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+)[*_\"“]*"  # a sentence's or a bullet's start
_TOLD = rf"({NAME})(?:[ \t]+({NAME}))?{_GAP}([a-z][a-z'-]*)"  # a name, perhaps a surname, and the next word
# A time named before the name at a sentence's start ("In Q1 Priya found ...", "In February Noor
# decided ...", "By March 2024, Dana had ..."): the sentence still opens with the candidate acting.
# A preposition of time, perhaps "early", "late" or "mid", then a quarter, a half, a year or one of
# the profile's month names (`metrics.months`), perhaps a year after it, and perhaps a comma.
_TIME_LEADS = "In|By|During|Since|After|Before|Until|From|Through"
# Each pattern below that would open with "\b" opens with its first letter instead and tests the
# boundary in a lookbehind over that letter: the same matches, but the engine scans for the letter
# in C rather than trying the whole pattern at every character of the draft (several times faster).
_I_BEFORE_WORD = rf"I(?<!\wI)(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?{_GAP}[a-z]"  # "\bI(?:'m|...)?" and a gap before a word
_I_BEFORE_WORD_RE = compiled(_I_BEFORE_WORD)  # used on every block or line: compiled at import
# "\b([Ss]he|[Hh]e|[Hh]er|[Hh]is)(?:['’](?:s|d|ll))?[ \t]+[a-z]", the alternatives in the same order
_PRONOUN_RE = compiled(rf"([SsHh](?<!\w[SsHh])(?:(?<=[Ss])he|(?<=[Hh])(?:e|er|is)))(?:['’](?:s|d|ll))?{_GAP}[a-z]")
# Where a sentence-start match (:func:`_start_pattern`) can begin: the draft's start, a line's, or just after end punctuation.
_START_AFTER_RE = compiled(r"[\n.!?:;]")
# a bullet's first word, not a label that is its own sentence ("- **Reviews.** She retired ...")
_BULLET_VERB_RE = compiled(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[*_]*([A-Z][a-z]+)\b(?![.:])", re.M)


class Told(NamedTuple):
    """Whom a text tells of. Every pattern here matches inside one line, and :func:`_writer_acts`
    inside one paragraph, so a draft's counts are its paragraphs' counts in order: a Session reads
    again only the paragraphs an edit touched (:class:`DraftVoice`), and a one-off analysis reads
    the whole draft at once."""

    she: int  # "she" and "her" as a subject or an owner
    he: int  # "he" and "his"
    starts: tuple[tuple[tuple[str, str | None], bool], ...]  # (name, surname), a verb after it: per opening


def told(text: str, rubric: Rubric) -> Told:
    she = he = 0
    for word in _PRONOUN_RE.findall(text):  # as a subject or an owner anywhere: "She cut ...", "; his team"
        if word.lower() in ("she", "her"):
            she += 1
        else:
            he += 1
    starts = []
    for match in _sentence_starts(text, derived(rubric, "voice.starts", _start_pattern)):
        first, second, following = match.groups()
        if first.lower() not in NOT_NAMES and not _adverb(first):
            key = (first, second) if second and second.lower() not in NOT_NAMES else (first, None)
            starts.append((key, following in rubric.verb_lemma))
    return Told(she, he, tuple(starts))


def _adverb(word: str) -> bool:
    """An adverb that opens a verb-first bullet ("- Successfully rolled out ...", "- Quickly
    built ..."): a word of seven letters or more in "-ly", but not the endings names share with them
    ("Kimberly", "Beverly", "Emily", "Shelly", "Holly")."""
    lowered = word.lower()
    return len(lowered) >= 7 and lowered.endswith("ly") and not lowered.endswith(NAME_LY_ENDINGS)


NAME_LY_ENDINGS = ("erly", "ily", "elly", "olly", "illy")


def _start_pattern(rubric: Rubric) -> re.Pattern[str]:
    """A sentence or a bullet opening with a name, perhaps after a time named before it
    (:data:`_TIME_LEADS`), compiled once per profile."""
    # in one order in every process (a set's order is the hash seed's), so the pattern's cache entry is one
    months = "|".join(sorted((month.capitalize() for month in rubric.months), key=lambda month: (-len(month), month)))
    when = rf"(?:Q[1-4]|H[12]|(?:19|20)\d\d{'|' + months if months else ''})"
    lead = rf"(?:(?:{_TIME_LEADS})[ \t]+(?:(?:early|late|mid)[ \t-]+)?{when}(?:[ \t]+(?:19|20)\d\d)?,?[ \t]+)?"
    return compiled(_OPENING + lead + _TOLD, re.M)


def _sentence_starts(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a match can begin (its alternatives open with
    "^" or a lookbehind, so the engine has no first character to scan for and would try every
    position of the draft): the leftmost match at or after the end of the last one, as finditer's."""
    done = 0
    for at in chain((0,), map(_END_OF, _START_AFTER_RE.finditer(text))):
        if at >= done:
            match = pattern.match(text, at)
            if match is not None:
                yield match
                done = match.end()


_END_OF = re.Match.end


def draft_voice(text: str, rubric: Rubric) -> Voice | None:
    """The candidate of a draft told in the third person, or None for a first-person draft.

    A draft is the candidate's when "she" or "he" keeps acting or owning (one of them clearly more
    than the other) or sentences keep opening with one name followed by a verb, and the writer's own "I" is rare
    beside them: a first-person draft that quotes a customer ("She told us ...") stays first person.
    Beside the pronoun, the name is the capitalised word that opens sentences most; alone, it must
    open them before a verb.
    """
    return voice_of(text, [told(text, rubric)], lambda: _writer_acts(_not_own_words(text, rubric), rubric))


def voice_of(text: str, parts: list[Told], writer_acts: Callable[[], int]) -> Voice | None:
    """:func:`draft_voice` from what the draft's paragraphs (or the draft as one) tell, in order; the
    writer's own acts are counted only for a draft that tells of someone often enough."""
    return _voice_of(text, parts, writer_acts)[0]


def _voice_of(text: str, parts: list[Told], writer_acts: Callable[[], int]) -> tuple[Voice | None, bool]:
    """:func:`voice_of`, and whether the parts alone gave the answer (a first-person draft whose
    sentences open with too few names or pronouns: neither the text nor the writer's acts asked),
    which the next version of a draft with the same parts then shares."""
    pronouns = {"she": sum(map(_SHE, parts)), "he": sum(map(_HE, parts))}  # summed in C: a Session asks on every edit
    names = _name_counts(parts)
    pronoun = _dominant(pronouns)
    column, least = (0, 1) if pronoun else (1, MIN_SENTENCES)
    named = _name(text, names, column, least)
    telling = (pronouns[pronoun] if pronoun else 0) + sum(names[key][0] for key in named)
    if telling < MIN_SENTENCES:  # too little told of anyone: a first-person draft
        return None, not named and _named_too_little(names, column, least)
    if WRITER_SHARE * writer_acts() > telling:
        return None, False  # the writer acts too: a first-person draft
    return Voice(pronoun, _spellings(text, named)), False


def _name_counts(parts: list[Told]) -> dict[tuple[str, str | None], list[int]]:
    """(name, surname) -> [the sentences it opens, those where a verb follows it]."""
    # counted in C over every opening (a Session asks on every edit): the names in the order they
    # first open a sentence, as the counting dictionary keeps them
    starts = list(chain.from_iterable(map(_STARTS, parts)))
    opened = Counter(map(_KEY, starts))
    verbs = Counter(compress(map(_KEY, starts), map(_VERB, starts)))
    return {key: [count, verbs.get(key, 0)] for key, count in opened.items()}


_SHE, _HE, _STARTS = attrgetter("she"), attrgetter("he"), attrgetter("starts")
_KEY, _VERB = itemgetter(0), itemgetter(1)


class DraftVoice:
    """:func:`draft_voice` for successive versions of one draft: each paragraph's reading is
    remembered by its text; the last version's paragraphs are kept, and those it dropped for one
    more version (a keystroke taken back or an undo brings one back, as a Session keeps a dropped
    block)."""

    def __init__(self, rubric: Rubric):
        self.rubric = rubric
        # a paragraph -> whom it tells of and the writer's acts in it; None for one with neither
        self.paragraphs: dict[str, tuple[Told, int] | None] = {}
        self.dropped: dict[str, tuple[Told, int] | None] = {}  # those the last version no longer had
        # the paragraphs of ``paragraphs`` that tell of someone ("she", "he" or a name opening a
        # sentence), with what they tell: most tell only of the writer, and add nothing to whom a draft
        # tells of, so each version's answer sums these few, picked in C
        self.telling: dict[str, Told] = {}
        # what the last version's paragraphs told, in order, and whether that alone made it a
        # first-person draft (most drafts): the next version with the same parts is one too
        self.parts: list[Told] = []
        self.settled = False

    def read(self, text: str) -> Voice | None:
        """Only the paragraphs no earlier version had are read; finding them and forgetting the gone
        ones are set operations, and most tell of no one, so the draft's answer sums the few that do."""
        paragraphs = paragraphs_of(text)
        memo, present, dropped, telling = self.paragraphs, set(paragraphs), self.dropped, self.telling
        for paragraph in present.difference(memo):
            part = memo[paragraph] = dropped[paragraph] if paragraph in dropped else _paragraph_voice(paragraph, self.rubric)
            if part is not None and (part[0].she or part[0].he or part[0].starts):
                telling[paragraph] = part[0]
        if len(memo) > len(present):
            gone = memo.keys() - present
            self.dropped = {paragraph: memo.pop(paragraph) for paragraph in gone}
            for paragraph in gone.intersection(telling):
                del telling[paragraph]
        else:
            self.dropped = {}
        parts = list(filter(None, map(telling.get, paragraphs)))
        if self.settled and parts == self.parts:  # the same parts, which alone gave the last answer
            return None
        voice, self.settled = _voice_of(text, parts, lambda: self._acts(paragraphs))
        self.parts = parts
        return voice

    def _acts(self, paragraphs: list[str]) -> int:
        """The writer's acts of the draft's paragraphs, those of the candidate's own words left out
        (:func:`_own_words`); asked only of a draft that tells of someone often enough."""
        memo, skipped = self.paragraphs, _own_words(paragraphs, self.rubric)
        return sum([part[1] for at, part in enumerate(map(memo.__getitem__, paragraphs))
                    if part is not None and at not in skipped])


def _not_own_words(text: str, rubric: Rubric) -> str:
    """The draft without the paragraphs of the candidate's own words (:func:`_own_words`)."""
    paragraphs = _PARAGRAPH_RE.split(text)
    skipped = _own_words(paragraphs, rubric)
    return "\n\n".join(p for at, p in enumerate(paragraphs) if at not in skipped) if skipped else text


def _own_words(paragraphs: list[str], rubric: Rubric) -> set[int]:
    """The paragraphs under a heading that names the candidate as their speaker (the profile's
    ``document.writer_voice_headings``: "## In her own words"), up to the next heading of its level
    or above. Their "I" is the candidate's, who stands in the writer's place (docs/labelling-guide.md,
    "A manager's document about a candidate"), so it counts for a third-person draft, not against it
    as the manager's own acts would: "She killed a feature I had backed. ... ## In her own words / I
    paused the beta ..." is told of her."""
    writers = derived(rubric, "voice.headings", _speaker_patterns)[1]
    skipped: set[int] = set()
    if writers is None:
        return skipped
    level = 0  # the level of the heading in force, 0 for none
    for at, paragraph in enumerate(paragraphs):
        heading = _HEADING_RE.match(paragraph)
        if heading is not None:
            depth = len(heading.group(1))
            if level and depth <= level:
                level = 0
            if writers.search(heading.group(2).lower()):
                level = depth
        if level:
            skipped.add(at)
    return skipped


_HEADING_RE = compiled(r"[ \t\n]*(#{1,6})[ \t]+([^\n]*)")  # a paragraph that opens with a heading line


def _paragraph_voice(paragraph: str, rubric: Rubric) -> tuple[Told, int] | None:
    read, acts = told(paragraph, rubric), _writer_acts(paragraph, rubric)
    return None if not acts and not read.she and not read.he and not read.starts else (read, acts)


def _writer_acts(text: str, rubric: Rubric) -> int:
    """How often the writer acts: "I <verb>", and bullets that open with a verb ("- Launched ...").

    An "I" inside quotation marks is someone else speaking (a manager quoting the candidate: "In
    his words: “I would rather ...”"), and a bullet that opens with a verb told of someone ("-
    Leads a group of 2 PMs") is the candidate's, not the writer's; neither counts. Quotations are
    found within a paragraph (text between blank lines), where a quoted sentence wraps its lines."""
    acts = 0
    for paragraph in _PARAGRAPH_RE.split(text) if "\n" in text else (text,):
        if '"' in paragraph or "“" in paragraph:
            paragraph = _QUOTED_RE.sub(_blank, paragraph)
        acts += len(_I_BEFORE_WORD_RE.findall(paragraph))
        for word in _BULLET_VERB_RE.findall(paragraph):
            lowered = word.lower()
            lemma = rubric.verb_lemma.get(lowered, lowered)
            acts += lemma != lowered and lowered not in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
    return acts


_PARAGRAPH_RE = compiled(r"\n[ \t\r]*\n")  # a blank line: where a quotation is taken to end


def paragraphs_of(text: str) -> list[str]:
    """The text split at its blank lines (``_PARAGRAPH_RE``). A text in which no line break is
    followed by a space, tab or carriage return has only empty blank lines, and is split at each
    "\n\n" in C, as the pattern would split it (the leftmost match first, none overlapping), without
    the pattern's scan: a Session splits every version of the draft."""
    if "\n " in text or "\n\t" in text or "\n\r" in text:
        return _PARAGRAPH_RE.split(text)
    return text.split("\n\n")


_QUOTED_RE = compiled(r"“[^”]*”?|\"[^\"]*\"?")  # a quotation, to the paragraph's end if never closed


CLOSED_QUOTE_RE = compiled(r"“[^”\n]*”|\"[^\"\n]*\"")  # a quotation closed on its own line


def outside_quotes(change: Callable[[str], str], text: str) -> str:
    """``change`` applied to the text outside its closed quotations: a manager retelling "where is
    my pay stub" contacts keeps the customers' words as they said them (only the writer's own
    words turn to the third person)."""
    parts, at = [], 0
    for match in CLOSED_QUOTE_RE.finditer(text):
        parts += [change(text[at:match.start()]), match.group(0)]
        at = match.end()
    return "".join(parts) + change(text[at:]) if parts else change(text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _dominant(counts: dict[str, int]) -> str | None:
    best, other = sorted(counts, key=counts.__getitem__, reverse=True)
    if counts[best] >= MIN_SENTENCES and counts[best] >= DOMINANT * counts[other]:
        return best
    return None


def _named_too_little(counts: dict[tuple[str, str | None], list[int]], column: int, least: int) -> bool:
    """Whether no first name opens ``least`` sentences (counted in ``column``): then :func:`_name`
    names no one without reading the text."""
    by_first: dict[str, int] = {}
    for (first, _), found in counts.items():
        by_first[first] = by_first.get(first, 0) + found[column]
    return not by_first or max(by_first.values()) < least


def _name(text: str, counts: dict[tuple[str, str | None], list[int]], column: int,
          least: int) -> list[tuple[str, str | None]]:
    """The spellings of the one name that opens sentences most, if it does often enough and is never
    written in lower case (a name always is capitalised; "Checkout rose ..." meets "checkout")."""
    by_first: dict[str, int] = {}
    for (first, _), found in counts.items():
        by_first[first] = by_first.get(first, 0) + found[column]
    if not by_first:
        return []
    first = max(by_first, key=by_first.__getitem__)
    lowered = first.lower()  # a plain search first: the pattern alone would try every character of the draft
    if by_first[first] < least or lowered in text and re.search(rf"\b{lowered}\b", text):
        return []
    return [key for key in counts if key[0] == first]


def _spellings(text: str, named: list[tuple[str, str | None]]) -> tuple[str, ...]:
    """The name alone and with each surname the draft gives it ("Tomasz Wilk, Principal PM")."""
    first = named[0][0] if named else None
    spelled = {" ".join(part for part in key if part) for key in named}
    if first:
        spelled.add(first)
        spelled.update(f"{first} {surname}" for surname in re.findall(rf"\b{first}[ \t]+({NAME})\b", text)
                       if surname.lower() not in NOT_NAMES)
    return tuple(sorted(spelled, key=len, reverse=True))


def first_person_view(view: str, voice: Voice, rubric: Rubric) -> str:
    """The block's view with the candidate written as the writer, every offset kept, and a verb
    told of them in the present made to agree ("Priya owns checkout" -> "I own checkout", a scope
    statement as the writer's would read)."""
    written = re.sub(_MANAGER, _as_other, view)
    if voice.names or voice.pronoun:  # a manager's section that names no one: only the manager's "I" goes
        written = _pattern(voice).sub(lambda match: _as_writer(match, voice), written)
    return re.sub(_AGREEING, lambda match: _agreeing(match, rubric), written)


# The manager's own first person in a document about the candidate ("In March I stopped the release
# train"): someone else's deed, not the candidate's; each word becomes a placeholder of its length that
# reads as no one in particular.
_MANAGER = r"(?<![\w'’])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\w'’])"  # compiled when first used


def _as_other(match: re.Match[str]) -> str:
    return "X".ljust(len(match.group(0)))


_OTHER_I = r"(?<![\w'’])I(?:['’](?:m|ve|d|ll))?(?![\w'’])"  # compiled when first used


def said_by_another(plain: str, view: str, start: int, end: int) -> bool:
    """Does the draft's "I" in ``[start, end)`` speak for someone other than the candidate (the
    manager of a third-person draft, or a quotation in it), read as no one in ``view``? A manager
    repeating that sentence in the room would claim the deed as their own."""
    return bool(plain) and any(view[start + match.start()] == "X" for match in re.finditer(_OTHER_I, plain[start:end]))


_AGREEING = r"(?<![\w'’])I([ \t]+)([a-z]+s)\b"


def _agreeing(match: re.Match[str], rubric: Rubric) -> str:
    """"I owns" -> "I own ", "I is" -> "I am": the verb's base form, padded to the same length."""
    word = match.group(2)
    lemma = "am" if word == "is" else rubric.verb_lemma.get(word, word)
    if lemma != "am" and word not in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return match.group(0)
    return "I" + match.group(1) + lemma.ljust(len(word))


@lru_cache(maxsize=16)
def _pattern(voice: Voice) -> re.Pattern[str]:
    """The candidate's names (with a possessive "'s") and pronoun forms, one pattern per voice."""
    words = [re.escape(name) + r"(?:['’]s)?" for name in voice.names]
    words += [rf"(?i:{form})" for form in sorted(PRONOUNS.get(voice.pronoun or "", {}), key=len, reverse=True)]
    return compiled(r"\b(?:" + "|".join(words) + r")\b(?=(\W*)(\w*))")


def _as_writer(match: re.Match[str], voice: Voice) -> str:
    """The writer's word for one mention of the candidate, no longer than it, padded to its length."""
    word, lowered = match.group(0), match.group(0).lower()
    following = match.group(2).lower()
    ends = not following or match.group(1).strip(" \t") not in ("", "*", "_")  # "her." "her," "(her)"
    before = match.string[max(0, match.start() - 3):match.start()].strip()
    opens = not before or before[-1] in ".!?:;-*+(\"“"
    forms = PRONOUNS.get(voice.pronoun or "", {})
    if lowered in forms:
        writer = "me" if lowered == "her" and (ends or following in OBJECT_NEXT) else forms[lowered]
        upper = word[:1].isupper()
    elif word.endswith(("'s", "’s")):
        writer, upper = "my", opens
    else:  # the name: the subject where a sentence opens or a verb follows, else the object
        subject = opens or following in ("and", ",") or not (ends or following in OBJECT_NEXT)
        writer, upper = ("I" if subject else "me"), opens
    if upper:
        writer = writer[:1].upper() + writer[1:]
    return writer.ljust(len(word)) if len(writer) <= len(word) else word


def section_voices(text: str, sections: tuple[Section, ...], voice: Voice | None,
                   rubric: Rubric) -> tuple[Voice | None, ...] | None:
    """Each section's voice where the draft says who speaks, else None (every section speaks as the
    draft does, the usual case).

    A heading can name its speaker (the profile's ``document.manager_voice_headings``, "Manager's
    comments": the candidate told in the third person, the manager's "I" no one's; and
    ``writer_voice_headings``, "In her own words": the candidate's "I"), for itself and its
    subsections. A manager's document that says its first-person sections are the candidate's
    (``cowritten_cues``) has each section that speaks as "I" and never names the candidate read as
    the candidate's. A heading can also name its speaker by a role (``speaker_roles``: "Ruth
    (manager): why now", "Manager: what I saw", "Written by her manager"), which speaks as the
    manager's headings do; in a document with one, a third-person draft's heading whose speaker is
    a name alone ("Daniel: the transfer-time story"), the candidate's or no known name, is the
    candidate's where its section speaks as "I" and never tells of the candidate. Only the headings
    and, in a third-person draft, the cue are searched for, so a draft that says nothing of the kind
    costs two patterns per heading.
    """
    if voice is None and not any(map(_SpeakingTitles.of(rubric).names_speaker, map(_TITLE, sections))):
        return None  # a first-person draft whose headings name no speaker: the usual case, on every edit
    managers, writers, cowritten, roles = derived(rubric, "voice.headings", _speaker_patterns)
    shared = voice is not None and cowritten is not None and cowritten.search(text.lower()) is not None
    # a heading that names the manager as its speaker: the document is written in two voices
    two = roles is not None and any(roles.match(section.title.lower().strip())
                                    for section in sections if section.title is not None)
    voices: list[Voice | None] = []
    speaker: tuple[int, Voice | None] | None = None  # the level of the heading that named the speaker, and its voice
    for at, section in enumerate(sections):
        if speaker is not None and section.level <= speaker[0]:
            speaker = None
        title = (section.title or "").lower()
        if section.title is not None and (managers is not None and managers.search(title)
                                          or two and roles.match(title.strip())):
            speaker = (section.level, voice if voice is not None else _told_of(_governed(text, sections, at), rubric))
        elif section.title is not None and writers is not None and writers.search(title):
            speaker = (section.level, None)
        elif two and voice is not None and _named_speaker(section.title or "", voice) \
                and _speaks_as_writer(_governed(text, sections, at).partition("\n")[2], voice, rubric):
            speaker = (section.level, None)
        if speaker is not None:
            voices.append(speaker[1])
        elif shared and _speaks_as_writer(text[section.span.start:section.span.end], voice, rubric):
            voices.append(None)
        else:
            voices.append(voice)
    return tuple(voices) if any(said != voice for said in voices) else None


_TITLE = attrgetter("title")


class _SpeakingTitles:
    """Whether a heading's title names a speaker (a manager's heading, a writer's, or a role), each
    title looked at once per compiled profile: a first-person draft whose headings name none speaks
    as the draft does throughout, and a Session asks again on every edit. The titles are forgotten
    past ``LIMIT``, so a server reading many drafts keeps a bounded memo."""

    LIMIT = 4096

    def __init__(self, rubric: Rubric):
        self.patterns = derived(rubric, "voice.headings", _speaker_patterns)
        self.known: dict[str | None, bool] = {None: False}

    @staticmethod
    def of(rubric: Rubric) -> "_SpeakingTitles":
        return derived(rubric, "voice.speaking_titles", _SpeakingTitles)

    def names_speaker(self, title: str | None) -> bool:
        found = self.known.get(title)
        if found is None:
            if len(self.known) > self.LIMIT:
                self.known = {None: False}
            found = self.known[title] = self._names_speaker(title)  # type: ignore[index]
        return found

    def _names_speaker(self, title: str) -> bool:
        """What :func:`section_voices` asks of a title before it reads any section's text."""
        managers, writers, _, roles = self.patterns
        lowered = title.lower()
        return any(pattern is not None and pattern.search(lowered) is not None for pattern in (managers, writers)) \
            or roles is not None and roles.match(lowered.strip()) is not None


def _speaker_patterns(rubric: Rubric) -> tuple[re.Pattern[str] | None, ...]:
    table = rubric.profile.table("document")
    found = tuple(_alternation(table.get(key)) for key in ("manager_voice_headings", "writer_voice_headings",
                                                           "cowritten_cues", "speaker_roles", "speaker_leads"))
    *phrases, roles, leads = found
    if roles is None:
        return (*phrases, None)
    role = f"(?:{roles})"
    said = [rf"{role}\s*(?::|[—–]|-\s)",  # "manager: what I saw"
            rf"{_NAME}\s*(?:\(\s*{role}\s*\)|,\s*{role})\s*(?::|[—–]|-\s|$)"]  # "ruth (manager): ..."
    if leads is not None:
        said.append(rf"(?:{leads})\s+{role}\s*$")  # "written by her manager"
    return (*(compiled(phrase) if phrase is not None else None for phrase in phrases),
            compiled("(?:" + "|".join(said) + ")"))


def _alternation(words: list[str] | None) -> str | None:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) if words else None


_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?"  # a speaker's name: one word or two
_SPEAKER_NAME = compiled(r"([^\W\d_][\w'’-]*)\s*:")


def _named_speaker(title: str, voice: Voice) -> bool:
    """Does a heading open with a capitalised name alone before a colon, the candidate's when the
    draft knows the candidate's name ("Daniel: the transfer-time story")?"""
    found = _SPEAKER_NAME.match(title.strip())
    return found is not None and found.group(1)[:1].isupper() \
        and (not voice.names or found.group(1) in voice.names)


def _governed(text: str, sections: tuple[Section, ...], at: int) -> str:
    """The text of a section and its subsections: up to the next heading of its level or above."""
    level = sections[at].level
    end = next((later.span.start for later in sections[at + 1:] if later.level <= level), len(text))
    return text[sections[at].span.start:end]


def _told_of(text: str, rubric: Rubric) -> Voice:
    """The candidate a manager's section tells of: the pronoun it uses more (once is enough there)
    and the name that opens its sentences; the manager's "I" is no one's even when neither is found."""
    read = told(text, rubric)
    counts = {"she": read.she, "he": read.he}
    best, other = sorted(counts, key=counts.__getitem__, reverse=True)
    pronoun = best if counts[best] and counts[best] >= DOMINANT * counts[other] else None
    return Voice(pronoun, _spellings(text, _name(text, _name_counts([read]), 0, 1)))


def _speaks_as_writer(text: str, voice: Voice, rubric: Rubric) -> bool:
    """Does a section of a co-written manager's document speak as "I" and never name the candidate?"""
    if not _writer_acts(text, rubric):
        return False
    read = told(text, rubric)
    if voice.pronoun is not None and getattr(read, voice.pronoun):
        return False
    return not any(re.search(rf"\b{re.escape(name)}\b", text) for name in voice.names)
