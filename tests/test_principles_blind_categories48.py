"""The principles round on the categories several blind writers share: records read, sampled, sorted or timed by the
writer's own hand ("read 400 denied claims myself", "sampled 500 of them by hand") are Dive Deep; a re-entry named as
the work removed ("ending 20 hours of weekly re-keying", "removed double entry") is Invent and Simplify, as "re-enter"
and "retype" already were; and a bill or a spend of the company's told first with its fall right after it ("the
overtime bill fell by $96,000", "linen spend down $340,000") is a saving, Frugality, as "cut our monthly bill" already
was. Sentences of our own that should and should not show each."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

DIVE = "dive-deep"
SIMPLE = "invent-and-simplify"
FRUGAL = "frugality"


def item(text: str):
    found = analyze_item(text)
    assert found is not None
    return found


@pytest.mark.parametrize("text", [
    "Moved the Sunday clinic to the morning after reading 300 cancellation notes myself; cancellations fell from 14% "
    "to 6%.",
    "I sampled 400 of the refund tickets by hand: 60% were duplicates from one payment screen, and I had the screen "
    "fixed; refund tickets fell by half.",
    "I set a 10-day expiry on allotment offers after going through two years of waiting-list records myself; "
    "unfilled plots fell from 90 to 12 a month.",
    "Timed 200 check-ins myself at the front desk and moved the ID scan to the booking email; the queue fell from 12 "
    "minutes to 4.",
])
def test_records_read_by_the_writers_own_hand_are_dive_deep(text: str) -> None:
    found = item(text)
    assert "has:found_in_records" in found.principle_features
    assert DIVE in found.principles


@pytest.mark.parametrize("text", [
    # the reading learned or meant, not done
    "I learned to read the support tickets myself: a week of them taught me more than a quarter of dashboards, and "
    "pairing failures fell 30%.",
    "Took an evening accounting course so I could read the depot P&L myself, and moved two routes; margin rose 3 "
    "points.",
    # others' work watched or counted by hand, not records read by the writer
    "Priced a bulk pack for cafés after watching baristas split small bags by hand; 210 cafés switched to it.",
    "The office counted the cash envelopes by hand every Friday until we moved trip payments online for 400 families.",
    # a feature pulled, no records read
    "I recommended pulling the booking feature myself after two failed releases, and complaints fell 40%.",
    # the reading is someone else's
    "By spring the fraud team was reviewing 4,000 flagged orders a day by hand, and the backlog was growing.",
])
def test_no_records_read_by_the_writers_own_hand(text: str) -> None:
    assert "has:found_in_records" not in item(text).principle_features


@pytest.mark.parametrize("text", [
    "I had the booking system read the referral letter directly, ending 15 minutes of re-keying in every intake "
    "appointment; each nurse now sees two more patients a day.",
    "Connected the parish register to the burial database, so the sexton's office stopped re-typing 600 records a "
    "year.",
    "Integrated the grant portal with the finance ledger, which removed double entry for the 12 grants officers.",
])
def test_a_re_entry_removed_is_invent_and_simplify(text: str) -> None:
    assert SIMPLE in item(text).principles


@pytest.mark.parametrize("text", [
    # the finite verb sets the scene: someone re-keys, nothing is removed by the writer
    "Most clerks still re-key docket numbers into the filing system.",
    "Audiologists spent the first 20 minutes of every visit re-typing the referral.",
])
def test_re_keying_as_the_scene_is_no_simpler_way(text: str) -> None:
    assert SIMPLE not in item(text).principles


@pytest.mark.parametrize("text", [
    "Moved the renewal reminders from letters to texts; 88% of members now renew on time, and the postage and print "
    "bill fell by £41,000 a year.",
    "Outcome: laundry spend down $210,000 across 12 hotels. My role: matched linen stock to forecast occupancy.",
    "I cancelled the brochure reprint and put the price list online; print spend fell to £4K for the year.",
])
def test_a_company_spend_told_first_and_its_fall_is_frugality(text: str) -> None:
    found = item(text)
    assert "has:spend_cut" in found.principle_features
    assert FRUGAL in found.principles


@pytest.mark.parametrize("text", [
    # the bill is a served party's: their saving, not the company's spend spared
    "I set the off-peak tariff launch at 20% of households; within a year 24% had switched and their average bills "
    "fell $11 a month.",
    "Convinced the county to rent library e-books per reader; 23 branches signed, and their per-reader spend fell "
    "31%, about $40,000.",
    # a served party's spend, told in the plural possessive
    "Got finance to accept auto-approval under $5,000 for our customers' buyers; buyers' off-contract spend fell from "
    "18% to 7%.",
    # a fall with no money told
    "We moved the depot's lights to timers and the electricity bill fell by a fifth.",
])
def test_no_company_spend_fell(text: str) -> None:
    assert "has:spend_cut" not in item(text).principle_features
