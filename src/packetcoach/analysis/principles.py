"""Which leadership principles an item evidences, the primary first, and why.

Two readers, one answer:

- the rules: a principle counts when the item has the evidence the profile's ``requires`` lists and,
  when the principle lists cues, one of them outside a quotation (docs/profiles.md, principles);
- a small linear model per principle, trained at development time on the labelled corpus only
  (scripts/train_principles.py), over explainable yes/no features of the item: the cue groups
  matched, the item's signals, its kind, its verb class, the types of its results and the rules'
  own verdicts. Its weights ship as plain JSON beside the profile and are scored here by a sum and a
  logistic function; nothing is learned or loaded at run time but that file. The file says how the
  two combine (``mode``): the model alone, the model with the rules' verdicts among its features, or
  (``prune``, ``lead``) the rules' names only edited by it, never added to (:func:`rules_edited`).

Every feature that was on is kept with the item (``Item.principle_features``), so the decision can
be inspected (``principle_evidence``) and the model retrained from exactly what the analysis saw.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (_Table is a named tuple).

import json
import math
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from typing import Any, Iterable, NamedTuple

from packetcoach.analysis.measures import token_index
from packetcoach.core.model import Item, Span, Token
from packetcoach.core.resources import package_path
from packetcoach.profile.compile import PRINCIPLE_GROUP, Rubric, derived
from packetcoach.profile.load import BUILTIN
from packetcoach.profile.lexicon import Match

Hits = dict[str, list[Match]]

MODEL_FILE = "{name}.principles.json"
"""The learned weights of a built-in profile, beside its TOML (absent: the rules alone decide)."""


PAIRS: dict[str, tuple[str, str, int]] = {
    "step_removed": ("removal", "friction", 5),
    "made_optional": ("making", "optional", 5),  # a required step or document made optional
    "simpler_instead": ("in_place_of", "complex_build", 3),
    "single_instead": ("single_way", "in_place_of", 7),
    "scoped_down": ("scoping", "scope_floor", 10),
    "release_held": ("gate", "release", 4),
    "bar_set": ("bar_move", "bar", 3),
    "mistake_owned": ("owner_mark", "fault", 8),  # either way round: "the bug I shipped"
    "bet_failed": ("owner_mark", "bet_lost", 12),  # read in a lesson: "My bet that ... did not pay off"
    "news_told": ("disclosure", "bad_news", 10),
    "fault_told": ("disclosure", "fault", 12),
    "long_horizon": ("horizon", "big_frame", 6),
    "credit_given": ("giving", "credit", 6),
    "held_until": ("withheld", "until_met", 10),
    "gate_until": ("gate", "until_met", 12),
    "kept_until": ("held_off", "until_met", 12),
    "person_grown": ("develop", "grown", 24),
    "staff_spared": ("staff", "strain", 8),  # either way round: "back strains among 600 housekeepers"
    "course_taken": ("study", "schooling", 5),
    "records_found": ("examining", "finding", 10),
    "data_found": ("finding_in", "record_source", 5),
    "spend_declined": ("declining", "sum_named", 3),
    "people_declined": ("declining", "extra_people", 4),
    "income_declined": ("declining", "income", 6),
    "time_saved": ("time_saving", "time_unit", 8),
    "spend_cut": ("cost_cut", "cost_object", 5),
    "spend_fell": ("cost_object", "cost_fell", 2),  # its owner looked at only where it is said (_spend_fell)
    "budget_returned": ("handing_back", "resource_back", 4),  # either way round: "the $600,000 budget went unspent"
    "acted_early": ("ahead_of", "process_done", 6),
    "own_thing_told": ("telling", "own_thing", 8),
    "held_for_cause": ("holding", "hold_cause", 10),
    "thing_sent_back": ("sending", "sent_back", 6),
    "back_for_cause": ("sent_back", "hold_cause", 6),
    "pulled_for_cause": ("pulling", "pull_cause", 12),  # its `pulled_not` looked at only where it is said
    "loss_stopped": ("stopping_line", "money_lost", 20),  # a money-losing line stopped: "Sunset the tier that lost £7 a box"
    "reached_in_person": ("contacting", "self_done", 8),
    "query_found": ("querying", "shown", 12),
    "read_by_hand": ("reading", "by_own_hand", 8),
    "years_change": ("years_span", "years_change", 1),
}
"""Evidence that is a structure of two phrases, each from its own profile list, the second within so
many words after the first (``long_horizon`` and ``staff_spared`` either way round): a removal of a step ("cut six
optional fields", "dropped the second phone screen", "dropped the requirement for an itemised invoice"), a required step
or document made optional ("made the landlord letter optional", "making VIN optional"), the simple way taken in place of a build ("a
synonym list instead of a new spell-check model"), a release held back ("delayed the launch"), a bar
raised or set ("raised the hiring bar"), others' view ("the team assumed"), the writer's own fault
("my estimate had been wrong"), the real news told ("told the shippers the real date"), a horizon
of years set as a direction ("a five-year bet", "the org's two-year roadmap"), credit given to
someone else ("gave the clinical lead the credit"), a release held until it met a bar ("would not sign
off the update until pairing passed", "delayed mobile ordering by two games until ...", "kept the feature out of the
holiday release until ..."), someone coached or hired who now does the work ("coached two
engineers; one now owns the portal"), the company's own people and a strain on them, either way round
("after warehouse associates reported near-misses", "back strains among 600 housekeepers"), a course
taken ("took an accounting course at night"), records examined and what was found in them ("timed 200
reviews and found ...", or found told with the records it was in: "spotted in the returns notes that ...", or a query
and what it showed: "wrote the SQL that showed ..."),
a spend turned down with its sum ("passed on a $180,000 vendor contract") or told as the people
not taken on ("declined the two extra engineers finance offered";
money offered to the company and turned down, "a $2M rebate", is none), minutes or hours of people's
time saved ("saving each cook about 40 minutes a day"), a bill or a spend cut ("cut our monthly compute
bill"), money handed back unspent, either way round ("returned its $300K budget", "the $600,000 budget went
unspent"), the writer acting before a review or a study was done ("before the price study finished"), the writer's own
thing told to a party ("told the clinics in writing that my routing rule had ..."), and, read only in a lesson, the
writer's bet and its failure further apart than the fault's own window ("My bet that members would pay for ... did
not pay off")."""



def _by_first(pairs: dict[str, tuple[str, str, int]]) -> dict[str, list[tuple[str, str, int]]]:
    """Each pair's (name, second list, window) under its first list: an item asks only the pairs its
    own lists open."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    for name, (first, second, window) in pairs.items():
        found.setdefault(first, []).append((name, second, window))
    return found


EITHER_WAY = frozenset(("long_horizon", "staff_spared", "budget_returned"))
"""The pairs whose second phrase may also come before the first."""

PAIRS_BY_FIRST = _by_first(PAIRS)
PAIR_FIRSTS = frozenset(PAIRS_BY_FIRST)

EVIDENCE_LISTS = frozenset(("senior_party", "pressure", "refusal", "persuasion", "rejection", "comeback",
                            "customer_voice", "held_steady", "contrast", "saving", "team_opener", "judgment",
                            "borne_out", "not_mine", "kept_after", "belief", "reversal", "commitment", "not_cues",
                            "concession", "held_against", "control", "control_lacking", "credit_shared",
                            "own_part", "party_saving", "party_saving_not", "turning_down", "senior_plans", "refused_theirs",
                            "party_requests", "reading_unmade", "pulled_not", *(name for pair in PAIRS.values() for name in pair[:2])))
"""The profile phrase lists (``[phrases]``) the principles' category evidence is read from."""

VOICE_WINDOW = 6
"""How many words apart a served party and its voice may stand ("what stranded travellers told us",
"emails from podcast listeners", "after three of them showed me")."""
STEADY_WINDOW = 4
"""How many words before a number a holding phrase may stand ("retention stayed at 74%")."""
PARTY_SAVING_WINDOW = 3
"""How many words after a saving phrase the party whose saving it is may stand ("saving 280 families", "saved our
1,800 drivers")."""
OPENER_WINDOW = 4
"""How near the start of an item the writer's team must stand to be the one acting ("We grew ...",
"In Q3 my team cut ...")."""


CATEGORY_LISTS = frozenset(("senior_party", "rejection", "customer_voice", "team_opener", "commitment", "refused_theirs"))
"""The lists without one of which no category evidence below can be on."""
NO_CATEGORY_EVIDENCE = {"refused_ask": False, "persuaded_senior": False, "revised_after_no": False,
                        "customer_voice": False, "team_action": False, "delivered_against": False}


def category_evidence(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> dict[str, bool]:
    """Evidence that needs two things said together, each from its own profile list:

    - ``refused_ask``: a senior party's request or plan, and the writer's refusal or alternative; the
      plan may be named as the senior party's own, a possessive right before one of ``senior_plans``
      ("Refused the regional director's plan to require a deposit", "changed the VP's plan for 20
      showrooms"): a plan of theirs is their ask; or, whoever the party, its request refused by name, a
      ``refused_theirs`` phrase with a party in the possessive right before one of ``party_requests`` a few
      words after it ("Refused the council's request to charge for van slots", "Declined the CFO's ask to add
      a fee"): a request of theirs the writer refused is a disagreement held;
    - ``persuaded_senior``: a senior party persuaded (off their course, or onto the writer's);
    - ``revised_after_no``: a proposal rejected, and brought back;
    - ``customer_voice``: a served party heard or stood up for (``customer_voice`` below);
    - ``team_action``: the writer's team as the one acting, at the start of the item;
    - ``delivered_against``: a commitment, target or deadline the result was delivered against ("as
      committed", "12% over target", "to make the peak-season date").
    Quoted words are someone else's and count for none of them."""
    if CATEGORY_LISTS.isdisjoint(hits):
        return dict(NO_CATEGORY_EVIDENCE)  # most items name none of these lists' phrases
    def said(name: str) -> bool:
        if not quoted:  # most items quote nobody: any match is said
            return bool(hits.get(name))
        return any(not _inside(tokens[m.first], quoted) for m in hits.get(name, ()))
    senior = said("senior_party")
    asked = said("pressure") or senior and _their_plan(hits, quoted, tokens)
    refused = said("refusal") and (senior and asked or _their_request_refused(hits, quoted, tokens))
    return {"refused_ask": refused,
            "persuaded_senior": senior and said("persuasion"),
            "revised_after_no": said("rejection") and said("comeback"),
            "customer_voice": customer_voice(hits, quoted, tokens),
            "team_action": any(m.first < OPENER_WINDOW for m in hits.get("team_opener", ())),
            "delivered_against": said("commitment")}


def structure_evidence(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...],
                       evidence: dict[str, bool], words: tuple[str, ...] = (), view: str = "") -> dict[str, bool]:
    """The kinds of deed the specific principles stand on, read as structures rather than words:

    - ``simplified``: a step, field, screen, hand-off or requirement removed or made optional, the simple way taken in place of
      a build, a single thing in place of many ("a single screen instead of the four-step flow"), or a product
      scoped down to one small thing ("scoped the roof-survey product down to a PDF report", "descoped it to a
      single question") (Invent and Simplify);
    - ``bar_held``: a release held back (or held, delayed, kept out or sent back until it met a bar, in
      an item that names a release: "kept the feature out of the holiday release until ..."; pulled, held or
      sent back because of a defect it had: "sent the model back twice because ..."; in any item, a thing pulled
      because of a defect or when one showed: "Pulled the beach umbrella add-on two weeks after launch when 1 in 10
      came back damaged"), or a bar
      raised or set with a result told beside it: "raised the bar on our documents" alone is the
      principle's slogan (Insist on the Highest Standards);
    - ``call_against_view``: the writer's call or decision where others believed otherwise, a call
      of the writer's borne out, or the writer's own mind changed by what the evidence showed (Are
      Right, A Lot);
    - ``candour``: the writer's own fault told (or in a lesson), a fault or the real news told, early
      or plainly, the writer's own thing told to a party ("told the clinics that my routing rule had sent
      ..."), the parties reached in person in a claim ("called the 40 who complained myself"), credit given to
      someone else, or an objection conceded where it holds ("It did, by
      0.4 points", "I don't know yet") (Earn Trust);
    - ``loss_owned``: in a lesson, a bet of the writer's named first and its failure told after it, too far
      from the writer's mark for the fault to read as owned ("My bet that boat owners would buy storm cover by
      the day did not pay off", "I proposed a rush tier at double the price, and it flopped"): candour, and the
      lesson comes first (Learn and Be Curious' `weight_with`);
    - ``credit_shared``: the build, the idea or the hard part named as someone else's with no giving verb,
      beside the writer's own part ("Priya's team did the hard part; my contribution was ...", "Credit for
      the rise goes to the store team; my part was ..."), and no credit given with a giving verb ("gave the dispatch lead the credit for ..."): Earn
      Trust, and the result stays the team's delivered result beside it (Deliver Results does not give way
      to it);
    - ``beyond_remit``: something that was not the writer's taken on, or kept up after its hand-off
      (Ownership);
    - ``big_direction``: a horizon of years set as a direction, or a span of years told right before the change
      it names ("a three-year move off the spreadsheet") (Think Big);
    - ``person_grown``: someone coached, mentored or hired who now does the work (Hire and Develop);
    - ``staff_cared``: the company's own people named with a strain on them, an injury, fatigue, a
      night shift, the pager (Strive to be Earth's Best Employer);
    - ``time_saved``: minutes or hours of people's time saved and no sum of money in the item ("saving
      each analyst about 5 hours a month"): time spent is not money saved, so no Frugality;
    - ``spend_cut``: a bill, a spend or a contract cut, in an item with money in it ("cut our monthly
      compute bill from $84K to $31K") (Frugality);
    - ``budget_returned``: money or people handed back unspent, either way round ("returned its $300K
      marketing budget to the core launch", "the chatbot's $600,000 budget went unspent") (Frugality);
    - ``acted_early``: the writer acting before a review, a study or a confirmation was done ("opened sales two
      weeks before the price study finished"), with no refusal in the item ("said no to launching before the
      review finished" is none) (Bias for Action);
    - ``loss_stopped``: a line of the business stopped and the money it lost told after it ("Sunset the monthly
      mystery-box tier that lost £7 on every box", "wind down the tyre-hotel storage service, which lost £310,000 a
      year"): money no longer lost is a saving (Frugality);
    - ``bar_unopposed``: a bar held (``bar_held``) with no one named it was held against: no senior party,
      no request or pressure, no proposal rejected, nothing it was held "despite" ("Refused to launch the
      checker until it matched 98% of past cases"): Insist on the Highest Standards, no disagreement;
    - ``rival_ruled_out``: an answered objection whose answer rules the rival cause out with a number and a
      comparison the writer made: a group that did not get the change, the same weeks of another year,
      the suspect cause taken out ("I compared the stores without the new shelf tags over the same
      weeks"), unless the writer says they have no such comparison ("I have no clean control"); a
      comparison told with no one making it ("the holdout group rose only 0.3 points") is a fact the
      writer reports, not their reading of the data (Dive Deep);
    - ``writer_acts``: the writer or the writer's team acts somewhere in the item ("I", "we" outside
      quotes, or the signals' own action), not only in its first clause ("Leadership wanted to
      enter Germany first; my read ...", "We did not launch it until ...").
    Quoted words are someone else's and count for none of them. ``words`` are the tokens' lower-cased
    words, when the caller has them."""
    writer_acts = evidence.get("own_action", False) or evidence.get("team_action", False) or \
        (not WRITER.isdisjoint(words) if words and not quoted else
         any(t.lower in WRITER for t in tokens if not _inside(t, quoted)))
    if STRUCTURE_LISTS.isdisjoint(hits):
        return {**NO_DEEDS, "course_taken": False, "found_in_records": False, "spend_declined": False,
                "time_saved": False, "bar_unopposed": False, "spend_cut": False, "budget_returned": False,
                "acted_early": False, "loss_owned": False, "loss_stopped": False, "rival_ruled_out": _rival_ruled_out(hits, quoted, tokens, evidence), "writer_acts": writer_acts}  # most items: none of the lists any deed is read from
    def said(name: str) -> bool:
        if not quoted:  # most items quote nobody: any match is said
            return bool(hits.get(name))
        return any(not _inside(tokens[m.first], quoted) for m in hits.get(name, ()))
    pair = dict.fromkeys(PAIRS, False)  # most items hold neither part of most pairs: no call for those
    for first in PAIR_FIRSTS.intersection(hits):
        for name, second, window in PAIRS_BY_FIRST[first]:
            if second in hits:
                pair[name] = _paired(hits, quoted, tokens, first, second, window, name in EITHER_WAY)
    pair["mistake_owned"] = pair["mistake_owned"] or _mistake_owned(hits, quoted, tokens)
    pair["own_thing_told"] = pair["own_thing_told"] and _told_not_writer(hits, quoted, tokens)
    judged = said("judgment") or evidence.get("decision", False) or evidence.get("own_action", False)
    told = said("disclosure") or evidence.get("lesson", False)
    beyond_remit = said("not_mine") or said("kept_after")
    # parties reached in person while carrying a duty taken on are the duty's story, and in a lesson what the
    # writer would do in person is the lesson's: neither is candour
    reached = pair["reached_in_person"] and not beyond_remit and not evidence.get("lesson", False)
    # a bet named first and its failure told after it ("My bet that boat owners would buy storm cover by the day
    # did not pay off"), too far from the writer's mark for `mistake_owned`, with no other candour in the lesson: the
    # lesson's candour, the lesson first
    candour = (pair["mistake_owned"] and told) or pair["news_told"] or pair["fault_told"] or pair["credit_given"] or \
        pair["own_thing_told"] or reached or evidence.get("objection", False) and said("concession")
    loss_owned = pair["bet_failed"] and not candour and evidence.get("lesson", False)
    bar_shown = pair["bar_set"] and (evidence.get("result", False) or evidence.get("business_outcome", False))
    bar_held = pair["release_held"] or bar_shown or pair["held_until"] or \
        pair["pulled_for_cause"] and _pulled_for_cause(hits, quoted, tokens) or \
        (pair["gate_until"] or pair["kept_until"] or pair["held_for_cause"] or
         pair["thing_sent_back"] and pair["back_for_cause"]) and said("release")
    return {"simplified": pair["step_removed"] or pair["made_optional"] or pair["simpler_instead"] or
            pair["single_instead"] or pair["scoped_down"],
            "bar_held": bar_held,
            "bar_unopposed": bar_held and not any(map(said, ("senior_party", "pressure", "rejection", "held_against"))),
            "call_against_view": judged and others_believed(hits, quoted, tokens) or
            said("judgment") and said("borne_out") or said("reversal"),
            "candour": candour or loss_owned,
            "credit_shared": said("credit_shared") and said("own_part") and not pair["credit_given"],
            "beyond_remit": beyond_remit,
            "big_direction": pair["long_horizon"] or pair["years_change"],
            "person_grown": pair["person_grown"],
            "staff_cared": pair["staff_spared"],
            "course_taken": pair["course_taken"] and evidence.get("own_action", False),
            "found_in_records": (pair["records_found"] or pair["data_found"] or pair["query_found"] or
                                 pair["read_by_hand"] and _read_by_hand(hits, quoted, tokens)) and
            evidence.get("own_action", False),
            "spend_declined": (pair["spend_declined"] or pair["people_declined"]) and not pair["income_declined"],
            "time_saved": pair["time_saved"] and not (evidence.get("money_result", False) or said("sum_named")),
            "spend_cut": (pair["spend_cut"] or pair["spend_fell"] and _spend_fell(hits, quoted, tokens, view)) and
            (evidence.get("money_result", False) or said("sum_named")),
            "budget_returned": pair["budget_returned"],
            "acted_early": pair["acted_early"] and not said("refusal"),
            "loss_owned": loss_owned,
            "loss_stopped": pair["loss_stopped"],
            "rival_ruled_out": _rival_ruled_out(hits, quoted, tokens, evidence),
            "writer_acts": writer_acts}


DEEDS = ("simplified", "bar_held", "call_against_view", "candour", "credit_shared", "beyond_remit", "big_direction",
         "person_grown", "staff_cared")
"""The structures that are evidence of a deed in themselves, number or not."""
NO_DEEDS = dict.fromkeys(DEEDS, False)
STRUCTURE_LISTS = frozenset(("judgment", "borne_out", "reversal", "disclosure", "not_mine", "kept_after", "belief", "concession",
                             "credit_shared",
                             *PAIR_FIRSTS))
"""The lists without one of which no deed of :func:`structure_evidence` can be on: a pair is read only
from its first list (a time unit or a bill named alone, "40 minutes", "the compute bill", opens none)."""

WRITER = frozenset(("i", "we", "i'd", "we'd", "my", "our"))
NOUN_BEFORE = frozenset(("a", "an", "the", "our", "their", "its", "his", "her", "this", "that", "than", "as"))


POSSESSIVE = ("'s", "’s")
THEIR = frozenset(("his", "her", "their"))  # a plan named as someone else's, in an item that names a senior party


def _their_plan(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """A senior party's plan named as theirs: a senior party told in the possessive, right before one of
    ``senior_plans`` ("the sales VP's plan to auto-renew", "the transport director's plan for a kiosk
    rollout"), or a plan told as "his", "her" or "their" ("Showed the CFO ...; he dropped his plan for a
    second review layer": the item names a senior party, whose plan it is), outside quotes. "The board adopted
    it as the plan for 2029" names no one's plan."""
    plans = {m.first for m in hits.get("senior_plans", ()) if not _inside(tokens[m.first], quoted)}
    if not plans:
        return False
    if any(at and tokens[at - 1].lower in THEIR for at in plans):
        return True  # "he dropped his plan for a second review layer": the senior party's, named before it
    return any(m.last + 1 in plans and tokens[m.last].lower.endswith(POSSESSIVE) for m in hits.get("senior_party", ()))


REQUEST_WINDOW = 4
"""How many words after a ``refused_theirs`` phrase the party whose request it was may end ("Refused the
airline operations VP's request")."""


def _their_request_refused(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """A party's request refused by name: a ``refused_theirs`` phrase ("refused the", "declined the"), then
    within ``REQUEST_WINDOW`` words a party in the possessive right before one of ``party_requests``
    ("Refused the county clerk's request to cut early-voting sites", "Declined the CFO's ask"), outside
    quotes. Read only where a ``refused_theirs`` phrase is said, so most items ask nothing of it."""
    refusals = [m.last for m in hits.get("refused_theirs", ()) if not _inside(tokens[m.first], quoted)]
    if not refusals:
        return False
    requests = {m.first for m in hits.get("party_requests", ())}
    return any(at - 1 > last and at - 1 - last <= REQUEST_WINDOW and tokens[at - 1].lower.endswith(POSSESSIVE)
               for at in requests for last in refusals)


SPEND_FELL_WINDOW = 2
"""How many words after a bill or a spend its fall may stand ("print spend fell", "the heating bill has fallen")."""
OWNER_WINDOW = 3
"""How many words before a bill or a spend its owner may be told ("their per-pupil textbook spend")."""
PLURAL_MARKS = ("'", "’")
"""The mark of a plural possessive after a word ending in s ("buyers' off-contract spend")."""


def _spend_fell(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...], view: str = "") -> bool:
    """A bill or a spend of the company's that fell, told the bill first: a ``cost_object`` phrase with a ``cost_fell``
    one within ``SPEND_FELL_WINDOW`` words after it ("the interpreter agency's overtime bill fell by $96,000", "linen
    spend down $340,000"), outside quotes, the bill no one else's ("his", "her" or "their" within ``OWNER_WINDOW``
    words before it: "their average bills fell $11 a month" is the households' saving, "their per-pupil textbook
    spend fell 31%" the districts'), nor one told in a plural possessive ("buyers' off-contract spend fell from 18%
    to 7%": ``view`` is the text the tokens stand in, whose apostrophe after a plural no token keeps). Read only where
    the pair is said, so most items ask nothing of it."""
    falls = sorted(m.first for m in hits.get("cost_fell", ()) if not _inside(tokens[m.first], quoted))
    return any(not _inside(tokens[m.first], quoted) and _near(falls, m.last + 1, m.last + SPEND_FELL_WINDOW) and
               not any(t.lower in THEIR or view[t.end:t.end + 1] in PLURAL_MARKS and t.lower.endswith("s")
                       for t in tokens[max(0, m.first - OWNER_WINDOW):m.first])
               for m in hits.get("cost_object", ()))


READ_WINDOW = 8
"""How many words after a reading verb the writer's own hand may stand ("read 900 survey comments from pass holders
myself")."""


def _read_by_hand(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """Records read, sampled, sorted or timed by the writer's own hand: a ``reading`` phrase with a ``by_own_hand``
    one ("myself", "by hand") within ``READ_WINDOW`` words after it ("read 400 denied claims myself", "sampled 500
    of them by hand"), the reading no ability or intent (a ``reading_unmade`` phrase ending where it ends: "learned
    to read the support tickets myself", "so I could read the P&L myself"), outside quotes. Read only where the
    pair is said, so most items ask nothing of it."""
    unmade = {m.last for m in hits.get("reading_unmade", ())}
    hands = sorted(m.first for m in hits.get("by_own_hand", ()) if not _inside(tokens[m.first], quoted))
    return any(m.last not in unmade and not _inside(tokens[m.first], quoted) and
               _near(hands, m.last + 1, m.last + READ_WINDOW) for m in hits.get("reading", ()))


PULL_WINDOW = 12
"""How many words after "pulled" the cause of the pull may stand ("Pulled the new recommendation carousel off the home
page after two days because ...")."""


def _pulled_for_cause(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """A thing pulled because of a defect, when one showed, or until it met a bar: a ``pulling`` phrase with a
    ``pull_cause`` one ("because", "when", "until") within ``PULL_WINDOW`` words after it ("Pulled the beach umbrella add-on two weeks after launch
    when 1 in 10 umbrellas came back damaged"), the pulling no other sense of the word (a ``pulled_not`` phrase starting
    where it starts: "pulled the plug on ...", "pulled us into ...", "pulled the plan"), outside quotes. Read only where
    the pair is said, so most items ask nothing of it."""
    other = {m.first for m in hits.get("pulled_not", ())}
    causes = sorted(m.first for m in hits.get("pull_cause", ()) if not _inside(tokens[m.first], quoted))
    return any(m.first not in other and not _inside(tokens[m.first], quoted) and
               _near(causes, m.last + 1, m.last + PULL_WINDOW) for m in hits.get("pulling", ()))


def _rival_ruled_out(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...], evidence: dict[str, bool]) -> bool:
    """``rival_ruled_out`` (:func:`structure_evidence`): read only in an answered objection with a number in
    it and the writer's own action, so most items ask none of its lists."""
    if not (evidence.get("objection", False) and evidence.get("metric", False) and evidence.get("own_action", False)):
        return False
    return _said(hits, quoted, tokens, "control") and not _said(hits, quoted, tokens, "control_lacking")


def _said(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...], name: str) -> bool:
    """Whether a phrase of the list ``name`` stands outside quotes."""
    return any(not _inside(tokens[m.first], quoted) for m in hits.get(name, ())) if quoted else bool(hits.get(name))


def others_believed(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """Someone else's view: a ``belief`` phrase ("expected", "assumed", "favoured") whose subject is
    not the writer: neither the item's first words (a bullet's implied "I") nor after "I" or "we"."""
    parties = sorted(p.last for p in hits.get("persona", ()) if p.label == "external")
    for m in hits.get("belief", ()):
        if m.first < 1 or _inside(tokens[m.first], quoted):
            continue
        if tokens[m.first - 1].lower in NOUN_BEFORE or _near(parties, m.first - 2, m.first - 1):
            continue  # "an estimated $14M", "than forecast"; what customers wanted is their voice
        if not any(t.lower in WRITER for t in tokens[max(0, m.first - 2):m.first]):
            return True
    return False


def deed_not_effort(hits: Hits, tokens: tuple[Token, ...]) -> bool:
    """A release held back ("Held the 4K launch for five weeks until start-up ..."), someone grown
    who now does the work ("Coached two specialists into PM roles; one now runs ...") or the writer's
    own fault owned and told ("Owned the outage I caused, told the 9,000 members what happened ..."):
    a deed, though its verb ("held", "coached", "owned") is one of effort."""
    return any(_paired(hits, [], tokens, *PAIRS[name]) for name in ("release_held", "held_until", "person_grown")) \
        or bool(hits.get("disclosure")) and _mistake_owned(hits, [], tokens)


TOLD_WRITER = frozenset(("us", "me"))
"""Who a telling word's object is when the writer is the one told ("customers told us that our ...")."""


def _told_not_writer(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """``own_thing_told`` holds only for a telling phrase whose party told is not the writer: the pair is
    read again from the telling phrases that are not followed by "us" or "me"."""
    told = [m for m in hits["telling"] if m.last + 1 >= len(tokens) or tokens[m.last + 1].lower not in TOLD_WRITER]
    return bool(told) and _paired({**hits, "telling": told}, quoted, tokens, *PAIRS["own_thing_told"])


def _mistake_owned(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """The writer's own fault, either way round: "my estimate was wrong", "the bug I shipped"."""
    return _paired(hits, quoted, tokens, *PAIRS["mistake_owned"]) or _paired(hits, quoted, tokens, "fault", "owner_mark", 3)


def _paired(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...], first: str, second: str, window: int,
            either_way: bool = False) -> bool:
    """Whether a ``second`` phrase starts within ``window`` words after a ``first`` one ends (or,
    ``either_way``, before it starts), neither inside quotes."""
    firsts = hits.get(first)
    if not firsts or second not in hits:
        return False  # most items hold neither part of most pairs
    seconds = sorted(m.first for m in hits[second] if not _inside(tokens[m.first], quoted))
    if not seconds:
        return False
    for m in firsts:
        if _inside(tokens[m.first], quoted):
            continue
        if _near(seconds, m.last + 1, m.last + window) or either_way and _near(seconds, m.first - window, m.first - 1):
            return True
    return False


def customer_voice(hits: Hits, quoted: list[Span], tokens: tuple[Token, ...]) -> bool:
    """A served party heard or stood up for: an outside party within a few words of what they told,
    asked, showed or suffered, or of the reason given for them ("because commuters drop them").
    Advocacy is Customer Obsession's evidence even when nothing was measured yet."""
    voices = sorted(m.first for m in hits.get("customer_voice", ()) if not _inside(tokens[m.first], quoted))
    return bool(voices) and any(_near(voices, party.first - VOICE_WINDOW, party.last + VOICE_WINDOW)
                                for party in hits.get("persona", ()) if party.label == "external")


def _near(positions: list[int], low: int, high: int) -> bool:
    """Whether any of the sorted ``positions`` lies in [low, high]: a binary search, since a long item
    can hold thousands of phrases and a scan of each against each would cost their product."""
    index = bisect_left(positions, low)
    return index < len(positions) and positions[index] <= high


def result_evidence(hits: Hits, measures: Iterable[Any], tokens: tuple[Token, ...],
                    evidence: dict[str, bool], rubric: Rubric) -> dict[str, bool]:
    """What kind of result the item delivered:

    - ``steady_result``: every result only held a level ("retention stayed at 74%", "held at 94%
      while other sellers fell to 70%": what others fell to is the comparison, not the writer's), the
      thing held named between the two when a level mark stands right before the number ("kept on-time
      pickup at 98%", within ``[thresholds] steady_level_window`` words);
    - ``saving_only``: every outcome is money, and the item speaks of saving or cost: a saving is
      Frugality's evidence, not a result gained;
    - ``party_saving``: the money or the trips saved are a served party's, a ``party_saving`` phrase with an
      outside party right after it (within ``[thresholds] party_saving_window`` words: "saved parents an
      average of £38", "saving 280 families about £90 a week", "cutting the average emergency bill for dairy
      farmers"): the party's gain, not the company's spend spared; a ``party_saving_not`` phrase starting where
      it starts is none ("passed half the saving to shop owners": the company's saving handed on)."""
    steady = sorted(m.last for m in hits.get("held_steady", ()))
    first_contrast = min((m.first for m in hits.get("contrast", ())), default=len(tokens))
    named_level = rubric.threshold("steady_level_window", STEADY_WINDOW)
    held, gained = False, False
    for at, result in sorted((token_index(tokens, m.metric.span.start), m.result) for m in measures):
        window = named_level if at and tokens[at - 1].lower in rubric.level_marks else STEADY_WINDOW
        if _near(steady, at - window, at):
            held = True
        elif result and not (held and at > first_contrast):
            gained = True
    saving = bool(hits.get("saving")) and evidence.get("money_result", False) and \
        not evidence.get("customer_result", False)
    return {"steady_result": held and not gained, "saving_only": saving,
            "party_saving": _party_saving(hits, rubric.threshold("party_saving_window", PARTY_SAVING_WINDOW))}


def _party_saving(hits: Hits, window: int) -> bool:
    """``party_saving`` (:func:`result_evidence`): an outside party within ``window`` words after a
    ``party_saving`` phrase; most items hold none, so no party is looked at."""
    spared = hits.get("party_saving")
    if not spared:
        return False
    passed = {m.first for m in hits.get("party_saving_not", ())}
    spared = [m for m in spared if m.first not in passed]  # "passed half the saving to shop owners"
    parties = sorted(p.first for p in hits.get("persona", ()) if p.label == "external")
    return any(_near(parties, m.last + 1, m.last + window) for m in spared)


def writer_evidence(evidence: dict[str, bool], deed: bool = False) -> dict[str, bool]:
    """``owned_result``: the writer's own action, or their team's with the writer in it ("We grew
    active patients ..."), or the writer's part told as a label ("My role: PM for the payout
    schedule"); a category's sales or a team the writer joined are neither.
    ``owned_saving``: the writer's own action, or money the writer's team saved ("We moved the pipeline
    to Kubernetes, cutting cloud spend by $14,000 a month"): a team's count or rate alone is no saving.
    ``unsupported``: nothing counted, no outcome and no deed of the kinds ``structure_evidence``
    reads, so a trait word stands alone ("We built trust with agencies through regular syncs", "I
    took ownership of the deck"); a mistake told or a step removed is evidence without a number.
    ``bare_activity``: effort told as activity and no such deed: "wrote the incident summary" is
    activity, but naming the writer's own call as the cause in it is candour."""
    owned = evidence.get("own_action", False) or evidence.get("team_action", False) or \
        evidence.get("part_labelled", False)
    return {"owned_result": owned,
            "owned_saving": evidence.get("own_action", False) or owned and evidence.get("money_result", False),
            "unsupported": not (evidence.get("metric", False) or evidence.get("business_outcome", False) or deed),
            "bare_activity": evidence.get("activity_only", False) and not deed}


def read_principles(item: Item, hits: Hits, evidence: dict[str, bool], measures: Iterable[Any],
                    kind: str, verb_class: str, rubric: Rubric) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The yes/no facts the principles are decided on, as readable names ("cue:ownership",
    "has:customer_result", "kind:claim", "verb:pm", "measure:money", "rule:have-backbone"), and the
    principles named on them (:func:`name_principles`, handed the rules' reading it would otherwise
    pick back out of the names)."""
    quoted = _quoted(item)
    measures = tuple(measures)
    evidence = evidence | category_evidence(hits, quoted, item.tokens) | \
        result_evidence(hits, measures, item.tokens, evidence, rubric)
    structures = structure_evidence(hits, quoted, item.tokens, evidence, item.words, item.view)
    evidence |= structures
    evidence |= writer_evidence(evidence, any(map(structures.__getitem__, DEEDS)))
    # a thing the writer turned down that no senior party asked for, pressed or wanted, with no one persuaded and nothing
    # it was held against ("Turned down a deferral chatbot the supplier offered at £150,000", "Turned down two extra
    # ticket-desk hires"): an offer, a hire or a spend passed on, no disagreement (Have Backbone lists it in `unless`)
    evidence["refusal_unasked"] = "turning_down" in hits and not any(map(hits.get, OPPOSED)) \
        and not evidence.get("revised_after_no", False)
    # a senior party persuaded, with nothing of theirs refused and no proposal of the writer's brought back after a no:
    # the case argued is the served party's (Customer Obsession before Have Backbone, ``before_with``)
    evidence["persuaded_only"] = evidence.get("persuaded_senior", False) and not evidence.get("refused_ask", False) \
        and not evidence.get("revised_after_no", False)
    shown = list(filter(evidence.__getitem__, evidence))  # the evidence that is on, in order
    found = ["has:" + name for name in shown]
    found.append(f"kind:{kind}")
    found.append(f"verb:{verb_class}")
    found.extend(sorted({f"measure:{m.type}" for m in measures if m.result}))
    table = _principle_table(rubric)
    cued = {}  # the principles the item cues, in the profile's order (most items cue none)
    other_senses = [(m.first, m.last) for m in hits.get("not_cues", ())]
    for group in sorted(filter(table.order.__contains__, hits), key=table.order.__getitem__):  # its keys are cue groups
        matches = hits[group]
        if quoted:
            matches = [m for m in matches if not _inside(item.tokens[m.first], quoted)]
        if other_senses:
            matches = [m for m in matches if not any(a <= m.first and m.last <= b for a, b in other_senses)]
        cued[group[len(PRINCIPLE_GROUP):]] = matches
    found.extend(f"cue:{name}" for name, matches in cued.items() if matches)
    rules = rule_principles(cued, frozenset(shown), rubric)
    found.extend("rule:" + name for name in rules)
    features = tuple(found)
    return features, name_principles(features, rubric, rules)


OPPOSED = ("senior_party", "pressure", "held_against", "persuasion")
"""The lists whose phrases name someone whose course a thing turned down went against (``refusal_unasked``)."""
_NONE: list[Match] = []  # shared, never changed: a principle without cues


class _Table(NamedTuple):
    """A profile's principles as the rules read them, worked out once per compiled profile."""

    rows: tuple[tuple[str, frozenset[str], frozenset[str], bool, int, frozenset[str], tuple[tuple[str, int], ...],
                      frozenset[str]], ...]  # name, requires, suffices, whether its evidence alone counts (no cue
    # needed and none stands in), weight, unless, the evidence that raises the weight with the weight it
    # raises it to, and the evidence that names it without what it requires or a cue (``alone``)
    order: dict[str, int]  # each principle's cue group -> its place in the profile
    readings: dict  # the rules' reading for each combination of evidence and cues seen so far


def _principle_table(rubric: Rubric) -> _Table:
    """The principles as the rules read them, worked out once per compiled profile and kept with it."""
    return derived(rubric, TABLE_KEY, _build_principle_table)


def _build_principle_table(rubric: Rubric) -> _Table:
    rows = tuple((name, frozenset(needs), frozenset(rubric.principle_suffices.get(name, ())),
                  not rubric.principle_cued.get(name, False) and not rubric.principle_suffices.get(name),
                  rubric.principle_weights.get(name, 1), frozenset(rubric.principle_unless.get(name, ())),
                  tuple(rubric.principle_weight_with.get(name, {}).items()),
                  frozenset(rubric.principle_alone.get(name, ())))
                 for name, needs in rubric.principle_requires.items())
    return _Table(rows, {PRINCIPLE_GROUP + name: at for at, name in enumerate(rubric.principle_requires)}, {})


TABLE_KEY = "principles"


def rule_principles(cued: dict[str, list[Match]], on: frozenset[str], rubric: Rubric) -> tuple[str, ...]:
    """The rules' reading: the requirements met, none of the evidence that rules a principle out
    (``unless``) and, for a cued principle, a cue outside quotes or evidence that stands in for one.
    Evidence a principle lists in ``alone`` names it without its requirements or a cue (a rival cause
    ruled out in an answered objection is Dive Deep, though an objection is no claim). A principle that
    ``yields_to`` another one named is left out, unless the item shows evidence its
    ``yields_unless`` lists: the number in a disagreement story is the disagreement's evidence, not a
    result of its own, unless it was delivered against a commitment or a date. The strongest first: the highest
    weight, then the most cues, then the earliest cue; a principle listed ``before`` another named ahead
    of it is moved just in front of it.

    The reading depends only on which evidence is on and on each cued principle's number of cues and
    first cue, and items repeat a few such combinations: each is read once per profile. ``on`` names
    the evidence the item shows."""
    table = _principle_table(rubric)
    key = (on, tuple((name, len(matches), matches[0].first) for name, matches in cued.items() if matches))
    known = table.readings.get(key)
    if known is not None:
        return known
    found = []
    for name, needs, suffices, uncued, weight, unless, raised, alone in table.rows:
        by_itself = not alone.isdisjoint(on)  # most principles list no such evidence
        if not (by_itself or needs <= on) or not unless.isdisjoint(on):
            continue
        weight = max([weight, *(to for need, to in raised if need in on)])
        matches = cued.get(name, _NONE)
        if matches or uncued or by_itself or not suffices.isdisjoint(on):
            found.append((-weight, -len(matches), matches[0].first if matches else 0, name))
    found.sort()
    named = {name for *_, name in found}
    if len(table.readings) > 4096:
        table.readings.clear()
    reading = tuple(
        name for *_, name in found if named.isdisjoint(rubric.principle_yields.get(name, ())) or
        not on.isdisjoint(rubric.principle_kept.get(name, ())))
    if len(reading) > 1:
        reading = _put_before(reading, rubric.principle_before)
        if rubric.principle_before_with:  # "before" only where the item shows the evidence it is listed under, and
            # only among the names shown (the profile's limit): which principles are named never changes
            limit = rubric.threshold("max_principles", 3)
            moves = {name: tuple(other for need, others in pairs if need in on for other in others)
                     for name, pairs in rubric.principle_before_with.items() if name in reading[:limit]}
            reading = _put_before(reading[:limit], moves) + reading[limit:]
        first = [name for name in reading[:rubric.threshold("max_principles", 3)] if cued.get(name)]
        if first and not rubric.principle_before_cued.keys().isdisjoint(first):
            reading = _cued_before(reading, first, rubric)
    table.readings[key] = reading
    return reading


def _cued_before(reading: tuple[str, ...], cued: list[str], rubric: Rubric) -> tuple[str, ...]:
    """The reading with each principle whose own cue is in the item (``cued``) moved just in front of those its
    ``before_cued`` lists that are named ahead of it, among the names the item shows (the profile's limit): which
    principles are named never changes, only their order. A lesson told in learning words ("I learned too late that
    the technicians would not trust a queue they had not helped design") is Learn and Be Curious' story first and
    the candour's second."""
    limit = rubric.threshold("max_principles", 3)
    shown = _put_before(reading[:limit], {name: rubric.principle_before_cued.get(name, ()) for name in cued})
    return shown + reading[limit:]


def _put_before(reading: tuple[str, ...], before: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The reading with each principle that comes ``before`` another named ahead of it moved just in front of
    it, whatever their weights: a bar held against a senior party is the bar's story first, the
    disagreement second."""
    order = list(reading)
    for name in reading:
        ahead = [order.index(other) for other in before.get(name, ()) if other in order]
        if ahead and min(ahead) < order.index(name):
            order.remove(name)
            order.insert(min(ahead), name)
    return tuple(order)


def name_principles(features: tuple[str, ...], rubric: Rubric, rules: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The principles to name, the primary first, at most the profile's limit.

    With a shipped model: the principles whose probability reaches the model's threshold, the most
    probable first, and those the model leaves to the rules (too rare in the corpus to learn) when
    the rules name them; with a model that only edits the rules' names (``prune``, ``lead``), the
    rules' reading so edited (:func:`rules_edited`). Without one: the rules' reading (``rules``: the
    ``rule:`` features' names, when the caller has them)."""
    limit = rubric.threshold("max_principles", 3)
    model = principle_model(rubric.profile.path)
    if rules is None:
        rules = tuple(f[5:] for f in features if f.startswith("rule:"))
    if model is None:
        return rules[:limit]
    if model["mode"] in EDITING:
        return rules_edited(features, rules[:limit], model)
    scored = [(p, name) for name, p in scores(features, model).items()
              if p >= model["threshold"] and name in rubric.principle_requires]
    scored += [(model["threshold"], name) for name in rules if model["principles"].get(name, {}).get("rules")]
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return tuple(name for _, name in scored[:limit])


EDITING = ("prune", "lead")
"""The modes of a shipped model that only edit the rules' names (:func:`rules_edited`)."""


def rules_edited(features: Iterable[str], rules: tuple[str, ...], model: dict[str, Any]) -> tuple[str, ...]:
    """The rules' names as a model that only edits them leaves them. Where the rules name one
    principle or none, their reading stands. ``prune``: a name the model gives less than its
    threshold is dropped, the rest kept in the rules' order (if it would drop them all, the rules'
    first stays). ``lead``: the name the model finds most probable is put first when it is more
    probable than the rules' first by at least the threshold. A principle the model leaves to the
    rules is never dropped nor moved."""
    if len(rules) < 2:
        return rules
    probability = _scored(features, rules, model["principles"])
    if model["mode"] == "prune":
        return tuple(name for name in rules if probability.get(name, 1.0) >= model["threshold"]) or rules[:1]
    if rules[0] not in probability:
        return rules
    rivals = [(probability[name], name) for name in rules[1:] if name in probability]
    if not rivals:
        return rules
    best, name = max(rivals)
    if best - probability[rules[0]] < model["threshold"]:
        return rules
    return (name, *(other for other in rules if other != name))


def _scored(features: Iterable[str], names: tuple[str, ...], bodies: dict[str, Any]) -> dict[str, float]:
    """:func:`scores` of ``names`` only (those the model scores)."""
    on = set(features)
    return {name: _probability(bodies[name], on) for name in names
            if name in bodies and not bodies[name].get("rules")}


def scores(features: Iterable[str], model: dict[str, Any]) -> dict[str, float]:
    """Each principle's probability: the logistic function of its bias plus the weights of the
    features that are on. A principle the model leaves to the rules has none."""
    on = set(features)
    return {name: _probability(body, on) for name, body in model["principles"].items() if not body.get("rules")}


def _probability(body: dict[str, Any], on: set[str]) -> float:
    """One principle's probability: the logistic function of its bias plus the weights that are on."""
    weights = body["weights"]  # its weights added in their order, the ones on picked in C (no Python step per weight)
    total = body["bias"] + sum(compress(weights.values(), map(on.__contains__, weights)))
    return 1.0 / (1.0 + math.exp(-total))


def principle_evidence(item: Item, rubric: Rubric) -> dict[str, dict[str, Any]]:
    """Why each named principle was named, for the item JSON (``principle_evidence``): the facts it
    stood on. By the rules: the evidence its ``requires`` lists, then the cue or the evidence that
    stood in for one. By a model: its probability and the features that pushed it up. By the rules
    under a model that only edits their names: the rules' facts, and the model's probability and
    features beside them (what kept the name, or put it first)."""
    features = item.principle_features
    model = principle_model(rubric.profile.path)
    found: dict[str, dict[str, Any]] = {}
    for name in item.principles:
        if model is not None and name in model["principles"] and not model["principles"][name].get("rules"):
            weights = model["principles"][name]["weights"]
            pushes = sorted((f for f in features if weights.get(f, 0) > 0), key=lambda f: -weights[f])
            learned = {"probability": round(scores(features, model)[name], 3), "features": pushes}
            if model["mode"] not in EDITING:
                found[name] = {"by": "model", **learned}
                continue
            found[name] = {**_ruled(name, features, rubric), "model": learned}
            continue
        found[name] = _ruled(name, features, rubric)
    return found


def _ruled(name: str, features: tuple[str, ...], rubric: Rubric) -> dict[str, Any]:
    """The facts the rules named ``name`` on: the evidence its ``requires`` lists, then the cue or the
    evidence that stood in for one."""
    alone = [f"has:{need}" for need in rubric.principle_alone.get(name, ()) if f"has:{need}" in features]
    needs = alone or [f"has:{need}" for need in rubric.principle_requires.get(name, ())]
    stands_in = [f"has:{need}" for need in rubric.principle_suffices.get(name, ()) if f"has:{need}" in features]
    cue = [f"cue:{name}"] if f"cue:{name}" in features else []
    return {"by": "rules", "features": needs + cue + stands_in}


@lru_cache(maxsize=8)
def principle_model(profile: str) -> dict[str, Any] | None:
    """The shipped weights of a built-in profile used as it ships, read once; None for a profile
    file of the user's own (its cues and principles may differ from what the model learned on)."""
    if profile not in BUILTIN:
        return None
    try:
        with open(package_path("profile", "builtin", MODEL_FILE.format(name=profile)), encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return None
    return data if data.get("mode") in ("model", "combined", *EDITING) else None


QUOTE = r'"[^"\n]*"|“[^”\n]*”'  # compiled when first used


def _quoted(item: Item) -> list[Span]:
    """Quoted words in the item (someone else's, or a label): not the writer's evidence."""
    text = item.view[item.span.start:item.span.end]
    if '"' not in text and "“" not in text:
        return []
    return [Span(item.span.start + m.start(), item.span.start + m.end()) for m in re.compile(QUOTE).finditer(text)]


def _inside(token: Token, spans: list[Span]) -> bool:
    return any(span.start <= token.start < span.end for span in spans)
