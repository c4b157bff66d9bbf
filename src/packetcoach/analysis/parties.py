"""A served party the persona lists do not know, named by how the item treats it.

The profile's persona lists name the parties most drafts serve, but every business has its own
("forwarders", "importers", "plumbers"). Such a word still names a served party by its place in the
sentence: counted as whom the work was for, the owner of a measure, the people research was held
with, a count served or a share taken, the one the work now lets do something, one that told the
writer something. The word must be shaped like a plural noun for people (profile lists
``personas.person_suffixes`` and ``personas.not_people``, or ``personas.people_nouns``), and the
writer's own people, collaborators and software are never served parties.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import or_

from packetcoach.core.model import Mention, Span, Token
from packetcoach.profile.compile import Rubric, derived
from packetcoach.profile.lexicon import Match
from packetcoach.text.verbs import finite_next, leading_verb

Hits = dict[str, list[Match]]

FOR_DETERMINERS = frozenset("the all our its their each every those these".split())
PARTY_REACH = 3  # words after "for" (past a count) where the party's noun can be


def party_served(tokens: tuple[Token, ...], view: str, rubric: Rubric, hits: Hits,
                 words: list[str]) -> Mention | None:
    """A served party the persona lists do not know, named by how the item treats it: counted as
    whom the work was for ("clearance for 12,000 small importers", "for the 2,300 forwarders on
    it"), as the ones a customer or business measure is taken for ("sign-up completion for
    freelancers"), or by another place in the sentence (the functions below), with a word shaped
    like a plural noun for people (profile lists ``person_suffixes`` and ``not_people``)."""
    renewing = _renewing_party(tokens, view, rubric, words, hits)
    if renewing is not None:
        return renewing
    if not rubric.person_suffixes:
        return None
    known = {index for group in ("persona", "measure", "jargon") for m in hits.get(group, ())
             for index in range(m.first, m.last + 1)}
    each = _each_one(tokens, view, rubric, words, known) if not _one_of_words(rubric).isdisjoint(words) else None
    if each is not None:
        return each
    given = _given_back(tokens, view, rubric, words) if GIVEN_BACK in words else None
    if given is not None:
        return given
    modifier = _measured_modifier(tokens, view, rubric, words, known)
    if modifier is not None:
        return modifier
    listed = _people_on(tokens, view, rubric, words) if PEOPLE in words else None
    if listed is not None:
        return listed
    if not _any_people_noun(words, rubric, known) and rubric.people_relatives.isdisjoint(words) \
            and not (RESEARCH_WITH in words and _research_with(words, rubric)):
        return None  # most items: no word that each way below needs (:func:`_people_noun`, :func:`_related_people`)
    return (_owned_party(tokens, view, rubric, hits, words, known)
            or _counted_actor(tokens, view, rubric, words, known)
            or _party_by_place(tokens, view, rubric, words, known)
            or _framed_party(tokens, view, rubric, words, known))


PEOPLE = "people"
PEOPLE_ON_REACH = 4  # words after "on" where the list or benefit can end: "the 7:10 standby list"


def _people_on(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str]) -> Mention | None:
    """People named by a list or a benefit they are on (profile list ``personas.people_on``: "for
    people on the standby list", "fees for people on benefits"), not the writer's own ("our people
    on the list") and not people on a team or a call."""
    for at, word in enumerate(words):
        if word != PEOPLE or words[at + 1:at + 2] != ["on"] or words[at - 1:at] and words[at - 1] in OWN_PARTIES:
            continue
        for end in range(at + 2, min(len(words), at + 2 + PEOPLE_ON_REACH)):
            if words[end] in rubric.people_on:
                return _mention(tokens, view, at, end)
            if not words[end].replace(":", "").isalnum():
                break  # a clause ends before any list: "people on it, and ..."
    return None


GIVEN_BACK = "back"
GIVING_REACH = 6  # words from the verb of giving to "back": the party and its modifiers
AMOUNT_LEADS = frozenset("about around roughly nearly almost over some".split())  # "back about 6 hours"
NOT_GIVEN = frozenset("it them us me him her you this that".split())  # "giving them back": named elsewhere


def _given_back(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str]) -> Mention | None:
    """The party a deed gives an amount back to, whatever it is called: "giving each branch clerk back
    about 40 minutes a day", "which gives the finance volunteers back 3 hours a night" (a verb of
    giving, profile list ``personas.giving``, the party, "back" and a number). Time or money handed
    back is the consequence felt by the one who gets it, an internal team included, as the labelling
    guide reads time saved for a team; a pronoun there names a party told elsewhere."""
    for at, word in enumerate(words):
        if word != GIVEN_BACK or at < 2:
            continue
        amount = at + 2 if words[at + 1:at + 2] and words[at + 1] in AMOUNT_LEADS else at + 1
        if not _is_count(words, amount, rubric):
            continue
        verb = next((index for index in range(at - 2, max(at - GIVING_REACH, 0) - 1, -1)
                     if words[index] in rubric.giving), None)
        noun = at - 1
        if verb is None or not _person_word(words[noun], rubric):
            continue
        begin = max(_party_begin(words, noun, rubric), verb + 1)
        return _mention(tokens, view, begin, noun)
    return None


FELT_KEY = "parties.felt_measures"
INTERNAL_KEY = "parties.internal_words"
CLAUSE_ENDS = frozenset(".;:!?(")


def _measured_modifier(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                       known: set[int]) -> Mention | None:
    """A party named in the singular as the modifier of a measure people feel, opening its sentence
    or clause ("Owner satisfaction after a call rose", "Tutor ratings went from 4.2 to 4.7"; profile
    list ``personas.felt_measures``). The measure tells the word is people, so a word that may name
    software ("owner", "subscriber") is read here; the writer's own people ("engineer", "agent",
    profile lists ``personas.internal`` and ``not_people``) and a name inside a sentence are not."""
    felt = derived(rubric, FELT_KEY, lambda r: frozenset(r.profile.list("personas", "felt_measures")))
    if felt.isdisjoint(words):
        return None  # most items: no such measure (one test in C, no step per word)
    internal = derived(rubric, INTERNAL_KEY, lambda r: frozenset(
        word for word in r.profile.list("personas", "internal") if word.isalpha()))
    for at in range(len(words) - 1):
        if words[at + 1] not in felt or at in known:
            continue
        noun = words[at]
        if at and words[at - 1] not in CLAUSE_ENDS or not noun.isalpha() or noun.endswith("s") \
                or noun in internal or noun + "s" in internal or noun + "s" in rubric.not_people:
            continue
        if _person_word(noun, rubric) or (noun + "s").endswith(rubric.person_suffixes):
            return _mention(tokens, view, at, at)
    return None


PERSON_WORDS_KEY = "parties.person_words"


def _person_word(noun: str, rubric: Rubric) -> bool:
    """``noun``, singular or plural, names people: a word the persona lists hold, inside the company or
    out ("clerk", "staff"), or one shaped like a plural noun for people ("volunteers", "director";
    profile lists ``person_suffixes``, ``not_people`` and ``people_nouns``), never a pronoun."""
    if not noun.isalpha() or noun in NOT_GIVEN:
        return False
    plural = noun if noun.endswith("s") else noun + "s"
    listed = derived(rubric, PERSON_WORDS_KEY, lambda r: frozenset(
        word for group in ("external", "internal") for word in r.profile.list("personas", group) if word.isalpha()))
    return plural in listed or noun in listed or plural in rubric.people_nouns or noun in rubric.people_nouns \
        or plural.endswith(rubric.person_suffixes) and plural not in rubric.not_people


SINGULAR_POSSESSIVES = ("'s", "’s")
# "each other's returns", "no longer had", "no fewer than": no party
NOT_EACH = frozenset(("other", "one", "longer", "later", "sooner", "fewer", "further", "more", "less"))
ONE_OF_KEY = "parties.one_of_words"


def _one_of_words(rubric: Rubric) -> frozenset[str]:
    """The last words of ``personas.one_of_party``: an item with none of them has no party taken in turn."""
    return derived(rubric, ONE_OF_KEY, lambda r: frozenset(phrase[-1] for phrase in r.one_of_party))


LISTED_KEY = "parties.listed_plurals"


def _listed_plurals(rubric: Rubric) -> frozenset[str]:
    """The one-word served parties the persona lists name ("clinics", "hospitals", "residents"): one of
    them taken in turn is served as they are ("no clinic has lost a batch")."""
    return derived(rubric, LISTED_KEY, lambda r: frozenset(
        word for word in r.profile.list("personas", "external") if word.isalpha() and word.endswith("s")))


PAIRS_KEY = "parties.listed_pairs"


def _listed_pairs(rubric: Rubric) -> frozenset[str]:
    """The served parties of two words the persona lists name in the plural ("pet owners"): one of
    them taken in turn is served, even where the noun alone may name software ("no pet owner has")."""
    return derived(rubric, PAIRS_KEY, lambda r: frozenset(
        phrase for phrase in r.profile.list("personas", "external") if len(phrase.split()) == 2 and phrase.endswith("s")))


def _listed_one(noun: str, rubric: Rubric) -> bool:
    """``noun`` is one of a listed served party ("clinic", "charity")."""
    listed = _listed_plurals(rubric)
    return noun + "s" in listed or noun.endswith("y") and noun[:-1] + "ies" in listed


def _each_one(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
              known: set[int]) -> Mention | None:
    """One of a party taken in turn (profile list ``personas.one_of_party``), named by what is theirs
    ("each skipper's remaining quota", "without lengthening any child's ride") or with a verb of its
    own after it ("no resident returned home", "not one child was dropped"). The noun is one whose
    plural reads as people (profile lists ``person_suffixes``, ``people_nouns`` and ``not_people``:
    "each quarter's numbers", "each order's status", "each state's rules" and "no longer had" name
    none), not a name, and something of theirs or a verb of theirs follows."""
    last_words = _one_of_words(rubric)
    for at in range(len(words) - 2):
        if words[at] not in last_words:
            continue  # no phrase of ``one_of_party`` ends here
        span = _one_at(tokens, rubric, words, known, at)
        if span is not None:
            return Mention("external", span, view[span.start:span.end])
    return None


def taken_in_turn(tokens: tuple[Token, ...], rubric: Rubric, words: list[str], at: int) -> bool:
    """Does one of a party taken in turn follow the word at ``at`` ("no practice waited", "no
    charity has had to chase"), read as :func:`_each_one` reads it?"""
    return words[at] in _one_of_words(rubric) and _one_at(tokens, rubric, words, set(), at) is not None


def _one_at(tokens: tuple[Token, ...], rubric: Rubric, words: list[str], known: set[int], at: int) -> Span | None:
    """The party's noun after the ``one_of_party`` phrase that ends at ``at``, without its "'s"."""
    if at + 2 >= len(words):
        return None
    owner, modified = words[at + 1], False
    if at + 1 in known or tokens[at + 1].text[:1].isupper() or not phrase_before(words, at + 1, rubric.one_of_party):
        return None
    if owner.endswith(SINGULAR_POSSESSIVES):
        noun = owner[:-2]
        if not words[at + 2].isalpha():
            return None
    elif finite_next(tokens, at + 2, rubric):
        noun = owner
    elif owner.isalpha() and at + 2 < len(words) and at + 2 not in known and finite_next(tokens, at + 3, rubric) \
            and f"{owner} {words[at + 2]}s" in _listed_pairs(rubric):
        noun, modified = words[at + 2], True  # a listed party of two words: "no pet owner has reported"
    elif _listed_one(owner, rubric) and words[at + 2:at + 4] in SERVED_AFTER:
        noun = owner  # "every hospital we serve", "every hospital on our linen list": the business's own customers
    else:
        return None
    plural = noun + "s"  # "skippers"; "children" for "child"
    if modified or noun.isalpha() and noun not in NOT_EACH and plural not in rubric.not_people \
            and plural not in rubric.software_words and (plural.endswith(rubric.person_suffixes)
                                                         or not rubric.people_nouns.isdisjoint((plural, noun + "ren"))
                                                         or _listed_one(noun, rubric)):
        token = tokens[at + 1]
        end = tokens[at + 2].start + len(noun) if modified else token.start + len(noun)
        return Span(token.start, end)
    return None


SERVED_AFTER = (["we", "serve"], ["we", "support"], ["i", "serve"], ["on", "our"])


def _any_people_noun(words: list[str], rubric: Rubric, known: set[int]) -> bool:
    """Whether any word no list reads is shaped like a plural noun for people: the word every
    party named by its place needs (:func:`_people_noun`), so an item without one is read no
    further."""
    things, named = rubric.not_people, rubric.people_nouns | rubric.party_organisations
    # the words shaped or listed as people found in C; only those are looked at in Python
    shaped = map(or_, map(str.endswith, words, repeat(rubric.person_suffixes)), map(named.__contains__, words))
    for at in compress(count(), shaped):
        word = words[at]
        if word not in things and (word.isalpha() or _compound_head(word, rubric)) and at not in known:
            return True
    return False


def _framed_party(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                  known: set[int]) -> Mention | None:
    """A party named by the words just before it: a count the work serves ("the exchange now serves
    140 glaziers", "onboarded 300 new glaziers"; profile list ``personas.count_frames``; a count
    alone may be of things with a person-like ending, "12 feeders", "2,000 chillers") or a share
    taken of it ("only 0.4% of owners used it", "half of the growers"; ``personas.share_marks``).
    Not the writer's own people ("half of our estimators"). The people a survey counts are served
    too ("a survey of 1,300 glaziers"; ``personas.surveys``, with a count after "of")."""
    if rubric.count_frames.isdisjoint(words) and "of" not in words:
        return None
    for at, word in enumerate(words):
        served = word in rubric.count_frames or word == "of" and at > 0 and words[at - 1] in rubric.surveys
        if not served and not (word == "of" and at > 0 and words[at - 1] in rubric.share_marks):
            continue
        begin = at + 1
        while begin < len(words) and words[begin] in FOR_DETERMINERS and words[begin] not in OWN_PARTIES:
            begin += 1
        if served and not _is_count(words, begin, rubric):
            continue
        position = _people_noun(tokens, words, count_end(words, begin + 1) if served else begin, rubric, known)
        if position is not None and words[position + 1:position + 2] not in (["'"], ["’"]) \
                and _party_begin(words, position, rubric) == begin:  # the count or share is of that noun
            return _mention(tokens, view, begin, position)
    return None


def _owned_party(tokens: tuple[Token, ...], view: str, rubric: Rubric, hits: Hits, words: list[str],
                 known: set[int]) -> Mention | None:
    """The party a count or a measure is for: "clearance for 12,000 small importers" (a count of
    people only: "facilities for 410 clubs" may be the writer's own sites), "sign-up
    completion for freelancers", "back strains among 600 housekeepers" (profile list
    ``personas.owner_words``), or the one a measure named just before comes from or goes to
    ("complaints from glaziers", "failed payouts to upholsterers"; ``personas.measure_owners``), or
    the people a piece of research was with ("40 interviews with glaziers"; ``personas.research``)."""
    measured = {m.last for m in hits.get("measure", ())}
    owner = _possessive_owner(tokens, words, rubric, hits, known)
    if owner is not None:
        return _mention(tokens, view, *owner)
    if rubric.owner_words.isdisjoint(words) and rubric.measure_owners.isdisjoint(words) and "with" not in words:
        return None
    for at, word in enumerate(words):
        owning = word in rubric.owner_words
        studied = word == "with" and phrase_before(words, at, rubric.research)
        if not owning and not studied and not (word in rubric.measure_owners and at - 1 in measured):
            continue
        index = at + 1
        while index < len(words) and words[index] in FOR_DETERMINERS and words[index] not in OWN_PARTIES:
            index += 1
        if words[index:index + 1] and words[index] in AMOUNT_LEADS and _is_count(words, index + 1, rubric):
            index += 1  # "for about 90,000 skaters a year": the count after its lead
        begin = index  # the count stays inside the party, as written ("12,000 small importers")
        counted = _is_count(words, index, rubric)
        if counted:
            index = count_end(words, index + 1)
        elif owning and words[index:index + 1] and words[index] in MOST:
            counted, index, begin = True, index + 1, index + 1  # "better for most swimmers": most of a party, as a count
        position = _people_noun(tokens, words, index, rubric, known)
        if position is None and studied:
            position = _studied_noun(tokens, words, index, rubric)
        if position is not None and (counted and owning and words[position] not in rubric.party_organisations
                                     or studied or at - 1 in measured or _moved_from(words, position + 1, rubric)):
            return _mention(tokens, view, begin, position)
    return None


RESEARCH_WITH = "with"


RESEARCH_ENDS_KEY = "parties.research_ends"


def _research_with(words: list[str], rubric: Rubric) -> bool:
    """Research held with someone ("22 interviews with ..."; profile list ``personas.research``)."""
    ends = derived(rubric, RESEARCH_ENDS_KEY, lambda r: frozenset(phrase[-1] for phrase in r.research))
    if ends.isdisjoint(words):
        return False  # most items with "with": no research named
    at = -1
    while True:
        try:
            at = words.index(RESEARCH_WITH, at + 1)
        except ValueError:
            return False
        if phrase_before(words, at, rubric.research):
            return True


def _studied_noun(tokens: tuple[Token, ...], words: list[str], start: int, rubric: Rubric) -> int | None:
    """The people research was held with: research is held with people, so the first noun after
    "with" shaped like a plural noun for people names them even where the same word names a thing
    or a colleague elsewhere ("discovery calls with community theatre directors", "24 interviews
    with freelance designers", "22 interviews with exhibitor leads"; profile lists
    ``personas.person_suffixes`` and ``people_nouns``); not the writer's own people, a thing
    ("usability tests with paper prototypes"), a name or software."""
    if start > 0 and words[start - 1] in OWN_PARTIES:
        return None
    for position in range(start, min(len(words), start + PARTY_REACH)):
        noun = words[position]
        if not (noun.isalpha() or _compound(noun)) or noun in NOT_MODIFIERS or noun in OWN_PARTIES:
            return None
        if (noun.rpartition("-")[2].endswith(rubric.person_suffixes) or noun in rubric.people_nouns
                or _person_word(noun, rubric)) and noun not in rubric.software_words:
            named = tokens[position].text[:1].isupper()
            return None if named else position
    return None


MOST = frozenset(("most", "many"))  # "for most swimmers", "for many hirers": a share of a party, uncounted
POSSESSIVE_MARKS = frozenset(("'", "’"))
OWNED_REACH = 2  # words after a plural possessive where the measure it owns can begin


def _possessive_owner(tokens: tuple[Token, ...], words: list[str], rubric: Rubric, hits: Hits,
                      known: set[int]) -> tuple[int, int] | None:
    """Where a party owning a measure begins and where its noun is, or None: "motorists' payout time",
    "the archivists' export wait" (a plural possessive with a measure just after)."""
    if POSSESSIVE_MARKS.isdisjoint(words):
        return None
    starts = {m.first for m in hits.get("measure", ())}
    for at, word in enumerate(words):
        if word in POSSESSIVE_MARKS and at > 0 and (any(at + step in starts for step in range(1, OWNED_REACH + 1))
                                                    or _owned_moved(words, at, rubric)) \
                and _people_noun(tokens, words, at - 1, rubric, known) == at - 1:
            begin = _party_begin(words, at - 1, rubric)
            if begin == 0 or words[begin - 1] not in OWN_PARTIES:
                return begin, at - 1
    return None


OWNED_MOVE_REACH = 4  # words a thing a party owns may take before the change told of it
MOVED_BY = frozenset(("from", "by"))


def _owned_moved(words: list[str], mark: int, rubric: Rubric) -> bool:
    """The thing a party owns, right after its plural possessive, moved by a figure: "translators'
    post-edit distance dropped from 0.42 to 0.29", "artists' lost hours fell from 11 to 3" (a
    change word, then "from", "by", a count or "to" and a count; the thing owned in words alone
    before it; never "the caretakers' rota rose to the top of the backlog")."""
    for at in range(mark + 2, min(len(words) - 1, mark + 2 + OWNED_MOVE_REACH)):
        word = words[at]
        if word in rubric.change_words:
            return words[at + 1] in MOVED_BY or _is_count(words, at + 1, rubric) \
                or words[at + 1] == "to" and _is_count(words, at + 2, rubric)  # not "rose to the top"
        if not (word.isalpha() or _compound(word)):
            return False
    return False


def _moved_from(words: list[str], at: int, rubric: Rubric) -> bool:
    """A measure moved from a number begins at ``at``: "cut time-to-payout for motorists from 9 days
    to 2", "time-to-payout for motorists fell from 9 days to 2", where the measure's own word is one
    no list knows."""
    if words[at:at + 1] and words[at] in rubric.change_words:
        at += 1
    return words[at:at + 1] == ["from"] and words[at + 1:at + 2] != [] and words[at + 1][:1].isdigit()


CLAUSE_BOUNDARIES = frozenset(", ; : — – and but".split())
NOT_MODIFIERS = frozenset("what who whom that which after before when while if as once since because the a an "
                          "of to in on at by with from for about so".split())  # where a party's words begin
OWN_PARTIES = frozenset("our my we i".split())  # the writer's own people ("so our planners can")


def _party_by_place(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                    known: set[int]) -> Mention | None:
    """A party the lists lack named by its place in the sentence: the one the work now lets do
    something ("so that hygienists can update a chart in 4 minutes", profile lists
    ``personas.enabling`` and ``personas.enabled``; "by letting glaziers price a job", a verb after
    ``personas.letting``), one opening a clause with a change that happened
    to it ("riders now wait 31 seconds", ``personas.now_words``), one that told the writer
    something ("blind patrons told us", ``personas.telling``), or one a relative clause tells of as
    people ("homeowners who carry their phone", ``personas.people_relatives``). Not the writer's own
    people ("so our planners can"), nor collaborators, and only words shaped like a plural noun for
    people."""
    present = set(words)
    cues, enabling_ends, telling_starts = _place_cues(rubric)
    if cues.isdisjoint(present):
        return None  # most items: nothing after a party that would name it
    for at in range(len(words) + 1):
        previous = words[at - 1] if at else ""
        letting = previous in rubric.letting
        if at == 0 or previous in CLAUSE_BOUNDARIES:
            after = rubric.now_words
        elif previous in enabling_ends and phrase_before(words, at, rubric.enabling):
            after = rubric.enabled
        else:
            after = frozenset()
        if after or letting:
            index = at
            while index < len(words) and words[index] in FOR_DETERMINERS and words[index] not in OWN_PARTIES:
                index += 1
            start = index
            if _is_count(words, index, rubric):
                index = count_end(words, index + 1)  # "which let 310 small glaziers run ..."
            position = _people_noun(tokens, words, index, rubric, known)
            if position is not None and (_phrase_at(words, position + 1, after)
                                         or letting and _bare_verb(words, position + 1, rubric)):
                begin = _party_begin(words, position, rubric)
                if letting and begin == at - 1:
                    begin = at  # the letting verb is no modifier of the party: "let regular hirers book"
                if begin >= start and (begin == 0 or words[begin - 1] not in OWN_PARTIES):
                    return _mention(tokens, view, begin, position)
        if at < len(words) and words[at] in telling_starts and (
                words[at] in rubric.people_relatives or _phrase_at(words, at, rubric.telling)):
            noun = at - 1
            if noun >= 0 and (_people_noun(tokens, words, noun, rubric, known) == noun
                              or words[at] in rubric.people_relatives and _related_people(tokens, words, noun, rubric, known)):
                begin = _party_begin(words, noun, rubric)
                joined = not words[noun].endswith("s") and "and" in words[max(begin - 2, 0):begin]  # "..., and a chef who": a clause
                if begin == 0 or not (words[begin - 1] in OWN_PARTIES or not joined and collaborator(words, begin, rubric)):
                    return _mention(tokens, view, begin, noun)
    return None


PLACE_CUES_KEY = "parties.place_cues"


def _place_cues(rubric: Rubric) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words :func:`_party_by_place` looks for, worked out once per compiled profile and kept
    with it: every word that can come right after a party so named (the relatives, the "letting"
    words, the first words of the now, enabled and telling phrases), the last words of the enabling
    phrases (read first, the phrases only where they stand) and the first words of the telling ones
    with the relatives."""
    return derived(rubric, PLACE_CUES_KEY, _build_place_cues)


def _build_place_cues(rubric: Rubric) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    firsts = frozenset(phrase[0] for phrases in (rubric.now_words, rubric.enabled, rubric.telling)
                       for phrase in phrases)
    return (rubric.people_relatives | rubric.letting | firsts,
            frozenset(phrase[-1] for phrase in rubric.enabling),
            frozenset(phrase[0] for phrase in rubric.telling) | rubric.people_relatives)


def _bare_verb(words: list[str], at: int, rubric: Rubric) -> bool:
    """A verb's bare form (or "to" before one) begins at ``at``: "letting shoppers pay", "helps
    glaziers to price", or one of a party's dealings ("let regular hirers book all their slots";
    profile list ``personas.dealings``)."""
    word = words[at] if at < len(words) else ""
    return word == "to" or rubric.verb_lemma.get(word) == word or word in rubric.dealings


NOT_PLURAL_PEOPLE = ("ss", "us", "is", "'s", "’s")  # "whose business", "whose status": no plural


def _related_people(tokens: tuple[Token, ...], words: list[str], noun: int, rubric: Rubric, known: set[int]) -> bool:
    """The plural noun at ``noun`` is one the sentence treats as people by the relative after it
    ("brides who complete every fitting", "for brides who live an hour away"; profile list
    ``personas.people_relatives``), whatever its ending: not a thing with a person's ending (profile
    list ``not_people``), software, a word no party follows, a name, or one the lists already read."""
    word = words[noun]
    if noun in known or not word.isalpha():
        return False
    if not word.endswith("s"):
        if words[noun + 1:noun + 2] != ["who"] or not _one_in_general(words, noun):
            return False  # "a supplier whose sensors fail": a thing of theirs, the firm bought from
        word += "s"  # "a landlord who loses a dispute": its plural is what the lists hold
    if word.endswith(NOT_PLURAL_PEOPLE) or word in rubric.not_people or word in rubric.software_words \
            or word in rubric.non_persona_followers or word in rubric.periods:
        return False
    return not (tokens[noun].text[:1].isupper() and noun > 0 and words[noun - 1] not in SENTENCE_ENDS)


ONE_IN_GENERAL = frozenset(("a", "an"))  # "a landlord who loses a dispute usually leaves"


def _one_in_general(words: list[str], noun: int) -> bool:
    """The singular noun at ``noun``, before "who", names one of a party in general, as a standing
    truth does ("A landlord who loses a dispute usually leaves the scheme", "a chef who opens a bad bag
    does not complain", "a supplier who is paid late once rarely sends us a second invoice"): "a" or
    "an" before it, one plain word between at most ("a shop owner who"), in an item with neither the
    writer nor the team in it ("I am a team player who ...", "I gave the pilot to a junior PM who ..."
    name the writer and a colleague)."""
    before = words[noun - 2:noun] if noun > 1 else words[:noun]
    if not before or not (before[-1] in ONE_IN_GENERAL or len(before) == 2 and before[0] in ONE_IN_GENERAL
                          and before[1].isalpha()):
        return False
    return OWN_PARTIES.isdisjoint(words)


def _party_begin(words: list[str], noun: int, rubric: Rubric) -> int:
    """Where the party whose noun is at ``noun`` begins: its modifiers and its count, as written
    ("300 beekeepers", "rural choristers"), not the words of the clause around it."""
    begin = noun
    while begin > 0 and noun - begin < PARTY_REACH - 1 and (words[begin - 1].isalpha() or _compound(words[begin - 1])) \
            and words[begin - 1] not in NOT_MODIFIERS and words[begin - 1] not in FOR_DETERMINERS \
            and words[begin - 1] not in OWN_PARTIES and words[begin - 1] not in CLAUSE_BOUNDARIES \
            and (not words[begin - 1].endswith("ing") or words[begin - 1] in rubric.persona_modifiers):
        begin -= 1  # not a verb's -ing form: "the banner scaring travellers"
    if begin > 0 and _is_count(words, begin - 1, rubric):
        begin -= 1  # a count: "2,300" is read as three tokens
        while begin > 1 and words[begin - 1] in (",", ".") and words[begin - 2][:1].isdigit():
            begin -= 2
    return begin


def _compound(word: str) -> bool:
    """Words joined by hyphens ("night-desk", "first-time"): one modifier of a party, not its noun."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalpha() for part in parts)


def _compound_head(word: str, rubric: Rubric) -> bool:
    """A word joined by hyphens whose last part is shaped like a plural noun for people
    ("festival-goers", "test-takers", "high-schoolers"): a party's noun when no noun follows it."""
    head = word.rpartition("-")[2]
    return head.endswith(rubric.person_suffixes) and head not in rubric.not_people and _compound(word)


def _shaped(following: list[str], rubric: Rubric) -> bool:
    """The word after a hyphened word is itself a party's noun ("night-desk editors"), so the hyphened
    word is its modifier."""
    return bool(following) and following[0].isalpha() and (
        following[0].endswith(rubric.person_suffixes) or following[0] in rubric.people_nouns
        or following[0] in rubric.party_organisations)


def _phrase_at(words: list[str], at: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[at:at + len(phrase)]) == phrase for phrase in phrases)


def phrase_before(words: list[str], at: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(at >= len(phrase) and tuple(words[at - len(phrase):at]) == phrase for phrase in phrases)


def _mention(tokens: tuple[Token, ...], view: str, begin: int, end: int) -> Mention:
    span = Span(tokens[begin].start, tokens[end].end)
    return Mention("external", span, view[span.start:span.end])


def collaborator(words: list[str], first: int, rubric: Rubric, last: int | None = None) -> bool:
    """A party just after "with", "partnered with", "led" ... is a collaborator, not served, counted
    or not ("coached two analysts", "trained 4 volunteer coordinators"), unless research was held
    with it ("40 interviews with support agents"; profile list ``personas.research``), or "and" opens
    a clause a plural party, ending at ``last``, is the subject of, with a change told after it ("and
    bed managers now check one screen"; ``personas.now_words``; never "the live-ops lead and the
    analyst now run it with me", a colleague named beside another)."""
    index = _frame_end(words, first, rubric, modified=True)
    if words[index - 1:index] == ["with"] and phrase_before(words, index - 1, rubric.research):
        return False  # the people research was held with are the ones served ("ride-alongs with supervisors")
    if last is not None and words[index - 1:index] == ["and"] and words[last].endswith("s") \
            and _phrase_at(words, last + 1, rubric.now_words):
        return False  # "and bed managers now check one screen": "and" opens a clause the party is the subject of
    for size in (2, 1):
        if index - size >= 0 and tuple(words[index - size:index]) in rubric.collaborator_frames:
            return True
    return developed(words, index, rubric)


COUNTERPARTY_REACH = 4  # words from "with" to the party's first word: "with the three grounds contractors"
NEGOTIATION_REACH = 6  # words from a verb of negotiating to "with": "negotiated a 5-year fixed price with"
COUNTERPARTY_STEPS = frozenset("the a an our all various".split())  # words between "with" and the party


def counterparty(words: list[str], first: int, rubric: Rubric) -> bool:
    """A party the writer worked, met or negotiated with, named right after "with", is a
    counterparty, not whom the work served, inside or outside the business ("worked closely with the
    agencies", "monthly contract review meetings with the three grounds contractors", "negotiated a
    5-year fixed price with the meter supplier"; profile lists ``personas.counterparty_frames``, the
    words just before "with", and ``personas.negotiating``, a verb up to six words before it). The
    party served may be named later in the item ("negotiated with three installers ..., and 38% of
    audited homeowners"). Research held with a party is not this (``personas.research``: "40
    interviews with glaziers")."""
    if not rubric.counterparty_frames and not rubric.negotiating:
        return False
    index = first
    while words[index - 1:index] != ["with"]:
        word = words[index - 1] if index > 0 else ""
        if first - index >= COUNTERPARTY_REACH or not word or word in NOT_MODIFIERS and word not in COUNTERPARTY_STEPS \
                or word in CLAUSE_BOUNDARIES and word != "and":
            return False  # "... and the parish councils": the second of the parties worked with
        index -= 1
    at = index - 1
    if phrase_before(words, at, rubric.research):
        return False
    if any(at - size >= 0 and tuple(words[at - size:at]) in rubric.counterparty_frames for size in (2, 1)):
        return True
    for back in range(at - 1, max(at - 1 - NEGOTIATION_REACH, -1), -1):
        word = words[back]
        if word in rubric.negotiating:
            return True
        if word in CLAUSE_BOUNDARIES or word in NOT_MODIFIERS and word not in COUNTERPARTY_STEPS:
            return False  # "... so that members could renew with their bank card": another clause's verb
    return False


def let_act(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """Is the plural party at ``first``..``last`` the one a verb lets or helps do something, so the
    word after it is its own verb, not a thing named after it ("let 6,200 parents update allergies
    themselves", "helped borrowers plan better", "helps 50,000 renters build credit"; profile lists
    ``personas.letting`` and ``personas.count_frames``), where "the parent portal", "the customer
    plan" name things?"""
    if not words[last].endswith("s"):
        return False
    start = _frame_end(words, first, rubric, modified=True)
    while start > 2 and words[start - 1] == "," and words[start - 2][:1].isdigit():
        start = _frame_end(words, start - 1, rubric)  # "6,200" is read as "6", ",", "200"
    return start > 0 and (words[start - 1] in rubric.letting or words[start - 1] in rubric.count_frames)


def _frame_end(words: list[str], first: int, rubric: Rubric, modified: bool = False) -> int:
    """Where the words before a party's first word that only count or point at it ("the", "all 23")
    begin: the word before it is the frame that places the party. With ``modified``, one word that
    names which of them, after such a word, is stepped over too ("with the night supervisors")."""
    index = first
    stepped = not modified
    while index > 0:
        word = words[index - 1]
        if word[:1].isdigit() or word in FRAME_POINTERS or word in rubric.number_words_set:
            index -= 1
        elif not stepped and index == first and index > 1 and words[index - 2] in FRAME_POINTERS \
                and word.isalpha() and word not in NOT_MODIFIERS \
                and tuple(words[index - 2:index]) not in rubric.collaborator_frames:  # not "our own"
            stepped = True
            index -= 1  # "the night supervisors": which supervisors, not where they stand
        else:
            break
    return index


FRAME_POINTERS = frozenset("the a an our all".split())


def persuaded(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """A party the writer got to do something ("got the legal team to approve", "got all 23 branch
    managers to adopt"; profile list ``personas.persuading``): won over, a collaborator."""
    index = _frame_end(words, first, rubric)
    return index > 0 and words[index - 1] in rubric.persuading and words[last + 1:last + 2] == ["to"]


DEVELOPED_REACH = 4  # words between a verb of hiring or coaching and the people it names
HIRED_REACH = 3  # words from a party's first where a word for job candidates can stand ("strong external candidates")


def developed(words: list[str], first: int, rubric: Rubric) -> bool:
    """The people a verb of hiring or coaching names, with words between ("hired our first loyalty
    data scientist", "coached two tutoring-ops analysts"; profile list ``personas.developing``): the
    writer's own people, grown, not served. A preposition or a clause's edge ends the reach
    ("hired a firm for the analysts"). Job candidates are never served in an item that hires."""
    if not rubric.hiring_parties.isdisjoint(words[first:first + HIRED_REACH]) and not rubric.developing.isdisjoint(words):
        return True  # "turned down two external candidates to promote our support lead"
    for index in range(first - 1, max(first - 2 - DEVELOPED_REACH, -1), -1):  # the words between, then the verb
        word = words[index]
        if word in rubric.developing:
            return True
        if word == "of" and words[index + 1:index + 2] and words[index + 1] in OWN_PARTIES:
            continue  # "coached two of our curriculum specialists"
        if word in CLAUSE_BOUNDARIES or word in NOT_MODIFIERS and word not in ARTICLES:
            return False
    return False


ARTICLES = frozenset("the a an".split())


ACTOR_FILLERS = frozenset("now still all had have".split())


def _counted_actor(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                   known: set[int]) -> Mention | None:
    """A counted party that does business with the writer's product because of the work ("1,150
    independent grocers now sell through us", "300 florists booked a slot"): the count is a
    result (profile lists ``measures.party_results`` and ``personas.dealings``), and a word
    shaped like a plural noun for people names who was served."""
    if not _dealing(words, rubric):
        return None  # most items: no party's dealing to look for
    numbers = rubric.number_words_set
    at = 0  # where the next count may start: a long run of numbers is read once, not once per number in it
    for begin in [index for index, word in enumerate(words) if word[:1].isdigit() or word in numbers]:
        if begin < at:
            continue
        at = count_end(words, begin + 1)
        position = _people_noun(tokens, words, at, rubric, known)
        if position is None:
            continue
        verb = position + 1
        while verb < len(words) and words[verb] in ACTOR_FILLERS:
            verb += 1
        if verb < len(words) and (words[verb] in rubric.party_results or words[verb] in rubric.dealings
                                  or count_result(words, verb, rubric)):
            return _mention(tokens, view, begin, position)
    return _changed_dealing(tokens, view, rubric, words, known)


CHANGE_AMOUNTS = frozenset(("more", "fewer", "less", "twice"))  # "booked 20% more", "bought twice as many"
CHANGED_REACH = 3  # words after the verb where its count or change is: "booked 3,400 sessions", "booked 20% more"


def _changed_dealing(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                     known: set[int]) -> Mention | None:
    """A party named by a dealing of its own that changed, uncounted: the subject of a result verb
    with a count or a change after it ("lap swimmers booked 3,400 sessions a month", "swimmers booked
    20% more"; profile list ``measures.party_results``). Not the writer's own people, nor
    collaborators, and only words shaped like a plural noun for people."""
    for verb in range(1, len(words) - 1):
        if words[verb] not in rubric.party_results:
            continue
        position = verb - 1
        if _people_noun(tokens, words, position, rubric, known) != position:
            continue
        after = words[verb + 1:verb + 1 + CHANGED_REACH]
        if not (_is_count(words, verb + 1, rubric) or not CHANGE_AMOUNTS.isdisjoint(after)):
            continue
        begin = _party_begin(words, position, rubric)
        previous = words[begin - 1] if begin else ""
        if previous in OWN_PARTIES or previous and previous not in CLAUSE_BOUNDARIES and collaborator(words, begin, rubric):
            continue  # "our engineers booked 20% more hours", "worked with the planners"
        return _mention(tokens, view, begin, position)
    return None


GOT_OPENERS = frozenset("a an the their its every".split())  # what a counted party got: "got a first dose"


def count_result(words: list[str], at: int, rubric: Rubric) -> bool:
    """The word at ``at``, after a counted party, says what the work got it (profile list
    ``measures.count_results``: "2,100 patients got a same-day delivery", "got 96% of orders on
    time", "got free flu shots"): a thing or an amount follows, within a few words and before a
    word that opens a phrase or a clause; "300 sellers got confused", "got charged twice" and "got
    nervous about prices" name none."""
    if at >= len(words) or words[at] not in rubric.count_results:
        return False
    following = words[at + 1:at + 1 + GOT_REACH]
    if not following or following[0].endswith("ed"):
        return False  # a state or a passive: "got stranded", "got charged twice"
    if following[0] in GOT_OPENERS or _is_count(words, at + 1, rubric):
        return True
    for word in following:
        if word in CLAUSE_BOUNDARIES or word in NOT_MODIFIERS or not (word.isalpha() or _compound(word)):
            return False
        if word.isalpha() and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDS):
            return True  # "got evening appointments", "got free flu shots"
    return False


GOT_REACH = 3  # words after "got" where the thing got can end ("free flu shots")
NOT_PLURAL_ENDS = ("ss", "ous", "us")  # "got nervous", "got serious": a state, no thing got


def _dealing(words: list[str], rubric: Rubric) -> bool:
    """Whether the item has a word of a party's dealing (``measures.party_results`` or
    ``measures.count_results``, or ``personas.dealings`` in the present tense) for a count to be the
    subject of."""
    return not (rubric.party_results.isdisjoint(words) and rubric.dealings.isdisjoint(words)
                and rubric.count_results.isdisjoint(words))


def _is_count(words: list[str], index: int, rubric: Rubric) -> bool:
    """A count begins at ``index``: digits or a number word ("2,300", "forty")."""
    return index < len(words) and (words[index][:1].isdigit() or words[index] in rubric.number_words_set)


def count_end(words: list[str], index: int) -> int:
    """Where a number that began just before ``index`` ends: "2,300" is read as three tokens."""
    while index + 1 < len(words) and words[index] in (",", ".") and words[index + 1][:1].isdigit():
        index += 2
    return index


SENTENCE_ENDS = frozenset(". ! ?".split())  # a capital after them opens a sentence, not a name


def _people_noun(tokens: tuple[Token, ...], words: list[str], start: int, rubric: Rubric,
                 known: set[int]) -> int | None:
    """The first word within reach of ``start`` shaped like a plural noun for people that no list
    already reads ("small importers", "independent grocers"), or one of the organisations served
    named by their kind (profile list ``personas.party_organisations``: "45 offices"), or None. Not a name (a capital opening
    a sentence is none: "Glaziers told us"), a possessive
    ("the sellers' ..."), or software ("12 workers now use the queue", read by the persona lists with
    care)."""
    for position in range(start, min(len(words), start + PARTY_REACH)):
        noun = words[position]
        if _compound(noun):
            if not _compound_head(noun, rubric) or _shaped(words[position + 1:position + 2], rubric):
                continue  # a modifier joined by hyphens ("night-desk editors")
            noun = noun.rpartition("-")[2]  # a noun joined by hyphens: "85,000 festival-goers", "high-schoolers"
        if not noun.isalpha() or noun in rubric.non_persona_followers:
            return None
        if position in known or noun in rubric.not_people or not (
                noun.endswith(rubric.person_suffixes) or noun in rubric.people_nouns
                or noun in rubric.party_organisations):
            continue
        named = tokens[position].text[:1].isupper() and position > 0 and words[position - 1] not in SENTENCE_ENDS
        if named or words[position + 1:position + 2] in (["'s"], ["’s"]) or noun in rubric.software_words:
            return None
        return position
    return None


def _joined_subject(tokens: tuple[Token, ...], words: list[str], at: int, rubric: Rubric) -> int | None:
    """Where the subject of a verb told after "and" is: the word opening its sentence ("They kept the
    order and renewed ..."), or -1 when that sentence opens with the writer's own verb ("Rebuilt the
    relationship ..., and renewed ..."); None when neither is plain."""
    opening = max((index + 1 for index in range(at) if words[index] in SENTENCE_ENDS), default=0)
    if opening == 0 and leading_verb(tokens, rubric) is not None:
        return -1
    return opening if words[opening] in RENEWERS or words[opening] in NOT_RENEWERS else None


RENEWERS = frozenset("he she they both all it".split())  # who renewed, told again as a pronoun
NOT_RENEWERS = frozenset("i we our my us".split())  # the writer or the writer's team renewing a vendor
JOINERS = frozenset("and but so then or".split())  # a verb after these shares the clause's subject
AGREEMENTS = frozenset("contract contracts deal deals licence license licences licenses subscription subscriptions "
                       "agreement agreements lease leases".split())  # "the vendor's contract renewed": no party did
SUBJECT_REACH = 3  # words before the renewal where its party's noun starts ("the county renewed")


def renewed(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str], hits: Hits) -> bool:
    """A party renewed or extended its contract with the writer's business: a renewal is a business
    result quantified or not (docs/labelling-guide.md, business_outcome), so "the county renewed its
    contract for three years" has one where the years are no measure of it."""
    return "renewing" in hits and _renewing_party(tokens, view, rubric, words, hits) is not None


def _renewing_party(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str],
                    hits: Hits) -> Mention | None:
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
        if subject < 0 or not words[subject].isalpha() or words[subject] in NOT_RENEWERS or subject in seniors \
                or words[subject] in AGREEMENTS:
            continue
        if words[subject] in JOINERS:
            joined = _joined_subject(tokens, words, subject, rubric)
            if joined is not None and (joined < 0 or words[joined] in NOT_RENEWERS):
                continue  # "Owned the mistake ..., and renewed the rights deal": the writer renewing
            if joined is not None:
                span = Span(tokens[joined].start, tokens[joined].end)
                return Mention("external", span, view[span.start:span.end])
        begin = subject
        while begin > 0 and match.first - begin < SUBJECT_REACH and words[begin - 1].isalpha() \
                and words[begin - 1] not in NOT_RENEWERS and words[begin - 1] not in JOINERS:
            begin -= 1
        if words[begin] in NOT_RENEWERS:
            continue
        span = Span(tokens[begin].start, tokens[subject].end)
        return Mention("external", span, view[span.start:span.end])
    return None

