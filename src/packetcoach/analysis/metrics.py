"""Find the quantified magnitudes in an item: numbers, currency, ranges, amounts in words.

The hard part is what is *not* a magnitude: years, quarters, levels, versions,
ranks, dates and product names with digits (SPEC 2.3). Digits glued to letters
("Q3", "L6", "v2", "p99", "EC2") never start a number here; a bare number is
dropped when the word before it names a sequence ("Tier 1", "phase 2") or a
product ("Echo Show 8"), when it is a year, or when it sits in a date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter, itemgetter

from packetcoach.core.model import Mention, Span, Token
from packetcoach.text.numbers import find_numbers
from packetcoach.profile.compile import Rubric
from packetcoach.core.regexes import compiled

RANGE_GAP_RE = compiled(r"\s*(?:[a-z%]+\s+)?(?:to|->|→|–|—|-|down to|up to|versus|vs\.?|against)\s*$", re.IGNORECASE)
FROM_RE = compiled(r"(?:from|between)\s+$", re.IGNORECASE)
YEAR_RE = compiled(r"(?:19|20)\d\d")
ENUMERATOR_RE = compiled(r"[.)](?:\s|$)")
IDENTIFIER_BEFORE = r"(?:\b[A-Za-z][A-Za-z0-9]*-|\d\.)$"
IDENTIFIER_BEFORE_RE = compiled(IDENTIFIER_BEFORE)  # used on every block or line: compiled at import
HYPHENED_WORD = r"-[a-zA-Z]"
HYPHENED_WORD_RE = compiled(HYPHENED_WORD)  # used on every block or line: compiled at import
DASH_AFTER_RE = compiled(r"\s[-–—:]\s")
DASH_BEFORE_RE = compiled(r"\s[-–—]\s$")


def _two_things(gap: str, view: str, end: int) -> bool:
    """An arrow between two counts of different things ("VP agreed after 2 reviews -> 3 engineers
    moved": a slide's arrow from one fact to the next): the word after the first is no unit and the
    word after the second is another noun. "40 min -> 9 min", "team 4 -> 9 eng" and every range
    told with "to" ("from 12 steps to 5", "from 6 hours to 40 minutes") stay ranges."""
    first = GAP_WORD_RE.match(gap)
    if first is None or not ARROWS.intersection(gap.split()) or UNIT_WORD_RE.search(gap):
        return False
    second = NEXT_WORD_RE.match(view, end)
    if second is None:
        return False
    one, other = first.group(1).lower(), second.group(1).lower()
    return other not in RANGE_FOLLOWERS and other.rstrip("s") != one.rstrip("s")


RANGE_FOLLOWERS = frozenset("for in on at by of per a an the and or but with within across over after before "
                            "from to this that each every last next since until during so which when while "
                            "than as into among between is are was were".split())  # "from 12 steps to 5 for sellers"
GAP_WORD_RE = compiled(r"\s*([a-zA-Z]{3,})\s+")
ARROWS = frozenset(("->", "→"))
NEXT_WORD_RE = compiled(r"\s+([a-zA-Z]{2,})")


def _token_before(tokens: tuple[Token, ...], start: int) -> Token | None:
    """The last token ending at or before ``start``: a binary search, as every number asks."""
    index = bisect_right(tokens, start, key=_END) - 1
    return tokens[index] if index >= 0 else None


def _token_after(tokens: tuple[Token, ...], end: int) -> Token | None:
    """The first token starting at or after ``end``."""
    index = bisect_left(tokens, end, key=_START)
    return tokens[index] if index < len(tokens) else None


_START, _END = attrgetter("start"), attrgetter("end")


def _is_name_or_date(view: str, match: re.Match[str], tokens: tuple[Token, ...],
                     rubric: Rubric, first_word: int) -> bool:
    """A bare number that names a year, rank, version, date or product, not a magnitude."""
    text = match.group("number")
    start, end = match.start(), match.end()
    if YEAR_RE.fullmatch(text):
        return True
    if view[end:end + 1] in ("/", ":") or view[max(0, start - 1):start] in ("/", ":", "@"):
        return True  # dates, times, ratios written as names, "NDCG@10"
    if view[end:end + 1] == "-" and HYPHENED_WORD_RE.match(view[end:end + 2]):
        return True  # "3-year plan", "6-pagers"
    if view[start - 1:start] in ("-", ".") and IDENTIFIER_BEFORE_RE.search(view, max(0, start - 12), start) \
            or view[end:end + 1] == "." and view[end + 1:end + 2].isdigit():
        return True  # "KEP-4633", "RFC-2211", "0.2.0": tickets, proposals and versions
    if DASH_AFTER_RE.match(view[end:end + 3]) and start == first_word:
        return True  # "2506 - kubeadm: ...": an identifier heading the item
    if DASH_BEFORE_RE.search(view[max(0, start - 3):start]) and "." in text and not view[end:end + 1].isalnum():
        return True  # "Structured Logging - 1.23": a version closing a title
    if ENUMERATOR_RE.match(view, end) and (start == first_word or view[start - 2:start] in (". ", ".\n")):
        return True  # "1. Writes clear code ...", "... still plausible. 3.": a list's numbering
    before = _token_before(tokens, start)
    after = _token_after(tokens, end)
    if before is not None:
        if before.lower in rubric.non_metric_prefixes or before.lower in rubric.months:
            return True
        if before.text[:1].isupper() and before.start > first_word and before.text != "I" \
                and before.text.isalpha() and before.lower not in rubric.change_words:
            return True  # "Echo Show 8", "Windows 11"
    if after is not None and (after.lower in rubric.months or after.lower in rubric.non_metric_suffixes):
        return True
    # a suffix with dots is split into several tokens ("10 p.m." reads "p", ".", "m", "."): read it whole
    rest = view[end:end + MAX_SUFFIX].lstrip(" ").lower()
    if any(rest.startswith(suffix) for suffix in rubric.non_metric_suffixes if "." in suffix):
        return True
    joined = CLOCK_JOIN_RE.match(view, end)  # "between 8 and 9 a.m.", "the 7-9am window": the first hour too
    return joined is not None and _clock_suffix(view[joined.end():joined.end() + MAX_SUFFIX].lower(), rubric)


CLOCK_JOIN_RE = compiled(r" ?(?:and|to|-|–) ?\d{1,2}(?::\d\d)? ?(?=[ap])", re.IGNORECASE)


def _clock_suffix(rest: str, rubric: Rubric) -> bool:
    """``rest`` opens with a time of day's suffix ("a.m.", "pm"), not a word that starts like one
    ("among", "ample")."""
    return any(rest.startswith(suffix) and not rest[len(suffix):len(suffix) + 1].isalpha()
               for suffix in rubric.non_metric_suffixes if suffix[:1] in "ap")


MAX_SUFFIX = 8  # characters after a number where a dotted suffix ("p.m.") stands


_new = tuple.__new__  # no named-tuple __new__ call per number an item holds
_SPAN = itemgetter(1)  # Mention.span, read in C


def find_metrics(view: str, span: Span, tokens: tuple[Token, ...], rubric: Rubric,
                 hits: dict, words: list[str] | None = None) -> tuple[Mention, ...]:
    """Every magnitude in the span, with ranges ("from 71% to 89%") merged into one."""
    found: list[Mention] = []
    first_word = tokens[0].start if tokens else span.start
    for match in find_numbers(view, span.start, span.end):
        if match.group("number") and not match.group("unit"):
            if _is_name_or_date(view, match, tokens, rubric, first_word):
                continue
        kind = "currency" if match.group("currency") else "number"
        if rubric.technical_unit_re is not None and rubric.technical_unit_re.search(match.group()):
            kind = "technical"
        elif kind == "number" and (end := _multiple_end(view, match.end(), match.group(), rubric)):
            # "2.3 times as often as": a multiplier, as "three times" is; "3x the forecast" keeps its
            # unit and is typed as a number with it, marked a multiple
            found.append(_new(Mention, ("multiplier", _new(Span, (match.start(), end)), view[match.start():end], "")))
            continue
        found.append(_new(Mention, (kind, _new(Span, match.span()), match.group(), "")))
    if "multiplier" in hits or "number" in hits:
        found.extend(_word_amounts(tokens, rubric, view, hits, words))
    found.extend(_single_periods(tokens, rubric, view, words))
    if view.count("-", span.start, span.end) >= 2 and _two_durations(view, span, rubric.duration_units):
        found.extend(compared_durations(view, tokens, rubric))
    found.sort(key=_SPAN)
    if found and rubric.ratio_re is not None:
        found = _ratios(view, found, rubric.ratio_re)
    merged = _merge_ranges(view, found, rubric.interval_re, rubric.range_gap_re, rubric.range_from_re)
    if rubric.now_gap_re is not None and view.find(" now ", span.start, span.end) >= 0:
        merged = _then_and_now(view, merged, rubric)
    if rubric.from_nothing_re is not None and view.find(" from ", span.start, span.end) >= 0:
        merged = _from_nothing(view, merged, rubric)
    return tuple(merged)


def _multiple_end(view: str, end: int, text: str, rubric: Rubric) -> int:
    """Where a multiple told in digits and compared ends, or 0: after its `metrics.multiple_words`
    ("2.3 times as often as", "at 2.3 times the rate of"), or right after a number whose unit is one
    of `metrics.multiple_marks` ("3x the forecast"), when one of `metrics.multiple_comparisons`
    follows. "3 times a week" is how often, a number."""
    if text[-1:].lower() in rubric.multiple_marks:
        return end if view[end:end + 1] == " " and \
            view[end + 1:end + MULTIPLE_REACH].split(" ", 1)[0].lower() in rubric.multiple_comparisons else 0
    after = view[end:end + MULTIPLE_REACH].split()
    if len(after) < 2 or after[0].lower() not in rubric.multiple_words \
            or after[1].lower().strip(",.;") not in rubric.multiple_comparisons:
        return 0
    return view.index(after[0], end) + len(after[0])


MULTIPLE_REACH = 24  # characters: " times as often", " times higher"


RATIO_LEAD = 24  # characters a ratio's part and link take before its whole: "100,000 out of "
WHOLE_RE = compiled(r"\d[\d,]*(?:\.\d+)?")


def _ratios(view: str, mentions: list[Mention], ratio_re: re.Pattern[str] | None) -> list[Mention]:
    """A ratio told as two counts ("1 in 5 bookings", "one in 100,000", "4.6 out of 5") is one
    amount, so a before and after told in ratios ("from 1 in 5 to 1 in 12") is one change. The
    profile's `metrics.ratio_links` join the part to the whole; a whole in a unit of time ("5 in 6
    weeks") or a part no smaller than the whole is no ratio."""
    if ratio_re is None:
        return mentions
    read: list[Mention] = []
    for mention in mentions:
        lead = ratio_re.search(view, max(0, mention.span.start - RATIO_LEAD), mention.span.start) \
            if mention.kind == "number" else None
        if lead is not None and _part_of(lead.group(1), mention.text) \
                and not TRAILING_UNIT_RE.match(view, mention.span.end) and not UNIT_WORD_RE.search(mention.text):
            while read and read[-1].span.start >= lead.start():
                read.pop()  # the part, read as a number of its own
            span = Span(lead.start(), mention.span.end)
            read.append(Mention("number", span, view[span.start:span.end], detail="ratio"))
            continue
        read.append(mention)
    return read


def _part_of(part: str, whole: str) -> bool:
    """Is ``part`` smaller than ``whole`` (a whole told in words, "four prescriptions", is taken as
    larger than "one")?"""
    number = WHOLE_RE.match(whole)
    if number is None:
        return not part[:1].isdigit() or float(part) < 2
    amount = float(number.group().replace(",", ""))
    return (1.0 if not part[:1].isdigit() else float(part)) < amount


def _word_amounts(tokens: tuple[Token, ...], rubric: Rubric, view: str, hits: dict,
                  words: list[str] | None = None) -> list[Mention]:
    words = [token.lower for token in tokens] if words is None else words
    amounts: list[Mention] = []
    for match in hits.get("multiplier", ()):
        if any(w in PERIODS for w in words[match.last + 1:match.last + 4]) and not against_baseline(words, match.last, rubric) \
                and not words[match.last].endswith(("ed", "ing")):
            continue  # "the first half of next year", "three times a month": a period, how often (not "tripled in a month")
        span = Span(tokens[match.first].start, tokens[match.last].end)
        amounts.append(Mention("multiplier", span, view[span.start:span.end]))
    for match in hits.get("number", ()):
        following = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
        if following is None or not following.text[:1].isalpha() or following.lower in rubric.non_metric_suffixes:
            continue  # "zero trust": a name
        if following.lower in ("of", "or", "and") and words[match.first] in BIG_NUMBERS:
            continue
        if words[match.last + 1:match.last + 4] == ["and", "a", "half"]:
            continue  # "two and a half times": the multiplier says it
        if _named_period(words, match.first, rubric):
            continue  # "in week three of the season": which week, not three of anything
        span = Span(tokens[match.first].start, following.end)
        amounts.append(Mention("number", span, view[span.start:span.end]))
    return amounts


def _named_period(words: list[str], first: int, rubric: Rubric) -> bool:
    """A number word that names a step, as digits after the same words do ("in week three of the expo
    season", "kill it in week four instead of week ten", "from round two"; profile list
    ``metrics.non_metric_prefixes``): the word before it opens a phrase of time or place. "The same
    week three customers asked" counts the customers."""
    return first > 1 and words[first - 1] in rubric.non_metric_prefixes and words[first - 2] in NAME_LEADS


NAME_LEADS = frozenset("in on from by until till after before since at during through into".split())
SINGLE = frozenset(("a", "an", "one"))
NOT_STRETCH = frozenset(("of", "ago", "earlier", "later", "before", "when", "where", "in", "or", "and"))


def _single_periods(tokens: tuple[Token, ...], rubric: Rubric, view: str, words: list[str] | None) -> list[Mention]:
    """A single unit of time told as a stretch spent, lost or taken ("slipped a month", "cost us a
    quarter", "for a year", "within a day"; profile lists ``metrics.period_frames`` and
    ``metrics.duration_units``): a magnitude, as "two weeks" is. Not "a year of coaching", "a week
    ago", "a month when fares were cut", nor a rate ("300 a month": no frame before it)."""
    words = [token.lower for token in tokens] if words is None else words
    units = rubric.duration_units
    if units.isdisjoint(words):
        return []  # most items
    found = []
    # the word before each unit word ("a" of "a month"), the unit words found in one comprehension
    for at in [end - 1 for end, word in enumerate(words) if word in units and end >= 2]:
        if words[at] not in SINGLE or words[at - 1] not in rubric.period_frames:
            continue
        if words[at + 2:at + 3] and (words[at + 2] in NOT_STRETCH or words[at + 1] == "second" and words[at + 2].isalpha()):
            continue  # "a week ago", and "a second invoice": an ordinal, no time
        span = Span(tokens[at].start, tokens[at + 1].end)
        found.append(Mention("number", span, view[span.start:span.end], PERIOD))
    return found


PERIOD = "period"  # a mention's detail: a single unit of time spent or lost, never a measure that moved


def _duration(token: Token, rubric: Rubric) -> bool:
    """"nine-day", "14-day", "3-week": an amount of time written as one hyphenated word."""
    amount, dash, unit = token.lower.rpartition("-")
    return bool(dash) and unit in rubric.duration_units and (amount.isdigit() or amount in rubric.number_words_set)


@lru_cache(maxsize=8)
def _duration_re(units: frozenset[str]) -> re.Pattern[str]:
    return compiled(r"\w-(?:%s)s?\b" % "|".join(sorted(map(re.escape, units))) if units else r"(?!)",
                      re.IGNORECASE)


def _two_durations(view: str, span: Span, units: frozenset[str]) -> bool:
    """Whether the span holds two hyphenated durations ("nine-day", "4-week"): most items have none."""
    pattern = _duration_re(units)
    first = pattern.search(view, span.start, span.end)
    return first is not None and pattern.search(view, first.end(), span.end) is not None


def compared_durations(view: str, tokens: tuple[Token, ...], rubric: Rubric) -> list[Mention]:
    """Hyphenated durations that measure a change: "from a nine-day scramble into a four-day
    close", "a 3-day turnaround instead of a 14-day one". One such word alone names a thing ("a
    3-year plan", "our 2-week sprints"), so it counts only beside a second one it is compared with:
    the first after "from" and the second after "to" or "into", or the second after a comparison."""
    at = [index for index, token in enumerate(tokens) if "-" in token.text and _duration(token, rubric)]
    found: list[Mention] = []
    for first, second in zip(at, at[1:]):
        if second - first > DURATION_GAP or any(not t.text[:1].isalnum() and t.text != "," for t in tokens[first:second]):
            continue
        lead = [t.lower for t in tokens[max(0, first - 3):first]]
        links = [t.lower for t in tokens[max(first + 1, second - 3):second]]
        start = first
        if "from" in lead and LINKS_TO.intersection(links):
            start = max(0, first - 3) + lead.index("from")
        elif not any(tuple(links[i:i + 2]) in COMPARISONS or links[i] in COMPARISONS for i in range(len(links))):
            continue
        span = Span(tokens[start].start, tokens[second].end)
        found.append(Mention("number", span, view[span.start:span.end], detail="range"))
    return found


DURATION_GAP = 8  # words from the first duration to the one it is compared with
LINKS_TO = frozenset(("to", "into"))
COMPARISONS = frozenset((("instead", "of"), ("rather", "than"), ("down", "from"), ("up", "from"),
                         ("compared", "with"), ("compared", "to"), "versus", "vs", "vs."))


PERIODS = frozenset("year years quarter month week season term semester decade day".split())
BIG_NUMBERS = frozenset(("hundred", "thousand", "million"))


def against_baseline(words: list[str], last: int, rubric: Rubric) -> bool:
    """A multiple of a baseline: "2.5 times a normal month", "three times last year's", "4x the
    forecast"; but "three times a week" is how often, and "2.4x the addressable spend" compares
    options, not a before and an after. ``last`` is the amount's last word."""
    if words[last:last + 1] != ["times"]:  # "three times" is one amount; "2.5 times" a number and a word
        if words[last + 1:last + 2] not in (["times"], ["x"]):
            return False
        last += 1
    lead, then = words[last + 1:last + 2], words[last + 2:last + 3]
    if lead == ["last"]:
        return True
    return lead in (["a"], ["an"], ["the"], ["our"], ["their"], ["its"]) and bool(then) and then[0] in rubric.baselines


TIME_UNIT_WORDS = r"(?:milliseconds?|ms|s|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?)"
UNIT_WORD_RE = compiled(rf"\b{TIME_UNIT_WORDS}\b", re.IGNORECASE)
def _interval(view: str, start: int, gap: str, interval_re: re.Pattern[str] | None) -> bool:
    """Two numbers told as an interval ("95% CI 4.8% to 7.6%", "95% CI -2% to 24%"): the result's
    uncertainty, not a measure that moved from the one to the other."""
    if interval_re is None:
        return False
    return interval_re.search(gap) is not None or interval_re.search(view, max(0, start - 40), start) is not None


TRAILING_UNIT = rf"(?i)[ \t]+{TIME_UNIT_WORDS}\b"
TRAILING_UNIT_RE = compiled(TRAILING_UNIT)  # used on every block or line: compiled at import


RANGE_GAP = 20  # characters between a before and its after: "from 12 steps to 5"
FROM_REACH = 24  # characters before a before where its "from" may stand: "from approximately 900"
QUALIFIED_GAP = 44  # ... when the before is told with "from" and qualified: "from 12% of boardings in April to 47%"


def _qualified(view: str, before: Span, gap: str, range_gap_re: re.Pattern[str] | None,
               from_re: re.Pattern[str] = FROM_RE) -> bool:
    """A before told with "from" and a short run of words between it and "to" ("from 310 a month to
    40", "from 9.4% of orders to 6.1%"): a rate, a share or a time the profile's
    `metrics.range_qualifiers` lead, read as one change with its baseline."""
    return range_gap_re is not None and range_gap_re.fullmatch(gap) is not None \
        and from_re.search(view, max(0, before.start - FROM_REACH), before.start) is not None


def _merge_ranges(view: str, mentions: list[Mention], interval_re: re.Pattern[str] | None,
                  range_gap_re: re.Pattern[str] | None = None, from_re: re.Pattern[str] = FROM_RE) -> list[Mention]:
    merged: list[Mention] = []
    for mention in mentions:
        if merged and merged[-1].span.end <= mention.span.start <= merged[-1].span.end + QUALIFIED_GAP:
            gap = view[merged[-1].span.end:mention.span.start]
            if (RANGE_GAP_RE.fullmatch(gap) and len(gap) <= RANGE_GAP or _qualified(view, merged[-1].span, gap, range_gap_re, from_re)) \
                    and not _two_things(gap, view, mention.span.end) \
                    and not _interval(view, merged[-1].span.start, gap, interval_re):
                previous = merged.pop()
                start = previous.span.start
                lead = from_re.search(view[max(0, start - FROM_REACH):start])
                if lead:
                    start -= len(lead.group())
                unit = TRAILING_UNIT_RE.match(view, mention.span.end) if UNIT_WORD_RE.search(gap) else None
                span = Span(start, unit.end() if unit else mention.span.end)  # "from 6 hours to 40 minutes"
                kind = "technical" if "technical" in (previous.kind, mention.kind) else "range"
                merged.append(Mention(kind if kind == "technical" else "range", span,
                                      view[span.start:span.end], detail="range"))
                continue
        if merged and mention.span.start < merged[-1].span.end:
            continue  # overlapping word amount inside a number match
        merged.append(mention)
    return merged


THEN_REACH = 40  # characters before a then where its verb may stand: "took restaurant owners "


def _then_and_now(view: str, mentions: list[Mention], rubric: Rubric) -> list[Mention]:
    """A time told as then and now ("approvals that took homeowners six weeks now take four days",
    "used to take 6 days and now takes 3"): the profile's `metrics.then_verbs` a few words before the
    first number and one of its `metrics.now_links` the whole gap to the second; the pair is one
    change, as "from six weeks to four days" is. "Took the train, now takes the bus" counts nothing."""
    read: list[Mention] = []
    for mention in mentions:
        if read and read[-1].detail != "range" and mention.span.start > read[-1].span.end \
                and rubric.now_gap_re.fullmatch(view, read[-1].span.end, mention.span.start) \
                and rubric.then_re.search(view, max(0, read[-1].span.start - THEN_REACH), read[-1].span.start):
            span = Span(read.pop().span.start, mention.span.end)
            read.append(Mention("range", span, view[span.start:span.end], detail="range"))
            continue
        read.append(mention)
    return read


def _from_nothing(view: str, mentions: list[Mention], rubric: Rubric) -> list[Mention]:
    """A count whose clause ends on a baseline of nothing ("140 schools booked in the first term, up
    from zero"; the profile's `metrics.from_nothing`): the count is a change from nothing, and a
    word amount inside the phrase ("zero online bookings") is its before, no count of its own. A
    count of the writer's own people (`metrics.scope_counts`, "12 engineers, up from zero") is scope.
    The count keeps its kind and its words: the verdict quotes a pair told whole before it."""
    read: list[Mention] = []
    until = -1
    for index, mention in enumerate(mentions):
        if mention.span.start < until:
            continue  # "zero online": the baseline, read with its count
        following = mentions[index + 1].span.start if index + 1 < len(mentions) else len(view)
        cue = _nothing_cue(view, mention, rubric, following)
        if cue:
            read.append(Mention(mention.kind, mention.span, mention.text, detail="range"))
            until = cue
            continue
        read.append(mention)
    return read


def _nothing_cue(view: str, mention: Mention, rubric: Rubric, following: int) -> int:
    """Where the baseline of nothing after ``mention`` ends, or 0: in its clause, with no other
    amount before the phrase's last word, after a count that is not of the writer's people."""
    if mention.detail == "range" or rubric.from_nothing_re is None:
        return 0
    cue = rubric.from_nothing_re.match(view, mention.span.end)
    if cue is None or following < cue.end() - len(cue.group().split()[-1]):
        return 0
    word = NEXT_WORD_RE.match(view, mention.span.end)
    return cue.end() if word is not None and word.group(1).lower() not in rubric.scope_counts else 0


def from_nothing(view: str, mention: Mention, rubric: Rubric) -> bool:
    """Whether a count is read as a change only by its baseline of nothing ("62% of new policies,
    up from none"): the verdict quotes a before and after told whole ahead of it."""
    return mention.detail == "range" and _nothing_cue(view, mention._replace(detail=""), rubric, len(view)) > 0
