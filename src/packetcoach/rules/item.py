"""Item and sentence rules: checks that read one passage (a block and its items) at a time.

Their findings are relative to the block, like the items they come from, and are kept with the
block, so an edit elsewhere in the draft does not check this block again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from packetcoach.analysis.facts import LADDER_LEVEL, claims_level
from packetcoach.analysis.gap import candidate_called
from packetcoach.analysis.stories import career_told, opens_with
from packetcoach.core.labels import readiness_gaps
from packetcoach.core.model import Finding, Item, Mention, Passage, Span, Voice, computed_once
from packetcoach.core.regexes import compiled
from packetcoach.profile.compile import Rubric, cue_alternatives, derived
from packetcoach.text.items import read_for_wording
from packetcoach.rules.kinds import check, make_finding, worded


@dataclass(frozen=True)
class PassageContext:
    """What a passage rule reads: the passage, the rubric, and whose words it holds."""

    passage: Passage
    rubric: Rubric
    voice: Voice | None = None  # a manager's document's candidate, as the block was read (text/voice.py)

    @property
    def candidate(self) -> str | None:
        """Whom a manager's document speaks for ("Priya"), or None for the writer's own words."""
        return candidate_called(self.voice)

    def hint(self, rule, **fields: object) -> str:
        """The rule's suggestion in the block's voice."""
        return worded(rule, "hint", self.candidate, **fields)

    @computed_once
    def claims(self) -> list[Item]:
        """The items judged as evidence: claims only (context, scope, plans ... are not)."""
        return [item for item in self.passage.items if item.signals is not None and item.kind == "claim"]


def _finding(ctx: PassageContext, rule, span, item: Item | None, suggestion: str | None,
             **fields: object) -> Finding:
    return make_finding(rule, span, suggestion, item.id if item else None, ctx.candidate, **fields)


def _claims(ctx: PassageContext) -> list[Item]:
    return ctx.claims


@check("readiness", "passage")
def check_readiness(rule, ctx: PassageContext) -> Iterator[Finding]:
    for item in _claims(ctx):
        if not item.ready:
            yield _finding(ctx, rule, item.sentences[0].span, item, None, missing="; ".join(readiness_gaps(item)))


@check("engineering-verb", "passage")
def check_engineering_verb(rule, ctx: PassageContext) -> Iterator[Finding]:
    for item in _claims(ctx):
        if item.signals and item.signals.technical_lead and item.action.span:
            options = ctx.rubric.suggestions.get(item.action.verb or "", ())
            hint = ("Lead with the product decision: " + ", ".join(options) +
                    " (only if true), and say who benefited.") if options else \
                ctx.hint(rule)
            yield _finding(ctx, rule, item.action.span, item, hint, verb=item.words_at(item.action.span))


@check("technical-metric", "passage")
def check_technical_metric(rule, ctx: PassageContext) -> Iterator[Finding]:
    for item in _claims(ctx):
        if item.signals and item.signals.technical_metric_only:
            target = _technical_measure(item)
            who = item.persona.text if item.persona else "[which customer]"
            hint = f"Which customer noticed? Add what changed for {who}: [customer measure, before -> after]."
            yield _finding(ctx, rule, target.span, item, hint, metric=item.words_at(target.span))


def _technical_measure(item: Item) -> Mention:
    """The technical word that names the measure: the one just before a number ("cutting p99
    latency from 900 ms": latency), not a word of the work itself earlier in the item
    ("microservices") nor a unit after it ("ms"); a word after its number ("40 services") when no
    word comes before one. Adjacent words are taken together ("p99 latency")."""
    technical = [m for m in item.mentions if m.kind == "technical"]
    if not technical:
        return item.metrics[0]

    def gap(mention: Mention) -> tuple[bool, int]:
        ahead = [metric.span.start - mention.span.end for metric in item.metrics
                 if metric.span.start >= mention.span.end]
        behind = [mention.span.start - metric.span.end for metric in item.metrics
                  if mention.span.start >= metric.span.end]
        return (not ahead, min(ahead or behind or [len(item.source)]))
    chosen = technical.index(min(technical, key=gap))  # min keeps the earlier of two as near
    start = chosen
    while start > 0 and technical[start].span.start - technical[start - 1].span.end <= 1:
        start -= 1  # "p99 latency": the words that name the measure together
    span = Span(technical[start].span.start, technical[chosen].span.end)
    return Mention("technical", span, item.words_at(span))


@check("activity", "passage")
def check_activity(rule, ctx: PassageContext) -> Iterator[Finding]:
    """Effort told where a decision or a result belongs; not the writer's earlier career told as
    background ("Before product I spent eight years as a paramedic", "She ran depot operations for
    seven years before joining product"), where the years are where the writer comes from, not
    effort to tie to a result (the coach's changes never ask it for one either)."""
    for item in _claims(ctx):
        if item.signals and item.signals.activity_only and not career_told(item):
            target = next((m for m in item.mentions if m.kind == "activity"), None)
            span = target.span if target else (item.action.span or item.sentences[0].span)
            hint = ctx.hint(rule)
            yield _finding(ctx, rule, span, item, hint, activity=item.words_at(span))


@check("own-action", "passage")
def check_own_action(rule, ctx: PassageContext) -> Iterator[Finding]:
    for item in _claims(ctx):
        if item.signals is None or item.signals.own_action or item.action.span is None:
            continue
        if item.action.subject != "we":
            continue  # passive voice ("were booked online", "were allocated by a lottery") tells no deed of the writer's
        if item.action.verb in ctx.rubric.own_trade_verbs:
            continue  # the business trading ("we sold 3,100 more freight slots", "we charged £95"): no team's deed
        words = _subject_words(item)
        if not _writers_group(item, words, ctx.rubric, ctx.voice is not None):
            continue
        if _part_told_beside(ctx.passage, item, ctx.rubric):
            continue
        yield _finding(ctx, rule, item.action.span, item, ctx.hint(rule), why=f"'{words}' hides your part")


def _part_told_beside(passage: Passage, item: Item, rubric: Rubric) -> bool:
    """The writer's own part in the team's deed told in the paragraph's sentence right after it or
    right before it ("We cut the share of visits that failed ... from 31% to 6% .... My part: I read
    400 turn-away records ...", "My team cut failed payouts from 1.4% to 0.3% .... I chose the sign-up
    check over a retry system ...", "I pitched auto-recertification ... to the servicing director
    .... We launched it in August, and 61,000 borrowers were recertified ..."): the room can tell
    what the writer did. That sentence is a claim, the writer's own deed, that opens with "I" or one
    of the profile's `own_action.part_openers` ("My part:", "My role was"), with no hedge, filler or
    effort alone in it, not negated ("I do not have a number for this one"), and neither it nor the
    team's deed after it opens another story ("I also ...", "Separately, we ..."). A lesson ("I
    should have ...") is no claim."""
    items = passage.items
    at = next((k for k, other in enumerate(items) if other is item), None)
    if at is None:
        return False
    after = items[at + 1] if at + 1 < len(items) else None
    if after is not None and _writers_part(after, rubric) and not opens_with(after, rubric.new_story_openers):
        return True
    before = items[at - 1] if at > 0 else None
    return before is not None and _writers_part(before, rubric) and not opens_with(item, rubric.new_story_openers)


def _writers_part(part: Item, rubric: Rubric) -> bool:
    """A claim of the writer's own deed opening its sentence, told plainly (see `_part_told_beside`)."""
    s = part.signals
    if part.kind != "claim" or s is None or not part.tokens or not s.own_action or s.hedge or s.cliche \
            or s.activity_only or part.action.subject != "i" or part.action.verb in AUXILIARIES:
        return False
    opening = tuple(token.lower for token in part.tokens[:PART_WORDS])
    if any(token in rubric.own_negations for token in opening):
        return False
    return opening[:1] == ("i",) or any(opening[:len(cue)] == cue for cue in rubric.own_part_openers)


PART_WORDS = 4  # "My part: I read ...": the words the writer's part opens with


def _writers_group(item: Item, words: str, rubric: Rubric, managers: bool) -> bool:
    """Whether the claim's deed is told as the writer's group's: "We launched ...", "My team cut ...",
    "the team shipped ..."; not another party's ("The digital team proposed ...", "Noor's team
    retired ..."; in a manager's document "his team" is the candidate's), not a "we" inside a noun's clause or a question word's ("the model we chose",
    "what we found", "**How we got there.**"), and not a negated "we" ("we did not measure it")."""
    lowered = words.lower().split()
    if lowered[0] not in ("we", "we've", "we'd", "we'll"):
        # a team: the writer's when it is "our"/"my" team, or "the team" with no other name
        return lowered[0] in rubric.own_team_owners or len(lowered) == 2 and lowered[0] == "the" \
            or managers and lowered[0] in rubric.own_candidate_team_owners
    tokens = item.tokens
    verb = next((k for k, token in enumerate(tokens) if token.start == item.action.span.start), None)
    if verb is None:
        return False
    we = next((k for k in range(verb - 1, max(-1, verb - SUBJECT_WORDS - 2), -1)
               if tokens[k].lower in ("we", "we've", "we'd", "we'll")), None)
    if we is None:
        return False  # no "we" before the verb: "the team was excited", "Class no-shows dropped"
    # "we never shipped", "we did not measure it"; not "we chose not to build" (a refusal is a deed)
    negated = tokens[we + 1:verb + 2] if item.action.verb in AUXILIARIES else tokens[we + 1:verb]
    if any(token.lower in rubric.own_negations for token in negated):
        return False
    before = tokens[we - 1].text if we > 0 else ""
    if before[:1].isalpha() and before[:1].islower() and before.isalpha():
        # a word before "we": the clause opens there only after a joining word or a time ("and we",
        # "this year we"); after a noun or a question word the "we" tells of something else
        return before in CLAUSE_EDGES or before in rubric.own_clause_openers
    if before[:1].isalpha() and before.lower() in rubric.own_clause_lead_outs:
        return False  # "How we got there", "What we found" opening a sentence or a bold heading
    return True


SUBJECT_WORDS = 4  # "the app team", "our routing team": the words a team's verb follows


def _subject_words(item: Item) -> str:
    """Who the item says acted, as written ("We", "My team", "the app team"), read back from the
    verb to the clause's edge; "We" when the words cannot be told apart."""
    tokens = item.tokens
    verb = next((k for k, token in enumerate(tokens) if token.start == item.action.span.start), None)
    if verb is None:
        return "We"
    start = verb
    while start > 0 and verb - start < SUBJECT_WORDS and tokens[start - 1].text[:1].isalnum() \
            and tokens[start - 1].lower not in CLAUSE_EDGES:
        start -= 1
    if start == verb or any(token.lower in ("we", "we've", "we'd", "we'll") for token in tokens[start:verb]):
        return "We"
    # the team is named from its article or owner: "In June the finance team", "Together the platform
    # teams" name "the finance team", not the time or the adverb before it
    start = max((k for k in range(start, verb) if tokens[k].lower in TEAM_LEADS), default=start)
    words = item.words_at(Span(tokens[start].start, tokens[verb - 1].end))
    return words if words.lower().split()[-1] in TEAMS else "We"


AUXILIARIES = frozenset(("do", "have", "be"))  # the verbs read as the action of "we did not ..."
CLAUSE_EDGES = frozenset("and but so then when after because while since".split())
TEAMS = frozenset(("team", "teams", "squad", "squads"))
TEAM_LEADS = frozenset("the a an our my their his her its".split())  # the words a team's name opens with


@check("phrase", "passage")
def check_phrase(rule, ctx: PassageContext) -> Iterator[Finding]:
    """On every claim, and on a sentence read only for its wording, whatever its kind ("I think the
    year went well overall.", context; "Overall, I believe it was a solid year." closing a plans
    section: text/items.py `read_for_wording`)."""
    for item in ctx.passage.items:
        if item.signals is None:
            continue
        read = item.kind == "claim" or read_for_wording(item)
        for mention in item.mentions:
            if mention.kind == rule.mention and (read or _hedged_level(item, mention, ctx.rubric)):
                yield _finding(ctx, rule, mention.span, item, "Cut it, and put the fact it stands for.",
                               text=item.words_at(mention.span))


def _hedged_level(item: Item, mention: Mention, rubric: Rubric) -> bool:
    """A hedge of the writer's view (the profile's `wording.hedged_views`) before the level the writer
    asks for, in the same sentence, in an item of any kind: "I believe I am ready for the next level."
    (a scope statement), "I think that is an L6 year, though ..." (the closing), "I think that is what
    an L5 PM does here." (an objection's answer). The room reads the hedged ask as the writer's doubt.
    A hedge naming no level ("I believe the data shows a 12% fall") is left to the claims' reading."""
    if mention.kind != "hedge" or item.words_at(mention.span).lower() not in _hedged_views(rubric):
        return False
    sentence = next((s.span for s in item.sentences if s.span.contains(mention.span)), None)
    if sentence is None:
        return False
    rest = item.view[mention.span.end:sentence.end]
    links = _level_link(rubric)
    return claims_level(rest, rubric) or (links is not None and links.search(rest) is not None)


def _hedged_views(rubric: Rubric) -> frozenset[str]:
    return derived(rubric, "rules.hedged_views",
                   lambda r: frozenset(w.lower() for w in r.profile.list("wording", "hedged_views")))


def _level_link(rubric: Rubric) -> re.Pattern[str] | None:
    """One of `wording.level_links` ("is", "are") and, within a few words, a ladder level or the next
    level: "that is an L6 year", "it is closer to L6"."""
    def build(r: Rubric):
        links = r.profile.list("wording", "level_links")
        return compiled(rf"\b(?:{cue_alternatives(links)})\b[^.;:]{{0,30}}?\b(?:{LADDER_LEVEL}|next level)\b",
                        re.IGNORECASE) if links else None
    return derived(rubric, "rules.level_link", build)


@check("weasel", "passage")
def check_weasel(rule, ctx: PassageContext) -> Iterator[Finding]:
    for item in _claims(ctx):
        weasels = [m for m in item.mentions if m.kind == rule.mention]
        for sentence in item.sentences if weasels else ():
            if any(sentence.span.contains(m.span) for m in item.metrics):
                continue
            for mention in weasels:
                if sentence.span.contains(mention.span):
                    yield _finding(ctx, rule, mention.span, item, "Replace it with the number: [how many / how much].",
                                   text=item.words_at(mention.span))


@check("long-sentence", "passage")
def check_long_sentence(rule, ctx: PassageContext) -> Iterator[Finding]:
    limit = ctx.rubric.threshold("long_sentence_words", 30)
    for sentence in ctx.passage.sentences:
        count = sentence.words
        if count > limit:
            yield _finding(ctx, rule, sentence.span, None, "Split it: one claim, strongest fact first.",
                           count=count, limit=limit)


@check("long-item", "passage")
def check_long_item(rule, ctx: PassageContext) -> Iterator[Finding]:
    limit = ctx.rubric.threshold("long_item_words", 45)
    for item in _claims(ctx):
        count = sum(s.words for s in item.sentences)
        if count > limit and len(item.sentences) > 1:
            yield _finding(ctx, rule, item.span, item, "Keep the one claim the room must retell; move the rest.",
                           count=count, limit=limit)


@check("unquantified", "passage")
def check_unquantified(rule, ctx: PassageContext) -> Iterator[Finding]:
    for item in _claims(ctx):
        if item.signals and item.signals.business_outcome and not item.signals.metric:
            yield _finding(ctx, rule, item.sentences[0].span, item,
                           "Add the magnitude: [from X to Y] over [time window].")


@check("engineering-work", "passage")
def check_engineering_work(rule, ctx: PassageContext) -> Iterator[Finding]:
    """The writer doing the engineering work: a finding on each piece of it, once per item."""
    for item in _claims(ctx):
        if not (item.facts and item.facts.engineering_work):
            continue
        mention = next((m for m in item.mentions if m.kind == "engineering_work"), None)
        span = mention.span if mention else (item.action.span or item.sentences[0].span)
        yield _finding(ctx, rule, span, item, ctx.hint(rule), work=item.words_at(span))


@check("excuse", "passage")
def check_excuse(rule, ctx: PassageContext) -> Iterator[Finding]:
    """An excuse anywhere in the block, whatever kind of sentence it sits in; not under a heading that
    asks for growth areas or plans, where "I am still learning to ..." answers what was asked."""
    if ctx.rubric.outside_evidence(ctx.passage.section):
        return
    for sentence in ctx.passage.sentences:
        for match in sentence.hits.get(rule.mention, ()):
            span = Span(sentence.tokens[match.first].start, sentence.tokens[match.last].end)
            yield _finding(ctx, rule, span, None, ctx.hint(rule), text=ctx.passage.words_at(span))
