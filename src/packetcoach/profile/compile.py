"""A profile compiled into the lookups the analysis runs on, built once per profile and process.

Compiling takes a few milliseconds; a warm process (the editor, the web app, a batch) pays it once.
The compiled profiles of a process are its one shared cache: values never change once built, each
is checked against its files' stamps before use, and they are written under a lock.
"""

# No ``from __future__ import annotations`` here: typing.NamedTuple compiles a field's type given
# as a string (a ForwardRef each), and the Rubric's hundred-odd fields cost every start over 1 ms that way;
# as objects they cost nothing to check. Every name an annotation uses is bound before it.
import os
import re
from _thread import allocate_lock  # threading.Lock itself, without the threading module (0.4 ms of a check)
from collections.abc import Callable, Hashable
from typing import Any, NamedTuple, TypeVar

from packetcoach.core.casefree import CaseFree
from packetcoach.profile import lexicon_store
from packetcoach.profile.lexicon import PhraseMatcher, phrase_words, verb_forms
from packetcoach.profile.load import Profile, load_profile
from packetcoach.profile.patterns import compile_patterns
from packetcoach.core.regexes import compiled

VERB_CLASSES = ("pm", "technical", "neutral")


class Stops(NamedTuple):
    """How a stop, a proposal and a refusal are told (profile table ``[stops]``, docs/profiles.md):
    the words that tell the writer's own stop from someone else's, a proposal, a refusal or a pause."""

    cutting: frozenset[str]
    cut_scope: frozenset[str]
    interruptions: frozenset[str]
    leavings: frozenset[str]
    framings: frozenset[str]
    trades: frozenset[str]
    persuading: frozenset[str]  # lemmas
    refused: frozenset[str]
    refusing: frozenset[str]
    refusal_phrases: frozenset[str]
    proposals: frozenset[str]
    held: frozenset[str]
    overruling: frozenset[str]
    kept: frozenset[str]
    proposing: frozenset[str]  # lemmas
    proposing_a_stop: frozenset[str]  # lemmas
    asking: frozenset[str]
    explaining: frozenset[str]
    proposed_aims: frozenset[str]
    proposal_verbs: frozenset[str]  # the proposed aims and these
    particles: frozenset[str]  # "switched off" told round its object: "switched the reminders off"
    states: frozenset[str] = frozenset()  # "on hold": a stop only when something is put in it
    putting: frozenset[str] = frozenset()  # "put", "placed": what puts a thing in such a state
    sellers: frozenset[str] = frozenset()  # "turned down the vendor platform": a purchase passed on
    falls: frozenset[str] = frozenset()  # "dropped": a measure's fall where an amount follows ...
    fall_leads: frozenset[str] = frozenset()  # ... or one of these ("dropped from 30% to 12%")
    records: frozenset[str] = frozenset()  # "pulled the gate logs from ...": records gathered to read
    waits: frozenset[str] = frozenset()  # "decided not to wait for the redesign": speed, no stop
    freeing: frozenset[str] = frozenset()  # "went", "moved", "freed": what a stop handed on ...
    freed_things: frozenset[str] = frozenset()  # ... "the money", "its two engineers", "the budget"
    deferrals: frozenset[str] = frozenset()  # "deferred ... until we can staff it": held to a bar, no stop
    unbuilt: frozenset[str] = frozenset()  # "did not build": a stop only of a thing asked for or proposed ...
    credited: frozenset[str] = frozenset()  # ... and not "did not build it alone": credit shared
    flows: frozenset[str] = frozenset()  # "removed the field from the sign-up flow": a step out of a flow
    refusal_titles: frozenset[str] = frozenset()  # "said no to", "saying no to": a heading or title naming a refusal
    stop_titles: frozenset[str] = frozenset()  # "stopping the", "killing the": a heading or title naming a stop
    talking_out: frozenset[str] = frozenset()  # "talked the team out of a second SKU": a party argued out of a thing
    phases: frozenset[str] = frozenset()  # "scoped it to the three largest lenders first": a launch order, no stop
    pushing_back: frozenset[str] = frozenset()  # "pushed back on" ...
    asks: frozenset[str] = frozenset()  # ... "the director's request": a party's ask refused
    deed_kinds: frozenset[str] = frozenset()  # "the work I chose not to do": a kind of deed named, a framing
    closings: frozenset[str] = frozenset()  # "closed it", "rolled it back": the writer closing a bet of their own
    thing_asks: frozenset[str] = frozenset()  # `phrases.pressure`: "asked for", "wanted" a thing ...
    evidence_answers: frozenset[str] = frozenset()  # ... answered "I showed him that ...": argued down
    built_anyway: frozenset[str] = frozenset()  # ... unless the thing is "built" or "launched" anyway
    story_things: frozenset[str] = frozenset()  # "stopped the project": a stop that names its story back
    closing: frozenset[str] = frozenset()  # "closed" ...
    closed_things: frozenset[str] = frozenset()  # ... "the cherry-vine line", "the pop-up clinics": an offer ended
    closed_sales: frozenset[str] = frozenset()  # ... "the pilot deal", "the service contract": a sale closed, no stop
    migrating: frozenset[str] = frozenset()  # "migrated the jobs to the new warehouse and decommissioned the old server"
    undoings: frozenset[str] = frozenset()  # "pull", "roll back": the writer undoing the deed the item opened with
    lapsing: frozenset[str] = frozenset()  # "let our contract with the vendor lapse": a thing let run out
    announcing: frozenset[str] = frozenset()  # "got one wrong": a paragraph's short first sentence announcing its stop story
    agreements: frozenset[str] = frozenset()  # "Recommended that we retire X; leadership agreed": a proposed stop made
    bare_proposals: frozenset[str] = frozenset()  # "I recommended we drop it": a proposed clause's subject with no "that"
    switching_off: frozenset[str] = frozenset()  # "recommended we switch it off": lemmas, with "off", a stop proposed
    found_that: frozenset[str] = frozenset()  # "showing that ... carriers turned down our loads": a fact found, no stop


class Rubric(NamedTuple):
    """The profile compiled into lookups: every lexicon an item or a sentence needs is one matcher,
    so reading an item is one pass over its words.

    A named tuple, like the model's records (core/model.py says why); a draft's own measures or a
    project's thresholds make a copy with ``_replace``."""

    profile: Profile
    verb_lemma: dict[str, str]  # any form -> lemma
    verb_class: dict[str, str]  # lemma -> pm | technical | neutral
    activity_verbs: frozenset[str]
    # verbs of effort that, made engineering work by their object, make a deliverable ("trained a model")
    technical_deliverables: frozenset[str]
    claimed_effects: frozenset[tuple[str, ...]]  # "that revolutionized how ...": an effect claimed, no bare effort
    borrowing: frozenset[str]  # "leveraged my background to ...": the writer's past put to use
    borrowed: frozenset[str]  # what of the writer's past is put to use: "background", "experience"
    opinions: frozenset[tuple[str, ...]]  # "I think", "I believe": the writer's opinion ...
    hedged_effects: frozenset[str]  # ... then "made", "helped" a few words on: an effect claimed, hedged
    phrasal: dict[str, frozenset[str]]  # "turn" -> {"down", "on", ...}: the verb's lemma with its particle ("turned down")
    not_deeds: frozenset[str]  # verbs of thinking and feeling: "I believed" is no deed
    standing: frozenset[str]  # "I am operating at the next level": in the progressive, no deed
    stopped_forms: frozenset[str]
    initiated_forms: frozenset[str]
    routine_words: frozenset[str]
    proposing_new_forms: frozenset[str]  # "proposed the daily text": no routine begun again
    narrowing_verbs: frozenset[str]  # lemmas: "scoped the launch to two languages only" is a descope
    narrowed_rest: frozenset[tuple[str, ...]]  # "..., leaving out the chat": what a narrowing leaves out
    aim_verbs: frozenset[str]  # "to align", "to validate" after effort: what it was for, no deed
    result_links: frozenset[str]  # "churn fell after I ...": a result told first keeps its verb
    result_verbs: frozenset[str]  # forms: "now carries a third of revenue" is a sentence, not a fragment
    rollout_verbs: frozenset[str]  # lemmas: "launched it to 10% of shoppers" tells an exposure
    role_labels: frozenset[tuple[str, ...]]  # "Outcome: ... up 8 points. My role: I decided ..."
    wish_verbs: frozenset[str]  # lemmas: "I want every lease priced per pick" wishes a state, no deed
    result_labels: frozenset[tuple[str, ...]]  # "Result: complaints fell 27%. I proposed ...": a result told first
    decision_frames: frozenset[tuple[str, ...]]
    new_story_openers: tuple[tuple[str, ...], ...]
    story_continuers: tuple[tuple[str, ...], ...]
    groundwork_verbs: frozenset[str]  # "I spent January on farms ...": groundwork a product call right after carries on
    findings: tuple[tuple[str, ...], ...]  # "and found that": the writer's finding opens a story
    finding_relatives: tuple[tuple[str, ...], ...]  # "I wrote the SQL that showed ...": a finding right after the verb
    finding_closes: tuple[tuple[str, ...], ...]  # "I queried 14 months of declines myself: 62% ..."
    dig_marks: tuple[tuple[str, ...], ...]  # "... by hand and found that 41% ...": the writer's own digging
    owned_faults: tuple[tuple[str, ...], ...]  # "Owned the double-booking fault ...": a fault owned as the deed
    fault_nouns: frozenset[str]  # "fault", "error": what `owned_faults` owns
    bet_verbs: frozenset[str]  # lemmas: "proposed X, betting ..." opens a calculated risk
    taken_on_verbs: frozenset[str]  # lemmas: "ran the pilot our director designed" takes on a thing
    non_technical_objects: dict[str, PhraseMatcher]
    technical_objects: dict[str, PhraseMatcher]  # objects that make a neutral verb engineering work
    pm_objects: dict[str, PhraseMatcher]  # objects (and particles) that make a neutral verb a decision
    non_technical_heads: dict[str, PhraseMatcher]  # objects that make it neutral when they end the object
    effort_heads: dict[str, PhraseMatcher]  # things built for reading that, with nothing else, are effort
    object_senses: dict[str, tuple[frozenset[str], frozenset[str]]]  # "model": signs of its business sense, of its engineering sense
    suggestions: dict[str, tuple[str, ...]]
    collaborator_frames: frozenset[tuple[str, ...]]
    persuading: frozenset[str]  # "got the legal team to approve": the people the writer won over
    developing: frozenset[str]  # "hired our first ... analyst": the writer's own people, grown
    growing: frozenset[str]  # "grew two PMs to L6": people grown, only with one of ``grown`` after the verb
    grown: frozenset[str]  # "PMs", "people": the people ``growing`` grows
    hiring_parties: frozenset[str]  # "candidates": in an item that hires, the people hired from
    persona_modifiers: frozenset[str]
    non_persona_followers: frozenset[str]
    party_bodies: frozenset[str]  # "the drivers' union": the body that bargains for a party, not the party
    owned_things: frozenset[str]  # after a party in the possessive, its own: "the customer's account"
    working_documents: frozenset[str]  # "the technicians' checklist": the party keeps it, a collaborator
    non_persona_prefixes: frozenset[str]
    headcount_marks: frozenset[str]  # a count and one of these before staff: posts asked for ("three more dispatchers")
    former_marks: frozenset[str]  # before staff, their past post: colleagues now ("two former call-takers")
    compound_heads: frozenset[str]  # "holders": a party only after what it holds ("slip holders")
    not_held: frozenset[str]  # "cup holders": things, not people
    rival_modifiers: frozenset[str]  # "two rival makers": competitors, not served
    portfolio_words: frozenset[str]  # "across three brands": the business's own, counted as its reach
    software_in_engineering: frozenset[str]  # "callers": software in an item with a specialty's jargon
    paired_terms: dict[str, frozenset[str]]  # per specialty: context terms that count two together
    # per specialty: a system named by its kind that an engineering deed works on ("the ledger
    # service"), and the words before it that make it no system ("customer service")
    worked_on: dict[str, tuple[frozenset[str], frozenset[str]]]
    reach_frames: frozenset[str]  # the words before such a count ("across", "on")
    software_words: frozenset[str]
    machine_parts: frozenset[str]  # "the reader firmware", "the readers' cellular modems": a device
    software_prefixes: frozenset[str]
    change_words: frozenset[str]
    ending_words: frozenset[str]
    into_verbs: frozenset[str]  # "turned loyalty into a $310M-a-year business": money reached is a change
    change_idioms: frozenset[tuple[str, ...]]  # "fall asleep", "cut a deal": a change word that states no change
    not_yet_words: frozenset[str]
    aims_ahead: frozenset[str]  # "targeting a 20% lift": a change to come, with its figure
    promises_ahead: frozenset[str]  # "promised a 30% rise": a change to come, after "a" or "an"
    hopes_ahead: frozenset[str]  # "which hopefully gets adopted": a change hoped for in the present
    mistaken: frozenset[tuple[str, ...]]  # "doubled the fee ... by mistake": a mistake's harm, no result
    non_result_followers: frozenset[str]
    kept_plans: frozenset[tuple[str, ...]]  # "on time and under budget": how the work went, no result
    remit_after_now: frozenset[str]  # "she now runs ...": a person's remit after "now", no change
    habit_holders: frozenset[str]  # "I now test ...", "now I walk ...": the writer's practice, no change
    customer_modifiers: frozenset[str]
    made_by_people: frozenset[tuple[str, ...]]
    felt_by_people: frozenset[tuple[str, ...]]
    technical_modifiers: frozenset[str]
    money: frozenset[str]
    result_words: frozenset[str]
    party_results: frozenset[str]
    count_results: frozenset[str]
    product_uses: frozenset[tuple[str, ...]]  # a party counted as the users of a thing ("the app our 1,800 drivers use")
    product_use_tails: frozenset[str]  # what may follow that verb with the thing left out ("use daily")
    party_switches: frozenset[str]  # a served party switching a feature on ("turned it on"), with "on"
    party_contacts: frozenset[tuple[str, ...]]  # a served party contacting the business ("calling support")
    party_losses: frozenset[str]  # a served party lost to the business ("paused", "left", "escalated")
    party_spared: frozenset[str]  # what nobody served was put through ("no practice waited more than 30 days")
    launched_with: frozenset[tuple[str, ...]]  # a launch told "with zero" of something: none of it reached the party
    measure_verbs: frozenset[str]  # verbs that name a business measure ("sold", "converts")
    person_suffixes: tuple[str, ...]  # how a plural noun for people ends ("forwarders", "importers")
    not_people: frozenset[str]  # plural nouns with those endings that name things ("orders", "servers")
    people_nouns: frozenset[str]  # nouns for people without those endings ("staff", "hires")
    people_on: frozenset[str]  # "people on the standby list": a list or benefit that makes people a party
    party_organisations: frozenset[str]  # organisations served, read by place ("offices", "breweries")
    owner_words: frozenset[str]  # words before the party a count or a measure is for ("for", "among")
    measure_owners: frozenset[str]  # words after a measure before the party it is of ("from", "to")
    research: frozenset[tuple[str, ...]]  # research held with a party ("interviews", "usability sessions")
    counterparty_frames: frozenset[tuple[str, ...]]  # words before "with" that make the party after it worked with ("worked closely")
    negotiating: frozenset[str]  # "negotiated a fixed price with the supplier": the party after "with" is dealt with
    count_frames: frozenset[str]  # words before a count of the people the work reaches ("to", "onboarded")
    share_marks: frozenset[str]  # words before "of" that take a share of a party ("%", "half")
    surveys: frozenset[str]  # words before "of" and a count of the people asked ("a survey of 1,300 glaziers")
    enabling: frozenset[tuple[str, ...]]  # words before a party the work lets do something ("so that")
    enabled: frozenset[tuple[str, ...]]  # what follows that party ("can", "now", "no longer")
    letting: frozenset[str]  # words before a party and the verb it now can do ("letting", "helps")
    giving: frozenset[str]  # verbs before a party and "back" with an amount ("giving each clerk back 40 minutes")
    now_words: frozenset[tuple[str, ...]]  # what follows a party opening a clause ("riders now wait")
    telling: frozenset[tuple[str, ...]]  # a party telling the writer something ("told us", "asked for")
    people_relatives: frozenset[str]  # words after a noun that tell of it as people ("who", "whose")
    one_of_party: frozenset[tuple[str, ...]]  # words before one of a party in turn ("each", "not one")
    own_roles: frozenset[tuple[str, ...]]  # "as a former": the party word after is the writer's own past role
    comparison_marks: frozenset[tuple[str, ...]]  # "the clinics without the new flow": a comparison group, in an objection's answer
    comparison_prefixes: frozenset[str]  # "the control pharmacies": a comparison group, in an objection's answer
    other_persuaders: frozenset[str]  # "sales", "finance": nearer a persuading word than "I", theirs
    dealings: frozenset[str]  # a counted party dealing in the present tense ("grocers now sell through us")
    senior_titles: frozenset[str]  # "head", "vp": "the head of sales" names a role
    approvals: frozenset[str]  # "which 3 directors signed off": leaders approving
    cut_objects: frozenset[str]  # what a cut ends: the decision objects and "plan", "contract" ...
    work_queues: frozenset[str]  # "backlog", "sprint": where work waits
    decision_objects: frozenset[str]  # "features", "pilot": a count of them is a decision's scope
    staff: frozenset[str]  # the writer's staff moved to other work after a stop ...
    staff_moves: frozenset[str]  # ... told after them ("its two engineers moved to photo upload")
    staff_movers: frozenset[str]  # ... or before them ("moved its four engineers onto disputes")
    resources: frozenset[str]  # a budget or capacity ...
    given_back: frozenset[str]  # ... handed back ("returned its $4M budget")
    party_moves: frozenset[str]  # "2,850 moved to direct deposit": what a counted party did
    adopting: frozenset[str]  # "2,800 teams were running it": teams counted adopting the product
    count_losses: frozenset[str]  # "1,200 of them paused": a count of the party lost
    levels_held: frozenset[str]  # "complaints from subscribers have stayed at zero": a level held since
    level_marks: frozenset[str]  # ... told at, under or within a level, or flat
    compared_baselines: frozenset[str]  # "9 points above the studio average"
    missed_targets: frozenset[str]  # "fell short of the goal": a measure told as a miss
    targets: frozenset[str]  # "against a target of $6": what a level is held against
    lower_better: frozenset[str]  # "cost", "fell": a level under its target is the win
    staff_loads: frozenset[tuple[str, ...]]  # "on-call pages": a load the writer's staff carry ...
    staff_hours: frozenset[str]  # ... out of hours ("weekend", "after-hours"): the staff's, no system's measure
    pager_words: frozenset[tuple[str, ...]]  # "pages": the pager's only with one of ...
    pager_signs: frozenset[str]  # ... in the item ("on-call", "alerts") or ...
    other_senses: dict[tuple[str, ...], frozenset[str]]  # "services": no system's beside a sign of its other sense ("funeral")
    pager_cues: frozenset[str]  # ... a rate's words near it ("a week", "per person"); else a document's or a site's
    felt_acts: frozenset[str]  # "dispensing errors": an act done for a person, whose errors reach that person
    not_significant: frozenset[str]  # "the result was not significant": a test result that proves nothing
    interval_re: Any  # "(95% CI 4.8% to 7.6%)": the words that make an interval an uncertainty, or None
    range_gap_re: Any  # "from 310 a month to 40": words a before may take between it and "to", or None
    range_from_re: Any  # "from about 900": the "from" that leads a before, with a rounding word the profile names
    ratio_re: Any  # "1 in 5 bookings": the part and its link ending right before the whole, or None
    then_re: Any  # "took homeowners ": the verb leading a before told in the past, ending right before it, or None
    now_gap_re: Any  # " now take ": the link between a then and its now, the whole gap, or None
    from_nothing_re: Any  # ", up from zero": a count's baseline of nothing, after it in its clause, or None
    scope_counts: frozenset[str]  # "12 engineers, up from zero": the writer's own people, scope
    technical_unit_re: Any  # "120ms", "4GB": a number in a unit of a system's property, or None
    point_units: frozenset[str]  # "9 points above"
    baselines: frozenset[str]  # "2.5 times a normal month": what a multiple is of
    frequency_words: frozenset[str]  # "threatened to leave twice": how often, a magnitude but no result
    stops: Stops  # how a stop, a proposal and a refusal are told
    attempts: frozenset[str]  # "tried to launch": the verb after them and "to" is no deed
    setbacks: frozenset[str]  # "the pilot was postponed": what befell an attempt, no deed of the writer's
    copula_frames: frozenset[str]  # "My mistake was launching ...": the item's verb is the copula
    intent_verbs: frozenset[str]  # "I plan to be ...": a plan whatever verb follows
    plain_pasts: frozenset[str]  # "Sunset the portal": a past written as the plain form, no goal
    not_yet_links: frozenset[str]  # "cancelled before we ever reached them": the writer's later deed, not yet done
    progressive_states: frozenset[str]  # "Drivers were covering ...", "Visitors kept arriving ...": how things went on before
    share_qualifiers: frozenset[str]  # "Nearly a third of ...": the one word a share may follow at the item's start
    share_problems: frozenset[str]  # "A third of claims were rejected ... because ...": a share in the passive that is a problem
    reach_verbs: frozenset[str]  # "The booking product covers 1.1M visits": the writer's thing told by what it covers
    reach_things: frozenset[str]  # "product", "roadmap": what the writer owns, which others work from
    reach_links: frozenset[str]  # "from", "on", "through": how others take their work from it
    remit_verbs: frozenset[str]  # "own", "lead": the verbs of the scope cues "i own", "i lead"
    thesis_verbs: frozenset[str]  # "This year I moved us from ... to ...": the year framed as one change
    past_career_verbs: frozenset[str]  # "I spent eleven years as a ward nurse": the writer's years in an earlier role
    career_spans: frozenset[str]  # "As a pharmacist I spent years ...": the time told right after that verb
    context_headings: frozenset[str]  # "Context", "Background": a heading over the setting before the story
    setting_labels: frozenset[str]  # "**Situation.**", "**Before.**": a story's bold label over its setting
    ask_headings: frozenset[str]  # "Asks": a heading over what the writer asks of the manager or the committee
    misstep_headings: frozenset[str]  # "What I would do differently": a heading whose deeds are missteps, lessons
    thesis_headings: frozenset[str]  # "TL;DR", "Summary": a heading over the thesis, told as the opening is
    manager_views: frozenset[str]  # "I recommend Keiko for L6 because ...": a manager's case put to the room
    endorsements: frozenset[str]  # "Endorsement from Helen Park, Director": someone else's note, in their words
    system_times: frozenset[str]  # "fell from 3.8 to 1.6 seconds": a system's time
    team_words: frozenset[str]  # "Our routing team rebuilt ...": the writer's team acting
    team_units: tuple[str, ...]  # "four engineering teams": what a scope counts in teams
    problem_re: Any  # SPEC 2.15's business problem: one CaseFree pattern of the profile's cues
    mechanism_re: Any  # ... and the mechanism
    phrases: frozenset[str]  # the names of the profile's phrase lists (groups of the item lexicon)
    number_words_set: frozenset[str]
    non_metric_prefixes: frozenset[str]
    non_metric_suffixes: frozenset[str]
    months: frozenset[str]
    duration_units: frozenset[str]
    period_frames: frozenset[str]  # before "a month", "one week": a stretch of time spent or lost
    known_acronyms: frozenset[str]  # `[acronyms]` `known` and `everyday`
    own_team_owners: frozenset[str]  # `[own_action]`: whose team is the writer's ("our", "my")
    own_candidate_team_owners: frozenset[str]  # whose team is the candidate's in a manager's document
    own_clause_openers: frozenset[str]  # the lower-case words after which "we" still opens the clause
    own_clause_lead_outs: frozenset[str]  # the question words whose "we" tells of something else
    own_negations: frozenset[str]  # the words that negate a "we" deed
    own_part_openers: tuple[tuple[str, ...], ...]  # "my part", "my role": the writer's part told next
    own_trade_verbs: frozenset[str]  # "sell", "charge": "we" before one is the business trading, no team's deed
    weasel_questions: frozenset[str]  # `[wording]`: a weasel word after one asks ("how many")
    weasel_spans: frozenset[str]  # a weasel share of time or of what follows ("most of March", "most of what")
    hedge_deeds: frozenset[str]  # hedges of the deed's subject ("tried to")
    hedge_tellings: frozenset[str]  # after a hedge deed, the telling of the draft ("tried to state ...")
    writers: frozenset[str]  # the subject words that name the writer ("i", "we")
    principle_requires: dict[str, tuple[str, ...]]
    principle_weights: dict[str, int]  # which principle an item shows most strongly, when it shows several
    principle_cued: dict[str, bool]  # whether the principle needs one of its cues (else its evidence suffices)
    principle_suffices: dict[str, tuple[str, ...]]  # evidence that stands in for a cue
    principle_unless: dict[str, tuple[str, ...]]  # evidence that rules the principle out
    principle_yields: dict[str, tuple[str, ...]]  # principles whose naming makes this one unnamed
    principle_kept: dict[str, tuple[str, ...]]  # evidence that keeps it named beside those it yields to
    principle_weight_with: dict[str, dict[str, int]]  # evidence that raises its weight, and to what
    principle_alone: dict[str, tuple[str, ...]]  # evidence that names it without what it requires or a cue
    principle_before: dict[str, tuple[str, ...]]  # principles it comes before when both are named, whatever the weights
    principle_before_cued: dict[str, tuple[str, ...]]  # principles it comes before when its own cue is in the item
    principle_before_with: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # evidence, and the principles it then comes before
    levels: tuple[str, ...]  # the ladder's levels, in order
    engineering_past_re: Any  # one RE2 expression for the profile's patterns (profile/patterns.py), or None
    engineering_past_echo_re: Any  # the same for words that name the past only once it is named, or None
    lexicon: PhraseMatcher  # every lexicon, labelled "group/label", matched in one pass per sentence
    guarded_words: frozenset[str]  # persona and business-measure words a suggestion may not invent
    kind_headings: re.Pattern[str] | None  # section headings that make their items a kind: one group per kind
    judgment_headings: re.Pattern[str] | None  # headings of what the writer started or stopped ("initiated", "stopped")
    non_evidence_headings: tuple[str, ...]  # lower-cased: sections that ask for no evidence ("Areas to grow")
    thresholds: dict[str, int]
    story_part_labels: frozenset[str] = frozenset()  # lower-cased bold labels that name a story's part
    price_terms: tuple[str, ...] = ()  # words a price, fee or budget follows: never a result for the room
    failure_announcements: tuple[str, ...] = ()  # "did not work": the figure told after one is a harm, not a result
    unsolved_headings: tuple[str, ...] = ()  # lower-cased: "What I have not solved": no result for the room under one
    lead_margin: float = 1.5  # `[lead] outcome_margin`: how far below the strongest outcome an opening still leads
    retold_figures: int = 2  # `[lead] retold_figures`: figures an opening shares with a later outcome to retell it
    metadata_labels: int = 2  # `[lead] metadata_labels`: labels that make an opening line one of labels, passed over
    non_evidence_titles: frozenset[str] = frozenset()  # whole headings that ask for no evidence ("Growth")
    defined_measures: tuple[tuple[tuple[str, ...], str], ...] = ()  # measures the draft defines, typed
    defined_parties: tuple[tuple[str, ...], ...] = ()  # the served parties the draft defines ("Our customers are ...")
    defined_party_counters: frozenset[str] = frozenset()  # "every studio": a defined party's word counted
    defined_party_plural_leads: frozenset[str] = frozenset()  # "so teams can": its plural alone
    nobody_harmed: frozenset[str] = frozenset()  # "none was turned away": a harm avoided, after its count
    harm_verbs: frozenset[str] = frozenset()  # "was", "missed": the verb of harm after such a phrase
    periods: frozenset[str] = frozenset()  # "in 9 months": a time gone by since a harm last happened
    effects: frozenset[str] = frozenset()  # "zero change in refills": a finding of no effect, not a harm at zero
    releases: frozenset[str] = frozenset()  # "dropping joint returns from the kiosk launch": scope cut to ship
    delivery_verbs: frozenset[str] = frozenset()  # "shipped it in seven weeks": how long the work took ...
    delivery_marks: frozenset[str] = frozenset()  # ... "went live four months earlier" ...
    delivery_plans: frozenset[str] = frozenset()  # ... "two weeks ahead of plan": a delivery fact, no result
    time_losses: frozenset[str] = frozenset()  # "we lost three weeks": time the work lost, no result
    data_span_leads: frozenset[str] = frozenset()  # "on three years of appointments": history used, no result
    risks_closed: frozenset[str] = frozenset()  # "closed 23 vulnerabilities": a security risk closed ...
    risk_closers: frozenset[str] = frozenset()  # ... after one of these: a technical result
    multiple_words: frozenset[str] = frozenset()  # "times" after a number ...
    multiple_marks: frozenset[str] = frozenset()  # ... or "x" as its unit ("3x") ...
    multiple_comparisons: frozenset[str] = frozenset()  # ... before "as", "more", "the": a multiplier
    arguing: frozenset[str] = frozenset()  # "argued", "made the case": a case put ...
    trials: frozenset[str] = frozenset()  # ... and a "trial" or "pilot" won for it: a start
    pushing_for: frozenset[str] = frozenset()  # "pushed for a $6 add-on" ...
    bet_reasons: frozenset[str] = frozenset()  # ... "predicting 8% take-up": a bet proposed, a start
    mistake_titles: tuple[tuple[str, ...], ...] = ()  # "**A call I got wrong.** I launched ...": the deed a bet
    told_back_times: tuple[tuple[str, ...], ...] = ()  # "I told the partners the same week ...": a deed of the story before
    redirects: tuple[tuple[str, ...], ...] = ()  # "I put that time into deposits instead.": a stop's own ending
    split_openers: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("when", "i", "took"), "over": "When I took it over, ..."
    founding_firsts: frozenset[str] = frozenset()  # lemmas: "ran the agency's first product review" ...
    taken_up: frozenset[str] = frozenset()  # ... "now held monthly by all four directorates": a start others took up
    case_made: tuple[tuple[str, ...], ...] = ()  # "I made the case to the CFO" ...
    case_for: tuple[tuple[str, ...], ...] = ()  # ... "for a monthly plan": a pitch, a start
    case_argued: tuple[tuple[str, ...], ...] = ()  # "I argued that every yard should" ...
    case_changes: tuple[tuple[str, ...], ...] = ()  # "..., so I had" the form ask for it: the argument made a change
    case_kept: frozenset[str] = frozenset()  # lemmas: "should keep", "for keeping": a thing kept, no start
    plan_writing: frozenset[str] = frozenset()  # "I wrote" ...
    plan_nouns: frozenset[str] = frozenset()  # ... "the strategy" ...
    plan_taken: tuple[tuple[str, ...], ...] = ()  # ... "and took it to the board": conceived and pitched, a start
    plan_adopted: frozenset[str] = frozenset()  # ... "that the board adopted": the draft's start when it tells no other
    plan_won: frozenset[str] = frozenset()  # "wrote and won approval for a plan", "wrote and got the board to adopt a plan"
    told_back: tuple[tuple[str, ...], ...] = ()  # "I pitched it to ...", "She proposed the change": a start named back
    retold_starts: tuple[tuple[str, ...], ...] = ()  # "The crash-course week was my idea": a start named again
    outside: "SectionMemo | None" = None  # heading -> :meth:`outside_evidence`, kept by this rubric and its copies
    derived: "Derived | None" = None  # what the analysis works out once per compiled profile (see Derived)

    def threshold(self, key: str, default: int) -> int:
        return self.thresholds.get(key, default)

    def outside_evidence(self, section: str | None) -> bool:
        """Is this section one that asks for no evidence (plans, growth areas, an appendix)? Its
        sentences are not evidence items, and what they say is not read as a claim about the year."""
        if not section:
            return False
        memo = self.outside
        if memo is None:
            return self._outside(section)
        known = memo.get(section)
        if known is None:  # a block asks of its section several times, and every block of a section
            if len(memo) >= SectionMemo.SIZE:
                memo.clear()  # a long editing session meets many headings: the memo stays small
            known = memo[section] = self._outside(section)
        return known

    def _outside(self, section: str) -> bool:
        lowered = section.lower()
        return any(heading in lowered for heading in self.non_evidence_headings) or \
            " ".join(TITLE_WORD_RE.findall(lowered)) in self.non_evidence_titles


class Derived(dict):
    """What the analysis works out once per compiled profile, kept with the profile rather than in a
    module (a server reads drafts for several profiles in one process): the principles' table, the
    questions each level's digest asks. A copy made with ``_replace`` shares it: a copy changes a
    draft's measures or a project's thresholds, never the principles or the ladder these depend on.
    Not part of the rubric's value, so two rubrics compare as before."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Derived)

    __hash__ = None  # type: ignore[assignment]


T = TypeVar("T")


def derived(rubric: "Rubric", key: Hashable, build: Callable[["Rubric"], T]) -> T:
    """``build(rubric)``, worked out once per compiled profile and kept with it under ``key``
    (:class:`Derived`); a rubric made without one builds it each time it is asked."""
    memo = rubric.derived
    if memo is None:
        return build(rubric)
    found = memo.get(key)
    if found is None:
        found = memo[key] = build(rubric)
    return found


class SectionMemo(dict):
    """A rubric's answers for the headings it has met. A copy made with ``_replace`` (a draft's
    measures, a project's thresholds) shares it: the answer depends only on the profile's
    non-evidence headings, which no copy changes. Not part of the rubric's value, so two rubrics
    compare as before whatever each has met."""

    SIZE = 512

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SectionMemo)

    __hash__ = None  # type: ignore[assignment]


def _matcher(label: str, phrases: tuple[str, ...], verbs: frozenset[str]) -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add(label, phrases, verbs)
    return matcher


def _verbs(profile: Profile) -> tuple[dict[str, str], dict[str, str]]:
    lemma_of: dict[str, str] = {}
    class_of: dict[str, str] = {}
    for verb_class in VERB_CLASSES:
        for lemma in profile.list("verbs", verb_class):
            lemma = lemma.lower()
            class_of.setdefault(lemma, verb_class)
            for form in verb_forms(lemma):
                lemma_of.setdefault(form, lemma)
    for lemma in [lemma for lemma in class_of if not lemma.startswith("re")]:
        for form in verb_forms(lemma):  # "re-sourced", "re-priced": the verb done again is the verb
            lemma_of.setdefault("re-" + form, lemma)
    return lemma_of, class_of


def _own_forms(lemmas: frozenset[str], verb_lemma: dict[str, str]) -> frozenset[str]:
    """Every form of these verbs except those that are another verb's form too ("found" is
    the past of "find" before it is "to found")."""
    return frozenset(f for v in lemmas for f in verb_forms(v) if verb_lemma.get(f, v) == v)


def _objects(profile: Profile, key: str, verb_class: dict[str, str]) -> dict[str, PhraseMatcher]:
    """Object lists by verb; a re- verb ("rebuild", "re-architect") shares its base verb's list."""
    table = profile.table("verbs").get(key, {})
    objects = {lemma: _matcher("object", tuple(words), frozenset()) for lemma, words in table.items()}
    for lemma in verb_class:
        base = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") else ""
        if base in table and lemma not in objects:
            objects[lemma] = objects[base]
    return objects


def _phrasal(profile: Profile) -> dict[str, frozenset[str]]:
    """The profile's phrasal verbs (`verbs.phrasal`, "turn down") as the particles of each verb's lemma."""
    particles: dict[str, set[str]] = {}
    for phrase in profile.list("verbs", "phrasal"):
        verb, _, particle = phrase.lower().partition(" ")
        particles.setdefault(verb, set()).add(particle)
    return {verb: frozenset(found) for verb, found in particles.items()}


def _object_senses(profile: Profile) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Object words of two senses, each with the signs of its other sense (a business model, a
    spreadsheet: `verbs.object_senses`) and of its engineering one (`verbs.object_technical_senses`)."""
    verbs = profile.table("verbs")
    other, technical = verbs.get("object_senses", {}), verbs.get("object_technical_senses", {})
    return {word.lower(): (frozenset(s.lower() for s in signs), frozenset(s.lower() for s in technical.get(word, ())))
            for word, signs in other.items()}


def compile_rubric(profile: Profile, lexicon_key: str | None = None) -> Rubric:
    """``lexicon_key``: where the item lexicon is kept in the user cache (profile/lexicon_store.py),
    for a profile just loaded from its files; None files it and keeps nothing."""
    verb_lemma, verb_class = _verbs(profile)
    known_verbs = frozenset(verb_class)
    objects = _objects(profile, "non_technical_objects", verb_class)
    lower = lambda table, key: frozenset(w.lower() for w in profile.list(table, key))  # noqa: E731
    phrases = lambda table, key: frozenset(phrase_words(p) for p in profile.list(table, key))  # noqa: E731
    return Rubric(
        profile=profile,
        verb_lemma=verb_lemma,
        verb_class=verb_class,
        activity_verbs=lower("verbs", "activity"),
        technical_deliverables=lower("verbs", "technical_deliverables"),
        claimed_effects=phrases("verbs", "claimed_effects"),
        borrowing=lower("verbs", "borrowing"),
        borrowed=lower("verbs", "borrowed"),
        opinions=phrases("verbs", "opinions"),
        hedged_effects=lower("verbs", "hedged_effects"),
        phrasal=_phrasal(profile),
        not_deeds=lower("verbs", "not_deeds"),
        standing=lower("verbs", "standing"),
        stopped_forms=frozenset(f for v in lower("verbs", "stopped") for f in verb_forms(v)),
        initiated_forms=_own_forms(lower("verbs", "initiated"), verb_lemma),
        routine_words=lower("verbs", "routine"),
        proposing_new_forms=_own_forms(lower("verbs", "proposing_new"), verb_lemma),
        narrowing_verbs=lower("verbs", "narrowing"),
        narrowed_rest=phrases("verbs", "narrowed_rest"),
        aim_verbs=lower("verbs", "aims"),
        result_links=lower("verbs", "result_links"),
        result_verbs=frozenset(f for v in lower("verbs", "results") for f in verb_forms(v)),
        rollout_verbs=lower("verbs", "rollouts"),
        role_labels=phrases("verbs", "role_labels"),
        wish_verbs=lower("verbs", "wishes"),
        result_labels=phrases("verbs", "result_labels"),
        decision_frames=frozenset(phrase_words(p) for p in profile.list("verbs", "decision_frames")),
        new_story_openers=tuple(phrase_words(p) for p in profile.list("kinds", "new_story_openers")),
        story_continuers=tuple(phrase_words(p) for p in profile.list("kinds", "story_continuers")),
        groundwork_verbs=lower("kinds", "groundwork_verbs"),
        findings=tuple(phrase_words(p) for p in profile.list("kinds", "findings")),
        finding_relatives=tuple(phrase_words(p) for p in profile.list("kinds", "finding_relatives")),
        finding_closes=tuple(phrase_words(p) for p in profile.list("kinds", "finding_closes")),
        dig_marks=tuple(phrase_words(p) for p in profile.list("kinds", "dig_marks")),
        owned_faults=tuple(phrase_words(p) for p in profile.list("kinds", "owned_faults")),
        fault_nouns=lower("kinds", "fault_nouns"),
        bet_verbs=lower("kinds", "bet_verbs"),
        taken_on_verbs=lower("kinds", "taken_on_verbs"),
        mistake_titles=tuple(phrase_words(p) for p in profile.list("kinds", "mistake_titles")),
        told_back_times=tuple(phrase_words(p) for p in profile.list("kinds", "told_back_times")),
        redirects=tuple(phrase_words(p) for p in profile.list("kinds", "redirects")),
        case_made=tuple(phrase_words(p) for p in profile.list("verbs", "case_made")),
        case_for=tuple(phrase_words(p) for p in profile.list("verbs", "case_for")),
        case_argued=tuple(phrase_words(p) for p in profile.list("verbs", "case_argued")),
        case_changes=tuple(phrase_words(p) for p in profile.list("verbs", "case_changes")),
        case_kept=lower("verbs", "case_kept"),
        plan_taken=tuple(phrase_words(p) for p in profile.list("verbs", "plan_taken")),
        told_back=tuple(phrase_words(p) for p in profile.list("verbs", "told_back")),
        retold_starts=tuple(phrase_words(p) for p in profile.list("verbs", "retold_starts")),
        split_openers=_split_openers(profile),
        non_technical_objects=objects,
        technical_objects=_objects(profile, "technical_objects", verb_class),
        pm_objects=_objects(profile, "pm_objects", verb_class),
        non_technical_heads=_objects(profile, "non_technical_heads", verb_class),
        effort_heads=_objects(profile, "effort_heads", verb_class),
        object_senses=_object_senses(profile),
        suggestions={k: tuple(v) for k, v in profile.table("verbs").get("suggestions", {}).items()},
        collaborator_frames=frozenset(phrase_words(p) for p in profile.list("personas", "collaborator_frames")),
        persuading=lower("personas", "persuading"),
        developing=lower("personas", "developing"),
        growing=lower("personas", "growing"),
        grown=lower("personas", "grown"),
        hiring_parties=lower("personas", "hiring_parties"),
        persona_modifiers=lower("personas", "modifiers"),
        non_persona_followers=lower("personas", "non_persona_followers"),
        party_bodies=lower("personas", "party_bodies"),
        owned_things=lower("personas", "owned_things"),
        working_documents=lower("personas", "working_documents"),
        non_persona_prefixes=lower("personas", "non_persona_prefixes"),
        former_marks=lower("personas", "former_marks"),
        compound_heads=lower("personas", "compound_heads"),
        not_held=lower("personas", "not_held"),
        headcount_marks=lower("personas", "headcount_marks"),
        rival_modifiers=lower("personas", "rival_modifiers"),
        portfolio_words=lower("personas", "portfolio_words"),
        software_in_engineering=lower("personas", "software_in_engineering"),
        paired_terms={name: frozenset(term.lower() for term in body.get("paired_terms", []))
                      for name, body in profile.table("specialties").items() if body.get("paired_terms")},
        worked_on={name: (frozenset(w.lower() for w in body["worked_on"]),
                          frozenset(w.lower() for w in body.get("not_systems", [])))
                   for name, body in profile.table("specialties").items() if body.get("worked_on")},
        reach_frames=lower("personas", "reach_frames"),
        defined_party_counters=lower("personas", "defined_party_counters"),
        defined_party_plural_leads=lower("personas", "defined_party_plural_leads"),
        software_words=lower("personas", "software_words"),
        machine_parts=lower("personas", "machine_parts"),
        software_prefixes=lower("personas", "software_prefixes"),
        change_words=lower("measures", "change"),
        ending_words=lower("measures", "endings"),
        into_verbs=lower("measures", "into_verbs"),
        change_idioms=phrases("measures", "idioms"),
        not_yet_words=lower("measures", "not_yet"),
        aims_ahead=lower("measures", "aims_ahead"),
        promises_ahead=lower("measures", "promises_ahead"),
        hopes_ahead=lower("measures", "hopes_ahead"),
        mistaken=phrases("measures", "mistaken"),
        non_result_followers=lower("measures", "non_result_followers"),
        kept_plans=phrases("measures", "kept_plans"),
        remit_after_now=lower("measures", "remit_after_now"),
        habit_holders=lower("measures", "habit_holders"),
        customer_modifiers=lower("measures", "customer_modifiers"),
        made_by_people=frozenset(phrase_words(p) for p in profile.list("measures", "made_by_people")),
        staff_loads=frozenset(phrase_words(p) for p in profile.list("measures", "staff_loads")),
        pager_words=frozenset(phrase_words(p) for p in profile.list("measures", "pager_words")),
        other_senses={phrase_words(word): frozenset(s.lower() for s in signs)
                     for word, signs in profile.table("measures").get("other_senses", {}).items()},
        felt_by_people=frozenset(phrase_words(p) for p in profile.list("measures", "felt_by_people")),
        technical_modifiers=lower("measures", "technical_modifiers"),
        money=lower("measures", "money"),
        result_words=lower("measures", "results"),
        party_results=lower("measures", "party_results"),
        count_results=lower("measures", "count_results"),
        product_uses=frozenset(phrase_words(p) for p in profile.list("measures", "product_uses")),
        product_use_tails=lower("measures", "product_use_tails"),
        party_switches=lower("measures", "party_switches"),
        party_contacts=frozenset(phrase_words(p) for p in profile.list("measures", "party_contacts")),
        party_losses=lower("measures", "party_losses"),
        party_spared=lower("measures", "party_spared"),
        launched_with=frozenset(phrase_words(p) for p in profile.list("measures", "launched_with")),
        measure_verbs=lower("measures", "measure_verbs"),
        person_suffixes=tuple(lower("personas", "person_suffixes")),
        not_people=lower("personas", "not_people"),
        people_nouns=lower("personas", "people_nouns"),
        people_on=lower("personas", "people_on"),
        party_organisations=lower("personas", "party_organisations"),
        owner_words=lower("personas", "owner_words"),
        measure_owners=lower("personas", "measure_owners"),
        research=phrases("personas", "research"),
        counterparty_frames=frozenset(phrase_words(p) for p in profile.list("personas", "counterparty_frames")),
        negotiating=lower("personas", "negotiating"),
        count_frames=lower("personas", "count_frames"),
        share_marks=lower("personas", "share_marks"),
        surveys=lower("personas", "surveys"),
        enabling=phrases("personas", "enabling"),
        enabled=phrases("personas", "enabled"),
        letting=lower("personas", "letting"),
        giving=lower("personas", "giving"),
        now_words=phrases("personas", "now_words"),
        telling=phrases("personas", "telling"),
        people_relatives=lower("personas", "people_relatives"),
        one_of_party=phrases("personas", "one_of_party"),
        own_roles=phrases("personas", "own_roles"),
        comparison_marks=phrases("personas", "comparison_marks"),
        comparison_prefixes=lower("personas", "comparison_prefixes"),
        remit_verbs=frozenset(words[1] for words in phrases("kinds", "scope") if len(words) == 2 and words[0] == "i"),
        **{field: lower(*where) for field, where in WORD_LISTS.items()},
        cut_objects=lower("measures", "decision_objects") | lower("verbs", "cut_objects"),
        technical_unit_re=_unit_re(profile.list("metrics", "technical_units")),
        interval_re=_interval_re(profile.list("measures", "interval_cues")),
        range_gap_re=_range_gap_re(profile.list("metrics", "range_qualifiers")),
        range_from_re=_range_from_re(profile.list("metrics", "range_approximations")),
        ratio_re=_ratio_re(profile.list("metrics", "ratio_links"), profile.list("metrics", "ratio_counts")),
        then_re=_phrase_re(profile.list("metrics", "then_verbs"), r"\b(?:", r")\s+(?:[a-z'’-]+\s+){0,3}$"),
        now_gap_re=_now_gap_re(profile.list("metrics", "now_links"), profile.list("metrics", "now_roundings")),
        from_nothing_re=_phrase_re(profile.list("metrics", "from_nothing"), r"[^.;:!?()\d]{0,%d}?\b(?:" % FROM_NOTHING_REACH,
                                   r")\b"),
        scope_counts=frozenset(w.lower() for w in profile.list("metrics", "scope_counts")),
        stops=_stops(profile),
        team_units=tuple(u.lower() for u in profile.list("measures", "team_units")),
        problem_re=cue_pattern(profile.list("document", "problem_cues")),
        mechanism_re=cue_pattern(profile.list("document", "mechanism_cues")),
        phrases=frozenset(phrase_lists(profile)),
        number_words_set=lower("metrics", "number_words"),
        non_metric_prefixes=lower("metrics", "non_metric_prefixes"),
        non_metric_suffixes=lower("metrics", "non_metric_suffixes"),
        months=lower("metrics", "months"),
        duration_units=lower("metrics", "duration_units"),
        period_frames=lower("metrics", "period_frames"),
        known_acronyms=frozenset(profile.list("acronyms", "known")) | frozenset(profile.list("acronyms", "everyday")),
        own_team_owners=lower("own_action", "team_owners"),
        own_candidate_team_owners=lower("own_action", "candidate_team_owners"),
        own_clause_openers=lower("own_action", "clause_openers"),
        own_clause_lead_outs=lower("own_action", "lead_outs"),
        own_negations=lower("own_action", "negations"),
        own_part_openers=tuple(phrase_words(p) for p in profile.list("own_action", "part_openers")),
        own_trade_verbs=lower("own_action", "trade_verbs"),
        weasel_questions=lower("wording", "weasel_questions"),
        weasel_spans=lower("wording", "weasel_spans"),
        hedge_deeds=lower("wording", "hedge_deeds"),
        hedge_tellings=lower("wording", "hedge_tellings"),
        writers=lower("wording", "writers"),
        principle_weights={name: int(body.get("weight", 1)) for name, body in profile.table("principles").items()},
        principle_cued={name: bool(body.get("cues")) for name, body in profile.table("principles").items()},
        principle_requires={name: tuple(body.get("requires", []))
                            for name, body in profile.table("principles").items()},
        principle_suffices={name: tuple(body.get("suffices", []))
                            for name, body in profile.table("principles").items()},
        principle_unless={name: tuple(body.get("unless", []))
                          for name, body in profile.table("principles").items()},
        principle_yields={name: tuple(body.get("yields_to", []))
                          for name, body in profile.table("principles").items()},
        principle_kept={name: tuple(body.get("yields_unless", []))
                        for name, body in profile.table("principles").items()},
        principle_weight_with={name: {need: int(weight) for need, weight in body.get("weight_with", {}).items()}
                               for name, body in profile.table("principles").items()},
        principle_alone={name: tuple(body.get("alone", [])) for name, body in profile.table("principles").items()},
        principle_before={name: tuple(body.get("before", [])) for name, body in profile.table("principles").items()
                          if body.get("before")},
        principle_before_cued={name: tuple(body["before_cued"]) for name, body in profile.table("principles").items()
                               if body.get("before_cued")},
        principle_before_with={name: tuple((need, tuple(others)) for need, others in body["before_with"].items())
                               for name, body in profile.table("principles").items() if body.get("before_with")},
        levels=tuple(sorted(profile.table("ladder"))),
        engineering_past_re=_alternation(profile.list("phrases", "engineering_past_patterns")),
        engineering_past_echo_re=_alternation(profile.list("phrases", "engineering_past_echoes")),
        lexicon=lexicon_store.stored_or_filed(lexicon_key, lambda: _lexicon(profile, known_verbs)),
        guarded_words=_guarded_words(profile),
        kind_headings=_headings_re({kind: profile.list("kinds", f"{kind}_headings") for kind in KIND_HEADINGS}),
        judgment_headings=_headings_re({name: tuple(profile.table("document").get(f"{name}_headings", ()))
                                        for name in ("initiated", "stopped")}),
        non_evidence_headings=tuple(h.lower() for h in profile.table("document").get("non_evidence_headings", [])),
        thresholds={key: int(value) for key, value in profile.table("thresholds").items()},
        lead_margin=float(profile.table("lead").get("outcome_margin", 1.5)),
        retold_figures=int(profile.table("lead").get("retold_figures", 2)),
        metadata_labels=int(profile.table("lead").get("metadata_labels", 2)),
        non_evidence_titles=frozenset(" ".join(TITLE_WORD_RE.findall(title.lower()))
                                      for title in profile.table("document").get("non_evidence_titles", [])),
        story_part_labels=frozenset(label.lower() for label in profile.table("document").get("story_part_labels", [])),
        price_terms=tuple(profile.table("document").get("price_terms", ())),
        failure_announcements=tuple(p.lower() for p in profile.table("document").get("failure_announcements", ())),
        unsolved_headings=tuple(h.lower() for h in profile.table("document").get("unsolved_headings", ())),
        outside=SectionMemo(),
        derived=Derived(),
    )


WORD_LISTS = {  # Rubric field -> the profile list it holds, lower-cased (docs/profiles.md says what each is)
    "other_persuaders": ("personas", "other_persuaders"), "dealings": ("personas", "dealings"),
    "senior_titles": ("personas", "senior_titles"), "approvals": ("personas", "approvals"),
    "team_words": ("personas", "teams"), "work_queues": ("measures", "work_queues"),
    "decision_objects": ("measures", "decision_objects"), "staff": ("measures", "staff"),
    "staff_moves": ("measures", "staff_moves"), "staff_movers": ("measures", "staff_movers"),
    "resources": ("measures", "resources"), "given_back": ("measures", "given_back"),
    "party_moves": ("measures", "party_moves"), "adopting": ("measures", "adopting"),
    "count_losses": ("measures", "count_losses"), "levels_held": ("measures", "levels_held"),
    "level_marks": ("measures", "level_marks"), "compared_baselines": ("measures", "compared_baselines"),
    "missed_targets": ("measures", "missed_targets"), "targets": ("measures", "targets"),
    "lower_better": ("measures", "lower_better"), "staff_hours": ("measures", "staff_hours"), "pager_cues": ("measures", "pager_cues"), "pager_signs": ("measures", "pager_signs"), "not_significant": ("measures", "not_significant"),
    "system_times": ("measures", "system_times"), "point_units": ("metrics", "point_units"),
    "baselines": ("metrics", "baselines"), "attempts": ("verbs", "attempts"), "setbacks": ("verbs", "setbacks"), "copula_frames": ("verbs", "copula_frames"), "intent_verbs": ("kinds", "intent_verbs"), "plain_pasts": ("kinds", "plain_pasts"),
    "not_yet_links": ("kinds", "not_yet_links"),
    "progressive_states": ("kinds", "progressive_states"), "share_problems": ("kinds", "share_problems"),
    "share_qualifiers": ("kinds", "share_qualifiers"),
    "reach_verbs": ("kinds", "reach_verbs"), "reach_things": ("kinds", "reach_things"), "reach_links": ("kinds", "reach_links"),
    "frequency_words": ("metrics", "frequency_words"),
    "thesis_verbs": ("kinds", "thesis_verbs"), "past_career_verbs": ("kinds", "past_career_verbs"),
    "career_spans": ("kinds", "career_spans"), "context_headings": ("kinds", "context_headings"),
    "setting_labels": ("kinds", "setting_labels"),
    "ask_headings": ("kinds", "ask_headings"), "misstep_headings": ("kinds", "misstep_headings"), "manager_views": ("kinds", "manager_views"),
    "endorsements": ("kinds", "endorsements"),
    "thesis_headings": ("kinds", "thesis_headings"), "felt_acts": ("measures", "felt_acts"),
    "nobody_harmed": ("measures", "nobody_harmed"), "harm_verbs": ("measures", "harm_verbs"),
    "periods": ("measures", "periods"), "effects": ("measures", "effects"), "releases": ("measures", "releases"),
    "delivery_verbs": ("measures", "delivery_verbs"), "delivery_marks": ("measures", "delivery_marks"),
    "delivery_plans": ("measures", "delivery_plans"), "time_losses": ("measures", "time_losses"),
    "data_span_leads": ("measures", "data_span_leads"),
    "risks_closed": ("measures", "risks_closed"), "risk_closers": ("measures", "risk_closers"),
    "multiple_words": ("metrics", "multiple_words"), "multiple_marks": ("metrics", "multiple_marks"),
    "multiple_comparisons": ("metrics", "multiple_comparisons"), "arguing": ("verbs", "arguing"), "trials": ("verbs", "trials"),
    "pushing_for": ("verbs", "pushing_for"), "bet_reasons": ("verbs", "bet_reasons"),
    "founding_firsts": ("verbs", "founding_firsts"), "taken_up": ("verbs", "taken_up"),
    "plan_writing": ("verbs", "plan_writing"), "plan_nouns": ("verbs", "plan_nouns"),
    "plan_adopted": ("verbs", "plan_adopted"), "plan_won": ("verbs", "plan_won"),
}


def _stops(profile: Profile) -> Stops:
    lists = {name: frozenset(w.lower() for w in profile.list("stops", name)) for name in Stops._fields}
    lists["proposal_verbs"] = lists["proposed_aims"] | lists["proposal_verbs"]
    # someone else's ask for a thing is read in the words of every ask (`phrases.pressure`), one list
    lists["thing_asks"] = frozenset(w.lower() for w in profile.list("phrases", "pressure"))
    return Stops(**lists)


def cue_alternatives(cues: tuple[str, ...]) -> str:
    """Words or phrases as alternatives of a pattern, literally; a cue ending in "*" takes any
    ending ("complain*": "complained")."""
    return "|".join(re.escape(cue[:-1]) + r"\w*" if cue.endswith("*") else re.escape(cue) for cue in cues)


def cue_pattern(cues: tuple[str, ...]) -> CaseFree | None:
    """Whole words or phrases as one case-free pattern (:func:`cue_alternatives`). None when the
    profile lists none."""
    if not cues:
        return None
    return CaseFree(rf"\b(?:{cue_alternatives(cues)})\b", needs=tuple(cue.rstrip("*").lower() for cue in cues))


def _unit_re(units: tuple[str, ...]) -> re.Pattern[str] | None:
    """A number ending in one of these units, written close or after a space ("120ms", "4GB")."""
    if not units:
        return None
    return compiled(r"\d\s?(?:" + "|".join(re.escape(unit) for unit in units) + ")$", re.IGNORECASE)


def _interval_re(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """A cue of an interval ending the text right before a number ("CI 4.8%", "confidence interval
    of 0.4", "CI: -2%", "95% CI -2%")."""
    if not cues:
        return None
    words = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return compiled(r"(?<![\w.])(?:" + words + r")(?:\s*(?::|=|of|was|is|\[))?\s*[-−–]?\s*$", re.IGNORECASE)


def _range_gap_re(qualifiers: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words between a before told with "from" and its "to": what the number counts, then at
    most two phrases of a qualifier and one word ("310 a month to", "12% of boardings in April to",
    "5 bookings last spring to")."""
    if not qualifiers:
        return None
    leads = "|".join(re.escape(q) for q in sorted(qualifiers, key=len, reverse=True))
    return compiled(r"\s+(?:[a-z][a-z'’-]*\s+)?(?:(?:" + leads + r")\s+[a-z][a-z0-9'’-]*\s+){1,2}"
                      r"(?:to|->|→|down to|up to)\s*$", re.IGNORECASE)


def _range_from_re(approximations: tuple[str, ...]) -> re.Pattern[str]:
    """The "from" (or "between") that leads a before, right before its number, with at most one of
    the profile's rounding words between ("from about ", "from roughly ")."""
    rounding = "|".join(re.escape(word) for word in sorted(approximations, key=len, reverse=True))
    optional = r"(?:(?:" + rounding + r")\s+)?" if rounding else ""
    return compiled(r"\b(?:from|between)\s+" + optional + "$", re.IGNORECASE)


FROM_NOTHING_REACH = 80  # characters from a count to its "up from zero", in its clause


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def _phrase_re(phrases: tuple[str, ...], before: str, after: str) -> re.Pattern[str] | None:
    """One of the profile's phrases, any run of spaces between its words, between two pieces of pattern."""
    return compiled(before + _alternatives(phrases) + after, re.IGNORECASE) if phrases else None


def _now_gap_re(links: tuple[str, ...], roundings: tuple[str, ...]) -> re.Pattern[str] | None:
    """The whole gap between a then and its now, after a unit word the number may leave out: " now
    take ", " days and now takes under "."""
    if not links:
        return None
    rounding = r"(?:(?:" + _alternatives(roundings) + r")\s+)?" if roundings else ""
    return compiled(r"(?:\s+[a-z]+)?\s*,?\s*(?:and\s+)?(?:" + _alternatives(links) + r")\s+" + rounding, re.IGNORECASE)


def _ratio_re(links: tuple[str, ...], counts: tuple[str, ...]) -> re.Pattern[str] | None:
    """The part of a ratio and its link, ending the text right before the whole ("1 in ", "one out
    of "): the part's number in group 1."""
    if not links:
        return None
    joined = "|".join(r"\s+".join(map(re.escape, link.split())) for link in sorted(links, key=len, reverse=True))
    words = "".join("|" + re.escape(count) for count in counts)
    return compiled(r"(?<![\w.,$€£¥%])(\d+(?:\.\d+)?" + words + r")\s+(?:" + joined + r")\s+$", re.IGNORECASE)


GUARDED_LISTS = (("personas", "external"), ("personas", "internal"), ("measures", "business"))
TITLE_WORD_RE = compiled(r"[a-z][a-z'’]*")  # a heading's words, without numbering or punctuation
WORD_RE = compiled(r"[^\W\d_][\w'’-]*|\d+")


def _guarded_words(profile: Profile) -> frozenset[str]:
    return frozenset(w.lower() for key in GUARDED_LISTS for p in profile.list(*key) for w in WORD_RE.findall(p))


def phrase_lists(profile: Profile) -> tuple[str, ...]:
    """Every phrase list of the profile (the patterns list holds regular expressions, not phrases)."""
    return tuple(name for name in profile.table("phrases") if name not in PATTERN_LISTS)


PATTERN_LISTS = ("engineering_past_patterns", "engineering_past_echoes")


def _lexicon(profile: Profile, known_verbs: frozenset[str]) -> PhraseMatcher:
    """Every lexicon the analysis matches, in one matcher: one pass over each sentence's words."""
    matcher = PhraseMatcher()
    matcher.add("persona/external", profile.list("personas", "external"), possessive=True)
    matcher.add("persona/internal", profile.list("personas", "internal"), possessive=True)
    matcher.add("measure/technical", profile.list("measures", "technical"))
    matcher.add("measure/business", profile.list("measures", "business"))
    matcher.add("measure/customer", profile.list("measures", "customer"))
    matcher.add("measure/input", profile.list("measures", "input"))
    matcher.add("count/count", profile.list("measures", "technical_counts"))
    matcher.add("scope/scope", profile.list("measures", "scope"))
    matcher.add("number/number", profile.list("metrics", "number_words"))
    matcher.add("multiplier/multiplier", profile.list("metrics", "multiplier_words"))
    for name in phrase_lists(profile):
        matcher.add(f"{name}/{name}", profile.list("phrases", name), known_verbs)
    for name, body in profile.table("specialties").items():
        matcher.add(f"specialty/{name}", body.get("terms", []))
        matcher.add(f"specialty/{name}{CONTEXT_MARK}", body.get("context_terms", []))
    matcher.add("jargon/jargon", profile.list("re_role", "engineering_terms"))
    for name, body in profile.table("principles").items():  # a group each: any cue of it counts
        matcher.add(f"{PRINCIPLE_GROUP}{name}/{name}", body.get("cues", []), known_verbs)
    for level, body in profile.table("ladder").items():  # a group per level, labelled by dimension
        for dimension in LADDER_DIMENSIONS:  # "the COO's request" names the COO
            matcher.add(f"{LADDER_GROUP}{level}/{dimension}", body.get(dimension, []),
                        possessive=dimension == "influence")
        matcher.add(f"{UNOWNED_GROUP}{level}/unowned", body.get("unowned", []))
        matcher.add(f"{ADOPTERS_GROUP}{level}/adopters", body.get("adopters", []))
    matcher.add("skill/skill", tuple(profile.table("document").get("pm_skills", [])))
    for name in KIND_PHRASES:  # a group each, so one kind's cue never hides another's
        matcher.add(f"{KIND_GROUP}{name}/{name}", profile.list("kinds", name))
    return matcher


KIND_GROUP = "kind:"
CONTEXT_MARK = "~"  # a specialty's context term: it counts only beside one of the specialty's own terms
KIND_PHRASES = ("objection_openers", "lesson", "plan", "scope", "context_openers", "career_moves", "opening_arrivals", "state_openers",
                "share_openers", "document_openers", "bylines", "pronoun_notes", "level_asks", "level_ask_reasons", "summary_openers", "deed_nouns", "plan_openers",
                "feedback_reports", "thesis_openers", "reach_scope", "authored_remits", "skipped_steps",
                "career_teachers", "career_befores", "found_problems", "present_changes", "lens_openers", "draft_references",
                "effort_regrets")
KIND_HEADINGS = ("failure", "objection", "lesson", "plan", "scope", "claim", "closing", "summary")  # "failure": a lesson, deeds and all


PRINCIPLE_GROUP = "principle:"
LADDER_GROUP = "ladder:"
UNOWNED_GROUP = "unowned:"  # a level's gap no one owned, told in a sentence of its own (analysis/digest.py)
ADOPTERS_GROUP = "adopters:"  # units whose taking up of the writer's work is influence at a level (analysis/facts.py)
LADDER_DIMENSIONS = ("scope", "ambiguity", "influence")


def _split_openers(profile) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The ``context_openers`` that end with one of the profile's ``kinds.opener_particles`` ("when i
    took over"), as the words up to the verb and the particle, which may stand a few words apart."""
    particles = frozenset(p.lower() for p in profile.list("kinds", "opener_particles"))
    openers = (phrase_words(p) for p in profile.list("kinds", "context_openers"))
    return tuple((words[:-1], words[-1]) for words in openers if len(words) > 2 and words[-1] in particles)


def _headings_re(lists: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    """Section headings as one pattern of whole words, a named group per list (escaped literals
    only: the profile's headings are words, never patterns)."""
    groups = [f"(?P<{name}>" + "|".join(re.escape(h) for h in headings) + ")"
              for name, headings in lists.items() if headings]
    return compiled(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)", re.IGNORECASE) if groups else None


def _alternation(patterns: tuple[str, ...]):
    return compile_patterns(patterns, checked=True)  # RE2: linear time; load_profile checked each pattern


class _Compiled(NamedTuple):
    sources: tuple[tuple[str, str], ...]
    checked: tuple[tuple[str, int, int], ...]  # (file, size, mtime) of user files when last read
    rubric: Rubric


_COMPILED: dict[str, _Compiled] = {}
_LOCK = allocate_lock()


def _stamps(sources: tuple[tuple[str, str], ...]) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for path, _ in sources:
        if path.startswith("<builtin>/"):
            continue
        try:
            info = os.stat(path)
            stamps.append((path, info.st_size, info.st_mtime_ns))
        except OSError:
            stamps.append((path, -1, -1))
    return tuple(stamps)


def rubric_for(name_or_path: str) -> Rubric:
    """The compiled profile, kept in memory; recompiled when any file of its chain changes.

    Built-in profiles never change while a process runs; a user's profile (and every file it
    extends) is checked by size and modification time on each call, so an editor or web server
    picks up an edit to the profile at once.
    """
    known = _COMPILED.get(name_or_path)
    if known is not None and known.checked == _stamps(known.sources):
        return known.rubric
    profile = load_profile(name_or_path)
    rubric = compile_rubric(profile, lexicon_store.key_for(profile.sources))
    with _LOCK:
        _COMPILED[name_or_path] = _Compiled(profile.sources, _stamps(profile.sources), rubric)
    return rubric
