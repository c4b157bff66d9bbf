"""The lead round (docs/accuracy.md, "Is the first item the strongest outcome? The lead's misses by
cause"). Text in our own words.

A note on the order the draft gives its stories ("I have ordered them by project.", "One row per
project, in the order I worked on them.") is a note on the form, context: it is not the first item
the lead test reads, so a draft that follows it with its strongest outcome leads with that outcome.
A deed that orders something ("I have ordered 400 kits") and a row added to a product stay claims."""

from __future__ import annotations

from packetcoach import analyze

OUTCOME = ("Proposed a same-day refund for damaged parcels, and refund complaints from 30,000 small sellers "
           "fell from 9% to 2% in two quarters.")
LATER = "Cut the returns form from six screens to two; completion rose from 61% to 70%."


def test_a_note_on_the_drafts_order_is_context() -> None:
    for note in (
        "I have ordered them by project.",
        "I've ordered them by quarter, oldest first.",
        "One row per project, in the order I shipped them.",
        "One row per decision, in the order I made them, with what happened after each.",
    ):
        report = analyze(note, level="L6")
        assert report.items[0].kind == "context", note


def test_the_outcome_after_a_note_on_order_is_the_lead() -> None:
    for note in ("I have ordered them by project.", "One row per project, in the order I worked on them."):
        text = f"{note}\n\n- {OUTCOME}\n- {LATER}\n"
        report = analyze(text, level="L6")
        assert report.reading.lead_is_outcome, note


def test_an_order_placed_or_a_row_built_stays_a_claim() -> None:
    for text in (
        "I have ordered 400 test kits for the spring pilot and got finance to fund them.",
        "Added one row per order to the seller dashboard, and sellers found late parcels 40% faster.",
    ):
        report = analyze(text, level="L6")
        assert report.items[0].kind == "claim", text


def test_a_note_with_no_order_before_a_weaker_item_does_not_lead() -> None:
    weaker = "Rewrote the returns help page with the support team."
    text = f"One row per project, in the order I worked on them.\n\n- {weaker}\n- {OUTCOME}\n"
    report = analyze(text, level="L6")
    assert not report.reading.lead_is_outcome


# A level claim that opens the draft with a measured result is the year's headline told in brief: it
# names no customer and no range, as the story behind it does, and still leads.
STORY = ("- Persuaded our CFO to keep the free first lesson for families on need-based vouchers after she asked "
         "me to end it to save $1.1M; I showed that voucher students who had a free lesson rebooked at 64% "
         "against 22% without it, and 3,100 families stayed.\n")
HEADLINE = ("I am operating at L6: this year I set the direction for the demand side of our tutoring marketplace "
            "and turned exam-prep bookings from a 9% decline into 14% growth.")


def test_a_level_headline_with_a_measured_result_leads() -> None:
    report = analyze(f"{HEADLINE}\n\n{STORY}", level="L6")
    assert report.reading.lead_is_outcome


def test_the_same_result_without_a_level_claim_is_set_against_the_story() -> None:
    plain = ("This year I set the direction for the demand side of our tutoring marketplace and turned "
             "exam-prep bookings from a 9% decline into 14% growth.")
    report = analyze(f"{plain}\n\n{STORY}", level="L6")
    assert not report.reading.lead_is_outcome


def test_a_level_claim_with_no_measured_result_does_not_lead() -> None:
    claim = "I am operating at L6: this year I set the direction for the demand side of our tutoring marketplace."
    weaker = "I ran twelve interviews with tutors about their booking calendars."
    # the level claim frames the claim told next (tests/test_lead53_round.py): a weaker one does not lead
    report = analyze(f"{claim}\n\n{weaker}\n\n{STORY}", level="L6")
    assert not report.reading.lead_is_outcome


def test_a_level_headline_after_a_remit_is_still_framed() -> None:
    remit = "I own the demand side of our tutoring marketplace for 400,000 families, with three engineering teams."
    report = analyze(f"{remit}\n\n{HEADLINE}\n\n{STORY}", level="L6")
    assert not report.reading.lead_is_outcome


# A thing turned into a sum of money ("turned van rentals from a £2.1M loss into a £3.4M profit") is
# a result reached: the opening that tells it states a business outcome and can lead.
def _signals(text: str):
    return analyze(text, level="L6").items[0].signals


def test_a_thing_turned_into_money_is_a_business_outcome() -> None:
    for text in (
        "I turned one-way van rentals from a £2.1M loss into a £3.4M profit across 140 depots.",
        "My three-year plan turned loyalty from a cost centre into a $310M-a-year partner business.",
        "This year I turned the spare-parts shop into a €2.4M business for 900 independent garages.",
    ):
        assert _signals(text).business_outcome, text


def test_turned_with_no_money_after_into_is_no_outcome() -> None:
    for text in (
        "I turned the pilot into a programme for 40 clinics.",
        "I turned down the $2M vendor and built the quote flow in house.",
        "I turned the $2M budget request around in a week and put it into the plan.",
    ):
        assert not _signals(text).business_outcome, text


def test_a_level_headline_turned_into_money_leads() -> None:
    headline = ("I am operating at L6: my decisions turned one-way van rentals from a £2.1M loss into a £3.4M "
                "profit across 140 depots, against the pricing plan finance preferred.")
    story = ("- I held back 8% of the fleet against the fleet director's plan to sell it; same-day availability "
             "for 12,000 weekend movers rose from 64% to 83% and corporate renewals brought in $1.2M.\n")
    report = analyze(f"{headline}\n\n{story}", level="L6")
    assert report.reading.lead_is_outcome
