"""Categories a twenty-first blind set showed (docs/accuracy.md, "The twenty-first blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from item_reads import party, signals, verb
from packetcoach.api import analyze_item
from packetcoach.text.verbs import guess_lemma


def test_a_job_title_after_the_writers_label_is_no_deed() -> None:
    titled = [
        "Outcome: 9,000 tenants paid rent by card instead of cheque. My role: PM for the payments page; "
        "the platform team did the build.",
        "Outcome: 40,000 parcels rerouted around the flood without a late delivery. My role: program manager.",
        "Result: sign-up time for new clinics fell from 6 days to 2. My part: product owner for onboarding.",
    ]
    for text in titled:
        item = analyze_item(text)
        assert item is not None and item.signals is not None
        assert not item.signals.own_action, text
        assert not item.ready, text
        assert item.kind == "claim", text  # still offered as the writer's evidence


def test_a_deed_after_the_writers_label_is_still_the_writers() -> None:
    deeds = [
        "Outcome: 9,000 tenants paid rent by card instead of cheque. My role: I chose the card processor "
        "and cut the form to one page.",
        "Outcome: late deliveries fell from 8% to 3%. My role: mapped the 30 depots and moved the cut-off to 4 p.m.",
        "Outcome: tenants waited 2 days, down from 9. My role: the renewal emails, which I rewrote.",
    ]
    assert all(signals(text).own_action for text in deeds)


def test_a_title_named_elsewhere_is_no_label() -> None:
    # "PM" after a label of the writer's part only: a title told in a sentence of deeds changes nothing
    assert signals("As the PM for payouts I moved 14,000 drivers to same-day pay; late-pay tickets fell 60%.").own_action


def test_salons_stylists_inspectors_and_card_holders_are_served() -> None:
    served = {
        "I run booking for 3,100 independent salons and their front desks.": "salons",
        "The rebooking screen helped stylists fill 30% more cancelled slots in March.": "stylists",
        "I held the permit portal until inspectors could approve a site photo in under a minute; "
        "approvals rose from 40 a day to 95.": "inspectors",
        "Cut renewal time for 90,000 card holders from 3 days to same-day by moving renewals into the app.":
            "card holders",
    }
    for text, word in served.items():
        found = party(text)
        assert found is not None and word in found, text


def test_a_salon_or_a_stylist_named_as_a_thing_is_no_party() -> None:
    things = [
        "Rebuilt the stylist app's calendar sync in React and cut its crash rate from 4% to 1%.",
        "Rebuilt the salon dashboard's data pipeline and cut load time from 9 seconds to 2.",
        "Moved salon booking to the new payments stack, cutting processing cost by 12%.",
        "Hired three inspectors for the quality team and wrote their onboarding plan.",
    ]
    assert no_party(things)


def test_a_clause_of_someone_elses_before_a_semicolon_gives_the_verb() -> None:
    texts = {
        "Late refunds for tenants fell 30% in the quarter after launch; I had argued for the new form for months.":
            "fall",
        "The night desk now answers every chat within a minute; I cleared their roadmap so they could ship it.":
            "answer",  # a present tense after a noun
        "Finance wanted a full rebuild of the ledger; I chose a nightly check instead.": "want",
        "Couriers waited 40 minutes at the depot; I moved the cut-off to 4 p.m.": "wait",
    }
    assert {text: verb(text) for text in texts} == texts
    item = analyze_item("Finance wanted a full rebuild of the ledger; I chose a nightly check instead.")
    assert item is not None and item.signals is not None
    assert item.action.subject == "other" and item.signals.own_action  # the deed is still the writer's


def test_the_writers_clause_first_keeps_the_writers_verb() -> None:
    texts = {
        "I cut the form from 26 fields to 9; sign-ups rose 14%.": "cut",
        "We moved the cut-off to 4 p.m.; late parcels fell from 8% to 3%.": "move",
        "After two pickups were missed; I met the carrier's ops lead every week.": "meet",
    }
    assert {text: verb(text) for text in texts} == texts


def test_two_vowels_before_n_keep_no_e() -> None:
    assert [guess_lemma(w) for w in ("complained", "explained", "retained", "joined", "combined", "declined")] == \
        ["complain", "explain", "retain", "join", "combine", "decline"]


def test_a_single_vowel_and_r_take_their_e() -> None:
    assert [guess_lemma(w) for w in ("shared", "compared", "expired", "wired", "cleared", "repaired", "offered")] == \
        ["share", "compare", "expire", "wire", "clear", "repair", "offer"]


def test_a_reviewer_or_some_raising_a_challenge_open_an_objection() -> None:
    raised = [
        "A reviewer may say the drop in returns came from the holiday mix; the same stores in spring fell 11%.",
        "Some will ask why the pilot ran in only two cities.",
        "You could fairly ask whether the 30% lift came from the price cut. I checked the months before it: it did not.",
        "The committee may question whether the new tier takes revenue from the old one.",
    ]
    assert kinds_of(raised) == ["objection"] * len(raised)
    assert verb("The committee may question whether the new tier takes revenue from the old one.") == "question"


def test_a_reviewer_or_a_question_in_a_deed_is_no_objection() -> None:
    told = [
        "Asked a reviewer from finance to check the model; the saving held at $1.2M.",
        "I cut the review queue from 9 days to 2 after some reviewers asked for a single form.",
        "Customers could question a charge in one tap, and disputes closed 40% faster.",
    ]
    assert kinds_of(told) == ["claim"] * len(told)


def kinds_of(texts: list[str]) -> list[str]:
    items = [analyze_item(text) for text in texts]
    assert all(item is not None for item in items)
    return [item.kind for item in items if item is not None]


def test_my_job_was_to_is_a_remit_not_a_deed() -> None:
    assert not signals("Honestly, my job was to help the payments team ship faster.").own_action
    assert not signals("My role was to keep the three warehouse teams aligned.").own_action
    # a gerund after "my part was" stays the writer's part, and a deed told beside the remit still counts
    assert signals("We cut refund time from 9 days to 2; my part was convincing finance to auto-approve.").own_action
    assert signals("My job was to fix onboarding, so I cut the form from 30 fields to 8.").own_action


def test_each_one_of_a_party_by_what_is_theirs_is_served() -> None:
    served = {
        "I put each beekeeper's remaining hive permit on the renewal letter, and calls to the office fell 60%.":
            "beekeeper",
        "Held the new routing engine until every child's stop sat within 0.2 miles of home; complaints fell 70%.":
            "child",
    }
    assert {text: party(text) for text in served} == served


def test_each_thing_by_what_is_its_own_is_no_party() -> None:
    things = [
        "We stored each quarter's numbers in one sheet and cut close time from 9 days to 4.",
        "Rebuilt each order's status page, and support contacts fell 20%.",
        "Mapped each state's rules into one table.",
        "Moved each server's logs to one bucket, cutting storage cost by 30%.",
        "Our two teams now review each other's designs before launch.",
    ]
    assert no_party(things)


def test_what_the_writer_would_now_do_is_the_lessons_verb() -> None:
    item = analyze_item("I would now bring the night-shift nurses into design reviews from the first week.")
    assert item is not None and item.signals is not None
    assert (item.action.verb, item.signals.own_action) == ("bring", True)
    assert verb("I would now run the pricing test on one region before all twelve.") == "run"
    # someone else's "would now" is no deed of the writer's
    assert not signals("The vendor said their team would now ship fixes weekly.").own_action


def no_party(texts: list[str]) -> bool:
    return all(party(text) is None for text in texts)
