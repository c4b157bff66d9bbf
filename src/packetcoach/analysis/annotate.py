"""Fill each item's slots (persona, metrics, action) and compute its signals.

Everything is decided on tokens of the markup-free view of the item's block, with the
profile's lexicons, in one pass of the profile's item lexicon over the item's words. The verb
and who acts come from text/verbs.py, read once per sentence when the item was split.
"""

from __future__ import annotations

import re

from packetcoach.analysis.metrics import find_metrics
from packetcoach.core.model import Action, Item, Mention, Signals, Span, Token, rebased
from packetcoach.profile.compile import PRINCIPLE_GROUP, Rubric
from packetcoach.profile.lexicon import Match
from packetcoach.text.verbs import find_action
from packetcoach.analysis.facts import item_facts

Hits = dict[str, list[Match]]  # the item's lexicon matches by group, from one pass

DURATION_RE = re.compile(r"\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?)\b", re.IGNORECASE)


def _words(tokens: tuple[Token, ...]) -> list[str]:
    return [token.lower for token in tokens]


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


def _token_index(tokens: tuple[Token, ...], offset: int) -> int:
    for index, token in enumerate(tokens):
        if token.end > offset:
            return index
    return len(tokens) - 1


def _near(indices: list[int], first: int, last: int, window: int) -> bool:
    return any(first - window <= at <= last + window for at in indices)


def _is_result(tokens: tuple[Token, ...], metric: Mention, changes: list[int]) -> bool:
    """A metric stated as a change: a range, near a change word, or "reduced X by N"."""
    first = _token_index(tokens, metric.span.start)
    last = _token_index(tokens, metric.span.end - 1)
    if metric.detail == "range" or _near(changes, first, last, 6):
        return True
    previous = tokens[first - 1].lower if first > 0 else ""
    return previous in ("by", "to") and any(at < first for at in changes)


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
    technical_at = [_token_index(tokens, m.span.start) for m in technical]
    counts_at = [m.first for m in hits.get("count", ())]
    for metric in metrics:
        first = _token_index(tokens, metric.span.start)
        last = _token_index(tokens, metric.span.end - 1)
        result = _is_result(tokens, metric, changes)
        if result and (_near(technical_at, first, last, 7) or (action.verb_class == "technical" and persona is None)):
            return True
        if _near(technical_at, first, last, 2):
            return True  # "with 95% test coverage", "18,000 requests per second"
        if any(last < at <= last + 3 for at in counts_at) and persona is None:
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
    technical_at = [_token_index(tokens, m.span.start) for m in technical]
    scope_at = [m.first for m in hits.get("scope", ())]
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


CODE_ONLY = frozenset(("own_action", "engineering_past", "chronology_markers", "stopped"))  # read elsewhere
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


def annotate_item(item: Item, rubric: Rubric) -> Item:
    """The item with its slots, signals, mentions and principles filled in."""
    tokens = item.tokens
    view = item.view
    hits = item_hits(item)
    phrases = rubric.phrases
    first = item.sentences[0] if item.sentences else None
    action, own_action = find_action(tokens, first.tokens if first else (), first.clause if first else None, rubric)
    own_action = own_action or bool(hits.get("own_action"))
    persona = find_persona(tokens, view, rubric, hits)
    metrics = find_metrics(view, item.span, tokens, rubric, hits)
    business_outcome, business, technical = _outcome(view, tokens, metrics, persona, rubric, hits)
    phrase = {name: _phrase_mentions(tokens, view, hits, name) for name in hits if name in phrases
              and name not in CODE_ONLY}
    phrase["activity"] = _effort_mentions(tokens, phrase.get("activity", []), rubric)
    activity = phrase["activity"] or action.verb in rubric.activity_verbs
    activity_only = (bool(activity) and not business_outcome and not phrase.get("decision")
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
        cliche=bool(phrase.get("cliche") or phrase.get("inflated")),
        hedge=bool(phrase.get("hedge")),
    )
    mentions = tuple(sorted(
        [*business, *technical, *(m for name in phrase for m in phrase[name])],
        key=lambda mention: mention.span,
    ))
    principles = _principles(hits, signals, rubric)
    annotated = rebased(item, persona=persona, metrics=metrics, action=action, signals=signals,
                        mentions=mentions, principles=principles)
    return rebased(annotated, facts=item_facts(annotated, hits, rubric))


def item_hits(item: Item) -> Hits:
    """The item's lexicon matches: its sentences' own (read once), token indices made item-wide."""
    if len(item.sentences) == 1:
        return item.sentences[0].hits
    merged: Hits = {}
    offset = 0
    for sentence in item.sentences:
        for group, matches in sentence.hits.items():
            moved = [Match(m.first + offset, m.last + offset, m.label, m.phrase) for m in matches] if offset else matches
            merged[group] = merged.get(group, []) + moved
        offset += len(sentence.tokens)
    return merged


def _principles(hits: Hits, item_signals: Signals, rubric: Rubric) -> tuple[str, ...]:
    """Principles whose cues the item has and whose required signals hold, in order of first cue."""
    cued = sorted((matches[0].first, group[len(PRINCIPLE_GROUP):]) for group, matches in hits.items()
                  if group.startswith(PRINCIPLE_GROUP))
    if not cued:
        return ()
    signals = item_signals.as_dict()
    return tuple(name for _, name in cued
                 if all(signals.get(need, False) for need in rubric.principle_requires.get(name, ())))
