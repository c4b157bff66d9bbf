"""Document rules (SPEC 2.8-2.18): checks that read the packet as a whole.

Each check reads the :class:`~packetcoach.analysis.packet.Reading` the analysis already made; none
re-reads the text. A finding about the whole document points at the document's first block, so
editors and the terminal can still place it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Iterator

from packetcoach.analysis.facts import stop_told_by_we
from packetcoach.analysis.gap import candidate_called
from packetcoach.analysis.packet import PacketView, Reading, principles_not_shown
from packetcoach.analysis.stories import (best_result, counted_stories, outcome_clause, quote, refusals_told,
                                         stories_asked_for, surplus, told_in, told_in_full)
from packetcoach.analysis.workbench import headline
from packetcoach.core.model import Document, Finding, Item, LineIndex, Span, computed_once
from packetcoach.profile.compile import Rubric, derived
from packetcoach.rules.kinds import check, make_finding, worded



@dataclass(frozen=True)
class PacketContext:
    """What a document rule reads: the document, the packet's view and reading, the rubric."""

    document: Document
    view: PacketView
    reading: Reading
    rubric: Rubric
    level: str
    doc_type: str

    @property
    def top(self) -> Span:
        return self.document.top

    @property
    def settings(self) -> dict:
        return self.rubric.profile.table("document")

    @computed_once
    def items_by_id(self) -> dict[str, Item]:
        items = self.document.items  # rules look items up per item; the table built in C (a Session builds it every edit)
        return dict(zip(map(_ID, items), items))

    def item(self, item_id: str) -> Item | None:
        return self.items_by_id.get(item_id)

    @property
    def candidate(self) -> str | None:
        """Whom a manager's document speaks for ("Priya"), or None for the writer's own draft."""
        return candidate_called(self.document.voice)

    def hint(self, rule, **fields: object) -> str:
        """The rule's suggestion in the draft's voice."""
        return worded(rule, "hint", self.candidate, **fields)


_make = make_finding


def _words(item: Item) -> int:
    return sum(s.words for s in item.sentences)


@check("length", "packet")
def check_length(rule, ctx: PacketContext) -> Iterator[Finding]:
    target = ctx.rubric.profile.table("doc_types").get(ctx.doc_type, {})
    low, high = target.get("words_min", 0), target.get("words_max", 0)
    words = ctx.document.words
    if high and not low <= words <= high:
        hint = "Cut to the outcomes the room must retell." if words > high else \
            "Add the receipts: the customer, the decision, the number, for each major outcome."
        yield _make(rule, ctx.top, hint, words=words, doc_type=ctx.doc_type, low=low, high=high)


@check("stories-over", "packet")
def check_stories_over(rule, ctx: PacketContext) -> Iterator[Finding]:
    """More stories with a measured result than the document type asks for (the accomplishments
    form's "3 to 5"): the room compares packets on their strongest few, so the rest are named, in
    the order the writer finds them, to cut or merge (analysis/stories.surplus says which count)."""
    most = stories_asked_for(ctx.rubric, ctx.doc_type)
    if not most or len(ctx.document.items) <= most:  # a story holds at least one item: none can be over
        return
    counted = counted_stories(told_in(ctx.document.items, ctx.rubric), ctx.reading.retell, ctx.rubric)
    over = surplus(counted, ctx.reading.retell, ctx.rubric, ctx.doc_type, ctx.reading.stopped_items)
    if over is None:
        return
    lines = LineIndex(ctx.document.text)
    weakest = [headline(story, best_result(story, ctx.rubric) or story.first, lines, ctx.rubric)
               for story in sorted(over.past, key=lambda story: story.first.start)]  # as the writer finds them
    yield _make(rule, ctx.top, ctx.hint(rule, most=over.most, weakest="; ".join(weakest)),
                count=over.measured, most=over.most, doc_type=ctx.doc_type)


LEAD_QUOTE_CHARS = 140  # the hint has a line of its own: room for the whole opening clause


@check("lead", "packet")
def check_lead(rule, ctx: PacketContext) -> Iterator[Finding]:
    if ctx.reading.lead_is_outcome or not ctx.document.items:
        return
    best = ctx.item(ctx.reading.lead_suggestion) if ctx.reading.lead_suggestion else None
    # the sentence that states the result, as the verdict's change quotes it, not the story's opening
    # nor the finding it opens on
    said = ""
    if best:
        span = outcome_clause(best, LEAD_QUOTE_CHARS, ctx.rubric)
        inside = any(s.span.start < span.start < s.span.end for s in best.sentences)
        said = ("…" if inside else "") + quote(best, LEAD_QUOTE_CHARS, sentence=span)
    hint = (f"Open with this outcome: “{said}”" if best
            else "Open with your highest-impact customer outcome: whose life improved, by how much, because of you.")
    yield _make(rule, ctx.top, hint)


@check("engineering-past-repeated", "packet")
def check_past_repeated(rule, ctx: PacketContext) -> Iterator[Finding]:
    mentions = ctx.reading.former_engineer_mentions
    limit = int(ctx.settings.get("max_engineering_past", 1))
    if len(mentions) > limit:
        for mention in mentions[limit:]:
            yield _make(rule, mention.span, "Cut this mention; keep the one directly before your strongest outcome.",
                        count=len(mentions))


@check("engineering-past-outcome", "packet")
def check_past_outcome(rule, ctx: PacketContext) -> Iterator[Finding]:
    for mention in ctx.reading.former_engineer_mentions:
        if not mention.followed_by_outcome:
            yield _make(rule, mention.span, "Follow it with the customer outcome it made possible, in the same sentence.")


def _start_told(ctx: PacketContext) -> bool:
    """Does an item tell a start by its verb (its facts say it started something) though the
    initiated list left it out, as the list leaves out a plan or an objection ("I also proposed and ran
    a pilot of a relatives' panel ...", "You might ask whether ... No. I proposed a reminder
    instead")? The reading then holds a likely start it did not accept, and "no project you started"
    would be false. (A stop is read only in the kinds the stopped list takes: no such case.)"""
    # asked in C over the items' facts (every edit of a Session asks, and most drafts start nothing this way)
    return any(map(_INITIATED, filter(None, map(_ITEM_FACTS, ctx.document.items)))) or _proposal_told(ctx)


def _proposal_told(ctx: PacketContext) -> bool:
    """Does the writer tell a proposal of their own in one of the profile's ``document.proposal_forms``
    ("I suggested merging them into one form", "She proposed in early 2024 a three-year plan", "I
    championed a deposit-only payment option", "I noticed ... and proposed putting chargers on the top
    floors", "the feature I had championed", "I made the case to my director that we should ...")? A
    form counts right after the writer ("I", or "I had"; the candidate in a manager's draft reads as
    "i") or after "and" in an item whose subject is the writer; never after another party ("the VP of
    finance proposed", "the digital team had proposed"). The list may leave such a start out (its
    verb is not one of starting, or its clause is one the list does not read), but every corpus packet
    that tells one has a start by its labels, so "no project you started" would be false. Asked only
    when the finding would otherwise fire."""
    forms = derived(ctx.rubric, "document.proposal_forms", _proposal_forms)
    if not forms:
        return False
    firsts = frozenset(form[0] for form in forms)
    for item in ctx.document.items:
        words = item.words
        if firsts.isdisjoint(words):
            continue
        writer = item.action is not None and item.action.subject == "i"
        for at, word in enumerate(words):
            if word not in firsts or not any(words[at:at + len(form)] == form for form in forms):
                continue
            before = words[max(0, at - 2):at]
            if before[-1:] == ("i",) or before == ("i", "had") or writer and before[-1:] == ("and",):
                return True
    return False


def _proposal_forms(rubric: Rubric) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(form.lower().split()) for form in rubric.profile.list("document", "proposal_forms"))


@check("nothing-stopped", "packet")
def check_nothing_stopped(rule, ctx: PacketContext) -> Iterator[Finding]:
    """No item on the stopped list, and no claim that tells a stop in "we" either ("We paused the
    video visits pilot", "we did not build it"): the list leaves a team's stop out when the draft
    states no call of the writer's, but "no project you stopped" would be false of such a draft."""
    items = ctx.document.items
    if not ctx.reading.stopped_items and items and not any(stop_told_by_we(item, ctx.rubric) for item in items):
        yield _make(rule, ctx.top, ctx.hint(rule), candidate=ctx.candidate)


@check("nothing-initiated", "packet")
def check_nothing_initiated(rule, ctx: PacketContext) -> Iterator[Finding]:
    if not ctx.reading.initiated_items and ctx.document.items and not _start_told(ctx):
        yield _make(rule, ctx.top, ctx.hint(rule), candidate=ctx.candidate)


@check("stop-weight", "packet")
def check_stop_weight(rule, ctx: PacketContext) -> Iterator[Finding]:
    initiated, stopped_ids = set(ctx.reading.initiated_items), set(ctx.reading.stopped_items)
    stopped = [item for item in (ctx.item(i) for i in ctx.reading.stopped_items if i not in initiated) if item]
    started = [item for item in (ctx.item(i) for i in ctx.reading.initiated_items if i not in stopped_ids) if item]
    if not stopped or not started:
        return
    ratio = int(ctx.settings.get("stop_weight_percent", 40)) / 100
    if any(told_in_full(item, ctx.rubric.stops) for item in stopped):
        return  # its evidence and what it freed: the stop story told in full, however short
    if refusals_told(tuple(stopped), ctx.rubric.stops):
        return  # a refusal told under its title with its evidence: its heading's story, however its items split
    told = {item.id: _stop_words(item, ctx.document.items, initiated | stopped_ids) for item in stopped}
    if max(told.values()) < ratio * max(_words(i) for i in started):
        item = max(stopped, key=_words)
        yield _make(rule, Span(item.start, item.end), "Tell the stop story in full: the evidence, the decision, "
                    "who disagreed, what it freed.", item=item.id)


def _stop_words(stop: Item, items: tuple[Item, ...] | list[Item], listed: set[str]) -> int:
    """The words a stop is told in: its item, and the items after it in the same paragraph up to the
    next stop or start ("I also decided ... not to build live video streaming from the ring. The cost
    was about £400,000 ... video came fourth behind weights ... I put the money into better photos
    instead"): a paragraph that goes on telling the stop's evidence and what it freed is the stop told
    in full, though each of its sentences is an item of its own. A bullet is its own paragraph."""
    words = _words(stop)
    if stop.format != "prose":
        return words
    after = False
    for item in items:  # the draft's items in order; a paragraph's items share its block (``base``)
        if item is stop:
            after = True
        elif after:
            if item.base != stop.base or item.id in listed:
                break
            words += _words(item)
    return words


@check("specialty", "packet")
def check_specialty(rule, ctx: PacketContext) -> Iterator[Finding]:
    guess = ctx.reading.specialty
    if guess:
        yield _make(rule, ctx.top, "Keep a technical word only where it serves a customer outcome in the same item.",
                    specialty=guess, evidence=", ".join(ctx.reading.specialty_evidence[:6]))


@check("principles", "packet")
def check_principles(rule, ctx: PacketContext) -> Iterator[Finding]:
    coverage = ctx.reading.principles_coverage
    titles = ctx.rubric.profile.table("principles")
    for principle in principles_not_shown(coverage, ctx.document.items, ctx.rubric):
        if principle in coverage:
            title = titles.get(principle, {}).get("title", principle)
            yield _make(rule, ctx.top, f"Add an item that shows {title}, with its customer and its result.",
                        principle=title)


@check("pm-skills", "packet")
def check_pm_skills(rule, ctx: PacketContext) -> Iterator[Finding]:
    cues = ctx.settings.get("pm_skills", [])
    found = any(facts.pm_skill for _, facts in ctx.view.passages)
    if cues and not found and ctx.document.items:
        yield _make(rule, ctx.top, ctx.hint(rule), candidate=ctx.candidate)


@check("chronology", "packet")
def check_chronology(rule, ctx: PacketContext) -> Iterator[Finding]:
    if ctx.reading.structure == "chronology":
        yield _make(rule, ctx.top, "Open with a claim about the level you operate at, then order by impact.",
                    reasons="; ".join(ctx.reading.structure_reasons) or "ordered by time")


@check("retell", "packet")
def check_retell(rule, ctx: PacketContext) -> Iterator[Finding]:
    if ctx.reading.retell is None and ctx.document.items:
        yield _make(rule, ctx.top, ctx.reading.retell_scaffold, candidate=ctx.candidate)


@check("skim", "packet")
def check_skim(rule, ctx: PacketContext) -> Iterator[Finding]:
    for item_id in ctx.reading.skim_outcomes_missed:
        item = ctx.item(item_id)
        if item is not None:
            yield _make(rule, Span(item.start, item.end),
                        "Move it up, or make its number the first thing in its paragraph or bullet.", item=item.id,
                        candidate=ctx.candidate)


def meets_level(supported: str | None, asked: str, ladder: tuple[str, ...]) -> bool:
    """Is the level the evidence supports (analysis/packet._supported) at or above the one asked?"""
    return supported in ladder and asked in ladder and ladder.index(supported) >= ladder.index(asked)


@check("level", "packet")
def check_level(rule, ctx: PacketContext) -> Iterator[Finding]:
    evidence, supported = ctx.reading.level_evidence.get(ctx.level), ctx.reading.supported_level
    if not evidence or supported is None or meets_level(supported, ctx.level, ctx.rubric.levels):
        return  # the reading's own level meets the bar asked for: "little evidence" would contradict it;
        # or it reads no level at all, which the verdict already says with why and the claim nearest ready
    if _between_rungs(ctx.reading.level_evidence, ctx.level, ctx.rubric):
        return
    if ctx.reading.retell and _names_level(ctx.reading.retell, ctx.level):
        return  # the writer argues the level asked in one line the report takes as the retell ("I operated
        # at L6 this year: by holding ... I cut payoff disputes by 64%"): the verdict weighs that claim,
        # and "little evidence for L6" beside it asserts an absence the reading cannot see plainly
    missing = [name for name, hits in evidence.items() if not hits]
    if len(missing) >= 2:
        bar = ctx.rubric.profile.table("ladder").get(ctx.level, {}).get("title", "")
        yield _make(rule, ctx.top, ctx.hint(rule, shown=", ".join(missing), level=ctx.level),
                    missing=" or ".join(missing), level=ctx.level, bar=bar)


def _names_level(sentence: str, level: str) -> bool:
    """Does the sentence name the level, as a word of its own ("at L6:", "L6 work", not "L60")?"""
    at = sentence.find(level)
    while at >= 0:
        end = at + len(level)
        if (at == 0 or not sentence[at - 1].isalnum()) and (end == len(sentence) or not sentence[end].isalnum()):
            return True
        at = sentence.find(level, end)
    return False


def _between_rungs(evidence: dict[str, dict[str, tuple[str, ...]]], asked: str, rubric) -> bool:
    """Does the rung just below the level asked, above the ladder's first, show dimensions of its own
    (cues told at that rung, not carried down from the ask or above it) on at least
    ``[thresholds] level_weak_between_dimensions``? The writer's work then stands between the rungs
    (an L7 ask with L6 scope or influence told), where "little evidence for L7" is no plain reading.
    The first rung is every draft's floor (a ready claim shows it), so an L6 ask is still read."""
    ladder = rubric.levels
    at = ladder.index(asked) if asked in ladder else 0
    needs = rubric.threshold("level_weak_between_dimensions", 0)
    if at < 2 or needs <= 0:
        return False
    below, above = evidence.get(ladder[at - 1], {}), evidence.get(asked, {})
    return sum(1 for d, ids in below.items() if set(ids) - set(above.get(d, ()))) >= needs


@check("acronym", "packet")
def check_acronym(rule, ctx: PacketContext) -> Iterator[Finding]:
    """Each acronym a cold reader cannot know, once, where it first appears undefined."""
    known = ctx.rubric.known_acronyms
    facts_of = tuple(map(_FACTS, ctx.view.passages))  # gathered in C: asked of every block on every edit
    defined = frozenset().union(*map(_DEFINED, facts_of))
    seen: set[str] = set()
    spelled = ctx.rubric.threshold("acronym_spelled_letters", 3)
    passages = ctx.view.passages
    for at in compress(range(len(passages)), map(_ACRONYMS, facts_of)):
        passage, facts = passages[at]
        for span, text in facts.acronyms:
            word = text.rstrip("s") if text.endswith("s") and len(text) > 2 else text
            if word in known or text in known or word in defined or word in seen:
                continue
            if not any(c.isalpha() for c in word) or len(word) < 2 or any(c.isdecimal() for c in word):
                continue  # a code with a digit names a thing ("M62", "SEV1", "N29"): nothing to spell out
            seen.add(word)
            if _spelled_before(passages[:at + 1], span.start, word.upper(),
                               ctx.rubric.threshold("acronym_word_letters", 4), len(word) < spelled):
                continue  # "the Chief Risk Officer ... The CRO funded it": the reader has met its words
            yield _make(rule, passage.at(span), f"Spell it out once: '[full name] ({word})'.", text=text)


_FACTS, _DEFINED, _ACRONYMS = itemgetter(1), attrgetter("defined"), attrgetter("acronyms")
_ID, _ITEM_FACTS, _INITIATED = attrgetter("id"), attrgetter("facts"), attrgetter("initiated")


def _spelled_before(passages, end: int, letters: str, shortest: int, compound_only: bool = False) -> bool:
    """Do the draft's words, before the acronym (at ``end`` of the last passage), spell it out by
    their first letters, in a row within a sentence ("six years as a site reliability engineer ...
    As a former SRE", "persuaded the Chief Risk Officer ... The CRO funded it")? Each word of at least
    ``shortest`` letters (`[thresholds] acronym_word_letters`), so "came into" spells no "CI"; each
    part of a hyphenated word counts as a word of its own, whatever its length ("heart-rate
    variability ... HRV", "over-the-air updates ... OTA"). ``compound_only`` (an acronym shorter
    than `acronym_spelled_letters`, where any two words would match) takes only one hyphenated word
    whose parts, each of at least ``shortest`` letters, are the acronym's letters exactly ("an
    augmented-reality app ... the AR app"; "check-in ... 95% CI" is no spelling). Read
    only for an acronym that would otherwise be a finding."""
    size, last = len(letters), len(passages) - 1
    for index, (passage, _) in enumerate(passages):
        for sentence in passage.sentences:
            if index == last and sentence.span.start >= end:
                return False
            run = ""
            for token in sentence.tokens:
                if index == last and token.start >= end:
                    break
                text = token.text
                if "-" in text:
                    parts = text.split("-")
                    if all(part.isalpha() for part in parts):
                        initials = "".join(part[0] for part in parts).upper()
                        if compound_only:
                            if initials == letters and min(map(len, parts)) >= shortest:
                                return True
                            continue
                        for letter in initials:
                            run = (run + letter)[-size:]
                            if run == letters:
                                return True
                        continue
                if compound_only:
                    continue
                if len(text) >= shortest and text[0].isalpha() and text.isalpha():
                    run = (run + text[0].upper())[-size:]
                    if run == letters:
                        return True
                else:
                    run = ""
    return False


@check("third-person", "packet")
def check_third_person(rule, ctx: PacketContext) -> Iterator[Finding]:
    """A manager's promotion document ("Dana convinced ... She stopped ... Her team ..."), read with
    the candidate as the writer (text/voice.py). Said once, so the writer knows whom the reading
    took for "I", and can see it took the right person."""
    voice = ctx.document.voice
    if voice is not None:
        yield _make(rule, ctx.top, "Nothing to change for the voice: if the reading took the wrong person, name "
                    "the candidate in the opening sentence.", who=voice.shown)
