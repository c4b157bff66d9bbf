"""Categories a twenty-fifth blind set showed (docs/accuracy.md, "The twenty-fifth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from item_reads import signals, verb
from test_kinds import kind
from test_twenty_fourth_set import specialty
from test_twenty_second_set import assert_nobody, assert_served


def test_a_thing_the_writer_pushed_for_takes_its_own_verb() -> None:
    told = {
        "The loyalty card I argued for shipped in May and brought back 600 lapsed members.": "ship",
        "The price test I proposed saved $40K in its first month.": "save",
        "The bundle I championed for commuters did not sell past the pilot.": "sell",
        "Our kiosk pilot I pushed hard for failed in the rain, and I learned to test outdoors first.": "fail",
        "My escalation rota I designed for the night shift halved missed pages.": "halve",
    }
    for text, lemma in told.items():
        assert verb(text) == lemma, text
        assert signals(text).own_action, text  # "I argued for" is still the writer's deed


def test_the_writers_verb_leads_when_no_subject_of_its_own_follows() -> None:
    kept = {
        "This year I shipped three features that cut churn by 4%.": "ship",
        "The rota I drafted for retired volunteers won praise.": "win",
        "The app I built for licensed drivers is used by 4,000 of them.": "use",  # not "license"
        "The report I wrote and the pilot I ran convinced finance.": "write",
        "The program I run covers 30 clinics.": "cover",
    }
    for text, lemma in kept.items():
        assert verb(text) == lemma, text


def test_an_objection_named_by_its_label_is_an_objection() -> None:
    raised = [
        "Objection: the rise in bookings came from the school holidays. It held through term time too, at 31%.",
        "Objection: this is one team's work. Answer: four teams now plan from the same capacity model.",
        "To close, one more objection: the savings are a forecast. Two thirds are already in the ledger.",
    ]
    for text in raised:
        assert kind(text) == "objection", text


def test_an_objection_the_writer_overrode_is_no_objection_raised() -> None:
    kept = [
        "Held the kiosk launch for two weeks over the finance director's objection; refunds fell 40%.",
        "Shipped the fare cap over two objections from the city, and weekly riders rose 12%.",
    ]
    for text in kept:
        assert kind(text) == "claim", text


def test_holders_of_a_season_or_lift_pass_are_served() -> None:
    served = {
        "Moved pass renewals into the app, and 9,000 season-pass holders renewed before the first snow.": "holders",
        "I own the lift-ticket app for 3 mountains and about 90,000 pass holders.": "pass holders",
        "Sent every pass-holders' refund within a day of a lift closure, down from 12 days.": "pass-holders",
    }
    assert_served(served)


def test_a_pass_or_a_placeholder_with_no_holder_is_nobody_served() -> None:
    nobody = [
        "Printed 4,000 season passes two weeks earlier by moving the print run to August.",
        "Replaced the placeholder screens in the pass app with the real designs in one sprint.",
    ]
    assert_nobody(nobody)


def test_a_team_told_by_its_size_or_its_lead_takes_its_own_verb() -> None:
    told = {
        "My team of five shipped the refill reminder, and my part was choosing which pharmacies went first.": "ship",
        "Our team of 4 launched the night-bus tracker in six weeks; I set the launch order.": "launch",
        "The pricing team under Priya lowered fees for small stalls, and I picked the stalls to start with.": "lower",
    }
    for text, lemma in told.items():
        assert verb(text) == lemma, text


def test_a_team_of_people_with_a_present_verb_is_no_team_verb() -> None:
    assert verb("The app serves 9,000 riders, and the team of six engineers builds to my roadmap.") != "engineer"
    assert verb("Our team of three reviewers meets weekly, and I chose the review order.") == "choose"


def test_standing_and_reputation_built_are_no_engineering() -> None:
    for text in ("Rebuilt our standing with the harbour authority after a season of late berth bookings.",
                 "Built our reputation with independent vets by answering every claim within a day."):
        assert not signals(text).technical_lead, text
        assert verb(text) in ("rebuild", "build"), text
    assert signals("Rebuilt the standing-order service in Go and cut failed payments from 2% to 0.3%.").technical_lead


def test_a_bi_dashboard_built_and_an_autoscaler_show_their_specialty() -> None:
    shown = {
        "Built a Looker dashboard of late deliveries by depot for the regional managers.": "data",
        "Built two Tableau dashboards of refill gaps by pharmacy and found three stores behind half of them.": "data",
        "Set up an autoscaler for the ticketing service on Kubernetes before the cup final.": "infrastructure",
    }
    for text, name in shown.items():
        assert specialty(text) == name, text


def test_a_dashboard_with_no_bi_tool_shows_no_specialty() -> None:
    for text in ("Read the weekly sales dashboard with the store leads every Monday.",
                 "Asked finance for one dashboard of refunds by reason instead of four spreadsheets."):
        assert specialty(text) is None, text


def test_a_service_the_writers_engineering_works_on_is_backend() -> None:
    shown = [
        "Rewrote the fare quote service so a quote comes back in under a second.",
        "Migrated the loyalty points service to the new platform with no lost balances.",
        "Refactored the label printing service's retry logic over two sprints.",
    ]
    for text in shown:
        assert specialty(text) == "backend", text


def test_a_service_people_give_or_no_engineering_deed_shows_no_specialty() -> None:
    none = [
        "Rebuilt the customer service rota so weekend callers wait under two minutes.",  # a service people give
        "Launched the fare quote service in four cities and signed 30 travel agents.",  # a product decision
        "Met the label printing service's owners every week during peak.",  # no engineering deed
    ]
    for text in none:
        assert specialty(text) is None, text


def test_a_time_in_seconds_told_for_a_served_party_is_theirs() -> None:
    for text in ("Cut the booking form to four fields; median time to confirm fell from 80 to 25 seconds for tenants.",
                 "Moved the card check before the queue, and time at the gate fell from 40 to 9 seconds for season-ticket holders."):
        s = signals(text)
        assert s.business_outcome and not s.technical_metric_only, text


def test_a_time_in_seconds_with_no_party_after_it_stays_the_systems() -> None:
    for text in ("Moved the pricing job to a queue; p95 response time fell from 3.8 to 1.6 seconds.",
                 "Rewrote the search service; query time fell from 900 to 200 milliseconds for the mobile app."):
        s = signals(text)
        assert s.technical_metric_only and not s.business_outcome, text


def test_twice_is_a_magnitude_but_no_result() -> None:
    for text in ("Growers who miss a payment twice rarely renew their plan.",
                 "Nurses were entering every dose twice, once on paper and once in the chart."):
        s = signals(text)
        assert s.metric and not s.business_outcome, text
    s = signals("Sent the checkout redesign back to the agency twice because it hid the delivery fee.")
    assert s.metric and not s.business_outcome
    assert signals("Shoppers who saw the fee upfront came back twice as often, 18% against 9%.").business_outcome


def test_a_service_design_reviewed_is_engineering_on_a_backend_service() -> None:
    for text in ("Reviewed the fare service's design and asked for idempotent retries on refunds.",
                 "I reviewed the pricing service design with the engineers before the holiday freeze."):
        assert signals(text).technical_lead, text
        assert specialty(text) == "backend", text
    for text in ("Reviewed the design of the new checkout page with our designer.",
                 "Reviewed the service desk's design of the new intake form with the support leads."):
        assert not signals(text).technical_lead, text
