"""The item round on the fifty-first and fifty-second blind sets (docs/accuracy.md, "The fifty-first
and fifty-second blind sets: item signals by category"). Text in our own words.

How others or things went on before the story, told as the item's opening verb in the past
progressive or after "kept" ("Porters were walking ...", "Callers kept ringing ..."), is the state
the writer found: context, with no business result, when neither the writer nor the team is in the
item and nothing in it tells a change. "Supplier" alone is a modifier or the one firm the writer buys from
("the supplier scorecard", "the supplier's portal"), not a party served; suppliers in the plural still are.
One of a party in general, "a" or "an" and a noun before "who" in an item with no writer ("A tenant who waits a
month ..."), is a party served."""

from __future__ import annotations

from packetcoach.api import analyze_item
from packetcoach.profile.compile import rubric_for


def _item(text: str):
    item = analyze_item(text)
    assert item is not None, text
    return item


def test_how_others_went_on_before_the_story_is_context() -> None:
    for text in (
        "Porters were walking 30% more corridors than the shift needed because jobs were handed out by pager.",
        "Callers kept ringing the depot about collections that had been moved because of the bank holiday.",
        "Hotel guests were queueing up to forty minutes at checkout because the card terminals timed out.",
        "The old boiler was costing more to run than the bookings brought in.",
    ):
        item = _item(text)
        assert item.kind == "context", text
        assert not item.signals.business_outcome, text


def test_the_writer_s_story_after_the_state_or_a_change_stays_a_claim() -> None:
    for text in (
        "Porters were walking 30% more corridors than needed, so I moved job allocation to the ward tablets and walking fell by a third.",
        "Guests were waiting forty minutes at checkout; we added express checkout and the wait fell to six.",
        "Callers were ringing the depot 900 times a month; they now ring 200 times.",
        "Renewals were running at 40% and rose to 55% after the reminder change.",
        "I was running the pilot with two depots when the pricing review started.",
    ):
        assert _item(text).kind != "context", text


def test_a_progressive_later_in_the_item_or_after_a_long_subject_is_no_state() -> None:
    for text in (
        "Cut the refund wait from 12 days to 3 for buyers who were waiting on returns.",
        "Launched text reminders, and patients who were missing appointments now confirm 70% of them by text.",
    ):
        assert _item(text).kind == "claim", text


def test_the_auxiliaries_are_the_profile_s_words() -> None:
    assert {"was", "were", "kept"} <= rubric_for("amazon-pm").progressive_states


def test_supplier_alone_is_a_modifier_or_the_firm_bought_from() -> None:
    for text in (
        "Owned the supplier scorecard roadmap for the two northern depots.",
        "I attended all nine supplier site visits this year to learn the product.",
        "I feel the supplier's own ordering portal is good enough for now.",
        "Got the supplier to change the hinge design after I read the warranty claims myself.",
    ):
        assert not _item(text).signals.customer, text


def test_suppliers_served_and_other_parties_beside_a_supplier_still_count() -> None:
    for text in (
        "Cut payment terms for 300 small suppliers from 60 days to 30, and late-payment complaints fell by half.",
        "Moved our packaging to a local supplier and shoppers' damaged-parcel complaints fell 40%.",
        "Suppliers now get paid in 30 days instead of 60.",
    ):
        assert _item(text).signals.customer, text


def test_one_of_a_party_in_general_before_who_is_served() -> None:
    for text in (
        "A tenant who waits a month for a repair rarely renews the lease.",
        "Flowers are sold by the stem, and a florist who gets a wilted box does not complain; they just buy elsewhere.",
        "A member who misses two classes in a row usually cancels within a quarter.",
    ):
        assert _item(text).signals.customer, text


def test_the_writer_a_colleague_or_a_thing_of_one_firm_is_no_party_in_general() -> None:
    for text in (
        "I am a team player who always goes the extra mile.",
        "I handed the launch to a new PM who had never run one.",
        "The sensor rollout depends on a vendor whose units fail at about 2% a year.",
        "Revenue grew 12% in a quarter when the market was flat.",
    ):
        assert not _item(text).signals.customer, text
