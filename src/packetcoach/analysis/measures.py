"""What each number in an item measures, and whether the item states it as a result.

A number is evidence of an outcome only through what it counts. "Return requests fell by a
quarter" is a customer measure, "upstream requests fell by a quarter" an engineering one; "held 30
interviews" counts effort, "four teams build from my roadmap" counts scope. Each number is typed
by the measure word it belongs to, found in this order:

1. the words right after it ("40 interviews", "2,300 long-lived IAM credentials", "40% of sellers");
2. the nearest measure before it in its clause ("checkout completion went from 61% to 68%");
3. a technical unit (ms, GB), money, the served party when the number is a result, an
   engineering verb leading an item with nobody served.

A measure word's type can be turned by the word before it ("return requests", "API errors"), and
a measure the draft defines ("promise accuracy, the share of orders that arrive by the date we
showed") keeps the type of its definition through the whole document (analysis/definitions.py).
Types: customer, business, technical, scale (people or teams), input (effort), or "" (unknown).
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Measure and Head are named tuples).

from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

from packetcoach.analysis.metrics import PERIOD, against_baseline
from packetcoach.analysis.parties import count_end, count_result, taken_in_turn
from packetcoach.core.model import Action, Item, Mention, Sentence, Span, Token
from packetcoach.profile.compile import Rubric, derived
from packetcoach.profile.lexicon import Match
from packetcoach.text.verbs import looks_past

Hits = dict[str, list[Match]]
FORWARD = 4  # words after a number where its measure can start
BACKWARD = 9  # words before a number searched for its measure
CLAUSE_BREAKS = frozenset((".", ";", ":", "?", "!"))
FORWARD_STOPS = frozenset("for to in on at by from with and or than across over within into after before "
                          "while when because since so which that who through during ( )".split())
CHANGE_WINDOW = 6
OUTCOME_TYPES = frozenset(("customer", "business"))


class Measure(NamedTuple):
    """One number of an item: what it measures, whether it is stated as a result, whether it is
    money, and whether it counts the served party lost ("1,200 of them paused": a business result,
    but no gain the writer delivered nor one the party felt)."""

    metric: Mention
    type: str
    result: bool
    money: bool = False
    lost: bool = False


class Head(NamedTuple):
    """A measure word (or a served party) a number can belong to (a named tuple: an item makes
    one per measure word and served party, and a tuple is cheaper to build than a frozen class)."""

    first: int
    last: int
    type: str
    party: bool = False  # a served party, not a measure word: the weakest candidate


def token_index(tokens: tuple[Token, ...], offset: int) -> int:
    """The first token ending after ``offset`` (the last token if none): a binary search, since
    every number looks one up and a scan would cost the square of an item's length."""
    index = bisect_right(tokens, offset, key=_END)
    return index if index < len(tokens) else len(tokens) - 1


_END = attrgetter("end")


def near(indices: list[int], low: int, high: int) -> bool:
    """Whether a token index in ``indices`` (sorted) lies in [low, high]."""
    at = bisect_left(indices, low)
    return at < len(indices) and indices[at] <= high


class Heads:
    """The item's measure words in text order, with the lookups that keep typing every number in
    time proportional to the item (each number searches only a window of words)."""

    def __init__(self, found: list[Head]) -> None:
        self.all = found
        self._firsts = [h.first for h in found]

    def holding(self, at: int) -> bool:
        """Is the word at ``at`` part of a measure's name of more than one word ("cache hit rate")?"""
        stop = bisect_left(self._firsts, at + 1)
        return any(h.first < at <= h.last or h.first == at < h.last for h in self.all[max(0, stop - HEAD_SPAN - 1):stop])

    def within(self, low: int, high: int) -> list[Head]:
        """The heads that start at ``low`` or later and end before ``high``."""
        start = bisect_left(self._firsts, low)
        stop = bisect_left(self._firsts, high, lo=start)
        return [h for h in self.all[start:stop] if h.last < high]

    def starting(self, low: int, high: int) -> list[Head]:
        """The heads that start at ``low`` or later and before ``high``, wherever they end."""
        start = bisect_left(self._firsts, low)
        return self.all[start:bisect_left(self._firsts, high, lo=start)]


def measure_kinds(words: list[str], hits: Hits, rubric: Rubric) -> list[str]:
    """The type of each measure word of the item (its lexicon matches, in order), as its
    neighbours turn it: worked out once per item, since the numbers' heads, the unquantified
    outcome and the mentions all ask."""
    people = hits.get("persona", [])
    return [_turned(words, match, people, rubric) for match in hits.get("measure", ())]


def heads(words: list[str], hits: Hits, rubric: Rubric, kinds: list[str] | None = None) -> list[Head]:
    """Every measure word and served party in the item, typed, in order (``kinds``: the measure
    words' types, when the caller has them)."""
    people = [m for m in hits.get("persona", ())]
    kinds = measure_kinds(words, hits, rubric) if kinds is None else kinds
    new = _new  # no named-tuple __new__ call per head: every item with a number types its words
    found = [new(Head, (m.first, m.last, kind, False)) for m, kind in zip(hits.get("measure", ()), kinds)]
    counted = {(h.first, h.last) for h in found}
    found += [new(Head, (m.first, m.last, "technical", False)) for m in hits.get("count", ())
              if (m.first, m.last) not in counted]
    found += [new(Head, (m.first, m.last, "scale", False)) for m in hits.get("scope", ())
              if not _worked_with(words, m.first, rubric)]
    found += [new(Head, (m.first, m.last, "customer", True)) for m in people]
    defined = _defined_heads(words, rubric.defined_measures) if rubric.defined_measures else None
    if defined:  # the draft's own definition wins over the lexicon for the same words
        found = [h for h in found if not any(d.first <= h.last and h.first <= d.last for d in defined)] + defined
    return sorted(found, key=lambda head: (head.first, -head.last))


WORKED_WITH_REACH = 3  # words from "with" to a team's word: "with the Treasury team", "with the existing team"
WORKED_WITH_BREAKS = frozenset("across for to of in on at by from and or".split())


def _worked_with(words: list[str], first: int, rubric: Rubric) -> bool:
    """Is the team word at ``first`` named after "with", with no count between ("drove the decision
    with the Treasury team to drop paper statements ..., saving £2.1M", "cleared the backlog with
    the existing team and saved £280K")? Those are the people the work was done with, no measure's
    head: the money saved is the business's, not the team's size. "Shipped it with 3 engineers"
    counts the team, as "with five teams now building toward it" does, and "across 40 teams" is the
    work's reach."""
    for back in range(first - 1, max(first - 1 - WORKED_WITH_REACH, -1), -1):
        word = words[back]
        if word == "with":
            return True
        if not word.isalpha() or word in WORKED_WITH_BREAKS or word in rubric.number_words_set:
            return False
    return False


def _defined_heads(words: list[str], measures: tuple[tuple[tuple[str, ...], str], ...]) -> list[Head]:
    """The measures the draft defines, where the item names them, in the order of the definitions:
    each compared whole only where its first word stands (most drafts define none, and most words
    start no defined measure)."""
    found = []
    for phrase, kind in measures:
        size = len(phrase)
        first = phrase[0] if size else None
        for index in range(len(words) - size + 1):
            if (first is None or words[index] == first) and tuple(words[index:index + size]) == phrase:
                found.append(Head(index, index + size - 1, kind))
    return found


def _turned(words: list[str], match: Match, people: list[Match], rubric: Rubric) -> str:
    """The measure's own type, unless its neighbours turn it: a measure people make is a
    customer's after a customer word or beside the served party ("return requests") and
    engineering's otherwise; a measure people feel is a customer's when the served party is named
    with it ("failures for Fire TV viewers"); a technical word before any other measure except
    money makes it engineering ("upstream calls")."""
    kind = match.label
    phrase = tuple(words[match.first:match.last + 1])
    before = words[max(0, match.first - 2):match.first]
    if before[-1:] and before[-1] in VERB_SUBJECTS and len(phrase) == 1 and phrase[0].endswith("s"):
        return ""  # "Marta, who runs a ceramics shop": a verb, not pipeline runs
    if phrase == ("runs",) and words[match.last + 1:match.last + 2] and words[match.last + 1] in VERB_OBJECT_OPENERS:
        return ""  # "each of our four ops leads runs one event": a verb, not pipeline runs
    if len(before) == 2 and before[0] in SINGLE_SUBJECTS and len(phrase) == 1 and phrase[0].endswith("s") \
            and words[match.last + 1:match.last + 2] and words[match.last + 1] in VERB_OBJECTS_AFTER:
        return ""  # "a court records a hearing": one subject's verb, not a system's records
    if phrase in rubric.made_by_people:
        if _made_by_party(words, match, people, rubric) or not rubric.customer_modifiers.isdisjoint(before):
            return "customer"  # "return requests", "tickets from landlords", "requests to support"
        after = words[match.last + 1:match.last + 4]
        if not rubric.technical_modifiers.isdisjoint(before) or not rubric.work_queues.isdisjoint(after):
            return "technical"  # "upstream requests", "46 tickets in the backlog"
        return kind
    if phrase in rubric.staff_loads and not rubric.staff_hours.isdisjoint(before):
        return ""  # "weekend on-call pages": the load on the staff who carry the pager, no system's measure
    if phrase in rubric.pager_words and not rubric.pager_cues.intersection(words[max(0, match.first - 3):match.last + 4]) \
            and not rubric.pager_signs.intersection(words):
        return ""  # "from 9 pages to 2", "seller pages": a document's or a site's, not the pager's
    if phrase in rubric.other_senses and rubric.other_senses[phrase].intersection(words):
        return ""  # "double-booked 23 services", "same-week services for families": a funeral's, not software's
    if phrase in rubric.felt_by_people:
        if _close(people, match.last + 1, _felt_reach(words, match.last + 1, rubric)):
            return "customer"  # "errors reported by employees", "failures for viewers"
        if rubric.felt_acts and _act_felt(words, match, rubric):
            return ""  # "dispensing errors": they reach the patient, no system's measure (no one named who felt them)
        return "technical"
    if before[-1:] and before[-1] in rubric.change_words:
        before = []  # "her bundle test raised basket size 6%": the measure is the change's object
    if kind in OUTCOME_TYPES and not rubric.technical_modifiers.isdisjoint(before) \
            and not rubric.money.intersection(phrase):
        return "technical"  # "upstream calls", "API calls"; but "server costs" are money
    return kind


def _act_felt(words: list[str], match: Match, rubric: Rubric) -> bool:
    """Errors of an act done for a person (the profile's `felt_acts`): right before the measure
    ("dispensing errors", "billing error rate"), or named so earlier in the item and counted again
    ("would push dispensing errors up; ... kept our error rate at 0.02%")."""
    if match.first and words[match.first - 1] in rubric.felt_acts:
        return True
    felt = rubric.felt_by_people
    return any(word in rubric.felt_acts and (words[at + 1],) in felt for at, word in enumerate(words[:match.first - 1]))


def _made_by_party(words: list[str], match: Match, people: list[Match], rubric: Rubric) -> bool:
    """A measure people make, beside the served party ("tickets from landlords") or sent to a
    customer desk ("requests to support")."""
    after = words[match.last + 1:match.last + 3]
    return bool(_close(people, match.first - 2, match.first - 1, _LAST) or _close(people, match.last + 1, match.last + 3)) \
        or after[:1] == ["to"] and after[1:] != [] and after[1] in rubric.customer_modifiers


FELT_REACH = 3  # words after a measure people feel where the party that felt it can begin


def _felt_reach(words: list[str], at: int, rubric: Rubric) -> int:
    """The last word after a measure people feel where its party can begin, past the change and the
    amount it moved by ("errors ... by 45% for pet owners", "errors fell by 30% for renters") or the
    range it moved over ("errors from 14% to 2% for rural applicants")."""
    if words[at:at + 1] and words[at] in rubric.change_words and words[at + 1:at + 2] in (["by"], ["from"]):
        at += 1
    if words[at:at + 1] == ["by"] and words[at + 1:at + 2] and words[at + 1][:1].isdigit():
        at += 3 if words[at + 2:at + 3] == ["%"] else 2
    elif words[at:at + 1] == ["from"] and words[at + 1:at + 2] and words[at + 1][:1].isdigit():
        end = _range_end(words, at + 1)
        if end is not None:
            at = end
    return at + FELT_REACH


RANGE_REACH = 3  # words after a range's first number before its "to" ("from 3,200 a day to 40")


def _range_end(words: list[str], first: int) -> int | None:
    """Where a range told from its first number at ``first`` ("14 % to 2 %") ends: the word after
    its second number and any "%", or None when no second number follows "to" close by."""
    start = count_end(words, first + 1)
    for index in range(start, min(len(words), start + RANGE_REACH + 1)):
        if words[index] == "to":
            if not words[index + 1:index + 2] or not words[index + 1][:1].isdigit():
                return None
            end = count_end(words, index + 2)
            return end + 1 if words[end:end + 1] == ["%"] else end
    return None


def _close(people: list[Match], low: int, high: int, edge=attrgetter("first")) -> list[Match]:
    """The served parties whose first word (or, with ``_LAST``, last word) lies in [low, high].
    The lexicon's matches of one group do not overlap, so they are in order by either end."""
    start = bisect_left(people, low, key=edge)
    return people[start:bisect_right(people, high, lo=start, key=edge)]


_LAST = attrgetter("last")
HEAD_SPAN = 8  # the longest measure phrase, in words


def _forward(heads_: Heads, words: list[str], first: int, last: int, proportion: bool) -> Head | None:
    """The measure right after the number: the last measure word of the noun phrase that follows
    it ("2,300 long-lived IAM credentials", "halved model inference cost"), through "of" after a
    proportion ("40% of sellers") and "in" after money ("$2.3M in royalties")."""
    end = last + 1
    while end < min(len(words), last + 1 + FORWARD):
        word = words[end]
        if end == last + 1 and proportion and word in ("of", "in"):
            end += 1
            continue
        if word in FORWARD_STOPS or word in CLAUSE_BREAKS or word == ",":
            break
        end += 1
    inside = heads_.starting(first + 1, end)  # "two engineers" holds its noun; "3x the old peak queries per second" its last
    return _best(inside, last=True)


def _best(heads_: list[Head], last: bool) -> Head | None:
    """A measure word before a served party; the last one (a phrase's head noun) or the first."""
    for group in ([h for h in heads_ if not h.party], [h for h in heads_ if h.party]):
        if group:
            return max(group, key=_HEAD_LAST) if last else min(group, key=_HEAD_FIRST)
    return None


_HEAD_FIRST, _HEAD_LAST = itemgetter(0), itemgetter(1)  # Head.first, Head.last, read in C


def _backward(heads_: Heads, words: list[str], first: int, changes: list[int], widen: bool = True) -> Head | None | bool:
    """The measure a result number belongs to: the object of the change word before it ("cut
    seller churn by 12%", "lifting add-to-cart rate from 9.1% to 10.4%"), or, when the number
    follows the change word directly, the subject of its clause ("checkout completion on mobile
    went from 61% to 68%"). False when the object is there but no measure word names it. With
    ``widen``, a subject told before a clause between it and its number is found too."""
    before = bisect_left(changes, first)
    change = changes[before - 1] if before and changes[before - 1] >= first - BACKWARD else None
    if change is not None and heads_.holding(change):
        change = None  # "cache hit rate from 71% to 96%": the change word is inside the measure's name
    if change is not None:
        region = [w for w in words[change + 1:first] if w not in OBJECT_FILLERS]
        if region:
            inside = heads_.within(change + 1, first)
            return _best(inside, last=True) or False
        first = change
    start = first
    while start > 0 and first - start < BACKWARD and words[start - 1] not in SUBJECT_BREAKS:
        start -= 1
    found = _best(heads_.within(start, first), last=False)
    if found is None and widen:  # "Time to first content on 3G, where our slowest sessions happen, fell ..."
        while start > 0 and first - start < 2 * BACKWARD and words[start - 1] not in CLAUSE_BREAKS:
            start -= 1
        found = _best(heads_.within(start, first), last=False)
    return found


OBJECT_FILLERS = frozenset("by from to the a an its their our about around roughly nearly almost over "
                           "under up down more less than".split())
SUBJECT_BREAKS = CLAUSE_BREAKS | frozenset((",", "and", "but", "which", "so", "while", "after", "when", "once"))


REMIT_HOLDERS = frozenset(("she", "he", "one", "both", "them"))  # a person the writer hired or coached


def changes(words: list[str], rubric: Rubric, measured: frozenset[int] | None = None) -> list[int]:
    """Token indices of change words that state a result, not a plan or a request ("will cut",
    "asked every team to cut"); a noun such as "plan" or "target" counts only before "to".
    ``measured``: where the item's measure words start, when the caller has them (a participle
    between a count and a noun that is no measure names what the things are, no change)."""
    found: list[int] = []
    change_words = rubric.change_words
    bare = _bare_moves(words) if not BARE_DIRECTIONS.isdisjoint(words) else []
    if "rather" in words:
        bare += _compared_moves(words, rubric)
    if not rubric.into_verbs.isdisjoint(words):
        bare += _turned_into(words, rubric.into_verbs)  # "turned loyalty into a $310M-a-year business"
    if change_words.isdisjoint(words):
        if rubric.ending_words.isdisjoint(words) and not bare:
            return found  # most items: no change word at all
        change_words = frozenset()
    at = sorted([index for index, word in enumerate(words) if word in change_words] + bare)
    if not rubric.ending_words.isdisjoint(words):  # rare: "complaints stopped within a week"
        at = sorted(at + [index for index, word in enumerate(words) if word in rubric.ending_words and _ended(words, index)])
    sentence_of, mistaken = _mistaken_sentences(words, rubric.mistaken)
    for index in at:
        word = words[index]
        if words[index + 1:index + 2] == ["than"] and not _than_before(words, index + 2) and word != "rather" \
                or words[index - 1:index] == ["or"]:
            continue  # "faster than", "more or less": a comparison, not a change (but "faster than before")
        if word in COMPARATIVES and words[index + 1:index + 2] == ["about"]:
            continue  # "learned more about freight from two weeks ...": what was known, not a measure moved
        if _topic(words, index, rubric):
            continue  # "asked 40 librarians about lost loans", "about rising fees": what was talked of, not a change
        if word in RANKING and _ranked(words, index):
            continue  # "filed more complaints about parking than about anything else": a ranking, not a change
        if word in ADDITIONAL and index and (words[index - 1].isdigit() or words[index - 1] in rubric.number_words_set):
            continue  # "for two more hospitals", "three more countries": how many others, not a change
        if word == "instead" and (index == 0 or words[index - 1] in (".", ";", ":")):
            continue  # "Instead I spent three weeks at the clinics": a turn in the story, not a change
        if word == "now" and words[index - 1:index] and words[index - 1] in REMIT_HOLDERS \
                and words[index + 1:index + 2] and words[index + 1] in rubric.remit_after_now:
            continue  # "she now runs visit scheduling for 3,000 families": a remit taken on, not a change
        if word == "now" and (words[index - 1:index] and words[index - 1] in rubric.habit_holders
                              or words[index + 1:index + 2] and words[index + 1] in rubric.habit_holders):
            continue  # "and I now test demand with a waitlist", "now I walk the shift": the writer's practice, not a change
        if _not_yet(words, index, rubric) or _idiom(words, index, rubric) or _negated(words, index):
            continue  # "will cut", "fell through", "did not lift bookings"
        if mistaken and sentence_of[index] in mistaken:
            continue  # "a price change that doubled the fee ... by mistake": the harm a mistake did
        if words[index + 1:index + 2] and words[index + 1] in PRONOUN_OBJECTS:
            continue  # "dropped it", "cut them": a decision about a thing, not a measure that moved
        if not rubric.decision_objects.isdisjoint(words[index + 1:index + 5]):
            continue  # "drop the loyalty points feature": a product decision, not a result
        if words[index - 1:index] == ["per"]:
            continue  # "cost per delivered book", "per completed order": the unit counted, not a change
        if _descoped(words, index, rubric.releases):
            continue  # "dropping joint returns from the kiosk launch": what a release leaves out, a decision
        if index > 1 and words[index - 2] == "i" and words[index - 1] in rubric.remit_verbs and word.endswith("s"):
            continue  # "The membership product I run brings in $9M a year": what the thing the writer runs does, a standing fact
        if word in MOTION and words[index + 1:index + 2] not in DIRECTIONS:
            continue  # "went live", "came back": not "went from 61% to 68%"
        if word.endswith("ing") and words[index - 1:index] in (["was"], ["were"], ["been"]):
            continue  # "losses were rising 30% a year": the problem before the work, not its result
        if measured is not None and index + 1 not in measured and _names_counted_things(words, index, rubric):
            continue  # "5,200 enrolled children", "four growing sites": what the things counted are, not a change
        if word in RETURN_NOUNS and words[index + 1:index + 2] != ["to"]:
            continue  # "three years of return data", "97% of returns": a product return, not a change
        if word in rubric.given_back and not rubric.resources.isdisjoint(words[index + 1:index + RELEASE_REACH]):
            continue  # "returned its $2M budget to the platform": what a stop freed, not a change
        found.append(index)
    return found


def _names_counted_things(words: list[str], index: int, rubric: Rubric) -> bool:
    """Is the change word at ``index`` a participle between a count and the noun it describes ("for
    roughly 5,200 enrolled children", "four growing sites and 4,000 trade accounts")? It says what
    the things counted are, as a remit or a reach names them, no measure that moved. A verb after
    its count keeps its change: "2,850 moved to direct deposit", "1,900 dropped off", "200 signed
    up" (a word of ``COUNTED_VERB_FOLLOWERS`` or a number after it), and so does a measure counted
    ("410,000 completed visits a year": the caller leaves out a participle before a measure word)."""
    word = words[index]
    if index == 0 or index + 1 >= len(words) or not word.endswith(("ed", "ing")):
        return False
    before, after = words[index - 1], words[index + 1]
    return (before[:1].isdigit() or before in rubric.number_words_set) and after.isalpha() \
        and after not in COUNTED_VERB_FOLLOWERS


# words after a verb that a count is the subject of: its object, particle or preposition
COUNTED_VERB_FOLLOWERS = frozenset(
    "to from by in on off up down out over within after before at for of with into onto through the a an "
    "their its our his her them it this that these those and or than more less per back away".split())


def _topic(words: list[str], index: int, rubric: Rubric) -> bool:
    """A change word after people and "about" that qualifies the noun after it ("interviewed 40
    librarians about lost loans", "asked them about rising fees"): what the people were asked about,
    not a change. "About" as "roughly" ("sales about doubled", "about halved the wait") and a
    complaint's subject ("complaints about lost paperwork", told before what came of it) are left."""
    if index < 2 or words[index - 1] != "about":
        return False
    following, asked = words[index + 1] if index + 1 < len(words) else "", words[index - 2]
    return following.isalpha() and following not in NOT_TOPIC_NOUNS and (
        asked in ASKED_PRONOUNS or asked.endswith(rubric.person_suffixes) or asked in rubric.people_nouns)


NOT_TOPIC_NOUNS = frozenset("the a an its their our his her my this that by from to in on over since after".split())
ASKED_PRONOUNS = frozenset(("them", "us", "me", "him", "her"))
BARE_DIRECTIONS = frozenset(("up", "down"))
SHARE_UNITS = frozenset(("%", "percent", "points", "pts"))
MAKING_UP = frozenset("make makes made making take takes took taking".split())  # "make up 4%", "take up 30%"


def _bare_moves(words: list[str]) -> list[int]:
    """"up" or "down" straight before a share or points that moved, with no verb ("Outcome: refund
    requests from pet owners down 27%", "loans up 22%", "down by 52%"): a change told in a
    scorecard's words. Not "up to 40%" (a most), "down 3 floors" (no share) or "make up 4%" (a
    share of a whole)."""
    found = []
    for index, word in enumerate(words):
        if word not in BARE_DIRECTIONS or index and words[index - 1] in MAKING_UP:
            continue  # "1-star reviews make up 4% of all reviews": a share of a whole, not a change
        at = index + 2 if words[index + 1:index + 2] == ["by"] else index + 1
        if at + 1 < len(words) and words[at][:1].isdigit() and words[at + 1] in SHARE_UNITS:
            found.append(index)
    return found


COMPARED_REACH = 4  # words from the new figure to "rather than": "in 2 days rather than 19"


def _compared_moves(words: list[str], rubric: Rubric) -> list[int]:
    """"rather than" straight before a figure, with a figure a few words before it ("leaks were fixed
    in 2 days rather than 19", "exchanges now take 4 days rather than 3 weeks"): then and now told
    as "instead of" tells them, a change. Not a choice ("chose to buy rather than build"), which no
    figure follows."""
    found = []
    for index, word in enumerate(words):
        if word != "rather" or words[index + 1:index + 2] != ["than"] or index + 2 >= len(words):
            continue
        after = words[index + 2]
        if not (after[:1].isdigit() or after in rubric.number_words_set):
            continue
        if any(w[:1].isdigit() or w in rubric.number_words_set for w in words[max(0, index - COMPARED_REACH):index]):
            found.append(index)
    return found


INTO_REACH = 14  # words from the verb to "into": "turned one-way van rentals from a £2.1M loss into"
INTO_FIGURE_REACH = 3  # words from "into" to the money sign: "into a £3.4M profit"
CURRENCY_SIGNS = frozenset("$£€¥")


def _turned_into(words: list[str], verbs: frozenset[str]) -> list[int]:
    """One of ``verbs`` (the profile's ``measures.into_verbs``) with "into" after it in the same
    clause and a sum of money straight after "into" ("turned one-way van rentals from a £2.1M loss
    into a £3.4M profit", "turned loyalty from a cost centre into a $310M-a-year partner business"):
    the money the thing became, a result reached, told as a change. Not "turned the pilot into a
    programme" (no money) nor "turned down the $2M vendor" (no "into")."""
    found = []
    for index, word in enumerate(words):
        if word not in verbs:
            continue
        for at in range(index + 1, min(len(words), index + INTO_REACH + 1)):
            here = words[at]
            if here in CLAUSE_BREAKS and not (here == "." and words[at - 1][-1:].isdigit()
                                              and words[at + 1:at + 2] and words[at + 1][:1].isdigit()):
                break  # a clause break ends the search; the point inside "£2.1M" does not
            if here == "into":
                if not CURRENCY_SIGNS.isdisjoint(words[at + 1:at + 1 + INTO_FIGURE_REACH]):
                    found.append(index)
                break
    return found


DESCOPE_REACH = 5  # words from the change word to "from": "dropping joint returns from"


def _descoped(words: list[str], index: int, releases: frozenset[str]) -> bool:
    """The change word takes a thing out of a release ("dropping joint returns from the kiosk launch",
    "cut group booking from the first release"): scope cut to ship, a decision, not a measure that
    moved. "from" then, within three words, one of the profile's ``releases``, with no clause break or
    number between."""
    for at in range(index + 1, min(len(words), index + DESCOPE_REACH + 1)):
        word = words[at]
        if word in CLAUSE_BREAKS or word[:1].isdigit():
            return False
        if word == "from":
            return not releases.isdisjoint(words[at + 1:at + 4]) and not any(
                w[:1].isdigit() for w in words[at + 1:at + 4])
    return False


def _idiom(words: list[str], index: int, rubric: Rubric) -> bool:
    """The change word is part of an idiom that states no change ("fall asleep", "fell through",
    "wake up lost"). Only the idioms holding the word are tried (:func:`_idioms_by_word`)."""
    for idiom, place in derived(rubric, "idioms_by_word", _idioms_by_word).get(words[index], ()):
        start = index - place
        if start >= 0 and tuple(words[start:start + len(idiom)]) == idiom:
            return True
    return False


def _idioms_by_word(rubric: Rubric) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each word of the profile's change idioms, with every idiom holding it and where it first
    stands there."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for idiom in rubric.change_idioms:
        for word in dict.fromkeys(idiom):
            found.setdefault(word, []).append((idiom, idiom.index(word)))
    return {word: tuple(pairs) for word, pairs in found.items()}


def _ranked(words: list[str], index: int) -> bool:
    """The comparative at ``index`` ranks one thing above every other ("more contacts from sellers
    than anything else", "more complaints about parking than about anything else the city did"): how
    things stand, not a measure that moved."""
    for at in range(index + 1, min(len(words), index + RANK_REACH)):
        if words[at] in CLAUSE_BREAKS:
            return False
        if words[at] == "than":
            rest = [w for w in words[at + 1:at + 4] if w not in BASELINE_LEADS and w not in RANK_LEADS]
            return bool(rest) and rest[0] in EVERY_OTHER and EARLIER.isdisjoint(rest[1:3]) \
                and not TIMES.intersection(rest[1:3])  # "than any month before": a record, a change
    return False


RANKING = frozenset(("more", "fewer", "less"))
RANK_REACH = 8  # words from "more" to its "than": "more complaints about parking enforcement than"
EVERY_OTHER = frozenset(("anything", "any", "everything", "all", "every"))
RANK_LEADS = frozenset("about for on in at".split())  # "than about anything else", "than in any other city"
TIMES = frozenset("day week month quarter season year time ever".split())


def _than_before(words: list[str], index: int) -> bool:
    """"faster than before", "lower than last year's", "fewer than the previous release": a
    comparison with the measure's own past is a change."""
    following = words[index:index + 3]
    return bool(following) and (following[0] in EARLIER or any(w in EARLIER for w in following[1:2])
                                and following[0] in BASELINE_LEADS)


EARLIER = frozenset("before previously last prior previous earlier".split())
BASELINE_LEADS = frozenset("the a an our their its".split())


def _ended(words: list[str], index: int) -> bool:
    """"complaints about the error stopped within a week", "the calls ceased": a measure that ended,
    told with no object after the verb; "I stopped the pilot" ends a project, not a measure."""
    if index == 0 or words[index - 1] in WRITERS_AND_OTHERS:
        return False
    for back in range(index - 1, max(-1, index - ENDED_REACH), -1):
        if words[back] in CLAUSE_BREAKS or words[back] == ",":
            break
        if words[back] in ENDED_CIRCUMSTANCES:
            return False  # "when complaints stopped, I ...": the circumstance, not the result
    following = words[index + 1] if index + 1 < len(words) else "."
    return following in ENDED_FOLLOWERS or not following[:1].isalnum()


WRITERS_AND_OTHERS = frozenset("i we they he she you it".split())
ENDED_CIRCUMSTANCES = frozenset("when until once if after before unless whenever".split())
ENDED_REACH = 8
ENDED_FOLLOWERS = frozenset("within after in by altogether entirely completely overnight once for almost "
                            "immediately".split())


ADDITIONAL = frozenset(("more",))
MOVED = (["came"], ["went"], ["come"], ["go"], ["goes"], ["is"], ["was"], ["were"], ["are"], ["been"])
APPROXIMATELY = frozenset("about around roughly nearly almost approximately some over under just".split())
COMPARATIVES = frozenset(("more", "less"))
MOTION = frozenset(("went", "go", "goes", "came", "come", "comes"))
DIRECTIONS = (["from"], ["to"], ["up"], ["down"], ["over"], ["under"], ["into"], ["past"])
PRONOUN_OBJECTS = frozenset("it them this that those these him her".split())
RETURN_NOUNS = frozenset(("return", "returns", "returning"))


def _not_yet(words: list[str], index: int, rubric: Rubric) -> bool:
    before = words[max(0, index - 5):index]
    if "," in before:  # "an export finance could open directly, saving the analysts 6 hours": another clause's modal
        before = before[len(before) - before[::-1].index(","):]
    for offset, word in enumerate(before):
        following = before[offset + 1] if offset + 1 < len(before) else words[index]
        if word in rubric.aims_ahead and (following in AIMED_FIGURES or following[:1].isdigit()):
            return True  # "targeting a 20% lift": the change aimed at
        if word in rubric.promises_ahead and following in AIMED_FIGURES:
            return True  # "promised a 30% rise": the change promised
        if word in rubric.hopes_ahead and (following in PRESENT_AUXILIARIES or following == words[index]
                                           and not following.endswith("ed")):
            return True  # "which hopefully gets adopted", "hopefully cuts the queue": hoped for, not reached
        if word not in rubric.not_yet_words:
            continue
        if word in MODALS or following == "to" or words[index - 1:index] == ["to"]:
            return True
    return False


def _mistaken_sentences(words: list[str], mistaken: frozenset[tuple[str, ...]]) -> tuple[list[int], frozenset[int]]:
    """Each word's sentence number and the sentences that say the writer's deed was done by mistake:
    what such a sentence tells as changed is the harm the mistake did ("a price change that doubled
    the fee for child tickets by mistake"), never a result; a repair's result told in a later
    sentence stays one. Sentences are numbered only when one of the phrases is found (seldom)."""
    if _last_words(mistaken).isdisjoint(words):
        return [], frozenset()  # most items: no phrase can end here (one test in C, no step per word)
    firsts = {phrase[0] for phrase in mistaken}
    told = [at for at, word in enumerate(words) if word in firsts
            and any(tuple(words[at:at + len(phrase)]) == phrase for phrase in mistaken)]
    if not told:
        return [], frozenset()
    sentence_of, number = [], 0
    for word in words:
        sentence_of.append(number)
        number += word in SENTENCE_ENDS
    return sentence_of, frozenset(sentence_of[at] for at in told)


@lru_cache(maxsize=8)
def _last_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The last word of each phrase ("mistake" of "by mistake"): where none of them is, none of the
    phrases is either."""
    return frozenset(phrase[-1] for phrase in phrases if phrase)


SENTENCE_ENDS = frozenset((".", "!", "?"))
MODALS = frozenset("will would could should might may 'll i'll we'll".split())
PRESENT_AUXILIARIES = frozenset("gets get is are becomes become".split())
AIMED_FIGURES = frozenset(("a", "an"))


def _is_result(words: list[str], first: int, last: int, metric: Mention, changes: list[int],
               rubric: Rubric) -> bool:
    """A number stated as a change, a range, or something the work produced or kept."""
    if _forecast(words, first, changes, rubric):
        return False  # "will cut approval time from 9 days to same-day", "is on track to raise renewals from 80% to 90%"
    if metric.detail == "range":
        return not _prices_compared(words, first, last, metric, changes)
    previous = words[first - 1] if first > 0 else ""
    if previous in ("every", "per", "each"):
        return False  # a frequency: "every ten minutes"
    if words[last + 1:last + 2] == ["ago"]:
        return False  # "a project I had sponsored two years ago": a point in time, no measure moved
    if _staff_moved(words, last, rubric) or _grown(words, first, rubric) or _released(words, first, last, rubric) or _reason(words, first, moves=changes) \
            or _after_stop(words, first, rubric) \
            or _played_down(words, first) and not near(changes, first - PLAYED_DOWN_REACH, first - 1):
        return False  # "on only two of nine units", but not "fell to only 2%"
    if near(changes, first - CHANGE_WINDOW, last + CHANGE_WINDOW):
        return True
    if against_baseline(words, last, rubric) or _beside_baseline(words, last, metric, rubric) \
            or _measure_verb(words, first, rubric):
        return True
    lead = first - 1
    while lead > 0 and words[lead] in APPROXIMATELY:
        lead -= 1  # "by about 18%"
    if words[lead:lead + 1] in (["by"], ["to"]) and changes and changes[0] < first:  # changes are in order
        return True
    for index in range(max(0, first - 4), min(len(words), last + 5)):
        word = words[index]
        if word in ("down", "up") and (words[index + 1:index + 2] in (["from"], ["to"], ["by"])
                                       or words[index - 1:index] in MOVED):
            return True  # "came down 12%", "down from most of a day"
        if word in rubric.result_words and words[index + 1:index + 2] != ["by"] and not _not_yet(words, index, rubric):
            return True  # "kept the 6% of footfall", but not "used by 1,100 practices" or "would pay"
    return False


FORECAST_REACH = 10  # words before a number where its clause's modal or "expected to" is looked for
FORECAST_MODALS = frozenset("will 'll i'll we'll".split())  # not "could reach", "would have cost": ability and counterfactual
FORECAST_STOPS = frozenset((".", ";", ":", "?", "!", ",", "and", "but"))


def _forecast(words: list[str], first: int, changes: list[int], rubric: Rubric) -> bool:
    """A number (or a measure word) its own clause tells as still to come: "will" ("'ll"), or a word
    of the profile's `measures.not_yet` right before "to" ("is expected to", "on track to", "plan
    to"), then a change word (at most one word between), before it, with no change word stated as
    done between them ("a financing flow that will cut approval time for homeowners from 9 days to
    same-day"). "Someone will ask whether the churn drop ..." tells no change to come. A clause
    break, a comma, "and" or "but" ends the look back, so "I said it will work, and cut waits from 9
    days to 2" keeps its result."""
    for index in range(first - 1, max(-1, first - 1 - FORECAST_REACH), -1):
        word = words[index]
        if word in FORECAST_STOPS or near(changes, index, index):
            return False
        if word in FORECAST_MODALS:
            ahead = index + 1
        elif word in rubric.not_yet_words and words[index + 1:index + 2] == ["to"]:
            ahead = index + 2
        else:
            continue
        if not rubric.change_words.isdisjoint(words[ahead:ahead + 2]):
            return True  # "will cut", "will also cut", "is expected to raise": the change is the one to come
    return False


PLAYED_DOWN_REACH = 4  # words before "only" where a change word makes it a result ("fell to only 2%")


def _played_down(words: list[str], first: int) -> bool:
    """A count played down ("beat the nurses' forecasts on only two of nine units", "just 3% of
    sellers"): the reason for a call, never the result of one."""
    return words[first - 1:first] in (["only"], ["just"], ["merely"]) or \
        words[first - 1:first] == ["of"] and words[first - 3:first - 2] in (["only"], ["just"], ["merely"])


def _beside_baseline(words: list[str], last: int, metric: Mention, rubric: Rubric) -> bool:
    """A level told against a baseline: "support calls were 70% below the previous one's", "hold
    retention 9 points above the studio average", "12% over target", "a third of the previous
    winter's" (a fraction "of" a baseline). The baseline is named within a few words."""
    index = last + 1
    if words[index:index + 1] and words[index] in rubric.point_units:
        index += 1  # "9 points above"
    side = words[index:index + 1]
    if not side or side[0] not in COMPARED and not (side[0] == "of" and metric.kind == "multiplier"):
        return False
    return not rubric.compared_baselines.isdisjoint(words[index + 1:index + 1 + BASELINE_REACH])


COMPARED = frozenset("above below over under".split())
BASELINE_REACH = 4


def _measure_verb(words: list[str], first: int, rubric: Rubric) -> bool:
    """The number a verb that names a measure takes: "sold 380,000 units", "converts at 9.4%"."""
    lead = first - 1
    while lead > 0 and (words[lead] in APPROXIMATELY or words[lead] == "at"):
        lead -= 1  # "converts at 9.4%", "sold about 380,000 units"
    return lead >= 0 and words[lead] in rubric.measure_verbs


def _audience(words: list[str], first: int, last: int, metric: Mention, found: Heads) -> bool:
    """"delivered the holiday launch for 5 million shoppers": a count of the served party after
    "for" says who the work was for, not a result (but "for" a party that then acts is read by
    :func:`_party_acted`)."""
    if words[first - 1:first] != ["for"] or metric.kind != "number" or metric.detail == "range":
        return False
    return any(h.party and h.first <= last + AUDIENCE_REACH for h in found.within(last + 1, last + 1 + HEAD_SPAN))


AUDIENCE_REACH = 3


def _aimed_figure(words: list[str], first: int, rubric: Rubric) -> bool:
    """"targeting a 15% lift in orders by adding a button": the figure aimed at (profile list
    ``measures.aims_ahead``), however its clause goes on, is no result."""
    lead = first - 1 if words[first - 1:first] and words[first - 1] in AIMED_FIGURES else first
    return lead > 0 and (words[lead - 1] in rubric.aims_ahead or lead < first and words[lead - 1] in rubric.promises_ahead)


def _released(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """"returned its $4M budget to the platform", "gave the two days a sprint it cost us back to
    the listing work": what a stop freed, handed to other work, not a result for anyone served."""
    low, high = max(0, first - 4), min(len(words), last + 6)
    nearby = words[low:high]
    if rubric.resources.isdisjoint(nearby):
        return False
    return not rubric.given_back.isdisjoint(nearby) or any(
        _resource_moved(words, index, rubric) for index in range(low, high) if words[index] in rubric.resources)


def _resource_moved(words: list[str], at: int, rubric: Rubric) -> bool:
    """The resource at ``at`` is one the writer moved to other work: a verb of moving staff, then
    the writer's own determiner before it, past its amount and one word naming what it paid for
    ("moved its $600K budget to the rollout", "put the $35K kit budget into teacher pay", "shifted
    the sprint capacity to onboarding"); a party's own "shifted budget to upper-funnel campaigns"
    has no determiner and stays its result."""
    before = words[max(0, at - MOVE_REACH):at]
    movers = [index for index, word in enumerate(before) if word in rubric.staff_movers]
    between = before[movers[-1] + 1:] if movers else []
    if len(between) > 1 and between[-1].isalpha() and between[-1] not in AMOUNT_WORDS:
        between = between[:-1]  # "the £60,000 discount budget": the one word naming its use
    return bool(between) and between[0] in OWN_DETERMINERS and all(
        not word.isalpha() or word in AMOUNT_WORDS for word in between[1:])  # only its amount between


MOVE_REACH = 7  # words from the verb to the resource: "moved its $ 120 K budget"
OWN_DETERMINERS = frozenset("its the that this our my".split())
AMOUNT_WORDS = frozenset("k m bn million thousand billion".split())


REASON_BREAKS = frozenset((".", ";", ":", "so", "which", "and"))


def _reason(words: list[str], first: int, because: bool = True, moves: list[int] | None = None) -> bool:
    """The number is in the reason for a decision or in a finding, not a result: "Pulled the plug
    on the beta, because pros used it on 3% of quotes", "read 300 tickets and found that 45% of
    refund complaints came from one carrier" (back to "because" or "found that" without leaving
    the clause; ", and" or ", so" opens another). A change told without a number after "because"
    is read as a result ("the director agreed because refunds fell"): ``because`` says whether a
    "because" counts. Most numbers have neither word before them: one look at the reach, in C,
    answers for those. With ``moves`` (the item's change words), a finding shown to someone that
    tells a change of its own ("showed him that repair shops bought 9% less from us in the test
    cell") is the measured result of the writer's test; a share found ("showed him that 70% of peak
    cars were the same 400 households") is not."""
    reach = words[max(0, first - REASON_REACH + 1):first]
    if "that" not in reach and not (because and "because" in reach):
        return False
    for back in range(first - 1, max(-1, first - REASON_REACH), -1):
        word = words[back]
        if word == "because" and because:
            return True
        if word == "that" and back > 0 and words[back - 1] in FINDING:
            return True
        if word == "that" and _shown_to(words, back):
            return moves is None or not near(moves, max(back + 1, first - SHOWN_CHANGE_REACH), first + SHOWN_CHANGE_REACH)
        if word in (".", ";", ":") or word in REASON_BREAKS and words[back - 1:back] == [","]:
            return False
    return False


REASON_REACH = 12


def _shown_to(words: list[str], that: int) -> bool:
    """A finding's verb, the party it was shown to, then "that" ("showed him that", "showed the
    controller that"): what the writer showed someone is the case for a decision, not its result,
    as what the writer found is."""
    for told in range(1, TOLD_WORDS + 1):
        verb = that - told - 1
        if verb < 0 or words[verb] not in FINDING:
            continue
        between = words[verb + 1:that]
        return between[0] in TOLD and all(word.isalpha() for word in between)
    return False


SHOWN_CHANGE_REACH = 3  # "bought 9% less", "fell by 9%": a change of the shown number's own, in words
TOLD_WORDS = 3  # "showed our operations director that": the party shown, in words
TOLD = frozenset("him her them us me the our my their his".split())


def _counted(words: list[str], first: int) -> bool:
    """Is a number told between the measure and the "because" before it ("because free previews bring
    in 44% of new members")? Then the measure is the reason's, as a number after "because" is."""
    reach = words[max(0, first - REASON_REACH + 1):first + 3]
    return "because" in reach and any(word[:1].isdigit() for word in reach[reach.index("because"):])
FINDING = frozenset("found showed shows discovered learned learnt noticed saw realised realized confirmed "
                    "finding showing".split())


def _after_stop(words: list[str], first: int, rubric: Rubric) -> bool:
    """The number is in what led to a stop, told after "after": "shut down the pilot after it signed
    300 of the 2,000 homes it needed", "shelved the integration, after the pilot with 600
    households showed it moved peak load by under 1%". The shortfall is the stop's reason, not a
    result the writer delivered (what follows a comma is read on its own: ", saving $900K"). Most
    numbers have no "after" within reach: one look, in C, answers for those."""
    if "after" not in words[max(0, first - AFTER_STOP_REACH + 1):first]:
        return False
    for back in range(first - 1, max(-1, first - AFTER_STOP_REACH), -1):
        word = words[back]
        if word in CLAUSE_BREAKS or word == "," and not _in_number(words, back):
            return False  # ", saving $900K a quarter": the result, in a clause of its own
        if word == "after":
            return _stop_verb_before(words, back, rubric)
    return False


def _stop_verb_before(words: list[str], at: int, rubric: Rubric) -> bool:
    """A stop verb in the clause before ``at`` ("Shelved ... in May, after"); not one that is also a
    change word ("complaints dropped after"), nor one in an earlier clause ("that the team first
    rejected; after launch it drove 14% of repeat orders")."""
    for back in range(at - 1, max(-1, at - STOP_VERB_REACH), -1):
        word = words[back]
        if word in CLAUSE_BREAKS:
            return False
        if word in rubric.stopped_forms and (back == 0 or word not in rubric.change_words
                                             and word not in rubric.ending_words):
            return True  # the item's first word is the writer's own: "Stopped the redesign after ..."
    return _opening_stop_before(words, at, rubric)


def _opening_stop_before(words: list[str], at: int, rubric: Rubric) -> bool:
    """The item opens on a stop verb and "after" follows the thing's name told with a clause of its
    own, set off by commas ("Killed the personal-trainer marketplace, which I had inherited from the
    previous PM, after 8 months in which ...", "Killed the gamified badges in the loyalty app, a
    project I had sponsored two years ago, after usage fell to 0.8% of members"): the stop's
    reason still, past the reach of :func:`_stop_verb_before`, up to the sentence's first word with
    no clause break between and a comma just before "after" (not ", after which", what followed)."""
    if at > OPENING_STOP_REACH or words[at - 1:at] != [","] or words[at + 1:at + 2] == ["which"] \
            or words[0] not in rubric.stopped_forms:
        return False  # ", after which complaints fell": what followed the stop, its result
    return CLAUSE_BREAKS.isdisjoint(words[1:at])


OPENING_STOP_REACH = 24  # words from a stop verb that opens the item to "after", past the thing's name and its clause


def _in_number(words: list[str], at: int) -> bool:
    """The comma at ``at`` groups a number's digits ("2,000" is read as "2", ",", "000")."""
    return at > 0 and words[at - 1].isdigit() and at + 1 < len(words) and words[at + 1][:1].isdigit()


AFTER_STOP_REACH = 16  # words from "after" to the number: "after the pilot with 600 households showed it moved ... 1%"
STOP_VERB_REACH = 10  # words from the stop verb to "after": "Shelved my own smart-thermostat rebate integration in May, after"
RELEASE_REACH = 8  # words from "returned" to "budget": "returned its $1.1M budget" (money is four tokens)


def _staff_moved(words: list[str], last: int, rubric: Rubric) -> bool:
    """"its two engineers moved to photo upload", "the two engineers on it went back to reminders":
    the writer's own staff put on other work after a stop, not a result for anyone served."""
    noun = next((i for i in range(last, min(len(words), last + 2)) if words[i] in rubric.staff), None)
    return noun is not None and (not rubric.staff_moves.isdisjoint(words[noun + 1:noun + 4])
                                 or not rubric.staff_movers.isdisjoint(words[max(0, noun - 5):noun]))  # "moved its four engineers onto disputes"


def _grown(words: list[str], first: int, rubric: Rubric) -> bool:
    """A count straight after a verb of hiring or growing people ("Hired and coached two scheduling
    analysts; one now runs the rota", "mentored three new PMs"): the writer's own people, grown, not a
    result for anyone served (profile list ``personas.developing``)."""
    return first > 0 and words[first - 1] in rubric.developing


def _period(words: list[str], first: int, last: int, metric: Mention) -> bool:
    """A stretch of time the work took or a date it happened by, not a measure that moved."""
    if metric.detail == "range" or words[first - 1:first] not in PERIOD_LEADS:
        return False
    unit = words[last] if metric.kind == "number" and not metric.text[-1:].isdigit() else \
        (words[last + 1] if last + 1 < len(words) else "")
    return unit in TIME_UNITS and words[last + 1:last + 3] not in (["rather", "than"], ["instead", "of"]) \
        and words[last + 1:last + 2] not in SOONER  # "came in four days faster": how much sooner, not when


PERIOD_LEADS = (["within"], ["in"], ["over"], ["after"], ["for"], ["during"], ["before"], ["through"])
SOONER = (["faster"], ["sooner"], ["earlier"], ["quicker"], ["shorter"])
TIME_UNITS = frozenset("day days week weeks month months year years quarter quarters sprint sprints "
                       "hour hours minute minutes".split())


def _data_span(words: list[str], first: int, last: int, metric: Mention, rubric: Rubric) -> bool:
    """A span of records the work was built or read on: a unit of time right after one of the
    profile's `measures.data_span_leads` and before "of" ("trained a no-show model on three years of
    appointments", "from 18 months of lane data"): how much history, never a measure that moved."""
    if metric.detail == "range" or first < 1 or words[first - 1] not in rubric.data_span_leads:
        return False
    unit = last if metric.kind == "number" and not metric.text[-1:].isdigit() else last + 1
    return unit + 1 < len(words) and words[unit] in TIME_UNITS and words[unit + 1] == "of"


def _engineering_deed(words: list[str], rubric: Rubric) -> bool:
    """Does the writer's "I" stand right before an engineering verb ("after I optimized ...")? Read
    once per item (:func:`type_measures`), not once per number."""
    if "i" not in words:
        return False  # most items told without "I" after their first word (one test in C)
    last = len(words) - 1
    return any(rubric.verb_class.get(rubric.verb_lemma.get(words[at + 1], "")) == "technical"
               for at in [at for at, word in enumerate(words) if word == "i"] if at < last)  # the "I"s only


def _fallback(metric: Mention, changed: bool, persona: Mention | None, engineering: bool, words: list[str],
              last: int, rubric: Rubric) -> str:
    """A number no measure word names: money is business; a change is a customer's when someone
    is served or the work is not engineering ("recovered carts went up 2.4x"), engineering's when
    the writer's deed is engineering in an item that serves nobody: its leading verb, or the deed
    after a result told first ("batch jobs now run in 20 minutes after I optimized the partitioning")."""
    if metric.kind == "technical":
        return "technical"
    if metric.kind == "currency":
        return "business"
    if changed and persona is None and engineering:
        return "technical"
    if persona is None and engineering and _system_time(metric, words, last, rubric):
        return "technical"  # "so the keypad boots in under 2 seconds": a level of the system built
    if changed and last + 1 < len(words) and words[last + 1] in rubric.system_times:
        return "technical"  # "3.8 to 1.6 seconds": a system's time, where a person's wait is named
    if changed:
        return "customer"
    return ""


def _system_time(metric: Mention, words: list[str], last: int, rubric: Rubric) -> bool:
    """A time in seconds or milliseconds (the profile's `measures.system_times`), in figures or in
    words ("under 2 seconds", "within one second", "200 ms")."""
    unit = last if metric.kind == "number" and not metric.text[-1:].isdigit() else last + 1
    return unit < len(words) and words[unit] in rubric.system_times


def type_measures(tokens: tuple[Token, ...], words: list[str], metrics: tuple[Mention, ...], hits: Hits,
                  persona: Mention | None, action: Action, rubric: Rubric,
                  moves: list[int] | None = None, kinds: list[str] | None = None) -> tuple[Measure, ...]:
    """Each number of the item with its type and whether it is a result (``moves``: the item's
    change words, and ``kinds`` its measure words' types, when the caller already has them)."""
    if not metrics:
        return ()
    found = Heads(_named_people(_shaped_party(heads(words, hits, rubric, kinds), tokens, hits, persona), persona))
    counts = {m.first for m in hits.get("count", ())}
    moves = changes(words, rubric) if moves is None else moves
    opening = _opening_end(words)
    asked = _asked_words(words, hits)
    stated = [at for at in moves if at >= opening and not _proposed_aim(words, at, rubric)
              and at not in asked]  # not what someone aimed at or asked for
    measures: list[Measure] = []
    previous_last = -1  # where the last number read ends
    delivered = -1  # where the last delivery time read ends (:func:`_delivery_time`)
    engineering = action.verb_class == "technical" or _engineering_deed(words, rubric)  # the writer's deed
    for metric in metrics:
        if metric.text.lower() in rubric.frequency_words or metric.detail == PERIOD \
                or _data_span(words, token_index(tokens, metric.span.start), token_index(tokens, metric.span.end - 1),
                              metric, rubric):
            measures.append(_new(Measure, (metric, "", False, False, False)))
            continue  # "threatened to leave twice": how often, no result
        first = token_index(tokens, metric.span.start)
        last = token_index(tokens, metric.span.end - 1)
        result = (_is_result(words, first, last, metric, stated, rubric) or _signed(tokens, first)) \
            and not _audience(words, first, last, metric, found) and not _aimed_figure(words, first, rubric)
        kind = _type(metric, words, first, last, result, found, counts, moves, persona, action, rubric, engineering)
        if _reach(words, first) or action.verb_class != "technical" and _decision_count(words, last, metric, rubric) \
                or _users_counted(words, last, found, rubric):
            kind, result = "scale", False
        if not result and _risks_closed(words, first, last, rubric):
            kind, result = "technical", True  # "closed all 7 high-severity vulnerabilities": a risk closed
        reason = _reason(words, first) or _after_stop(words, first, rubric) or first in asked
        result = result and first not in asked  # "who wanted to extend the hold shelf from 7 days to 14": the ask's
        if result and measures and not measures[-1].result and _set_against(words, first, previous_last, rubric):
            result = False  # "only 4% of homeowners opened the video, against 71% who opened the PDF"
        if not result and not kind and _bare_count_acts(words, first, last, metric, found, rubric) and not reason:
            result, kind = True, "customer"  # "nineteen stayed on the waitlist"
        elif not result and (kind == "customer" or not kind and words[last + 1:last + 3] in OF_THEM
                             or kind == "business" and _share_of_party(words, last, found)) and not reason:
            result = _party_acted(words, first, last, found, rubric)
            kind = "customer" if result else kind  # "80,000 sellers, and 30,000 of them used it": the party counted
        if result and _stopped_reach(words, first, rubric):
            result = False  # "sunset the desktop app, which 4% of shops used": the stop's reason
        if result and kind in OUTCOME_TYPES and _delivery_time(words, first, last, delivered, rubric):
            kind, result, delivered = "", False, last  # "shipped it in seven weeks instead of six months": a delivery fact
        if result and kind in OUTCOME_TYPES and _time_lost(words, first, last, rubric):
            kind, result = "", False  # "we lost three weeks because I did not": time the work lost
        previous = measures[-1] if measures else None
        if (kind in ("", "customer") and metric.detail == "range" and previous is not None
                and previous.metric.detail == "range" and previous.type
                and not any(previous.metric.span.end <= tokens[h.first].start
                            for h in found.within(token_index(tokens, previous.metric.span.start), first))):
            kind = previous.type  # "load time fell from 3.8 to 1.6 seconds, and on iOS from 2.4 to 1.1"
        money = metric.kind == "currency" or bool(rubric.money.intersection(words[max(0, first - 4):last + 5]))
        lost = result and kind == "customer" and _lost(words, last, metric, rubric)
        measures.append(_new(Measure, (metric, kind, result, money and kind in OUTCOME_TYPES, lost)))
        previous_last = last
    return tuple(measures)


def _delivery_time(words: list[str], first: int, last: int, delivered: int, rubric: Rubric) -> bool:
    """Is the number how long the writer's own work took to ship (the profile's `measures.delivery_verbs`,
    `delivery_marks` and `delivery_plans`)? A unit of time right after a delivery verb and "in" or
    "within" ("shipped it in seven weeks", "shipping in five weeks"), or after the verb and before a
    mark ("went live four months earlier", "launching five months sooner"), or before "ahead of" and a
    plan ("two weeks ahead of plan"); or set against a delivery time read just before it in the item
    (token ``delivered`` ends that one) with "instead of" or "rather than", in their clause ("...
    instead of the six months the full version needed"): the plan it beat. The labelling guide calls
    finishing early or ahead of plan a delivery result; the corpus writers label none of these a
    business result. A wait the served party felt ("refunds now reach walkers in two days") is none."""
    if not _time_unit(words[last], rubric):
        return False
    after = words[last + 1:last + 5]
    if after[:2] == ["ahead", "of"] and not rubric.delivery_plans.isdisjoint(after[2:]):
        return True  # "Delivered the loyalty API two weeks ahead of plan"
    if 0 <= delivered < first and first - delivered <= DELIVERY_AGAINST:
        between = words[delivered + 1:first]
        if CLAUSE_BREAKS.isdisjoint(between) and ("instead" in between or "rather" in between):
            return True
    at = first - 1
    framed = False
    while at >= 0 and first - at <= DELIVERY_GAP and words[at] in DELIVERY_FILLERS:
        framed = framed or words[at] in DELIVERY_FRAMES
        at -= 1
    if at < 0 or words[at] not in rubric.delivery_verbs:
        return False
    if words[at] == "live" and (at == 0 or words[at - 1] not in GO_FORMS):
        return False
    return framed or bool(after) and after[0] in rubric.delivery_marks


def _time_lost(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """Is the number time the writer's work lost, told in a lesson or as a delay: a unit of time right
    after one of the profile's `measures.time_losses`, with "us" or "me" between ("we lost three weeks
    because I did not", "lost two months rebuilding their trust", "the late review cost us five
    weeks")? The corpus writers label none of these a business result or a customer's; a wait that
    fell ("waits fell from three weeks to two days") names no loss and stays a result."""
    if not _time_unit(words[last], rubric):
        return False
    at = first - 1
    if at >= 0 and words[at] in LOSS_FILLERS:
        at -= 1
    return at >= 0 and words[at] in rubric.time_losses


def _risks_closed(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """Is the number a count of security risks the work closed: one of the profile's
    `measures.risks_closed` up to two words after it ("vulnerabilities", "high-severity findings"),
    right after one of `measures.risk_closers` ("closed", "closing"; with "all" or "the" between)?
    Seven corpus writers label such a count a technical result and none of them effort ("ran a
    penetration test ... and closed all 7 high-severity vulnerabilities", "Led the pen-test
    remediation ..., closing 42 high-severity findings"); "found 3 critical vulnerabilities" and
    "closed 212 tickets" are not read here."""
    if rubric.risks_closed.isdisjoint(words[last + 1:last + 1 + RISK_REACH]):
        return False  # most numbers: no such risk after them (one test in C)
    at = first - 1
    while at >= 0 and first - at <= RISK_FILLERS_REACH and words[at] in RISK_FILLERS:
        at -= 1
    return at >= 0 and words[at] in rubric.risk_closers


RISK_REACH = 3  # words after the number: "42 high-severity findings", "23 open CVEs"
RISK_FILLERS = frozenset({"all", "the"})  # "closed all 7 ...", "closed the 12 ..."
RISK_FILLERS_REACH = 2


def _time_unit(word: str, rubric: Rubric) -> bool:
    """Is the word a unit of time (``metrics.duration_units``), in the singular or the plural?"""
    return word in rubric.duration_units or word.removesuffix("s") in rubric.duration_units


LOSS_FILLERS = frozenset(("us", "me"))  # grammar: "cost us five weeks", "cost me six weeks"


DELIVERY_FRAMES = frozenset(("in", "within"))  # grammar: "shipped in five weeks"
DELIVERY_FILLERS = DELIVERY_FRAMES | frozenset(("it", "them", "just", "only", "under"))  # "shipped it in just"
DELIVERY_GAP = 4  # words from the delivery verb to the number: "shipped it in just seven weeks"
DELIVERY_AGAINST = 6  # words between a delivery time and the plan set against it: "instead of the six months"
GO_FORMS = frozenset(("went",))  # "went live": a launch done ("now goes live" is how things stand)


def _set_against(words: list[str], first: int, before: int, rubric: Rubric) -> bool:
    """Is the number set "against" the item's number just before it (token ``before`` ends that
    one), in the same clause ("after the pilot showed 2% of owners would pay $8 a month for it
    against the 10% I had forecast", "4% of families opened it more than once, against the 25% we
    needed")? Asked in a stop's clause (a stop verb before the first number with no clause break
    between: "I paused the feature ... because only 4% of homeowners opened the video, against
    71% who opened the PDF report"), where that number, no result, is the stop's reason: the one
    it is set against is the bar or the forecast it fell short of, no result either ("12% against
    9% for the control" keeps its result, read on the first number; a launch's "80% of accounts
    turned alerts on, against 20% for the old page" is no stop's)."""
    lead = first - 1
    if words[lead:first] in (["the"], ["a"]):
        lead -= 1
    if lead <= before or words[lead] != "against" or first - before > AGAINST_REACH \
            or not CLAUSE_BREAKS.isdisjoint(words[before + 1:lead]):
        return False
    for back in range(before, -1, -1):  # back to the clause's start: the stop told in it
        if words[back] in CLAUSE_BREAKS:
            return False
        if words[back] in rubric.stopped_forms:
            return True
    return False


def _stopped_reach(words: list[str], first: int, rubric: Rubric) -> bool:
    """Is the number how far a stopped thing reached, told in a relative clause about it right after
    "which" or "that" ("Recommended that we sunset the desktop time-clock app, which 4% of shops used",
    "Ended the paper voucher scheme, which cost $130,000 a year ... and which 6% of members used", "the
    legacy SDK that 3% of active integrations still used")? With a stop verb before it in the clause,
    the few who used the thing are the stop's reason, never a result; "a phone filing that 4,800 farms
    used in its first season", with no stop, is adoption, and so is the part a descope kept ("Descoped
    the builder to a single button, which 38% of travellers used")."""
    lead = first - 1
    if words[lead:first] and words[lead] in FIGURE_QUALIFIERS:
        lead -= 1  # "which only 3% of restaurants opened"
    if lead <= 0 or words[lead] not in RELATIVE_LEADS:
        return False
    for back in range(lead - 1, max(-1, lead - REACH_STOP_REACH), -1):
        word = words[back]
        if word in CLAUSE_BREAKS or word == "to" and words[back + 1] in KEPT_LEADS:
            return False  # "Descoped the builder to a single button, which 38% of travellers used": what was kept
        if word in rubric.stopped_forms and (back == 0 or word not in rubric.change_words
                                             and word not in rubric.ending_words):
            return True  # as :func:`_stop_verb_before` reads it: "Ended the scheme" opens the item
    return False


RELATIVE_LEADS = frozenset(("which", "that"))
KEPT_LEADS = frozenset("a an one the just only".split())  # grammar: "cut it to a single button", what a descope kept
REACH_STOP_REACH = 24  # words from the stop verb to "which": "Ended the paper voucher scheme, which cost $130,000 a year to print and post and which"


AGAINST_REACH = 16  # words from the first number's end to the one set against it: "2% of owners would pay $8 a month for it against the 10%"


def _asked_words(words: list[str], hits: Hits) -> frozenset[int]:
    """The words of a senior party's ask told in a clause ("I argued against our head of branches, who
    wanted to extend the hold shelf from 7 days to 14; ...", "The CFO asked for a $3 fee, and I ..."):
    a senior party (profile list `phrases.senior_party`), one of `phrases.pressure` a few words after
    it with no "I" or "we" between, and the words after it to the end of its clause. What was asked
    is what was at stake, never a result: its numbers and change words are no one's outcome."""
    pressures, seniors = hits.get("pressure", ()), hits.get("senior_party", ())
    if not pressures or not seniors:
        return frozenset()
    asked: set[int] = set()
    for pressure in pressures:
        if not any(0 < pressure.first - senior.last <= ASK_REACH
                   and WRITERS.isdisjoint(words[senior.last + 1:pressure.first]) for senior in seniors):
            continue
        for at in range(pressure.last + 1, len(words)):
            if words[at] in ASK_BREAKS:
                break
            asked.add(at)
    return frozenset(asked)


def asked_in(sentence: Sentence, metric: Mention) -> bool:
    """Is the number in a senior party's ask told in the sentence (:func:`_asked_words`)? What was
    asked is never the outcome to quote."""
    if "pressure" not in sentence.hits or not sentence.span.start <= metric.span.start < sentence.span.end:
        return False
    return token_index(sentence.tokens, metric.span.start) in _asked_words(list(sentence.lowers), sentence.hits)


def found_in(sentence: Sentence, metric: Mention, rubric: Rubric) -> bool:
    """Is the number in what the writer found or showed ("I pulled six months of trip logs myself
    and found that 40% of complaints came from 30 stations", "showed that 90% of the drive time
    ...")? A finding is the case for the call, never the result to offer the room, as
    :func:`_reason` reads it for the item; a shown change of its own ("showed him that repair shops
    bought 9% less") stays a result. Gated on "that", which every finding needs."""
    if "that" not in sentence.lowers or not sentence.span.start <= metric.span.start < sentence.span.end:
        return False
    words = list(sentence.lowers)
    return _reason(words, token_index(sentence.tokens, metric.span.start), because=False,
                   moves=changes(words, rubric))


def in_reason(words: list[str], first: int) -> bool:
    """Does the word at ``first`` stand in the reason for a call or in a finding (:func:`_reason`)?"""
    return _reason(words, first)


def reason_told(item: Item) -> bool:
    """Does a number of the item's stand in the reason for its call or in what the writer found
    (:func:`_reason`: "I stopped the pilot because only 4% of patients booked a slot", "I declined,
    because 38% of the patients surveyed said ..."), or in the clause a stop's reason opens
    (:func:`_stop_reason`: "stopped it when only four owners a weekend used it", "after eight weeks:
    only 40 riders a week used it")? A stop or a refusal told so has its evidence: the case for the
    call, which no further result would add to. Asked of a stop's item only."""
    for sentence in item.sentences:
        words = None
        for m in item.metrics:
            if sentence.span.start <= m.span.start < sentence.span.end:
                words = words or list(sentence.lowers)
                at = token_index(sentence.tokens, m.span.start)
                opens = sentence.clause.index if sentence.clause is not None else len(words)
                if _reason(words, at) or _stop_reason(words, at, opens) or _found_figure(words, at):
                    return True
    return False


def _found_figure(words: list[str], first: int) -> bool:
    """Is the number what a finding showed, told with no "that" ("the pilot showed only 2% of
    buyers would pay for it", "a survey found 70% were about refills"): the finding's verb
    (`FINDING`) just before it, over at most the words that qualify a number (`FIGURE_QUALIFIERS`:
    "only", "fewer than")? In a stop's item, what the writer's test or reading found is its case."""
    back = first - 1
    while back >= 0 and first - back <= FIGURE_REACH and words[back] in FIGURE_QUALIFIERS:
        back -= 1
    return back >= 0 and words[back] in FINDING


FIGURE_QUALIFIERS = frozenset("only just about nearly almost roughly around over under fewer less more than barely".split())  # grammar
FIGURE_REACH = 3  # "showed fewer than 2%": the verb at most this many words before the number


def _stop_reason(words: list[str], first: int, opens: int) -> bool:
    """Is the number in a clause that opens on a reason's word (`STOP_REASONS`: "since fewer than 300
    patrons a month used the old kiosks", "when 23% of patients who used it still phoned") or after
    a colon ("I stopped the cargo-bike pilot in August after eight weeks: only 40 riders a week used
    it"), back to the clause's start? Read in a stop's item, where what follows such a word is the
    case for the stop; a time ("after 8 weeks") is none, and so is a colon before the verb the
    sentence opens with (token ``opens``: "November: Deprecated the export job and six tables")."""
    for back in range(first - 1, max(-1, first - REASON_REACH), -1):
        word = words[back]
        if word in STOP_REASONS or word == ":" and back > opens:
            return True
        if word in (".", ";") or word in REASON_BREAKS and words[back - 1:back] == [","]:
            return False
    return False


STOP_REASONS = frozenset(("because", "since", "when"))  # grammar: the words that open a reason's clause


def exposure_in(item: Item, sentence: Sentence, metric: Mention, rubric: Rubric) -> bool:
    """Is the number the share of users a launch was put in front of, after "to" and before "of",
    with a verb of the profile's `verbs.rollouts` ("Launched Promise Explanations to 10% of shoppers
    in the US")? How many saw it: no result to offer the room or to retell."""
    return sentence.clause is not None and sentence.clause.lemma in rubric.rollout_verbs \
        and metric.text.endswith("%") and item.view[metric.span.start - 3:metric.span.start] == "to " \
        and item.view[metric.span.end:metric.span.end + 3] == " of"


def only_exposure(item: Item, sentence: Sentence, rubric: Rubric) -> bool:
    """The sentence's numbers are all shares a launch reached (:func:`exposure_in`), and it has one."""
    inside = [m for m in item.metrics if sentence.span.start <= m.span.start < sentence.span.end]
    return bool(inside) and all(exposure_in(item, sentence, m, rubric) for m in inside)


def exposure_only(item: Item, rubric: Rubric) -> bool:
    """Every number the item tells is a share a launch reached (:func:`exposure_in`), and it tells
    one ("Launched the price explainer to 10% of renters. Early results were good ..."): however
    ready, its only measure is who saw it, so it is never the strongest outcome to lead with while
    another claim measures a result. Gated on the profile's `verbs.rollouts`, which few items open on."""
    if not item.metrics or not any(s.clause is not None and s.clause.lemma in rubric.rollout_verbs
                                   for s in item.sentences):
        return False
    return all(any(s.span.start <= m.span.start < s.span.end and exposure_in(item, s, m, rubric)
                   for s in item.sentences) for m in item.metrics)


ASK_REACH = 5  # "our head of branches, who wanted": from the senior party to the ask, in words
WRITERS = frozenset(("i", "we"))
# where the ask's clause ends (and the writer's, or another, begins)
ASK_BREAKS = frozenset((".", ",", ";", ":", "and", "i", "we", "but", "so", "which", "since", "because"))


def _shaped_party(found: list[Head], tokens: tuple[Token, ...], hits: Hits, persona: Mention | None) -> list[Head]:
    """The served party no persona list knows, counted and named by how the item treats it ("9,000
    swimmers used it", analysis/parties.py), is a party a count can belong to, as a listed one is:
    its count followed by what it did is a result."""
    if persona is None or not persona.text[:1].isdigit():
        return found  # only a counted party ("9,000 swimmers"); "the county renewed its $250,000 contract" stays money
    first = token_index(tokens, persona.span.start)
    last = token_index(tokens, persona.span.end - 1)
    if any(m.first <= last and first <= m.last for m in hits.get("persona", ())):
        return found  # a listed party: already among the heads
    head = _new(Head, (last, last, "customer", True))  # its noun: "swimmers", not "9,000 swimmers"
    return sorted([*found, head], key=lambda h: (h.first, -h.last))


def _named_people(found: list[Head], persona: Mention | None) -> list[Head]:
    """A technical measure word that is also a served party's word names people, not machines
    ("paid hosts grew from 0 to 41,000" of podcast hosts), when the item serves someone and names
    no other technical measure ("hosts" beside "batch jobs" stay servers)."""
    if persona is None:
        return found
    people = {(h.first, h.last) for h in found if h.party}
    named = [h for h in found if h.type == "technical" and not h.party and (h.first, h.last) in people]
    if not named or any(h.type == "technical" and not h.party and (h.first, h.last) not in people for h in found):
        return found
    return [h for h in found if h not in named]


def _signed(tokens: tuple[Token, ...], first: int) -> bool:
    """A number with a sign of change written against it, as notes and slides state a result
    ("support contacts -57%", "revenue +$6.4M", "weekly listeners +12% YoY"): the sign touches the
    number and stands apart from the word before it, so "COVID-19", "1-star" and a range ("3-5%")
    are no change."""
    at = first - 1
    if at >= 0 and tokens[at].text == "$":
        at -= 1  # "+$6.4M": the sign before the currency
    if at < 0 or tokens[at].text not in SIGNS or tokens[at].end != tokens[at + 1].start:
        return False
    return at == 0 or tokens[at - 1].end < tokens[at].start and not tokens[at - 1].text[:1].isdigit()


SIGNS = frozenset(("+", "-", "−"))


def _reach(words: list[str], first: int) -> bool:
    """"across 9 services", "drove alignment across four orgs": how far the work reached, never
    its result."""
    return words[first - 1:first] == ["across"]


def _users_counted(words: list[str], last: int, found: Heads, rubric: Rubric) -> bool:
    """"the app our 1,800 drivers use", "the portal that 6,800 orthodontists use to approve plans": a
    served party counted as the people who use a thing, in a clause about the thing (nothing used
    after the verb, profile lists ``measures.product_uses`` and ``measures.product_use_tails``), is
    how far the thing reaches, never a result. "48,000 caregivers now use it" (the thing after the
    verb) and "corrections that 2,300 admins now use" (now) are adoption."""
    party = next((h for h in found.within(last + 1, last + 1 + FORWARD) if h.party), None)
    if party is None or "now" in words[last + 1:party.first]:
        return False
    verb = party.last + 1
    for phrase in rubric.product_uses:
        if tuple(words[verb:verb + len(phrase)]) == phrase:
            after = words[verb + len(phrase)] if verb + len(phrase) < len(words) else "."
            return not after[:1].isalnum() or after in rubric.product_use_tails
    return False


def _decision_count(words: list[str], last: int, metric: Mention, rubric: Rubric) -> bool:
    """"the three integrations that do exist", "two features": a count of the things a decision
    was about is its scope, never a result for anyone (a number before a measure word is read by
    its measure; engineering work's "140 features" is read as before)."""
    if metric.kind != "number" or metric.detail == "range":
        return False
    if words[last] in rubric.decision_objects:
        return True
    following = words[last + 2] if last + 2 < len(words) else "."
    return words[last + 1:last + 2] != [] and words[last + 1] in rubric.decision_objects and (
        following in FORWARD_STOPS or not following[:1].isalnum())  # not "1.2M product pages"


def _party_acted(words: list[str], first: int, last: int, found: Heads, rubric: Rubric) -> bool:
    """A count of the served party followed by what they did or kept doing is a result: "210,000
    readers used it", "203 of the 212 sellers were still active". Not a relative clause ("40
    sellers who used the old form"), the agent of a passive ("licensed by 640 districts and used
    daily"), a count played down as the reason for a decision ("only 4% of sellers used it"), a
    negation, a plan, or a habit ("used to")."""
    if not NOBODY.isdisjoint(words[max(0, first - NONE_OF):first]):
        return False  # "none of our 300 partner hotels left": nobody lost, read by _none_lost
    share = _share_of(words, first, rubric)
    if share is not None and _minimised(words, share):
        return False  # "only 4 of the 30 pilot restaurants had used it": the share played down
    if any(_still_with_us(words, index) for index in range(last + 1, last + 3 + PARTY_REACH)):
        return True  # "all three clinics are still with us", "2,280 of them were still processing with us"
    if words[last + 1:last + 3] in OF_THEM and any(h.party for h in found.within(0, first)):
        if _minimised(words, first) and _contacted(words, last + 3, rubric):
            return True  # "with fewer than 1% of them calling support": contacts held down
        return _acts(words, last + 3, rubric)  # "80,000 sellers, and 30,000 of them used it"
    party = next((h for h in found.within(last + 1, last + 1 + FORWARD + 3) if h.party), None)
    if party is None or words[first - 1:first] == ["by"] and not _done_by(words, first, rubric) \
            or _minimised(words, first) \
            or any(not w.isalnum() and w != "," and not _joined(w) for w in words[last + 1:party.first]):
        return False  # a mark between the count and the party: not its count ("4 (of 9) sellers")
    if words[first - 1:first] == ["by"]:
        return True  # "used by 38,000 residents in the first six months": the party's act, told in the passive
    if any(_still_with_us(words, index) for index in range(party.last + 1, party.last + 1 + PARTY_REACH)):
        return True  # "both of the sellers are still with us"
    return _acts(words, party.last + 1, rubric)


OF_THEM = (["of", "them"], ["of", "those"])


def _done_by(words: list[str], first: int, rubric: Rubric) -> bool:
    """The counted party after "by" is the one who did what the business needs, told in the passive
    with a word of ``measures.party_results`` right before "by", in a clause of its own after a
    comma, or after "now", "been", "was" or "were" ("..., used by 38,000 residents in the first six
    months", "it has been booked by 2,100 families"). "The app used by 2.3 million customers" and
    "our tools are used by 140 funeral homes" tell the thing's reach, "licensed by 640 districts"
    names who bought in, and a plan ("will be used by") is no result."""
    if first < 3 or words[first - 2] not in rubric.party_results or words[first - 3] not in PASSIVE_RESULT_LEADS:
        return False
    return rubric.not_yet_words.isdisjoint(words[max(0, first - 5):first - 2])


PASSIVE_RESULT_LEADS = frozenset((",", ";", "now", "been", "was", "were"))


def _share_of_party(words: list[str], last: int, found: Heads) -> bool:
    """A share of the served party, "of" right after the number and the party the head after it
    ("31% of iOS subscribers added it"): a measure word that also names the party ("subscribers")
    types the share as the business's, yet what the party then did is adoption, read as a customer
    count is (:func:`_party_acted`)."""
    if words[last + 1:last + 2] != ["of"]:
        return False
    return any(h.party for h in found.within(last + 2, last + 2 + FORWARD))


def _joined(word: str) -> bool:
    """A modifier of words joined by hyphens ("low-income", "first-time"): one word of the party
    between its count and its noun ("2,300 low-income applicants used it")."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalnum() for part in parts)


def _share_of(words: list[str], first: int, rubric: Rubric) -> int | None:
    """Where the share starts when the count is the whole it is of ("4 of the 30 pilot
    restaurants", "12 % of 900 sellers"), else None: what the party did is read for the share, so
    a share played down stays the reason for a decision."""
    at = first - 2 if words[first - 1:first] == ["the"] else first - 1
    if at < 1 or words[at] != "of":
        return None
    share = at - 2 if words[at - 1] == "%" else at - 1
    word = words[share] if share >= 0 else ""
    return share if word[:1].isdigit() or word in rubric.number_words_set else None


def _lost(words: list[str], last: int, metric: Mention, rubric: Rubric) -> bool:
    """The count is of the served party lost: its verb, past "of them" or a filler, is a loss
    ("1,200 of them paused within a month", "nine left at renewal")."""
    index = last if metric.kind == "number" and not metric.text[-1:].isdigit() else last + 1
    if words[index:index + 2] in OF_THEM:
        index += 2
    while index < len(words) and words[index] in PARTY_FILLERS:
        index += 1
    return index < len(words) and words[index] in rubric.count_losses


def _bare_count_acts(words: list[str], first: int, last: int, metric: Mention, found: Heads, rubric: Rubric) -> bool:
    """A count with no noun, its verb straight after it, once the served party is named: "wrote to
    the twenty affected shippers; nineteen stayed on the waitlist" (a count in words holds the verb
    in its span). Not the second term of a ratio ("one household in 200 used it")."""
    if words[first - 1:first] in (["in"], ["of"], ["per"]):
        return False
    verb = words[last] if metric.kind == "number" and not metric.text[-1:].isdigit() else \
        (words[last + 1] if last + 1 < len(words) else "")
    at = last if metric.kind == "number" and not metric.text[-1:].isdigit() else last + 1
    return (party_result(words, at, rubric) or verb in rubric.party_losses) and any(h.party for h in found.within(0, last))


def _contacted(words: list[str], index: int, rubric: Rubric) -> bool:
    """The words at ``index`` say the party contacted the business ("calling support", "filed a
    complaint"; profile list ``measures.party_contacts``)."""
    return any(tuple(words[index:index + len(phrase)]) == phrase for phrase in rubric.party_contacts)


def _acts(words: list[str], start: int, rubric: Rubric) -> bool:
    """The words from ``start``, after a counted party, say what it did ("used it", "were still
    active"), before any relative clause, negation, plan or clause break."""
    after = words[start:start + PARTY_REACH]
    for index, word in enumerate(after):
        if word in NOT_PARTY_ACTS or word in rubric.not_yet_words or word in CLAUSE_BREAKS:
            return False
        if party_result(words, start + index, rubric) and after[index + 1:index + 2] != ["to"]:
            return True  # "used it", "were still active", "turned it on"
        if count_result(words, start + index, rubric):
            return True  # "26,000 more adults got a first dose"
        if word in rubric.party_losses and all(w in PARTY_FILLERS for w in after[:index]):
            return True  # lost, the party's own verb: "1,200 of them paused within a month"
    return False


def party_result(words: list[str], index: int, rubric: Rubric) -> bool:
    """The word at ``index`` says what a served party did for the business: a word of
    ``measures.party_results`` ("used", "renewed"), or one of ``measures.party_switches`` with "on"
    close after it in the same clause, a feature the party switched on for itself ("1,900 shops
    turned it on", "62% of them turned notifications on"). "Turned to", "turned away", "turned down"
    and "turned it off" are not adoption."""
    if index >= len(words):
        return False
    if words[index] in rubric.party_results:
        return True
    if words[index] not in rubric.party_switches:
        return False
    for word in words[index + 1:index + 2 + SWITCH_REACH]:
        if word == "on":
            return True
        if word in NOT_PARTY_ACTS or word in FORWARD_STOPS or not word.isalnum():
            return False
    return False


SWITCH_REACH = 3  # words between the switch and "on": "turned the new alerts on"


def _still_with_us(words: list[str], index: int) -> bool:
    """"still with us", "still on board", "still processing with us": the party kept."""
    if words[index - 1:index] != ["still"]:
        return False
    return any(words[at:at + 2] in (["with", "us"], ["on", "board"]) for at in range(index, index + STILL_REACH))


STILL_REACH = 2  # words between "still" and "with us": "still processing with us"


def party_kept(words: list[str], hits: Hits, rubric: Rubric) -> bool:
    """The served party, named, did or kept doing what the business needs, without a number: "the
    retailer renewed the next year's range", "both banks signed". Not in a circumstance ("when
    sellers signed up"), a relative clause ("sellers who used it"), a habit ("used to") or an
    origin ("reports from buyers came from one ring")."""
    for match in hits.get("persona", ()):
        before = words[max(0, match.first - 3):match.first]
        if any(w in CIRCUMSTANCES or w == "of" or w[:1].isdigit() or w in rubric.number_words_set for w in before):
            continue  # a counted party ("4% of landlords used it") is read with its number
        if _reason(words, match.first):
            continue  # "because pros used it on 3% of quotes": the reason for a decision
        if _level_held(words, match.last + 1, rubric):
            return True  # "remakes for customers with progressive lenses have stayed under 1% since"
        for index in range(match.last + 1, min(len(words), match.last + 4)):
            word = words[index]
            if party_result(words, index, rubric):
                if words[index + 1:index + 2] not in (["to"], ["from"]):
                    return True  # but "used to", "came from": a habit, an origin
                break
            if _still_with_us(words, index):
                return True  # "both sellers are still with us": kept, without a change word
            if word in rubric.ending_words and words[index + 1:index + 2] and words[index + 1].endswith("ing"):
                return True  # "customers stopped calling about lost parcels": contacts, defects, work that ended
            if word not in PARTY_FILLERS:
                break
    return False


HELD_REACH = 4  # words from the party to "have": "customers with progressive lenses have stayed"
PERFECT = frozenset(("have", "has"))


def _level_held(words: list[str], start: int, rubric: Rubric) -> bool:
    """After a served party, in the same clause, a measure held at a level in the present perfect
    ("have stayed under 1%", "has held at zero", "have remained flat": `measures.levels_held` then
    `measures.level_marks`): a result kept since the work. A thing that has held ("a check that has
    held for eight months") names no level."""
    for index in range(start, min(len(words), start + HELD_REACH + 1)):
        word = words[index]
        if word in PERFECT:
            return index + 2 < len(words) and words[index + 1] in rubric.levels_held \
                and words[index + 2] in rubric.level_marks
        if not word.replace("-", "").isalnum() or word in CIRCUMSTANCES or word in ("and", "but", "while"):
            return False
    return False


def nobody_lost(words: list[str], hits: Hits, rubric: Rubric, party: int | None = None,
                tokens: tuple[Token, ...] = ()) -> bool:
    """Nobody served was lost or let down ("none escalated", "none of the hotels left at renewal"),
    or a customer measure came to none ("with zero involuntary cancellations"): a result the business
    kept, read apart from one the served party felt. ``party``: where the item's served party starts,
    when it has one; ``tokens``: the item's, to read one of a party named after "no"."""
    taken = {at + 1 for at, word in enumerate(words) if word == "no" and taken_in_turn(tokens, rubric, words, at)} \
        if tokens and "no" in words else set()  # "no charity waited": one of the party, in the singular
    return (bool(hits.get("persona")) or bool(taken)) and (_none_lost(words, hits, rubric, taken)
                                                            or _zero_for_party(words, hits, rubric)) \
        or _none_reached(words, hits, rubric) or _none_since(words, hits, party, rubric.periods) \
        or _launched_with_zero(words, hits, rubric)


def _launched_with_zero(words: list[str], hits: Hits, rubric: Rubric) -> bool:
    """A launch told with zero of something, the result of a launch held or pulled until it was
    right: "relaunched in May with zero fitting complaints across 1,500 hearing aids", "went out with
    zero wrong charges" (`measures.launched_with`, in the clause, right before "with zero"). Not
    money or a budget ("launched with zero budget": a constraint), a system's own measure ("shipped
    with zero downtime"), a finding of no effect ("zero change"), a reason or an aim."""
    if "zero" not in words:
        return False  # most items
    technical = [m for m, kind in zip(hits.get("measure", ()), measure_kinds(words, hits, rubric)) if kind == "technical"]
    for at, word in enumerate(words):
        if word != "zero" or words[at - 1:at] != ["with"] or words[at + 1:at + 2] and words[at + 1] in rubric.effects:
            continue
        after = words[at + 1:at + 1 + LAUNCH_ZERO_REACH]
        if rubric.money.intersection(after) or "budget" in after or any(at < m.first <= at + LAUNCH_ZERO_REACH for m in technical):
            continue  # "with zero budget", "with zero downtime"
        if _reason(words, at) or any(w in AIMS for w in words[max(0, at - 3):at]):
            continue
        start = next((i + 1 for i in range(at - 1, -1, -1) if words[i] in CLAUSE_BREAKS), 0)
        if any(tuple(words[i:i + len(phrase)]) == phrase for phrase in rubric.launched_with
               for i in range(max(start, at - LAUNCH_REACH), at)):
            return True
    return False


LAUNCH_REACH = 8  # words from the launch to "with zero": "relaunched nine days later in the spring with zero"
LAUNCH_ZERO_REACH = 3  # words after "zero" that name what came to none: "zero double charges"


def _zero_for_party(words: list[str], hits: Hits, rubric: Rubric) -> bool:
    """A harm counted at zero, with the party served as the one who reported or filed it, told as the
    result: "employers filed zero corrections", "with zero confirmed reactions reported by customers",
    "pharmacists have reported zero wrong-drug incidents since". Not a count that rose from or fell to
    zero ("up from zero", "fell to zero": read as a change), a finding of no effect ("zero change in
    refills"), a reason or an aim ("because zero
    customers used it", "so that zero buyers wait"), a party the zero is only told beside ("for 300
    clinics with zero downtime"), nor a party that is only part of the thing counted or in another
    clause ("zero stranded-rider reports ..., and 3,800 riders reserved")."""
    if "zero" not in words:
        return False  # most items
    parties = [m.first for m in hits.get("persona", ())]
    for at, word in enumerate(words):
        if word != "zero" or at and words[at - 1] in ZERO_CHANGES or words[at + 1:at + 2] and words[at + 1] in rubric.effects:
            continue  # "fell to zero", "showed zero change in refills"
        if _reason(words, at) or any(w in AIMS for w in words[max(0, at - 3):at]):
            continue
        start = next((i + 1 for i in range(at - 1, -1, -1) if words[i] in CLAUSE_BREAKS), 0)
        end = next((i for i in range(at, len(words)) if words[i] in CLAUSE_BREAKS), len(words))
        subjects = [i for i in range(max(start, at - ZERO_PARTY_REACH), at) if ZERO_LINKS.isdisjoint(words[i:at])]
        agents = [i + 1 for i in range(at + 1, min(end, at + ZERO_AGENT_REACH)) if words[i] in ("by", "from")]
        if any(first in subjects or first in agents for first in parties):
            return True
    return False


# grammar, not rubric: the prepositions that make "zero" one end of a change, or a thing told beside a party
ZERO_CHANGES = frozenset("from to at near".split())  # "up from zero", "fell to zero", "stayed at zero"
ZERO_PARTY_REACH = 4  # words from the party to "zero": "pharmacists have reported zero"
ZERO_LINKS = frozenset("with for in on of across after".split())  # "300 clinics with zero downtime": not theirs
ZERO_AGENT_REACH = 6  # words from "zero" to "by" or "from": "zero confirmed reactions reported by customers"


def _none_since(words: list[str], hits: Hits, party: int | None, periods: frozenset[str]) -> bool:
    """Nothing of the harm has happened to the party served since the work, told as its result: "no
    child has been misrouted since", "no duplicate alert has reached a customer in 9 months", "no
    family has received a wrong box in the 9 months since", "since launch no patient has been booked
    into an unsafe slot": "no" opening a clause (or after an opening "since"), a present perfect,
    and "since" or a time gone by in the same clause, with the party in the clause or the harm done to
    someone ("has been"). Not an aim or a duty ("so that no seller has to chase"), a past before the
    past ("clauses no hospital had invoked in five years"), "no" inside a phrase, nor a thing that
    has not happened to anyone ("no new version has shipped since")."""
    if "no" not in words or "since" not in words and periods.isdisjoint(words):
        return False  # most items
    for at, word in enumerate(words):
        opened = "since" in words[max(0, at - SINCE_REACH):at]  # "since launch no patient has been booked"
        if word != "no" or at and words[at - 1] not in NONE_OPENERS | CLAUSE_BREAKS and not opened:
            continue
        for index in range(at + 1, min(len(words), at + 1 + NO_SUBJECT_REACH)):
            if words[index] in CLAUSE_BREAKS:
                break
            if words[index] in PERFECT:
                end = next((i for i in range(index, len(words)) if words[i] in CLAUSE_BREAKS), len(words))
                served = words[index + 1:index + 2] == ["been"] or party is not None and at < party < end \
                    or any(at < m.first < end for m in hits.get("persona", ()))
                return served and words[index + 1:index + 2] != ["to"] and (opened or _gone_by(words[index + 1:end], periods))
    return False


def _gone_by(clause: list[str], periods: frozenset[str]) -> bool:
    """"since", "since launch", "in 9 months", "in the two years": a time gone by, told in the clause
    (``periods``: the profile's `measures.periods`)."""
    if "since" in clause:
        return True
    return any(word in ("in", "for") and not periods.isdisjoint(clause[at + 1:at + 4]) for at, word in enumerate(clause))


NONE_OPENERS = frozenset(", and so but then".split())  # before a "no" that opens a clause
SINCE_REACH = 3  # words from an opening "since" to "no": "since launch, no patient"
PERFECT = frozenset(("has", "have"))
NO_SUBJECT_REACH = 8  # words from "no" to its verb: "no family with a flagged allergy has"


def _none_lost(words: list[str], hits: Hits, rubric: Rubric, taken: set[int] | frozenset[int] = frozenset()) -> bool:
    """Nobody served was lost or let down, told as the result: "none escalated", "none of our 300
    partner hotels left at renewal", "no merchant has had to chase a missing payout", "none of the
    220 kiosks has drawn a price complaint" (profile list ``measures.party_losses``), or was put
    through nothing of a harm ("no charity waited more than a day": ``measures.party_spared``, read
    only here). Not as a reason ("because none of them complained"), an aim ("so that no seller has
    to chase"), or a plan; "no" counts before a served party only ("no merchant", not "no budget"),
    and ``taken`` holds where one of a party named in the singular follows "no" ("no practice
    waited", read by analysis/parties.py), whichever party the item names first."""
    if NOBODY.isdisjoint(words) and "no" not in words and "zero" not in words:
        return False  # most items: no word that could say nobody
    parties = {m.first for m in hits.get("persona", ())}
    for at, word in enumerate(words):
        if word in NOBODY or word == "no" and words[at + 1:at + 2] == ["one"]:
            start = at + 1
        elif word in ("no", "zero") and (at + 1 in parties or at + 2 in parties):
            start = at + 2
        elif word == "no" and at + 1 in taken:
            start = at + 2  # "no charity waited": one of the party taken in turn (analysis/parties.py)
        else:
            continue
        if _reason(words, at) or any(w in AIMS for w in words[max(0, at - 3):at]):
            continue
        for index in range(start, min(len(words), start + NONE_REACH)):
            following = words[index]
            if following in CLAUSE_BREAKS or following in rubric.not_yet_words or following in RELATIVES - {"that"}:
                break
            if following in rubric.party_losses or following in rubric.party_spared:
                return True
    return False


def _none_reached(words: list[str], hits: Hits, rubric: Rubric) -> bool:
    """A customer or business measure told as none at all, the result of the work: "with zero
    involuntary cancellations", "launched with no balance errors across 1.2 million members" (defects
    that reached customers). Money and budgets are left out ("with no budget" is a constraint), and
    so are a thing named for the measure ("no churn model") and a finding of no effect ("no change
    in spend")."""
    if "no" not in words and "zero" not in words:
        return False
    measured = hits.get("measure", ())
    for match, kind in zip(measured, measure_kinds(words, hits, rubric)):
        if kind not in OUTCOME_TYPES or not ZERO.intersection(words[max(0, match.first - ZERO_REACH):match.first]):
            continue
        phrase = words[match.first:match.last + 1]
        following = words[match.last + 1:match.last + 2]
        if rubric.money.intersection(phrase) or "budget" in phrase or following and following[0] in rubric.non_result_followers:
            continue
        if _unchanged(words, match.first) or _reason(words, match.first) or _not_yet(words, match.first, rubric):
            continue
        return True
    return False


ZERO = frozenset(("no", "zero"))
ZERO_REACH = 2  # words between "no" and its measure: "zero involuntary cancellations"
NOBODY = frozenset(("none", "nobody", "noone"))
NONE_OF = 3  # words from "none" to the count it takes: "none of our 300"
AIMS = frozenset(("so", "ensure", "ensuring", "sure", "until", "unless", "if", "when"))
NONE_REACH = 14  # words from "none" to what nobody did: "none of the 220 kiosks that then shipped has drawn"


RELATIVES = frozenset("who that which whose whom".split())  # "sellers who used the old form": not their result
CIRCUMSTANCES = RELATIVES | frozenset("when if before until unless once how".split())  # "watching how pickers used it"
PARTY_FILLERS = frozenset("all both then still each are were is group groups".split())  # "the employer group signed"


def _minimised(words: list[str], first: int) -> bool:
    before = words[max(0, first - 2):first]
    return bool(before) and (before[-1] in MINIMISERS or before in (["fewer", "than"], ["less", "than"]))


SIDE_BY_SIDE = frozenset(("against", "versus", "vs", "vs."))
MONEY_SIGNS = "$€£¥₹"


def _prices_compared(words: list[str], first: int, last: int, metric: Mention, changes: list[int]) -> bool:
    """Two sums of money set side by side with no change told beside them ("a swap cost £31 against
    £18 for a repair", "its cost per delivered book came to £9 against £1.20 for the branch van"):
    what two ways of doing a thing cost, the reason for a call, not a result. Shares set side by side
    ("renewed at 71% versus 58%") are a result as before, and so is money with a change word ("cut
    the cost per order to $2 against $5 last year")."""
    return metric.text[:1] in MONEY_SIGNS and not SIDE_BY_SIDE.isdisjoint(words[first:last + 1]) \
        and not near(changes, first - CHANGE_WINDOW, last + CHANGE_WINDOW)

MINIMISERS = frozenset("only just barely merely under".split())
VERB_SUBJECTS = frozenset("who which that she he it they".split())
VERB_OBJECT_OPENERS = frozenset("one the its their his her our my every each".split())  # "runs one event", "runs the desk"
SINGLE_SUBJECTS = frozenset("a an each every".split())  # "a court records ...": one thing, so its word in -s is its verb
VERB_OBJECTS_AFTER = VERB_OBJECT_OPENERS | frozenset(("a", "an"))  # "... records a hearing"
PARTY_REACH = 4  # words after the party where what they did can be: "sellers were still active"
NOT_PARTY_ACTS = RELATIVES | frozenset("and or never not no stopped without".split())


def _type(metric: Mention, words: list[str], first: int, last: int, result: bool, found: Heads,
          counts: set[int], changes: list[int], persona: Mention | None, action: Action,
          rubric: Rubric, engineering: bool) -> str:
    if metric.kind == "technical":
        return "technical"
    proportion = metric.text.endswith("%") or metric.kind in ("multiplier", "currency") or metric.detail == "range"
    if _period(words, first, last, metric):
        return ""  # "within 18 months", "over two sprints": when, not how much
    head: Head | None | bool = _forward(found, words, first, last, proportion)
    if (head is None or head.party) and result and _measure_verb(words, first, rubric):
        return "business"  # "sold 380,000 units", "the redesign converts at 9.4%"
    if isinstance(head, Head) and not head.party and words[last + 1:last + 2] == ["of"]:
        head = _backward(found, words, first, changes) or head  # "crash rate fell from 0.9% to 0.2% of sessions"
        if proportion and isinstance(head, Head) and head.type == "input":
            head = None  # "42% of interviews named pricing": a share of them says what they showed, not effort
    if head is None and words[first - 1:first] == ["of"]:
        head = next((h for h in found.within(first - 2 - HEAD_SPAN, first - 1) if h.last == first - 2 and not h.party),
                    None)  # "an F1 of 0.71"
    behind = head is None and (result or proportion)
    if behind:  # a bare count names what follows it
        head = _backward(found, words, first, changes, widen=not _base_follows(words, last, metric))
    if metric.detail == "range" and isinstance(head, Head) and head.type == "scale" \
            and tuple(words[head.first:head.last + 1]) in rubric.made_by_people \
            and any(h.party for h in found.within(head.last + 1, head.last + 4)):
        head = head._replace(type="customer")  # "reports from teachers fell from 140 a month to 6": theirs, not the writer's reports
    changed = metric.detail == "range" or near(changes, first - CHANGE_WINDOW, last + CHANGE_WINDOW)
    kind = head.type if isinstance(head, Head) else _fallback(metric, changed, persona, engineering, words, last, rubric)
    if kind == "technical" and not isinstance(head, Head) and metric.kind != "technical" \
            and _time_for_party(words, last, found):
        kind = "customer"  # "fell from 96 to 61 seconds for callers": the wait of the party named with it
    if not isinstance(head, Head) and kind == "customer" and _beside_baseline(words, last, metric, rubric):
        kind = ""  # "30% below the previous run": a level against a baseline does not say whose measure
    if isinstance(head, Head) and not result and head.first in counts:
        kind = "technical"  # "closed 212 tickets": output counted, where "tickets fell 30%" is a result
    if kind == "input" and result and behind:
        kind = "customer"  # "search sessions per shopper rose 1.5%": effort when counted, behaviour when it moves
    if kind == "" and result and persona is not None and words[last + 1:last + 2] and \
            words[last + 1] in rubric.party_moves and words[first - 1:first] in (["and"], [","], ["then"]):
        kind = "customer"  # "I wrote to each merchant, and 2,850 moved to direct deposit": the party counted
    if kind == "scale" and result and not rubric.adopting.isdisjoint(words[last + 1:last + 4]):
        kind = "customer"  # "2,800 teams were running it": people or teams adopting the product
    if kind in OUTCOME_TYPES and words[last + 1:last + 2] and words[last + 1] in rubric.senior_titles and \
            not rubric.approvals.isdisjoint(words[last + 2:last + 4]):
        kind = "scale"  # "which 3 directors signed off": the leaders who approved, not a customer result
    if kind == "technical" and not result and action.verb_class == "pm":
        kind = "scale"  # "retired 40 services": the reach of a decision, not engineering output
    if kind == "technical" and isinstance(head, Head) and action.verb_class != "technical" \
            and rubric.decision_objects.issuperset(words[head.first:head.last + 1]):
        kind = "scale"  # "cut the list to nine features": the scope of a product decision
    if metric.kind == "currency" and (kind == "technical" or kind == "" and isinstance(head, Head)
                                      and tuple(words[head.first:head.last + 1]) in rubric.felt_by_people):
        kind = "business"  # "fixed the invoice errors; the county renewed its $250,000 contract": money is no system's property
    return kind


def _base_follows(words: list[str], last: int, metric: Mention) -> bool:
    """Is the number a multiple whose base is named after it, after a determiner ("when three times
    the usual applications came in", "3x the forecast")? Then its measure is in its own clause or
    not told, never a measure told in a clause before it (the portal's traffic)."""
    return metric.kind == "multiplier" and words[last + 1:last + 2] in BASE_OPENERS


BASE_OPENERS = (["the"], ["our"], ["a"], ["an"], ["their"], ["its"])


def _time_for_party(words: list[str], last: int, found: Heads) -> bool:
    """A time in seconds told for a served party right after its unit ("from 96 to 61 seconds for
    callers in the pilot county"): the party's wait, no system's time."""
    after = last + 2  # the word after the unit
    return words[after:after + 1] == ["for"] \
        and any(h.party for h in found.within(after + 1, after + 1 + TIME_PARTY_REACH))


TIME_PARTY_REACH = 3  # words after "for" in which the party's name must end: "for rural callers"


def unquantified_outcome(words: list[str], hits: Hits, rubric: Rubric, measures: tuple[Measure, ...],
                         tokens: tuple[Token, ...], moves: list[int], kinds: list[str] | None = None) -> bool:
    """A customer or business measure next to a change word, without a number ("cut seller churn").
    A change word that belongs to a number of another type ("improving AUC from 0.71 to 0.74") does
    not count for a business word nearby."""
    taken: set[int] = set()  # change words a number of another type claims
    for measure in measures:
        if measure.type not in OUTCOME_TYPES:
            first = token_index(tokens, measure.metric.span.start)
            last = token_index(tokens, measure.metric.span.end - 1)
            if _reach(words, first) or measure.metric.detail == PERIOD:
                continue  # "drove adoption across 40 teams": the change is the adoption's; "within a month"
            taken.update(at for at in _window(moves, first - CHANGE_WINDOW, last + CHANGE_WINDOW))
    opening = _opening_end(words)
    moves = [at for at in moves if at not in taken and at >= opening and not _aimed(words, at, rubric)]
    if not moves:
        return False
    window = rubric.threshold("outcome_window", 10)
    kinds = measure_kinds(words, hits, rubric) if kinds is None else kinds
    for match, kind in zip(hits.get("measure", ()), kinds):
        if kind != "input" and kind not in OUTCOME_TYPES:
            continue
        following = words[match.last + 1] if match.last + 1 < len(words) else ""
        if following in rubric.non_result_followers or _role_title(words, match.first, rubric):
            continue  # "the revenue dashboard", "the head of sales": a thing or a role, not a result
        if tuple(words[match.first - 1:match.last + 1]) in rubric.kept_plans:
            continue  # "delivered it on time and under budget": how the work went, no result
        if _released(words, match.first, match.last, rubric) or _reason(words, match.first, because=_counted(words, match.first)) \
                or _after_stop(words, match.first, rubric):
            continue  # "returned its budget to the platform", "found that 60% of their time went to calls"
        if _unchanged(words, match.first) or _time_spent(words, match.first, match.last):
            continue  # "showed no change in spend", "spending less time in reviews": no result
        if _forecast(words, match.first, moves, rubric):
            continue  # "delivered a financing flow that will cut approval time": the measure's own clause is to come
        reach = window if kind != "input" else 3  # an input that changes is behaviour: "shortened their sales calls"
        if near(moves, match.first - reach, match.first - 1) or near(moves, match.last + 1, match.last + reach):
            return True  # (the measure word is not its own change word: "reach out")
    return False


def _negated(words: list[str], at: int) -> bool:
    """A change denied ("it did not lift bookings", "never moved retention", "failed to raise sign-ups"):
    the measure did not change, so there is no result (docs/labelling-guide.md: "a result that changed
    or was reached")."""
    return words[at - 1:at] in NEGATIONS or words[max(0, at - 2):at] in NEGATED_PAIRS


NEGATIONS = (["not"], ["never"], ["didn't"], ["n't"])
NEGATED_PAIRS = (["failed", "to"],)


def _aimed(words: list[str], at: int, rubric: Rubric) -> bool:
    """A change word in a purpose or a proposal ("proposed cutting the student pass to protect data
    margins", "dropping the tier to cut support costs"): what someone meant to change, not a result
    the item states."""
    if at > 0 and words[at - 1] in rubric.stops.proposed_aims:
        return True
    return words[at - 1:at] == ["to"] and not words[at].endswith("ing") \
        and words[at - 2:at - 1] not in (["down"], ["up"], ["close"])  # "committed to cutting" is the commitment met


PROPOSAL_AIM_REACH = 12  # "finance proposed pulling the plug on the renters chat assistant to save $400K"


def _opening_end(words: list[str]) -> int:
    """Where the purpose an item opens with ends, at its first comma ("To understand renters better,
    I sat in on 90 claim calls"): change words before it are the aim, not a result. 0 when the item
    opens with no purpose."""
    if words[:1] != ["to"]:
        return 0
    return words.index(",") if "," in words else 0


def _proposed_aim(words: list[str], at: int, rubric: Rubric) -> bool:
    """A change word that is the aim of a proposal ("when finance proposed pulling the plug on the
    assistant to save $400K", "the COO overruled me to protect three renewals") or what it proposed
    to change ("proposed cutting the voucher"): what the proposal meant to change, not a result the
    item states."""
    proposal_verbs = rubric.stops.proposal_verbs
    if words[at - 1:at] and words[at - 1] in proposal_verbs:
        return True
    return words[at - 1:at] == ["to"] and any(word in proposal_verbs for word in words[max(0, at - PROPOSAL_AIM_REACH):at - 1])


NO_EFFECT = frozenset(("no", "zero", "little"))
SPENT = frozenset(("spend", "spending", "spent", "spends"))
TIME_WORDS = TIME_UNITS | frozenset(("time",))


def _unchanged(words: list[str], first: int) -> bool:
    """"a test showed no change in spend", "no lift in conversion": a measure told as unmoved is a
    finding of no effect, not a result."""
    return words[first - 1:first] == ["in"] and not NO_EFFECT.isdisjoint(words[max(0, first - 3):first - 1])


def _time_spent(words: list[str], first: int, last: int) -> bool:
    """"spending less time there", "spent fewer hours in design reviews": time spent, not money
    spent, nor reviews that changed (the measure word is "spend" before a time word, or follows one
    in its clause)."""
    for index in range(first, max(-1, first - TIME_SPENT_REACH), -1):
        if index < first and words[index] in CLAUSE_BREAKS:
            return False
        if words[index] in SPENT:
            return not TIME_WORDS.isdisjoint(words[index + 1:index + 4])
    return False


TIME_SPENT_REACH = 8


def _role_title(words: list[str], first: int, rubric: Rubric) -> bool:
    """"the head of sales", "our VP of growth": the measure word names whose role it is."""
    return first >= 2 and words[first - 1] == "of" and words[first - 2] in rubric.senior_titles


def _window(indices: list[int], low: int, high: int) -> list[int]:
    """The token indices in ``indices`` (sorted) that lie in [low, high]."""
    return indices[bisect_left(indices, low):bisect_right(indices, high)]


def measure_mentions(tokens: tuple[Token, ...], words: list[str], hits: Hits, rubric: Rubric,
                     kinds: list[str] | None = None) -> list[Mention]:
    """The business and technical measure words of the item, as mentions (the rules quote them)."""
    found = []
    kinds = measure_kinds(words, hits, rubric) if kinds is None else kinds
    for match, kind in zip(hits.get("measure", ()), kinds):
        if kind in ("business", "customer", "technical"):
            span = _new(Span, (tokens[match.first].start, tokens[match.last].end))
            found.append(_new(Mention, ("business" if kind != "technical" else "technical", span,
                                        " ".join(words[match.first:match.last + 1]), "")))
    return found


_new = tuple.__new__  # the named tuples' own __new__ is one more Python call per head and per mention


def bound_in(sentence: Sentence, metric: Mention, rubric: Rubric) -> bool:
    """Is the number an amount a rule or a product applies under or over, told after the thing it
    bounds ("stopped the manual review queue for disputes under $20", "a manual review of every
    transfer over $500", "advancing invoices under $10,000")? Which cases the call covers, never a
    result to offer the room. Money only, and only after a word that is no verb and no word a level
    is told after ("fell to under $2", "cost under £9,000", "savings of over $2M" stay results)."""
    if metric.kind != "currency" or not sentence.span.start <= metric.span.start < sentence.span.end:
        return False
    at = token_index(sentence.tokens, metric.span.start)
    lowers = sentence.lowers
    if at < 2 or lowers[at - 1] not in BOUNDS:
        return False
    before = lowers[at - 2]
    return before.isalpha() and before not in NOT_BOUNDED and before not in rubric.verb_lemma \
        and before not in rubric.result_verbs and not looks_past(before)


def bound_metric(item: Item, metric: Mention, rubric: Rubric) -> bool:
    """Is the item's number a bound its call applies under or over (:func:`bound_in`)?"""
    return any(bound_in(sentence, metric, rubric) for sentence in item.sentences
               if sentence.span.start <= metric.span.start < sentence.span.end)


BOUNDS = frozenset(("under", "over", "above", "below"))  # grammar
# grammar: the words after which "under $2" is a level reached, kept or paid, not a rule's bound
NOT_BOUNDED = frozenset("to at of from by in for on is are was were be been being now still just well and or "
                        "than worth cost costs stayed stays kept keep keeps remain remains remained held hold "
                        "holds saving savings spend spending paid pay pays down up".split())
