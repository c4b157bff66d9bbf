"""What the packet reading needs from each item and each passage, computed once where it is local.

The room's reading of the whole packet (analysis/packet.py) combines these facts; it never walks
tokens itself. Because an item's facts and a passage's facts depend on nothing outside them, an
unchanged block keeps them across edits, and re-reading a packet after a one-word change costs a
pass over a few hundred small records.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (LevelClaim and PassageFacts are named tuples).

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from packetcoach.core.casefree import CaseFree
from packetcoach.analysis.kinds import SUMMARIES, heading_match, judgment_heading, misstep_deed
from packetcoach.analysis.measures import token_index
from packetcoach.core.model import Action, Item, ItemFacts, Mention, Passage, Span, Token
from packetcoach.profile.compile import ADOPTERS_GROUP, CONTEXT_MARK, LADDER_GROUP, Rubric, Stops, cue_alternatives, derived
from packetcoach.profile.lexicon import Match, fold_text
from packetcoach.profile.patterns import spans_of
from packetcoach.text.verbs import guess_lemma, past_form
from packetcoach.core.regexes import compiled, on_first_use

NOT_INITIATIVE_FOLLOWERS = frozenset("on as at in with working my".split())  # "started my new role"
HABIT_ADVERBS = frozenset("now still always usually often normally".split())  # "I still start every problem by watching"
NOT_STOP_FOLLOWERS = frozenset("on as at in with working by out short up".split())  # but "stopped my team's copy of it"
NOT_YET_ADVERBS = frozenset("nearly almost never not".split())  # "I nearly killed it": no stop was made
PERIODS = frozenset("year quarter half month week season spring summer autumn fall winter".split())
PERIOD_DETERMINERS = frozenset(("the", "every", "each"))  # "started the year by", "start every quarter by"
FEELING_FOLLOWERS = frozenset("about over for of at on with by".split())  # "stopped worrying about": a feeling
MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")
# a changelog's version label may come before the month ("v1.2, April:", "v3.1 (May)."), and so may
# a release's number alone, set apart from it ("4.2 (March)."); a log's date may give the day first
# ("14 January."); a season after its preposition leads a narrative's step as a month does ("By
# spring I had a proposal", "Over the summer ...", "In the autumn ..."), not "The summer rush" or "Last
# winter" told as a subject or a contrast; a run-in "Next:" labels a story's plan (a "Problem / Bet / Result / Next" block),
# no step in time
TIME_LEAD_RE = CaseFree(
    r"\s*(?:v\d+(?:\.\d+)*\s*[,(:]?\s*)?"
    r"(?:in\s+|during\s+|by\s+|early\s+|late\s+|mid-?)?(?:q[1-4]\b|h[12]\b|" + MONTHS + r"|"
    r"\d+(?:\.\d+)+\s*[,(:]\s*" + MONTHS + r"|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+" + MONTHS + r"|"
    r"(?:19|20)\d\d\b|(?:first|second|third|fourth|last)\s+(?:quarter|half|"
    r"month)|(?:the\s+)?(?:first|next|following)\s+(?:few\s+)?(?:weeks|months)|then\b|next\b(?!\s*:)|"
    r"after\s+that|afterwards|later\b|finally\b|month\s+\d|week\s+\d|(?:at\s+)?the\s+(?:start|"
    r"beginning|end)\s+of\s+the\s+year|when\s+i\s+(?:joined|started|arrived|took\s+over|moved)|"
    r"(?:in|by|over|during|through)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|winter)\b)")
TIME_ANY_RE = compiled(
    r"\b(?:q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:first|second|third|fourth|last)\s+(?:quarter|half)|(?:19|20)\d\d)\b",
    re.IGNORECASE)
LEVEL_RE = compiled(r"\bL[4-8]\b|\bnext level\b", re.IGNORECASE)
LEVEL_HINT_RE = compiled(r"l[4-8]|next level")
"""What every LEVEL_RE match holds, in lower case: a block without it has no level sentence to look for."""
WRITER_OPENS = r"\W*(?:[^:.]{0,40}:\s*)?I\b"  # "I am operating at L7: ...", "The short version: I own ..."
# A level claim (SPEC 2.15), its words the profile's (document.level_claim_words, level_names,
# level_marks, remit_verbs): a claim word before a level, a level before a mark, or a remit held "at" a level.
LEVEL_CLAIM = {"level_claim_words": r"\b(?:{words})\b[^.]{{0,60}}\b(?:{levels})\b",
               "level_marks": r"\b(?:L[4-8])\b[^.]{{0,40}}\b(?:{words})\b",
               "remit_verbs": r"\b(?:{words})\b[^.]{{0,60}}\bat L[4-8]\b"}
LADDER_LEVEL = "L[4-8]"
LADDER_LEVEL_RE = compiled("l[4-8]")
"""A ladder level in lower case: with the profile's level names, what every level claim holds."""
WRITER_OPENS_RE = on_first_use(WRITER_OPENS)


class LevelClaim(NamedTuple):
    pattern: re.Pattern[str] | None  # None: the profile lists no words to claim a level with
    names: tuple[str, ...]  # lower case, without "*"


def level_claim(rubric: Rubric) -> LevelClaim:
    """The level-claim pattern of the profile's words."""
    return derived(rubric, "facts.level_claim", _level_claim)


def _level_claim(rubric: Rubric) -> LevelClaim:
    names = rubric.profile.list("document", "level_names")
    levels = "|".join((LADDER_LEVEL, cue_alternatives(names))) if names else LADDER_LEVEL
    branches = [branch.format(words=cue_alternatives(words), levels=levels) for key, branch in LEVEL_CLAIM.items()
                if (words := rubric.profile.list("document", key))]
    pattern = compiled("|".join(branches), re.IGNORECASE) if branches else None
    return LevelClaim(pattern, tuple(name.rstrip("*").lower() for name in names))


def claims_level(text: str, rubric: Rubric) -> bool:
    """Does the text claim a level (:func:`level_claim`)? Every match names a level (a ladder level,
    "L4" to "L8", or one of the profile's level names); in an ASCII text, where lower-casing is
    exactly the pattern's case-folding, a text naming none is passed over with a few scans in C
    instead of the pattern's tries at every word (the packet reading asks of the draft's opening on
    every edit)."""
    claim = level_claim(rubric)
    if claim.pattern is None:
        return False
    if text.isascii():
        lowered = text.lower()
        if not any(name in lowered for name in claim.names) and LADDER_LEVEL_RE.search(lowered) is None:
            return False
    return claim.pattern.search(text) is not None


# "\b[A-Z][A-Z0-9&]{1,5}s?\b" with its first boundary tested after the capital (a lookbehind over it),
# so the pattern opens with a character set the engine scans for in C, not a try at every position
# of every sentence: the same matches, about five times faster.
# a ticket's or an incident's key ("BIKE-4412", "INC-0131", "RFC-112") names a record, not a term to spell out
ACRONYM_RE = compiled(r"[A-Z](?<!\w[A-Z])[A-Z0-9&]{1,5}s?\b(?!-\d)")
DEFINED_RE = compiled(r"\(([A-Z][A-Z0-9&]{1,5})s?\)")
BOLD = r"\*\*[^*\n]+\*\*|__[^_\n]+__"
BOLD_RE = compiled(BOLD)  # used on every block or line: compiled at import


def impact(item: Item) -> float:
    """How strong an item is as evidence: readiness first, then the size of its proof."""
    s = item.signals
    if s is None:
        return 0.0
    score = 4.0 * item.ready + 2.0 * s.business_outcome + s.customer + s.metric + s.own_action
    if item.metrics:  # most items' numbers are looked at once here; the rest have none
        score += _proof_size(item.metrics)
    score -= 1.5 * s.activity_only + 1.0 * s.technical_metric_only + 0.5 * s.technical_lead
    return score


def _proof_size(metrics: tuple[Mention, ...]) -> float:
    """Half a point for a range ("from 71% to 89%") and half for money among the numbers (sums of
    halves: exact, in whatever order they are added)."""
    ranged = currency = False
    for m in metrics:
        ranged = ranged or m.detail == "range"
        currency = currency or m.kind == "currency"
    return 0.5 * ranged + 0.5 * currency


def outcome_impact(item: Item) -> float:
    """How strong an item is as a customer outcome, whoever acted (the lead test)."""
    s = item.signals
    if s is None or not s.business_outcome:
        return 0.0
    return 2.0 + s.customer + s.metric + _proof_size(item.metrics)


def _decided(tokens, to: int, frames: frozenset[tuple[str, ...]], months: frozenset[str] = frozenset()) -> bool:
    """Does a decision frame end right before this "to" ("made the call to wind down", "decided to
    retire"), or before when it was made ("decided in October to stop work on", with ``months``)?"""
    if to >= 2 and tokens[to - 2].lower == "in" and (tokens[to - 1].lower in months
                                                    or QUARTER_RE.fullmatch(tokens[to - 1].lower) is not None):
        to -= 2  # "decided in October to", "made the call in Q3 to": the decision and when
    return any(tuple(t.lower for t in tokens[max(0, to - len(f)):to]) == f for f in frames)


def _writer_uses(item: Item, rubric: Rubric, forms: frozenset[str], routine: frozenset[str] = frozenset(),
                 frames: frozenset[tuple[str, ...]] = frozenset(),
                 not_followed_by: frozenset[str] = NOT_STOP_FOLLOWERS, verbs: Mapping[str, str] | None = None,
                 calls: tuple | None = None, months: frozenset[str] = frozenset()) -> bool:
    """Did the writer (not someone else, not an adjective) do one of these verbs?

    The item's main verb when the writer acts, a verb right after "I" (or "I then"), or a verb
    coordinated with the main verb ("Proposed and launched"), but not "the proposed fee",
    "engineering had proposed" or "I started on the team". A verb after the writer's decision
    ("made the call to wind down") or after ", and" later in the sentence is the writer's too. With
    ``calls`` (the item's hits and the rubric, to test for the writer's own call), a verb after "we", a passive one or one the writer had done
    is the writer's when the item states the writer's own call ("I made the call and we wound it
    down", "it was dropped on my recommendation"). With ``months``, a start told after the thing it
    started and before when ("the bundle I pitched in Q1") is the writer's despite the "in".
    """
    if forms.isdisjoint(item.words):
        return False
    tokens, stops = item.tokens, rubric.stops
    writer = item.action.subject == "i"
    for index, token in enumerate(tokens):
        if token.lower not in forms:
            continue
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if calls is not None and index > 0 and (_caused_by_writer(item, index) or _passive_own(item, index, calls)):
            return True  # "I had the pilot cancelled", "it was cut on my call" (a passive says "by" or "at" next)
        if following in not_followed_by and not _started_then(item.words, index, months) \
                and not (token.lower in rubric.proposing_new_forms and _proposed_when_that(item.words, index)) \
                or (following.endswith("ing") and token.lower.startswith("start")):
            continue  # "started on the team", "started delegating": not a project
        if (following in ("to", ",", ".", ";", "for", "while", "until") or following == "") and token.lower in stops.interruptions \
                and not _relative_object(tokens, index):
            continue  # "paused to interview ten merchants", "I paused for a week to read": a break, not a no
        if following == "from" and token.lower in stops.leavings:
            continue  # "retired from on-call duty", where "withdrew from the partnership" is a stop
        if following in stops.framings:
            continue  # "stopped treating scheduling as a form", "started thinking of returns as a cost"
        if following.endswith("ing") and following not in stops.trades and (index + 2 >= len(tokens) or tokens[index + 2].lower in FEELING_FOLLOWERS
                                          or not tokens[index + 2].text[:1].isalnum() or tokens[index + 2].lower == "and"):
            continue  # "stopped worrying about the dashboard": no thing stopped (but "stopped funding the app")
        if following == "the" and index + 2 < len(tokens) and tokens[index + 2].lower in routine \
                and token.lower not in rubric.proposing_new_forms:
            continue  # "started the annual fee review": a routine begun again ("a weekly clinic", "proposed the daily text" are new)
        if following in PERIOD_DETERMINERS and index + 2 < len(tokens) and tokens[index + 2].lower in PERIODS:
            continue  # "I started the year by re-architecting ...", "I now start every quarter by reading": when, not what
        if verbs is not None and _habit_told(item, token, verbs):
            continue  # "She stops things early" (read "I stop ..."): what the candidate does, not a thing stopped
        previous = [t.lower for t in tokens[max(0, index - 2):index]]
        if previous == ["if", "i"]:
            continue  # "If I started again I would begin with the queue": a start imagined, not made
        if _kinds_named(item.words, index, rubric.stops):
            continue  # "I have sorted the year by what I started and what I stopped": the kinds of deed named, a framing
        is_main = item.action.span is not None and token.start == item.action.span.start and writer
        if calls is not None and _told_by_we(item.words, index) and not _own_call(item, *calls):
            continue  # "the team and I killed it", "we killed it": no call of the writer's stated
        after_i = "i" in previous and tokens[index - 1].text != "the" and _adverb_only(previous, verbs or {})
        coordinated = previous[-1:] == ["and"] and (writer or _role_clause(tokens, index, rubric.role_labels)) \
            and (index <= 4 or previous[0] == "," or _same_clause(item, index - 1, verbs or {}))
        coordinated = coordinated or previous[-1:] == [","] and writer and _in_verb_series(item, index, verbs or {})
        coordinated = coordinated or previous in ([",", "then"], ["and", "then"]) and writer \
            and _same_clause(item, index - 2, verbs or {})  # "Wrote the spec for a tag, then paused it when ..."
        persuaded = writer and previous[-1:] in (["to"], ["we"]) and item.action.verb in stops.persuading
        persuaded = persuaded or (writer and previous[-1:] == ["to"]
                                  and _decided(tokens, index - 1, frames, calls[1].months if calls else months))
        clause = token.lower.endswith("ing") and previous[-1:] in (["after"], ["by"]) \
            and (writer or _i_acts_before(tokens, index - 1))
        opens = writer and item.format == "bullet" and previous[-1:] in (["."], [";"]) and token.text[:1].isupper()
        opens = opens or previous[-1:] == [":"] and _after_role_label(tokens, index - 1, rubric.role_labels)
        clause = clause or calls is not None and writer and previous[-1:] == [","] and _participle_after_main(item, index)
        if is_main or after_i or coordinated or persuaded or clause or opens:  # opens: "Bet on X. ... Shut it."
            return True
        if calls is not None and previous[-1:] == ["we"] and _own_call(item, *calls):
            return True  # "I made the call and we wound it down"
    return False


def _kinds_named(words: tuple[str, ...], index: int, stops: Stops) -> bool:
    """Does the start or stop word at ``index`` follow "what I" ("by what I started and what I
    stopped", "what I turned off") or a word of the whole year's deeds before "I" (profile list
    `stops.deed_kinds`: "the work I chose not to do", "the things I killed to pay for them")? Then
    it names a kind of deed, the draft's framing, not a deed."""
    return index >= 2 and words[index - 1] == "i" and (words[index - 2] == "what" or words[index - 2] in stops.deed_kinds)


def _role_clause(tokens: tuple[Token, ...], index: int, labels: frozenset[tuple[str, ...]]) -> bool:
    """Does the word at ``index`` stand in a clause the writer opens with "I" after a label of the
    writer's part that ends in a colon ("My part was the reminder schedule: I chose two texts, ...,
    and dropped the third reminder the operations team wanted")? Then a verb joined by "and" is the
    writer's, though the item's own subject is the part ("my part was the schedule") or a result
    told first."""
    colon = next((at for at in range(index - 1, -1, -1) if tokens[at].lower in (":", ".", "?", "!")), -1)
    if colon < 1 or tokens[colon].lower != ":" or colon + 1 >= index or tokens[colon + 1].lower != "i":
        return False
    start = next((at + 1 for at in range(colon - 1, -1, -1) if tokens[at].lower in (".", "?", "!", ":")), 0)
    opening = tuple(t.lower for t in tokens[start:colon])
    return any(opening[:len(label)] == label for label in labels)


def _after_role_label(tokens: tuple[Token, ...], colon: int, labels: frozenset[tuple[str, ...]]) -> bool:
    """Does the colon at ``colon`` close a label of the writer's part ("What I did: cancelled it",
    "My role: proposed ...", profile list `verbs.role_labels`), so the verb after it is the writer's?"""
    return any(tuple(t.lower for t in tokens[colon - len(label):colon]) == label for label in labels
               if len(label) <= colon)


def _habit_told(item: Item, token, verbs: Mapping[str, str]) -> bool:
    """Is the verb, as the draft words it, in the present third person ("She stops things early",
    "he starts every review with the data")? That tells a habit, as "before I start it" does, and
    no thing started or stopped. A third-person draft is read with the candidate as "I" and the verb
    made to agree ("I stop"), so the draft's own wording (``item.plain``) is asked."""
    drafted = item.plain or item.view
    end = token.start
    while end < len(drafted) and drafted[end].isalpha():
        end += 1
    word = drafted[token.start:end].lower()
    lemma = verbs.get(word, "")
    return bool(lemma) and word != lemma and word in (lemma + "s", lemma + "es")


def _participle_after_main(item: Item, index: int) -> bool:
    """"Launched the returns portal, dropping the bulk-upload tool few sellers used": a stop word in
    -ing after a comma, in the sentence of the writer's main verb and after it, with a thing as its
    object (a determiner next), is the writer's deed told as part of the main one."""
    tokens, span = item.tokens, item.action.span
    if span is None or not tokens[index].lower.endswith("ing") or span.start >= tokens[index].start \
            or index + 1 >= len(tokens) or tokens[index + 1].lower not in DETERMINERS:
        return False
    if any(t.lower in I_CLAUSE_ENDS for t in tokens if span.start < t.start < tokens[index].start):
        return False
    for at in range(index + 2, min(len(tokens) - 1, index + PARTICIPLE_REACH)):
        if tokens[at].lower in I_CLAUSE_ENDS or tokens[at].lower == ",":
            break
        if tokens[at].lower in ("by", "from", "to") and tokens[at + 1].text[:1] in "$0123456789":
            return False  # "..., dropping the cost per parcel by 30%": a measure that moved
    return True


PARTICIPLE_REACH = 10  # the words a participle's object may take before the measure it moved


def _in_verb_series(item: Item, index: int, verbs: Mapping[str, str]) -> bool:
    """Is the verb at token ``index`` one of a series that follows the writer's main verb in one
    sentence ("She mapped the steps, proposed one checklist, and got each director to sign it")?
    The series closes with ", and" and a verb later in the same sentence, and the verb takes an
    object ("proposed a checklist", not "the options, proposed fees among them, and ...")."""
    tokens, span = item.tokens, item.action.span
    if span is None or span.start >= tokens[index].start or index + 1 >= len(tokens) or \
            tokens[index + 1].lower not in DETERMINERS or \
            any(t.lower in I_CLAUSE_ENDS for t in tokens if span.start < t.start < tokens[index].start):
        return False  # the main verb first, in the same sentence
    for at in range(index + 1, len(tokens) - 2):
        if tokens[at].lower in I_CLAUSE_ENDS:
            return False
        if tokens[at].lower == "," and tokens[at + 1].lower == "and" and tokens[at + 2].lower in verbs:
            return True
    return False


I_CLAUSE_REACH = 8  # "I found the budget for it by ending ...": the writer's verb a few words before "by"
I_CLAUSE_ENDS = frozenset((".", ";", ":", "?", "!"))


def _i_acts_before(tokens, at: int) -> bool:
    """Is "I" the subject of the clause that ends at token ``at`` ("by" or "after"), within a few
    words and in the same sentence? Then a stop after "by" is the writer's even in an item whose
    first sentence is the team's or a problem ("Our team launched captions. I found the budget for
    it by ending our replay experiment")."""
    for back in range(at - 1, max(-1, at - 1 - I_CLAUSE_REACH), -1):
        word = tokens[back].lower
        if word in I_CLAUSE_ENDS:
            return False
        if word == "i":
            return True
    return False


def _relative_object(tokens, index: int) -> bool:
    """The thing stopped stands before the writer, as a relative word ("the site refresh, which I
    paused for two quarters"): "for" then tells how long, not a break the writer took."""
    return index >= 2 and tokens[index - 1].lower == "i" and tokens[index - 2].lower in RELATIVE_OBJECTS


RELATIVE_OBJECTS = frozenset(("which", "that"))


def _started_then(words: tuple[str, ...], index: int, months: frozenset[str]) -> bool:
    """"The package-holiday bundle I pitched in Q1", "the prototype I had started in the spring": a
    start told in a relative clause after the thing it started, then when ("in" and a time); not
    "I started in March" (joining) or "pitched in" (helping), which name no thing before "I"."""
    back = index - 2 if words[index - 1:index] == ("had",) else index - 1
    if back < 2 or words[back] != "i" or not words[back - 1].isalpha() or words[back - 1] in CLAUSE_WORDS \
            or words[index + 1:index + 2] != ("in",):
        return False
    when = words[index + 2:index + 4]
    return bool(when) and (when[0] in months or when[0] in PERIODS or QUARTER_RE.fullmatch(when[0]) is not None
                           or when[0] == "the" and len(when) > 1 and when[1] in PERIODS)


def _proposed_when_that(words: tuple[str, ...], index: int) -> bool:
    """"I proposed in my first quarter that subscribers fit their own aids at home": a proposal, when
    it was made ("in" and a few words), then "that" and what was proposed; not "pitched in" (helping)
    nor "proposed in the meeting, and the VP said no", where no "that" follows."""
    if words[index + 1:index + 2] != ("in",):
        return False
    for at in range(index + 2, min(len(words), index + 2 + WHEN_WORDS + 1)):
        if words[at] == "that":
            return at > index + 2
        if not words[at].isalnum():
            return False
    return False


WHEN_WORDS = 4  # "in my first quarter", "in late 2025": when the proposal was made


QUARTER_RE = compiled(r"q[1-4]|h[12]|(?:19|20)\d\d")


def _same_clause(item: Item, joint: int, verbs: Mapping[str, str]) -> bool:
    """"I argued against the roadmap item to add six more alert types and proposed ...": the verb
    after "and" shares the writer's main verb when nothing between them opens another clause (a
    stop, a relative word, another past-tense verb: "the director reviewed it and proposed" is not
    the writer's)."""
    main = item.action.span
    if main is None:
        return False
    tokens = item.tokens
    start = next((i for i, token in enumerate(tokens) if token.start == main.start), None)
    if start is None or start >= joint:
        return False
    for token in tokens[start + 1:joint]:
        word = token.lower
        if word in CLAUSE_BREAKS or not word[:1].isalnum() and word not in ("-", "'"):
            return False
        if past_form(word, verbs):
            return False
    return True


CLAUSE_BREAKS = frozenset("that which who whom whose where when while because so but and i we they he she".split())
PASSIVE_AUX = frozenset(("was", "were", "been", "got"))
PASSIVE_BEFORE = (["was"], ["were"], ["been"], ["got"])  # "the second screen was dropped": its object before it


def _passive_own(item: Item, index: int, calls: tuple) -> bool:
    """"The pilot was cancelled at my recommendation": a passive stop the item says was the writer's
    call; not a refusal ("my request was rejected": someone else said no), nor a stop that did not
    happen ("subscriptions that would otherwise have been cancelled": a modal and "have" before "been",
    the labelling guide's stop not made)."""
    return index > 0 and item.words[index - 1] in PASSIVE_AUX and item.words[index] not in calls[1].stops.refused \
        and not _unrealised(item.words, index - 1) and _own_call(item, *calls)


def _unrealised(words: tuple[str, ...], aux: int) -> bool:
    """Is the passive's "been" at ``aux`` after a modal and "have" ("would have been", "would otherwise
    have been", "could have been"): a thing that did not happen?"""
    return words[aux] == "been" and aux > 1 and words[aux - 1] == "have" \
        and any(word in UNREALISED_MODALS for word in words[max(0, aux - 1 - UNREALISED_REACH):aux - 1])


UNREALISED_MODALS = frozenset(("would", "could", "might", "should", "may"))
UNREALISED_REACH = 2  # "would otherwise have been": the modal within two words before "have"


def _caused_by_writer(item: Item, index: int) -> bool:
    """"I had the kiosk pilot cancelled": the stop word is the participle after the writer's "had"."""
    action = item.action
    if action.verb != "have" or action.subject != "i" or action.span is None:
        return False
    at = next((i for i, t in enumerate(item.tokens) if t.start == action.span.start), -1)
    return 0 <= at < index <= at + CAUSED_REACH and item.tokens[index].lower.endswith(("ed", "ped", "down"))


CAUSED_REACH = 7


def _cued(pattern: CaseFree | None, view: str, lowered: str | None, span: Span) -> bool:
    """Does the item hold one of a story part's cues (profile lists ``document.problem_cues``,
    ``document.mechanism_cues``)?"""
    return pattern is not None and bool(pattern.search(view, lowered, span.start, span.end))


def _adverb_only(previous: list[str], verbs: Mapping[str, str]) -> bool:
    """Between "I" and the verb stands nothing or an adverb of sequence ("I then killed", "I also
    paused"), not another verb of the writer's ("I recommended killing") or "nearly"."""
    between = previous[previous.index("i") + 1:] if "i" in previous else []
    return not any(word in verbs or word in NOT_YET_ADVERBS for word in between)


def item_facts(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> ItemFacts:
    """The item's contributions to the packet reading (initiated, stopped, level cues, story parts)."""
    s = item.signals
    assert s is not None
    calls, words = (hits, rubric), item.words
    initiated = (_writer_uses(item, rubric, rubric.initiated_forms, rubric.routine_words,
                              not_followed_by=NOT_INITIATIVE_FOLLOWERS, verbs=rubric.verb_lemma, months=rubric.months)
                 or s.own_action and _writers_phrase(item, _begun(item, hits, rubric), calls)
                 or _begun_by_words(item, hits, rubric)
                 or _argued_and_won(item, rubric) or _pushed_a_bet(item, rubric) or first_taken_up(item, rubric)
                 or _made_the_case(item, rubric) or _wrote_and_took(item, rubric) or _argued_should(item, rubric)) \
        and not _starts_no_thing(item, rubric) and not _claims_level(item, rubric)
    stopped = _writer_uses(item, rubric, rubric.stopped_forms, frames=rubric.decision_frames, verbs=rubric.verb_lemma,
                           calls=calls) or (s.own_action and _writers_phrase(item, _stop_phrases(item, hits, rubric), calls)) \
        or _cuts_a_thing(item, rubric, hits) or _stops_later(item, calls) \
        or "not" in words and _decided_not_to(item, rubric) or _stop_round_its_object(item, rubric, calls) \
        or not rubric.stops.cutting.isdisjoint(words) and _cut_on_own_call(item, calls) \
        or _argued_out(item, rubric, calls) or _let_lapse(item, rubric, calls) or _closed_a_thing(item, rubric, calls) \
        or (initiated or item.action.verb in rubric.bet_verbs or mistake_titled(words, rubric)) \
        and item.action.subject == "i" and closes_a_bet(words, rubric.stops)
    # a stop word names a stop only when it is not a harm, a step, a proposal or someone else's; an
    # option passed over, and a narrowing that names what it leaves out, are stops of their own,
    # whatever the result words after them ("... dropped from 30% to 12%", "cut the form from 26
    # fields to 9")
    stopped = stopped and not _no_stop_made(item, hits, rubric) and not _measures_fell(item, hits, rubric) \
        or _chose_over(item, hits, rubric) \
        or "instead" in words and (_instead_of_asked(item, hits) or _argued_down(words, hits, rubric)) \
        or _scoped_down(item, rubric) or "showed" in words and _answered_with_evidence(item, rubric) \
        or not rubric.stops.agreements.isdisjoint(words) and _recommended_and_agreed(item, rubric)
    # a stop is a call the writer made: not a plan, a framing sentence or a reflection on one
    stopped = stopped and _stop_kind(item, rubric, hits) and not _refuses_a_stop(item, hits, rubric)
    if _retold(item, rubric):  # "Summary: she chose ranked swaps, started the float pool and killed a model"
        initiated = stopped = False
    under = _judgment_heading(item, rubric) if s.own_action and item.kind in ("claim", "lesson") else None
    if under == "stopped" and _no_stop_made(item, hits, rubric) \
            or under == "initiated" and _starts_no_thing(item, rubric):
        under = None  # under "What I stopped": "Risk shut down the pilot; I agreed" is someone else's stop
    ladder = _level_cues(item, hits, rubric, stopped)
    parts: tuple[tuple[str, bool], ...] = ()
    if s.business_outcome or s.metric:  # the story's parts matter only for an outcome
        view, span, lowered = item.view, item.span, item.lowered
        parts = (("business_problem", _cued(rubric.problem_re, view, lowered, span)),
                 ("decision", s.own_action and item.action.verb_class == "pm"),
                 ("mechanism", _cued(rubric.mechanism_re, view, lowered, span)),
                 ("result", s.business_outcome and s.metric))
    specialty = specialty_terms(hits["specialty"], item.words, rubric) if "specialty" in hits else ()
    if "engineering_past" in hits or rubric.engineering_past_re is not None:
        specialty += _past_specialty(item, hits, rubric)
    writer_works = s.own_action and item.action.verb_class != "pm"  # "convinced the director to staff on-call" is not
    work = tuple(m.phrase for m in hits.get("engineering_work", ())) if writer_works else ()
    jargon = len(specialty) + _jargon(hits)
    if not specialty and item.action.verb_class == "technical":
        specialty = _system_worked_on(item.words, rubric)
    # every field, in order, without the named tuple's keyword call: every item is given its facts
    return _new(ItemFacts, (initiated, stopped, ladder, specialty, parts, impact(item), outcome_impact(item), work,
                            jargon, under))


HANDS_ON_WINDOW = 4
"""How many words after a hands-on verb its engineering object may start ("read our Kafka consumer
code")."""
HANDS_ON_LEADS = frozenset(("by", "spent", "spend", "spends", "still", "myself"))
"""Words just before an -ing form that make it the writer's own doing ("by fixing small bugs")."""
STILL_REACH = 3
"""How many words before "still" the writer's "I" may stand for a verb after it to be the writer's
habit, whichever verb the sentence's action is ("I sometimes still review the firmware changes
myself, which I know I should hand over")."""


def engineering_work(hits: Mapping[str, list[Match]], tokens: tuple[Token, ...], words: list[str],
                     action: Action) -> list[Match] | None:
    """The item's engineering work when it differs from the ``engineering_work`` list's matches (else
    None): those matches minus any inside a ``not_code`` phrase ("wrote the code of conduct"), plus
    the work the list does not word: a ``hands_on`` verb that is the writer's own action (or its
    "by ...ing" means), with a ``code_object`` a few words after it.

    Only the writer's own deed pairs: "I read our consumer code every week" and "keep my hands in by
    fixing small bugs" are the old job, where "asked the team to fix the bugs" or "we fixed 40 bugs"
    are a call or a team's work. Each pair is one match spanning verb to object, so a finding quotes
    exactly the work."""
    listed = hits.get("engineering_work", [])
    excluded = {index for m in hits.get("not_code", ()) for index in range(m.first, m.last + 1)}
    kept = [m for m in listed if not excluded.intersection(range(m.first, m.last + 1))] if excluded else listed
    worded = {index for m in kept for index in range(m.first, m.last + 1)}
    pairs = [m for m in _hands_on(hits, tokens, words, action, excluded) if worded.isdisjoint(range(m.first, m.last + 1))]
    return [*kept, *pairs] if pairs or len(kept) != len(listed) else None


def _hands_on(hits: Mapping[str, list[Match]], tokens: tuple[Token, ...], words: list[str], action: Action,
              excluded: set[int]) -> list[Match]:
    verbs, objects = hits.get("hands_on"), hits.get("code_object")
    if not verbs or not objects or action.subject != "i" or action.span is None:
        return []
    main = token_index(tokens, action.span.start)
    things = sorted((o for o in objects if o.first not in excluded), key=lambda o: o.first)
    starts = [o.first for o in things]
    found = []
    for verb in verbs:
        if not (verb.first == main or words[verb.first].endswith("ing") and words[verb.first - 1] in HANDS_ON_LEADS
                or _still_mine(words, verb.first)):
            continue
        at = bisect_right(starts, verb.last)  # the first object after the verb: a search, since a long item holds many
        if at < len(things) and things[at].first <= verb.last + HANDS_ON_WINDOW:
            found.append(Match(verb.first, things[at].last, "engineering_work", f"{verb.phrase} ... {things[at].phrase}"))
    return found


def _still_mine(words: list[str], at: int) -> bool:
    """The verb at ``at`` follows "still" with the writer's "I" just before it: "I still review",
    "I sometimes still read" (not "the team still reviews")."""
    return at > 1 and words[at - 1] == "still" and "i" in words[max(0, at - 1 - STILL_REACH):at - 1]


def _jargon(hits: dict[str, list[Match]]) -> int:
    """Engineering words and technical measures among a sentence's or an item's matches (most have
    neither: no pass over its measures then)."""
    count = len(hits["jargon"]) if "jargon" in hits else 0
    if "measure" in hits:
        count += sum(1 for m in hits["measure"] if m.label == "technical")
    return count


def _claims_level(item: Item, rubric: Rubric) -> bool:
    """The item claims a level ("I already work at L6: ... the daily-payout programme I pitched
    now pays ..."): a start named there is the proof of the claim, told as its own story elsewhere
    in the draft, so the level sentence is not the started item (a stop there still counts: "I am
    ready for L5: I chose dynamic pricing over the flat discount ..." may be its only telling)."""
    pattern = level_claim(rubric).pattern
    return pattern is not None and pattern.search(item.view, item.span.start, item.span.end) is not None


def _starts_no_thing(item: Item, rubric: Rubric) -> bool:
    """Every word of starting in the item starts no project, product or programme: "I am starting
    to operate at the next level" (a start of doing, not of a thing), "Not everything I started
    deserved to continue" (a verb follows: the start is named, not told), "I proposed pausing the
    rewards card" (a stop proposed, not a thing begun)."""
    words, verbs = item.words, rubric.verb_lemma
    found = [index for index, word in enumerate(words) if word in rubric.initiated_forms]
    return bool(found) and all(_no_thing_after(words, index, verbs, rubric) for index in found)


CURRENCY_SIGNS = frozenset(("$", "£", "€"))
PRICE_ENDS = frozenset(("and", ",", ".", ";", ":", "instead", "rather", "against", "over"))
"""What ends a bare price right after a verb of starting ("proposed $29 and ran a test", "pitched $19
instead of $25"): a number put forward, where "proposed a $4 skip-the-waitlist option" names a thing."""


def _no_thing_after(words: tuple[str, ...], index: int, verbs: Mapping[str, str], rubric: Rubric) -> bool:
    following = words[index + 1] if index + 1 < len(words) else ""
    after = words[index + 2] if index + 2 < len(words) else ""
    stops = rubric.stopped_forms | rubric.stops.cutting
    if following.endswith("ing") and following in stops or following == "to" and after in stops:
        return True  # "proposed pausing the card", "proposed to cut the fee": a stop proposed
    if following in CURRENCY_SIGNS and after[:1].isdigit() and (words[index + 3:index + 4] or (".",))[0] in PRICE_ENDS:
        return True  # "I proposed $29 and ran a price test": a price put forward, no project or product begun
    if verbs.get(words[index], "") in rubric.stops.proposing_a_stop and _that_we_stop(words, index, rubric.stopped_forms, verbs):
        return True  # "Proposed to my manager that we retire the v1 API": a stop proposed, not a thing begun
    if following == "by" and after.endswith("ing") and verbs.get(words[index], "") in ("start", "begin"):
        return True  # "I started by sitting in on classes": the first step of the writer's work, no thing begun
    if verbs.get(words[index], "") in ("start", "begin") and words[index - 1:index] == ("i",) and (
            following == "from" or following in OBJECTLESS_ENDS and words[index - 2:index - 1] in JOINED_WHEN):
        return True  # "the first time I started from what owners said", "... when I started.": no thing begun
    if following == "to" and verbs.get(words[index], "") == "start":
        return after.isalpha() and after not in DETERMINERS  # "starting to operate", not "started to the VP"
    if words[index - 1:index] in MODAL_BEFORE or words[index - 2:index] in MODAL_PERFECT:
        return True  # "I would start lean next time", "I should have proposed it sooner": a start not made
    if index > 1 and words[index - 1] == "to" and words[index - 2] in rubric.attempts:
        return True  # "I tried to start a reviews project but it did not get past discovery": a start not made
    if verbs.get(words[index]) == words[index] and (words[index - 1:index] == ("i",)
                                                    or words[index - 2:index - 1] == ("i",) and words[index - 1] in HABIT_ADVERBS):
        return True  # "before I start it", "I still start every problem by ...": a habit in the present, no start made
    return words[index - 1:index] == ("i",) and words[index - 2:index - 1] in NAMED_STARTS  # "everything I started"


OBJECTLESS_ENDS = frozenset(("", ".", ",", ";", ":", "!", "?"))  # "when I started." names no thing begun
MODAL_BEFORE = frozenset((("would",), ("could",), ("should",), ("might",), ("i'd",)))
MODAL_PERFECT = frozenset((("would", "have"), ("could", "have"), ("should", "have"), ("might", "have")))
"""A verb of starting after these is a start the writer would or should make, none made (a lesson's
"I would start lean and raise pars", "I should have proposed it in January")."""
JOINED_WHEN = frozenset((("when",), ("since",), ("before",), ("after",), ("until",)))
"""Words before "I started" with no object that make it the writer's own arrival in the role ("the
first complaint at every meeting when I started", "sooner than when I started")."""
PROPOSED_STOP_REACH = 6  # "proposed to my manager that we retire ...": words from the verb to "that"
PROPOSAL_SUBJECTS = frozenset("we i the our they my".split())
SUBJECT_TO_VERB = 3  # "that we retire", "that we should retire", "that the team retire"


def _that_we_stop(words: tuple[str, ...], index: int, stopped_forms: frozenset[str],
                  verbs: Mapping[str, str]) -> bool:
    """The proposal is a "that" clause whose subject stops something and starts nothing: "proposed to
    my manager that we retire the v1 API" (not "a portal that stops customers waiting", with no subject
    of its own, nor "that we stop building accessories and open the hub to other brands", a new
    direction)."""
    ahead = words[index + 1:index + 1 + PROPOSED_STOP_REACH]
    if "that" not in ahead:
        return False
    at = index + 1 + ahead.index("that")
    clause = words[at + 1:at + 2 + SUBJECT_TO_VERB]
    stop = next((at + 1 + i for i, word in enumerate(clause) if i and word in stopped_forms), None)
    if not clause or clause[0] not in PROPOSAL_SUBJECTS or stop is None:
        return False
    rest = words[stop + 1:stop + 1 + PROPOSAL_REST]
    return not any(word == "and" and i + 1 < len(rest) and rest[i + 1] in verbs and rest[i + 1] not in stopped_forms
                   for i, word in enumerate(rest))


PROPOSAL_REST = 12  # words after the proposed stop where a new start may follow ("... and open the hub")


def _recommended_and_agreed(item: Item, rubric: Rubric) -> bool:
    """"Recommended that we retire the paper ticket books on the Eastbound route; leadership agreed, and
    ...", "Recommended to the GM that we drop the planned Brazil launch ...; he agreed": the writer's
    proposal (a verb of `stops.proposing_a_stop`, opening the item or right after "I") of a stop in a
    "that" clause (or a clause opened by one of `stops.bare_proposals`, "I recommended we switch it off
    ..., and the board agreed"), and the party's agreement after it (`stops.agreements`, its subject not "I" or
    "we"): a stop made on the writer's recommendation, the writer's own call (docs/labelling-guide.md,
    "Stops": "it was dropped on my recommendation"), where the proposal alone is a stop proposed, not
    made."""
    words, verbs, stops = item.words, rubric.verb_lemma, rubric.stops
    for index, word in enumerate(words):
        if verbs.get(word, "") not in stops.proposing_a_stop or index > 0 and words[index - 1] != "i":
            continue
        ahead = words[index + 1:index + 1 + PROPOSED_STOP_REACH]
        if "that" in ahead:
            that = index + 1 + ahead.index("that")
        elif ahead and ahead[0] in stops.bare_proposals:  # "I recommended we switch it off": no "that"
            that = index
        else:
            continue
        clause = words[that + 1:that + 2 + SUBJECT_TO_VERB]
        stop = next((that + 1 + i for i, w in enumerate(clause) if i and (w in rubric.stopped_forms or w in stops.cutting
                     or verbs.get(w) in stops.switching_off and "off" in words[that + 2 + i:that + 4 + i])), None)
        if not clause or clause[0] not in PROPOSAL_SUBJECTS or stop is None:
            continue
        # "my director agreed and stopped it the next day": the party's own stop, beside the writer's advice
        return any(words[at] in stops.agreements and words[at - 1] not in WRITERS
                   and not (words[at + 1:at + 2] == ("and",) and _stop_word(words[at + 2:at + 3], rubric))
                   for at in range(stop + 1, len(words)))
    return False


def _stop_word(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Is the one word given a stop word (`verbs.stopped` or `stops.cutting`)?"""
    return bool(words) and (words[0] in rubric.stopped_forms or words[0] in rubric.stops.cutting)


NAMED_STARTS = frozenset((("everything",), ("anything",), ("nothing",), ("all",), ("what",), ("whatever",),
                          ("most",), ("much",), ("something",), ("none",)))


def _refuses_a_stop(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """The writer's refusal is of someone else's proposal to stop something: "When finance proposed
    cutting the student pass, I refused and showed ...", "I turned down the director's request to
    kill the accessibility track". A stop proposed and refused is a thing kept (docs/labelling-guide.md,
    "Stops": a stop proposed but not made is not the writer's), so the item is no stop unless the
    writer stops something else after the refusal."""
    words, stops = item.words, rubric.stops
    refusals = [index for index, word in enumerate(words) if word in stops.refusing]
    refusals += [m.first for m in hits.get("stopped", ()) if m.phrase in stops.refusal_phrases]
    if not refusals:
        return False
    proposals = [index for index, word in enumerate(words) if _proposes_a_stop(words, index, rubric)]
    if not proposals:
        return False
    first = min(refusals)
    stop_words = [index for index, word in enumerate(words) if word in rubric.stopped_forms or word in stops.cutting]
    stop_words += [m.first for m in hits.get("stopped", ())]
    proposed = {index + step for index in proposals for step in range(1, PROPOSAL_REACH + 1)}
    return all(index in refusals or index in proposed or index < first for index in stop_words)


def _proposes_a_stop(words: tuple[str, ...], index: int, rubric: Rubric) -> bool:
    """Someone else's proposal to stop something, at this word: "finance proposed cutting", "the
    director's request to kill", "sales wanted to drop" (not the writer's own "I proposed ...")."""
    if words[index] not in rubric.stops.proposals or index > 0 and words[index - 1] in WRITERS:
        return False
    ahead = words[index + 1:index + 1 + PROPOSAL_REACH]
    return any(word in rubric.stopped_forms or word in rubric.stops.cutting for word in ahead)
PROPOSAL_REACH = 3  # "proposed cutting", "asked us to drop", "request to shut down"


def _judgment_heading(item: Item, rubric: Rubric) -> str | None:
    """"What I started", "What I chose not to build": the writer's own heading says it."""
    return judgment_heading(item.section, rubric)


THINGS_CUT = frozenset(("it", "them", "the", "this", "that", "its", "our", "a"))


def _cuts_a_thing(item: Item, rubric: Rubric, hits: dict[str, list[Match]]) -> bool:
    """"I cut them because only 9 groups used reports", "by cutting the custom-report feature", "I
    cut the partner portal from the roadmap": the writer cutting a thing (not a number: "cut churn
    12%" is a result, not a stop)."""
    cutting = rubric.stops.cutting
    if item.action.subject != "i" or cutting.isdisjoint(item.words):
        return False
    words = item.words
    for index, word in enumerate(words[:-1]):
        if word not in cutting:
            continue
        if _told_by_we(words, index) and not _own_call(item, hits, rubric):
            continue  # "..., and we removed them": the team's stop, no call of the writer's stated
        if any(_plan_reached(words, index, m.first) for m in hits.get("off_plan", ())) \
                or _off_a_named_plan(words, index, rubric):
            return True
        following = words[index + 1]
        if following in ("it", "them"):
            if index + 2 < len(words) and words[index + 2] in ("to", "from", "by", "down"):
                continue  # "I cut it to one form": a reduction that simplifies, not a stop
            return True
        if following in THINGS_CUT and not rubric.cut_objects.isdisjoint(words[index + 2:index + 5]) \
                or following in rubric.stops.cut_scope:
            return True  # "cut the custom-report feature", "cut scope to three features"
        if following in THINGS_CUT and _thing_told_of(words, index + 2, hits):
            return True  # "removed the in-app chat, which few opened, and replaced it with a help link"
        if following in THINGS_CUT and _judgment_heading(item, rubric) == "stopped":
            return True  # under "## Killed": "I cut the custom-cover editor the design team had built"
        if word == "pulled" and following in THINGS_CUT \
                and (_launch_named(words, index + 2, hits) or _pulled_when(words, index + 2, rubric)):
            return True  # "pulled the portal's auto-renew launch the night before go-live", "pulled the alert the next morning"
    return False


def _plan_reached(words: tuple[str, ...], index: int, plan: int) -> bool:
    """Is the plan a thing was cut from (at word ``plan``) near enough the cut at ``index`` to be what
    it was cut from: within a few words, or within a few more when the things cut are a list joined
    by "and", with no clause between ("cut group booking and the sibling discount from the first
    release"); "cut the fee, which sales set, from the launch" is no list."""
    reach = plan - index
    if 0 < reach <= OFF_PLAN_REACH:
        return True
    between = words[index + 1:plan]
    return reach <= OFF_PLAN_LIST_REACH and "and" in between \
        and not any(w in (",", ";", ".", ":") or w in SUBORDINATORS or w[:1].isdigit() for w in between)


def _off_a_named_plan(words: tuple[str, ...], index: int, rubric: Rubric) -> bool:
    """"cut offline sync from the summer scope", "dropped the chat from the Q3 roadmap": the plan the
    thing was cut from, named with a word or two before the plan's own noun (the last words of the
    profile list `phrases.off_plan`, which holds "from scope", "from the roadmap"); not a number
    moved ("from the 2025 plan levels")."""
    plans = derived(rubric, "facts.plan_nouns",
                    lambda built: frozenset(p.split()[-1].lower() for p in built.profile.list("phrases", "off_plan")))
    for at in range(index + 2, min(len(words) - 3, index + 1 + OFF_PLAN_REACH)):
        if words[at] in (",", ";", ".") or words[at] in SUBORDINATORS:
            return False
        if words[at] in ("from", "off") and words[at + 1] in DETERMINERS:
            return any(words[k] in plans and (k + 1 == len(words) or not words[k + 1][:1].isalnum()
                                              or words[k + 1] in HEAD_ENDS or words[k + 1] in SUBORDINATORS)
                       for k in range(at + 3, min(len(words), at + 3 + NAMED_PLAN_WORDS)))
    return False


NAMED_PLAN_WORDS = 2  # "from the summer scope", "from the Q3 launch roadmap": words naming the plan


def _thing_told_of(words: tuple[str, ...], at: int, hits: dict[str, list[Match]]) -> bool:
    """Is what was cut, from word ``at``, a thing the item then describes ("the pronunciation scorer,
    which engineering estimated at two more quarters, and shipped ...")? A short name with no number
    or measure's preposition, a ", which" clause after it, and the item going on with "and" or
    ending there; "cut the wait, which was 40 minutes, to ten" is a number reduced, and "removed the
    customs step, which ..." a part of a flow or a harm (`not_projects`, `harms`), not a thing cut."""
    end = next((i for i in range(at, min(len(words), at + CUT_NAME_REACH + 1)) if words[i] == ","), None)
    if end is None or end == at or words[end + 1:end + 2] != ("which",):
        return False
    if any(w[:1].isdigit() or w in REDUCTION_WORDS for w in words[at:end]) \
            or any(at <= m.last < end for group in ("not_projects", "harms") for m in hits.get(group, ())):
        return False
    close = next((i for i in range(end + 2, len(words)) if words[i] in (",", ";", ".")), len(words))
    return close >= len(words) - 1 or words[close] == "." or words[close + 1:close + 2] == ("and",)


def _launch_named(words: tuple[str, ...], at: int, hits: dict[str, list[Match]]) -> bool:
    """Is what was pulled, from word ``at``, a launch with its name before it ("the portal's auto-renew
    launch", as "pulled the launch" says with none)? Not a launch pulled forward or its date pulled in."""
    return any(at <= m.first <= at + PULLED_NAME_REACH and m.last == m.first
               and words[m.last + 1:m.last + 2] not in LAUNCH_MOVED for m in hits.get("held_openings", ()))


def _pulled_when(words: tuple[str, ...], at: int, rubric: Rubric) -> bool:
    """Is what was pulled, from word ``at``, a thing named in a few words and then the time it was
    pulled ("the alert the next morning", "the storm-season chatbot two weeks after launch", "the
    widget in May")? A thing in use taken away, a stop; not records gathered ("the gate logs from
    the three worst nights", "a month of deposits") nor a thing held back "until" a fix. A time in use
    told with "after" ("the online size chart after three days") says the same: it was live that long."""
    end = at
    while end < len(words) and end - at < PULLED_WHEN_REACH and words[end].replace("-", "").isalpha() \
            and words[end] not in HEAD_ENDS and words[end] not in DETERMINERS and words[end] not in rubric.months \
            and words[end] not in rubric.number_words_set:
        end += 1
    if end == at or end + 1 >= len(words) or not PULLED_TOGETHER.isdisjoint(words[at:end]):
        return False  # "pulled the survey results together after three days": gathered, not taken away
    word, after = words[end], words[end + 1]
    if word == "the":
        return after in NEXT_WORDS  # "the next morning", "the same day"
    if word[:1].isdigit() or word in rubric.number_words_set or word == "a":
        return after.removesuffix("s") in rubric.duration_units  # "two weeks after launch", "a day later"
    if word == "after" and (after[:1].isdigit() or after in rubric.number_words_set or after == "a"):
        return words[end + 2:end + 3] != () and words[end + 2].removesuffix("s") in rubric.duration_units  # "after three days"
    return word in ("in", "on") and after in rubric.months  # "in May"


NEXT_WORDS = frozenset(("next", "same", "following"))
PULLED_NAME_REACH = 3  # "the portal 's auto-renew launch": words before the launch that name it
PULLED_TOGETHER = frozenset(("together", "apart", "up", "forward", "ahead"))  # a pull that gathers or moves
PULLED_WHEN_REACH = 4  # "the online skate-hire size chart": words naming a thing pulled, before when
LAUNCH_MOVED = frozenset((("forward",), ("up",), ("in",), ("ahead",), ("date",), ("dates",), ("plan",),
                          ("timeline",), ("window",)))  # "pulled the launch forward": moved, not stopped


CUT_NAME_REACH = 6  # "the in-app chat with account managers": the words that name what was cut
REDUCTION_WORDS = frozenset(("to", "from", "by", "%", "$", "half"))  # "cut the fee from $9 to $5": a number moved
OFF_PLAN_REACH = 6  # "removed the recommendations carousel from the roadmap"
OFF_PLAN_LIST_REACH = 10  # "cut group booking and the sibling discount from the first release"


def _scoped_down(item: Item, rubric: Rubric) -> bool:
    """"I scoped the first release to volume changes only and dropped ...", "Scoped the launch to
    Spanish and French only instead of the twelve languages marketing asked for": the writer's verb
    of narrowing (profile list `verbs.narrowing`) with "only" in its own clause descopes the rest, and
    so does the part left out named in that clause (`verbs.narrowed_rest`: "..., leaving out the
    chat", "... to one region instead of all twelve"; docs/labelling-guide.md, "Stops")."""
    action = item.action
    if action.subject == "i" and action.verb in rubric.narrowing_verbs and action.span is not None:
        at = next((i for i, t in enumerate(item.tokens) if t.start == action.span.start), None)
        if at is not None and _narrows_from(item.words, at, rubric):
            return True
    return any(_narrows_from(item.words, at, rubric)
               for at in (*_joined_narrowings(item, rubric), *_narrowings_after_an_ask(item, rubric)))


def _narrowings_after_an_ask(item: Item, rubric: Rubric) -> list[int]:
    """The writer's narrowing verbs that open a later sentence of the item right after "I", when the
    sentences before tell a party's ask for the thing (`stops.thing_asks`: "The operations director
    wanted to tag every crate with a chip, a $90K project. I scoped the tagging to pallets only"): a
    descope of part of what was asked (docs/labelling-guide.md, "Stops"). With no ask before it, the
    item's own deed is what the later sentence narrows ("Let tenants book by text. I scoped it to text
    only"), and the writers label that no stop."""
    words, found = item.words, []
    if "i" not in words[1:]:
        return found
    for index in [at + 1 for at in _places(words, "i") if at > 0 and at + 1 < len(words)]:  # "i" found in C
        if words[index - 2] in SENTENCE_ENDS and past_form(words[index], rubric.verb_lemma) \
                and _narrowing(words[index], rubric.verb_lemma, rubric.narrowing_verbs) \
                and _thing_asked(words[:index - 1], rubric):
            found.append(index)
    return found


def _joined_narrowings(item: Item, rubric: Rubric) -> list[int]:
    """The writer's narrowing verbs told after ", and" in a sentence the writer opens ("My part: I
    ran the swap programme the director designed, and limited it to 4 branches instead of the 19
    he had planned"; "I chose the licensed service ..., and scoped the lookup to 400 headings
    instead of all of them"): "I" is the sentence's first subject, and no other pronoun stands
    between it and the verb ("I ran it, and they limited it" is someone else's)."""
    words, lemmas, found = item.words, rubric.verb_lemma, []
    if "and" not in words or "," not in words:
        return found  # most items: no ", and" (two tests in C, not a step per word)
    for index in [at + 1 for at in _places(words, "and") if at > 0 and at + 1 < len(words)]:  # "and" found in C
        if words[index - 2] != "," or not past_form(words[index], lemmas) \
                or not _narrowing(words[index], lemmas, rubric.narrowing_verbs):
            continue
        for back in range(index - 3, -1, -1):
            word = words[back]
            if word == "i":
                found.append(index)
                break
            if word in I_CLAUSE_ENDS or word in NARROWERS_ELSE and _opens_a_clause(words, back):
                break
    return found


def _places(words: tuple[str, ...], word: str) -> list[int]:
    """Where ``word`` stands in ``words``, each place found by ``index`` (in C, not a step per word)."""
    places: list[int] = []
    at = -1
    try:
        while True:
            at = words.index(word, at + 1)
            places.append(at)
    except ValueError:
        return places


def _narrowing(word: str, lemmas: Mapping[str, str], narrowing: frozenset[str]) -> bool:
    """Is this past form a verb of narrowing? A regular past the profile does not list is tried with
    and without its "e" ("limited": "limit", "scoped": "scope")."""
    lemma = lemmas.get(word)
    if lemma is not None:
        return lemma in narrowing
    return guess_lemma(word) in narrowing or word[:-2] in narrowing or word[:-1] in narrowing


def _opens_a_clause(words: tuple[str, ...], at: int) -> bool:
    """Does the pronoun at ``at`` open a clause of its own ("..., and they limited it", "after she
    left"), not a relative one after its noun ("the service we already licensed")?"""
    return at == 0 or words[at] == "who" or words[at - 1] in CLAUSE_OPENERS or words[at - 1] in SUBORDINATORS


NARROWERS_ELSE = frozenset(("we", "we've", "they", "he", "she", "who"))  # "..., and they limited it": not the writer's


def _narrows_from(words: tuple[str, ...], at: int, rubric: Rubric) -> bool:
    """Does the narrowing verb at word ``at`` name, in its own clause, the part it leaves out ("only",
    `verbs.narrowed_rest`)?"""
    for index in range(at + 1, min(len(words), at + 1 + NARROWED_REACH)):
        word = words[index]
        if word == "only" or _leaves_out(words, index + (word == ","), rubric.narrowed_rest):
            return True  # "... to volume changes only", "..., leaving out the chat the VP's staff had sketched"
        if word == "that" and words[index - 1].isalpha() and words[index - 1] not in DETERMINERS:
            continue  # "to the 400 headings that cover 90% of entries instead of all of them": the part kept, described
        if word in SUBORDINATORS or word in (",", ";", ":", ".", "but", "so"):
            return False
    return False


def _leaves_out(words: tuple[str, ...], at: int, rest: frozenset[tuple[str, ...]]) -> bool:
    """Does a phrase naming the part a narrowing left out (profile list `verbs.narrowed_rest`) open at ``at``?"""
    return any(words[at:at + len(phrase)] == phrase for phrase in rest)


NARROWED_REACH = 18  # "scoped the first release to one crop (maize) and one alert (water stress) instead of ..."


def _stop_round_its_object(item: Item, rubric: Rubric, calls: tuple) -> bool:
    """"She ..., switched the reminders off, and rebuilt the logic": a two-word stop phrase told
    round the thing stopped (a determiner and a few words between verb and particle, profile list
    `stops.particles`), when the verb is the writer's as a one-word stop verb would be
    (:func:`_writer_uses`)."""
    split = split_stop_phrases(rubric)
    words = item.words
    if split.keys().isdisjoint(words):
        return False  # most items hold none of the verbs
    for index in range(len(words) - 2):
        particles = split.get(words[index])
        if particles is None or words[index + 1] not in THINGS_CUT or words[index + 1] in ("it", "them"):
            continue  # "switched it off" is a phrase of its own
        end = next((at for at in range(index + 2, min(len(words), index + 3 + PARTICLE_REACH))
                    if words[at] in particles or not words[at][:1].isalnum()), None)
        if end is not None and words[end] in particles and end > index + 2 \
                and _writer_uses(item, rubric, frozenset((words[index],)), verbs=rubric.verb_lemma, calls=calls):
            return True
    return False


def _argued_out(item: Item, rubric: Rubric, calls: tuple) -> bool:
    """"Talked the hardware team out of a second hub SKU", "Pushed back on the operations director's
    request for a seat-map picker": the writer argued a party out of a thing named, or refused a
    party's ask (profile lists `stops.talking_out`, `stops.pushing_back`, `stops.asks`), in words the
    stop phrases do not hold, when the verb is the writer's (:func:`_writer_uses`). "Out of hiring",
    "pushed back on me" and an ask to stop ("pushed back on the CFO's request to cut ...") are none."""
    stops, words = rubric.stops, item.words
    if derived(rubric, "argued_out_openers", _argued_out_openers).isdisjoint(words):
        return False  # most items: no word that opens either wording (one test in C, not a join per word)
    for index, word in enumerate(words):
        if word in stops.talking_out:
            out = next((at for at in range(index + 2, min(len(words) - 2, index + 2 + PARTICLE_REACH))
                        if words[at] == "out" and words[at + 1] == "of"), None)
            found = out is not None and (words[out + 2] in DETERMINERS or words[out + 2] in ("it", "them"))
        elif " ".join(words[index:index + 3]) in stops.pushing_back:
            ask = next((at for at in range(index + 3, min(len(words), index + 4 + PARTICLE_REACH))
                        if words[at] in stops.asks), None)
            found = ask is not None and not any(w in rubric.stopped_forms or w in stops.cutting
                                                for w in words[ask + 1:ask + 1 + PARTICLE_REACH])
        else:
            continue
        if found and _writer_uses(item, rubric, frozenset((word,)), verbs=rubric.verb_lemma, calls=calls):
            return True
    return False


def _let_lapse(item: Item, rubric: Rubric, calls: tuple) -> bool:
    """"Let our contract with the mapping vendor lapse in March", "the courier contract, which I let
    expire": the writer's "let" with one of `stops.lapsing` after it, and between them nothing (the
    thing told before) or a thing named after a determiner (THINGS_CUT) in at most LAPSE_REACH words
    with no mark between, is a contract or a service not renewed: a stop, as "let the contract lapse"
    is. "Let residents book their own slot" and "they let it expire" are none."""
    words, lapsing = item.words, rubric.stops.lapsing
    if "let" not in words or lapsing.isdisjoint(words):
        return False  # most items: neither word
    for index, word in enumerate(words):
        if word != "let":
            continue
        end = next((at for at in range(index + 1, min(len(words), index + 2 + LAPSE_REACH))
                    if words[at] in lapsing or not words[at][:1].isalnum()), None)
        if end is None or words[end] not in lapsing or end > index + 1 and words[index + 1] not in THINGS_CUT:
            continue
        if _writer_uses(item, rubric, frozenset(("let",)), verbs=rubric.verb_lemma, calls=calls):
            return True
    return False


def _closed_a_thing(item: Item, rubric: Rubric, calls: tuple) -> bool:
    """"Closed the cherry-vine line at the Evesham site", "I also closed the supermarket pop-up clinics
    that my predecessor had started", "I closed the tier to new members in July": the writer's "closed"
    (profile list `stops.closing`), a determiner, and within a few words one of the things an offer is
    sold or served as (`stops.closed_things`): a product line, a tier, a service ended, a stop.
    "Closed 212 tickets", "closed the gap" and "closed the Nordic rail deal" close no such thing."""
    words, stops = item.words, rubric.stops
    if stops.closing.isdisjoint(words) or stops.closed_things.isdisjoint(words):
        return False  # most items: neither word
    for index, word in enumerate(words):
        if word not in stops.closing or words[index + 1:index + 2] not in CLOSED_DETERMINERS:
            continue
        thing = words[index + 2:index + 2 + CLOSED_REACH]
        end = next((at for at, w in enumerate(thing) if not w[:1].isalnum()), len(thing))
        if not stops.closed_things.isdisjoint(thing[:end]) and stops.closed_sales.isdisjoint(thing[:end]) \
                and _writer_uses(item, rubric, frozenset((word,)), verbs=rubric.verb_lemma, calls=calls):
            return True
    return False


CLOSED_DETERMINERS = frozenset((("the",), ("our",), ("its",), ("my",), ("two",), ("three",), ("four",), ("five",),
                                ("that",), ("this",), ("those",), ("these",)))  # "I closed that pilot": told before
CLOSED_REACH = 4  # "the supermarket pop-up clinics": the words that name what was closed


LAPSE_REACH = 8  # "let our contract with the load-board data vendor lapse": the words that name what lapsed


def _argued_out_openers(rubric: Rubric) -> frozenset[str]:
    """The words :func:`_argued_out` can start at: a `stops.talking_out` verb or the first word of
    a `stops.pushing_back` phrase."""
    stops = rubric.stops
    return frozenset(stops.talking_out) | frozenset(phrase.split(" ")[0] for phrase in stops.pushing_back)


def _answered_with_evidence(item: Item, rubric: Rubric) -> bool:
    """"The CTO asked for a $120,000 monitoring tool. I showed him that our existing log search already
    caught every alert type, and the purchase was dropped": a party's ask for a thing (`stops.thing_asks`)
    in the sentence before the writer's evidence (`stops.evidence_answers` right after "I"), or earlier
    in the same sentence, is the ask argued down: the writer's stop. The ask may be the sentence before
    the item, in the same paragraph. An ask of the writer's own ("we asked for"), an ask to stop or keep
    something ("asked for a 15% cut") and a thing built anyway (`stops.built_anyway` after the answer,
    in its sentence) are none."""
    stops, words = rubric.stops, item.words
    answers = [tuple(phrase.split()) for phrase in stops.evidence_answers]
    for at, word in enumerate(words):
        if word != "i" or not any(words[at + 1:at + 1 + len(answer)] == answer for answer in answers):
            continue
        ends = [i for i in range(at + 1, len(words)) if words[i] in SENTENCE_ENDS]
        answer = words[at:ends[0] if ends else len(words)]
        if any(_phrase_in(answer, phrase) for phrase in stops.built_anyway):
            continue
        starts = [i for i in range(at) if words[i] in SENTENCE_ENDS]
        before = words[starts[-2] + 1 if len(starts) > 1 else 0:at]
        if not starts:
            before = _sentence_before(item) + before  # the ask told as the paragraph's sentence before
        if _thing_asked(before, rubric):
            return True
    return False


def _sentence_before(item: Item) -> tuple[str, ...]:
    """The lower-cased words of the sentence before the item in its paragraph, or none."""
    text = item.view[:item.span.start].rstrip()
    cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind("\n"))
    return tuple(WORD_RE.findall(text[cut + 1:].lower()))


def _thing_asked(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Do the words tell someone else asking for a thing (`stops.thing_asks`; "wanted" before a
    determiner), not for a stop, a cut or a thing kept?"""
    stops = rubric.stops
    for phrase in stops.thing_asks:
        ask = tuple(phrase.split())
        for at in range(1, len(words) - len(ask)):
            if words[at:at + len(ask)] != ask or words[at - 1] in ASKERS_OF_OUR_OWN:
                continue
            thing = words[at + len(ask):at + len(ask) + ASKED_THING_REACH]
            if len(ask) == 1 and thing[0] not in DETERMINERS or thing[0] in OBJECT_PRONOUNS:
                continue  # "wanted every call to start with a vet", "asked for us to ...": no thing asked for
            if "to" in thing[1:]:
                thing = thing[:thing.index("to", 1)]  # "a Texas roaster to cut shipping time": its aim
            if not any(w in rubric.stopped_forms or w in stops.cutting or w in stops.kept for w in thing):
                return True
    return False


def _phrase_in(words: tuple[str, ...], phrase: str) -> bool:
    """Is the phrase told in the words, and not denied ("the rest was not built")?"""
    parts = tuple(phrase.split())
    return any(words[at:at + len(parts)] == parts and words[at - 1:at] not in NEGATIONS for at in range(len(words)))


NEGATIONS = (("not",), ("never",), ("n't",))


SENTENCE_ENDS = frozenset((".", "!", "?"))
OBJECT_PRONOUNS = frozenset(("me", "us", "him", "them", "you"))
ASKED_THING_REACH = 6  # words after the ask that name the thing ("asked for a 15% cut to buyback quotes")
WORD_RE = compiled(r"[a-z0-9]+(?:['’][a-z]+)?|[$£€%.,;:]")


def split_stop_phrases(rubric: Rubric) -> dict[str, frozenset[str]]:
    """The profile's two-word stop phrases that end in a particle, by their verb ("switched": "off")."""
    def build(built: Rubric) -> dict[str, frozenset[str]]:
        pairs: dict[str, set[str]] = {}
        for phrase in built.profile.list("phrases", "stopped"):
            verb, _, particle = phrase.lower().partition(" ")
            if particle in built.stops.particles:
                pairs.setdefault(verb, set()).add(particle)
        return {verb: frozenset(found) for verb, found in pairs.items()}
    return derived(rubric, "facts.split_phrases", build)


PARTICLE_REACH = 4  # "switched the first-visit reminders off": the words that name what was stopped


def _cut_on_own_call(item: Item, calls: tuple) -> bool:
    """"The voice feature was cut on my call": a cutting word as a passive, the writer's call stated."""
    words = item.words
    return any(word in calls[1].stops.cutting and _passive_own(item, index, calls) for index, word in enumerate(words))


def closes_a_bet(words: tuple[str, ...], stops: Stops) -> bool:
    """"... so I rolled it back after three weeks", "and I closed it in September": the writer's own
    closing of what was told before it (profile list `stops.closings`, right after "I"). Read only
    where the item, or the story it ends, is the writer's bet or start: the closing has no object of
    its own but "it"."""
    closings = stops.closings
    return bool(closings) and any(words[at - 1] == "i" and (" ".join(words[at:at + 2]) in closings
                                                            or " ".join(words[at:at + 3]) in closings)
                                  for at in range(1, len(words)))


def mistake_titled(words: tuple[str, ...], rubric: Rubric) -> bool:
    """Does the item open with a short bold title that owns the story as the writer's mistake
    ("**A call I got wrong.** I launched ...", profile list `kinds.mistake_titles`, at the title's
    end), or as a risk the writer took ("My calculated risk: I priced ...")? Then the deed after it
    is a bet the writer placed, as a verb of `kinds.bet_verbs` is."""
    title = next((at for at, word in enumerate(words[:MISTAKE_TITLE_WORDS]) if word in (".", "?", ":")), -1)
    return title > 0 and any(words[max(0, title - len(found)):title] == found for found in rubric.mistake_titles)


MISTAKE_TITLE_WORDS = 8  # a bold title's words, at most, before its period


def _stops_later(item: Item, calls: tuple) -> bool:
    """"I pitched X ... and stopped the test after four weeks": a stop verb coordinated with the
    writer's own verb later in the sentence, with a thing as its object (not "and churn dropped 9%");
    not one coordinated with a verb of "we" ("We tested two versions, and the shorter one won, so we
    kept it and retired the long one"), unless the item states the writer's own call
    (docs/labelling-guide.md, "Stops": "We" stops count only then)."""
    rubric = calls[1]
    if item.action.subject != "i" or rubric.stopped_forms.isdisjoint(item.words):
        return False
    words = item.words
    for index in range(1, len(words) - 1):
        if words[index] in rubric.stopped_forms and words[index - 1] == "and" and words[index + 1] in THINGS_CUT:
            if _plural_noun(list(words), index):
                continue  # "my keeps and kills this year got authors ...": the deeds named, as nouns
            if _coordinated_with_we(words, index - 1) and not _own_call(item, *calls):
                continue
            return True
    return False


def _coordinated_with_we(words: tuple[str, ...], at: int) -> bool:
    """Is the subject of the clause before "and" at word ``at`` "we" ("so we kept it and retired
    ...")? The nearest subject pronoun walking back to the clause's start decides; a "we" right
    after a noun opens a relative clause ("I found the money we were losing and stopped it": the
    writer's verb), not the clause the stop is joined to."""
    for back in range(at - 1, -1, -1):
        word = words[back]
        if word in CLAUSE_SUBJECTS and (word not in WE_WORDS or back == 0 or words[back - 1] in CLAUSE_OPENERS):
            return word in WE_WORDS
        if word in (",", ";", ".", ":"):
            return False
    return False


CLAUSE_SUBJECTS = frozenset(("i", "we", "we've", "we'd", "she", "he", "they"))
CLAUSE_OPENERS = frozenset((",", ";", ".", ":", "so", "and", "but", "because", "then", "later", "soon", "finally",
                            "eventually", "together"))  # "so we", "; later we": the clause's own subject


def _stop_kind(item: Item, rubric: Rubric, hits: dict[str, list[Match]]) -> bool:
    """A stop is told in a claim, or in a calculated risk told as a lesson ("I pitched X ... and
    stopped the test after four weeks" under "A calculated risk that did not pay off"); a lesson
    elsewhere, a plan or an answered objection re-tells a stop or names one not made, and so does a
    lesson that opens by naming the stop as its subject ("Killing the SMS digest taught me ...")."""
    if item.kind == "claim":
        return True
    if item.kind != "lesson" or rubric.kind_headings is None:
        return False
    named = bool(item.tokens) and item.tokens[0].lower.endswith("ing") and item.tokens[0].lower in rubric.stopped_forms
    if _opens_with_stop(item, rubric, hits):
        return True  # "Killed recipe-to-cart in March, a quarter later than I should have; ...": told here, with regret
    if not named and closes_a_bet(item.words, rubric.stops):
        return True  # "The snow-day sale ran three weekends ... I ended it and would not run it again": its own close
    if item.action.subject == "i" and (item.action.verb in rubric.bet_verbs or mistake_titled(item.words, rubric)):
        return True  # "I pitched X, expecting ... After two months I ended it, and I learned to ...": the bet's own stop
    return not named and (bool(item.section) and heading_match(rubric.kind_headings, item.section or "", rubric)[1] == "failure"
                          or _told_as_failure(item, rubric) or misstep_deed(item, rubric, hits))  # a deed under "What did not work"


def _opens_with_stop(item: Item, rubric: Rubric, hits: dict[str, list[Match]]) -> bool:
    """A lesson that opens with the writer's stop, in the past ("Killed recipe-to-cart in March, a
    quarter later than I should have", "I shelved the kiosk pilot two months too late", "Turned down
    the VP's request for a custom export ...; I now review such requests with him"): the stop is
    told here, for the first time, with its regret or the habit it left; not "Killing the SMS digest
    taught me ..." or "I should have killed it sooner"). A run-in label may stand before it ("What I
    would change: I stopped the Sunday hours in March ...")."""
    words = item.words
    label = words.index(":") + 1 if ":" in words[:RUN_IN_LABEL_WORDS + 1] else 0
    at = label + 1 if words[label:label + 1] == ("i",) else label
    if len(words) <= at + 1 or words[at].endswith("ing") or not past_form(words[at], rubric.verb_lemma):
        return False
    return words[at] in rubric.stopped_forms or any(m.first == at for m in hits.get("stopped", ()))


RUN_IN_LABEL_WORDS = 5  # "What I would change:", "My biggest regret:": a label's words before its colon


def _retold(item: Item, rubric: Rubric) -> bool:
    """The item sits in a section that tells the draft again in brief ("Summary", "In closing"): a
    start or a stop named there is a restatement of one told in its story (or of none), so it joins
    neither list, wherever the section stands."""
    return bool(item.section) and rubric.kind_headings is not None \
        and heading_match(rubric.kind_headings, item.section or "", rubric)[1] in SUMMARIES


def _told_as_failure(item: Item, rubric: Rubric) -> bool:
    """The item opens by saying it is the calculated risk that did not pay off ("The calculated risk
    that did not pay off: I proposed ... and paused it in January"), as a heading would."""
    if not item.sentences:
        return False
    opening = item.view[item.sentences[0].span.start:item.sentences[0].span.end][:FAILURE_OPENING]
    found = rubric.kind_headings.search(opening.lower())
    return found is not None and found.lastgroup == "failure"


FAILURE_OPENING = 60  # characters of the first sentence where "The calculated risk that did not pay off:" stands


WRITER_LEADS = frozenset(("i", "we", "and", "to", "then", "so", "i've", "we've"))


def _argued_and_won(item: Item, rubric: Rubric) -> bool:
    """The writer argued a case and won a trial of it in the same sentence ("He argued, against the
    head of compliance, that the other seven could be collected after award, and won a six-month
    trial"): the proposal begun, a start (the profile's `verbs.arguing` and `verbs.trials`). Gated on
    "won"."""
    words = item.words
    if "won" not in words or rubric.trials.isdisjoint(words) or item.action.subject != "i":
        return False
    for sentence in item.sentences:
        lowers = sentence.lowers
        if "won" not in lowers:
            continue
        joined = " " + " ".join(lowers) + " "
        won = lowers.index("won")
        if any(f" {phrase} " in joined for phrase in rubric.arguing) \
                and not rubric.trials.isdisjoint(lowers[won + 1:won + 1 + TRIAL_REACH]):
            return True
    return False


TRIAL_REACH = 4  # words: "won a six-month trial", "won a two-region pilot"


def _pushed_a_bet(item: Item, rubric: Rubric) -> bool:
    """The writer pushed for a thing and told the bet on it in the same sentence ("I pushed for a $6
    add-on, predicting 8% take-up", "I pushed for year-round appointments, betting that ..."): a
    calculated risk proposed, a start (the profile's `verbs.pushing_for`, then `verbs.bet_reasons`).
    A lesson under a heading of risks that did not pay off ("## Bets that did not") has its bet told by
    the heading ("I pushed to launch visitor pricing at three harbours"). A design pushed for with no
    bet told is none. Gated on the writer's "I" as the item's subject."""
    if item.action.subject != "i" or not rubric.bet_reasons \
            or derived(rubric, PUSHING_FIRSTS_KEY, _pushing_firsts).isdisjoint(item.words):
        return False  # most items: no word that opens a phrase of pushing for
    risked = item.kind == "lesson" and rubric.kind_headings is not None and bool(item.section) \
        and heading_match(rubric.kind_headings, item.section or "", rubric)[1] == "failure"
    for sentence in item.sentences:
        joined = " " + " ".join(sentence.lowers) + " "
        pushed = min((joined.find(f" i {phrase} ") for phrase in rubric.pushing_for if f" i {phrase} " in joined),
                     default=-1)
        if pushed >= 0 and (risked or any(f" {reason} " in joined[pushed:] for reason in rubric.bet_reasons)):
            return True
    return False


PUSHING_FIRSTS_KEY = "facts.pushing_firsts"


def _at_phrase(lowers: tuple[str, ...] | list[str], phrase: tuple[str, ...], start: int = 0) -> int:
    """Where ``phrase`` stands in ``lowers`` from ``start`` on, or -1."""
    first, size = phrase[0], len(phrase)
    for at in range(start, len(lowers) - size + 1):
        if lowers[at] == first and tuple(lowers[at:at + size]) == phrase:
            return at
    return -1


def _after_writers_phrase(item: Item, phrases: tuple[tuple[str, ...], ...],
                          gate: str) -> Iterator[tuple[tuple[str, ...], int]]:
    """Each sentence holding ``gate`` in which one of ``phrases`` follows the writer's "I", with where
    the phrase ends: the argument and the case both read on from there."""
    for sentence in item.sentences:
        lowers = sentence.lowers
        if gate not in lowers:
            continue
        for phrase in phrases:
            at = _at_phrase(lowers, phrase)
            if at >= 1 and lowers[at - 1] == "i":
                yield lowers, at + len(phrase)


def _made_the_case(item: Item, rubric: Rubric) -> bool:
    """The writer made the case to a party for a new thing ("I made the case to the CFO for a monthly
    plan", "... to the finance director to replace estimates with monthly reads", "... that we should
    offer the guide free"): a pitch, a start by the guide's "pitched" (the profile's `verbs.case_made`,
    then, after the party, "to" and a verb or one of `verbs.case_for`). Not a case with no party before
    its verb ("made the case to promote Leila"), for money or a person ("for £1.2M", "for her move"),
    for a state ("that the voucher was the cheapest"), nor for a stop alone ("to close the branch").
    Gated on "case" and the writer's "I"."""
    if "case" not in item.words or item.action.subject != "i" or not rubric.case_made:
        return False
    verbs, stops = rubric.verb_lemma, rubric.stopped_forms | rubric.stops.cutting
    for lowers, begin in _after_writers_phrase(item, rubric.case_made, "case"):
        for j in range(begin, min(len(lowers), begin + CASE_REACH)):
            word = lowers[j]
            if word in CASE_ENDS:
                break
            if word == "to" and j > begin and j + 1 < len(lowers) and lowers[j + 1] in verbs \
                    and lowers[j + 1] not in DETERMINERS:
                return _starts_more_than_a_stop(lowers, j + 1, verbs, stops)
            if word == "for" and j > begin and j + 1 < len(lowers) and _new_doing(lowers[j + 1], rubric, stops):
                return True  # "made the case to the border agency for pre-clearing fish"
            for lead in rubric.case_for:
                if tuple(lowers[j:j + len(lead)]) == lead:
                    rest = j + len(lead)
                    if lead[0] == "that":
                        while rest < len(lowers) and lowers[rest] in CASE_MODALS:
                            rest += 1
                        if rest < len(lowers) and lowers[rest] in verbs:
                            return _starts_more_than_a_stop(lowers, rest, verbs, stops)
                        continue
                    return True
    return False


CASE_REACH = 16  # words after "made the case": "to the development director, who owned the drive, to move"
DOING_LENGTH = 6  # letters: an -ing form long enough to name a doing ("pre-clearing", "offering"), not "king", "thing"


def _new_doing(word: str, rubric: Rubric, stops: frozenset[str]) -> bool:
    """Is ``word`` an -ing form that names a new thing to do ("pre-clearing", "offering"), not a stop
    ("closing"), a thing kept ("keeping", profile list `verbs.case_kept`) nor money or a person asked
    for ("funding", "hiring")?"""
    if not word.endswith("ing") or len(word) < DOING_LENGTH or word in stops or word in THING_INGS:
        return False
    verbs = rubric.verb_lemma
    lemma = verbs.get(word) or verbs.get(word.rsplit("-", 1)[-1]) or ""
    return lemma not in rubric.case_kept


THING_INGS = frozenset(("pricing", "funding", "training", "onboarding", "everything", "something", "anything",
                        "nothing", "morning", "evening", "meeting", "building", "housing", "parking", "marketing"))
"""-ing words that name a thing, not a doing: "made the case to finance for pricing" asks for no new thing begun."""
ARGUED_SUBJECT = 5  # words between "that" and "should": "that every yard", "that the two councils"
ARGUED_PARTY = 10  # words of the party between the argument and "that": "to the divisional leadership team"


def _argued_should(item: Item, rubric: Rubric) -> bool:
    """The writer argued for a new thing in a "should" of their own ("I argued that every yard should
    use one form", "I made the case to my director that we should not patch the old calculator but
    replace the whole claim form"), or turned an argument into a change of their own in the same
    sentence ("I argued that families drop out at the deposit, so I had the booking form ask for a
    postcode"): a proposal, a start by the guide's "proposed" (the profile's `verbs.case_argued`,
    `verbs.case_changes` and `verbs.case_kept`). Not an argument for a state, against a plan, for a
    stop ("that we should stop supporting on-premise") or for keeping a thing. Gated on "that" and
    the writer's "I"."""
    words = item.words
    if not rubric.case_argued or item.action.subject != "i" or "that" not in words \
            or "should" not in words and "so" not in words:
        return False
    for lowers, end in _after_writers_phrase(item, rubric.case_argued, "that"):
        that = _argued_that(lowers, end)
        if that >= 0 and (_should_begin(lowers, that + 1, rubric) or _argued_change(lowers, that + 1, rubric)):
            return True
    return False


def _argued_that(lowers: tuple[str, ...], begin: int) -> int:
    """Where the "that" of an argument stands: right after it, or after "to" and a party ("to my
    director that"), within the clause; -1 when none."""
    if begin < len(lowers) and lowers[begin] == "that":
        return begin
    if begin >= len(lowers) or lowers[begin] != "to":
        return -1
    for j in range(begin + 1, min(len(lowers), begin + 1 + ARGUED_PARTY)):
        if lowers[j] in CASE_ENDS or lowers[j] == ",":
            return -1
        if lowers[j] == "that":
            return j
    return -1


def _should_begin(lowers: tuple[str, ...], start: int, rubric: Rubric) -> bool:
    """A few words of subject, "should" and a verb that begins something ("every yard should use
    one form"; "we should not patch the calculator but replace the form" takes "replace")."""
    verbs, stops = rubric.verb_lemma, rubric.stopped_forms | rubric.stops.cutting
    should = next((j for j in range(start, min(len(lowers), start + ARGUED_SUBJECT + 1))
                   if lowers[j] == "should" or lowers[j] in CASE_ENDS or lowers[j] == ","), -1)
    if should <= start or lowers[should] != "should":
        return False
    at = should + 1
    if lowers[at:at + 1] == ("not",):
        but = next((j for j in range(at + 1, min(len(lowers), at + 1 + PROPOSAL_REST))
                    if lowers[j] == "but" or lowers[j] in CASE_ENDS), -1)
        if but < 0 or lowers[but] != "but":
            return False
        at = but + 1
    if at >= len(lowers) or lowers[at] not in verbs or lowers[at] in DETERMINERS \
            or verbs[lowers[at]] in rubric.case_kept:
        return False
    return _starts_more_than_a_stop(lowers, at, verbs, stops)


def _argued_change(lowers: tuple[str, ...], start: int, rubric: Rubric) -> bool:
    """After the argument, in its sentence, one of `verbs.case_changes` ("so I had"), a determiner and,
    a few words on, a verb in its plain form that begins something ("so I had the booking form ask for
    a postcode"): the writer's own change, made from the argument. Not "so I had to ...", a passive
    ("so I had the pilot cancelled") or a stop."""
    verbs, stops = rubric.verb_lemma, rubric.stopped_forms | rubric.stops.cutting
    for change in rubric.case_changes:
        at = _at_phrase(lowers, change, start)
        if at < 0:
            continue
        after = at + len(change)
        if after >= len(lowers) or lowers[after] not in DETERMINERS:
            continue
        for j in range(after + 1, min(len(lowers), after + 1 + CHANGE_REACH)):
            word = lowers[j]
            if word in CASE_ENDS or word == ",":
                break
            following = lowers[j + 1] if j + 1 < len(lowers) else "."
            if verbs.get(word) == word and word not in stops and following not in CASE_ENDS \
                    and verbs.get(following, following) == following:
                return True  # "the booking form ask for", not "the pilot cancelled" (a noun, then a participle)
    return False


CHANGE_REACH = 4  # words from the determiner to the verb: "the booking form ask", "the two depots share"
CASE_ENDS = frozenset((".", ";", ":"))
CASE_MODALS = frozenset(("should", "could", "would", "must"))  # "that we should stop renting handsets"


def _starts_more_than_a_stop(words, at: int, verbs: Mapping[str, str], stops: frozenset[str]) -> bool:
    """The proposed verb at ``at`` begins something: it is no stop, or a verb that is none follows
    it after "and" ("stop renting handsets and offer the guide free" is a new direction)."""
    if words[at] not in stops:
        return True
    rest = words[at + 1:at + 1 + PROPOSAL_REST]
    return any(word == "and" and i + 1 < len(rest) and rest[i + 1] in verbs and rest[i + 1] not in stops
               for i, word in enumerate(rest))


def _wrote_and_took(item: Item, rubric: Rubric) -> bool:
    """The writer wrote (or set) a strategy or plan and took it to those who adopted it ("I wrote the
    strategy in the spring and took it to the board myself", "Wrote the five-year electrification plan
    and got the COO to adopt it"): conceived and pitched, a start (the profile's `verbs.plan_writing`
    right after "I" or opening the item, one of `verbs.plan_nouns` a few words on, then one of
    `verbs.plan_taken` later in the item). A plan only adopted by others ("the strategy that the SVP
    adopted"), a plan for next year and a routine one ("the annual plan") are none. Gated on a plan
    noun and the writer's "I"."""
    return wrote_and_took(item.words, item.action.subject, rubric)


def wrote_and_took(words: list[str], subject: str | None, rubric: Rubric) -> bool:
    """:func:`_wrote_and_took` on an item's words and its subject, for readings made before the item
    has its facts (analysis/annotate.py: a strategy written and taken to the board is no effort)."""
    if subject != "i" or not rubric.plan_taken or rubric.plan_nouns.isdisjoint(words) \
            or rubric.plan_writing.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if word not in rubric.plan_writing or not (k == 0 or words[k - 1] == "i"
                                                   or k > 1 and words[k - 2] == "i" and words[k - 1] in PLAN_ADVERBS):
            continue
        ahead = words[k + 1:k + 1 + PLAN_REACH]
        noun = next((j for j, w in enumerate(ahead) if w in rubric.plan_nouns or w in PLAN_ENDS), None)
        if noun is None or ahead[noun] in PLAN_ENDS or not rubric.routine_words.isdisjoint(ahead[:noun]) \
                or "next" in ahead[noun + 1:noun + 3]:
            continue
        if any(_at_phrase(words, taken, k + 1 + noun) >= 0 for taken in rubric.plan_taken):
            return True
    return False


def plan_adopted(words: tuple[str, ...] | list[str], subject: str | None, rubric: Rubric) -> bool:
    """The writer wrote (or set) a strategy or plan that those above adopted or approved ("I wrote
    the three-year voucher strategy that the department adopted in March", "Wrote and won trustee
    approval for a three-year strategy", "I wrote and got the executive team to adopt a three-year
    plan"; the profile's `verbs.plan_writing` right after "I" or opening the item, one of
    `verbs.plan_nouns` a few words on, "and" and one of `verbs.plan_won` allowed right after the verb,
    then one of `verbs.plan_adopted`). Not a plan for next year nor a routine one. The reading takes
    it as the draft's start only when the draft tells no other (analysis/packet.py)."""
    if subject != "i" or not rubric.plan_adopted or rubric.plan_adopted.isdisjoint(words) \
            or rubric.plan_nouns.isdisjoint(words) or rubric.plan_writing.isdisjoint(words):
        return False
    for k, word in enumerate(words):
        if word not in rubric.plan_writing or not (k == 0 or words[k - 1] == "i"
                                                   or k > 1 and words[k - 2] == "i" and words[k - 1] in PLAN_ADVERBS):
            continue
        ahead = list(words[k + 1:k + 1 + PLAN_REACH])
        if ahead[:1] == ["and"] and ahead[1:2] and ahead[1] in rubric.plan_won:
            ahead[0] = ahead[1] = ""  # "wrote and won approval for a three-year strategy"
        noun = next((j for j, w in enumerate(ahead) if w in rubric.plan_nouns or w in PLAN_ENDS), None)
        if noun is None or ahead[noun] in PLAN_ENDS or not rubric.routine_words.isdisjoint(ahead[:noun]) \
                or "next" in ahead[noun + 1:noun + 3]:
            continue
        if not rubric.plan_adopted.isdisjoint(words[k + 1:]):
            return True
    return False


PLAN_REACH = 12  # words from "wrote" to its noun: 'wrote "Every village, every day", a five-year plan'
PLAN_ENDS = frozenset((".", ";", "and", "with"))  # the noun phrase ends before the plan noun: another thing written
PLAN_ADVERBS = frozenset(("then", "also", "first", "later"))  # "I then wrote", "I also set"


def _pushing_firsts(rubric: Rubric) -> frozenset[str]:
    """The first words of the profile's `verbs.pushing_for` ("pushed", "argued", "made"): an item
    with none of them pushed for nothing."""
    return frozenset(phrase.split()[0] for phrase in rubric.pushing_for)


def first_taken_up(item: Item, rubric: Rubric) -> bool:
    """The writer's verb before a first-ever thing, and others now holding or using it ("Ran the
    agency's first product review, now held monthly by all four directorates"): a practice begun and
    taken up, a start (the profile's `verbs.founding_firsts`, then "first", then "now", one of
    `verbs.taken_up` and "by"). Gated on "first" and "now"."""
    words = item.words
    if "first" not in words or "now" not in words or item.action.subject not in ("i", "lead") \
            or item.action.verb not in rubric.founding_firsts or item.action.span is None:
        return False
    at = next((k for k, token in enumerate(item.tokens) if token.start == item.action.span.start), None)
    if at is None or "first" not in words[at + 1:at + 1 + FIRST_REACH]:
        return False
    for now in (k for k in range(at + 1, len(words)) if words[k] == "now"):
        after = words[now + 1:now + 1 + TAKEN_REACH]
        if not rubric.taken_up.isdisjoint(after) and "by" in after:
            return True
    return False


FIRST_REACH = 4  # words: "ran the agency's first", "held our first"
TAKEN_REACH = 4  # words: "now held monthly by", "now used by"


def _begun(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> list[Match]:
    """The item's phrases of starting ("kicked off the pilot", "wrote the proposal to ..."), less
    a routine begun again ("kicked off the weekly sync") and a period begun, which says when, not
    what ("Kicked off the year with the rider survey", as "started the year by ..." is read)."""
    return begun(item.words, hits, rubric)


def begun(words: list[str], hits: dict[str, list[Match]], rubric: Rubric) -> list[Match]:
    """:func:`_begun` on an item's words."""
    return [m for m in hits.get("initiated", ())
            if not rubric.routine_words.intersection(words[m.last + 1:m.last + 3])
            and not (words[m.last + 1:m.last + 2] and words[m.last + 1] in PERIOD_DETERMINERS
                     and words[m.last + 2:m.last + 3] and words[m.last + 2] in PERIODS)]


def _begun_by_words(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """A phrase of starting that names the writer inside itself after its first word ("The pause
    button was my idea", "had been my own idea"): the writer's wherever it stands in the item, with
    no "I" before it (the profile's ``phrases.initiated`` entries holding "my" after a first word)."""
    return any("my" in m.phrase.split()[1:] for m in begun(item.words, hits, rubric))


def _stop_phrases(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> list[Match]:
    """The item's stop phrases, less a state nothing was put in ("callers waited 40 minutes on hold",
    "a rule kept $0.01 on hold"): the profile's ``stops.states`` need one of ``stops.putting`` in
    the words just before them ("put the rewards launch on hold")."""
    matches, stops = hits.get("stopped", []), rubric.stops
    if not stops.states or not any(m.phrase in stops.states for m in matches):
        return matches
    words = item.words
    return [m for m in matches if m.phrase not in stops.states
            or not stops.putting.isdisjoint(words[max(0, m.first - PUT_REACH):m.first])]


PUT_REACH = 6  # words before "on hold" where "put" may stand: "put the new rewards launch on hold"


def _writers_phrase(item: Item, matches, calls: tuple) -> bool:
    """A stop phrase the writer said of their own call: it opens the item, follows "I", "and" or
    "to" ("decided to kill"), or comes after the writer's own main verb; after "we" (or "we agreed
    to") only when the item states the writer's own call (docs/labelling-guide.md, "Stops"); not
    "Leadership killed the kiosk project before I joined"."""
    words, action = item.words, item.action
    for match in matches:
        if _kinds_named(words, match.first, calls[1].stops):
            continue  # "by what I turned on, what I turned off and what I gave away": a framing
        if match.first > 0 and _told_by_we(words, match.first):
            if _own_call(item, *calls):
                return True
            continue
        if match.first == 0 or words[match.first - 1] in WRITER_LEADS:
            return True
        if action.subject == "i" and action.span is not None and action.span.start <= item.tokens[match.first].start:
            return True
    return False


def _told_by_we(words: tuple[str, ...], first: int) -> bool:
    """The stop's subject is "we": "we killed it", "we agreed to sunset it", "we then paused it",
    "the team and I killed it" (walking back over "to", a decision frame's words and adverbs, to
    the clause's subject)."""
    for back in range(first - 1, max(-1, first - WE_REACH - 1), -1):
        word = words[back]
        if word in WE_WORDS:
            return True
        if word in ("i", "i've", "i'd"):
            return back > 1 and words[back - 1] == "and" and words[back - 2].isalpha()  # "my team and I"
        if not word.isalpha() or word in ("and", "but", "so"):
            return False
    return False


WE_WORDS = frozenset(("we", "we've", "we'd"))
WE_REACH = 4  # "we all agreed to kill": the subject a few words back


def stop_told_by_we(item: Item, rubric: Rubric) -> bool:
    """Does this claim tell a stop the team made, in "we", with no call of the writer's stated ("We
    paused the video visits pilot at two prisons", "We dropped the route planner the board had asked
    for", "we did not build it", "We decided not to enter the market")? The stopped list leaves such a
    stop out (docs/labelling-guide.md, "Stops"), but the draft still tells one: a stop verb of the
    profile (`verbs.stopped`, `stops.unbuilt`, or a decision frame and "not to") right after "we"
    (or "we" and an adverb or a decision frame and "to"), then a thing ("it", "the", "our" ...). Not
    a measure that fell ("we dropped the error rate from 5% to 1%"), a stop proposed ("I recommended
    we sunset the channel"), talked about ("we discussed sunsetting") or imagined ("if we stopped it",
    "we would drop it")."""
    words = item.words
    if item.kind != "claim" or WE_WORDS.isdisjoint(words):
        return False
    stops, forms, frames = rubric.stops, rubric.stopped_forms, rubric.decision_frames
    for at, word in enumerate(words[:-2]):
        if word not in WE_WORDS or at > 0 and (words[at - 1] in WE_LEADS_NOT_DONE or words[at - 1] in stops.proposals):
            continue
        verb = at + 1
        while verb < len(words) - 1 and (words[verb] in WE_ADVERBS or words[verb].endswith("ly")):
            verb += 1  # "we also dropped", "we quickly wound it down"
        frame = next((f for f in frames if words[verb:verb + len(f)] == f), None)
        if frame is not None:  # "we decided to stop the ...", "we decided not to enter the ..."
            verb += len(frame)
            if words[verb:verb + 2] == ("not", "to") and verb + 2 < len(words) and words[verb + 2].isalpha():
                return True
            verb += words[verb:verb + 1] == ("to",)
        if verb + 1 >= len(words):
            continue
        if " ".join(words[verb:verb + 3]) in stops.unbuilt:
            verb += 2  # "we did not build it"
        elif words[verb] not in forms:
            continue
        if verb + 1 < len(words) and words[verb + 1] in THINGS_CUT and not _falls_by(words, verb, stops):
            return True
    return False


WE_ADVERBS = frozenset(("also", "then", "finally", "later", "soon", "all", "jointly", "together"))
WE_LEADS_NOT_DONE = frozenset(("if", "unless", "that", "whether", "should", "could"))  # "if we stopped it"
FALL_REACH = 8  # "we dropped the average wait for a callback from 52 minutes to 18"


def _falls_by(words: tuple[str, ...], verb: int, stops: Stops) -> bool:
    """A stop word of `stops.falls` that tells a measure moving: an amount after one of
    `stops.fall_leads` within a few words ("we dropped the error rate from 5% to 1%")."""
    if words[verb] not in stops.falls:
        return False
    ahead = words[verb + 1:verb + 1 + FALL_REACH]
    return any(word in stops.fall_leads and nxt[:1].isdigit() for word, nxt in zip(ahead, ahead[1:]))


def _own_call(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """Does the item state the writer's own call ("I made the call", "I decided", "on my
    recommendation", "my call")? Asked only of a stop told by "we", as a passive or as something
    the writer had done."""
    return bool(hits.get("own_call")) or writer_decided(item.words, rubric.decision_frames) \
        or any(_writer_won_over(item.words, m, rubric) for m in hits.get("won_over", ()))


def _writer_won_over(words: tuple[str, ...], match: Match, rubric: Rubric) -> bool:
    """The writer persuaded others ("I spent most of April convincing them ...", "I persuaded the
    director"): "I" is the nearest subject within WON_OVER_REACH words before the match, and the
    persuaded are not the writer's side ("convinced me", "persuaded us"). Another subject nearer
    the match (a pronoun, or a function the profile names: ``personas.other_persuaders``) makes the
    persuading theirs."""
    if words[match.last + 1:match.last + 2] in (("me",), ("us",)):
        return False
    for word in reversed(words[max(0, match.first - WON_OVER_REACH):match.first]):
        if word == "i":
            return True
        if word in OTHER_SUBJECTS or word in rubric.other_persuaders:
            return False
    return False


WON_OVER_REACH = 6  # "I spent most of April convincing": words from "I" to the persuading word
OTHER_SUBJECTS = frozenset("we they he she who it".split())


def writer_decided(words: tuple[str, ...], frames: frozenset[tuple[str, ...]]) -> bool:
    """"I decided", "I made the call", "I then made the decision": a decision frame after "I"."""
    for index, word in enumerate(words):
        if word != "i" or index > 0 and words[index - 1] == "and":
            continue  # "my team and I decided": a joint call
        for start in (index + 1, index + 2):
            if any(tuple(words[start:start + len(f)]) == f for f in frames):
                return True
    return False


def _decided_not_to(item: Item, rubric: Rubric) -> bool:
    """"I made the call not to launch in Canada", "I opted not to renew": the writer's decision
    frame, then "not to" and a verb: the writer chose not to do it."""
    words = item.words
    if "not" not in words or item.action.subject != "i":
        return False
    for index in range(1, len(words) - 2):
        if words[index] == "not" and words[index + 1] == "to" and _decided_words(words, index, rubric.decision_frames) \
                and not _told_by_we(words, index) and not _kinds_named(words, index - 1, rubric.stops):
            return words[index + 2].isalpha() and not _not_waiting(words, index + 1, rubric.stops)
        if words[index] == "not" and words[index - 1] in WOULD_NOT and _decided_we(words, index - 1, rubric.decision_frames):
            return words[index + 1] in rubric.verb_lemma and not _not_waiting(words, index, rubric.stops)
    return False


WOULD_NOT = frozenset(("would", "will", "should"))  # "I decided we would not build it": the call not to


def _decided_we(words: tuple[str, ...], modal: int, frames: frozenset[tuple[str, ...]]) -> bool:
    """"... so I decided we would not build the waitlist app": the writer's decision frame, right
    after "I", then "we" (or "that we") and the modal at ``modal``: the writer's call that the team
    not do it, the guide's "chose not to build"; "the team decided we would not" is not the writer's."""
    at = modal - 1
    if words[at:at + 1] != ("we",):
        return False
    at -= words[at - 1:at] == ("that",)
    return any(tuple(words[max(0, at - len(f)):at]) == f and words[at - len(f) - 1:at - len(f)] == ("i",) for f in frames)


def _decided_words(words: tuple[str, ...], end: int, frames: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[max(0, end - len(f)):end]) == f for f in frames)


def _decided_to(words: list[str], index: int, frames: frozenset[tuple[str, ...]]) -> bool:
    """"... so I made the call to shut it down", "I then decided to end it": the writer's decision
    frame, then "to" right before the stop word: the stop was made, even in an item whose main verb
    proposed something ("I proposed a weekend feature; ..., so I made the call to shut it down")."""
    if index < 3 or words[index - 1] != "to":
        return False
    return any(tuple(words[index - 1 - len(f):index - 1]) == f and "i" in words[max(0, index - 3 - len(f)):index - 1 - len(f)]
               for f in frames)


def _no_stop_made(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """Every stop word or phrase of the item names no stop the writer made (SPEC 2.11 asks for a
    project, feature or practice the writer stopped): its object is a harm, a part of a flow, a
    price or a personal matter ("stopped the fraud ring", "dropped the second confirmation screen",
    "turned down a transfer"); it was proposed or nearly made, not made ("I nearly killed it", "I
    argued to sunset the editor", "convinced the VP not to cancel it", "I pushed to cancel the
    pilot, but the GM kept it"); it is in a question someone asks ("Some will ask why I killed the
    kiosk pilot"); it refers back to a stop told before ("That conversation is the reason I paused
    it", where "..., which is why I killed it" still tells one); or it is someone else's ("after
    finance killed the pilot"); or told as a passive with no call of the writer's stated ("it was
    switched off in November", "the leaderboard was shelved in June": whose stop, the item does not
    say; "it was cut on my call" stays the writer's)."""
    words = list(item.words)
    stops = [(i, i) for i, word in enumerate(words) if (word in rubric.stopped_forms or word in rubric.stops.cutting)
             and not _plural_noun(words, i) and not _pulled_data(words, i, rubric)
             and words[i - 1:i] not in (['a'], ['an'])  # "a kill switch", "a kill threshold": a noun
             and not _describes_a_noun(words, i)]
    stops += [(m.first, m.last) for m in hits.get("stopped", ())]
    if not stops or closes_a_bet(item.words, rubric.stops):
        return False  # none, or the writer's own close of what the item told ("... and I closed it in May")
    objects = [m.first for m in hits.get("harms", ()) if not _harm_names_a_thing(words, m.last, rubric)] + [
        m.first for m in hits.get("not_projects", ()) if (m.last + 1 == len(words) or words[m.last + 1] in OBJECT_ENDS
                                                          or words[m.last + 1] in PASSIVE_AUX)  # "where fees were cut"
        and not _told_as_a_project(m.last, hits)]
    action = item.action
    proposed = action.subject == "i" and action.verb in rubric.stops.proposing and action.span is not None
    at = next((i for i, t in enumerate(item.tokens) if t.start == action.span.start), -1) if proposed else -1
    main = next((i for i, t in enumerate(item.tokens) if action.span is not None and t.start == action.span.start
                 and action.subject in ("i", "lead")), -1)  # the parser's own reading: the writer's verb
    return all(_not_waiting(words, last, rubric.stops) or
               any(0 < h - last <= STOP_OBJECT_REACH or words[first - 1:first] in PASSIVE_BEFORE
                   and 0 < first - h <= STOP_OBJECT_REACH + 1 for h in objects) or
               _not_made_at(words, first, proposed and not _decided_to(words, first, rubric.decision_frames), at,
                            rubric.stopped_forms, rubric.stops, _measure_moves(rubric))
               or _named_by_clause(words, first) or _held_to_a_bar(words, first, hits, rubric.stops, rubric.months)
               or words[first] in rubric.stops.deferrals and _deferred_until(words, first, hits)
               or _purchase_refused(words, first, last, rubric.stops)
               or _done_anyway(words, first, last, rubric)
               or words[first - 1:first] == ["and"] and _retired_after_move(item, words, first, main, rubric.stops)
               or _first_phase(words, first, last, rubric)
               or _unbuilt_unasked(words, first, last, hits, rubric.stops)
               or _out_of_a_flow(words, last, rubric.stops.flows)
               or words[first - 1:first] == ["by"] and _means_of_a_cut(words, first, rubric)
               or first == last and words[first] in rubric.stops.cutting and _flow_cut_down(words, first, len(words), rubric.stops.flows)
               or words[first - 1:first] in PASSIVE_BEFORE and not _passive_own(item, first, (hits, rubric))
               or first != main and _someone_elses(words, first, rubric.verb_lemma)
               and not _passive_own(item, first, (hits, rubric))
               or _in_finding(words, first, rubric.stops.found_that) for first, last in stops)


def _in_finding(words: list[str], index: int, findings: frozenset[str]) -> bool:
    """The stop word is told inside what the writer found or showed ("won finance over by showing
    that slow pay was the top reason carriers with under ten trucks turned down our loads", "found
    that 70% stopped on the dependants page"): a fact about other people, however long its subject;
    "showed that I stopped it" and "found that we dropped it" stay the writer's."""
    for back in range(index - 1, max(-1, index - FINDING_REACH - 1), -1):
        word = words[back]
        if word in WRITERS or word in FINDING_ENDS:
            return False  # "Found that only 3% opened the digest, and killed it": the writer's own stop
        if word == "that":
            return back > 0 and words[back - 1] in findings
    return False


FINDING_ENDS = frozenset((";", ":", ".", ",", "and", "but", "so", "then"))  # where the finding's clause ends
FINDING_REACH = 16  # words from "that" to the stop word: "that slow pay was the top reason carriers ... turned down"


def _describes_a_noun(words: list[str], index: int) -> bool:
    """Is the stop word at ``index`` a participle that describes the noun after it, after a count, a
    determiner or "of" ("read 300 rejected claims myself", "70% of cancelled policies", "the
    abandoned carts")? It names what the things are, no stop of anyone's; "I rejected the claims" and
    "the pilot was cancelled" keep theirs."""
    word = words[index]
    if index == 0 or index + 1 >= len(words) or not word.endswith("ed"):
        return False
    before, after = words[index - 1], words[index + 1]
    return (before[:1].isdigit() or before in DESCRIBED_AFTER) and after.isalpha() and after not in OBJECT_ENDS


DESCRIBED_AFTER = frozenset(("the", "our", "their", "its", "every", "of"))  # "of rejected swaps", "the abandoned carts"


def _harm_names_a_thing(words: list[str], last: int, rubric: Rubric) -> bool:
    """Is the harm word ending at ``last`` the name of a thing built against it ("stopped the planned
    garden waste app", "killed the fraud-review service"): a thing a product decision is about or an offer
    ended (`measures.decision_objects`, `verbs.cut_objects`, `stops.closed_things`) right after it?
    Then the stop ends a project, feature or programme (docs/labelling-guide.md), not a harm."""
    following = words[last + 1] if last + 1 < len(words) else ""
    return following in rubric.cut_objects or following in rubric.stops.closed_things


def _first_phase(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """Is the stop a narrowing (`verbs.narrowing`) whose clause ends on a phase (`stops.phases`: "I
    scoped it to the three largest lenders first", "limited it to two branches to start with")? The
    rest is still to come: an order of launch, a choice, not a stop (docs/labelling-guide.md)."""
    phases = rubric.stops.phases
    if not phases or not _narrowing(words[first], rubric.verb_lemma, rubric.narrowing_verbs):
        return False
    for end in range(last + 1, min(len(words), last + 1 + NARROWED_REACH) + 1):
        if end == len(words) or words[end] in I_CLAUSE_ENDS or words[end] == ",":
            return any(" ".join(words[end - size:end]) in phases for size in PHASE_WORDS if end - size > last)
    return False


PHASE_WORDS = (1, 2, 3, 4)  # a phase told in up to four words: "as a first phase"


def _told_as_a_project(last: int, hits: dict[str, list[Match]]) -> bool:
    """Is a part of a flow (`not_projects`: "upload", "checklist") ending at word ``last`` told as a
    thing planned or built, by the plan it leaves or the writer's start of it right after ("dropped
    patient-photo upload from the roadmap", "paused the photo upload I had started in the summer", "did
    not build the upload wizard the sales team asked for")?
    Then it was a feature stopped, not a step taken out of a flow."""
    return any(m.first == last + 1 for m in hits.get("off_plan", ())) or \
        any(last + 1 <= m.first <= last + PROJECT_TOLD_REACH for m in hits.get("under_way", ()))


PROJECT_TOLD_REACH = 4  # "... upload I had started", "... wizard the sales team asked for": the clause's subject between


def _not_waiting(words: tuple[str, ...] | list[str], to: int, stops: Stops) -> bool:
    """"I decided not to wait for the app redesign", "chose not to delay the launch": "not to" (ending
    at word ``to``) and a word of `stops.waits` is speed, as "without waiting for the review" is; the
    writer chose to act sooner and stopped no thing (but "decided not to build the portal")."""
    return to + 1 < len(words) and words[to] == "to" and words[to - 1] == "not" and words[to + 1] in stops.waits


def _measures_fell(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """Every stop word of the item tells a measure falling: "refund requests dropped 40%",
    "complaints dropped from 1 in 30 orders to 1 in 200" (a word of the profile's `stops.falls` with
    an amount or one of `stops.fall_leads` right after it), not a thing the writer dropped ("dropped
    the 40-page form", "dropped offline mode from the first release")."""
    stops = rubric.stops
    if not stops.falls or hits.get("stopped"):
        return False
    words = item.words
    found = [i for i, word in enumerate(words) if word in rubric.stopped_forms or word in stops.cutting]
    return bool(found) and all(words[i] in stops.falls and i + 1 < len(words)
                               and (words[i + 1][:1].isdigit() or words[i + 1] in stops.fall_leads) for i in found)


def _purchase_refused(words: list[str], first: int, last: int, stops: Stops) -> bool:
    """"I turned down the vendor platform", "declined the supplier quote": a refusal whose object
    names who sells it (profile list `stops.sellers`) passes on a purchase, a choice as "passed on an
    outside vendor" is (docs/labelling-guide.md, "Stops"), not a stop; "turned down the vendor's
    request for a custom feed" refuses something to build, and the vendor there only asked."""
    if not stops.sellers or " ".join(words[first:last + 1]) not in stops.refusal_phrases \
            and words[first] not in stops.refusing:
        return False
    for at in range(last + 1, min(len(words), last + 1 + STOP_OBJECT_REACH)):
        if words[at] in HEAD_ENDS:
            return False
        if words[at] in stops.sellers:
            return tuple(words[at + 1:at + 2]) not in POSSESSIVE
    return False


def _done_anyway(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """A refusal of an act, told done later in the item by the writer or the writer's team ("I refused
    to list unverified machines. ... the sales VP wanted to list 600 forklifts ... I said no, because
    ... We listed them three weeks later, inspected"; "I refused to promise faster installs ... asked us
    to advertise 10-day installs ... I said no until the calendar had covered a full quarter ... we
    advertised the 10-day promise in August"): the act refused or asked for ("to" and its verb,
    anywhere in the item) comes back after the refusal and after it was named, in the past, after "we" or "I", so the refusal held it to a bar,
    no thing stopped (a launch held until a bar is met is no stop either)."""
    refusal = " ".join(words[first:last + 1])
    if words[first] not in rubric.stops.held and refusal not in rubric.stops.refusal_phrases:
        return False
    lemmas = rubric.verb_lemma
    end = last + 2 if words[last + 1:last + 2] == ["to"] else last
    acts: dict[str, int] = {}  # each act named after "to" in the item, and where first named
    for at in range(len(words) - 1):
        if words[at] == "to":
            acts.setdefault(lemmas.get(words[at + 1], words[at + 1]), at + 1)
    if not acts:
        return False
    for at in range(end + 1, len(words)):
        if words[at - 1] in ANYWAY_DOERS and past_form(words[at], lemmas):
            named = acts.get(lemmas.get(words[at], guess_lemma(words[at])))
            if named is not None and named < at:
                return True
    return False


ANYWAY_DOERS = frozenset(("we", "i"))


def _retired_after_move(item: Item, words: list[str], first: int, main: int, stops: Stops) -> bool:
    """"Migrated 14 legacy reporting jobs to the new warehouse and decommissioned the old ETL server",
    "Moved 40 dashboards to the new tables and retired the nightly export": the writer's main verb moves
    work onto a new system (profile list `stops.migrating`, with "new" between it and the stop), and
    the stop joined to it by "and" retires what the move replaced, the migration's last step, no thing
    stopped (SPEC 2.11 asks for a project, feature or practice the writer chose to end)."""
    if item.action.verb not in stops.migrating or not 0 <= main < first:
        return False
    between = words[main + 1:first - 1]
    return "new" in between and not any(word in CLAUSE_ENDS or word == "." for word in between)


def _means_of_a_cut(words: list[str], first: int, rubric: Rubric) -> bool:
    """"I cut the claim form from nine pages to three by dropping every question we could already
    answer", "Cut the booking form ... from nine fields to four by dropping breed, insurer and two
    address lines": after "by", the stop is how a flow was cut down (:func:`_flow_cut_down`), the
    means of a reduction that simplifies, no thing stopped; "met the launch date by dropping joint
    returns from the first release" cuts no flow and stays a stop."""
    for at in range(first - 2, max(-1, first - 2 - MEANS_REACH), -1):
        word = words[at]
        if word in CLAUSE_ENDS or word == ".":
            return False
        if word in rubric.stops.cutting:
            return _flow_cut_down(words, at, first - 1, rubric.stops.flows)
    return False


def _flow_cut_down(words: list[str], at: int, end: int, flows: frozenset[str]) -> bool:
    """Does the cutting word at ``at`` cut a flow down ("cut the claim form from nine pages to three",
    "cut the form to one page")? A flow word (profile list `stops.flows`) in the few words after it,
    then "from" or "to" before ``end`` or the clause's end: a reduction that simplifies, not a stop
    (docs/labelling-guide.md, "Stops"); "dropped the onboarding flow" stays one."""
    ahead = words[at + 1:min(end, at + 1 + MEANS_REACH)]
    flow = next((i for i, w in enumerate(ahead[:FLOW_OBJECT_REACH]) if w in flows), None)
    if flow is None:
        return False
    for word in ahead[flow + 1:flow + 1 + FLOW_OBJECT_REACH]:
        if word in ("from", "to"):
            return True
        if word in CLAUSE_ENDS or word in (".", "and"):
            return False
    return False


MEANS_REACH = 20  # "Cut the booking form for new pet owners from nine fields to four by": the cut before "by"


def _out_of_a_flow(words: list[str], last: int, flows: frozenset[str]) -> bool:
    """"Dropped the condition-grading quiz from the buyback flow", "removed the second approval step
    from the daily-log flow": the thing cut is named, then "from" and a flow (profile list
    `stops.flows`) in the same clause: a step taken out to simplify it, no thing stopped."""
    for at in range(last + 1, min(len(words), last + 1 + FLOW_OBJECT_REACH)):
        if words[at] in CLAUSE_ENDS or words[at] in (".", "and"):
            return False
        if words[at] == "from":
            ahead = words[at + 1:at + 1 + FLOW_NAME_REACH]
            named = next((i for i, word in enumerate(ahead) if word in CLAUSE_ENDS or word in (".", "and")), len(ahead))
            return not flows.isdisjoint(ahead[:named])
    return False


FLOW_OBJECT_REACH = 8  # "the emailed menu-change form" and more before "from"
FLOW_NAME_REACH = 5  # "from the outage report flow"


def _unbuilt_unasked(words: list[str], first: int, last: int, hits: dict[str, list[Match]], stops: Stops) -> bool:
    """"I did not build it" (profile list `stops.unbuilt`) is the writer's no to a thing only when the
    item tells it asked for, proposed or under way (`phrases.under_way`: "The head of sales asked for a
    loyalty feature. I did not build it"); "I did not build it alone" shares the credit (a word of
    `stops.credited` right after), and an unbuilt thing nobody asked for refuses nothing."""
    if " ".join(words[first:last + 1]) not in stops.unbuilt:
        return False
    return not hits.get("under_way") or not stops.credited.isdisjoint(words[last + 1:last + 1 + CREDIT_REACH])


CREDIT_REACH = 3  # "did not build the link alone": the thing's words, then the credit


def _held_to_a_bar(words: list[str], index: int, hits: dict[str, list[Match]], stops: Stops,
                   months: frozenset[str]) -> bool:
    """"Refused to launch the checker until it matched ...", "refused the request to open the lanes
    before the holidays", "refused to launch in June after ...", "refused to open bookings on 1
    March": a refusal of a launch held to a bar or of the date it was set for is a hold; the thing
    ships. So is a request to launch by a date told in the sentence before a plain no or refusal ("In
    June the VP asked me to launch deposits in time for the summer promotion. I said no: refunds ...",
    "I asked him to launch on time. He declined, with a one-page note ...")."""
    refused = words[index] in stops.held
    if (refused or words[index] == "said") and _date_asked_before(words, index, hits, stops):
        return True
    if not refused:
        return False
    openings = [m.first for m in hits.get("held_openings", ()) if 0 < m.first - index <= HOLD_REACH]
    ends = [i for i, word in enumerate(words) if word in CLAUSE_ENDS and i > index]
    end = min(ends, default=len(words))
    limits = [m.first for m in hits.get("hold_limits", ())]
    limits += [at for at in range(index + 1, end - 1) if words[at] == "in" and words[at + 1] in months
               or words[at] == "on" and _names_a_day(words, at + 1, months)]
    return any(0 < limit - at <= HOLD_LIMIT_REACH and limit < end for at in openings for limit in limits)


def _date_asked_before(words: list[str], index: int, hits: dict[str, list[Match]], stops: Stops) -> bool:
    """Before the writer's "said no" at ``index``, and in the sentence before it, someone asked for a
    launch (one of `stops.proposals` right before "me to" or "to" and the launch) by a bar or a date
    (`phrases.hold_limits`: "in time for the summer promotion", "before the holidays")."""
    start = max(0, index - DATE_ASKED_REACH)
    limits = [m.first for m in hits.get("hold_limits", ()) if start <= m.first < index]
    for opening in (m.first for m in hits.get("held_openings", ()) if start <= m.first < index):
        asked = words[max(0, opening - 3):opening]
        if "to" in asked and not stops.proposals.isdisjoint(asked) \
                and any(0 < limit - opening <= HOLD_LIMIT_REACH for limit in limits):
            return True
    return False


DATE_ASKED_REACH = 24  # words back from "I said no" to the request it answers, the sentence before


def _names_a_day(words: list[str], at: int, months: frozenset[str]) -> bool:
    """Do the words at ``at`` name a day of a month ("1 March", "March 1")?"""
    day, month = words[at:at + 1], words[at + 1:at + 2]
    return day != [] and (day[0].isdigit() and month != [] and month[0] in months
                          or day[0] in months and month != [] and month[0].isdigit())


def _deferred_until(words: list[str], index: int, hits: dict[str, list[Match]]) -> bool:
    """"Spanish-language calls, deferred until we can staff bilingual vet techs": a deferral whose
    clause names the bar it waits for ("until", "till", "before": `phrases.hold_limits`) holds the
    thing, as a launch held until a bar does; "I deferred them to 2026" puts it off, a stop."""
    ends = [i for i, word in enumerate(words) if word in CLAUSE_ENDS and i > index]
    end = min(ends, default=len(words))
    return any(index < m.first < end for m in hits.get("hold_limits", ()))


HOLD_REACH = 6  # words from the refusal to the launch refused ("refused the operator's request to open")
HOLD_LIMIT_REACH = 10  # words from the launch to its bar or date ("... the automated lanes at the main airport before")
CLAUSE_ENDS = frozenset((",", ";", "because", "since", "so"))


def _pulled_data(words: list[str], index: int, rubric: Rubric) -> bool:
    """"I pulled 18 months of claims", "pulled six months of rejected claims myself", "pulled the gate
    logs from the three worst nights": a cutting word before an amount, or before a determiner and
    records named in a few words (profile list `stops.records`), gathers records to read; it stops
    nothing (but "pulled the launch", "pulled the logs dashboard")."""
    if words[index] not in rubric.stops.cutting or index + 1 >= len(words):
        return False
    if words[index + 1][:1].isdigit() or words[index + 1] in rubric.number_words_set:
        return True
    if words[index + 1] not in DETERMINERS:
        return False
    for at in range(index + 2, min(len(words), index + 2 + RECORDS_NAME_REACH)):
        if words[at] in rubric.stops.records:
            return at + 1 == len(words) or not words[at + 1][:1].isalnum() or words[at + 1] in RECORDS_AFTER
        if not words[at].replace("-", "").isalpha():
            return False
    return False


RECORDS_NAME_REACH = 3  # "the gate logs", "our own support transcripts": the words naming the records
RECORDS_AFTER = frozenset("from for of over across and myself".split())  # what follows records gathered


THIRD_PERSON_SUBJECTS = frozenset("he she it that which who".split())


def _plural_noun(words: list[str], index: int) -> bool:
    """A stop word in its -s form with no third-person subject before it is a noun ("riders' home
    stops", "the price cuts"): it names no stop, and never the writer's (who says "I stop")."""
    word = words[index]
    return word.endswith("s") and not word.endswith("ss") and (index == 0 or words[index - 1] not in THIRD_PERSON_SUBJECTS)


STOP_OBJECT_REACH = 4  # "dropped the second confirmation screen"
COUNTERFACTUAL_REACH = 10
SAME_PAST = frozenset(("sunset", "cut", "shut", "put", "set", "quit", "bet", "upset"))  # "Sunset the app" is done


def _bare(word: str, forms: frozenset[str]) -> bool:
    """A stop verb in its bare form, whose past is another word ("kill" / "killed", "retire" /
    "retired"; not "wound", "sunset")."""
    if word not in forms or word in SAME_PAST:
        return False
    return word + "ed" in forms or word + "d" in forms or word + word[-1:] + "ed" in forms


def _measure_from(words: list[str], at: int) -> bool:
    """Does the object that opens at ``at`` reach "from" and a number before its clause ends ("setup
    time for shop owners from 48 minutes")? Then what was cut is a measure with its baseline."""
    for index in range(at, min(len(words) - 1, at + MEASURE_FROM_REACH)):
        if words[index] in (",", ";", ":", ".") or words[index] in SUBORDINATORS:
            return False
        if words[index] == "from":
            return words[index + 1] == "$" or words[index + 1][:1].isdigit()
    return False


MEASURE_FROM_REACH = 8  # "cut first-payroll setup for small shop owners from 48 minutes"
UNDER_WAY_NOW = frozenset(("am", "i'm", "are", "we're", "is"))
HEAD_ENDS = frozenset("of for from to and or in on at with by so but which that about , . ; : )".split())  # not "fee holiday"
# a subject after the noun opens a clause about it ("something I wanted", "the price we set", "every field
# the claim never uses", "the step our drivers skip"): the noun ends there
OBJECT_ENDS = HEAD_ENDS | frozenset("i we they you he she the our their its my".split())


ALMOST = frozenset(("nearly", "almost", "not", "never", "n't", "didn't", "could", "should", "would", "might"))


WRITERS = frozenset(("i", "we", "i've", "we've", "i'd"))
SUBORDINATORS = frozenset("after when once because since until before while as which who that".split())
SUBJECT_REACH = 8


def _someone_elses(words: list[str], index: int, verbs: Mapping[str, str]) -> bool:
    """The stop's own clause has another subject: "after finance killed the pilot", "Finance decided
    to pause all new contracts, so I ...", "The VP read the numbers and killed it", "...; my
    director agreed and stopped it", "a model showing that carriers turned down 1 in 3 offers", "the two boards that said no joined
    later" (a relative word just before the stop is its subject: the noun it follows). Walking back from the stop word to the writer, or to where its
    clause opens (a subordinator, a semicolon, the item's start: a bullet's verb is the writer's);
    past "and", the clause of the verb it joins ("..., who own it, and stopped" is the writer's), unless
    "and" opens a clause of someone named by a pronoun ("I argued against it and he dropped it")."""
    back, limit, joined = index - 1, max(-1, index - SUBJECT_REACH - 1), False
    while back > limit:
        word = words[back]
        if word in WRITERS:
            return False
        if word == "and" and back + 1 < index and words[back + 1] in OTHERS_NAMED:
            return True  # "I argued against it with the data and he dropped it": his stop, won by argument
        if word == "and":
            joined, limit = True, max(-1, back - 2 * SUBJECT_REACH - 1)
        elif word in SUBORDINATORS and not (joined and word in RELATIVE_WORDS) or word in (";", ":", "."):
            if back + 1 == index and word in RELATIVE_WORDS:  # "the two boards that said no": its noun's
                return back > 0 and _another_subject(words[back - 1], verbs)
            return back + 1 < index and _another_subject(words[back + 1], verbs)
        elif back == 0:
            return _another_subject(word, verbs)
        back -= 1
    return False


def _another_subject(word: str, verbs: Mapping[str, str]) -> bool:
    """Is this clause's first word someone other than the writer ("finance", "our director"), not
    a bullet's verb ("Descoped"), an adverb ("Also", "Quietly") or a preposition ("In July")?"""
    if word in WRITERS or word in verbs or word in CLAUSE_LEADS or word.endswith("ly"):
        return False
    return word in DETERMINERS or word.replace("-", "").isalpha()  # "bin-return jams still stopped a lane"


OTHERS_NAMED = frozenset(("he", "she", "they"))  # a clause's own subject after "and", not the writer
DETERMINERS = frozenset("the a an our my their his her its your this that these those".split())
RELATIVE_WORDS = frozenset(("who", "which", "that"))
CLAUSE_LEADS = frozenset("also then later next first finally together eventually soon again instead in on at "
                         "by during for with over within early late mid after before once when".split())


def _overruled(after: list[str], stops: Stops) -> bool:
    """Someone else said no after "but": "but leadership overruled me", "but the GM kept it running";
    not "but kept its checkout flow" or "but I kept the API" (the writer kept a part)."""
    if not after or after[0] in ("i", "we") or after[0] in stops.kept:
        return False
    for index, word in enumerate(after):
        if word in stops.overruling or word in stops.kept and after[index + 1:index + 2] in (["it"], ["them"]):
            return True
    return False


def _named_by_clause(words: list[str], index: int) -> bool:
    """The stop names a thing in a relative clause ("the imagery add-on I shelved never cost us the
    $700K", "the pilot I killed had saved ..."): the stop was told where it was made; here the thing
    it named is the subject of another verb."""
    if index < 3 or words[index - 1] != "i" or not words[index - 2][:1].isalpha() or words[index - 2] in CLAUSE_WORDS:
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    return following in CLAUSE_VERBS and any(word in ("the", "that", "those", "this") for word in words[index - 5:index - 1])


CLAUSE_WORDS = frozenset("and but so then because when after before once until since while that which who "
                         "or if as".split())
CLAUSE_VERBS = frozenset("never was is were are would will had has did still also saved cost freed paid "
                         "went became".split())  # what the thing named then did or was


def _measure_moves(rubric: Rubric) -> frozenset[str]:
    """What a measure does after its name: the change words and the one-word entries of
    `phrases.held_steady` ("fell", "stayed": "abandoned calls from customers stayed under 5%")."""
    return derived(rubric, "facts.measure_moves", lambda built: built.change_words | frozenset(
        w.lower() for w in built.profile.list("phrases", "held_steady") if " " not in w))


def _names_a_measure(words: list[str], index: int, forms: frozenset[str], changes: frozenset[str]) -> bool:
    """Does the stop word at ``index`` open the name of a measure ("Declined payments fell 12%", "...,
    and rejected scans for ticket holders fell from 4% to 0.5%", "70% of rejected scans were ...",
    "and abandoned calls stayed under 5%"; ``changes``: what a measure does, `_measure_moves`)?
    After "of", or at the start of the item or of a clause after "and" with the clause going on to a
    change word, a stop word before a bare noun (no "the", "it") is an adjective; "and cancelled the
    pilot" and "and dropped reminders because open rates fell" (the change in a clause of its own)
    still tell a stop."""
    following = words[index + 1] if index + 1 < len(words) else ""
    if words[index] not in forms or not following.isalpha() or following in THINGS_CUT | HEAD_ENDS:
        return False
    if words[index - 1:index] == ["of"] and words[index].endswith("ed"):
        return True  # "70% of rejected scans were screenshots": what the measure counts
    if index and words[index - 1] != "and":
        return False
    reach = 2 if index == 0 else MEASURE_NAME_REACH
    for word in words[index + 2:index + 2 + reach]:
        if word in changes:
            return True
        if not word[:1].isalnum() or word in CLAUSE_WORDS:
            return False
    return False


MEASURE_NAME_REACH = 5  # "rejected scans for ticket holders fell": the words naming the measure


def _not_made_at(words: list[str], index: int, proposed: bool, proposal: int, forms: frozenset[str],
                 stops: Stops, changes: frozenset[str] = frozenset()) -> bool:
    """``proposed``: the writer's main verb proposes (at token ``proposal``); ``forms``: the stop verbs."""
    before = words[max(0, index - 4):index]
    if proposed and ("to" in before or words[index].endswith("ing") and proposal == index - 1):
        return True  # "I argued to sunset the editor", "I recommended killing it": proposed, not made
    following = words[index + 1] if index + 1 < len(words) else ""
    amount = index + 2 if following in ("from", "to", "by") else index + 1
    if words[amount:amount + 1] and (words[amount] == "$" or words[amount][:1].isdigit()
                                     and words[amount + 1:amount + 2] in (["%"], ["percent"], ["points"])):
        return True  # "orders dropped 20%", "dropped from 9% to 4%": a measure that moved (not "Retired 40 reports")
    if words[index] in stops.cutting and words[index] not in forms and _measure_from(words, index + 1):
        return True  # "Cut first-payroll setup for shop owners from 48 minutes to 11": a measure cut, not a thing
    if _names_a_measure(words, index, forms, changes):
        return True  # "Declined payments fell 12%", "..., and rejected scans fell": a measure's name, not the writer's verb
    if not ALMOST.isdisjoint(words[max(0, index - 2):index]) or words[index - 1:index] == ["against"]:
        return True  # "I could have stopped it", "argued against killing it"
    if words[index].endswith("ing") and words[index - 1:index] and words[index - 1] in UNDER_WAY_NOW:
        return True  # "I'm winding down the kiosk pilot": a stop still being made, told as a plan
    if index == 0 and words[0].endswith("ing") and not ALMOST.isdisjoint(words[1:COUNTERFACTUAL_REACH]):
        return True  # "Killing the kiosk pilot earlier would have saved $2M": a stop imagined
    if index == 0 and _bare(words[0], forms):
        return True  # "Deprecate the old quote builder once ...": a to-do, where "Deprecated ..." is done
    if words[index - 1:index] == ["to"] and words[index - 2:index - 1] and words[index - 2] in stops.held or \
            words[index] in stops.held and words[index + 1:index + 2] == ["to"] and words[index + 2:index + 3] and \
            (words[index + 2] in forms or words[index + 2] in stops.cutting):
        return True  # "I refused to kill the accessibility work", "refused to cut the night shift": a thing kept
    if proposed and proposal >= index - 3:
        return True  # "I recommended we stop the pilot"
    after = words[index + 1:index + 5]
    if "from" in after and words[index + 2 + after.index("from"):][:1] and \
            words[index + 2 + after.index("from")].endswith("ing"):
        return True  # "stopped the team from shipping a broken build": a harm prevented
    if "but" in words[index + 1:] and _overruled(words[words.index("but", index + 1) + 1:][:8], stops):
        return True
    asked = next((i for i, w in enumerate(before) if w in ("why", "whether")), None)
    if asked is not None and not stops.asking.isdisjoint(words[max(0, index - 8):index - len(before) + asked]):
        return True
    referred = not stops.explaining.isdisjoint(before) and words[index + 1:index + 2] in (["it"], ["them"])
    return referred and words[:1] in (["that"], ["this"])  # "That talk is why I paused it", not "..., which is why"


def _chose_over(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """"I chose a plain status email over the tracking platform we had half built": the writer
    chose, and an option passed over that was under way, proposed or asked for is named after the
    choice ("over", "instead of", "rather than"), or after any deed of the writer's by "instead of"
    or "rather than" ("ran the pilot on our payment links instead of the rebuild engineering had
    scoped", "Instead of the CRM sales asked for, I shipped ..."), so the writer chose not to build
    it. A vendor, terms or a launch order picked is a choice, not a stop, and so is a quantity set ("I
    chose 12 hours over the 24 hours the owners asked for"); a preference is not a proposal
    (docs/labelling-guide.md, "Stops")."""
    chose, over = hits.get("choosing", ()), hits.get("passed_over", ())
    if item.action.subject != "i" or not hits.get("under_way") or not over:
        return False
    words = item.words
    # a vendor or carrier that owns what is passed over asked for it, it is not the option bought
    # ("passed on the carriers' request for a portal view each")
    bought = [m.first for m in hits.get("bought_options", ()) if words[m.last + 1:m.last + 2] not in POSSESSIVE]
    handed = {m.last for m in hits.get("taken_over", ())}
    for passed in over:
        if passed.first in handed:
            continue  # "asked me to take over the redesign the previous PM had started": handed over, not passed over
        before = [c for c in chose if c.last < passed.first or c.first == passed.first and
                  not _sent_on(words, passed.last)]  # "passed on the ...", not "passed on the ... to sales"
        if not before and words[passed.first] not in ("instead", "rather"):
            continue  # "instead of" and "rather than" pass an option over after any verb of the writer's
        if any(passed.first <= at <= passed.last + OPTION_REACH for at in bought) or _quantity(words, passed.last + 1, rubric):
            continue  # "I chose UPS over the carrier finance proposed": a vendor, terms or an order picked
        if not _option_under_way(words, passed.last if before else passed.last + 1, hits["under_way"]):
            continue  # "over the other two ideas after 9 of 15 interviews asked for it": the choice was asked for
        return True  # after a deed that is no choice, the option is named before its state: "took five
        # weeks instead of the planned eight" passes over no option
    return False


def _quantity(words: tuple[str, ...], at: int, rubric: Rubric) -> bool:
    """Is the option passed over, from word ``at``, a bare quantity ("the 24 hours the owners asked
    for", "the 2% that sales wanted"): a number and its unit (a duration, a percent or points, profile
    lists `metrics.duration_units`, `metrics.point_units`), then the clause about it or its end, with
    nothing it measures named after it?
    Then a term was set, not a thing passed over ("the $210M peaker plant", "the 12-setting version")."""
    if at + 1 >= len(words) or not words[at][:1].isdigit():
        return False
    unit = words[at + 1]
    if unit not in ("%", "percent") and unit not in rubric.point_units and unit.removesuffix("s") not in rubric.duration_units:
        return False
    after = words[at + 2] if at + 2 < len(words) else "."
    return not after[:1].isalnum() or after in DETERMINERS or after in OTHER_SUBJECTS or after in WRITERS


def _instead_of_asked(item: Item, hits: dict[str, list[Match]]) -> bool:
    """"When sales asked for a template builder, I offered three fixed templates instead", "Engineering
    proposed a ledger rebuild; I chose nightly checks instead": someone else's request or proposal of a
    thing, then in the same sentence the writer's own clause closed by "instead" (the mirror of
    "Instead of the CRM sales asked for, I shipped ..."): the writer chose not to build what was asked
    (docs/labelling-guide.md, "Stops"). The writer's own proposal ("I proposed pausing the card; the
    GM kept it, so I staffed payouts instead"), a stop proposed ("proposed pausing") and a vendor or
    terms asked for (a choice) are not."""
    if item.action.subject != "i" and not (item.action.subject == "other" and item.signals and item.signals.own_action):
        return False  # the other's clause leads ("Engineering proposed ...; I chose ..."), the writer's follows
    words = item.words
    asked = [m for m in hits.get("under_way", ()) if words[m.last + 1:m.last + 2] in OPTION_OPENERS
             and (m.first == 0 or words[m.first - 1] not in ASKERS_OF_OUR_OWN)]
    bought = [m.first for m in hits.get("bought_options", ())]
    for at, word in enumerate(words):
        if word != "instead" or words[at + 1:at + 2] not in CLOSING:
            continue
        mine = next((back for back in range(at - 1, max(-1, at - INSTEAD_REACH - 1), -1)
                     if words[back] in ("i", ";", ".")), None)
        if mine is None or words[mine] != "i":
            continue  # "...; the team shipped a form instead": not the writer's clause
        if any(m.last < mine and "." not in words[m.last:mine] and not any(m.last < b < mine for b in bought)
               for m in asked):
            return True
    return False


def _argued_down(words: tuple[str, ...], hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """"When the CEO asked for star ratings of caregivers, I argued that ratings would ..., and we
    built a private note instead", "When the judge's office asked for a mobile app, I argued that ...
    The office agreed to put the money into text reminders instead": someone else's request in the
    item's opening "When" clause, the writer's own clause right after its comma, and the story closed
    by "instead" later in the item, whoever's clause it ends: the writer argued the request down. A
    request to stop something ("When the director proposed pausing enrolment, I argued to keep it
    open ... instead") or a vendor or terms asked for are not."""
    if words[:1] != ("when",) or "," not in words:
        return False
    comma = words.index(",")
    if words[comma + 1:comma + 2] != ("i",) or any(m.first < comma for m in hits.get("bought_options", ())) \
            or any(word in rubric.stopped_forms or word in rubric.stops.cutting for word in words[:comma]):
        return False
    if not any(0 < m.first < comma and words[m.first - 1] not in ASKERS_OF_OUR_OWN for m in hits.get("under_way", ())):
        return False
    return any(word == "instead" and words[at + 1:at + 2] in CLOSING for at, word in enumerate(words) if at > comma)


OPTION_OPENERS = frozenset((("a",), ("an",), ("the",), ("their",), ("our",), ("its",), ("his",), ("her",)))
ASKERS_OF_OUR_OWN = frozenset(("i", "we"))  # "I proposed a ...", "we had asked for a ...": no one else's ask
CLOSING = frozenset(((), (",",), (".",), (";",)))  # "instead" that ends its clause, not "instead of"
INSTEAD_REACH = 16  # words from the writer's "I" to the "instead" closing the clause


def _option_under_way(words: tuple[str, ...], last: int, under_way: list[Match]) -> bool:
    """Is the option passed over (after word ``last``) itself told as under way, proposed or asked
    for, before its clause ends ("over the underwriting model the data science team had proposed")?"""
    starts = {m.first for m in under_way}
    return any(at in starts for at in _option_clause(words, last))


def _sent_on(words: tuple[str, ...], last: int) -> bool:
    """Is what was passed on after word ``last`` handed to someone ("passed on the notes the VP asked
    for to the design team"), not turned down? A "to" before the option's clause ends says so."""
    return any(words[at] == "to" and words[at - 1] not in ("request", "requests")
               for at in _option_clause(words, last))


def _option_clause(words: tuple[str, ...], last: int) -> range:
    """The positions of the option passed over after word ``last`` and of the clause that tells its
    state, up to the clause's end; a comma between digits ("€400,000") groups a number, it ends none."""
    stop = min(len(words), last + 1 + UNDER_WAY_REACH)
    for at in range(last + 1, stop):
        if words[at] in OPTION_ENDS and not (words[at] == "," and _inside_number(words, at)):
            return range(last + 1, at)
    return range(last + 1, stop)


def _inside_number(words: tuple[str, ...], at: int) -> bool:
    return 0 < at < len(words) - 1 and words[at - 1].isdigit() and words[at + 1].isdigit()


OPTION_ENDS = frozenset(("after", "because", "since", "when", "as", "so", ",", ";"))  # a clause of its own
POSSESSIVE = (("'",), ("'s",), ("’",), ("’s",))  # a party's own word: "the carriers' request"


OPTION_REACH = 4  # words of the option passed over after "over the"
UNDER_WAY_REACH = 14  # words of the option passed over and of the clause that tells its state


LEVEL_KINDS = frozenset(("claim", "scope", "objection", "lesson"))
TEAM_COUNT = (r"(?i)\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|"
              r"dozens of)\s+(?:[\w-]+\s+){{0,2}}?(?:{units})\b")  # the units: profile list measures.team_units
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "dozens of": 24, "both": 2}
# Partner organisations are counted by "both" as well ("with both pump manufacturers we stock", "both bus
# operators"): two named as a pair. Teams are not ("both teams" is as often the writer's own two).
ORGANISATION_COUNT = TEAM_COUNT.replace(r"|dozens of)", r"|dozens of|both)")


def _team_count(rubric: Rubric) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The pattern of a count of teams in the profile's units, and each unit's last word (an item
    without one has no count to look for)."""
    return derived(rubric, "facts.team_count", _team_count_pattern)


def _team_count_pattern(rubric: Rubric) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    return _count_pattern(rubric.team_units)


def _count_pattern(units, count: str = TEAM_COUNT) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    pattern = compiled(count.format(units="|".join(re.escape(u) for u in units))) if units else None
    return pattern, frozenset(u.split()[-1] for u in units)


def _organisation_patterns(rubric: Rubric) -> dict[str, tuple[re.Pattern[str] | None, frozenset[str]]]:
    """Each level's pattern of a count of the ladder's ``organisation_units`` ("three hospitals")."""
    ladder = rubric.profile.table("ladder")
    return {level: _count_pattern(tuple(u.lower() for u in ladder[level]["organisation_units"]), ORGANISATION_COUNT)
            for level in rubric.levels if ladder.get(level, {}).get("organisation_units")}


def _organisations(item: Item, level: str, rubric: Rubric) -> int:
    """The most partner organisations of the level's ``organisation_units`` the item counts ("negotiated
    with the discharge teams at three hospitals", "the revenue teams of our three partner lines"):
    work that spans several organisations is the level's scope, as teams counted are."""
    pattern, unit_words = derived(rubric, "facts.organisation_count", _organisation_patterns).get(level, (None, ()))
    return _counted(item, pattern, unit_words)


def _counted(item: Item, pattern: re.Pattern[str] | None, unit_words) -> int:
    """The largest count of the pattern's units in the item (0 without one)."""
    most = 0
    if pattern is not None and unit_words.intersection(item.words):
        for match in pattern.finditer(item.text):
            word = match.group(1).lower()
            most = max(most, int(word.replace(",", "")) if word[0].isdigit() else NUMBER_WORDS.get(word, 0))
    return most


MILLIONS_RE = compiled(r"(\d[\d,]*(?:\.\d+)?)\s?(m|mm|million|bn|b|billion)\b", re.I)


def _moves_leaders(hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """The item names leaders who took up the work: an influence cue of any level and a word of
    adoption or persuasion ("the SVP made it the organisation's plan"; not "sent the SVP a report")."""
    taken_up = bool(hits.get("adoption") or hits.get("persuasion"))
    return taken_up and any(m.label == "influence" for level in rubric.levels
                            for m in hits.get(LADDER_GROUP + level, ()))


def _shows_level(item: Item, moves_leaders: bool = False) -> bool:
    """What can show a level: the writer's own decision or result (not effort, not engineering
    work), the writer's work taken up by leaders ("I wrote the strategy, and the SVP made it the
    plan"), a scope statement said plainly (a hedged one, "I think I am ready because I own ...", is
    no more than a hedged claim), an answered objection that restates a result; never a plan, a
    lesson or a framing sentence."""
    s = item.signals
    if s is None or item.kind not in LEVEL_KINDS or item.kind == "lesson":
        return False
    if item.kind == "scope":
        return not s.hedge
    if item.kind == "objection":
        return s.business_outcome
    engineering = s.technical_lead or s.technical_metric_only or bool(item.facts and item.facts.engineering_work)
    if s.own_action and moves_leaders and not engineering:
        return True
    decided = item.action.verb_class == "pm" or s.business_outcome
    return s.own_action and decided and not s.activity_only and not engineering


def _level_cues(item: Item, hits: dict[str, list[Match]], rubric: Rubric,
                stopped: bool = False) -> tuple[tuple[str, frozenset[str]], ...]:
    """The ladder's dimensions the item shows: its cues where it can show a level; an answered objection
    with no result of its own still shows the reach it states in teams and money ("*Is this L6?* Four
    engineering teams build from the roadmap I set"), as a scope statement does, never its cue words
    ("she does not yet set direction across the organisation" concedes a scope). A leader who handed
    the writer the work shows no influence unless the item stops the work or answers the leader
    (``phrases.leaders_answered``: "the COO asked me to build a VR room. I declined ...", "asked her to
    delay the rollout; she argued for going ahead and won" is a leader pushed back on)."""
    refused = _leader_refused(item, hits, rubric)
    if _shows_level(item, _moves_leaders(hits, rubric)):
        found = _ladder(item, hits, rubric, scope_only=item.kind == "scope", assigned=not stopped)
        return _with_influence(found, refused) if refused else found
    if refused:
        return _with_influence((), refused)
    if item.kind == "objection" and item.signals is not None:
        return _ladder(item, {}, rubric, scope_only=True)
    return ()


REQUEST_GAP = 4  # words between a leader and the verb of asking ("the regional director asked for", "our board had wanted")
REFUSER = frozenset(("i", "we"))
REFUSAL_OPENERS = frozenset((".", ";", ":"))  # a verb-first sentence is the writer's: "Refused the director's request ..."
REFUSAL_ADVERBS = frozenset(("also", "then", "still", "politely", "firmly", "finally"))


def _leader_refused(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> tuple[str, ...]:
    """The ladder levels (above the first) whose leader asked for something the writer turned down: a leader's
    influence cue with a verb of asking a few words after it (``phrases.leaders_requesting``: "the director asked
    for", "the board had wanted") and the writer's own refusal in the same item (``phrases.leaders_refused`` right
    after "I" or "we", or opening a verb-first sentence: "I declined", "We also chose not to build the learner app
    our board had wanted", "Refused the director's request for ..."). A senior party's request turned down is
    influence on the leader, as a leader won over is, whether or not the item tells a result. A claim only; a
    refusal that is someone else's ("the director refused") or a request carried out shows none."""
    refusals = hits.get("leaders_refused")
    requests = hits.get("leaders_requesting") if refusals else None
    if not requests or item.kind != "claim":
        return ()
    words = item.words
    if not any(_writers_refusal(words, m.first) for m in refusals):
        return ()
    things = hits.get("not_level_cues", ())
    return tuple(level for level in rubric.levels[1:]
                 if any(m.label == "influence" and not _inside(m, things)
                        and any(0 < r.first - m.last <= REQUEST_GAP for r in requests)
                        for m in hits.get(LADDER_GROUP + level, ())))


def _writers_refusal(words: tuple[str, ...], at: int) -> bool:
    """Is the refusal at word ``at`` the writer's: right after "I" or "we" (an adverb between allowed), or
    the first word of a sentence with no subject?"""
    back = at - 1
    if back >= 0 and words[back] in REFUSAL_ADVERBS:
        back -= 1
    return back < 0 and at == 0 or back >= 0 and (words[back] in REFUSER or back == at - 1 and words[back] in REFUSAL_OPENERS)


def _with_influence(found: tuple[tuple[str, frozenset[str]], ...],
                    levels: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The item's (level, dimensions) with influence added at each of ``levels``."""
    merged = {level: set(dimensions) for level, dimensions in found}
    for level in levels:
        merged.setdefault(level, set()).add("influence")
    return tuple((level, frozenset(dimensions)) for level, dimensions in merged.items())


def _ladder(item: Item, hits: dict[str, list[Match]], rubric: Rubric,
            scope_only: bool, assigned: bool = False) -> tuple[tuple[str, frozenset[str]], ...]:
    """(level, the dimensions its cues show in this item), with the reach a scope statement
    measures in teams and money read as numbers ("four engineering teams", "$90M a year"); a scope
    statement shows scope only."""
    teams, millions = _reach(item, rubric)
    ladder = rubric.profile.table("ladder")
    found = []
    things = hits.get("not_level_cues", ())
    told = hits.get("leaders_told", ())
    assigning = hits.get("leaders_assigning", ()) if assigned and not hits.get("leaders_answered") else ()
    for level in rubric.levels:
        dimensions = {m.label for m in hits.get(LADDER_GROUP + level, ())
                      if not (_inside(m, things) or m.label == "influence"
                              and (told and _told_of(item, m, told, rubric) or assigning and _assigned_by(m, assigning)))}
        bar = ladder.get(level, {})
        if "team_counts" in bar and teams >= bar["team_counts"] or "money_millions" in bar and millions >= bar["money_millions"] \
                or "organisation_counts" in bar and _organisations(item, level, rubric) >= bar["organisation_counts"]:
            dimensions.add("scope")
        if level == rubric.levels[0] and item.ready:
            dimensions.add("scope")  # an owned, measured outcome is what owning a feature well looks like
        if _taken_up_by(item, hits, level) or bar.get("turned_around") and _turned_around(item, hits):
            dimensions.add("influence")
        if scope_only:
            dimensions &= {"scope"}
        if dimensions:
            found.append((level, frozenset(dimensions)))
    return tuple(found)


ADOPTER_GAP = 3  # words between the adopting unit and its verb ("the retail and travel divisions, which adopted it")
AGENT_WORDS = 8  # how far after "adopted by" the unit may stand ("adopted by our VP and the two sister organisations")


def _taken_up_by(item: Item, hits: dict[str, list[Match]], level: str) -> bool:
    """Do units of this level take up the writer's work ("three organisations now build to the strategy
    I set", "the payments organisation adopted my alert rule", "adopted by the two sister organisations")?
    One of the ladder's ``adopters`` of the level as the subject of ``phrases.taken_up``, a few words
    before it, or as its agent after "by": influence, as a leader won over is. A unit named elsewhere in
    the sentence ("moved our organisation's tickets to a queue the agents now use") takes up nothing."""
    units = hits.get(ADOPTERS_GROUP + level)
    verbs = hits.get("taken_up") if units else None
    if not verbs:
        return False
    words = item.words
    return any(0 < verb.first - unit.last <= ADOPTER_GAP
               or words[verb.last + 1:verb.last + 2] == ("by",) and 0 < unit.first - verb.last <= AGENT_WORDS
               for unit in units for verb in verbs)


NOT_BEFORE = frozenset(("not", "never", "yet"))  # "was not approved", "has never been funded": no approval


def _turned_around(item: Item, hits: dict[str, list[Match]]) -> bool:
    """Did the writer turn a refusal into an approval ("Finance said no in March; I came back in May with the
    churn of the groups we lost, and they approved it", "reworked it after they rejected the first version
    ... and the council approved it")? A ``phrases.rejection``, a ``phrases.comeback`` and, after both, an
    ``phrases.approved_after_no`` not negated: a party that said no moved by the writer's second case,
    influence at a ladder level with ``turned_around``. A proposal brought back that is not yet approved
    ("have brought it back for 2028") shows none."""
    approvals = hits.get("approved_after_no")
    rejections = hits.get("rejection") if approvals else None
    comebacks = hits.get("comeback") if rejections else None
    if not comebacks:
        return False
    after = max(min(m.first for m in rejections), min(m.first for m in comebacks))
    words = item.words
    return any(m.first > after and NOT_BEFORE.isdisjoint(words[max(0, m.first - 2):m.first]) for m in approvals)


TOLD_WORDS = 6  # how far before a leader the verb of telling may stand ("told the city's parking director")
LEADER_TAIL = 2  # words that may close the leader's name after its cue ("the head of product")


def _told_of(item: Item, match: Match, told: list[Match], rubric: Rubric) -> bool:
    """Is the leader only told of something the moment it happened ("told the head of product the same
    afternoon", "I told my director within the hour")? A report of a mistake or an incident, not a
    leader moved: a verb of telling (``phrases.leaders_told``) shortly before the leader and a time
    of ``kinds.told_back_times`` right after it."""
    if not any(0 < match.first - verb.last <= TOLD_WORDS for verb in told):
        return False
    words = item.words
    return any(words[at:at + len(time)] == time for at in range(match.last + 1, match.last + 2 + LEADER_TAIL)
               for time in rubric.told_back_times)


ASSIGNED_WORDS = 4  # how far after a leader's cue the verb of handing over may stand ("our chief commercial officer asked me to")


def _assigned_by(match: Match, assigning: list[Match]) -> bool:
    """Is the leader only the one who handed the writer the work ("our chief commercial officer asked
    me to run a pilot", "the pilot our regional GM had started", "the idea the board had asked me to
    explore")? A verb of handing over (``phrases.leaders_assigning``) a few words after the leader: the
    work came from the leader, no leader was moved by the writer."""
    return any(0 < verb.first - match.last <= ASSIGNED_WORDS for verb in assigning)


def _inside(match: Match, spans) -> bool:
    """Is the match within one of the spans ("board" in "one shared board")?"""
    return any(span.first <= match.first and match.last <= span.last for span in spans)


def _reach(item: Item, rubric: Rubric) -> tuple[int, float]:
    """The most teams and the most money (in millions) the item names."""
    teams = _counted(item, *_team_count(rubric))
    millions = 0.0
    for metric in item.metrics:
        if metric.kind == "currency":
            found = MILLIONS_RE.search(metric.text)
            if found:
                value = float(found.group(1).replace(",", ""))
                millions = max(millions, value * (1000 if found.group(2).lower() in ("bn", "b", "billion") else 1))
    return teams, millions


_NOT_A_WORD = compiled(r"[^a-z0-9+/]+")


def named_in_past(mentions: list[str], rubric: Rubric) -> set[str]:
    """The specialties whose ``past_names`` the engineering-past mentions use ("firmware")."""
    if not mentions:
        return set()
    words = " " + " ".join(_NOT_A_WORD.sub(" ", mention) for mention in mentions) + " "
    return {name for name, body in rubric.profile.table("specialties").items()
            if any(f" {past} " in words for past in body.get("past_names", ()))}


def _past_specialty(item: Item, hits: Mapping[str, list[Match]], rubric: Rubric) -> tuple[tuple[str, str], ...]:
    """The specialty the item's own words give when it names the writer's engineering past by it
    ("As a former Android engineer, I traced ...", "my backend background"): the item says which
    engineering it is, as its jargon would (docs/labelling-guide.md, "Specialty")."""
    lowered = item.lowered[item.span.start:item.span.end]
    mentions = [m.phrase for m in hits.get("engineering_past", ())]
    if rubric.engineering_past_re is not None:
        mentions += [lowered[start:end] for start, end in spans_of(rubric.engineering_past_re, lowered)]
    return tuple((name, "engineering past") for name in sorted(named_in_past(mentions, rubric)))


def _system_worked_on(words, rubric: Rubric) -> tuple[tuple[str, str], ...]:
    """The specialty of a system the writer's engineering deed works on, named by its kind
    (``worked_on`` of a specialty: "migrated the ledger service", "refactored the PDF export
    service"), when the item's jargon names none: a service built, moved or rewritten is backend
    work, as the blind writers label it. Not a service people give ("customer service", the
    specialty's ``not_systems`` before it)."""
    for name, (kinds, not_systems) in rubric.worked_on.items():
        for at, word in enumerate(words):
            if word in kinds and at and words[at - 1].replace("-", "").isalpha() \
                    and words[at - 1] not in not_systems:
                return ((name, word),)
    return ()


def specialty_terms(matches, words, rubric: Rubric) -> tuple[tuple[str, str], ...]:
    """(specialty, term) for each jargon word; a context term ("features", "Android") only beside
    one of its specialty's own terms in the same sentence or item, or beside another of its
    ``paired_terms`` ("iOS and Android", "model ... precision": two of them say what one cannot)."""
    strong = {m.label for m in matches if not m.label.endswith(CONTEXT_MARK)}
    paired: dict[str, set[str]] = {}
    for match in matches:
        if match.label in strong:
            continue  # a specialty's own term: no pair needed
        name = match.label.rstrip(CONTEXT_MARK)
        term = " ".join(words[match.first:match.last + 1])
        if name not in strong and term in rubric.paired_terms.get(name, ()):
            paired.setdefault(name, set()).add(term.rstrip("s"))  # "model" and "models" are one
    strong.update(name for name, terms in paired.items() if len(terms) >= 2)
    found = []
    for match in matches:
        name = match.label.rstrip(CONTEXT_MARK)
        if name in strong:
            found.append((name, " ".join(words[match.first:match.last + 1])))
    return tuple(found)


_new = tuple.__new__  # named tuples built with every field, without their __new__ call


class PassageFacts(NamedTuple):
    """The passage's contributions to the packet reading, block-relative like the passage (a named
    tuple, like the model's records: core/model.py says why)."""

    specialty: tuple[tuple[str, str, float], ...]  # (specialty, term, weight) per jargon word
    engineering_past: tuple[tuple[Span, bool], ...]  # each mention, and whether an outcome follows it
    timed_sentences: int  # sentences that open with a date or a sequence word
    chronology_marker: bool
    pm_skill: bool
    level_sentences: tuple[Span, ...]  # ready-item sentences that name a level and state their proof
    first_sentence_words: int
    bold: tuple[Span, ...]
    jargon: int = 0  # words a reader outside engineering would not use (specialty, technical measures, jargon)
    excuses: tuple[Span, ...] = ()  # "I'm still learning ...": the writer excusing the new role
    acronyms: tuple[tuple[Span, str], ...] = ()  # every capitalised abbreviation in a sentence, in order
    defined: frozenset[str] = frozenset()  # abbreviations this block spells out: "(GMV)"
    # (specialty, word) for every word of a specialty the block uses, a context term alone included
    # ("the Android app"): what a past named by its specialty needs beside it (analysis/packet.py)
    specialty_words: frozenset[tuple[str, str]] = frozenset()


def _owner(items: tuple[Item, ...], span: Span) -> Item | None:
    return next((i for i in items if i.span.start <= span.start and span.end <= i.span.end
                 or span.start <= i.span.start and i.span.end <= span.end), None)


PAST_OPENING = ".:; "  # the stop a pattern may open with, before the sentence that names the past
NOT_PAST = "not_engineering_past"  # the profile's titles with "engineer" in them that are no engineering past


def passage_facts(passage: Passage, rubric: Rubric) -> PassageFacts:
    view, items = passage.view, passage.items
    outcome_spans = [i.span for i in items if i.signals and i.signals.business_outcome]
    specialty: list[tuple[str, str, float]] = []
    words_of: set[tuple[str, str]] = set()
    past: list[Span] = []
    not_past: list[tuple[int, int]] = []
    timed = 0
    marker = skill = False
    level_sentences = []
    jargon = 0
    excuses: list[Span] = []
    asked_for_growth = rubric.outside_evidence(passage.section)  # "Areas to grow": "still learning" answers it
    names_level = LEVEL_HINT_RE.search(passage.lowered) is not None
    for sentence in passage.sentences:
        hits = sentence.hits
        if "specialty" in hits:
            serving = any(span.contains(sentence.span) for span in outcome_spans)
            terms = specialty_terms(hits["specialty"], sentence.lowers, rubric)
            specialty.extend((name, term, 0.5 if serving else 1.0) for name, term in terms)
            words_of.update((match.label.rstrip(CONTEXT_MARK), " ".join(sentence.lowers[match.first:match.last + 1]))
                            for match in hits["specialty"])
            jargon += len(terms)
        jargon += _jargon(hits)
        if not asked_for_growth and "excuse" in hits:
            excuses.extend(Span(sentence.tokens[m.first].start, sentence.tokens[m.last].end)
                           for m in hits["excuse"])
        if NOT_PAST in hits:
            not_past.extend((sentence.tokens[m.first].start, sentence.tokens[m.last].end) for m in hits[NOT_PAST])
        if "engineering_past" in hits:
            past.extend(Span(sentence.tokens[m.first].start, sentence.tokens[m.last].end)
                        for m in hits["engineering_past"])
        timed += bool(TIME_LEAD_RE.match(view, passage.lowered, sentence.span.start, sentence.span.end))
        marker = marker or "chronology_markers" in hits
        skill = skill or "skill" in hits
        if names_level and LEVEL_RE.search(view, sentence.span.start, sentence.span.end):
            owner = _owner(items, sentence.span)
            if owner is not None and _retellable(owner, view, sentence.span, rubric):
                level_sentences.append(sentence.span)
    if rubric.engineering_past_re is not None and passage.sentences:  # a profile's patterns, on RE2
        offset = passage.sentences[0].span.start
        folded, where = fold_text(view[offset:passage.sentences[-1].span.end])  # "engin\u200beer" reads "engineer"
        for first, last in spans_of(rubric.engineering_past_re, folded):
            found = folded[first:last]
            opening = first + len(found) - len(found.lstrip(PAST_OPENING))  # ". Former ..."
            start, end = (opening, last) if where is None else (where[opening], where[last - 1] + 1)
            past.append(Span(offset + start, offset + end))
        if not_past:  # "I was a sales engineer": a title with "engineer" in it that is no engineering past
            past = [span for span in past if not any(span.start < end and start < span.end for start, end in not_past)]
    first = passage.sentences[0] if passage.sentences else None
    if passage.block.kind == "heading":
        first_words = len(view.split())
    else:
        first_words = len(view[first.span.start:first.span.end].split()) if first else len(view.split())
    return _new(PassageFacts, (  # every field, in order, without the named tuple's keyword call: every block has facts
        tuple(specialty),  # specialty
        tuple(followed_spans(_merged(past), passage, rubric.new_story_openers)),  # engineering_past
        timed, marker, skill,  # timed_sentences, chronology_marker, pm_skill
        tuple(level_sentences),  # level_sentences
        first_words,  # first_sentence_words
        _bold(passage.source),  # bold
        jargon, tuple(excuses),  # jargon, excuses
        tuple((Span(*m.span()), m.group()) for s in passage.sentences  # acronyms
              for m in ACRONYM_RE.finditer(view, s.span.start, s.span.end)),
        frozenset(m.group(1) for m in DEFINED_RE.finditer(view)),  # defined
        frozenset(words_of),  # specialty_words
    ))


def _bold(source: str) -> tuple[Span, ...]:
    """The bold runs of a block's source ("**...**", "__...__"); most blocks have none."""
    if "**" not in source and "__" not in source:
        return ()
    return tuple(Span(*m.span()) for m in BOLD_RE.finditer(source))


def _retellable(item: Item, view: str, sentence: Span, rubric: Rubric) -> bool:
    """A sentence a manager can repeat: the level (claimed, or stated with a result), in the
    writer's own voice, with its proof in the same sentence and no hedge ("I already operate at L6:
    ...", "I'm putting myself forward for L7 because ...")."""
    s = item.signals
    if s is None:
        return False
    pattern = level_claim(rubric).pattern
    claimed = pattern is not None and pattern.search(view, sentence.start, sentence.end) is not None
    spoken = s.own_action or (claimed and WRITER_OPENS_RE().match(view, sentence.start) is not None)
    if not (spoken and (claimed or s.business_outcome)):
        return False
    return _states_proof(item, sentence) or (claimed and _told_proof(item, view, sentence, rubric))


def _told_proof(item: Item, view: str, sentence: Span, rubric: Rubric) -> bool:
    """A level claim whose proof is told in words, with no figure: after the claim, one of the
    profile's `retell_proof_openers` ("because", "is that") and at least `retell_proof_words` words
    ("My case for L6 is that I took a part of the business nobody planned for and made it ...",
    "I am asking to be recognised at L7 because the scheme's multi-year strategy ... now come from
    my documents"); unhedged."""
    if any(m.kind == "hedge" and sentence.contains(m.span) for m in item.mentions):
        return False
    claim = level_claim(rubric).pattern.search(view, sentence.start, sentence.end)
    rest = view[claim.end():sentence.end]
    lowered = rest.lower()
    cut = min((at + len(opener) for opener in _proof_openers(rubric) if (at := lowered.find(opener)) >= 0),
              default=-1)
    return cut >= 0 and len(rest[cut:].split()) >= rubric.threshold("retell_proof_words", 12)


def _proof_openers(rubric: Rubric) -> tuple[str, ...]:
    """The profile's `document.retell_proof_openers`, lower-cased once per compiled profile."""
    return derived(rubric, "facts.retell_proof_openers",
                   lambda r: tuple(o.lower() for o in r.profile.list("document", "retell_proof_openers")))


def _states_proof(item: Item, sentence: Span) -> bool:
    proof = any(sentence.contains(m.span) for m in item.metrics)
    hedged = any(m.kind == "hedge" and sentence.contains(m.span) for m in item.mentions)
    return proof and not hedged


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def followed_spans(spans: list[Span], passage: Passage, openers: tuple[tuple[str, ...], ...] = ()):
    """Each engineering-past mention, and whether a customer outcome follows it: in its sentence, after
    it, or in the paragraph's next sentence as a measured change ("with my robotics background it was
    clear that a drone could cover the same ground in an afternoon. Persuaded the county's coastal
    engineers to switch ..., which gave residents' flood alerts a 9-day earlier warning and cut survey
    spend by £48,000 a year", "... meant I could prototype the query myself in a week. Failed booking
    attempts by parents fell from 18% to 7%."). Either way the sentence's item holds a business
    outcome. The next sentence counts only with a change measured (a before and after, a multiple, a
    sum or a share: not a count or a time alone, "I held 26 calls with narrators", "The checkout
    rewrite took seven weeks"), and not when it opens another story (one of ``openers``, the
    profile's `new_story_openers`: "I also ...") or names a level (the retell: "I am ready for L5:
    ... cut reprints from 6.1% to 2.3%" sums the case up, it does not tell what the past made
    possible)."""
    sentences = passage.sentences
    for span in spans:
        at = next((k for k, s in enumerate(sentences) if s.span.contains(span)), None)
        followed = at is not None and _outcome_after(passage, sentences[at], span.end)
        if not followed and at is not None and at + 1 < len(sentences):
            after = sentences[at + 1]
            followed = not any(after.lowers[:len(cue)] == cue for cue in openers) \
                and LEVEL_RE.search(passage.view, after.span.start, after.span.end) is None \
                and _outcome_after(passage, after, after.span.start - 1, measured=True)
        yield span, followed


MEASURED_CHANGES = frozenset(("range", "multiplier", "currency"))  # the mention kinds that tell a change measured


def _outcome_after(passage: Passage, sentence, start: int, measured: bool = False) -> bool:
    """Does the sentence's item hold a business outcome, and the sentence a figure after ``start``
    (with ``measured``, a change measured: a before and after, a multiple, a sum or a percentage)?"""
    owner = next((i for i in passage.items if i.span.contains(sentence.span)), None)
    return bool(owner and owner.signals and owner.signals.business_outcome and
                any(m.span.start > start and sentence.span.contains(m.span)
                    and (not measured or m.kind in MEASURED_CHANGES or m.text.endswith("%"))
                    for m in owner.metrics))
