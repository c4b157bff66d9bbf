"""Categories a twenty-fourth blind set showed (docs/accuracy.md, "The twenty-fourth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from collections.abc import Iterable

from packetcoach.api import analyze_item
from packetcoach.core.model import Signals
from packetcoach.evaluate.harness import item_specialty
from test_twenty_second_set import assert_nobody, assert_served


def read_signals(texts: Iterable[str]) -> Iterable[tuple[str, Signals]]:
    """Each text with its signals."""
    for text in texts:
        item = analyze_item(text)
        assert item is not None and item.signals is not None, text
        yield text, item.signals


def test_farms_and_parties_a_change_let_finish_are_served() -> None:
    served = {
        "Moved the subsidy claim onto one screen, so small farms finished their claims in 9 minutes instead of 40.":
            "farms",
        "Cut the loan form to one page, so dairy farms got a decision within two days.": "farms",
        "Shipped offline mode, so growers spent 30 fewer minutes a week re-entering field notes.": "growers",
        "Rebuilt the booking calendar, so tenants waited four days less for a repair visit.": "tenants",
    }
    assert_served(served)


def test_farms_the_writer_works_on_and_the_writers_own_people_are_not() -> None:
    nobody = [
        "Ran the irrigation pilot on 30 farms with borrowed sensors instead of buying 300 units.",
        "Visited 12 farms in two states with the sales lead in March.",
        "Moved the bid sheet to one page, so our estimators finished the quarter's bids a week early.",
        "Cut the build from 40 minutes to 9, so engineers spent less time waiting on CI.",
    ]
    assert_nobody(nobody)


def specialty(text: str) -> str | None:
    item = analyze_item(text)
    assert item is not None
    return item_specialty(item)


def test_a_service_in_go_webhooks_and_a_query_the_writer_wrote_show_their_specialty() -> None:
    shown = {
        "Rewrote the ticket pricing service in Go and cut quote time from 1.8 s to 250 ms.": "backend",
        "Moved the routing engine from Python to Golang with no downtime.": "backend",
        "Added delivery-receipt webhooks to the payment service, cutting failed notices from 4% to 1%.": "backend",
        "I wrote a query joining refund requests to driver check-ins and found one depot behind 30% of them.":
            "data",
        "Wrote the queries myself to split cancellations by plan and found annual members never churned.": "data",
        "Found through a cohort query that renters who booked twice in May stayed all summer.": "data",
    }
    for text, name in shown.items():
        assert specialty(text) == name, text


def test_going_places_and_search_queries_show_none() -> None:
    plain = [
        "Put the new fares in place in going-home hours and rode the first bus myself.",
        "Let the drivers go home early on storm nights and kept every route on time.",
        "Half of the queries shoppers typed returned nothing, so I added a synonym list; searches with no result fell 40%.",
        "Answered the queries from 40 clinics in the first week of the launch myself.",
    ]
    for text in plain:
        assert specialty(text) is None, text


def test_a_measure_people_feel_is_theirs_past_the_range_it_moved_over() -> None:
    theirs = [
        "Rebuilt the address check, cutting lookup errors from 12% to 3% for rural applicants.",
        "Payment failures fell from 4.1% to 0.6% for first-time renters after I rewrote the card step.",
        "Cut booking errors from 900 a week to 60 for tenants.",
    ]
    for text, signals in read_signals(theirs):
        assert signals.business_outcome and not signals.technical_metric_only, text


def test_a_measure_a_system_feels_stays_engineering_past_a_range() -> None:
    systems = [
        "Cut checkout failures from 3.2% to 0.4% for the payments service.",
        "Cut timeouts from 2,000 a day to 30 for the search API.",
        "Brought crashes from 1.2% to 0.3% in the Android app.",
    ]
    for text, signals in read_signals(systems):
        assert not signals.business_outcome and signals.technical_metric_only, text


def test_a_counted_party_that_got_something_from_the_work_is_a_result() -> None:
    served = {
        "Opened Saturday booking at the depot; 1,400 more patients got a same-day appointment in March.":
            "patients",
        "Moved the clinic roster online, and 3,000 renters got free flu shots in October.": "renters",
        "Switched the refill rule before the recall hit, and 2,600 members got their refills on time.": "members",
    }
    for text, word in served.items():
        item = analyze_item(text)
        assert item is not None and item.signals is not None, text
        assert item.persona is not None and word in item.persona.text, text
        assert item.signals.business_outcome and item.ready, text


def test_a_party_that_got_into_a_state_or_got_something_without_a_count_is_no_result() -> None:
    none = [
        "After the fee change, 300 sellers got confused, so I rewrote the fee page.",
        "When the new checkout shipped, 40 shoppers got nervous about the card step.",
        "After the price change, customers got angry and I rolled it back.",
        "After the fee change, 300 sellers got charged twice, so I rewrote the page.",
        "After the fee change, 300 sellers got angry about prices.",
        "Coached 4 analysts who got promoted this year.",
    ]
    for text, signals in read_signals(none):
        assert not signals.business_outcome, text


def test_the_people_a_court_serves_are_served_parties() -> None:
    served = {
        "Moved hearing reminders to one text with a reply option, and defendants missed 8% of hearings, down from 15%.":
            "defendants",
        "Added a reschedule link to every notice, letting 2,000 defendants move a date without a warrant.":
            "defendants",
        "Cut the small-claims form to one page; litigants now file in 12 minutes instead of 40.": "litigants",
    }
    assert_served(served)


def test_a_notice_about_one_defendant_names_no_served_party() -> None:
    assert_nobody([
        "Reviewed the defendant notice templates with the court clerks' office in March.",
        "Rewrote the hearing notice template with the legal team in two weeks.",
    ])


def test_the_documents_reader_raising_a_question_is_no_served_party() -> None:
    raised = [
        "A reader may ask whether bookings rose because of the holiday; the two towns without the change stayed flat.",
        "A reader might wonder why a PM ran the archive migration at all; nobody else owned the contract.",
        "Readers may ask whether the saving only moved cost into overtime; overtime stayed at 3%.",
    ]
    for text in raised:
        item = analyze_item(text)
        assert item is not None and item.kind == "objection", text
    assert_nobody(raised)


def test_readers_the_product_serves_are_still_served() -> None:
    assert_served({
        "Readers of the weekly digest told us it was too long, so I cut it to five links; opens rose from 31% to 44%.":
            "Readers",
        "Cut the paywall prompt from three screens to one, and 12,000 readers subscribed in the first month.":
            "readers",
    })


def test_colleagues_the_writer_got_to_act_are_collaborators() -> None:
    assert_nobody([
        "Got the finance team to approve weekly payouts after I showed them the re-hiring cost.",
        "I tried to get the legal team to approve the new consent text, but it slipped to next year.",
        "Got all 12 store managers to try the new rota for a month.",
    ])


def test_colleagues_the_work_got_something_are_still_served() -> None:
    assert_served({
        "Got the support agents a one-click refund tool, cutting handle time from 9 to 4 minutes.": "agents",
        "Cut the time store managers spend on the rota from 5 hours a week to 1.": "store managers",
    })


def verb(text: str) -> str | None:
    item = analyze_item(text)
    assert item is not None
    return item.action.verb


def test_what_a_thing_the_writer_runs_takes_in_is_the_sentences_verb() -> None:
    assert verb("The returns programme I run spans 14 warehouses and 3,000 associates.") == "span"
    assert verb("The booking product I own spans the clinic app and the partner portal.") == "span"
    assert verb("This year I moved the returns programme onto one warehouse system.") == "move"
    assert verb("I run the returns programme across 14 warehouses.") == "run"


def test_a_dbt_model_the_writer_wrote_is_engineering_work() -> None:
    for text, signals in read_signals(["Wrote a dbt model of weekly refunds by store for the finance team."]):
        assert signals.technical_lead, text
    for text, signals in read_signals(["Wrote the pricing model memo that finance used to set the spring fares.",
                                       "Wrote a one-page model of the referral programme for the leadership review."]):
        assert not signals.technical_lead, text


def test_colleagues_named_by_which_of_them_after_with_are_collaborators() -> None:
    assert_nobody([
        "I wrote the storm runbook and ran three drills with the night supervisors before the first snow.",
        "Paired each new PM with an analyst for their first launch.",
        "Cut labelling spend from $400K to $90K by having our own category managers label the hard 5%.",
    ])
    assert_served({
        "Cut the night supervisors' re-assignment time from 20 minutes to 2 with one tap.": "supervisors",
        "Moved the night supervisors from a phone chain to one tap; re-assignments now take 2 minutes.":
            "supervisors",
    })


def test_an_engineering_past_named_by_its_specialty_shows_it() -> None:
    shown = {
        "As a former Android engineer, I traced 9% of abandoned checkouts to the location prompt and moved it.":
            "mobile",
        "Used my backend background to find the retry loop behind duplicate refunds.": "backend",
        "As a former security engineer I saw that uploaded IDs sat unencrypted for a month, and cut retention to a day.":
            "security",
    }
    for text, name in shown.items():
        assert specialty(text) == name, text


def test_an_engineering_past_with_no_specialty_named_shows_none() -> None:
    for text in ["Leveraged my engineering background to lead the pricing review for three regions.",
                 "As a former engineer, I read the incident notes myself before the review."]:
        assert specialty(text) is None, text
