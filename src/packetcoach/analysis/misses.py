"""A measure told as a miss: "the cost per order was $14 against a target of $6", "sign-ups fell
short of the goal", "reached only 300 sign-ups against a target of 2,000".

A result that missed its target is no win, so the coach never quotes it as the writer's proof: not
as a sentence for the room (coach/sentences.py), not as a receipt on the manager's page
(calibrate/case.py). A level held against a target is a miss only when it is on the wrong side of
it, in the same kind of amount ("41% against a goal of 30%" is a win; "1 day against a target of
3 days" after "fell" is a win; "$14 against a target of $6" for a cost is a miss). The words are the
profile's (`measures.missed_targets`, `measures.targets`, `measures.lower_better`).
"""

from __future__ import annotations

import re

from packetcoach.analysis.measures import FINDING
from packetcoach.core.model import Item, Sentence
from packetcoach.core.regexes import compiled
from packetcoach.profile.compile import Rubric, derived
from packetcoach.profile.lexicon import PhraseMatcher, tokenize

AMOUNT = r"(?P<cur{n}>[$€£])?\s?(?P<num{n}>\d[\d,]*(?:\.\d+)?)\s?(?P<unit{n}>%|[kKmMbB]\b|million\b|billion\b)?"
AGAINST_RE = compiled(AMOUNT.format(n=1) + r"(?P<between>[^.;:\d]{0,60}?)\bagainst\s+(?:a|an|the|our|its|their)\s+"
                      r"(?P<target>[a-z]+)\s+of\s+" + AMOUNT.format(n=2), re.IGNORECASE)
SCALE = {"k": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9}
CLAUSE_START_RE = compiled(r"[.;:]|,\s+(?:and|but|so)\b|\b(?:but|while|although)\b", re.IGNORECASE)
BREAKS = frozenset(".;:")
# Before a miss in its clause: a finding, a reason, a condition, a start or someone else's call
# ("found that ... lost money", "which had lost money", "from losing money ... to $28M", "added
# against my recommendation still lose money"): the miss explains a decision, it is not the result.
REASON_WORDS = FINDING | frozenset("because which that if would could will from against".split())


def tells_a_miss(text: str, rubric: Rubric) -> bool:
    """The sentence tells a measure that missed its target, outright or by its side of one."""
    words = _words(text)  # numbers stay words: "under the 70% target" is no "under the target"
    if any(m.label == MISSED and not _told_as_reason(words, m.first) for m in _phrases(rubric).iter_matches(words)):
        return True
    for match in AGAINST_RE.finditer(text):
        if match.group("target").lower() in rubric.targets and _wrong_side(text, match, rubric):
            return True
    return False


def _told_as_reason(words: list[str], at: int) -> bool:
    for back in range(at - 1, -1, -1):
        if words[back] in BREAKS:
            return False
        if words[back] in REASON_WORDS:
            return True
    return False


def sentence_tells_a_miss(item: Item, sentence: Sentence, rubric: Rubric) -> bool:
    """A miss, or a test result the draft says was not significant: in the sentence, or in the next
    one before any number of its own, so of this one's result ("... raised paid conversion by 11%
    (95% CI -2% to 24%). The result was not significant, so I extended the test two weeks")."""
    text = item.source[sentence.span.start:sentence.span.end]
    if tells_a_miss(text, rubric) or _not_significant(text, rubric):
        return True
    at = item.sentences.index(sentence)
    if at + 1 == len(item.sentences):
        return False
    following = item.sentences[at + 1].span
    first_number = min((m.span.start for m in item.metrics if following.start <= m.span.start < following.end),
                       default=following.end)
    return _not_significant(item.source[following.start:first_number], rubric)


def _not_significant(text: str, rubric: Rubric) -> bool:
    """The writer says a test's result was not significant: no proof, whatever the number."""
    return any(m.label == NOT_SIGNIFICANT for m in _phrases(rubric).iter_matches(_words(text)))


MISSED, NOT_SIGNIFICANT = "missed", "not_significant"


def _phrases(rubric: Rubric) -> PhraseMatcher:
    """The profile's words for a miss and for a result that proves nothing, in one matcher."""
    return derived(rubric, "misses.phrases", _build_phrases)


def _build_phrases(rubric: Rubric) -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add(MISSED, rubric.missed_targets)
    matcher.add(NOT_SIGNIFICANT, rubric.not_significant)
    return matcher


def _words(text: str) -> list[str]:
    return [token.lower for token in tokenize(text)]


def item_tells_a_miss(item: Item, rubric: Rubric) -> bool:
    """Any sentence of the item tells a miss: quoted whole, it would offer the miss as proof."""
    return any(sentence_tells_a_miss(item, sentence, rubric) for sentence in item.sentences)


def _wrong_side(text: str, match: re.Match[str], rubric: Rubric) -> bool:
    """The level (before "against") and the target (after it), in one kind of amount, with the
    level where the measure is worse: below it, or above it where lower is better."""
    if (match.group("cur1") is None) != (match.group("cur2") is None) \
            or (match.group("unit1") == "%") != (match.group("unit2") == "%"):
        return False  # "at $5.99 against a target of 400,000 sign-ups": two different things
    level, target = _value(match, 1), _value(match, 2)
    if level == target:
        return False
    clause = text[_clause_start(text, match.start()):match.start("target")]
    lower = not rubric.lower_better.isdisjoint(_words(clause))
    return (level > target) == lower


def _value(match: re.Match[str], n: int) -> float:
    unit = (match.group(f"unit{n}") or "").lower()
    return float(match.group(f"num{n}").replace(",", "")) * SCALE.get(unit, 1.0)


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds the level opens: "Customers liked it: ... But the cost per order
    was $14": the cost, not the liking, is what the level measures."""
    return max((m.end() for m in CLAUSE_START_RE.finditer(text, 0, at)), default=0)
