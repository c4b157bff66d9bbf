"""The item round on the forty-third and forty-fourth blind sets (docs/accuracy.md, "The forty-third
and forty-fourth blind sets: item signals by category"). Text in our own words.

A party named right after "with" that the writer worked, met or negotiated with is a counterparty,
not whom the work served; the party served may still follow it. A plural party that a verb lets or
helps do something is named even when its own verb could also name a thing ("plan", "update")."""

from __future__ import annotations

from packetcoach.api import analyze_item


def _item(text: str):
    item = analyze_item(text)
    assert item is not None, text
    return item


def _persona(text: str) -> str | None:
    persona = _item(text).persona
    return None if persona is None else persona.text


def test_a_party_worked_or_met_with_is_no_party_served() -> None:
    for text in (
        "Owned the timetable roadmap and worked closely with the printers on various layout questions.",
        "Was responsible for the depot schedule, working closely with various contractors on access issues.",
        "Chaired quarterly review meetings with the two cleaning contractors and the site managers.",
    ):
        assert not _item(text).signals.customer, text


def test_a_party_negotiated_with_is_no_party_served() -> None:
    for text in (
        "Negotiated a three-year fixed rate with the paper supplier, 12% under last year's quote.",
        "Negotiated new delivery windows with our two largest suppliers.",
    ):
        assert not _item(text).signals.customer, text


def test_the_party_served_after_a_counterparty_is_named() -> None:
    assert _persona("Negotiated a bulk rate with three printers, cutting the cost of a poster for "
                    "shop owners from $3 to $2.40.") == "owners"
    assert _persona("I negotiated with two publishers so patrons waited 9 days for a title instead "
                    "of 6 weeks.") == "patrons"


def test_a_party_served_after_with_in_other_senses_stays_served() -> None:
    for text in (
        "Ran 30 interviews with renters and cut the deposit form from 14 fields to 5; completion rose 18%.",
        "Partnered with three enterprise customers to validate the new audit log.",
        "Launched a booking page that works for renters with screen readers; bookings by renters rose 40%.",
    ):
        assert _item(text).signals.customer, text


def test_a_party_a_verb_lets_or_helps_is_named_before_its_own_verb() -> None:
    assert _persona("Our new calculator helped borrowers plan their repayments.") == "borrowers"
    assert _persona("The portal let 4,100 parents update their contact details themselves.") == "parents"
    assert _persona("Next year I will pitch a tool that helps 20,000 tenants build a credit history.") == "tenants"


def test_a_party_word_before_a_thing_still_names_the_thing() -> None:
    for text in (
        "Built the seller plan for 2026 with the marketplace team.",
        "Moved the customer plan table to the new database.",
    ):
        assert not _item(text).signals.customer, text


def test_an_effect_claimed_under_an_opinion_is_no_bare_effort() -> None:
    for text in (
        "I tried to get the depots to share their shift plans, and I believe it's made the night routing a bit more dependable.",
        "Set up alerting dashboards for the booking service, and I think they've made outages somewhat quicker to fix.",
        "I tried to add audio guides to the reading packs, and I think they helped pupils feel more at ease.",
    ):
        assert not _item(text).signals.activity_only, text


def test_an_opinion_of_our_own_progress_stays_effort() -> None:
    for text in (
        "We tried to reduce spam reviews and I believe we made some progress.",
        "I think I helped the catalogue team somewhat with the filter redesign.",
    ):
        assert _item(text).signals.activity_only, text


def test_redrawing_a_plan_is_the_writers_own_verb() -> None:
    for text in (
        "Re-drew the delivery rounds around market days; takings per van rose from £300 to £360 a day.",
        "I redrew the weekend rota for the warehouse team so nobody works more than two Saturdays a month.",
    ):
        item = _item(text)
        assert item.action.verb == "redraw" and item.signals.own_action, text


def test_drew_in_the_sense_of_attracting_is_no_deed() -> None:
    assert _item("The fake-door test drew 31 clicks in a week.").action.verb != "redraw"


def test_a_team_worked_with_is_no_measure_of_the_money_saved() -> None:
    for text in (
        "Drove the decision with the finance team to stop printing annual statements, saving £900K a year in postage.",
        "Automated the renewal chasers, which cleared the backlog with the existing team and saved £150K.",
    ):
        assert _item(text).signals.business_outcome, text


def test_a_team_counted_after_with_is_still_counted() -> None:
    item = _item("My director made it the division's plan, with four teams now building toward it.")
    assert not item.signals.business_outcome


def test_garages_that_tell_or_get_something_are_served() -> None:
    assert _item("Moved collection to a monthly plan after garages told us they paid for empty visits; "
                 "churn fell from 9% to 4%.").signals.customer


def test_garages_as_the_writers_own_car_parks_are_not() -> None:
    assert not _item("Turned on pay-by-plate in three downtown garages in March.").signals.customer


def test_a_loan_named_after_its_borrowers_serves_no_party() -> None:
    for text in (
        "Interest is the part of a student loan nobody reads until the first statement.",
        "Wrote the pricing memo for our student loan consolidation offer, which the board approved.",
    ):
        assert not _item(text).signals.customer, text


def test_borrowers_of_a_loan_are_still_served() -> None:
    assert _item("Cut the time students wait for a loan decision from 10 days to 2.").signals.customer


def test_then_and_now_told_with_rather_than_is_a_change() -> None:
    assert _item("I proposed that fault alerts go straight to the tenant's phone, and after the first winter "
                 "reported faults were fixed in 3 days rather than 15.").signals.business_outcome


def test_a_choice_told_with_rather_than_is_no_change() -> None:
    assert not _item("Chose to buy the scheduling tool rather than build it, which kept revenue steady.").signals.business_outcome


def test_how_things_stood_in_the_past_perfect_passive_is_context() -> None:
    for text in (
        "Court bookings had been taken by the front desk on paper slips for as long as anyone knew.",
        "Each step of the old refund form had been added after a different complaint, and nobody owned it.",
    ):
        assert _item(text).kind == "context", text


def test_a_deed_in_the_passive_or_a_relative_past_perfect_stays_a_claim() -> None:
    for text in (
        "The new refund form was launched in March, and refund complaints fell from 40 a week to 6.",
        "Gave the ops lead the credit for the rota rules I had been praised for, because they were hers.",
    ):
        assert _item(text).kind == "claim", text
