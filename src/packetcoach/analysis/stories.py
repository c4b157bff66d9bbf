"""The packet as the room remembers it: stories, not sentences.

A reader of a prose packet does not weigh each sentence on its own: the problem, the decision and
the result of one success story sit in three sentences under one heading, and the room credits the
story. The verdict, the gap call and the top changes therefore judge stories: the claims under one
heading (or, in a list of stand-alone bullets, each bullet). A story's facts are read from its
items' signals, metrics and actions, never from the text again, so grouping costs one pass.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Surplus is a named tuple).

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import re
from itertools import compress, count
from operator import attrgetter, is_not

from packetcoach.analysis.facts import first_taken_up
from packetcoach.analysis.measures import asked_in, exposure_only, found_in, reason_told
from packetcoach.core.model import Document, Item, Mention, Section, Sentence, Span, computed_once
from packetcoach.text.structure import STORY_TITLE_RE
from packetcoach.text.verbs import SUBORDINATORS
from packetcoach.core.regexes import compiled
from packetcoach.profile.compile import KIND_GROUP, derived
from packetcoach.profile.lexicon import verb_forms

if TYPE_CHECKING:
    from packetcoach.core.report import Report
    from packetcoach.profile.compile import Rubric, Stops

OWN_SUBJECTS = frozenset({"i", "lead"})
HIDDEN_SUBJECTS = frozenset({"we", "passive"})
SCENE_SUBJECTS = frozenset({"other", "none", "passive"})  # a ready item's first verb that sets the scene
CHANGE_KINDS = frozenset({"range", "currency", "multiplier"})  # "doubled", "two and a half times a normal month"
FIGURE = r"\d[\d,.]*"  # compiled when first used
MIN_BULLET_OUTCOMES = 3  # bullets with a number of their own that make a section a list of outcomes
INFINITY = float("inf")


def claims(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """The items judged as evidence: only claims (item kinds come from the reading, not from here)."""
    return tuple(i for i in items if i.kind == "claim" and i.signals is not None)


def is_result(item: Item) -> bool:
    """A customer or business result with a number: what the room counts as an outcome."""
    s = item.signals
    return bool(s and s.business_outcome and s.metric and not s.technical_metric_only)


CAREER_CUES = (KIND_GROUP + "career_moves", KIND_GROUP + "career_teachers")


def career_told(item: Item) -> bool:
    """The writer's earlier career told as background ("Before product I spent six years as a
    paralegal ...", "I spent eleven years teaching before I moved into product"): its first sentence
    names the career (the profile's ``kinds.career_teachers`` and ``kinds.career_moves``) and the item
    tells no result. Where the writer comes from, not effort to tie to a number nor an outcome to
    measure: the changes never ask it for one (the lead change may still name it as the opening)."""
    if not item.sentences or is_result(item):
        return False
    hits = item.sentences[0].hits
    return any(hits.get(cue) for cue in CAREER_CUES)


def is_measured_change(item: Item) -> bool:
    """A result the room can compare: before and after, money, a percentage, or a multiple, in words
    or in digits ("doubled", "ride 2.3 times as often as single members": the metrics layer's
    multiplier)."""
    return is_result(item) and any(m.kind in CHANGE_KINDS or m.detail == "range" or m.text.rstrip().endswith("%")
                                   for m in item.metrics)


def avoids_harm(item: Item, nobody: frozenset[str], harm_verbs: frozenset[str]) -> bool:
    """A harm avoided for the people served, told after its count in the same paragraph ("in 2024 it
    went down for three hours and 640 researchers missed the call. ... On deadline day in 2025, 2,100
    people submitted in the last hour and none was turned away"): one of the profile's
    `measures.nobody_harmed` ("none", "no one", "nobody") right before a verb of harm
    (`measures.harm_verbs`), in a sentence of the
    item with a number of its own, where the paragraph before the item counts the harm (a number):
    the before and after the room weighs. Gated on the words; the item signals are not moved."""
    if {phrase.rsplit(" ", 1)[-1] for phrase in nobody}.isdisjoint(item.words):
        return False  # no last word of the phrases ("none", "one" of "no one", "single" of "not a single")
    if not any(ch.isdigit() for ch in item.view[:item.span.start]):
        return False  # no count of the harm before it
    for sentence in item.sentences[1:]:
        lowers = [token.lower for token in sentence.tokens]
        if not any(sentence.span.start <= m.span.start < sentence.span.end for m in item.metrics):
            continue
        for at in range(len(lowers)):
            for size in (1, 2, 3):
                if " ".join(lowers[at:at + size]) in nobody and _verb_follows(lowers, at + size, harm_verbs):
                    return True
    return False


def _verb_follows(lowers: list[str], at: int, harm_verbs: frozenset[str]) -> bool:
    """A verb of harm right after the no-one phrase, or after the few words that name whom ("not one
    household in the pilot districts was cut off"), with no punctuation between."""
    for word in lowers[at:at + HARM_REACH]:
        if word in harm_verbs:
            return True
        if not word[:1].isalnum():
            return False
    return False


HARM_REACH = 6  # words: the verb, or whom and the verb ("not one household in the pilot districts was")


def is_own_decision(item: Item) -> bool:
    """The writer's own call: "I decided / convinced / cut ...", or the writer's verb on a result;
    a ready item whose first sentence sets the scene ("Shoppers told us ... I launched ...", "Orders
    were refused at the door ... I changed ...") is the writer's too, since readiness needs the
    writer's own deed."""
    s, action = item.signals, item.action
    if s is None or not s.own_action:
        return False
    if action.subject not in OWN_SUBJECTS:
        return bool(item.ready) and action.subject in SCENE_SUBJECTS
    return action.verb_class == "pm" or (s.business_outcome and action.verb_class != "technical")


def tells_freed(item: Item, stops: "Stops") -> bool:
    """Does the item tell what a stop freed and where it went ("The money went to protected dock
    stations near schools", "moved its two engineers onto the catalogue player")? One of the
    profile's `stops.freeing` within FREED_REACH words of one of `stops.freed_things`: what the
    room asks of a stop, beside its evidence. Two word sets most items share no word with."""
    words = [token.lower for token in item.tokens]
    if stops.freeing.isdisjoint(words) or stops.freed_things.isdisjoint(words):
        return False
    things = [at for at, word in enumerate(words) if word in stops.freed_things]
    return any(word in stops.freeing and any(abs(at - thing) <= FREED_REACH for thing in things)
               for at, word in enumerate(words))


FREED_REACH = 5  # words: "put the $600K budget", "moved its two engineers"


def told_in_full(item: Item, stops: "Stops") -> bool:
    """A stop told with its evidence (a number of its own) and what it freed (:func:`tells_freed`):
    the weight SPEC 2.11 asks of a stop, whatever the length of the story beside it."""
    return bool(item.metrics) and tells_freed(item, stops)


def stop_told(item: Item, stopped: "tuple[str, ...] | frozenset[str]", stops: "Stops") -> bool:
    """A stop or a refusal of the writer's (``stopped``: the reading's stopped list) told with its
    evidence: what it freed beside a number (:func:`told_in_full`), or a number in its reason ("I
    declined, because 38% of the patients we surveyed said they would phone instead", "I said no:
    only 41% of electricians confirm within two hours": measures.reason_told). The room asks a stop
    for its case, never for a customer result it did not set out to move."""
    return item.id in stopped and (told_in_full(item, stops) or reason_told(item))


def decided(story: "Story", stopped: "tuple[str, ...] | frozenset[str]", stops: "Stops") -> bool:
    """A story of judgement: one of its items is a stop or a refusal told with its evidence
    (:func:`stop_told`), or the story holds a stop of the writer's and a measured number beside it
    ("I declined. The contract was worth about $400K a year, and building it would have taken three
    of our five engineers for two quarters": the stop is the writer's decision, the number the case).
    The decision is the story (SPEC 2.11: the project stopped or not built, with comparable weight);
    the room weighs the case for it as it weighs a measured result."""
    if story.measured and any(item.id in stopped for item in story.items):
        return True
    return any(stop_told(item, stopped, stops) for item in story.items)


class RefusalsMemo:
    """A Session's last look for refusals told in full (:func:`refusals_told`): the items it looked
    at, by identity, the headings its stops held, and what it had found before the item the last
    edit changed. Each item adds to what the items before it found, so the next look starts at that
    checkpoint when the items before it are the very ones (api.py ``PlacedMemo`` keeps the unchanged
    blocks' items so) and the stops sit under the same headings."""

    __slots__ = ("items", "stops", "headings", "checkpoint")

    def __init__(self) -> None:
        self.items: tuple[Item, ...] = ()
        self.stops: Stops | None = None
        self.headings: dict[str, bool] = {}
        self.checkpoint: tuple[int, list[Item], dict[str, bool]] | None = None  # (item, found, headings read)

    def resume(self, items: tuple[Item, ...], stops: "Stops",
               headings: dict[str, bool]) -> tuple[int, int, list[Item], dict[str, bool]]:
        """Where the look starts, the item before which it keeps a new checkpoint (-1: none, the
        old one still serves), and what it goes on from (copied: the checkpoint may serve again)."""
        same = next(compress(count(), map(is_not, items, self.items)), min(len(items), len(self.items)))
        fits = stops is self.stops and headings == self.headings
        self.items, self.stops, self.headings = items, stops, headings.copy()
        kept = self.checkpoint
        if fits and kept is not None and 0 < kept[0] <= same:
            return kept[0], (same if same > kept[0] else -1), kept[1][:], kept[2].copy()
        self.checkpoint = None
        return 0, (same if same > 0 else -1), [], headings

    def keep(self, at: int, found: list[Item], headings: dict[str, bool]) -> None:
        self.checkpoint = (at, found[:], headings.copy())


def refusals_told(items: tuple[Item, ...], stops: "Stops", stopped: frozenset[str] = frozenset(),
                  memo: RefusalsMemo | None = None) -> tuple[Item, ...]:
    """The stories that tell a refusal in full: a claim under a heading, or after a bold run-in title,
    that names a refusal (the profile's `stops.refusal_titles`: "## She said no to the route
    optimiser", "**Saying no to the chatbot.**") or one stop (`stops.stop_titles`: "## Stopping the
    crypto payouts project"), told with a number of its evidence: a stop, as every
    corpus writer who titles a refusal so lists it (analysis/packet.py), and no passing mention
    however its heading's story splits into items. The first such claim of a heading; each heading
    is read once, and a heading that already holds one of ``stopped`` (the stops read by their verbs:
    "## Killing the custom deploy tool" over "... I made the call to retire it") tells that stop."""
    found: list[Item] = []
    # the stops' headings; the stops picked in C (a Session asks on every edit)
    headings: dict[str, bool] = {item.section or "": False
                                 for item in compress(items, map(stopped.__contains__, map(_ID, items)))}
    start, snap = 0, -1
    if memo is not None:
        start, snap, found, headings = memo.resume(items, stops, headings)
    for at in range(start, len(items)):
        if at == snap:
            memo.keep(at, found, headings)  # type: ignore[union-attr]
        item = items[at]
        if item.kind != "claim" or not item.metrics:
            continue
        sentences = item.sentences
        start = sentences[0].span.start if sentences else 0
        # is_title's own first test, asked here (a Session asks it of every claim on every edit): a
        # bold mark just before the first sentence, which opens the paragraph
        if 0 < start <= TITLE_MARK_CHARS and item.source[start - 1] in "*_" and is_title(item, sentences[0]):
            first = item.sentences[0].span
            if _names_refusal(item.source[first.start:first.end], stops):
                found.append(item)
                continue
        section = item.section or ""
        named = headings.get(section)
        if named is None:
            named = headings[section] = _names_refusal(section, stops)
            if named:
                found.append(item)  # its story's later items tell the same refusal
    return tuple(found)


def _names_refusal(title: str, stops: "Stops") -> bool:
    """Does the title name a refusal (`stops.refusal_titles`) or one stop (`stops.stop_titles`)?"""
    words = " " + " ".join(WORD_RE.findall(title.lower())) + " "
    return any(f" {phrase} " in words for phrases in (stops.refusal_titles, stops.stop_titles) for phrase in phrases)


WORD_RE = compiled(r"[a-z0-9']+")
_ID = attrgetter("id")


def is_title(item: Item, sentence: Sentence) -> bool:
    """Is the sentence the story's bold run-in title, a whole sentence of its own ("**Saying no to the
    chatbot.** The deputy director wanted ...")? A title heads the story; it is never a part of a
    sentence offered to the room. Gated on the bold mark just before the sentence."""
    source, start = item.source, sentence.span.start
    if start > TITLE_MARK_CHARS or source[start - 1:start] not in "*_":
        return False
    mark = source[:start].strip()
    return mark in ("**", "__") and source[sentence.span.end:sentence.span.end + 4].lstrip(" .:").startswith(mark)


TITLE_MARK_CHARS = 6  # the bold marks and the white space before them, where a paragraph opens


def is_hidden_owner(item: Item) -> bool:
    """A decision or a result told as "we", "the team" or in the passive: the writer's part is hidden."""
    s = item.signals
    if s is None or s.own_action or item.action.subject not in HIDDEN_SUBJECTS | {"other", "none"}:
        return False
    return item.action.subject in HIDDEN_SUBJECTS and (item.action.verb_class == "pm" or s.business_outcome)


def is_engineering_work(item: Item) -> bool:
    """Engineering execution offered as evidence: the writer's own engineering verb ("I profiled,
    patched, deployed"), or engineering effort counted in technical terms ("reviewed 180 pull
    requests", "wrote the test suite"), with no customer or business result in the same item. A
    technical word in effort that names the people it served is the word's everyday sense, never the
    old job: "Ran 30 interviews with corner-shop hosts", "wrote up the findings" of interviews with
    readers, "a front-desk job" (only a count in a system's measure makes such effort engineering)."""
    s = item.signals
    if s is None or is_result(item):
        return False
    if s.technical_lead and item.action.subject in OWN_SUBJECTS:
        return True
    return s.activity_only and (s.technical_metric_only or not s.customer
                                and any(m.kind == "technical" for m in item.mentions))


@dataclass(frozen=True)
class Story:
    """The claims the room reads as one story: one heading's prose, or one stand-alone bullet."""

    key: str
    title: str | None
    items: tuple[Item, ...]
    nobody: frozenset[str] = frozenset()  # the profile's `measures.nobody_harmed` (:func:`avoids_harm`)
    harm_verbs: frozenset[str] = frozenset()  # and its `measures.harm_verbs`

    @computed_once
    def results(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if is_result(i))

    @computed_once
    def measured(self) -> bool:
        return any(is_measured_change(i) for i in self.items) or \
            bool(self.nobody) and any(avoids_harm(i, self.nobody, self.harm_verbs) for i in self.items)

    @computed_once
    def owned(self) -> bool:
        return any(is_own_decision(i) for i in self.items)

    @computed_once
    def hidden(self) -> bool:
        return not self.owned and any(is_hidden_owner(i) for i in self.items)

    @property
    def complete(self) -> bool:
        """A measured result and the writer's own decision: the story the room credits."""
        return self.measured and self.owned

    @computed_once
    def technical_only(self) -> bool:
        """Results, but only in technical measures: "which customer noticed?"."""
        return not self.results and any(i.signals.technical_metric_only for i in self.items if i.signals)

    @computed_once
    def technical_measured(self) -> bool:
        """Technical results with a before and after: real results, told in the wrong measure."""
        return self.technical_only and any(i.signals.technical_metric_only and any(m.detail == "range" for m in i.metrics)
                                           for i in self.items if i.signals)

    @computed_once
    def engineering(self) -> bool:
        """Mostly engineering execution, and no customer or business result."""
        work = sum(is_engineering_work(i) for i in self.items)
        return not self.results and work > 0 and 2 * work >= len(self.items)

    @computed_once
    def activity(self) -> bool:
        """Effort counted (meetings, interviews, documents) and no result to show for it."""
        effort = sum(bool(i.signals and i.signals.activity_only) for i in self.items)
        return not self.results and effort > 0

    @computed_once
    def strength(self) -> float:
        """How much the room credits this story: its best item's impact."""
        return max((i.facts.impact if i.facts else 0.0) for i in self.items)

    @property
    def first(self) -> Item:
        return self.items[0]


def _key(item: Item, listed: set[str | None], titled: set[int]) -> str:
    if item.format == "bullet" and item.section in listed:
        return "item:" + item.id
    if item.section is None or item.base in titled:
        return f"block:{item.base}"  # no heading above it, or a titled paragraph that is a whole story
    return "section:" + item.section


def _titled_stories(judged: tuple[Item, ...], part_labels: frozenset[str]) -> set[int]:
    """Paragraphs under one heading that each tell a story under a bold title.

    Two or more titled paragraphs in a section are each a story when none of their labels names a
    part of one story ("**Decision.**", "**Result.**": the profile's `story_part_labels`), or, with
    labels of any kind, when two or more of them each hold a measured result and the writer's
    decision ("**Refund on drop-off.** I chose ... repeat purchase rose from 41% to 47%")."""
    blocks: dict[int, list[Item]] = {}
    labels: dict[int, str] = {}
    for item in judged:
        title = STORY_TITLE_RE.match(item.source) if item.format != "bullet" and item.section is not None else None
        if title:
            blocks.setdefault(item.base, []).append(item)
            labels[item.base] = " ".join(title.group(1).lower().split())
    by_section: dict[str | None, list[int]] = {}
    for base, members in blocks.items():
        by_section.setdefault(members[0].section, []).append(base)
    titled: set[int] = set()
    for bases in by_section.values():
        whole = [base for base in bases if any(is_measured_change(i) for i in blocks[base])
                 and any(is_own_decision(i) for i in blocks[base])]
        if len(bases) >= 2 and not any(labels[base] in part_labels for base in bases) and part_labels:
            titled.update(bases)
        elif len(whole) >= 2:
            titled.update(whole)
    return titled


def stories(items: tuple[Item, ...], min_bullet_outcomes: int = MIN_BULLET_OUTCOMES, part_labels: frozenset[str] = frozenset(),
            openers: tuple[tuple[str, ...], ...] = (), continuers: tuple[tuple[str, ...], ...] = (),
            nobody: frozenset[str] = frozenset(), harm_verbs: frozenset[str] = frozenset()) -> tuple[Story, ...]:
    """The claims grouped as the room reads them, in document order.

    Prose under one heading is one story, unless its paragraphs each tell a story under a bold title
    (each is then a story; ``part_labels`` are the labels that name a part of one story instead), or
    a claim opens another story in words the writer uses for one (``openers``: "I also ...") and is
    a whole story itself, the writer's decision and its measured result: the prose goes on with that
    story from there; a whole story after one already told whole opens another too, unless it
    carries the story on (``continuers``: "I then ..."). A section whose bullets each carry their own number (``min_bullet_outcomes``
    or more) is a list of stand-alone outcomes: each bullet is a story.
    """
    groups = _grouped(items, min_bullet_outcomes, part_labels, openers, continuers)
    return tuple(Story(key, members[0].section, tuple(members), nobody, harm_verbs) for key, members in groups.items())


def _grouped(items: tuple[Item, ...], min_bullet_outcomes: int, part_labels: frozenset[str],
             openers: tuple[tuple[str, ...], ...], continuers: tuple[tuple[str, ...], ...]) -> dict[str, list[Item]]:
    """The claims of each story (:func:`stories`), by the story's key, in document order."""
    judged = claims(items)
    numbered: dict[str | None, int] = {}
    for item in judged:
        if item.format == "bullet" and item.metrics:
            numbered[item.section] = numbered.get(item.section, 0) + 1
    listed = {section for section, count in numbered.items() if count >= min_bullet_outcomes}
    listed.add(None)  # bullets under no heading stand alone
    titled = _titled_stories(judged, part_labels)
    groups: dict[str, list[Item]] = {}
    going_on: dict[str, str] = {}  # a heading's or a paragraph's key -> the story its prose tells now
    for item in judged:
        key = _key(item, listed, titled)
        if key in groups and not key.startswith("item:") and (
                _opens_another(item, openers) or _follows_a_whole_story(item, groups[going_on.get(key, key)], continuers)):
            going_on[key] = f"{key}@{item.id}"
        groups.setdefault(going_on.get(key, key), []).append(item)
    return groups


def _whole(item: Item) -> bool:
    """The writer's decision and its measured result, the decision not a scene set in a time clause
    ("When I arrived, managers booked 20% more agency nurses ...": where the story starts)."""
    return is_measured_change(item) and is_own_decision(item) and not _set_in_time(item)


def _set_in_time(item: Item) -> bool:
    span = item.action.span
    if span is None:
        return False
    at = next((i for i, token in enumerate(item.tokens) if token.start == span.start), 0)
    return any(token.lower in SUBORDINATORS for token in item.tokens[max(0, at - 2):at])


def _follows_a_whole_story(item: Item, story: list[Item], continuers: tuple[tuple[str, ...], ...]) -> bool:
    """A claim that is a whole story itself (the writer's decision and its measured result) after
    a story already told whole in the same prose ("... paid on time rose from 61% to 83%. Purchase-
    order matching followed in September; I chose ... disputed invoices fell by 44%"): another
    story, even with no opener, unless it carries the story on ("I then rolled it out ...")."""
    return _whole(item) and any(map(_whole, story)) and not opens_with(item, continuers)


def _opens_another(item: Item, openers: tuple[tuple[str, ...], ...]) -> bool:
    """"I also dropped the rating badges ...; the time to settle a dispute fell from 9 days to 3":
    another story, told whole, in the same prose."""
    return bool(openers) and is_measured_change(item) and is_own_decision(item) and opens_with(item, openers)


def opens_with(item: Item, openers: tuple[tuple[str, ...], ...]) -> bool:
    """Does the item open with one of these phrases (the profile's `new_story_openers`: "I also")?"""
    opening = tuple(token.lower for token in item.tokens[:OPENER_WORDS])
    return any(opening[:len(cue)] == cue for cue in openers)


OPENER_WORDS = 4  # the longest opener of another story, in words


def grows_people(item: Item, developing: frozenset[str], growing: frozenset[str] = frozenset(),
                 grown: frozenset[str] = frozenset()) -> bool:
    """The writer's own verb grows people ("Hired and coached two product managers; one was promoted
    ...", "Mentored analysts on SQL ..."): one of the profile's `personas.developing`, or one of
    `personas.growing` with people of `personas.grown` within GROWN_REACH words after it ("Grew two
    PMs to L6", "I grew people."; never "grew revenue"). Its result is the people, their promotion
    or the work they now own (Hire and Develop the Best), not a before and after of a customer
    measure."""
    action = item.action
    if action.span is None or action.subject not in OWN_SUBJECTS:
        return False
    verb = item.view[action.span.start:action.span.end].lower()
    if verb in developing:
        return True
    if verb not in growing:
        return False
    at = next((at for at, token in enumerate(item.tokens) if token.start == action.span.start), None)
    return at is not None and any(token.lower in grown for token in item.tokens[at + 1:at + 1 + GROWN_REACH])


GROWN_REACH = 3  # words after the verb: "grew two PMs", "grew three senior analysts"


def counted_stories(told: tuple[Story, ...], retell: str | None, rubric: "Rubric") -> tuple[Story, ...]:
    """The stories the verdict counts ("3 of 5 stories carry a measured result"): the success
    stories, not the parts that argue for them. Left out, when no result of theirs is measured: the
    opening thesis, a first story that holds the sentence the room retells ("In eighteen months he
    turned ... He already works at L7: ...", the claim the receipts support, SPEC 2.15), and a
    story of people and practice: it opens by growing people or with a practice others took up, and
    each of its items does one or the other or tells what the others did ("Hired and coached two
    product managers; one was promoted ...", "Ran the agency's first product review, now held monthly
    by ...", "Mentored ..."), whose evidence is the people and the practice, not a customer's before
    and after (a deed of the writer's own among them keeps the story counted)."""
    def grown(item: Item) -> bool:
        return grows_people(item, rubric.developing, rubric.growing, rubric.grown) or first_taken_up(item, rubric)

    def people(story: Story) -> bool:
        return grown(story.first) and all(grown(i) or i.action.subject not in OWN_SUBJECTS for i in story.items)

    return tuple(s for s in told if s.measured or not (s is told[0] and holds_retell(s, retell) or people(s)))


def holds_retell(story: Story, retell: str | None) -> bool:
    """The story holds the sentence the room retells: the claim the other stories are the receipts
    for ("I already work at L6: ..."), whatever its own result."""
    said = " ".join(retell.split()) if retell else ""
    return bool(said) and any(said in " ".join(i.source.split()) for i in story.items)


def opening(story: Story, told: tuple[Story, ...]) -> bool:
    """A story told before the first heading of a draft whose other stories sit under headings: the
    opening that introduces them ("**Case.** Operating at L7 today: ..."), not one of them."""
    headed = next((s.first.start for s in told if s.first.section is not None), None)
    return headed is not None and story.first.section is None and story.first.start < headed


class Surplus(NamedTuple):
    """More stories with a measured result than the document type asks for (its ``items_max``)."""

    most: int  # the most the type asks for
    measured: int  # the stories it asks about that carry a measured result
    past: tuple[Story, ...]  # every story it asks about past the strongest ``most``, strongest first


def stories_asked_for(rubric: "Rubric", doc_type: str) -> int:
    """The most stories the document type asks for (its ``items_max``), or 0 where it asks for no
    number: the one place it is read."""
    return int(rubric.profile.table("doc_types").get(doc_type, {}).get("items_max", 0))


def surplus(counted: tuple[Story, ...], retell: str | None, rubric: "Rubric", doc_type: str,
            stopped: tuple[str, ...] = ()) -> Surplus | None:
    """The stories past the ones the document type asks for, or None when the draft tells no more
    than it asks (or the type sets no ``items_max``: a self-assessment asks for no number).

    ``counted`` are the stories the verdict counts (:func:`counted_stories`); of them the type's
    number is about the success stories: not the opening claim the others are the receipts for (the
    story that holds the retell sentence, or one told before the first heading), and not one told
    under a heading the profile's ``document.aside_headings`` leaves aside (the calculated risk the
    form invites beside its stories, the misses, the room's questions answered, the plans). Only
    the ones with a measured result are counted against the number: a story without one is what a
    writer cuts first, never what makes a draft too long. The room credits the stories in
    :func:`strongest_first` order, but the strongest story of a stop (``stopped``: the reading's
    stopped items) stays among the few kept, since the room looks for one (SPEC 2.11); the rest,
    past the strongest few, are the ones to cut or merge."""
    most = stories_asked_for(rubric, doc_type)
    if not most or len(counted) <= most:
        return None
    aside = tuple(h.lower() for h in rubric.profile.table("document").get("aside_headings", ()))
    asked = [story for story in strongest_first(counted) if not holds_retell(story, retell)
             and not opening(story, counted) and not any(h in (story.first.section or "").lower() for h in aside)]
    measured = sum(story.measured for story in asked)
    if measured <= most:
        return None
    stop = next((at for at, story in enumerate(asked) if any(i.id in stopped for i in story.items)), None)
    if stop is not None and stop >= most:
        asked.insert(most - 1, asked.pop(stop))
    return Surplus(most, measured, tuple(asked[most:]))


def strongest_first(told: tuple[Story, ...]) -> list[Story]:
    """The stories in the order the room credits them: complete stories (a measured result and the
    writer's decision) first, each kind by its strength; the sentences for the room and the list of
    stories to cut both read them so."""
    return sorted(told, key=lambda s: (-s.complete, -s.strength))


def told_stories(report: "Report") -> tuple[Story, ...]:
    """The report's claims grouped as the room reads them, by its profile's story labels and openers.

    Grouped once per report and kept on it, as its verdict is: the verdict's gap and the retell
    sentence both read the stories, and a report (frozen) always groups them the same way."""
    kept = report.__dict__.get("_told_stories")
    if kept is None:
        kept = report.__dict__["_told_stories"] = told_in(report.items, report.rubric)
    return kept


def told_in(items: tuple[Item, ...], rubric: "Rubric") -> tuple[Story, ...]:
    """A draft's claims grouped as the room reads them (the reading has no report yet)."""
    return stories(items, part_labels=rubric.story_part_labels, openers=rubric.new_story_openers,
                   nobody=rubric.nobody_harmed, harm_verbs=rubric.harm_verbs, continuers=rubric.story_continuers)


def best_result(story: Story, rubric: "Rubric | None" = None) -> Item | None:
    """The story's item with its strongest measured change, if it has one; with ``rubric``, a
    change that measures a result before one whose only number is how many a launch reached
    (:func:`exposure_only`)."""
    def rank(item: Item) -> tuple[bool, float]:
        return (rubric is None or not exposure_only(item, rubric), item.facts.impact if item.facts else 0.0)
    return max((i for i in story.items if is_measured_change(i)), key=rank, default=None)


def lead_of(told: tuple[Story, ...], rubric: "Rubric",
            stopped: "tuple[str, ...] | frozenset[str]" = ()) -> tuple[Story, Item] | None:
    """The outcome a draft should open with, the one every place names (the reading's lead hint and
    the lead finding, analysis/packet.py; the verdict's top changes, analysis/workbench.py `target`):
    the strongest complete story's best result, else the strongest measured story's; a measured
    change the room can retell ("improved promise accuracy from 88% to 93%") before a ready claim
    whose numbers compare nothing ("adding a carrier takes 2 days instead of 3 weeks"), and a story
    whose only measure is how many users a launch reached ("Launched ... to 10% of shoppers. Early
    results were positive ...") after every story that measures a result (:func:`exposure_only`).
    A result that is only a stop's or a refusal's evidence (``stopped``: the reading's stopped list;
    :func:`_case_only`) is the case for a stop, not an outcome to open with: it comes after a story
    whose measured result is a customer's or the business's, when the draft has one (why a pilot was
    stopped is no result of the year)."""
    if not told:
        return None
    found = _leading([story.items for story in told], rubric, stopped, told[0].nobody, told[0].harm_verbs)
    return None if found is None else (told[found[0]], found[1])


def lead_in(items: tuple[Item, ...], rubric: "Rubric", stopped: "tuple[str, ...] | frozenset[str]" = ()) -> Item | None:
    """The result :func:`lead_of` names among a draft's items grouped as :func:`told_in` groups them,
    without building the stories: the packet reading asks on every read (a Session's every edit)."""
    groups = _grouped(items, MIN_BULLET_OUTCOMES, rubric.story_part_labels, rubric.new_story_openers,
                      rubric.story_continuers)
    found = _leading(list(groups.values()), rubric, stopped, rubric.nobody_harmed, rubric.harm_verbs)
    return None if found is None else found[1]


def _leading(groups: "list[list[Item]] | list[tuple[Item, ...]]", rubric: "Rubric",
             stopped: "tuple[str, ...] | frozenset[str]", nobody: frozenset[str],
             harm_verbs: frozenset[str]) -> tuple[int, Item] | None:
    """:func:`lead_of` over the stories' items: the index of the story to lead with and its best
    result. Each story's answers (:attr:`Story.measured`, :attr:`Story.complete`,
    :attr:`Story.strength`, :func:`best_result`) are worked out in one pass over its items, from
    what each item keeps (:func:`_lead_answers`)."""
    ranked: list[tuple[int, Item | None, bool, bool, bool, float]] = []
    for at, members in enumerate(groups):
        owned = harmed = False
        best: Item | None = None
        rank = (False, 0.0)  # the best result's: not only a launch's reach, its impact
        strength = -INFINITY
        for item in members:
            change, own, harm, reached = _lead_answers(item, rubric, nobody, harm_verbs)
            impact = item.facts.impact if item.facts else 0.0
            if impact > strength:
                strength = impact
            owned = owned or own
            harmed = harmed or harm
            if change and (best is None or (not reached, impact) > rank):  # the first of the greatest, as max()
                best, rank = item, (not reached, impact)
        if best is not None or harmed:  # Story.measured (a harm avoided is asked only with ``nobody``)
            ranked.append((at, best, best is not None and not rank[0], owned,
                           bool(stopped) and _case_only(best, stopped, rubric), strength))
    if not ranked:
        return None
    served = any(not judged and _served_result(best) for _, best, _, _, judged, _ in ranked)
    # a launch's reach last; a case for a stop after a customer's result; complete stories (measured
    # and owned) first, each by its strength; the first of the least, as a stable sort has it
    at, best, _, _, _, _ = min(ranked, key=lambda found: (found[2], served and found[4], -found[3], -found[5]))
    assert best is not None  # a measured story has a measured change
    return at, best


def _lead_answers(item: Item, rubric: "Rubric", nobody: frozenset[str],
                  harm_verbs: frozenset[str]) -> tuple[bool, bool, bool, bool]:
    """What :func:`lead_of` asks of an item: a measured change, the writer's own decision, a harm
    avoided (asked only with ``nobody``), and a change whose only measure is how many a launch
    reached. Kept on the item, as its computed values are: the packet reading asks of every claim
    on every read, and a Session reuses, or moves (sharing the item's state), every item an edit did
    not touch. The answers hold while what they are read from is the same: the item's signals,
    metrics, action and kind, and the profile's lists (a copy with other signals, as the top
    changes' re-scoring makes, analysis/workbench.py, works them out again)."""
    state = item.__dict__
    asked = (state["signals"], state["metrics"], state["action"], state["kind"], rubric.rollout_verbs, nobody, harm_verbs)
    kept = state.get("_lead_answers")
    if kept is None or kept[0] != asked:
        change = is_measured_change(item)
        kept = state["_lead_answers"] = (asked, (
            change, is_own_decision(item), bool(nobody) and avoids_harm(item, nobody, harm_verbs),
            change and exposure_only(item, rubric)))
    return kept[1]


def _case_only(item: Item | None, stopped: "tuple[str, ...] | frozenset[str]", rubric: "Rubric") -> bool:
    """A stop or a refusal told with its evidence (:func:`stop_told`) whose numbers are only that
    case: no before and after, money or multiple of its own ("3% of regular passengers had joined",
    against "... fell from 1 in 6 to 1 in 30" told after the refusal)."""
    return item is not None and stop_told(item, stopped, rubric.stops) and \
        not any(m.kind in CHANGE_KINDS or m.detail == "range" for m in item.metrics)


def _served_result(item: Item | None) -> bool:
    """A measured result that is a customer's or the business's, the outcome a draft leads with."""
    return item is not None and item.signals is not None and (item.signals.customer or item.signals.business_outcome)


def figures_apart(document: Document, minimum: int = 4) -> tuple[Section, ...]:
    """Sections whose whole body the reader set aside (a table of figures, say) and that hold at
    least ``minimum`` numbers: results the draft states, but apart from the stories that earned them.
    """
    found = []
    starts = [p.block.span.start for p in document.passages  # a table row that tells no story is set aside
              if p.block.kind != "heading" and (p.block.kind != "table_row" or p.items)]
    for section in document.sections:
        if section.title is None:
            continue
        body = document.text.find("\n", section.span.start)
        if body < 0 or any(body <= start < section.span.end for start in starts):
            continue
        if len(re.compile(FIGURE).findall(document.text, body, section.span.end)) >= minimum \
                and not _told_in_stories(document.text, body, section.span.end):
            found.append(section)
    return tuple(found)


def _told_in_stories(text: str, start: int, end: int) -> bool:
    """Does most of a table of results repeat figures the stories tell ("| Plays from 'For you' |
    18% | 41% |" beside "plays from the row rose from 18% to 41%")? Then the table sums up; it does
    not hold the results apart. A row is told when one of its value cells (not its label) stands,
    word for word, in the draft outside the table."""
    lines = [line.strip() for line in text[start:end].splitlines() if line.strip().startswith("|")]
    rows = [line.strip("|").split("|") for line in lines[1:]  # the header names the columns
            if re.search(FIGURE, line) and not set(line) <= TABLE_RULE]
    if len(rows) < 2:
        return False
    outside = (text[:start] + " " + text[end:]).lower()
    told = sum(any(_told(cell.strip().lower(), outside) for cell in row[1:] if re.search(FIGURE, cell)) for row in rows)
    return told * 2 > len(rows)


def _told(cell: str, outside: str) -> bool:
    """The cell word for word outside the table, or its figure with the unit the table abbreviates
    ("42,000/day" told as "42,000 orders a day")."""
    if re.search(rf"(?<![\w.]){re.escape(cell)}(?![\w%])", outside):
        return True
    head = re.match(rf"[$£€]?{FIGURE}", cell)
    return head is not None and "/" in cell[head.end():head.end() + 1] and \
        re.search(rf"(?<![\w.]){re.escape(head.group().rstrip('.,'))}(?![\w%.]\d)", outside) is not None


TABLE_RULE = frozenset("|-: ")  # a table's rule line under its header


QUOTE_CHARS = 90
BOLD_LABEL_RE = compiled(r"(?:\*\*|__)?[A-Z][\w' -]{0,30}[.:](?:\*\*|__)\s+")
DANGLING = frozenset("a an the of to from by for in on at with and or but that which as than about".split())


def undone_at(item: Item, rubric: "Rubric | None") -> int:
    """The sentence in which the writer undoes the deed the item opens with, else 0: "In May I shipped
    wait-time estimates without a confidence range. When a clinic fell behind, ... complaints rose. I
    pulled the estimates within a week, added a range ...", "I switched the default paper to a cheaper
    stock ... print complaints rose 3x ... I reversed it in June ...". The sentences before it tell a
    mistake and the harm it did: no result to offer the room, to keep or to lead with; the story's
    result comes with the repair. The undoing is a verb of the profile's `stops.undoings` (a lemma, or
    a lemma and its particle: "roll back") in a sentence of the writer's, whose object points back at
    the opening deed's thing ("it", "them", or a word of the opening sentence within a few words:
    "pulled the estimates", "rolled the radius back"); "pulled the Saturday slots" of a launch undoes
    something else."""
    if rubric is None or len(item.sentences) < 2 or not rubric.stops.undoings:
        return 0
    opening = item.sentences[0]
    if opening.clause is None or opening.clause.subject not in OWN_SUBJECTS:
        return 0
    told = frozenset(w for w in opening.lowers if len(w) > UNDONE_SHORT)
    for at, sentence in enumerate(item.sentences[1:], start=1):
        if sentence.clause is not None and sentence.clause.subject in OWN_SUBJECTS \
                and _undoes(sentence.lowers, told, rubric):
            return at
    return 0


def _undoes(words: tuple[str, ...], told: frozenset[str], rubric: "Rubric") -> bool:
    undoings = derived(rubric, "stories.undoings", _undoing_forms)
    for at, word in enumerate(words):
        for particle in undoings.get(word, ()):
            after = words[at + 1:at + 1 + UNDONE_REACH]
            if particle is not None and particle not in after:
                continue  # "rolled it out" is no roll-back
            if after[:1] and after[0] in UNDONE_PRONOUNS or told.intersection(after):
                return True
    return False


def _undoing_forms(rubric: "Rubric") -> dict[str, tuple[str | None, ...]]:
    """Each form of an undoing verb ("pulled", "rolls") with the particles it needs (None: none)."""
    forms: dict[str, tuple[str | None, ...]] = {}
    for undoing in sorted(rubric.stops.undoings):
        verb, *particle = undoing.split()
        for form in verb_forms(verb):
            forms[form] = forms.get(form, ()) + (particle[0] if particle else None,)
    return forms


UNDONE_REACH = 4  # words after the undoing verb that hold its object (and its particle)
UNDONE_SHORT = 3  # words this short ("the", "and", "may") name no thing of the opening deed
UNDONE_PRONOUNS = frozenset(("it", "them"))


def outcome_sentence(item: Item, rubric: "Rubric | None" = None) -> Span:
    """The sentence of the item that states its result: the first with a before-and-after, else the
    first with an amount of money, else the first with a share or a change, else the first. A
    paragraph often opens with the problem ("When I arrived, managers padded Monday shifts by 15%
    ..."), and an amount of money before the result is often a cost, a budget or the option not
    taken ("a new revision at a cost of $4.1M ... returns fell from 9.4% to 3.8%"): pointing at the
    outcome means quoting the result, in the order the sentences for the room rank them. A number in
    a senior party's ask ("who wanted to extend the hold shelf from 7 days to 14") is what was asked,
    never the outcome; with the ``rubric``, nor is a number in what the writer found or showed ("I
    showed her that 80% of our riders ...": the case for the call, as the sentences for the room
    read it, measures.py ``found_in``): another number of the item is its result then, and the
    finding is quoted only when the item tells no other."""
    findings = {id(sentence) for sentence in item.sentences for m in item.metrics
                if rubric is not None and found_in(sentence, m, rubric)}
    undone = undone_at(item, rubric)  # a mistake and its harm before the writer's repair: never the result
    for found in ((rubric, None) if findings else (None,)):  # a finding only when nothing else is told
        for compared in (_before_and_after, _money, _comparable) + ((_any_number,) if found is not None else ()):
            for sentence in item.sentences[undone:]:
                if compared is _any_number and id(sentence) in findings:
                    continue  # "Read 600 tickets and found that 70% ...": its count is the research's
                if any(sentence.span.start <= m.span.start < sentence.span.end and compared(m)
                       and not _asked_or_found(sentence, m, found) for m in item.metrics):
                    return sentence.span
    return item.sentences[undone].span if item.sentences else item.span


def _any_number(metric: Mention) -> bool:
    """Any number told ("freight operators now book 9 in 10 crossings online (was 3 in 10)"): the
    result to quote when the only share or change beside it is in a finding."""
    return True


def _asked_or_found(sentence: Sentence, metric: Mention, rubric: "Rubric | None") -> bool:
    return asked_in(sentence, metric) or rubric is not None and found_in(sentence, metric, rubric)


def outcome_clause(item: Item, width: int = QUOTE_CHARS, rubric: "Rubric | None" = None) -> Span:
    """The outcome sentence, from the clause that states the result when the sentence opens with
    more than a quote can hold before it ("We relaunched it in April ..., and I think it went well
    overall: app ratings went from 3.1 to 4.4 stars ..."): pointing at the outcome quotes the
    result, not the words before it."""
    sentence = outcome_sentence(item, rubric)
    told = next((s for s in item.sentences if s.span == sentence), None)
    compared = [m for m in item.metrics if sentence.start <= m.span.start < sentence.end
                and (_before_and_after(m) or _money(m) or _comparable(m))]
    metric = next((m for m in compared if told is None or not _asked_or_found(told, m, rubric)), None) \
        or next(iter(compared), None)
    if metric is None or metric.span.start - sentence.start <= width * 3 // 5:
        return sentence
    before = item.view[sentence.start:metric.span.start]
    cut = max((before.rfind(mark) + len(mark) for mark in CLAUSE_MARKS if mark in before), default=0)
    if cut == 0:
        return sentence
    start = sentence.start + cut
    while start < sentence.end and item.view[start] == " ":
        start += 1
    return Span(start, sentence.end)


CLAUSE_MARKS = (": ", "; ", ", and ", ", so ", " so ", ", which ", " — ", " - ")


def outcome_quote(item: Item, rubric: "Rubric | None" = None, width: int = QUOTE_CHARS) -> str:
    """The item quoted where its result is told (:func:`outcome_clause`), "…" before a clause cut
    from inside its sentence: how the coach points at an outcome rather than at the item's opening."""
    clause = outcome_clause(item, rubric=rubric)
    inside = any(s.span.start < clause.start < s.span.end for s in item.sentences)
    return f"{'…' if inside else ''}{quote(item, width, sentence=clause)}"


def _before_and_after(metric: Mention) -> bool:
    return metric.detail == "range"


def _money(metric: Mention) -> bool:
    return metric.kind == "currency"


def _comparable(metric: Mention) -> bool:
    """A share or a change the room can compare ("fell 22% ... against 3% in the rest"), as
    :func:`is_measured_change` reads one."""
    return metric.kind in CHANGE_KINDS or metric.text.rstrip().endswith("%")


def quote(item: Item, width: int = QUOTE_CHARS, sentence: Span | None = None) -> str:
    """The item's opening sentence (or ``sentence``), or its first clauses that fit: cut at a comma or
    a semicolon if possible, else between words, never inside a number and never on a dangling
    "from" or "the"."""
    first = sentence or _past_label(item)
    label = BOLD_LABEL_RE.match(item.source, first.start, first.end)
    start = label.end() if label else first.start  # "**Result.** p90 load time ..." -> "p90 load time ..."
    text = " ".join(item.words_at(Span(start, first.end)).replace("*", " ").split()).rstrip(".")
    if len(text) <= width:
        return text
    head = text[:width]
    clause = max(head.rfind(", "), head.rfind("; "), head.rfind(": "), head.rfind(" and "))
    if clause >= width // 2:
        return head[:clause].rstrip(",;:") + "…"
    words = head.rsplit(" ", 1)[0].split()
    while len(words) > 3 and (words[-1].lower().strip(",;:") in DANGLING or _half_range(words)):
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


BOLD_MARKS = ("**", "__")
LABEL_WORDS = 8  # a bold lead-in longer than this is a claim told in bold, not a paragraph's label


def _past_label(item: Item) -> Span:
    """The sentence a quote opens on: the first, unless the first is all a bold lead-in of its own
    ("**Goal 4: partly met.** We migrated ...", "**Stopping what didn't pay.** I paused ..."), which
    names the paragraph for the writer but says nothing the change is about; then the next one. A
    bold sentence that states a result ("**Cut the approval wait from 31 hours to 4.**") or runs
    longer than a label (``LABEL_WORDS``) is the item's claim, and stays its quote."""
    if not item.sentences:
        return item.span
    first = item.sentences[0].span
    source = item.source
    if len(item.sentences) > 1 and source[max(0, first.start - 2):first.start] in BOLD_MARKS \
            and source[first.end:first.end + 2] in BOLD_MARKS \
            and len(source[first.start:first.end].split()) <= LABEL_WORDS \
            and not any(first.start <= m.span.start < first.end for m in item.metrics):
        return item.sentences[1].span
    return first


def _half_range(words: list[str]) -> bool:
    """"... grew from 210,000": a range cut before its "to" reads as a level; leave both halves out."""
    return len(words) > 4 and words[-2].lower() == "from" and words[-1][:1] in "0123456789$€£"


def quoted(items: tuple[Item, ...], ids) -> str:
    """Items named by id, as the writer would recognise them: their first words, quoted."""
    by_id = {item.id: item for item in items}
    return ", ".join(f"“{quote(by_id[i], QUOTE_CHARS // 2)}”" if i in by_id else i for i in ids)
