"""A served party the persona lists do not know, named by how the item treats it.

The profile's persona lists name the parties most drafts serve, but every business has its own
("forwarders", "importers", "plumbers"). Such a word still names a served party when the item counts
it as whom the work was for or takes a customer or business measure for it, and the word is shaped
like a plural noun for people (profile lists ``personas.person_suffixes`` and ``personas.not_people``).
"""

from __future__ import annotations

from packetcoach.core.model import Mention, Span, Token
from packetcoach.profile.compile import Rubric
from packetcoach.profile.lexicon import Match

Hits = dict[str, list[Match]]

FOR_DETERMINERS = frozenset("the all our its their each every those these".split())
PARTY_REACH = 3  # words after "for" (past a count) where the party's noun can be


def party_served(tokens: tuple[Token, ...], view: str, rubric: Rubric, hits: Hits,
                 words: list[str]) -> Mention | None:
    """A served party the persona lists do not know, named by how the item treats it: counted as
    whom the work was for ("clearance for 12,000 small importers", "for the 2,300 forwarders on
    it") or as the ones a customer or business measure is taken for ("sign-up completion for
    freelancers"), with a word shaped like a plural noun for people (profile lists
    ``person_suffixes`` and ``not_people``)."""
    renewing = _renewing_party(tokens, view, words, hits)
    if renewing is not None:
        return renewing
    if not rubric.person_suffixes:
        return None
    if "for" not in words and not _dealing(words, rubric):
        return None  # most items: no party counted as whom the work was for, nor one dealing with us
    known = {index for group in ("persona", "measure", "jargon") for m in hits.get(group, ())
             for index in range(m.first, m.last + 1)}
    if "for" not in words:
        return _counted_actor(tokens, view, rubric, words, known)
    measured = {m.last for m in hits.get("measure", ())}
    for at, word in enumerate(words):
        if word != "for":
            continue
        index = at + 1
        while index < len(words) and words[index] in FOR_DETERMINERS:
            index += 1
        begin = index  # the count stays inside the party, as written ("12,000 small importers")
        counted = index < len(words) and (words[index][:1].isdigit() or words[index] in rubric.number_words_set)
        if counted:
            index = _count_end(words, index + 1)
        if not counted and at - 1 not in measured:
            continue
        position = _people_noun(tokens, words, index, rubric, known)
        if position is not None:
            span = Span(tokens[begin].start, tokens[position].end)
            return Mention("external", span, view[span.start:span.end])
    return _counted_actor(tokens, view, rubric, words, known)


ACTOR_FILLERS = frozenset("now still all had have".split())
PRESENT_DEALINGS = frozenset("sell sells buy buys use uses book books order orders list lists pay pays "
                             "rent rents ship ships".split())


def _counted_actor(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                   known: set[int]) -> Mention | None:
    """A counted party that does business with the writer's product because of the work ("1,150
    independent grocers now sell through us", "300 florists booked a slot"): the count is a
    result (profile list ``measures.party_results``, or dealing in the present tense), and a word
    shaped like a plural noun for people names who was served."""
    if not _dealing(words, rubric):
        return None  # most items: no party's dealing to look for
    numbers = rubric.number_words_set
    at = 0  # where the next count may start: a long run of numbers is read once, not once per number in it
    for begin in [index for index, word in enumerate(words) if word[:1].isdigit() or word in numbers]:
        if begin < at:
            continue
        at = _count_end(words, begin + 1)
        position = _people_noun(tokens, words, at, rubric, known)
        if position is None:
            continue
        verb = position + 1
        while verb < len(words) and words[verb] in ACTOR_FILLERS:
            verb += 1
        if verb < len(words) and (words[verb] in rubric.party_results or words[verb] in PRESENT_DEALINGS):
            span = Span(tokens[begin].start, tokens[position].end)
            return Mention("external", span, view[span.start:span.end])
    return None


def _dealing(words: list[str], rubric: Rubric) -> bool:
    """Whether the item has a word of a party's dealing (``measures.party_results``, or dealing in
    the present tense) for a count to be the subject of."""
    return not (rubric.party_results.isdisjoint(words) and PRESENT_DEALINGS.isdisjoint(words))


def _count_end(words: list[str], index: int) -> int:
    """Where a number that began just before ``index`` ends: "2,300" is read as three tokens."""
    while index + 1 < len(words) and words[index] in (",", ".") and words[index + 1][:1].isdigit():
        index += 2
    return index


def _people_noun(tokens: tuple[Token, ...], words: list[str], start: int, rubric: Rubric,
                 known: set[int]) -> int | None:
    """The first word within reach of ``start`` shaped like a plural noun for people that no list
    already reads ("small importers", "independent grocers"), or None. Not a name, a possessive
    ("the sellers' ..."), or software ("12 workers now use the queue", read by the persona lists with
    care)."""
    for position in range(start, min(len(words), start + PARTY_REACH)):
        noun = words[position]
        if not noun.isalpha() or noun in rubric.non_persona_followers:
            return None
        if position in known or noun in rubric.not_people or not noun.endswith(rubric.person_suffixes):
            continue
        if tokens[position].text[:1].isupper() or words[position + 1:position + 2] in (["'s"], ["’s"]) \
                or noun in rubric.software_words:
            return None
        return position
    return None


RENEWERS = frozenset("he she they both all it".split())  # who renewed, told again as a pronoun
NOT_RENEWERS = frozenset("i we our my us".split())  # the writer or the writer's team renewing a vendor
SUBJECT_REACH = 3  # words before the renewal where its party's noun starts ("the county renewed")


def _renewing_party(tokens: tuple[Token, ...], view: str, words: list[str], hits: Hits) -> Mention | None:
    """The party that renewed, extended or signed a contract with the writer's business: a customer
    by what it did ("the county renewed its contract", "he extended the contract by two years",
    "both signed the new contract", "a three-year renewal from Globex"; profile list
    ``phrases.renewing``), not the writer's team renewing a vendor ("we renewed the licence") or a
    department that buys ("finance renewed it": a ``senior_party``)."""
    renewals = hits.get("renewing")
    if not renewals:
        return None
    seniors = {index for m in hits.get("senior_party", ()) for index in range(m.first, m.last + 1)}
    for match in renewals:
        if words[match.last] == "from":  # "a renewal from Globex": the name after it
            end = match.last + 1
            while end < len(tokens) and tokens[end].text[:1].isupper():
                end += 1
            if end > match.last + 1:
                span = Span(tokens[match.last + 1].start, tokens[end - 1].end)
                return Mention("external", span, view[span.start:span.end])
            continue
        subject = match.first - 1
        if subject < 0 or not words[subject].isalpha() or words[subject] in NOT_RENEWERS or subject in seniors:
            continue
        begin = subject
        while begin > 0 and match.first - begin < SUBJECT_REACH and words[begin - 1].isalpha() \
                and words[begin - 1] not in NOT_RENEWERS and words[begin - 1] not in ("and", "but", "so", "then"):
            begin -= 1
        if words[begin] in NOT_RENEWERS:
            continue
        span = Span(tokens[begin].start, tokens[subject].end)
        return Mention("external", span, view[span.start:span.end])
    return None

