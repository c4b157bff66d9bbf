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
