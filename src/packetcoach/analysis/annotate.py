"""Fill each item's slots (persona, metrics, action) and compute its signals.

Everything is decided on tokens of the markup-free view, with the profile's
lexicons; there is no part-of-speech model (none ships on PyPI that is fast
enough, see docs/decisions.md). Verb position stands in for part of speech: a
verb is the first word of a bullet, or the word after "I" / "we" (and a few
adverbs), so "the design review" and "a build pipeline" never read as verbs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from operator import attrgetter

from packetcoach.analysis.metrics import find_metrics
from packetcoach.profile.lexicon import Match
from packetcoach.core.model import Action, Item, Mention, Signals, Span, Token
from packetcoach.profile.compile import Rubric

Hits = dict[str, list[Match]]  # the item's lexicon matches by group, from one pass

DETERMINERS = frozenset(
    "the a an my our their his her its this that these those every each all both some "
    "two three four five new key critical".split()
)
SUBJECT_WE = (("we",), ("my", "team"), ("our", "team"), ("the", "team"), ("my", "teams"),
              ("our", "teams"), ("the", "teams"))
_SUBJECT_WE_FIRST = frozenset(phrase[0] for phrase in SUBJECT_WE)
FILLER_BEFORE_VERB = frozenset(
    "also then personally first quickly successfully jointly later eventually finally "
    "have had has then've 've directly initially subsequently ultimately".split()
)
OBJECT_STOPS = frozenset("for with to in on across at by from into via using so that which".split())
PASSIVE_AUX = frozenset("was were been is are being got".split())
DURATION_RE = re.compile(r"\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?)\b", re.IGNORECASE)


def _words(tokens: tuple[Token, ...]) -> list[str]:
    return [token.lower for token in tokens]


def _verb_at(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> tuple[int, str] | None:
    """The verb starting at ``index`` after skipping adverbs, as (token index, lemma)."""
    while index < len(tokens) and (tokens[index].lower in FILLER_BEFORE_VERB
                                   or tokens[index].lower.endswith("ly") and len(tokens[index].lower) > 4):
        index += 1
    if index >= len(tokens):
        return None
    word = tokens[index].lower
    lemma = rubric.verb_lemma.get(word)
    if lemma:
        return index, lemma
    if word.endswith("ed") and len(word) > 4 and word.isalpha():
        return index, guess_lemma(word)
    return None


def guess_lemma(word: str) -> str:
    """The lemma of a regular past tense the profile does not list ("disagreed" -> "disagree")."""
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "stopped" -> "stop"
    if stem[-1:] in ("c", "g", "s", "v", "u", "z") or stem.endswith(("at", "it", "ut", "iz", "ag", "in", "um", "ur")):
        return stem + "e"  # "reduced" -> "reduce", "created" -> "create"
    return stem


def leading_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[int, str] | None:
    """A bullet that starts with a past-tense verb or a gerund has an implied "I"."""
    if not tokens or not tokens[0].text[:1].isalpha():
        return None
    found = _verb_at(tokens, 0, rubric)
    if found is None:
        return None
    index, lemma = found
    word = tokens[index].lower
    if word == lemma and word not in ("cut", "set", "put", "led", "ran", "won", "built", "shut"):
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if following not in DETERMINERS:
            return None  # "Design review ...", "Build pipeline ...": nouns, not verbs
    return found


def subject_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[str, int, str] | None:
    """The first "I <verb>" or "we <verb>" clause, as (subject, token index, lemma)."""
    words = _words(tokens)
    for index, word in enumerate(words):
        if word == "i" and tokens[index].text == "I":
            found = _verb_at(tokens, index + 1, rubric)
            if found:
                return "i", found[0], found[1]
        if word not in _SUBJECT_WE_FIRST:
            continue
        for phrase in SUBJECT_WE:
            if tuple(words[index:index + len(phrase)]) == phrase:
                found = _verb_at(tokens, index + len(phrase), rubric)
                if found:
                    return "we", found[0], found[1]
    return None


def _passive(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[int, str] | None:
    for index, token in enumerate(tokens[:-1]):
        if token.lower in PASSIVE_AUX:
            found = _verb_at(tokens, index + 1, rubric)
            if found and tokens[found[0]].lower.endswith(("ed", "en", "t")):
                return found
    return None


def _verb_class(tokens: tuple[Token, ...], index: int, lemma: str, rubric: Rubric) -> str:
    """pm / technical / neutral; an engineering verb with a non-technical object is pm."""
    verb_class = rubric.verb_class.get(lemma, "neutral")
    if verb_class != "technical":
        return verb_class
    objects = rubric.non_technical_objects.get(lemma)
    if objects is None:
        return verb_class
    window = rubric.threshold("object_window", 4)
    after = index + 1
    while after < len(tokens) and tokens[after].lower in DETERMINERS:
        after += 1
    words = []
    for token in tokens[after:after + window + 2]:
        if token.lower in OBJECT_STOPS or not token.text[:1].isalnum():
            break  # the object ends at a preposition: "built a dashboard for the team"
        words.append(token.lower)
    for match in objects.iter_matches(words):
        if match.first <= window:
            return "neutral"  # "built consensus", "developed talent": not engineering, not a product verb
    return verb_class


def find_action(item_tokens: tuple[Token, ...], first_sentence: tuple[Token, ...],
                rubric: Rubric) -> tuple[Action, bool]:
    """The main action of the item, and whether the writer's own action appears anywhere."""
    own_anywhere = any(
        token.text == "I" and _verb_at(item_tokens, index + 1, rubric) is not None
        for index, token in enumerate(item_tokens)
    )
    leading = leading_verb(first_sentence, rubric)
    if leading:
        return _action(first_sentence, leading[0], leading[1], "i", rubric), True
    clause = subject_verb(first_sentence, rubric)
    if clause:
        subject, index, lemma = clause
        return _action(first_sentence, index, lemma, subject, rubric), own_anywhere or subject == "i"
    for finder, subject in ((_passive, "passive"), (_first_past_verb, "other")):
        found = finder(first_sentence, rubric)
        if found:
            return _action(first_sentence, found[0], found[1], subject, rubric), own_anywhere
    return Action(None, "none", "none"), own_anywhere


def _action(tokens: tuple[Token, ...], index: int, lemma: str, subject: str, rubric: Rubric) -> Action:
    token = tokens[index]
    return Action(lemma, _verb_class(tokens, index, lemma, rubric), subject, Span(token.start, token.end))  # type: ignore[arg-type]


def _first_past_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[int, str] | None:
    """"Checkout conversion improved ...": the first past-tense verb, when nobody is named."""
    for index, token in enumerate(tokens):
        if index == 0 or tokens[index - 1].lower in DETERMINERS:
            continue
        word = token.lower
        lemma = rubric.verb_lemma.get(word)
        if lemma and word != lemma and not word.endswith(("s", "ing")):
            return index, lemma
        if lemma is None and word.endswith("ed") and len(word) > 4 and word.isalpha():
            return index, guess_lemma(word)
    return None


def find_persona(tokens: tuple[Token, ...], view: str, rubric: Rubric, hits: Hits) -> Mention | None:
    """The first served party, with its modifiers; internal teams only when served.

    A singular word used as a modifier ("customer interviews", "seller dashboard") still names
    the party, but a plural naming of it later in the item ("... with sellers") reads better.
    """
    words = _words(tokens)
    fallback: Mention | None = None
    for match in hits.get("persona", ()):
        following = words[match.last + 1] if match.last + 1 < len(words) else ""
        previous = words[match.first - 1] if match.first > 0 else ""
        if following in rubric.non_persona_followers or previous in rubric.non_persona_prefixes:
            continue
        if following == "'s" or following == "’s":
            continue
        token = tokens[match.first]
        if token.text[:1].isupper() and match.first > 0 and tokens[match.first - 1].text[:1].isupper():
            continue  # inside a product name: "Sponsored Brands", "Amazon Business"
        if any(c.isupper() for c in token.text[1:]) and not token.text.isupper():
            continue  # an identifier such as "OWNERs" or "UserNamespaces", not a person
        first = match.first
        window = rubric.threshold("persona_modifier_window", 2)
        while first > 0 and match.first - first < window and words[first - 1] in rubric.persona_modifiers:
            first -= 1
        if match.label == "internal" and _collaborator(words, first, rubric):
            continue
        span = Span(tokens[first].start, tokens[match.last].end)
        mention = Mention(match.label, span, view[span.start:span.end])
        if following[:1].isalpha() and not words[match.last].endswith("s"):
            fallback = fallback or mention  # a modifier: keep looking for the party itself
            continue
        return mention
    return fallback


def _collaborator(words: list[str], first: int, rubric: Rubric) -> bool:
    """An internal party just after "with", "partnered with", "led" ... is a collaborator."""
    index = first
    while index > 0 and (words[index - 1][:1].isdigit() or words[index - 1] in ("the", "a", "our", "all")):
        index -= 1
    for size in (2, 1):
        if index - size >= 0 and tuple(words[index - size:index]) in rubric.collaborator_frames:
            return True
    return False


_END = attrgetter("end")


def _token_index(tokens: tuple[Token, ...], offset: int) -> int:
    """The first token ending after ``offset`` (the last token if none).

    A binary search: tokens are in text order, and every metric and mention looks one up, so a
    scan from the start would cost the square of an item's length.
    """
    index = bisect_right(tokens, offset, key=_END)
    return index if index < len(tokens) else len(tokens) - 1


def _near(indices: list[int], first: int, last: int, window: int) -> bool:
    """Whether a token index in ``indices`` (sorted) lies within ``window`` of [first, last]."""
    at = bisect_left(indices, first - window)
    return at < len(indices) and indices[at] <= last + window


def _any_in(indices: list[int], low: int, high: int) -> bool:
    """Whether a token index in ``indices`` (sorted) lies in (low, high]."""
    at = bisect_right(indices, low)
    return at < len(indices) and indices[at] <= high


def _is_result(tokens: tuple[Token, ...], metric: Mention, changes: list[int]) -> bool:
    """A metric stated as a change: a range, near a change word, or "reduced X by N"."""
    first = _token_index(tokens, metric.span.start)
    last = _token_index(tokens, metric.span.end - 1)
    if metric.detail == "range" or _near(changes, first, last, 6):
        return True
    previous = tokens[first - 1].lower if first > 0 else ""
    return previous in ("by", "to") and bool(changes) and changes[0] < first  # changes are sorted


def _changes(words: list[str], rubric: Rubric) -> list[int]:
    """Token indices of change words that state a result, not a plan ("will cut")."""
    found = []
    for index, word in enumerate(words):
        if word in rubric.change_words:
            before = words[max(0, index - 3):index]
            comparison = words[index + 1:index + 2] == ["than"] or words[index - 1:index] == ["or"]
            if not any(w in rubric.not_yet_words for w in before) and not comparison:
                found.append(index)
    return found


def _technical_result(tokens: tuple[Token, ...], metrics: tuple[Mention, ...], technical: list[Mention],
                      action: Action, persona: Mention | None, rubric: Rubric, hits: Hits) -> bool:
    """A number that measures engineering: a technical unit, a changed technical measure,
    a count of engineering output ("closed 212 tickets"), or an engineering-led item's result.
    """
    if any(m.kind == "technical" for m in metrics):
        return True
    words = _words(tokens)
    changes = _changes(words, rubric)
    technical_at = sorted(_token_index(tokens, m.span.start) for m in technical)
    counts_at = sorted(m.first for m in hits.get("count", ()))
    for metric in metrics:
        first = _token_index(tokens, metric.span.start)
        last = _token_index(tokens, metric.span.end - 1)
        result = _is_result(tokens, metric, changes)
        if result and (_near(technical_at, first, last, 7) or (action.verb_class == "technical" and persona is None)):
            return True
        if _near(technical_at, first, last, 2):
            return True  # "with 95% test coverage", "18,000 requests per second"
        if persona is None and _any_in(counts_at, last, last + 3):
            return True
    return False


def _outcome(view: str, tokens: tuple[Token, ...], metrics: tuple[Mention, ...], persona: Mention | None,
             rubric: Rubric, hits: Hits) -> tuple[bool, list[Mention], list[Mention]]:
    """Business outcome: a result (a change, a range, a reached number) in a non-technical measure.

    A business word next to a change word counts even without a number ("cut seller churn");
    a changed number counts unless the words around it are a technical measure (p99, build
    time) or the writer's own resources (engineers, headcount).
    """
    words = _words(tokens)
    business: list[Mention] = []
    technical: list[Mention] = []
    for match in hits.get("measure", ()):
        span = Span(tokens[match.first].start, tokens[match.last].end)
        mention = Mention(match.label, span, " ".join(words[match.first:match.last + 1]))
        following = words[match.last + 1] if match.last + 1 < len(words) else ""
        if match.label == "business" and following in rubric.non_result_followers:
            continue
        (business if match.label == "business" else technical).append(mention)
    window = rubric.threshold("outcome_window", 10)
    changes = _changes(words, rubric)
    technical_at = sorted(_token_index(tokens, m.span.start) for m in technical)
    scope_at = sorted(m.first for m in hits.get("scope", ()))
    for mention in business:
        at = _token_index(tokens, mention.span.start)
        if _near(changes, at, at, window):
            return True, business, technical
    for metric in metrics:
        first = _token_index(tokens, metric.span.start)
        last = _token_index(tokens, metric.span.end - 1)
        is_result = _is_result(tokens, metric, changes)
        if not is_result or metric.kind == "technical":
            continue
        if persona is None and not business and metric.kind != "currency":
            continue  # a changed number about nobody and no business measure: "a dozen implementations"
        if _near(technical_at, first, last, 7) or _near(scope_at, first, last, 2):
            continue
        return True, business, technical
    return False, business, technical


ATTEMPT_VERBS = frozenset("try tried trying attempt attempted attempting hope hoped aim aimed plan planned".split())
CLAUSE_LEADS = frozenset(", by after before while and then".split())


def _other_deeds(tokens: tuple[Token, ...], action: Action, rubric: Rubric) -> bool:
    """Does the item do something besides its activity verb ("partnered ... to add Apple Pay")?

    Only unambiguous verb uses count: past forms ("launched"), to-infinitives ("to launch",
    but not "tried to launch"), verbs after "helped", and -ing forms that open a clause
    (", cutting ..."); so "pricing roadmap" or "before launch" are not deeds.
    """
    for index, token in enumerate(tokens):
        if action.span is not None and token.start == action.span.start:
            continue
        lemma = rubric.verb_lemma.get(token.lower)
        if lemma is None or lemma in rubric.activity_verbs:
            continue
        if rubric.verb_class.get(lemma) not in ("pm", "technical") and token.lower not in rubric.change_words:
            continue
        previous = tokens[index - 1].lower if index else ""
        before = tokens[index - 2].lower if index > 1 else ""
        word = token.lower
        if word.endswith("ing"):
            deed = previous in CLAUSE_LEADS
        elif word != lemma and not word.endswith("s"):
            deed = True
        elif previous == "to":
            deed = before not in ATTEMPT_VERBS
        else:
            deed = rubric.verb_lemma.get(previous) == "help"
        if deed:
            return True
    return False


def _effort_mentions(tokens: tuple[Token, ...], found: list[Mention], rubric: Rubric) -> list[Mention]:
    """Keep effort words that report effort: "held 40 interviews", "wrote the spec", "office hours".

    A single noun counts only when an activity verb or a number comes just before it, so "the
    gateway spec reached beta" is not effort.
    """
    kept = []
    for mention in found:
        if " " in mention.detail or "-" in mention.detail:
            kept.append(mention)
            continue
        index = _token_index(tokens, mention.span.start)
        before = tokens[max(0, index - 5):index]
        if any(rubric.verb_lemma.get(t.lower) in rubric.activity_verbs or t.text[:1].isdigit() or
               t.lower in rubric.number_words_set for t in before):
            kept.append(mention)
    return kept


HEDGE_KIND_BEFORE = frozenset("i it we was is are were it's that's i'm we're they just".split())


def _phrase_mentions(tokens: tuple[Token, ...], view: str, hits: Hits, name: str) -> list[Mention]:
    words = _words(tokens)
    found = []
    for match in hits.get(name, ()):
        if name == "hedge" and words[match.first] in ("kind", "sort") and (
                match.first == 0 or words[match.first - 1] not in HEDGE_KIND_BEFORE):
            continue  # "that kind of work", "a specific kind of stakeholder" name a kind; no hedge
        span = Span(tokens[match.first].start, tokens[match.last].end)
        found.append(Mention(name, span, view[span.start:span.end], match.phrase))
    return found


def annotate_item(item: Item, view: str, rubric: Rubric) -> Item:
    """The item with its slots, signals, mentions and principles filled in."""
    tokens = item.tokens
    hits = rubric.item_lexicon.longest_by_group(_words(tokens))
    first_sentence = item.sentences[0].tokens if item.sentences else ()
    action, own_action = find_action(tokens, first_sentence, rubric)
    own_action = own_action or bool(hits.get("own_action"))
    persona = find_persona(tokens, view, rubric, hits)
    metrics = find_metrics(view, item.span, tokens, rubric, hits)
    business_outcome, business, technical = _outcome(view, tokens, metrics, persona, rubric, hits)
    phrase = {name: _phrase_mentions(tokens, view, hits, name)
              for name in ("cliche", "inflated", "hedge", "weasel", "activity", "decision")}
    phrase["activity"] = _effort_mentions(tokens, phrase["activity"], rubric)
    activity = phrase["activity"] or action.verb in rubric.activity_verbs
    activity_only = (bool(activity) and not business_outcome and not phrase["decision"]
                     and action.verb_class != "technical" and not _other_deeds(tokens, action, rubric))
    signals = Signals(
        customer=persona is not None,
        metric=bool(metrics),
        business_outcome=business_outcome,
        own_action=own_action,
        technical_lead=action.verb_class == "technical",
        technical_metric_only=bool(metrics) and not business_outcome and _technical_result(
            tokens, metrics, technical, action, persona, rubric, hits),
        activity_only=activity_only,
        cliche=bool(phrase["cliche"] or phrase["inflated"]),
        hedge=bool(phrase["hedge"]),
    )
    mentions = tuple(sorted(
        [*business, *technical, *(m for name in phrase for m in phrase[name])],
        key=lambda mention: mention.span,
    ))
    principles = _principles(item.tokens, signals, rubric)
    return replace(item, persona=persona, metrics=metrics, action=action, signals=signals,
                   mentions=mentions, principles=principles)


def principles_of(item: Item, rubric: Rubric) -> tuple[str, ...]:
    """Principles whose cues appear in the item and whose required signals hold."""
    assert item.signals is not None
    return _principles(item.tokens, item.signals, rubric)


def _principles(tokens: tuple[Token, ...], item_signals: Signals, rubric: Rubric) -> tuple[str, ...]:
    words = _words(tokens)
    signals = item_signals.as_dict()
    found: list[str] = []
    for match in rubric.principles.iter_matches(words):
        if match.label in found:
            continue
        if all(signals.get(need, False) for need in rubric.principle_requires.get(match.label, ())):
            found.append(match.label)
    return tuple(found)


def specialty_terms(tokens: tuple[Token, ...], rubric: Rubric) -> list[tuple[str, str]]:
    """(specialty, term) for every jargon word that reveals an engineering specialty."""
    words = _words(tokens)
    return [(match.label, " ".join(words[match.first:match.last + 1]))
            for match in rubric.specialties.longest(words)]
