"""What the packet reading needs from each item and each passage, computed once where it is local.

The room's reading of the whole packet (analysis/packet.py) combines these facts; it never walks
tokens itself. Because an item's facts and a passage's facts depend on nothing outside them, an
unchanged block keeps them across edits, and re-reading a packet after a one-word change costs a
pass over a few hundred small records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from packetcoach.core.casefree import CaseFree
from packetcoach.analysis.kinds import heading_match
from packetcoach.analysis.measures import DECISION_OBJECTS as MEASURE_DECISIONS
from packetcoach.core.model import Item, ItemFacts, Passage, Span
from packetcoach.profile.compile import CONTEXT_MARK, LADDER_GROUP, Rubric
from packetcoach.profile.lexicon import Match, fold_text

NOT_INITIATIVE_FOLLOWERS = frozenset("on as at in with working my".split())  # "started my new role"
NOT_STOP_FOLLOWERS = frozenset("on as at in with working".split())  # but "stopped my team's copy of it"
PERSUADE_VERBS = frozenset("convince persuade push get lead drive help recommend".split())
PROBLEM_RE = CaseFree(r"\b(?:because|problem|pain|complain\w*|struggl\w*|losing|lost|churn\w*|"
                      r"cost\w*|fail\w*|broken|slow|manual|waste\w*|risk|gap|backlog|delay\w*)\b",
                      needs=("because", "problem", "pain", "complain", "struggl", "losing", "lost", "churn",
                             "cost", "fail", "broken", "slow", "manual", "waste", "risk", "gap", "backlog",
                             "delay"))
MECHANISM_RE = CaseFree(r"\b(?:by|through|via|using|with a|instead of|rather than|so that)\b",
                        needs=("by", "through", "via", "using", "with a", "instead of", "rather than", "so that"))
TIME_LEAD_RE = CaseFree(
    r"\s*(?:in\s+|during\s+|by\s+|early\s+|late\s+|mid-?)?(?:q[1-4]\b|h[12]\b|(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
    r"sep|sept|oct|nov|dec)\b|(?:19|20)\d\d\b|(?:first|second|third|fourth|last)\s+(?:quarter|half|"
    r"month)|(?:the\s+)?(?:first|next|following)\s+(?:few\s+)?(?:weeks|months)|then\b|next\b|"
    r"after\s+that|afterwards|later\b|finally\b|month\s+\d|week\s+\d|(?:at\s+)?the\s+(?:start|"
    r"beginning|end)\s+of\s+the\s+year|when\s+i\s+(?:joined|started|arrived|took\s+over|moved))")
TIME_ANY_RE = re.compile(
    r"\b(?:q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:first|second|third|fourth|last)\s+(?:quarter|half)|(?:19|20)\d\d)\b",
    re.IGNORECASE)
LEVEL_RE = re.compile(r"\bL[4-8]\b|\bnext level\b", re.IGNORECASE)
LEVEL_HINT_RE = re.compile(r"l[4-8]|next level")
"""What every LEVEL_RE match holds, in lower case: a block without it has no level sentence to look for."""
LEVEL_CLAIM_RE = re.compile(
    r"\b(?:operat\w*|perform\w*|work\w*|ready|case|promot\w*|already|forward)\b[^.]{0,60}\b(?:L[4-8]|"
    r"senior|principal|next level)\b|\b(?:L[4-8])\b[^.]{0,40}\b(?:bar|level|scope|ready)\b",
    re.IGNORECASE)
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9&]{1,5}s?\b")
DEFINED_RE = re.compile(r"\(([A-Z][A-Z0-9&]{1,5})s?\)")
BOLD_RE = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")


def impact(item: Item) -> float:
    """How strong an item is as evidence: readiness first, then the size of its proof."""
    s = item.signals
    if s is None:
        return 0.0
    score = 4.0 * item.ready + 2.0 * s.business_outcome + s.customer + s.metric + s.own_action
    score += 0.5 * any(m.detail == "range" for m in item.metrics)
    score += 0.5 * any(m.kind == "currency" for m in item.metrics)
    score -= 1.5 * s.activity_only + 1.0 * s.technical_metric_only + 0.5 * s.technical_lead
    return score


def outcome_impact(item: Item) -> float:
    """How strong an item is as a customer outcome, whoever acted (the lead test)."""
    s = item.signals
    if s is None or not s.business_outcome:
        return 0.0
    return 2.0 + s.customer + s.metric + 0.5 * any(m.detail == "range" for m in item.metrics) + \
        0.5 * any(m.kind == "currency" for m in item.metrics)


def _decided(tokens, to: int, frames: frozenset[tuple[str, ...]]) -> bool:
    """Does a decision frame end right before this "to" ("made the call to wind down", "decided to
    retire")?"""
    return any(tuple(t.lower for t in tokens[max(0, to - len(f)):to]) == f for f in frames)


def _writer_uses(item: Item, forms: frozenset[str], routine: frozenset[str] = frozenset(),
                 frames: frozenset[tuple[str, ...]] = frozenset(),
                 not_followed_by: frozenset[str] = NOT_STOP_FOLLOWERS) -> bool:
    """Did the writer (not someone else, not an adjective) do one of these verbs?

    The item's main verb when the writer acts, a verb right after "I" (or "I then"), or a verb
    coordinated with the main verb ("Proposed and launched"), but not "the proposed fee",
    "engineering had proposed" or "I started on the team". A verb after the writer's decision
    ("made the call to wind down") or after ", and" later in the sentence is the writer's too.
    """
    if forms.isdisjoint(item.words):
        return False
    tokens = item.tokens
    writer = item.action.subject == "i"
    for index, token in enumerate(tokens):
        if token.lower not in forms:
            continue
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if following in not_followed_by or (following.endswith("ing") and token.lower.startswith("start")):
            continue  # "started on the team", "started delegating": not a project
        if following == "the" and index + 2 < len(tokens) and tokens[index + 2].lower in routine:
            continue  # "started the annual fee review": a routine begun again ("a weekly clinic" is new)
        previous = [t.lower for t in tokens[max(0, index - 2):index]]
        is_main = item.action.span is not None and token.start == item.action.span.start and writer
        after_i = "i" in previous and tokens[index - 1].text != "the"
        coordinated = previous[-1:] == ["and"] and writer and (index <= 4 or previous[0] == ",")
        persuaded = writer and previous[-1:] in (["to"], ["we"]) and item.action.verb in PERSUADE_VERBS
        persuaded = persuaded or (writer and previous[-1:] == ["to"] and _decided(tokens, index - 1, frames))
        clause = writer and token.lower.endswith("ing") and previous[-1:] in (["after"], ["by"])
        if is_main or after_i or coordinated or persuaded or clause:
            return True
    return False


def item_facts(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> ItemFacts:
    """The item's contributions to the packet reading (initiated, stopped, level cues, story parts)."""
    s = item.signals
    assert s is not None
    initiated = _writer_uses(item, rubric.initiated_forms, rubric.routine_words,
                             not_followed_by=NOT_INITIATIVE_FOLLOWERS)
    stopped = _writer_uses(item, rubric.stopped_forms, frames=rubric.decision_frames) or (s.own_action and _writers_phrase(item, hits.get("stopped", ()))) \
        or _cuts_a_thing(item, rubric) or _stops_later(item, rubric) or _chose_over(item, hits)
    # a stop is a call the writer made: not a plan, a framing sentence or a reflection on one
    stopped = stopped and item.kind in STOP_KINDS and not _stops_only_harms(item, hits, rubric)
    under = _judgment_heading(item, rubric) if s.own_action and item.kind in ("claim", "lesson") else None
    ladder = _ladder(item, hits, rubric, scope_only=item.kind == "scope") \
        if _shows_level(item, _moves_leaders(hits, rubric)) else ()
    parts: tuple[tuple[str, bool], ...] = ()
    if s.business_outcome or s.metric:  # the story's parts matter only for an outcome
        view, span, lowered = item.view, item.span, item.lowered
        parts = (("business_problem", bool(PROBLEM_RE.search(view, lowered, span.start, span.end))),
                 ("decision", s.own_action and item.action.verb_class == "pm"),
                 ("mechanism", bool(MECHANISM_RE.search(view, lowered, span.start, span.end))),
                 ("result", s.business_outcome and s.metric))
    specialty = specialty_terms(hits.get("specialty", ()), item.words)
    writer_works = s.own_action and item.action.verb_class != "pm"  # "convinced the director to staff on-call" is not
    work = tuple(m.phrase for m in hits.get("engineering_work", ())) if writer_works else ()
    jargon = len(specialty) + len(hits.get("jargon", ())) + sum(1 for m in hits.get("measure", ()) if m.label == "technical")
    return ItemFacts(initiated=initiated, stopped=stopped, ladder=ladder, specialty=specialty,
                     parts=parts, impact=impact(item), outcome_impact=outcome_impact(item),
                     engineering_work=work, jargon=jargon, judgment_heading=under)


def _judgment_heading(item: Item, rubric: Rubric) -> str | None:
    """"What I started", "What I chose not to build": the writer's own heading says it."""
    if not item.section or rubric.judgment_headings is None:
        return None
    return heading_match(rubric.judgment_headings, item.section)[1]


CUTTING = frozenset(("cut", "cutting", "dropped", "dropping", "removed", "pulled", "scrapped"))
THINGS_CUT = frozenset(("it", "them", "the", "this", "that", "its", "our", "a"))


def _cuts_a_thing(item: Item, rubric: Rubric) -> bool:
    """"I cut them because only 9 groups used reports", "by cutting the custom-report feature": the
    writer cutting a thing (not a number: "cut churn 12%" is a result, not a stop)."""
    if item.action.subject != "i" or CUTTING.isdisjoint(item.words):
        return False
    words = item.words
    for index, word in enumerate(words[:-1]):
        if word not in CUTTING:
            continue
        following = words[index + 1]
        if following in ("it", "them"):
            return True
        if following in THINGS_CUT and any(w in DECISION_OBJECTS for w in words[index + 2:index + 5]):
            return True
    return False


def _stops_later(item: Item, rubric: Rubric) -> bool:
    """"I pitched X ... and stopped the test after four weeks": a stop verb coordinated with the
    writer's own verb later in the sentence, with a thing as its object (not "and churn dropped 9%")."""
    if item.action.subject != "i" or rubric.stopped_forms.isdisjoint(item.words):
        return False
    words = item.words
    for index in range(1, len(words) - 1):
        if words[index] in rubric.stopped_forms and words[index - 1] == "and" and words[index + 1] in THINGS_CUT:
            return True
    return False


STOP_KINDS = frozenset(("claim", "objection"))


WRITER_LEADS = frozenset(("i", "we", "and", "to", "then", "so", "i've", "we've"))


def _writers_phrase(item: Item, matches) -> bool:
    """A stop phrase the writer said of their own call: it opens the item, follows "I", "we", "and"
    or "to" ("decided to kill"), or comes after the writer's own main verb; not "Leadership killed
    the kiosk project before I joined"."""
    words, action = item.words, item.action
    for match in matches:
        if match.first == 0 or words[match.first - 1] in WRITER_LEADS:
            return True
        if action.subject == "i" and action.span is not None and action.span.start <= item.tokens[match.first].start:
            return True
    return False


def _stops_only_harms(item: Item, hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """Every stop word of the item has a harm for its object ("stopped the fraud ring", "cut the
    outages"): the writer ended a problem, not a project (SPEC 2.11 asks for the latter)."""
    harms = [m.first for m in hits.get("harms", ())]
    if not harms:
        return False
    stops = [i for i, word in enumerate(item.words) if word in rubric.stopped_forms or word in CUTTING]
    return bool(stops) and all(any(0 < h - i <= 3 for h in harms) for i in stops)


def _chose_over(item: Item, hits: dict[str, list[Match]]) -> bool:
    """"I chose a single tracker page over the event platform engineering had proposed": the writer
    chose, and an option passed over is named after the choice."""
    chose, over = hits.get("choosing", ()), hits.get("passed_over", ())
    return item.action.subject == "i" and any(o.first > c.last for c in chose for o in over)


DECISION_OBJECTS = MEASURE_DECISIONS | frozenset("plan report reports step steps field fields bet scope".split())
LEVEL_KINDS = frozenset(("claim", "scope", "objection", "lesson"))
TEAM_COUNT_RE = re.compile(r"\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|"
                           r"dozens of)\s+(?:[\w-]+\s+){0,2}?(?:teams|squads|pods|product groups)\b", re.I)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "dozens of": 24}
TEAM_WORDS = frozenset(("teams", "squads", "pods", "groups"))
MILLIONS_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(m|mm|million|bn|b|billion)\b", re.I)


def _moves_leaders(hits: dict[str, list[Match]], rubric: Rubric) -> bool:
    """The item names leaders who took up the work: an influence cue of any level and a word of
    adoption or persuasion ("the SVP made it the organisation's plan"; not "sent the SVP a report")."""
    taken_up = bool(hits.get("adoption") or hits.get("persuasion"))
    return taken_up and any(m.label == "influence" for level in rubric.levels
                            for m in hits.get(LADDER_GROUP + level, ()))


def _shows_level(item: Item, moves_leaders: bool = False) -> bool:
    """What can show a level: the writer's own decision or result (not effort, not engineering
    work), the writer's work taken up by leaders ("I wrote the strategy, and the SVP made it the
    plan"), a scope statement, an answered objection that restates a result; never a plan, a
    lesson or a framing sentence."""
    s = item.signals
    if s is None or item.kind not in LEVEL_KINDS or item.kind == "lesson":
        return False
    if item.kind == "scope":
        return True
    if item.kind == "objection":
        return s.business_outcome
    engineering = s.technical_lead or s.technical_metric_only or bool(item.facts and item.facts.engineering_work)
    if s.own_action and moves_leaders and not engineering:
        return True
    decided = item.action.verb_class == "pm" or s.business_outcome
    return s.own_action and decided and not s.activity_only and not engineering


def _ladder(item: Item, hits: dict[str, list[Match]], rubric: Rubric,
            scope_only: bool) -> tuple[tuple[str, frozenset[str]], ...]:
    """(level, the dimensions its cues show in this item), with the reach a scope statement
    measures in teams and money read as numbers ("four engineering teams", "$90M a year"); a scope
    statement shows scope only."""
    teams, millions = _reach(item)
    ladder = rubric.profile.table("ladder")
    found = []
    for level in rubric.levels:
        dimensions = {m.label for m in hits.get(LADDER_GROUP + level, ())}
        bar = ladder.get(level, {})
        if "team_counts" in bar and teams >= bar["team_counts"] or "money_millions" in bar and millions >= bar["money_millions"]:
            dimensions.add("scope")
        if level == rubric.levels[0] and item.ready:
            dimensions.add("scope")  # an owned, measured outcome is what owning a feature well looks like
        if scope_only:
            dimensions &= {"scope"}
        if dimensions:
            found.append((level, frozenset(dimensions)))
    return tuple(found)


def _reach(item: Item) -> tuple[int, float]:
    """The most teams and the most money (in millions) the item names."""
    teams = 0
    if TEAM_WORDS.intersection(item.words):
        for match in TEAM_COUNT_RE.finditer(item.text):
            word = match.group(1).lower()
            count = int(word.replace(",", "")) if word[0].isdigit() else NUMBER_WORDS.get(word, 0)
            teams = max(teams, count)
    millions = 0.0
    for metric in item.metrics:
        if metric.kind == "currency":
            found = MILLIONS_RE.search(metric.text)
            if found:
                value = float(found.group(1).replace(",", ""))
                millions = max(millions, value * (1000 if found.group(2).lower() in ("bn", "b", "billion") else 1))
    return teams, millions


def specialty_terms(matches, words) -> tuple[tuple[str, str], ...]:
    """(specialty, term) for each jargon word; a context term ("features", "Android") only beside
    one of its specialty's own terms in the same sentence or item."""
    strong = {m.label for m in matches if not m.label.endswith(CONTEXT_MARK)}
    found = []
    for match in matches:
        name = match.label.rstrip(CONTEXT_MARK)
        if name in strong:
            found.append((name, " ".join(words[match.first:match.last + 1])))
    return tuple(found)


@dataclass(frozen=True)
class PassageFacts:
    """The passage's contributions to the packet reading, block-relative like the passage."""

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


def _owner(items: tuple[Item, ...], span: Span) -> Item | None:
    return next((i for i in items if i.span.start <= span.start and span.end <= i.span.end
                 or span.start <= i.span.start and i.span.end <= span.end), None)


def passage_facts(passage: Passage, rubric: Rubric) -> PassageFacts:
    view, items = passage.view, passage.items
    outcome_spans = [i.span for i in items if i.signals and i.signals.business_outcome]
    specialty: list[tuple[str, str, float]] = []
    past: list[Span] = []
    timed = 0
    marker = skill = False
    level_sentences = []
    jargon = 0
    excuses: list[Span] = []
    names_level = LEVEL_HINT_RE.search(passage.lowered) is not None
    for sentence in passage.sentences:
        hits = sentence.hits
        if "specialty" in hits:
            serving = any(span.contains(sentence.span) for span in outcome_spans)
            terms = specialty_terms(hits["specialty"], sentence.lowers)
            specialty.extend((name, term, 0.5 if serving else 1.0) for name, term in terms)
            jargon += len(terms)
        jargon += len(hits.get("jargon", ())) + sum(1 for m in hits.get("measure", ()) if m.label == "technical")
        excuses.extend(Span(sentence.tokens[m.first].start, sentence.tokens[m.last].end)
                       for m in hits.get("excuse", ()))
        past.extend(Span(sentence.tokens[m.first].start, sentence.tokens[m.last].end)
                    for m in hits.get("engineering_past", ()))
        timed += bool(TIME_LEAD_RE.match(view, passage.lowered, sentence.span.start, sentence.span.end))
        marker = marker or "chronology_markers" in hits
        skill = skill or "skill" in hits
        if names_level and LEVEL_RE.search(view, sentence.span.start, sentence.span.end):
            owner = _owner(items, sentence.span)
            if owner is not None and _retellable(owner, view, sentence.span):
                level_sentences.append(sentence.span)
    if rubric.engineering_past_re is not None and passage.sentences:  # a profile's patterns, on RE2
        offset = passage.sentences[0].span.start
        folded, where = fold_text(view[offset:passage.sentences[-1].span.end])  # "engin\u200beer" reads "engineer"
        for found in rubric.engineering_past_re.finditer(folded):
            start, end = (found.start(), found.end()) if where is None else \
                (where[found.start()], where[found.end() - 1] + 1)
            past.append(Span(offset + start, offset + end))
    first = passage.sentences[0] if passage.sentences else None
    if passage.block.kind == "heading":
        first_words = len(view.split())
    else:
        first_words = len(view[first.span.start:first.span.end].split()) if first else len(view.split())
    return PassageFacts(
        specialty=tuple(specialty),
        engineering_past=tuple(_followed(_merged(past), passage)),
        timed_sentences=timed, chronology_marker=marker, pm_skill=skill,
        level_sentences=tuple(level_sentences),
        first_sentence_words=first_words,
        bold=_bold(passage.source),
        jargon=jargon, excuses=tuple(excuses),
        acronyms=tuple((Span(*m.span()), m.group()) for s in passage.sentences
                       for m in ACRONYM_RE.finditer(view, s.span.start, s.span.end)),
        defined=frozenset(m.group(1) for m in DEFINED_RE.finditer(view)),
    )


def _bold(source: str) -> tuple[Span, ...]:
    """The bold runs of a block's source ("**...**", "__...__"); most blocks have none."""
    if "**" not in source and "__" not in source:
        return ()
    return tuple(Span(*m.span()) for m in BOLD_RE.finditer(source))


def _retellable(item: Item, view: str, sentence: Span) -> bool:
    """A sentence a manager can repeat: the level (claimed, or stated with a result), in the
    writer's own voice, with its proof in the same sentence and no hedge ("I already operate at L6:
    ...", "I'm putting myself forward for L7 because ...")."""
    s = item.signals
    if s is None or not s.own_action:
        return False
    claimed = LEVEL_CLAIM_RE.search(view, sentence.start, sentence.end) is not None
    return (claimed or s.business_outcome) and _states_proof(item, sentence)


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


def _followed(spans: list[Span], passage: Passage):
    """Each engineering-past mention, and whether a customer outcome follows it in its sentence."""
    for span in spans:
        sentence = next((s for s in passage.sentences if s.span.contains(span)), None)
        owner = next((i for i in passage.items if sentence and i.span.contains(sentence.span)), None)
        followed = bool(owner and owner.signals and owner.signals.business_outcome and sentence and
                        any(m.span.start > span.end and sentence.span.contains(m.span) for m in owner.metrics))
        yield span, followed
