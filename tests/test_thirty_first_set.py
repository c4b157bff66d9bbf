"""Categories a thirty-first blind set showed (docs/accuracy.md, "The thirty-first blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_holders_named_by_what_they_hold_are_a_served_party(read_item) -> None:
    for text in ("Mooring holders queued at the harbour desk for an hour to renew.",
                 "I will pilot a spring planting kit for plot holders in one borough next year.",
                 "Built a step-free route planner for blue-badge holders in the city centre.",
                 "The council's 12,000 licence holders now renew online in four minutes."):
        item = read_item(text)
        assert item.signals.customer, text


def test_holders_mention_takes_in_what_they_hold(read_item) -> None:
    item = read_item("Mooring holders queued at the harbour desk for an hour to renew.")
    assert item.persona is not None and item.persona.text == "Mooring holders"


def test_holders_counted_alone_or_holders_of_things_name_no_party(read_item) -> None:
    for text in ("Ran the renewal mailing, which reached all 31,000 holders by letter and text.",
                 "Ordered 5,000 cup holders for the new tram seats."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_a_change_aimed_at_or_on_track_is_no_result(read_item) -> None:
    for text in ("Next quarter I am targeting a 15% lift in weekly orders by putting a reorder button on the receipt.",
                 "We are expecting a 10% drop in missed pickups from the new reminder.",
                 "The new depot is on track to save $250K in fuel next year."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_a_change_that_happened_beside_an_aim_is_still_a_result(read_item) -> None:
    for text in ("Weekly orders rose 15% after I added a reorder button, against the 10% lift we were targeting.",
                 "Moved the audience targeting to contextual signals, and ad revenue rose 12%.",
                 "Kept the launch on track and cut missed pickups by 30%."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_a_verb_in_the_progressive_is_read_though_the_lists_lack_it(read_item) -> None:
    for text, verb in (("Florists were ordering stems by phone from a printed price sheet.", "order"),
                       ("Clinics were losing a third of their evening slots to late cancellations.", "lose"),
                       ("I am targeting a 12% rise in repeat rentals by next spring.", "target"),
                       ("We have been working on a refill reminder for asthma patients.", "work")):
        item = read_item(text)
        assert item.action.verb == verb and item.action.verb_class == "neutral", (text, item.action)


def test_the_writers_standing_in_the_progressive_or_a_noun_in_ing_is_no_verb(read_item) -> None:
    for text in ("I am operating at the next level across pricing and payments.",
                 "The biggest gap in the region was housing."):
        item = read_item(text)
        assert item.action.verb is None, (text, item.action)


def test_spearheading_with_no_result_is_effort(read_item) -> None:
    for text in ("Spearheaded a best-in-class member onboarding revamp across the region.",
                 "Spearheaded the parcel locker refresh for apartment residents."):
        item = read_item(text)
        assert item.signals.activity_only, text


def test_spearheading_with_an_effect_claimed_or_a_result_is_no_bare_effort(read_item) -> None:
    for text in ("Spearheaded a world-class booking flow that revolutionized how families reserve campsites.",
                 "Spearheaded the loyalty relaunch, moving the needle on repeat visits.",
                 "Spearheaded the parcel locker refresh, and missed deliveries fell from 9% to 3%."):
        item = read_item(text)
        assert not item.signals.activity_only, text


def test_teams_working_from_the_writers_plan_state_a_remit(read_item) -> None:
    for text in ("Two delivery squads and the pricing analysts work from my quarterly plan.",
                 "Four store-systems teams and a data analyst build against my plan."):
        item = read_item(text)
        assert item.kind == "scope", (text, item.kind)


def test_a_plan_the_writer_worked_from_alone_is_no_remit(read_item) -> None:
    item = read_item("Cut the depot's fuel bill by 14% by working from my plan to merge two night routes.")
    assert item.kind == "claim", item.kind


def test_a_change_the_writer_is_targeting_is_a_plan(read_item) -> None:
    item = read_item("I am targeting a 12% rise in repeat rentals by next spring.")
    assert item.kind == "plan", item.kind


def test_a_change_the_writer_was_targeting_is_no_plan(read_item) -> None:
    item = read_item("Last year I was targeting a 10% lift in rentals, and rentals rose 14%.")
    assert item.kind == "claim", item.kind
