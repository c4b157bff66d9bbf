"""Fill each item's slots (persona, metrics, action) and compute its signals.

Everything is decided on tokens of the markup-free view of the item's block, with the
profile's lexicons, in one pass of the profile's item lexicon over the item's words. The verb
and who acts come from text/verbs.py, read once per sentence when the item was split.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Signalled is a named tuple).

from operator import itemgetter
from typing import NamedTuple

from packetcoach.analysis.measures import (
    CIRCUMSTANCES, OUTCOME_TYPES, Measure, changes, found_in, measure_kinds, measure_mentions, nobody_lost, party_kept,
    token_index, type_measures, unquantified_outcome, in_reason,
)
from packetcoach.analysis.metrics import find_metrics
from packetcoach.analysis.parties import collaborator, counterparty, developed, let_act, party_served, persuaded, phrase_before, renewed
from packetcoach.core.ids import item_id
from packetcoach.core.model import Action, Item, Mention, Sentence, Signals, Span, Token, rebased
from packetcoach.profile.compile import Rubric, derived
from packetcoach.profile.lexicon import Match
from packetcoach.text.items import OBJECTION_CUES
from packetcoach.text.verbs import DETERMINERS, OBJECT_STOPS, find_action, object_head_in, verb_class
from packetcoach.analysis.facts import begun, engineering_work, item_facts, wrote_and_took
from packetcoach.analysis.kinds import item_kind, judgment_heading, part_labelled
from packetcoach.analysis.principles import EVIDENCE_LISTS, deed_not_effort, read_principles

Hits = dict[str, list[Match]]  # the item's lexicon matches by group, from one pass


def _words(tokens: tuple[Token, ...]) -> list[str]:
    return [token.lower for token in tokens]


POSSESSIVE_ENDINGS = ("'s", "’s")  # a singular possessive is one token ("customer's"); a plural one two


def _party_body(words: list[str], last: int, rubric: Rubric) -> bool:
    """The party word at ``last`` names the body that speaks for it (profile list
    ``personas.party_bodies``), straight after it or after its plural possessive's mark."""
    at = last + 2 if words[last + 1:last + 2] in PLURAL_MARKS else last + 1
    return at < len(words) and words[at] in rubric.party_bodies


PLURAL_MARKS = (["'"], ["’"])
COUNTERPARTY_LOOK = 6  # words before a party where "with" may stand for :func:`counterparty` (its reach, and "and")


def find_persona(tokens: tuple[Token, ...], view: str, rubric: Rubric, hits: Hits,
                 words: list[str] | None = None) -> Mention | None:
    """The first served party, with its modifiers; internal teams only when served.

    A singular word used as a modifier ("customer interviews", "seller dashboard") still names
    the party, but a plural naming of it later in the item ("... with sellers") reads better.
    """
    words = _words(tokens) if words is None else words
    fallback: Mention | None = None
    raised = hits.get(OBJECTION_CUES, ())
    for match in hits.get("persona", ()):
        if raised and any(cue.first <= match.first and match.last <= cue.last for cue in raised):
            continue  # "A reader may ask whether ...": the document's reader raising a question, no one served
        following = words[match.last + 1] if match.last + 1 < len(words) else ""
        previous = words[match.first - 1] if match.first > 0 else ""
        if following in rubric.non_persona_followers and not (
                following in rubric.owned_things and words[match.last].endswith(POSSESSIVE_ENDINGS)) \
                and not let_act(words, match.first, match.last, rubric) \
                or previous in rubric.non_persona_prefixes:
            continue  # "the customer account team" is a team; "the customer's account" names the customer;
            # "let 6,200 parents update allergies": the party's own verb
        if _party_body(words, match.last, rubric):
            continue  # "the drivers' union": the body that bargains for them, a counterparty
        if match.label == "internal" and (previous in rubric.former_marks or _headcount(words, match.first, rubric)):
            continue  # "two of those former call-takers", "three more dispatchers": colleagues or posts, not served
        if _machine(words, match.last, rubric):
            continue  # "cutting reader lockups", "the readers' cellular modems": a device, not a person
        if _kept_document(words, match.last, rubric):
            continue  # "the technicians' checklist": the people who keep it work with the writer
        if _rival(words, match.first, rubric):
            continue  # "two rival appliance makers": competitors, whom the work does not serve
        if _own_role(words, match.first, rubric):
            continue  # "As a former Android developer, I cut ...": the writer's own past
        if raised and raised[0].last < match.first and _compared(words, match.first, match.last, rubric):
            continue  # "the clinics without the new flow stayed flat": an objection's comparison group, not served
        if words[match.last] in rubric.portfolio_words and _reach(words, match.first, rubric):
            continue  # "across three brands": the business's own, the writer's reach
        if words[match.last] in rubric.software_words and previous in rubric.software_prefixes:
            continue  # "CSI drivers", "the web client": software, not people
        if words[match.last] in rubric.software_in_engineering and hits.get("specialty"):
            continue  # "idempotency keys so the callers can retry": software, beside a specialty's jargon
        if following == "'s" or following == "’s":
            continue
        token = tokens[match.first]
        if token.text[:1].isupper() and match.first > 0 and tokens[match.first - 1].text[:1].isupper():
            continue  # inside a product name: "Sponsored Brands", "Amazon Business"
        if any(c.isupper() for c in token.text[1:]) and not token.text.isupper():
            continue  # an identifier such as "OWNERs" or "UserNamespaces", not a person
        first = match.first
        if words[match.last] in rubric.compound_heads and first == match.last:
            if not _holding(words, first, rubric):
                continue  # "reached all 22,000 holders by email", "cup holders": no party served
            first -= 1  # "slip holders": the party is named with what it holds
        window = rubric.threshold("persona_modifier_window", 2)
        while first > 0 and match.first - first < window and words[first - 1] in rubric.persona_modifiers:
            first -= 1
        if match.label == "internal" and (collaborator(words, first, rubric, match.last) or persuaded(words, first, match.last, rubric)) \
                or developed(words, first, rubric):
            continue  # "worked with the analysts", "got legal to approve", "hired six contractors": the writer's own people
        if "with" in words[max(0, match.first - COUNTERPARTY_LOOK):match.first] and counterparty(words, match.first, rubric):
            continue  # "worked closely with the agencies", "negotiated a fixed price with the meter supplier": dealt with, not served
        span = _new(Span, (tokens[first].start, tokens[match.last].end))
        mention = _new(Mention, (match.label, span, view[span.start:span.end], ""))
        if following[:1].isalpha() and not words[match.last].endswith("s"):
            if _names_thing(words, match.last, rubric):
                continue  # "the driver routing model", "the seller onboarding roadmap": a thing named for its users
            fallback = fallback or mention  # a modifier: keep looking for the party itself
            continue
        return mention
    if fallback is None and rubric.defined_parties:
        fallback = _defined_party(tokens, view, rubric, words)
    return fallback or party_served(tokens, view, rubric, hits, words)


def _holding(words: list[str], head: int, rubric: Rubric) -> bool:
    """The word before a compound head ("holders") names what the party holds: a noun ("permit",
    "blue-badge"), not a count, an article or a thing held in the hand (profile lists
    ``personas.compound_heads`` and ``personas.not_held``)."""
    held = words[head - 1] if head > 0 else ""
    return held.replace("-", "").isalpha() and held not in DETERMINERS and held not in OBJECT_STOPS \
        and held not in rubric.not_held


def _defined_party(tokens: tuple[Token, ...], view: str, rubric: Rubric, words: list[str]) -> Mention | None:
    """The served party the draft defines ("Our customers are the 140 product teams ..."), named
    whole ("product teams", "a product team") or by its last word after a word that counts it
    ("every team", "4 of the 140 teams"; profile list ``personas.defined_party_counters``), or in
    the plural after a few more ("so teams can", the list ``defined_party_plural_leads``), and not
    as a collaborator ("partnered with two teams")."""
    for phrase in rubric.defined_parties:
        head = phrase[-1]
        forms = (head, head[:-1]) if head.endswith("s") else (head,)
        size = len(phrase)
        for index, word in enumerate(words):
            if word not in forms:
                continue
            first = index - size + 1
            whole = first >= 0 and tuple(words[first:index]) == phrase[:-1]
            if not whole:
                before = words[index - 1] if index > 0 else ""
                if not (before in rubric.defined_party_counters or before[:1].isdigit()
                        or word == head != forms[-1] and before in rubric.defined_party_plural_leads):
                    continue
                first = index
            if collaborator(words, first, rubric) or developed(words, first, rubric):
                continue
            span = _new(Span, (tokens[first].start, tokens[index].end))
            return _new(Mention, ("external", span, view[span.start:span.end], ""))
    return None


RIVAL_REACH = 2  # words before a party where a word naming it a competitor can stand


def _rival(words: list[str], first: int, rubric: Rubric) -> bool:
    """A party named as the business's competitors ("two rival makers", "rival appliance makers";
    profile list ``personas.rival_modifiers``), a word or two before it."""
    return not rubric.rival_modifiers.isdisjoint(words[max(first - RIVAL_REACH, 0):first])


OWN_ROLE_ENDS_KEY = "annotate.own_role_ends"  # the last words of ``personas.own_roles``
OWN_ROLE_REACH = 2  # words between "as a former" and the role's last word: "as a former investment analyst"


def _headcount(words: list[str], first: int, rubric: Rubric) -> bool:
    """Staff counted as posts added ("request for three more dispatchers", "the two extra
    dispatchers the director offered"; profile list ``personas.headcount_marks``)."""
    if first < 2 or words[first - 1] not in rubric.headcount_marks:
        return False
    count = words[first - 2]
    return count[:1].isdigit() or count in rubric.number_words_set


def _own_role(words: list[str], first: int, rubric: Rubric) -> bool:
    """The party word names the writer's own former role (profile list ``personas.own_roles``:
    "As a former Android developer", "my years as a nurse"), ending at most two words before it."""
    ends = derived(rubric, OWN_ROLE_ENDS_KEY, lambda r: frozenset(phrase[-1] for phrase in r.own_roles if phrase))
    return any(phrase_before(words, end, rubric.own_roles) for end in range(max(first - OWN_ROLE_REACH, 1), first + 1)
               if words[end - 1] in ends and all(word.replace("-", "").isalpha() for word in words[end:first]))


def _names_thing(words: list[str], last: int, rubric: Rubric) -> bool:
    """A party word in the singular opens a compound of three words that ends in a thing of the
    writer's own (profile list ``personas.non_persona_followers``: "the driver routing model", "the
    seller onboarding roadmap", "a patient advice service"): the party names what the thing is for, as
    right before it ("the driver app"), and no one is served by the item's words. The middle word is a
    plain modifier of one word: not a plural, a past form, a count or a word of the sentence's frame
    ("customer questions without engineering", "the customer wants data", "every resident one account",
    "a donor pick-up service", "the traveller first reports it")."""
    middle = words[last + 1] if last + 1 < len(words) else ""
    end = words[last + 2] if last + 2 < len(words) else ""
    return end in rubric.non_persona_followers and middle.isalpha() and not middle.endswith(THING_MIDDLE_ENDS) \
        and middle not in DETERMINERS and middle not in OBJECT_STOPS and middle not in rubric.number_words_set \
        and middle != ONE and middle not in THING_MIDDLE_NOT


THING_MIDDLE_ENDS = ("s", "ed")
ONE = "one"  # "every resident one account": a count, though no metric
# grammar words before a verb, never a thing's modifier: "the traveller first reports it", "the seller now pages"
THING_MIDDLE_NOT = frozenset("first now still also then never always often only just already again later soon usually "
                             "rarely sometimes can will must may should would could cannot do does did no not".split())


def _compared(words: list[str], first: int, last: int, rubric: Rubric) -> bool:
    """The party is the comparison group an objection's answer names: a phrase right after it tells the
    change did not reach it ("the clinics without the new flow", "the three carriers that did not join";
    profile list ``personas.comparison_marks``), or a word right before it ("the control pharmacies";
    ``personas.comparison_prefixes``). Only read after an objection raised in the item: "generic brands
    without the vet's sign-off ... why not a single complaint" names no comparison."""
    if first > 0 and words[first - 1] in rubric.comparison_prefixes:
        return True
    after = words[last + 1:last + 1 + COMPARISON_REACH]
    return any(tuple(after[:len(mark)]) == mark for mark in rubric.comparison_marks)


COMPARISON_REACH = 3  # the longest of ``personas.comparison_marks``, in words


REACH_FILLERS = frozenset("all our its the".split())  # between a reach frame and its count ("on all three brands")


def _reach(words: list[str], first: int, rubric: Rubric) -> bool:
    """A count of the business's own portfolio after a word of reach, just before ``first``
    ("across three brands", "on all 3 brands"; profile lists ``personas.reach_frames`` and
    ``portfolio_words``)."""
    at = first - 1
    if at < 0 or not (words[at][:1].isdigit() or words[at] in rubric.number_words_set):
        return False
    at -= 1
    while at >= 0 and words[at] in REACH_FILLERS:
        at -= 1
    return at >= 0 and words[at] in rubric.reach_frames


def _kept_document(words: list[str], last: int, rubric: Rubric) -> bool:
    """Is the party's word followed by a working document it keeps, in the possessive or not ("the
    agency's summary", "the technicians' checklist", "the support playbook")?"""
    at = last + 2 if last + 1 < len(words) and words[last + 1] in PLURAL_POSSESSIVE else last + 1
    return at < len(words) and words[at] in rubric.working_documents


PLURAL_POSSESSIVE = frozenset(("'", "’"))
MACHINE_MODIFIERS = 1  # words between a machine's plural possessive and its part: "the readers' cellular modems"


def _machine(words: list[str], last: int, rubric: Rubric) -> bool:
    """Is the party's word a machine, named by a part or a fault of its own just after it ("the card
    reader firmware", "reader lockups"), or, for a word that also names software or devices, after
    its plural possessive and a modifier ("the readers' cellular modems"; profile lists
    ``personas.machine_parts`` and ``software_words``)? A person's own device ("the customers'
    modems") stays the person's: only those words are read so."""
    after = last + 1
    if after < len(words) and words[after] in rubric.machine_parts:
        return True
    if after >= len(words) or words[after] not in PLURAL_POSSESSIVE or words[last] not in rubric.software_words:
        return False
    return not rubric.machine_parts.isdisjoint(words[after + 1:after + 2 + MACHINE_MODIFIERS])


def _owned_in_words(hits: Hits, words: list[str]) -> bool:
    """The writer's action stated without "I <verb>" ("my decision to ...", "my part was convincing
    ...", "My role: found that ..."), but not the writer's part named as a thing ("my contribution
    was the one-page rule", "My role: the renewal emails", "my part was the decision to drop ...": a
    noun phrase for the writer's part is no action, docs/labelling-guide.md, a decision named as a
    thing included). A job title after the label is a part named too ("My role: PM for the payout
    schedule", "My role: program manager"; profile list ``part_titles``)."""
    titled = {m.first for m in hits.get("part_titles", ())}
    return any(not (m.phrase.endswith((" was", ":")) and m.last + 1 < len(words) and words[m.last + 1] in PART_NOUN_STARTS)
               and not (m.phrase.endswith(":") and m.last + 1 in titled)
               for m in hits.get("own_action", ()))


PART_NOUN_STARTS = frozenset(("the", "a", "an"))


def _decision_named(hits: Hits, words: list[str]) -> bool:
    """The writer's part named as a decision ("my contribution was the decision to drop ..."): no
    action (:func:`_owned_in_words`), but the writer's part in the result, as a label of it is."""
    decided = {m.first for m in hits.get("decision", ())}
    return any(m.phrase.endswith(" was") and words[m.last + 1:m.last + 2] and words[m.last + 1] in PART_NOUN_STARTS
               and m.last + 2 in decided for m in hits.get("own_action", ()))


CLAUSE_LEADS = frozenset(", by after before while and then".split())


PASSIVE_BE = frozenset(("was", "were", "been"))


def _befell(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """The word at ``index`` tells, in the passive, what befell an attempt the item tells ("Tried to get
    the board to fund it, but the pilot was postponed"; profile lists ``verbs.setbacks`` and
    ``verbs.attempts``): someone else's call, no deed of the writer's. Without an attempt ("Ran 30
    interviews, and the launch was postponed") the call may be the one the work changed."""
    return index > 0 and tokens[index].lower in rubric.setbacks and tokens[index - 1].lower in PASSIVE_BE \
        and any(token.lower in rubric.attempts and following.lower == "to"
                for token, following in zip(tokens[:index], tokens[1:index]))


def _other_deeds(tokens: tuple[Token, ...], action: Action, rubric: Rubric) -> bool:
    """Does the item do something besides its activity verb ("partnered ... to add Apple Pay")?

    Only unambiguous verb uses count: past forms ("launched"), to-infinitives ("to launch",
    but not "tried to launch", nor an aim such as "to align on the roadmap"), verbs after
    "helped", and -ing forms that open a clause (", cutting ..."); so "pricing roadmap" or
    "before launch" are not deeds.
    """
    lemmas = rubric.verb_lemma
    for index in [index for index, token in enumerate(tokens) if token.lower in lemmas]:  # the verbs only
        token = tokens[index]
        if action.span is not None and token.start == action.span.start:
            continue
        lemma = lemmas[token.lower]
        if lemma in rubric.activity_verbs:
            continue
        if rubric.verb_class.get(lemma) not in ("pm", "technical") and token.lower not in rubric.change_words:
            continue
        previous = tokens[index - 1].lower if index else ""
        before = tokens[index - 2].lower if index > 1 else ""
        if previous.endswith("ly") and before == "to" and rubric.verb_class.get(lemma) in ("pm", "technical"):
            previous, before = before, tokens[index - 3].lower if index > 2 else ""  # "to successfully launch"
        word = token.lower
        if _befell(tokens, index, rubric):
            continue  # "but the pilot was postponed": what befell the attempt, no deed of the writer's
        if word.endswith("ing"):
            deed = previous in CLAUSE_LEADS
        elif word != lemma and not word.endswith("s"):
            deed = previous not in STATE_LINKS  # "to stay aligned": a state, no deed
        elif previous == "to":
            # "to build trust": an engineering verb in a sense that is not engineering, an aim
            deed = before not in rubric.attempts and lemma not in rubric.aim_verbs \
                and not (rubric.verb_class.get(lemma) == "technical" and verb_class(tokens, index, lemma, rubric) == "neutral")
        else:
            deed = rubric.verb_lemma.get(previous) == "help"
        if deed:
            return True
    return False


STATE_LINKS = frozenset("stay stays stayed staying remain remains remained keep kept".split())


def _share_of(tokens: tuple[Token, ...], index: int) -> bool:
    """The noun at ``index`` follows a percentage and "of" ("4% of sessions", "42% of the interviews")."""
    back = index - 1
    if back > 0 and tokens[back].lower in ("the", "our", "all"):
        back -= 1
    return back > 0 and tokens[back].lower == "of" and tokens[back - 1].text.endswith("%")


def _effort_mentions(tokens: tuple[Token, ...], found: list[Mention], rubric: Rubric) -> list[Mention]:
    """Keep effort words that report effort: "held 40 interviews", "wrote the spec", "office hours".

    A single noun counts only when an activity verb, a number or a word of routine ("regular
    syncs", "the weekly business review") comes just before it, so "the gateway spec reached
    beta" is not effort.
    """
    kept = []
    for mention in found:
        if " " in mention.detail or "-" in mention.detail:
            kept.append(mention)
            continue
        index = token_index(tokens, mention.span.start)
        if _share_of(tokens, index):
            continue  # "crashed for 4% of sessions", "42% of interviews named pricing": a rate, not effort
        before = tokens[max(0, index - 5):index]
        if any(rubric.verb_lemma.get(t.lower) in rubric.activity_verbs or t.text[:1].isdigit() or
               t.lower in rubric.number_words_set or t.lower in rubric.routine_words for t in before):
            kept.append(mention)
    return kept


CODE_ONLY = frozenset(("own_action", "engineering_past", "chronology_markers", "stopped", "choosing",
                       "passed_over", "taken_over", "under_way", "harms", "not_projects", "adoption", "own_call", "won_over", "off_plan", "bought_options",
                       "renewing", "initiated", "credited", "held_openings", "hold_limits", "part_titles", "not_level_cues", "leaders_told", "leaders_assigning", "leaders_answered", "leaders_requesting", "leaders_refused", "taken_up", "approved_after_no",
                       "not_engineering_past")) | EVIDENCE_LISTS  # read elsewhere
PHRASE_LISTS = CODE_ONLY | {"cliche", "inflated", "hedge", "activity", "decision", "engineering_past_patterns", "engineering_past_echoes",
                               "engineering_work", "excuse", "hands_on", "code_object", "not_code"}
"""The profile phrase lists the analysis itself reads; any other list must be a phrase rule's."""
HEDGE_KIND_BEFORE = frozenset("i it we was is are were it's that's i'm we're they just".split())


def _phrase_mentions(tokens: tuple[Token, ...], view: str, hits: Hits, name: str, words: list[str],
                     rubric: Rubric) -> list[Mention]:
    found = []
    for match in hits.get(name, ()):
        if name == "hedge" and words[match.first] in ("kind", "sort") and (
                match.first == 0 or words[match.first - 1] not in HEDGE_KIND_BEFORE) \
                and not _past_after(words, match.last + 1, rubric.verb_lemma):
            continue  # "that kind of work", "a specific kind of stakeholder" name a kind; no hedge
        if name == "hedge" and match.phrase in rubric.hedge_deeds and (
                _partys_deed(words, hits, match.first, rubric) or _tells_draft(words, match.last + 1, rubric)):
            continue  # "watched parents try to move a lesson": the party's struggle, not the writer's doubt;
            # "I have tried to state each outcome plainly": how the draft is told
        if name == "weasel" and _no_weasel(words, match, rubric):
            continue  # "how many sugar flowers", "spent most of March": no number belongs there
        start, end = tokens[match.first].start, tokens[match.last].end
        found.append(_new(Mention, (name, _new(Span, (start, end)), view[start:end], match.phrase)))
    return found


def _partys_deed(words: list[str], hits: Hits, at: int, rubric: Rubric) -> bool:
    """A hedge of the deed's subject (`wording.hedge_deeds`, "tried to") at ``at`` told of a served
    party: one is named (a persona) in the sentence after the writer's last subject word ("I sat at
    the front desk and watched parents try to move a lesson", "2,300 callers had tried to book"); "I
    tried to get the vendor to commit" and "Tried to get the tablet app into Q3" are the writer's."""
    if at > 0 and words[at - 1] in CLAUSE_JOINS:
        return False  # "I showed Customer Obsession ... and tried to be more strategic", "interviewed 120
        # subcontractors to try to understand": the clause's subject, joined or with its purpose
    start = at
    while start > 0 and words[start - 1] not in SENTENCE_ENDS:
        start -= 1
    writer = max((k for k in range(start, at) if words[k] in rubric.writers), default=start - 1)
    return any(writer < m.first < at for m in hits.get("persona", ()))


def _tells_draft(words: list[str], at: int, rubric: Rubric) -> bool:
    """The writer's care in telling the draft right after a hedge deed at ``at`` ("tried to state each
    outcome plainly", "tried to be honest about where I am still growing", "tried to name who did what
    below": `wording.hedge_tellings`, of one to three words): how the document is written, no doubt
    about a deed or its result."""
    return any(" ".join(words[at:at + n]) in rubric.hedge_tellings for n in (1, 2, 3))


SENTENCE_ENDS = frozenset(".!?;")
CLAUSE_JOINS = frozenset(("and", "but", "then", "or", "to"))


def _no_weasel(words: list[str], match, rubric: Rubric) -> bool:
    """A weasel word that stands for no number: after a question word ("how many of those signs",
    `wording.weasel_questions`), or a phrase ending in "of" that shares out a stretch of time or what
    the draft tells ("most of March", "most of the first quarter", "most of 2024", "most of what
    follows", `wording.weasel_spans`)."""
    if match.first > 0 and words[match.first - 1] in rubric.weasel_questions:
        return True
    if words[match.last] != "of":
        return False
    for word in words[match.last + 1:match.last + 4]:
        if word in rubric.weasel_spans or word in rubric.months or word.isdigit() and len(word) == 4 \
                or word in rubric.duration_units or word[-1:] == "s" and word[:-1] in rubric.duration_units:
            return True
        if word not in SPAN_LEADS:
            return False
    return False


SPAN_LEADS = frozenset("the a an my our his her their this that last first second third next".split())


def _past_after(words: list[str], at: int, lemmas: dict[str, str]) -> bool:
    """A verb's past form follows "kind of" or "sort of" ("Sort of became the go-to person", "Kind of
    owned the menu launch"): the phrase softens the deed, a hedge, where "kind of work" names a kind."""
    word = words[at] if at < len(words) else ""
    return lemmas.get(word, word) != word


_new = tuple.__new__  # no named-tuple __new__ call per mention, nor for an item's signals and read
_SPAN = itemgetter(1)  # Mention.span
_LOWER = itemgetter(1)  # Token.lower


class Signalled(NamedTuple):
    """An item read as far as its signals and kind (what the paragraph joiner decides on), with what
    :func:`completed` needs to finish reading it. Scratch of one block's read: never kept, never
    in a report (a named tuple, not a frozen dataclass: docs/decisions.md)."""

    item: Item  # with persona, metrics, action, signals and kind
    hits: Hits
    words: list[str]
    kinds: list
    phrase: dict[str, list[Mention]]
    measures: tuple
    lost_only: bool
    kept_only: bool
    felt_only: bool  # a result the served party felt on a measure typed technical (:func:`_felt_measures`)


def annotate_item(item: Item, rubric: Rubric) -> Item:
    """The item with its slots, signals, kind, mentions and principles filled in."""
    return completed(read_signals(item, rubric), rubric)


def read_signals(item: Item, rubric: Rubric, base: int | None = None) -> Signalled:
    """The item's slots, signals and kind: the first half of :func:`annotate_item`. A paragraph's
    claims are read this far first, since the joiner may read several of them as one story and
    drop them (analysis/joins.py); only the items a report keeps are :func:`completed`. ``base``:
    where the item's block starts in the draft, when it is placed here (no reading asks for it:
    the item is copied once, with its slots)."""
    signalled = _read(item, rubric, base, False)
    assert signalled is not None
    return signalled


def read_resulted(item: Item, rubric: Rubric, base: int | None = None) -> Signalled | None:
    """The story the joiner tries (analysis/joins.py ``_finish``) read as :func:`read_signals` reads
    it, or None as soon as the reading shows it cannot have its result: no number at all, or none
    of a business result, a technical one or one the served party felt, before its kind is read
    (a kind only takes a result away). None for about half the stories tried, which are then never
    read for their phrases, effort, kind and activity; a story that may have its result is read
    whole, in the same pass."""
    return _read(item, rubric, base, True)


def _read(item: Item, rubric: Rubric, base: int | None, tried: bool) -> Signalled | None:
    tokens = item.tokens
    view = item.view
    words = list(item.words)
    hits = item_hits(item)
    # the numbers first (they read only the sentences' own hits, never the engineering work added
    # below): a story tried with none has no result, and is read no further
    metrics = find_metrics(view, item.span, tokens, rubric, hits, words)
    if tried and not metrics:
        return None
    phrases = rubric.phrases
    action, own_action = _main_action(item, tokens, rubric)
    own_action = own_action and not _wished_state(tokens, action, rubric)
    work = engineering_work(hits, tokens, words, action)
    if work is not None:  # the sentences' hits are shared: change a copy
        hits = {**hits, "engineering_work": work}
    own_action = own_action or _owned_in_words(hits, words) or _leading_copula(item) or \
        (action.subject != "we" and _writers_heading(item, rubric))  # "We launched ..." under "What I started": still "we"
    persona = find_persona(tokens, view, rubric, hits, words)
    moves = changes(words, rubric, frozenset(m.first for m in hits.get("measure", ())))
    kinds = measure_kinds(words, hits, rubric) if "measure" in hits else []
    measures = type_measures(tokens, words, metrics, hits, persona, action, rubric, moves, kinds)
    business_outcome = any(m.result and m.type in OUTCOME_TYPES and not m.lost for m in measures) or \
        unquantified_outcome(words, hits, rubric, measures, tokens, moves, kinds) or party_kept(words, hits, rubric)
    lost_only = not business_outcome and any(m.result and m.lost for m in measures)  # "1,200 of them paused"
    party = None if persona is None else token_index(tokens, persona.span.start)
    kept_only = not business_outcome and (lost_only or nobody_lost(words, hits, rubric, party, tokens)  # "none escalated"
                                          or renewed(tokens, view, rubric, words, hits))  # "the county renewed"
    business_outcome = business_outcome or kept_only  # kept or lost: a business result, not one felt or delivered
    business_outcome = business_outcome and "credited" not in hits  # "the 22% drop belongs mostly to the tooling team"
    # every number technical: a named party's count or the business's money told beside it is the
    # consequence the labelling guide asks for ("opening week admitted 41,000 visitors", "held $400,000
    # of matches"); a count typed as a customer's with nobody named is not ("18 months of acceptance events")
    # a count of the records the writer examined before a finding ("read 400 support tickets and found
    # that ...") sizes the digging, as the labelling guide reads it: no technical measure
    technical_only = bool(metrics) and not business_outcome \
        and any(m.type == "technical" and not _examined(m, item, hits, rubric) for m in measures) \
        and not any(m.money or m.type == "customer" and persona is not None for m in measures)
    felt = _felt_measures(words, hits, rubric, measures) if not business_outcome and persona is not None else []
    felt_only = bool(felt)
    technical_only = technical_only and not felt_only  # "rejected requests fell", the borrowers named
    # felt by a customer outside the business, named before it, as a result and not the trigger of
    # a call: the consequence the guide counts ("the skiers saw 0.3% gate failures against 4%"); not
    # the writer's own staff ("agent error rates fell"), "paused it when crashes tripled", nor a party
    # named only after the measure ("cut checkout-service errors ... to the payment client")
    parties = [m.first for m in hits.get("persona", ())]
    business_outcome = business_outcome or persona is not None and persona.kind == "external" \
        and any(not _felt_as_trigger(words, m.first) and any(at < m.first for at in parties) for m in felt)
    if tried and not (business_outcome or technical_only or felt_only):
        return None  # no result of any kind: the kind read below could only take one away (:func:`_for_kind`)
    phrase = {name: _phrase_mentions(tokens, view, hits, name, words, rubric) for name in hits if name in phrases
              and name not in CODE_ONLY}
    phrase["activity"] = _effort_mentions(tokens, phrase.get("activity", []), rubric)
    signals = _new(Signals, (  # customer, metric, business_outcome, own_action, technical_lead,
        persona is not None, bool(metrics), business_outcome, own_action, action.verb_class == "technical",
        technical_only, False,  # technical_metric_only, activity_only,
        bool(phrase.get("cliche") or phrase.get("inflated")), bool(phrase.get("hedge"))))  # cliche, hedge
    effort = _activity_only(tokens, action, phrase, signals, measures, rubric, hits)
    # the kind reads the effort told (a lesson section's misstep, kinds.item_kind); the signals keep it
    # only for a claim (:func:`_for_kind`)
    kind = item_kind(item, hits, action, signals._replace(activity_only=effort) if effort else signals, rubric,
                     bool(moves), moves)
    signals = _for_kind(signals, kind, effort)
    placed = {} if base is None else {"base": base}
    read = rebased(item, persona=persona, metrics=metrics, action=action, signals=signals, kind=kind, **placed)
    return _new(Signalled, (read, hits, words, kinds, phrase, measures, lost_only, kept_only, felt_only))


def completed(signalled: Signalled, rubric: Rubric, named: bool = False) -> Item:
    """The item of :func:`read_signals` with its mentions, principles and facts: the second half of
    :func:`annotate_item`. ``named``: with its id from its own words too (core/ids.py), given here
    rather than when it is first read, since no reading asks for it and the joiner drops reads."""
    item, hits, words, kinds, phrase, measures, lost_only, kept_only, felt_only = signalled
    tokens, signals, action, kind = item.tokens, item.signals, item.action, item.kind
    assert signals is not None
    mentions = tuple(sorted(
        [*measure_mentions(tokens, words, hits, rubric, kinds), *(m for name in phrase for m in phrase[name])],
        key=_SPAN,  # in C: no Python call per mention
    ))
    outcomes = [m for m in measures if m.result and m.type in OUTCOME_TYPES]
    # a result the customer felt on a system's measure is theirs: evidence of serving them, not of a
    # business result delivered (felt_only is read only where no business measure moved)
    evidence = signals.as_dict() | {"business_outcome": signals.business_outcome and not lost_only and not felt_only,
        "result": any(m.result for m in measures),
        "decision": signals.own_action and action.verb_class == "pm",
        "customer_result": signals.business_outcome and not kept_only and (not outcomes or any(not m.money for m in outcomes)),
        "money_result": any(m.money for m in outcomes),
        "claim": kind == "claim", "lesson": kind == "lesson", "plan": kind == "plan", "objection": kind == "objection",
        "pm_deed": signals.own_action and action.verb_class != "technical",
        "part_labelled": part_labelled(hits) or _decision_named(hits, words)}  # "My role: PM for ...": the writer's part in the result, with no deed
    features, principles = read_principles(item, hits, evidence, measures, kind, action.verb_class, rubric)
    # the facts read the slots and signals of the first half, never the mentions or principles:
    # the item is copied once, with all four
    facts = item_facts(item, hits, rubric)
    if named:
        return rebased(item, id=item_id(item.text), mentions=mentions, principles=principles,
                       principle_features=features, facts=facts)
    return rebased(item, mentions=mentions, principles=principles, principle_features=features, facts=facts)


def _wished_state(tokens: tuple[Token, ...], action: Action, rubric: Rubric) -> bool:
    """A wish for a state as the main verb, with no "to" in its clause ("By June I want the
    interpreter wait under 48 hours", "I want every lease priced per pick"): no deed of the writer's
    is stated. "I want to take the check to cat claims" names one, and "I want every new seller to
    reach a first sale" is left as the writer's (profile list ``verbs.wishes``)."""
    if action.verb not in rubric.wish_verbs or action.span is None:
        return False
    at = token_index(tokens, action.span.start) + 1
    if at >= len(tokens) or at < 2 or tokens[at - 2].lower != "i":
        return False  # the writer's own wish: "the board wanted an e-bike feature" is another's
    for token in tokens[at:]:
        if token.lower == "to":
            return False
        if not token.lower[:1].isalnum():
            break  # the clause ends: ", up from 22% today", "; ..."
    return True


def _main_action(item: Item, tokens: tuple[Token, ...], rubric: Rubric) -> tuple[Action, bool]:
    """The item's action, read from its first sentence; when that sentence has no verb (a label:
    "**Label-free returns.** I launched ..."), from the next one."""
    sentences = item.sentences
    if not sentences:
        return find_action(tokens, (), None, rubric)
    found = find_action(tokens, sentences[0].tokens, sentences[0].clause, rubric)
    if found[0].verb is None and len(sentences) > 1 and _bold_label(item.source, sentences[0].span):
        return find_action(tokens, sentences[1].tokens, sentences[1].clause, rubric)
    if found[0].verb is None:
        return _role_action(sentences, tokens, rubric) or found
    return found


def _role_action(sentences: tuple[Sentence, ...], tokens: tuple[Token, ...], rubric: Rubric) -> tuple[Action, bool] | None:
    """The writer's part after a result told with no verb: "Outcome: renewals up from 58% to 66%.
    My role: I decided ..." (profile list ``verbs.role_labels``); every sentence before the label
    has no verb ("Project: trade-in guarantee. Outcome: ... up from 900 to 2,300. My part: ...")."""
    for sentence in sentences[1:ROLE_REACH]:
        words = tuple(token.lower for token in sentence.tokens)
        at = words.index(":") if ":" in words[:ROLE_LABEL_WORDS + 1] else -1
        if at > 0 and words[:at] in rubric.role_labels:
            return find_action(tokens, sentence.tokens, sentence.clause, rubric)
        if find_action(tokens, sentence.tokens, sentence.clause, rubric)[0].verb is not None:
            return None
    return None


ROLE_REACH = 3  # sentences up to the label: "Project: ...", "Outcome: ...", "My part: ..."
ROLE_LABEL_WORDS = 3


BOLD = ("**", "__")


def _bold_label(source: str, span: Span) -> bool:
    """A sentence set in bold on its own ("**Label-free returns.**", "**Label-free returns**.")."""
    return source.startswith(BOLD, max(0, span.start - 2)) and \
        (source.startswith(BOLD, span.end) or source.startswith(BOLD, span.end - 3))


def _activity_only(tokens: tuple[Token, ...], action: Action, phrase: dict[str, list[Mention]],
                   signals: Signals, measures, rubric: Rubric, hits: Hits) -> bool:
    """Effort, contact or a responsibility, with no decision, no result of any kind (a technical
    one included) and no other deed; engineering work counts as effort when its verb is one
    ("reviewed the team's pull requests"). A principle claimed by way of effort ("Showed bias for
    action by running 14 tabletop exercises") is effort whatever else its first verb says."""
    if signals.business_outcome:
        return False  # a result told: no effort only (asked first, before the decisions are read)
    decisions = [m for m in phrase.get("decision", ()) if not _befell(tokens, token_index(tokens, m.span.start), rubric)]
    if decisions or deed_not_effort(hits, tokens) or _effect_claimed(tokens, rubric) \
            or _taken_up_by_leaders(tokens, action, hits):
        return False
    if _claimed_by_effort(tokens, phrase, rubric) and not any(m.result and m.type for m in measures):
        # a bare count after the effort ("by running 14 exercises") measures nothing moved
        return not _started(tokens, action, hits, rubric)
    # a model trained is a deliverable made, as one built is ("Trained a demand model ... with a
    # precision of 0.82"; the profile's ``verbs.technical_deliverables``); "trained the clerks" is effort
    effort_verb = action.verb in rubric.activity_verbs and not (
        action.verb_class == "technical" and action.verb in rubric.technical_deliverables) \
        or _built_to_read(tokens, action, rubric) \
        or action.verb in rubric.borrowing and not phrase.get("inflated") and _borrowed_effort(tokens, action, rubric)
    # "cities own the meters": theirs; "I could read it": a skill; "the 60 shops I visited": a thing named
    own_effort = effort_verb and action.subject != "other" and not _ability(tokens, action) \
        and not (action.span and _names_a_thing(tokens, token_index(tokens, action.span.start), rubric))
    activity = [m for m in phrase["activity"] if not _names_a_thing(tokens, token_index(tokens, m.span.start), rubric)]
    if any(m.result for m in measures) or not (activity or own_effort):
        return False
    if action.verb_class == "technical" and not effort_verb:
        return False  # building something is a deliverable, not effort
    return not _other_deeds(tokens, action, rubric) and not _started(tokens, action, hits, rubric)


def _borrowed_effort(tokens: tuple[Token, ...], action: Action, rubric: Rubric) -> bool:
    """The writer's past put to an effort ("Leveraged my procurement experience to support various
    renewals", "Leveraged my engineering background to wear many hats"; the profile's
    ``verbs.borrowing`` and ``verbs.borrowed``): "my" right after the verb, what of the writer's past
    before the first "to", and a verb of effort (``verbs.activity``) after it."""
    if action.span is None:
        return False
    at = token_index(tokens, action.span.start)
    words = [token.lower for token in tokens[at + 1:at + 1 + BORROWED_REACH]]
    if words[:1] != ["my"] or "to" not in words:
        return False
    to = words.index("to")
    after = words[to + 1] if to + 1 < len(words) else ""
    return not rubric.borrowed.isdisjoint(words[1:to]) \
        and rubric.verb_lemma.get(after, after) in rubric.activity_verbs


BORROWED_REACH = 9  # "leveraged my background in events and hospitality to help": the words after the verb


def _started(tokens: tuple[Token, ...], action: Action, hits: Hits, rubric: Rubric) -> bool:
    """The writer's own start, told with a verb of effort: a strategy of several years written
    ("I wrote the two-year strategy that joined them into one service"; the profile's
    ``verbs.initiated``) or one written and taken to those who adopted it ("I wrote the strategy in
    the spring and took it to the board myself"; ``verbs.plan_writing``, ``plan_nouns``,
    ``plan_taken``): the labelling guide lists both as starts, never as effort. Read only after the
    writer's "I" (or a bullet's implied one)."""
    if action.subject != "i":
        return False
    words = [token.lower for token in tokens]  # asked only of an item otherwise read as effort
    return bool(begun(words, hits, rubric)) or wrote_and_took(words, action.subject, rubric)


def _taken_up_by_leaders(tokens: tuple[Token, ...], action: Action, hits: Hits) -> bool:
    """The writer's effort, then a senior party taking it up ("I presented it to our SVP ..., and it
    became the plan for the group's four product teams", "wrote the section of the three-year plan,
    and the board adopted it", "the national regulator now plan around a strategy I wrote"): a
    decision that changed, which the labelling guide says effort lacks (the profile's
    ``phrases.adoption`` and ``phrases.taken_up`` beside a ``senior_party``, read after the verb)."""
    if not hits.get("senior_party") or not (hits.get("adoption") or hits.get("taken_up")):
        return False  # most items: no leader, or nothing taken up
    at = token_index(tokens, action.span.start) if action.span is not None else -1
    return any(m.first > at for key in ("adoption", "taken_up") for m in hits.get(key, ()))


def _effect_claimed(tokens: tuple[Token, ...], rubric: Rubric) -> bool:
    """An effect claimed without a figure ("... that revolutionized how couples receive their photos",
    "moving the needle on satisfaction"; profile list ``verbs.claimed_effects``): a result told."""
    firsts = derived(rubric, EFFECT_FIRSTS_KEY, _effect_firsts)
    if firsts.isdisjoint(map(_LOWER, tokens)):
        return False  # most items: no such word at all (one test in C, no step per token)
    starts = [index for index, token in enumerate(tokens) if token.lower in firsts]
    words = [token.lower for token in tokens]
    return any(tuple(words[at:at + len(phrase)]) == phrase for at in starts for phrase in rubric.claimed_effects) \
        or _hedged_effect(words, starts, rubric)


HEDGED_EFFECT_REACH = 3  # words from the opinion to the effect: "I believe it's made", "I think the videos helped"
NOT_HEDGED_SUBJECTS = frozenset("i we we've we'd our my me might could would should may , ; and but".split())


def _hedged_effect(words: list[str], starts: list[int], rubric: Rubric) -> bool:
    """An effect claimed under the writer's opinion, its subject the thing done ("I believe it's made
    the routing a bit more reliable", "I think they helped learners feel more confident"; profile lists
    ``verbs.opinions`` and ``verbs.hedged_effects``): a result told, however hedged. Not the writer's
    or the team's own doing ("I think we made some progress", "I think I helped the team"), nor what
    might have been ("I feel we might have launched it early")."""
    for at in starts:  # the opinion's last word: "think", "believe"
        for opinion in rubric.opinions:
            begin = at + 1 - len(opinion)
            if begin < 0 or tuple(words[begin:at + 1]) != opinion:
                continue
            for word in words[at + 1:at + 2 + HEDGED_EFFECT_REACH]:
                if word in NOT_HEDGED_SUBJECTS:
                    break
                if word in rubric.hedged_effects:
                    return True
    return False


EFFECT_FIRSTS_KEY = "annotate.effect_firsts"  # the first words of ``verbs.claimed_effects``, the last of ``verbs.opinions``


def _effect_firsts(rubric: Rubric) -> frozenset[str]:
    """The words that start an effect claimed, and those that end an opinion ("think", not the
    commoner "I"), so an item with none of them is read no further."""
    return frozenset(phrase[0] for phrase in rubric.claimed_effects) | frozenset(phrase[-1] for phrase in rubric.opinions)


def _built_to_read(tokens: tuple[Token, ...], action: Action, rubric: Rubric) -> bool:
    """A verb whose object is a thing made for others to read ("Built a Tableau dashboard of
    door-open minutes", "watched the checkout dashboard"): effort, as a document written is
    (``verbs.effort_heads``)."""
    heads = rubric.effort_heads.get(action.verb) if action.span is not None else None
    return heads is not None and object_head_in(heads, tokens, token_index(tokens, action.span.start), rubric)


def _examined(measure: Measure, item: Item, hits: Hits, rubric: Rubric) -> bool:
    """The number counts what the writer examined, or is what they found there: no result, after
    one of the profile's ``phrases.examining`` ("read", "pulled", "listened to") and before a
    ``phrases.finding`` ("found", "noticed") within the reach principles read the same structure in
    ("records_found"), or inside the finding itself ("found that 62% of defaults came from ...",
    measures.py ``found_in``): the digging and the case for the call, never a measure moved."""
    if measure.result or "finding" not in hits:
        return False
    at = token_index(item.tokens, measure.metric.span.start)
    if any(seen.last < at < found.first <= seen.last + EXAMINED_REACH
           for seen in hits.get("examining", ()) for found in hits["finding"]):
        return True
    return any(found_in(sentence, measure.metric, rubric) for sentence in item.sentences)


def _felt_measures(words: list[str], hits: Hits, rubric: Rubric, measures: tuple) -> list[Match]:
    """A number moved, in an item that names its served party, on a measure people feel or make
    (the profile's ``measures.felt_by_people`` and ``measures.made_by_people``: "reported incidents
    fell by half" after the riders, "rejected requests fell from 22% to 7%" after the borrowers): the
    consequence the party felt, which the labelling guide asks technical-only to lack. A measure
    named with a system's word right before it ("cold-start timeouts", "API errors") stays the
    system's. The felt measures' matches; none when no technical result moved."""
    if not any(m.result and m.type == "technical" for m in measures):
        return []
    felt = rubric.felt_by_people | rubric.made_by_people
    found = hits.get("measure", ())
    system = {m.last for m in found if m.label == "technical"}
    return [m for m in found if tuple(words[m.first:m.last + 1]) in felt and m.first - 1 not in system
            and (words[m.first - 1] if m.first else "") not in rubric.technical_modifiers]


TRIGGER_REACH = 3  # words before a felt measure where a circumstance makes it a trigger: "when app crashes"


def _felt_as_trigger(words: list[str], first: int) -> bool:
    """The felt measure is what set a call off, not its result: "paused it when app crashes
    tripled", "because complaints doubled", "found that failures ..."."""
    return not CIRCUMSTANCES.isdisjoint(words[max(0, first - TRIGGER_REACH):first]) or in_reason(words, first)


EXAMINED_REACH = 10  # words from the examining verb to the finding: "read 400 complaint tickets from ... and found"


def _names_a_thing(tokens: tuple[Token, ...], at: int, rubric: Rubric) -> bool:
    """The writer's verb stands in a clause that names a thing the sentence is about, with no
    "that" or "which" ("Only 4 of the 60 sellers I called ...", "My best work is a launch I held
    back"): the effort describes the thing, and the sentence claims something else of it. The
    thing is counted or determined, opens the sentence or follows "of" or a copula, and is no
    time ("This year I owned ...", "In the spring I ran ...": the writer's own clause)."""
    if at < 3 or tokens[at - 1].lower not in RELATIVE_SUBJECTS:
        return False
    thing = tokens[at - 2]
    if not thing.text.isalpha() or thing.text[:1].isupper() and at - 2 > 0 \
            or thing.lower in rubric.months or thing.lower in TIMES or thing.lower in DETERMINERS:
        return False
    for det in range(at - 3, max(-1, at - 3 - THING_REACH), -1):
        word = tokens[det].lower
        if word in DETERMINERS or word[:1].isdigit():
            while det > 0 and (tokens[det - 1].lower in DETERMINERS or tokens[det - 1].lower[:1].isdigit()):
                det -= 1
            return det == 0 or tokens[det - 1].lower in THING_LEADS
        if not tokens[det].text.replace("-", "").isalnum():
            return False
    return False


RELATIVE_SUBJECTS = frozenset(("i", "she", "he"))
THING_REACH = 3  # words from the determiner to the thing: "the 31 owner-run restaurants I visited"
THING_LEADS = frozenset(("of", "is", "was", "are", "were"))  # "two of the shops I visited", "is a launch I held"
TIMES = frozenset("year years quarter quarters half month months week weeks day days season spring summer "
                  "autumn fall winter time morning evening night".split())


ABILITY = frozenset(("could", "can"))  # before a verb: what the writer was able to do, not effort spent


def _ability(tokens: tuple[Token, ...], action: Action) -> bool:
    """The writer's verb told as an ability ("My background meant I could read the dashboards
    myself"): no effort reported."""
    if action.span is None:
        return False
    at = token_index(tokens, action.span.start)
    return at > 0 and tokens[at - 1].lower in ABILITY


def _claimed_by_effort(tokens: tuple[Token, ...], phrase: dict[str, list[Mention]], rubric: Rubric) -> bool:
    """A principle's slogan (or other effort) at the head of the item, then "by" and an effort done
    ("Took ownership of the donor journey by mapping 27 touchpoints", "We demonstrated bias for
    action and earned customer trust by holding 45 daily war-room calls"): the principle is claimed
    and the effort is all that shows it, whatever other verb the claim uses."""
    heads = [token_index(tokens, m.span.start) for m in phrase["activity"]]
    if not heads or min(heads) >= CLAIM_OPENING:
        return False
    for index in range(min(heads) + 1, len(tokens) - 1):
        if tokens[index].lower == "by" and tokens[index + 1].lower.endswith("ing"):
            return rubric.verb_lemma.get(tokens[index + 1].lower) in rubric.activity_verbs
    return False


CLAIM_OPENING = 5  # a principle claimed opens the item: its words start within this many words


def _for_kind(signals: Signals, kind: str, activity_only: bool) -> Signals:
    """Result and effort signals belong to claims: a plan, a scope statement or a framing sentence
    offers no result and reports no effort; a lesson or an answered objection may cite a result."""
    # each built with tuple.__new__ from the fields (``_replace`` is a Python call through ``_make``
    # for every item read)
    customer, metric, business_outcome, own_action, technical_lead, technical_metric_only, effort, cliche, hedge = signals
    if kind == "claim":
        return _new(Signals, (customer, metric, business_outcome, own_action, technical_lead, technical_metric_only,
                              activity_only, cliche, hedge))
    if kind == "scope":  # a remit held, not a deed done ("I lead three PMs"): no action of the writer's
        business_outcome = own_action = False
    elif kind not in ("lesson", "objection"):  # a lesson or an answered objection may cite a result
        business_outcome = False
    return _new(Signals, (customer, metric, business_outcome, own_action, technical_lead, False, effort, cliche, hedge))


def _writers_heading(item: Item, rubric: Rubric) -> bool:
    """Under "What I started" or "What I chose not to build", each item is the writer's own."""
    return judgment_heading(item.section, rubric) is not None


def _leading_copula(item: Item) -> bool:
    """A bullet that opens with "Was" or "Am" has the writer as its implied subject, and so does one
    that opens with the remit's own words, "Responsible for ..." (docs/labelling-guide.md: the
    bullet rule holds for a remit told as a deed; it stays activity)."""
    tokens = item.tokens
    if item.format != "bullet" or not tokens:
        return False
    return tokens[0].text in ("Was", "Am") or tokens[0].text == "Responsible" and len(tokens) > 1 \
        and tokens[1].lower == "for"


def item_hits(item: Item) -> Hits:
    """The item's lexicon matches: its sentences' own (read once), token indices made item-wide."""
    if len(item.sentences) == 1:
        return item.sentences[0].hits
    merged: Hits = {}
    offset = 0
    for sentence in item.sentences:
        for group, matches in sentence.hits.items():
            moved = [_new(Match, (m.first + offset, m.last + offset, m.label, m.phrase)) for m in matches] \
                if offset else matches
            merged[group] = merged.get(group, []) + moved
        offset += len(sentence.tokens)
    return merged
