"""Whose deeds a draft tells: the writer's ("I"), or a candidate's told by a manager ("Dana ... She ...").

A promotion document is often written by the candidate's manager, in the third person. The reading
finds the writer's deeds by "I" (own action, stops, starts, principles, the level signal), so such a
document is read through a view in which the candidate's name and pronouns stand as "I", "me", "my"
and "myself". The substitution keeps every offset: each word is replaced by one of the same length
(padded with spaces after it), as the markup view blanks markup, so spans into the view are spans
into the draft and quotations still come from the draft's own words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Callable, Iterator, NamedTuple

from packetcoach.core.model import Voice
from packetcoach.profile.compile import Rubric
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
    "not nobody everyone our there here what why how who which".split())

# A capitalised name, accented letters of the Latin alphabets included ("Tomás", "Zoë", "Łukasz").
NAME = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+"
_START_RE = compiled(
    r"(?:^|(?<=[.!?:;])[\"'”’)\]*_]*[ \t]+|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+)"  # a sentence's or a bullet's start
    rf"[*_\"“]*({NAME})(?:[ \t]+({NAME}))?[ \t]+([a-z][a-z'-]*)", re.M)
# Each pattern below that would open with "\b" opens with its first letter instead and tests the
# boundary in a lookbehind over that letter: the same matches, but the engine scans for the letter
# in C rather than trying the whole pattern at every character of the draft (several times faster).
_I_BEFORE_WORD = r"I(?<!\wI)(?:'m|'ve|'d|'ll|’m|’ve|’d|’ll)?[ \t]+[a-z]"  # "\bI(?:'m|...)?[ \t]+[a-z]"
_I_BEFORE_WORD_RE = compiled(_I_BEFORE_WORD)  # used on every block or line: compiled at import
# "\b([Ss]he|[Hh]e|[Hh]er|[Hh]is)(?:['’](?:s|d|ll))?[ \t]+[a-z]", the alternatives in the same order
_PRONOUN_RE = compiled(r"([SsHh](?<!\w[SsHh])(?:(?<=[Ss])he|(?<=[Hh])(?:e|er|is)))(?:['’](?:s|d|ll))?[ \t]+[a-z]")
# Where a _START_RE match can begin: the draft's start, a line's, or just after end punctuation.
_START_AFTER_RE = compiled(r"[\n.!?:;]")
# a bullet's first word, not a label that is its own sentence ("- **Reviews.** She retired ...")
_BULLET_VERB_RE = compiled(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[*_]*([A-Z][a-z]+)\b(?![.:])", re.M)


class Told(NamedTuple):
    """Whom a text tells of. Every pattern here (and in :func:`_writer_acts`) matches inside one
    line, none crosses a line break, so a draft's counts are its lines' counts in order: a Session
    reads again only the lines an edit touched (:class:`DraftVoice`), and a one-off analysis reads
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
    for match in _sentence_starts(text):
        first, second, following = match.groups()
        if first.lower() not in NOT_NAMES:
            key = (first, second) if second and second.lower() not in NOT_NAMES else (first, None)
            starts.append((key, following in rubric.verb_lemma))
    return Told(she, he, tuple(starts))


def _sentence_starts(text: str) -> Iterator[re.Match[str]]:
    """``_START_RE.finditer(text)``, tried only where a match can begin (its alternatives open with
    "^" or a lookbehind, so the engine has no first character to scan for and would try every
    position of the draft): the leftmost match at or after the end of the last one, as finditer's."""
    done = 0
    for at in chain((0,), map(_END_OF, _START_AFTER_RE.finditer(text))):
        if at >= done:
            match = _START_RE.match(text, at)
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
    return voice_of(text, [told(text, rubric)], lambda: _writer_acts(text, rubric))


def voice_of(text: str, parts: list[Told], writer_acts: Callable[[], int]) -> Voice | None:
    """:func:`draft_voice` from what the draft's lines (or the draft as one) tell, in order; the
    writer's own acts are counted only for a draft that tells of someone often enough."""
    pronouns = {"she": sum(part.she for part in parts), "he": sum(part.he for part in parts)}
    names: dict[tuple[str, str | None], list[int]] = {}  # (name, surname) -> [sentences, before a verb]
    for part in parts:
        for key, verb in part.starts:
            counts = names.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += verb
    pronoun = _dominant(pronouns)
    named = _name(text, names, 0 if pronoun else 1, 1 if pronoun else MIN_SENTENCES)
    telling = (pronouns[pronoun] if pronoun else 0) + sum(names[key][0] for key in named)
    if telling < MIN_SENTENCES or WRITER_SHARE * writer_acts() > telling:
        return None  # too little told of anyone, or the writer acts too: a first-person draft
    return Voice(pronoun, _spellings(text, named))


class DraftVoice:
    """:func:`draft_voice` for successive versions of one draft: each line's reading is remembered
    by its text; the last version's lines are kept, and those it dropped for one more version (a
    keystroke taken back or an undo brings a line back, as a Session keeps a dropped block)."""

    def __init__(self, rubric: Rubric):
        self.rubric = rubric
        # a line -> whom it tells of and the writer's acts in it; None for a line with neither
        self.lines: dict[str, tuple[Told, int] | None] = {}
        self.dropped: dict[str, tuple[Told, int] | None] = {}  # the lines the last version no longer had

    def read(self, text: str, lines: list[str] | None = None) -> Voice | None:
        """``lines`` are ``text.split("\n")`` when the caller has them already. Only the lines no
        earlier version had are read; finding them and forgetting the gone ones are set operations,
        and most lines tell of no one, so the draft's answer sums the few that do."""
        lines = text.split("\n") if lines is None else lines
        memo, present, dropped = self.lines, set(lines), self.dropped
        for line in present.difference(memo):
            memo[line] = dropped[line] if line in dropped else _line_voice(line, self.rubric)
        self.dropped = {line: memo.pop(line) for line in memo.keys() - present} if len(memo) > len(present) else {}
        parts = [part for part in map(memo.__getitem__, lines) if part is not None]
        return voice_of(text, [part for part, _ in parts], lambda: sum([acts for _, acts in parts]))


def _line_voice(line: str, rubric: Rubric) -> tuple[Told, int] | None:
    read, acts = told(line, rubric), _writer_acts(line, rubric)
    return None if not acts and not read.she and not read.he and not read.starts else (read, acts)


def _writer_acts(text: str, rubric: Rubric) -> int:
    """How often the writer acts: "I <verb>", and bullets that open with a verb ("- Launched ...")."""
    bullets = sum(1 for word in _BULLET_VERB_RE.findall(text)
                  if rubric.verb_lemma.get(word.lower(), word.lower()) != word.lower())
    return len(_I_BEFORE_WORD_RE.findall(text)) + bullets


def _dominant(counts: dict[str, int]) -> str | None:
    best, other = sorted(counts, key=counts.__getitem__, reverse=True)
    if counts[best] >= MIN_SENTENCES and counts[best] >= DOMINANT * counts[other]:
        return best
    return None


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
    written = _pattern(voice).sub(lambda match: _as_writer(match, voice), re.sub(_MANAGER, _as_other, view))
    return re.sub(_AGREEING, lambda match: _agreeing(match, rubric), written)


# The manager's own first person in a document about the candidate ("In March I stopped the release
# train"): someone else's deed, not the candidate's; each word becomes a placeholder of its length that
# reads as no one in particular.
_MANAGER = r"(?<![\w'’])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\w'’])"  # compiled when first used


def _as_other(match: re.Match[str]) -> str:
    return "X".ljust(len(match.group(0)))


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
