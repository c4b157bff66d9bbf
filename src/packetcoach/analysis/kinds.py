"""What kind of passage an item is: a claim offered as evidence, or context, scope, a plan, a lesson
or an objection answered in advance (docs/labelling-guide.md, "Item kind").

A draft is not a list of evidence items: it frames problems, states the writer's remit, tells what
it learned, says what comes next and answers the room's objections. Judging each of those sentences
for readiness buries the real findings under false ones, and misses what they are worth: scope is
the heart of the level signal, an objections section is a strength. The cues are the profile's
``[kinds]`` lists; this module holds only how they combine, in order of precedence:

1. the section the item sits in (an "Objections I expect" heading makes its items objections, "A
   calculated risk that did not pay off" or "Where I fell short" makes them lessons; a results
   section, such as "What happened", makes the ones that are not scope claims);
2. an objection opener in the item's first words ("Some will say ...", "You might ask ...");
3. a lesson anywhere ("I learned to ...", "Looking back, ...", "next time I ..."), but not a bare
   "I learned" beside a result (a skill picked up on the way to it);
4. a plan: the writer's action in the future, with a verb of action after the modal;
5. scope: the writer's remit in the present tense ("I own checkout for 5M buyers"), with no
   result and no past deed of the writer's in the item;
6. context: a manager's own view put to the room, naming no level ("In calibration I would say
   she sets ...": a remit it states is scope still), the argument's thesis in the opening or under a
   "TL;DR" heading ("This year I moved us from ... to ..."), a
   question, a framing opener, the state the writer found told as the subject ("The old
   form had 14 fields and lost a third of tenants") or a deed named as a subject and what it had or
   was ("Dropping the app had a cost"), with neither the writer nor the team acting, or nothing done
   by anyone and no result; someone else's words in quotation marks with only who said them; the
   problem the writer found named as a label ("Here is the problem I inherited: ..."); how things
   stand, told of others or things in the present tense with no past verb and no mark of a result
   told in the present ("Wedding cakes are booked nine to fourteen months out, so ...");
7. otherwise a claim.

The document speaking of itself ("This document walks through ...") is context before any of 2-6,
and so is a sentence under a summary heading that opens by telling the draft again in brief
("Taken together: ...", "To restate the case: ..."): its stops and results were counted where
they were told. Under a heading that closes the draft by telling it again ("In closing", "In
short"), every claim is context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import chain

from packetcoach.core.model import Action, Item, ItemKind, Signals
from packetcoach.core.regexes import compiled
from packetcoach.profile.compile import KIND_GROUP, Rubric, derived
from packetcoach.profile.lexicon import Match, fold_text
from packetcoach.profile.patterns import spans_of
from packetcoach.text.items import read_for_wording
from packetcoach.text.numbers import has_number
from packetcoach.text.verbs import DETERMINERS, gerund_frame, past_form, verb_at

Hits = dict[str, list[Match]]
SUMMARIES = ("summary", "closing")  # headings of the draft told again in brief, anywhere or at its close
OPENING = 6  # an opener counts within the first words of the item
MODAL_ENDINGS = frozenset(("will", "'ll", "i'll", "we'll", "to", "want"))
NOT_A_PLAN = frozenset("admit say note add be concede confess repeat".split())
# How a challenge opens when it is put as a question: "why", or a yes-or-no question ("Is the 40% a
# one-off?"). An open question ("What did sellers need most?") frames a story instead.
CHALLENGES = frozenset("""why is isn't was wasn't will won't would wouldn't did didn't does doesn't do
    don't are aren't were weren't can can't could couldn't should shouldn't has hasn't have haven't""".split())


def _heading_kind(section: str | None, rubric: Rubric) -> ItemKind | None:
    if not section or rubric.kind_headings is None:
        return None
    return heading_match(rubric.kind_headings, section, rubric)[1]  # type: ignore[return-value]


def _no_answers(_: Rubric) -> dict[str, tuple[bool, str | None]]:
    return {}


def heading_match(pattern: re.Pattern[str], title: str, rubric: Rubric) -> tuple[bool, str | None]:
    """Whether a pattern finds a section title (or a heading's text), and the group it found:
    asked for every item of the section and on every re-read of a draft, so answered once per
    title and kept with the compiled profile (by the pattern's text: hashing a compiled pattern
    costs more than the search)."""
    answers: dict[str, tuple[bool, str | None]] = derived(rubric, pattern.pattern, _no_answers)
    answer = answers.get(title)
    if answer is None:
        if len(answers) > 4096:
            answers.clear()
        found = pattern.search(title)
        answer = answers[title] = (found is not None, found.lastgroup if found else None)
    return answer


def judgment_heading(section: str | None, rubric: Rubric) -> str | None:
    """"What I started", "What I chose not to build", "Home pickup, stopped": the writer's own heading
    says each item under it is a start or a stop ("initiated" or "stopped"). A bare verb of the list
    followed by an -ing word tells what someone ceased or began doing ("Restaurants stopped missing
    orders", "Sellers started getting paid daily"): a result, not the writer's call; one after "where",
    "how" or "when" tells where the story began ("Where we started"), a background."""
    if not section or rubric.judgment_headings is None:
        return None
    group = heading_match(rubric.judgment_headings, section, rubric)[1]
    if group is None:
        return None
    found = rubric.judgment_headings.search(section)
    said = found.group().lower().split() if found else []
    after = section[found.end():].split()[:1] if found else []
    if len(said) == 1 and after and after[0].lower().endswith("ing"):
        return None
    if len(said) == 1 and found and section[:found.start()].split()[:1] and \
            section[:found.start()].split()[0].lower() in STARTING_POINT_OPENERS:
        return None  # "Where we started", "How it started": the story's starting point, a background
    return group


STARTING_POINT_OPENERS = frozenset(("where", "how", "when"))  # a heading that asks where a story began or ended


def _cues(hits: Hits, name: str) -> Sequence[Match]:
    """The kind cues of one list found in the item (none for most items: a shared empty tuple)."""
    return hits.get(_CUE_KEYS.get(name) or _cue_key(name), ())


_CUE_KEYS: dict[str, str] = {}  # list name -> its group in the hits: an item asks for a dozen

# the groups of the kind cue lists an item is asked for by name (read with ``hits.get``, no call)
BYLINES = KIND_GROUP + "bylines"
CAREER_BEFORES = KIND_GROUP + "career_befores"
CAREER_TEACHERS = KIND_GROUP + "career_teachers"
CONTEXT_OPENERS = KIND_GROUP + "context_openers"
DEED_NOUNS = KIND_GROUP + "deed_nouns"
DOCUMENT_OPENERS = KIND_GROUP + "document_openers"
DRAFT_REFERENCES = KIND_GROUP + "draft_references"
EFFORT_REGRETS = KIND_GROUP + "effort_regrets"
FEEDBACK_REPORTS = KIND_GROUP + "feedback_reports"
FOUND_PROBLEMS = KIND_GROUP + "found_problems"
LENS_OPENERS = KIND_GROUP + "lens_openers"
LESSON = KIND_GROUP + "lesson"
LEVEL_ASK_REASONS = KIND_GROUP + "level_ask_reasons"
LEVEL_ASKS = KIND_GROUP + "level_asks"
OBJECTION_OPENERS = KIND_GROUP + "objection_openers"
PLAN = KIND_GROUP + "plan"
PLAN_OPENERS = KIND_GROUP + "plan_openers"
PRESENT_CHANGES = KIND_GROUP + "present_changes"
PRONOUN_NOTES = KIND_GROUP + "pronoun_notes"
REACH_SCOPE = KIND_GROUP + "reach_scope"
SCOPE = KIND_GROUP + "scope"
SKIPPED_STEPS = KIND_GROUP + "skipped_steps"
SHARE_OPENERS = KIND_GROUP + "share_openers"
STATE_OPENERS = KIND_GROUP + "state_openers"
SUMMARY_OPENERS = KIND_GROUP + "summary_openers"


def _cue_key(name: str) -> str:
    key = _CUE_KEYS[name] = KIND_GROUP + name
    return key


def _plan(item: Item, hits: Hits, rubric: Rubric, first_end: int) -> bool:
    """A future marker in the first sentence, followed by a verb of action (or, after "I want",
    by what the writer wants: "I want every new seller to ...")."""
    tokens = item.tokens
    for match in hits.get(PLAN, ()):
        if match.first >= first_end:
            break
        last = match.phrase.split()[-1]
        if last not in MODAL_ENDINGS:
            return True  # "my goal for next year", "in the coming year"
        words = match.phrase.split()
        if last == "to" and len(words) > 1 and words[-2] in rubric.intent_verbs:
            return True  # "I plan to be more strategic", "we intend to pilot the kiosk"
        following = tokens[match.last + 1].lower if match.last + 1 < len(tokens) else ""
        if following in NOT_A_PLAN:
            continue  # "I'll admit ...": a concession, not a plan
        if last == "want" and (following in DETERMINERS or following in ("to", "every", "all") or following[:1].isdigit()):
            return True
        found = verb_at(tokens, match.last + 1, rubric)
        if found and tokens[found[0]].lower not in NOT_A_PLAN or last != "to" and _bare_verb(following):
            return True  # "I will hand the portal to ...": after "will" the plain word is the verb
    return False


GOAL_OBJECTS = frozenset("a an the our my every all its their this these those each".split())


def _goal_bullet(item: Item, rubric: Rubric) -> bool:
    """A bullet that opens with a verb's plain form and its object ("Launch a collegiate league in
    the fall", "Bring the bed board to four hospitals by Q3"): a goal. Not a past written as the
    plain form ("Sunset the legacy portal", profile list ``kinds.plain_pasts``), a remit ("Own the
    renter app": the verbs of the ``scope`` cues), or a noun that is also a verb ("Change orders
    averaged 19 days": no object follows)."""
    tokens = item.tokens
    if len(tokens) < 3 or not tokens[0].text[:1].isupper():
        return False
    word = tokens[0].lower
    return rubric.verb_lemma.get(word) == word and word not in rubric.plain_pasts \
        and word not in rubric.remit_verbs and (tokens[1].lower in GOAL_OBJECTS or tokens[1].text[:1].isdigit())


def _bare_verb(word: str) -> bool:
    """A plain lower-case word that can follow "will" as its verb (not "I will, in May, ...")."""
    return word.isalpha() and word not in DETERMINERS and not word.endswith(("ed", "ing"))


def _past_deed(item: Item, action: Action) -> bool:
    """Did the writer do something in the past tense ("I cut", "Launched")? Then it is a claim."""
    if action.subject != "i" or action.span is None or action.verb is None:
        return False
    word = item.view[action.span.start:action.span.end].lower()
    return word != action.verb and not word.endswith(("s", "ing"))


def _career_move(item: Item, hits: Hits, action: Action) -> bool:
    """Is the writer's verb a move in their own career ("I joined the payments team", "I moved from
    engineering into product")? It tells where the writer sits, not what they did for anyone."""
    return _verb_in(item, hits, action, "career_moves")


def _verb_in(item: Item, hits: Hits, action: Action, group: str) -> bool:
    """Does the item's verb sit inside one of the profile's ``kinds.<group>`` phrases?"""
    cues = _cues(hits, group)
    if action.span is None or not cues:
        return False
    return any(item.tokens[m.first].start <= action.span.start < item.tokens[m.last].end for m in cues)


def _past_role(item: Item, action: Action, rubric: Rubric) -> bool:
    """Is the one sentence of the item the writer's old engineering job told as what they did ("Before
    that I spent four years as a data engineer, which shows in how I work", "I was an iOS developer
    for six years")? Where the writer comes from, told as background, not a deed offered as evidence:
    one of the profile's ``engineering_past_patterns`` that opens with the writer's "I" ("as a former
    SDE, I found ..." opens with the past, and the deed follows)."""
    if rubric.engineering_past_re is None or action.subject != "i" or len(item.sentences) != 1:
        return False
    span = item.sentences[0].span
    folded, _ = fold_text(item.view[span.start:span.end].replace("\n", " "))  # a wrapped line reads on
    return any(found[:1] in "iI" and found[1:2].isspace()
               for found in (folded[start:end] for start, end in spans_of(rubric.engineering_past_re, folded)))


def _draft_lens(hits: Hits) -> bool:
    """Does the item open by pointing back to what the writer brings, as the lens for the draft
    (``kinds.lens_openers`` first, ``kinds.draft_references`` after: "That is how I approached
    visiting this year, and it is the lens I would ask the reader to use for everything below")?"""
    return LENS_OPENERS in hits and any(m.first == 0 for m in hits[LENS_OPENERS]) \
        and bool(hits.get(DRAFT_REFERENCES, ()))


def _setting_section(item: Item, action: Action, rubric: Rubric) -> bool:
    """Does the item sit under a heading whose whole text names the setting before the story (the
    profile's ``kinds.context_headings``: "## Context", "## Background", "## Where I started"), with
    no past deed of the writer's or the team's in it ("The Returns team owns the flow customers use
    ...", "The report reached the homeowner about 19 days later")? The labelling guide's background:
    "In 2024 I proposed a three-year plan ..." there stays the writer's claim."""
    if item.section is None or not rubric.context_headings or _plain_heading(item.section) not in rubric.context_headings:
        return False
    if _past_deed(item, action) or action.subject == "we" and _team_deed(item, action, rubric):
        return False
    words = item.words  # "I know what the form costs, and I built the product around it": a deed after all
    return not any(words[k] == "i" and past_form(words[k + 1], rubric.verb_lemma) for k in range(len(words) - 1))


def _ask_section(item: Item, rubric: Rubric) -> bool:
    """Does the item sit under a heading whose whole text names what the writer asks of the manager
    or the committee (the profile's ``kinds.ask_headings``: "## Asks")? The requests there ("I would
    like a second engineer on the deposits team for the first half of next year", "I would like my
    manager's help getting a seat at the owners' council") are what the work ahead needs, a plan; a
    past deed told there stays a claim, and so does a hedged view ("I believe that is L7 work"), whose
    hedge is still found."""
    return item.section is not None and bool(rubric.ask_headings) and _plain_heading(item.section) in rubric.ask_headings


def _team_deed(item: Item, action: Action, rubric: Rubric) -> bool:
    """Is the team's verb a deed in the past ("We migrated the ledger"), not a state ("The team had 6
    engineers", "The Returns team owns the flow")?"""
    if action.span is None:
        return True
    word = item.view[action.span.start:action.span.end].lower()
    return word not in COPULAS and bool(past_form(word, rubric.verb_lemma))


def _past_career(item: Item, hits: Hits, action: Action, rubric: Rubric) -> bool:
    """Does the item's first sentence open with the writer's earlier career told as the years spent
    in it ("I spent eleven years as a ward nurse before I moved into product, and I still judge
    ...", "Before product I ran kitchens for eleven years; ...", "As a pharmacist I spent years
    watching people abandon a repeat prescription ...")? Where the writer comes from, and the lens
    it gives the draft, background, not a deed offered as evidence. The writer's "I" stands in its
    first words, and one of ``kinds.career_spans`` ("years") later in the sentence is told as an
    earlier career: a ``kinds.career_teachers`` cue that starts there ("years as a"), one of
    ``kinds.career_befores`` in the sentence ("before product"), or, when "As a <role>" opens the
    sentence, the span right after the writer's verb, one of ``kinds.past_career_verbs`` ("As a
    former nurse I knew ..." and "I spent two weeks on it" stay claims)."""
    if not item.sentences or not rubric.career_spans:
        return False
    words, end = item.words, len(item.sentences[0].tokens)
    writer = next((k for k in range(min(OPENING, end)) if words[k] == "i"), None)
    if writer is None:
        return False
    spans = []  # the spans in the writer's own clause, near its "I": "this year I was ..., because my years as an SRE ..." is none
    for k in range(writer + 1, min(end, writer + CAREER_SPAN_REACH + 1)):
        if words[k] in CAREER_CLAUSE_ENDS:
            break
        if words[k] in rubric.career_spans:
            spans.append(k)
    if not spans:
        return False
    if any(m.first in spans for m in hits.get(CAREER_TEACHERS, ())) \
            or any(m.last < end for m in hits.get(CAREER_BEFORES, ())):
        return True
    if words[0] != "as" or words[1] not in ("a", "an") or action.subject != "i" \
            or action.verb not in rubric.past_career_verbs or action.span is None:
        return False
    return any(item.tokens[k - 1].start == action.span.start for k in spans)


CAREER_SPAN_REACH = 10  # words from the writer's "I" to the years: "I trained as a civil engineer and spent eight years ..."
CAREER_CLAUSE_ENDS = frozenset((",", ";", ":", "that", "which", "who", "because"))  # the writer's clause ends there


COPULAS = frozenset("is was are were has had have be been".split())

DEED_HEAD = 3  # the deed noun heads the line: "Trip planner crash fix", not "the first month of a launch"


def _told(item: Item, verbs: Mapping[str, str]) -> bool:
    """Does a verb tell what happened ("The first month of a launch drew ...", "the pilot was ...")?"""
    return any(word in COPULAS or past_form(word, verbs) for word in item.words)


def _state_told(item: Item, action: Action, hits: Hits) -> bool:
    """The item tells how things stood with a copula and no verb of anyone's ("Ticket lines were the
    top complaint on every review site"): a single word of effort in it ("review", "meeting") is a
    thing named, not effort done; a phrase of effort ("was a big focus for me") is still effort."""
    return action.verb is None and any(word in COPULAS for word in item.words) \
        and all(m.first == m.last for m in hits["activity"])


def _no_deed(item: Item, hits: Hits, action: Action, signals: Signals, moves: bool,
             verbs: Mapping[str, str]) -> bool:
    """Nobody does anything offered as evidence (no deed of the writer's or the team's, nothing
    done in the passive, no effort or responsibility), and nothing is stated as changing."""
    if signals.business_outcome or signals.technical_metric_only or signals.own_action:
        return False
    if action.subject in ("i", "we", "passive") or hits.get("activity") and not _state_told(item, action, hits):
        return False
    if any(token.text == "I" or token.lower == "we" for token in item.tokens) or part_labelled(hits):
        return False  # the writer or the team is in it: "We were the first team to ...", "My role: program manager"
    if item.format == "bullet" and any(m.first <= DEED_HEAD for m in hits.get(DEED_NOUNS, ())) and not _told(item, verbs):
        return False  # a deed named as a noun in a list, with no verb: "Trip planner crash fix (iOS 17)"
    return not moves  # "the new flow helped sellers list faster" is a claim


def part_labelled(hits: Hits) -> bool:
    """The writer's part told as a label ("Outcome: ... My role: PM for the payout schedule"): the
    item is offered as the writer's evidence even when no deed follows the label."""
    return "own_action" in hits and any(m.phrase.endswith(":") for m in hits["own_action"])


LEARNED = frozenset(("i learned", "i learnt", "i've learned", "i have learned", "i have learnt", "i also learned",
                     "i also learnt"))


def _lessons(hits: Hits) -> list[Match]:
    """The lesson cues, less a changed habit that is a new remit: "I now own ..." is scope (a scope
    cue starts at the same word), "I now test with ..." a lesson; and less what the writer's earlier
    career taught ("Six years as a bank teller taught me that ..., so I added ..."): the background a
    deed drew on, told with the deed, not a lesson drawn from the work (a `career_teachers` cue ends
    within a few words before the lesson cue)."""
    if LESSON not in hits:
        return []  # most items: no lesson cue
    remits = {m.first for m in hits.get(SCOPE, ())}
    careers = [m.last for m in hits.get(CAREER_TEACHERS, ())]
    return [m for m in hits.get(LESSON, ()) if m.first not in remits
            and not any(0 < m.first - last <= CAREER_REACH for last in careers)]


CAREER_REACH = 5  # words from the career named to the lesson cue: "years as a ward nurse taught me"


def _practice_changed(words: Sequence[str], hits: Hits) -> bool:
    """A check skipped before a deed (profile list ``kinds.skipped_steps``: "launched it without asking
    finance") and, in a later clause, the practice changed since ("; price changes now go through
    finance"): a mistake owned and its lesson, as "I now ..." after it is."""
    for cue in hits.get(SKIPPED_STEPS, ()):
        breaks = [at for at in range(cue.last + 1, len(words)) if words[at] in CLAUSE_ENDS]
        if breaks and "now" in words[breaks[0] + 1:]:
            return True
    return False


CLAUSE_ENDS = frozenset((";", ".", ":"))


def _answered(item: Item) -> bool:
    """The item opens with a challenge put as a question and answers it ("Is the 40% a one-off? It
    has held for three quarters."): raised in order to meet it, an objection."""
    if len(item.sentences) < 2 or not item.sentences[0].tokens:
        return False
    opening = item.sentences[0].tokens
    if opening[0].lower not in CHALLENGES or any(token.lower in ("you", "your") for token in opening):
        return False  # "Did your group hold a planning session?": a form's prompt, not the room's doubt
    first, *rest = (item.view[s.span.start:s.span.end].rstrip().rstrip("*_\"'”’)") for s in item.sentences)
    return first.endswith("?") and not all(text.endswith("?") for text in rest)


def _perfect_remit(hits: Hits) -> bool:
    """A remit held since a date, in the present perfect ("Since March I have owned ..."): its
    past participle is no past deed."""
    return any(word in ("have", "i've") for m in hits.get(SCOPE, ()) for word in m.phrase.split())


def _only_learned(hits: Hits, words: Sequence[str]) -> bool:
    """The only lesson cue is a bare "I learned": beside a result it names a skill picked up on the
    way ("I learned enough statistics to ..., and weekly use went from 9 sites to 41"), not a lesson.
    "I learned that ..." and "I learned to ..." state what the writer now believes or does, a
    lesson whatever result sits beside it ("I learned that a report nobody opens decides nothing")."""
    return all(m.phrase in LEARNED and words[m.last + 1:m.last + 2] not in LEARNED_WHAT for m in _lessons(hits))


LEARNED_WHAT = (("that",), ("to",), ("how",))  # the word after "I learned" that opens the lesson itself


def _setting_label(item: Item, hits: Hits) -> bool:
    """The item opens with a label that names a story's setting ("Situation:", "**Task.**": the
    ``context_openers`` that end with a colon or a period)."""
    return CONTEXT_OPENERS in hits and \
        any(m.first == 0 and item.words[m.last] in (":", ".") for m in hits[CONTEXT_OPENERS])


def _setting_run_in(item: Item, action: Action, rubric: Rubric) -> bool:
    """Does the item's paragraph open with a bold run-in label that names the story's setting (the
    profile's ``kinds.setting_labels``: "**Situation.** Guides managed their lists on paper ...",
    "**Before.** Parents ordered photos by filling in a paper envelope ..."), with no other bold label
    between it and the item, and no product decision of the writer's in the past in the item? The
    block reader takes the label off the item's words, so `_setting_label` never sees it; the
    paragraph's text before the item still holds it. "**Before.** ... and I proposed a bundle
    discount" stays a claim (the started list reads it); "**Task.** I owned the launch" is the remit
    the story sets out from, and "**Situation.** Automated porter assignment was due to go live" no
    deed at all."""
    if not rubric.setting_labels or action.verb_class == "pm" and _past_deed(item, action):
        return False
    told = item.source[:item.span.start].lstrip()
    mark = told[:2]
    if mark not in ("**", "__") or told.count(mark) != 2:
        return False
    return told[2:told.find(mark, 2)].strip(" .:").lower() in rubric.setting_labels


def _whole_story(item: Item, signals: Signals, rubric: Rubric) -> bool:
    """A bullet, or a slide's lines read as one, that opens with its setting and goes on to its
    result ("Problem: customers spent 40 min on layout / ... / Result: completion 31% -> 44%"), or
    labels a later part of its story in the same line ("Problem: teachers gave up on the sign-up ->
    What I did: cut it to a calendar link -> Result: ..."): the label names the first part of a
    story told whole, not the item."""
    if item.format != "bullet":
        return False
    return len(item.sentences) > 1 and signals.business_outcome or _later_part(item.words, rubric.story_part_labels)


def _later_part(words: tuple[str, ...], labels: frozenset[str]) -> bool:
    """Does a second label of a story's parts (the profile's `story_part_labels`, "What I did:",
    "Result:") follow the first in the item's words?"""
    colons = [at for at, word in enumerate(words) if word == ":"]
    return any(" ".join(words[at - size:at]) in labels for at in colons[1:] for size in PART_LABEL_WORDS)


PART_LABEL_WORDS = (1, 2, 3)  # "result", "my call", "what i did"


def _framed(item: Item, hits: Hits, action: Action) -> bool:
    """A framing opener in the first words, before any past deed of the writer's: "That was the
    year ...", but not "Paused the redesign that was already half built" (the opener is inside the
    deed's object)."""
    if CONTEXT_OPENERS not in hits:
        return False
    deed = _past_deed(item, action) and action.span is not None
    return any(m.first < OPENING and not (deed and item.tokens[m.first].start > action.span.start)
               for m in hits[CONTEXT_OPENERS])


def _arrival_only(item: Item, hits: Hits, rubric: Rubric) -> bool:
    """The item opens with the writer's arrival and tells nothing the writer or the team did after
    it: a context opener told with the writer's past verb ("When I arrived, 38% of householder
    applications were rejected ...", "When I took the area over in January, one appointment in seven
    ended with an empty chair"; the profile's ``kinds.context_openers``) or a career move
    (``kinds.career_moves``: "I joined Crop Alerts in January from the imagery science team. The
    product then was ...") in the first words, no "I" or "we" after it, and no deed sharing its "I"
    (", identified the cause"). The figures are the state the writer found, so the item is context
    whatever they say; "When I arrived, ... I proposed a seat map ... and refunds fell by half"
    stays the writer's claim, and so do "..., and we took a margin" and "By December we were losing
    2.6%", where the year ended."""
    words = item.words
    end = None
    for m in chain(hits.get(CONTEXT_OPENERS, ()), _cues(hits, "career_moves")):
        if m.first < OPENING and _arrives(words[m.first:m.last + 1], rubric):
            end = m.last + 1 if end is None else min(end, m.last + 1)
    if len(item.sentences) > 1:  # the state found told after it; "Took over the weekly review." alone is activity
        for m in _cues(hits, "opening_arrivals"):
            if m.first == 0:  # "Took over shed delivery from Hannah ...": the bullet's verb, its "I" unstated
                end = m.last + 1 if end is None else min(end, m.last + 1)
    if end is None:
        end = _split_arrival(words, rubric)
    if end is None or end < len(words) and words[end].endswith("ing"):
        return False  # "When I started sending each owner a monthly note, ...": a deed, not an arrival
    return _nothing_after(words, end, rubric)


def _remit_only(item: Item, hits: Hits, rubric: Rubric) -> bool:
    """The item opens with the writer's remit in the present ("I own the repair product for our 62
    stores ...", "I lead metering and billing product for 1.9 million households ..."; one of the
    profile's ``kinds.scope`` cues told with "I", in the first words) and tells nothing the writer or
    the team did after it (:func:`_nothing_after`): the year's figures beside it ("Repairs brought in
    £41M this year", "this year my goal was to bring down the wait") are the remit's size or its
    goal, not a deed offered as evidence, so the item is scope whatever they say. "I own a product
    ..., I set its direction when the data was thin, and the repricing alone cut plan churn ..."
    stays the writer's claim."""
    words = item.words
    cues = hits.get(SCOPE, ())
    ends = [m.last + 1 for m in cues if m.first < REMIT_OPENING and words[m.first] == "i"]
    # an "I" that opens another remit ("..., and since April I have also led the regional strategy")
    # tells the remit on, not a deed
    return bool(ends) and _nothing_after(words, min(ends), rubric, frozenset(m.first for m in cues))


REMIT_OPENING = 2  # the remit opens the item: "I own ...", "**I own ..."


def _moved(words: Sequence[str], changed: Sequence[int]) -> bool:
    """A change word right before the figure it moved or its "from" ("conversion grew 4%", "churn fell
    from 9% to 5%", "releases went from monthly to weekly"): a result that moved, which keeps an
    arrival or a remit the writer's claim. Change words told otherwise ("brought in £41M", "added
    around three weeks", "ended with an empty chair", "renewed only 15%") state no move."""
    return any(at + 1 < len(words) and (words[at + 1] in MOVE_FOLLOWERS or words[at + 1][:1].isdigit())
               for at in changed)


MOVE_FOLLOWERS = frozenset(("from", "by", "$", "£", "€"))  # "fell from 9% to 5%", "rose by a third", "grew £2M"


def _nothing_after(words: Sequence[str], end: int, rubric: Rubric, remits: frozenset[int] = frozenset()) -> bool:
    """No "I" or "we" after ``end``, and no deed that shares the opening's "I" (", identified the
    cause", "and got the vendor to ...", "and cut the payout wait": a past written as the plain form,
    the profile's ``kinds.plain_pasts``). Not counted: an "I" at one of ``remits`` (where another
    remit cue starts), nor a "we" or "I" right after one of ``kinds.not_yet_links`` ("about a third of
    them cancelled before we ever reached their house": what had not happened yet, the state found)."""
    for at in range(end, len(words)):
        word = words[at]
        if word in MAIN_WRITERS and (at in remits or at > 0 and words[at - 1] in rubric.not_yet_links):
            continue
        if word in MAIN_WRITERS:
            return False  # the writer acts after arriving, or tells where things ended: "..., and I cut
            # sign-up to 3 questions", "By December we were losing 2.6%"
        if word in ARRIVAL_LINKS and at + 1 < len(words) \
                and (past_form(words[at + 1], rubric.verb_lemma) or words[at + 1] in rubric.plain_pasts):
            return False  # the arrival's subject goes on acting: "I joined the incident bridge, identified ...",
            # "I joined the payments team in March and cut the payout wait ..."
    return True


ARRIVAL_LINKS = frozenset((",", "and"))  # a deed that shares the arrival's "I": ", identified the cause", "and got"


def _arrives(cue: Sequence[str], rubric: Rubric) -> bool:
    """The cue holds the writer's "I" and a past verb right after it ("when i joined", "i came to"),
    or "was" and a past participle ("i was hired"), not a state ("i am new to", "i was new to")."""
    for at, word in enumerate(cue):
        if word != "i" or at + 1 >= len(cue):
            continue
        verb = at + 2 if cue[at + 1] == "was" and at + 2 < len(cue) else at + 1
        if cue[verb] not in COPULAS and past_form(cue[verb], rubric.verb_lemma):
            return True
    return False


def _split_arrival(words: Sequence[str], rubric: Rubric) -> int | None:
    """Where "When I took it over" ends: the particle of a split opener (:func:`_particle_apart`)."""
    for head, particle in rubric.split_openers:
        size = len(head)
        if tuple(words[:size]) != head or not _arrives(head, rubric):
            continue
        for at in range(size + 1, min(len(words), size + 1 + PARTICLE_APART)):
            if words[at] == particle:
                return at + 1
            if not words[at][:1].isalnum():
                break
    return None


def _problem_found(item: Item, hits: Hits) -> bool:
    """The problem the writer found on arrival, named as the label of what follows ("Here is the
    problem I inherited: a pass that paid for itself in three visits, but half our members came only
    once"): a ``kinds.found_problems`` cue that opens the item, alone or after a context opener
    ("Here is"), with a colon right after it or after the time it names ("... I walked into in
    January:"). The numbers after the colon are the problem's, not a result: context whatever they
    say. After the writer's verb it is the deed's object ("I fixed the problem I inherited: ...")."""
    if FOUND_PROBLEMS not in hits:
        return False
    words = item.words
    openers = {m.last + 1 for m in hits.get(CONTEXT_OPENERS, ()) if m.first == 0}
    for m in hits[FOUND_PROBLEMS]:
        if (m.first == 0 or m.first in openers) and ":" in words[m.last + 1:m.last + 1 + PROBLEM_TAIL]:
            return True
    return False


PROBLEM_TAIL = 4  # words from the cue to its colon: "walked into in January :"


def _particle_apart(item: Item, rubric: Rubric) -> bool:
    """The item opens with a context opener whose particle stands apart from its verb ("When I took
    it over in February, practices ...", "When I took the team over, ..."; the profile's
    ``context_openers`` ending in one of ``kinds.opener_particles``), with one to
    :data:`PARTICLE_APART` words between and no clause break, and the main clause is not the
    writer's own deed: no "I" or "we" after the particle ("When I took it over, I cut ..." stays the
    writer's claim)."""
    words = item.words
    for head, particle in rubric.split_openers:
        size = len(head)
        if words[:size] != head:
            continue
        for at in range(size + 1, min(len(words), size + 1 + PARTICLE_APART)):
            if words[at] == particle:
                return MAIN_WRITERS.isdisjoint(words[at + 1:])
            if not words[at][:1].isalnum():
                break
    return False


MAIN_WRITERS = frozenset(("i", "we", "i'd", "i've", "i'm", "i'll", "we've", "we'd"))  # the writer acting after the opener


PARTICLE_APART = 3  # "took it over", "took the team over", "took the old queue over"


WRITER_WORDS = frozenset(("my", "our", "we", "us", "mine", "i've", "i'm"))


def _names_writer(item: Item) -> bool:
    """"I", "my", "our", "we" ... anywhere in the item."""
    return any(token.text == "I" or token.lower in WRITER_WORDS for token in item.tokens)


def _scope(item: Item, hits: Hits, action: Action, signals: Signals, moves: bool, by_heading: str | None,
           rubric: Rubric) -> bool:
    """The writer's remit as standing fact: a scope cue or heading, no past deed of the writer's
    (unless the remit is held "since"), and no result. A reach told in the present ("that 40,000
    employees use each month") is no result: nothing in the item moves. The product's reach told in
    the present ("We serve 48,000 subscribers", profile list ``kinds.reach_scope``) is a remit only
    in an item that names the writer or the writer's team."""
    if not (by_heading == "scope" or hits.get(SCOPE, ()) or hits.get(REACH_SCOPE, ()) and _names_writer(item)
            or _reach_told(item, hits, action, signals, rubric)):
        return False
    if _past_deed(item, action) and not _perfect_remit(hits) and not _career_move(item, hits, action) \
            and not _verb_in(item, hits, action, "authored_remits"):
        return False
    return not signals.business_outcome or not moves


REACH_NEAR = 4  # the writer's thing follows the link word within so many words ("from my", "on the rate tools my")


def _reach_told(item: Item, hits: Hits, action: Action, signals: Signals, rubric: Rubric) -> bool:
    """The writer's remit told as who works from it, in the present, in one sentence: the parties
    acting on or through the writer's thing ("Four depots take their work from my booking product",
    "Nine league secretaries rely on the fixtures product", "Five teams work from the quality bar I
    set"), or the writer's thing as the subject of a verb of reach, with its size ("The tracking
    product covers 1.1M pallet movements a month", "My team of four PMs covers carrier sales ...").
    The profile's ``kinds.reach_links``, ``reach_things`` and ``reach_verbs`` say how; a present
    state of others ("Small clinics run on one receptionist", "Our customers wait nine days") names
    no thing of the writer's and stays context. Gated on a link or a thing of the profile's."""
    if len(item.sentences) != 1 or not rubric.reach_things:
        return False
    words = item.words
    if rubric.reach_things.isdisjoint(words) and "my" not in words and "our" not in words and "i" not in words:
        return False
    for cue in hits.get(REACH_SCOPE, ()):  # "rely on the fixtures product": the thing named, no writer
        if _owned_near(words, cue.last + 1, rubric):
            return True
    if action.span is None or action.subject not in ("other", "we") or action.verb is None:
        return False
    at = next((index for index, token in enumerate(item.tokens) if token.start == action.span.start), None)
    if at is None or action.verb in rubric.plain_pasts or not _present(words[at], action.verb):
        return False  # "We cut water use ...": a past written as the plain form
    subject = words[1:at]
    if action.verb in rubric.reach_verbs and signals.metric and at > 1 and words[0] in ("my", "our", "the") \
            and not rubric.reach_things.isdisjoint(subject) and not any(word.endswith(("'s", "’s")) for word in subject):
        return True  # "Our minibar program covers 62 hotels": the thing's reach ("The city's app ...": another's)
    return any(word in rubric.reach_links and _owned_near(words, index + 1, rubric)
               for index, word in enumerate(words[at + 1:], at + 1))


def _owned_near(words: Sequence[str], start: int, rubric: Rubric) -> bool:
    """The writer's thing within a few words of ``start``: "my ...", "our ...", a thing the profile
    names ("the scheduler"), or one the writer goes on to own ("the quality bar I set")."""
    near = words[start:start + REACH_NEAR + 1]
    return bool(near) and any(word in ("my", "our", "i") or word in rubric.reach_things for word in near)


def _present(word: str, verb: str) -> bool:
    """Is the verb as written in the present tense ("take", "covers", "relies")?"""
    return word in (verb, verb + "s", verb + "es") or verb.endswith("y") and word == verb[:-1] + "ies"


def _state_found(item: Item, hits: Hits, action: Action, rubric: Rubric) -> bool:
    """The starting point, told as the sentence's subject ("The old onboarding had 11 screens and
    lost half of new sellers") or in the past perfect ("The backlog had grown to 4,100 files"), or a
    deed named as a subject and said to have had, been or meant
    something ("Dropping the app had a cost: ..."): context even with a number that moved, when
    neither the writer nor the team acts anywhere in the item."""
    if action.subject in ("i", "we") or action.subject == "passive" and not _past_perfect(item, action, rubric.verb_lemma):
        return False  # "the app was launched": a deed done, in the passive; "had been booked by ward clerks": how things stood
    if any(token.text == "I" or token.lower in ("we", "i'd", "i've", "i'm", "i'll") for token in item.tokens):
        return False
    first = item.sentences[0].tokens if item.sentences else ()
    return any(m.first < 2 for m in hits.get(STATE_OPENERS, ())) or gerund_frame(first, rubric) \
        or _past_perfect(item, action, rubric.verb_lemma) or _used_to(item, action)


def _standing_fact(item: Item, hits: Hits, action: Action, rubric: Rubric) -> bool:
    """How things stand, told in the present tense of others or things ("Wedding cakes are booked
    nine to fourteen months out, so a lost quote rarely comes back", "Payroll errors are the fastest
    way to lose a small business"): the verb after its subject in the present (a copula when no verb
    is read), no past verb anywhere, neither the writer ("I", "we", "my") nor a person the draft is
    about ("she", "he") in it, no effort named, and none of the profile's ``kinds.present_changes``
    ("now", "instead of", "down from") nor a "from ... to" with a number, which tell a result in the
    present ("Owners now receive their money in 2 days"). Context, whatever number or money it names:
    a result is told in the past or with one of those marks. Not under the writer's own heading of
    what they started or stopped ("What I started: A monthly landlord council ... that reviews every
    fee change"): the heading makes it the writer's deed."""
    if action.subject not in ("other", "none") or hits.get(PRESENT_CHANGES, ()) or part_labelled(hits):
        return False
    if judgment_heading(item.section, rubric) is not None:
        return False  # under "What I started": the thing named is the writer's start, its present its standing
    words = item.words
    if not STANDING_WORDS.isdisjoint(words) or not all(m.first == m.last for m in hits.get("activity", ())):
        return False
    for at, word in enumerate(words):
        if word in PAST_COPULAS or past_form(word, rubric.verb_lemma) \
                and not (at and (words[at - 1] in PRESENT_PASSIVE or words[at - 1] in ADJECTIVE_DETERMINERS)):
            return False
        if word == "from" and "to" in words[at + 2:at + FROM_TO] and any(w[:1].isdigit() for w in words[at + 1:at + FROM_TO + 2]):
            return False
    if action.verb is None or action.span is None:
        return action.subject == "none" and not PRESENT_COPULAS.isdisjoint(words)
    at = next((index for index, token in enumerate(item.tokens) if token.start == action.span.start), None)
    if at is None or at == 0 or _label_before(words, at) or any(m.first <= at <= m.last for m in hits.get("activity", ())):
        return False  # "Feb-Mar: 18 customer interviews ...": a label, and the effort read as the verb, a deed named
    # a verb whose past is its plain form is read as present only with its -s ("Delivery costs us
    # £6.40 a drop"): "Each extra day cost us a booking" may be the past
    if action.verb in rubric.plain_pasts:
        return words[at] != action.verb and _present(words[at], action.verb)
    return _present(words[at], action.verb) or words[at - 1] in ("is", "are")


def _label_before(words: Sequence[str], at: int) -> bool:
    """A label's colon before the word ``at`` ("Feb-Mar: 18 customer interviews"), not a time's
    ("the 8:10 sailing")."""
    return any(words[j] == ":" and not (j and words[j - 1][:1].isdigit() and words[j + 1][:1].isdigit())
               for j in range(at))


STANDING_WORDS = frozenset(("i", "we", "my", "me", "i've", "i'm", "i'd", "we've", "we'd", "we're", "she", "he"))
PAST_COPULAS = frozenset(("was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"))
PRESENT_COPULAS = frozenset(("is", "are", "isn't", "aren't", "does", "doesn't", "do", "don't"))
PRESENT_PASSIVE = frozenset(("is", "are", "be", "been", "being", "get", "gets"))  # "are booked": no past
# a past form right after one of these is an adjective, not a verb in the past: "Every lost bag
# costs the airline about $85", "a declined payment"
ADJECTIVE_DETERMINERS = frozenset(("a", "an", "every", "each"))
FROM_TO = 6  # words from "from" to its "to": "from 9 working days to 6"


def _went_on(item: Item, hits: Hits, rubric: Rubric) -> bool:
    """How others or things went on before the story, told as the item's opening verb in the past
    progressive or after "kept" (``kinds.progressive_states``): "Drivers were covering 14% more miles
    than the routes needed because slots were assigned first-come first-served", "Visitors kept
    arriving for tours that had been cancelled". The state the writer found, context, when the item
    is one sentence with neither the writer nor the team in it ("Brides were waiting five weeks, so I
    split the calendar" is the writer's story) and none of ``kinds.present_changes`` nor a "from ...
    to" tells a change. Gated on the opening's few words."""
    words = item.words
    at = next((j for j in range(1, min(len(words) - 1, PROGRESSIVE_AT + 1)) if words[j] in rubric.progressive_states), None)
    if at is None or not words[at + 1].endswith("ing") or len(item.sentences) != 1:
        return False
    if not all(word.isalpha() for word in words[:at]) or not STANDING_WORDS.isdisjoint(words) or "us" in words[:at]:
        return False
    if any(token.text == "I" for token in item.tokens) or hits.get(PRESENT_CHANGES, ()):
        return False
    return not any(word == "from" and "to" in words[j + 2:j + FROM_TO] for j, word in enumerate(words))


def _share_found(item: Item, hits: Hits, action: Action, moves: bool, rubric: Rubric) -> bool:
    """A share of the people or things the story is about, opening the item (``kinds.share_openers``,
    first or after one of ``kinds.share_qualifiers``): "Half of the patients who sent their aids back had never been offered a
    follow-up", "A third of claims were rejected the first time because ...", "Nearly a third of booked
    donors never turned up". The problem the writer found, context, even in the passive or with the
    share as its only number, when neither the writer nor the team is in the item and nothing in it
    tells a change: no change word, none of ``kinds.present_changes`` ("Half of new sellers now list
    within a day" is a result), no "from ... to". In the passive only with one of ``kinds.share_problems``
    ("were rejected ... because", "had never been offered"): "Half of the backlog was cleared in two
    weeks" is the team's deed. Gated on the opening's cue."""
    if moves or SHARE_OPENERS not in hits or hits.get(PRESENT_CHANGES, ()):
        return False
    words = item.words
    if not any(m.first == 0 or m.first == 1 and words[0] in rubric.share_qualifiers for m in hits[SHARE_OPENERS]):
        return False  # "Spent most of the month ...", "Cut half of the ...": a share after the verb
    if not STANDING_WORDS.isdisjoint(words) or "our" in words or "us" in words or part_labelled(hits):
        return False
    if action.subject == "passive" and rubric.share_problems.isdisjoint(words):
        return False
    return not any(word == "from" and "to" in words[j + 2:j + FROM_TO] for j, word in enumerate(words))


PROGRESSIVE_AT = 3  # the auxiliary's furthest place, among the first four words: "Parents of toddlers were ringing ..."


def _used_to(item: Item, action: Action) -> bool:
    """The item's verb after "used to", someone else's or a thing's ("The portal used to slow to a
    crawl on deadline day; in 2024 it went down ..."): the state found before the story, a habit of
    the past, which the story after it changes (:func:`_state_found`). Gated on "used"."""
    if action.span is None or action.subject != "other" or "used" not in item.words:
        return False
    at = next((index for index, token in enumerate(item.tokens) if token.start == action.span.start), None)
    return at is not None and at > 1 and item.tokens[at - 1].lower == "to" and item.tokens[at - 2].lower == "used"


def _past_perfect(item: Item, action: Action, verbs: Mapping[str, str]) -> bool:
    """The item's verb in the past perfect, someone else's or a thing's ("Our review queue had grown
    to 11 days", "Chronic absence had doubled since 2022"), with no past tense before it: where things
    stood before the story, told with neither the writer nor the team in it (:func:`_state_found`).
    After a deed it is only the deed's time ("Froze sign-ups before the incident call had started").
    The passive too ("Interpreting had been booked by ward clerks on paper forms", "Our grocery partner
    had been promised a same-day feed"), as the item's own verb, not a relative clause's ("the rules I
    had been praised for")."""
    if action.span is None or action.subject not in ("other", "passive"):
        return False
    at = next((index for index, token in enumerate(item.tokens) if token.start == action.span.start), None)
    if at is not None and action.subject == "passive":
        at = at - 1 if at > 1 and item.tokens[at - 1].lower == "been" else None  # "had been booked"
    return at is not None and at > 0 and item.tokens[at - 1].lower == "had" \
        and not any(past_form(word, verbs) for word in item.words[:at - 1])


def told_before(item: Item, rubric: Rubric, progressive: bool = True) -> bool:
    """Is the item's verb told as what was under way before the story, in the past perfect ("We had
    planned a waitlist", "We had been building a loyalty widget", "The team had spent two quarters on
    it") or the past progressive (one of ``kinds.progressive_states`` before an -ing verb: "We were
    rebuilding the search index"), in the item's first sentence, with no past verb before it ("After
    the pilot ended we had ..." dates a deed)? The state a later deed of the paragraph changes, not a
    deed offered as evidence. ``progressive`` false reads the past perfect alone (a stop that names
    back the thing "we were running" closes that deed). Gated on the verb's place: the words before
    it are read only there."""
    action = item.action
    if action is None or action.span is None or not item.sentences:
        return False
    tokens = item.tokens
    at = next((index for index, token in enumerate(tokens[:len(item.sentences[0].tokens)])
               if token.start == action.span.start), None)
    if at is None or at < 2:
        return False
    before = tokens[at - 1].lower
    if before == "been":  # "had been building"
        aux = at - 2 if tokens[at - 2].lower == "had" and tokens[at].lower.endswith("ing") else None
    elif before == "had":  # "had planned", "had spent two quarters"
        aux = at - 1
    elif progressive and before in rubric.progressive_states and tokens[at].lower.endswith("ing"):  # "were building"
        aux = at - 1
    else:
        return False
    return aux is not None and aux > 0 and not any(past_form(word, rubric.verb_lemma) for word in item.words[:aux])


def _manager_view(item: Item, rubric: Rubric) -> bool:
    """A manager's own view put to the room, in the item's first words (the profile's
    `manager_views`: "I recommend Keiko for L6 because ...", "The evidence above is what I will say
    in the room: ..."), naming no level: a view that names one is the level claimed ("I recommend
    Noor for L6 because ..."), the opening claim and the retell, as it was. In a manager's draft the
    manager's "I" is read as no one ("x"), so it is matched as "i" here."""
    if not rubric.manager_views or not item.sentences:
        return False
    opening = item.sentences[0].lowers[:OPENING + MANAGER_VIEW_WORDS]
    shared = derived(rubric, "kinds.manager_view_words", _view_words)
    if shared and shared.isdisjoint(opening) and ("i" not in shared or "x" not in opening):
        return False  # no view can be there: most items are told by no one who says "I" (checked first, cheaply)
    if derived(rubric, "kinds.manager_view_ends", _view_ends).isdisjoint(opening):
        return False  # nor where no view's last word is: most items told by "I" ("I recommend", "... I will say")
    text = " " + " ".join(["i" if w == "x" else w for w in opening]) + " "
    found = derived(rubric, "kinds.manager_views_re", _views_pattern).search(text)
    viewed = found is not None and text.count(" ", 0, found.start()) < OPENING  # the leftmost view, in the opening
    # "I recommend Noor for L6 because ...": a view that names a level is the level claimed, the retell
    return viewed and not any(level.lower() in item.words for level in rubric.levels)


def _views_pattern(rubric: Rubric) -> re.Pattern[str]:
    """One search for every manager view, each between spaces: its leftmost match is where the first
    view opens (a view per search, as it was, cost a thirtieth of the whole analysis)."""
    views = sorted(rubric.manager_views, key=lambda view: (-len(view), view))  # a set: one order in every process
    return compiled(" (?:" + "|".join(re.escape(view) for view in views) + ") ")


def _view_words(rubric: Rubric) -> frozenset[str]:
    """The words every one of the profile's manager views holds ("i"): an opening with none of them
    holds no view."""
    views = [frozenset(view.split()) for view in rubric.manager_views]
    return frozenset.intersection(*views) if views else frozenset()


def _view_ends(rubric: Rubric) -> frozenset[str]:
    """The last word of every one of the profile's manager views ("recommend", "room", "promotion"),
    and "x" for a view that ends with "i" (a manager's "I" reads "x"): an opening with none of them
    holds no view, since a view is matched as whole words."""
    ends = {view.split()[-1] for view in rubric.manager_views if view.split()}
    return frozenset(ends | ({"x"} if "i" in ends else set()))


MANAGER_VIEW_WORDS = 8  # the longest view, in words


def is_thesis(item: Item, signals: Signals, rubric: Rubric) -> bool:
    """The argument's thesis: the year framed as one change the writer made, in the opening before
    any heading or under a heading that names the draft in brief (the profile's `thesis_headings`:
    "## TL;DR", "## Summary") ("This year I moved us from racing on speed to being the service patients trust":
    one of the profile's `thesis_openers`, then one of its `thesis_verbs`, or an opener that names
    the case itself, "My case is that ..."), with no result and no hedge (a count of what follows,
    "I placed four bets and stopped three", is no result). The room wants it followed by proof; it
    is not a claim to be judged for a customer and a number. A thesis that tells its measured result
    ("My case is that I made the catalogue trustworthy: wrong-part returns fell 18%") is a claim,
    and a remit or a career move told after "This year I" ("I led discovery", "I moved from iOS
    engineering") is no thesis."""
    if signals.business_outcome or signals.hedge or not item.sentences:
        return False
    if item.section is not None and _plain_heading(item.section) not in rubric.thesis_headings:
        return False  # under a heading that names the draft in brief ("## TL;DR", "## Summary"), the same frame
    first = item.sentences[0]
    if first.hits.get(CAREER):
        return False  # "This year I made the move to product": the career story, read as such
    return frames_year(first, rubric)


def frames_year(sentence, rubric: Rubric, after_remit: bool = False) -> bool:
    """Does the sentence open with the year framed as one change the writer made (one of the
    profile's `thesis_openers`, an opener ending in "I" then one of its `thesis_verbs`: "This year I
    turned a loss-making pilot into ...")? With ``after_remit``, the frame told after the remit in
    the same sentence, joined by "and" ("I own EV charging across 46 car parks, and this year I
    turned a loss-making pilot into a product ...")."""
    words = sentence.lowers
    for m in sentence.hits.get(THESIS, ()):
        if m.first == 0 or after_remit and m.first > 1 and words[m.first - 1] == "and":
            after = " ".join(words[m.last + 1:m.last + 3])
            return words[m.last] != "i" or any(after == verb or after.startswith(verb + " ")
                                               for verb in rubric.thesis_verbs)
    return False


def _plain_heading(section: str) -> str:
    """A heading's whole text, lower-cased, without the marks and numbering round it ("**TL;DR:**" -> "tl;dr")."""
    return section.lower().strip(" \t#*_:.-–—0123456789")


def opens_thesis(item: Item, rubric: Rubric) -> bool:
    """Is the item the argument's thesis (:func:`is_thesis`), read as context?"""
    return item.kind == "context" and item.signals is not None and is_thesis(item, item.signals, rubric)


THESIS, CAREER = KIND_GROUP + "thesis_openers", KIND_GROUP + "career_moves"


def _asks(item: Item) -> bool:
    """Every sentence of the item is a question (most items hold no question mark at all)."""
    if "?" not in item.view[item.span.start:item.span.end]:
        return False
    return bool(item.sentences) and all(
        item.view[s.span.start:s.span.end].rstrip().rstrip("*_\"'”’)").endswith("?") for s in item.sentences)


QUOTED_RE = compiled(r"“[^”]*”|\"[^\"]*\"")
OUTSIDE_WORD_RE = compiled(r"[^\W_]+")
ATTRIBUTION_WORDS = 12  # "(Jo Park, operations lead, in my review)", "a dispatcher told me in March"
WRITER = frozenset(("i", "we"))  # "I said I would ship it by May" is the writer's word; "My manager told me" is not
WRITERS_OWN = WRITER | {"my", "our"}  # outside a quotation, the writer's own words


def _quoted(item: Item) -> bool:
    """The item, or the paragraph it was split from, is someone's words in quotation marks, with at
    most who said them outside ("\"He always knows the one number that matters.\" (Jo Park, peer)"):
    a peer's or a customer's words are no deed of the writer's (docs/labelling-guide.md, "A manager's
    document about a candidate")."""
    return all_quoted(item.view[item.span.start:item.span.end]) or all_quoted(item.view)


def _endorsed(item: Item, rubric: Rubric) -> bool:
    """The paragraph the item was split from opens with the label of someone else's note (the
    profile's ``kinds.endorsements``: "> Endorsement from Helen Park, Director (skip-level). Samuel
    already does ..."): the endorser's words, quoted feedback though told without quotation marks."""
    if not rubric.endorsements:
        return False
    head = item.view[:ENDORSEMENT_CHARS].lower()
    if not any(map(head.__contains__, derived(rubric, "kinds.endorsement_words", _endorsement_words))):
        return False  # no label's longest word is there: most paragraphs (checked first, cheaply)
    text = " ".join(OUTSIDE_WORD_RE.findall(head)) + " "
    return any(text.startswith(label + " ") for label in rubric.endorsements)


def _endorsement_words(rubric: Rubric) -> frozenset[str]:
    """Each endorsement label's longest word, which its paragraph's first words must hold."""
    return frozenset(max(label.split(), key=len) for label in rubric.endorsements)


ENDORSEMENT_CHARS = 60  # the paragraph's first words, where its label stands


def _reported_feedback(item: Item, hits: Hits) -> bool:
    """The item opens with someone else's view of the writer ("Peers said I ...", "My manager told me
    my documents ..."): a saying verb in its first words, after a subject that is not the writer."""
    words = item.words
    return FEEDBACK_REPORTS in hits and \
        any(0 < m.first < OPENING and WRITER.isdisjoint(words[:m.first]) for m in hits[FEEDBACK_REPORTS])


def _level_ask(item: Item, hits: Hits, signals: Signals) -> bool:
    """The document's ask alone in its item ("I am asking for promotion to L6."): one of
    ``kinds.level_asks`` as its first words, one sentence, no number or result, and no reason after
    the ask (``kinds.level_ask_reasons``: "... to L7 because I set ..."), and no hedge ("... and I
    believe that this year I have begun to work at that level" is the level claimed, hedged)."""
    if LEVEL_ASKS not in hits:
        return False
    asks = [m for m in hits[LEVEL_ASKS] if m.first == 0]
    if not asks or len(item.sentences) != 1 or signals.metric or signals.business_outcome or signals.hedge:
        return False
    return not any(m.first > asks[0].last for m in hits.get(LEVEL_ASK_REASONS, ()))


def all_quoted(text: str, dated: bool = False) -> bool:
    """Is the text someone's words in quotation marks, with at most who said them outside? With
    ``dated``, the attribution may carry the year it was said ("Tenant, Manchester, September 2026")."""
    text = text.strip().lstrip("*_> ")
    if not text.startswith(("\"", "“")):
        return False
    outside = OUTSIDE_WORD_RE.findall(QUOTED_RE.sub(" ", text))
    return len(outside) <= ATTRIBUTION_WORDS and not any(
        w[0].isdigit() and not (dated and _year(w)) or w.lower() in WRITERS_OWN for w in outside)


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def item_kind(item: Item, hits: Hits, action: Action, signals: Signals, rubric: Rubric, moves: bool,
              changed: Sequence[int] = ()) -> ItemKind:
    """The item's kind, from its section, its cues and its signals (the precedence above); ``moves``
    says whether any change word in the item states a result, ``changed`` where those words stand."""
    by_heading = _heading_kind(item.section, rubric)
    if by_heading == "failure":
        return "lesson"  # a calculated risk that did not pay off, where the writer fell short
    if by_heading == "objection" or by_heading in ("lesson", "plan") and not _past_deed(item, action):
        return by_heading  # type: ignore[return-value]
    if _ask_section(item, rubric) and not _past_deed(item, action) and not signals.hedge:
        return "plan"  # under "## Asks": "I would like a second engineer on the deposits team next year"
        # ("I would like the committee to see ... I believe that is L7 work" is the level claimed, hedged)
    first_end = len(item.sentences[0].tokens) if item.sentences else 0
    if (DOCUMENT_OPENERS in hits or BYLINES in hits) \
            and any(m.first < 2 for m in chain(hits.get(DOCUMENT_OPENERS, ()), hits.get(BYLINES, ()))):
        return "context"  # "This document walks through the three bets I made": a guide to what follows
    if hits.get(PRONOUN_NOTES, ()) and not (signals.metric and signals.business_outcome):
        return "context"  # "Sam uses they/them.": a note to the reader on how the draft names its subject
    if _level_ask(item, hits, signals):
        return "context"  # "I am asking for promotion to L6.": the document's ask, its proof told after it
    if hits.get("chronology_markers") and not signals.metric and not signals.business_outcome:
        return "context"  # "The year ran in a clear order, so I have written it month by month": the draft's order
    if _quoted(item) or _endorsed(item, rubric):
        return "context"  # "\"He always knows the one number that matters.\" (Jo Park, peer)": someone else's words
    if by_heading in SUMMARIES and any(m.first < OPENING for m in hits.get(SUMMARY_OPENERS, ())):
        return "context"  # "Taken together: growers are paid the day they deliver ...": told again in brief
    if OBJECTION_OPENERS in hits and any(m.first < OPENING for m in hits[OBJECTION_OPENERS]):
        return "objection"
    if _answered(item):
        return "objection"
    if _reported_feedback(item, hits) and not signals.metric and not signals.business_outcome:
        return "context"  # "Peers said I make decisions quickly": someone else's view, told without quotation marks
    if _lessons(hits) and not (signals.business_outcome and _only_learned(hits, item.words)) \
            or _practice_changed(item.words, hits):
        return "lesson"
    if PLAN_OPENERS in hits and any(m.first == 0 for m in hits[PLAN_OPENERS]) or _plan(item, hits, rubric, first_end) \
            or _goal_bullet(item, rubric):
        return "plan"  # "Goal for 2027: cut refill wait ...", "I will take the wallet to Japan"
    moved = _moved(item.words, changed)
    if _scope(item, hits, action, signals, moves, by_heading, rubric) or not moved and _remit_only(item, hits, rubric):
        return "scope"
    if _draft_lens(hits) and not (signals.metric or signals.business_outcome):
        return "context"  # "That is how I approached visiting this year, and it is the lens ... for everything below"
    if _setting_section(item, action, rubric) and not signals.hedge:  # "I think the year went well" is the writer's view
        return "context"  # under "## Context": "The Returns team owns the flow customers use to return an item."
    if by_heading != "claim" and _manager_view(item, rubric):  # under "Results" it is offered as evidence
        return "context"  # "The evidence above is what I will say in the room: ...": the manager's case put to the room
    if is_thesis(item, signals, rubric):
        return "context"  # "This year I moved us from racing on speed to being ...": what the stories below prove
    if _asks(item):
        return "context"  # a question offers no evidence: "What did the team need most?"
    if not moved and _arrival_only(item, hits, rubric):
        return "context"  # "When I arrived, 38% of applications were rejected ...": the state found, whatever its figures
    if _career_move(item, hits, action) and not moves:
        return "context"  # "I joined the payments team as its first PM in March.", "When I took over, one in six orders ..."
    if _past_role(item, action, rubric) and not (signals.business_outcome or signals.technical_metric_only):
        return "context"  # "Before that I spent four years as a data engineer, which shows in how I work"
    if _past_career(item, hits, action, rubric) and not signals.technical_metric_only \
            and not (signals.business_outcome and has_number(item.view, item.span.start, item.span.end)):
        return "context"  # "I spent eleven years as a ward nurse before I moved into product": where the writer comes
        # from; a result with a figure after it ("..., and I split 18 months of lapses: 58% were ...") keeps the claim
    if (_setting_label(item, hits) or _setting_run_in(item, action, rubric)) and not _whole_story(item, signals, rubric):
        return "context"  # "Situation: guests waited 6 minutes ...": the writer labels it the setting, in a results section too
    if read_for_wording(item) and not hits.get("activity"):
        return "context"  # "I think the year went well overall.": a view read for its wording alone,
        # in a results section too
        # (told with a responsibility, "I was responsible for the partner reviews", it is the activity
        # claim the labelling guide names)
    if by_heading == "claim":
        return "claim"  # a results section: what it lists is offered as evidence
    if _problem_found(item, hits):
        return "context"  # "Here is the problem I inherited: half our members came only once": the starting point
    if (_framed(item, hits, action) or _particle_apart(item, rubric)) and not signals.business_outcome:
        return "context"  # "When I took it over in February, practices filled gaps ...": the state the writer found
    if _state_found(item, hits, action, rubric) or _went_on(item, hits, rubric) or _share_found(item, hits, action, moves, rubric):
        return "context"
    if _standing_fact(item, hits, action, rubric):
        return "context"  # "Wedding cakes are booked nine to fourteen months out, so a lost quote rarely comes back"
    if _no_deed(item, hits, action, signals, moves, rubric.verb_lemma):
        return "context"
    if by_heading == "closing":
        return "context"  # "In closing: the rebooking, the wind-down and the guardrail I started are one argument"
    if signals.activity_only and not signals.business_outcome \
            and (by_heading == "lesson" or bool(hits.get(EFFORT_REGRETS)) and not signals.hedge):
        # under "What I would do differently": effort with no decision and no result is the misstep the
        # section reflects on ("I spent too much of the first quarter on the search ranking row",
        # "I also held on too long to the reminder feature"), not effort offered as evidence; so is
        # effort the writer judges too much under any heading (the profile's ``kinds.effort_regrets``:
        # "I spent too long in design reviews and too little time with customers", "I will admit I
        # spent more of the first half here than a PM should"); one the writer hedges stays a claim, so
        # the hedge is still found ("I think I probably spent too much time in meetings with the mill
        # this year, but I did get to know their production team well")
        return "lesson"
    if (by_heading == "lesson" and _misstep_section(item, rubric) or _misstep_label(item, rubric)) \
            and not signals.hedge and not (signals.business_outcome and signals.metric):
        return "lesson"  # under "## What I would do differently": "I announced the Saturday stops before asking the
        # crews, and two drivers had family commitments I did not know about" is the misstep the section
        # reflects on, the first half of its lesson; a measured result told there stays a claim
    return "claim"


def misstep_deed(item: Item, rubric: Rubric, hits: Hits) -> bool:
    """A lesson that tells the writer's past deed, with no lesson cue of its own, under one of
    ``kinds.misstep_headings`` ("I ran the trial ..., so I ended it early" under "## What did not
    work"): a stop told there still joins the stopped list, as under "## Misses"; "I also learned to
    let go of ..." is the lesson itself."""
    return item.kind == "lesson" and LESSON not in hits \
        and (_misstep_section(item, rubric) or _misstep_label(item, rubric)) and _past_deed(item, item.action)


def _misstep_section(item: Item, rubric: Rubric) -> bool:
    """Does the item sit under a heading whose whole text names what the writer would change or learned
    (the profile's ``kinds.misstep_headings``: "## What I would do differently", "## Lessons",
    "## Mistakes")? A past deed told there is a misstep, not evidence offered of the year's work; "2.
    Stood-up lessons" names the product's lessons, not the writer's, so the whole text must match."""
    return item.section is not None and bool(rubric.misstep_headings) \
        and _plain_heading(item.section) in rubric.misstep_headings


def _misstep_label(item: Item, rubric: Rubric) -> bool:
    """Does the item's paragraph open with a bold run-in label whose whole text is one of
    ``kinds.misstep_headings`` ("**What I would do differently.** I ...", "**What went wrong?** I
    under-estimated ...", "**Lessons:**" on the paragraph's first line), with no other bold label
    between it and the item? The label opens a lessons section as the heading does; one that names a
    story's part ("**Result.**") or a product ("**Lessons app**") is not one of them, so it changes
    nothing."""
    if not rubric.misstep_headings:
        return False
    source = item.source
    mark = source[:2]
    if mark not in ("**", "__"):
        return False
    close = source.find(mark, 2, LABEL_END)
    if close < 0 or mark in source[close + 2:item.span.start]:
        return False
    return _plain_heading(source[2:close].rstrip(" ?")) in rubric.misstep_headings


LABEL_END = 80  # characters: a run-in label closes within this many of its paragraph's start
