"""Categories a thirtieth blind set showed (docs/accuracy.md, "The thirtieth blind set: item signals,
by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest


def test_people_named_by_what_they_do_or_who_they_are_are_a_served_party(read_item) -> None:
    for text in ("Cut the allotment waitlist for 2,100 gardeners from 14 months to 5.",
                 "Added a home check before pickup, and first-month returns from adopters fell from 9% to 4%.",
                 "Opened the sponsorship market to 800 independent podcasters, and their ad income rose 30%.",
                 "Moved parent evenings online, and attendance of working mothers rose from 20% to 55%.",
                 "Shortened the visitor pass for new fathers, and badge waits fell by half."):
        item = read_item(text)
        assert item.signals.customer, text


def test_businesses_served_named_by_their_trade_include_theatres(read_item) -> None:
    for text in ("Set rentals for 300 small theatres rose 18% after we cut the deposit.",
                 "Cut the quote wait for community theaters from 4 days to 1."):
        item = read_item(text)
        assert item.signals.customer, text


def test_a_trade_or_a_pastime_used_as_a_modifier_names_no_party(read_item) -> None:
    for text in ("Moved the theatre booking service to a new cluster, cutting deploy time from 40 to 9 minutes.",
                 "Rewrote the gardening guide's search index, cutting p99 latency from 800 ms to 90 ms."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_a_stretch_of_time_through_which_the_writer_worked_is_no_result(read_item) -> None:
    for text in ("I hired our first pricing analyst and mentored her through six months; she now runs the "
                 "weekly price review I used to run.",
                 "I hired a support lead and coached him through two quarters until he ran the queue alone."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_time_saved_for_a_served_party_is_still_a_result(read_item) -> None:
    for text in ("Members now get their refund in two days instead of three weeks after I dropped the paper form.",
                 "Cut the wait for a plot through the spring from 14 months to 5 for 2,100 gardeners."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_lift_as_the_machine_a_resort_runs_is_no_rise(read_item) -> None:
    for text in ("Tried to get the resort to sell lift tickets by the hour, but it never went ahead.",
                 "I came to the resort knowing how lift operations are inspected, not how families buy passes."):
        item = read_item(text)
        assert not item.signals.business_outcome, text


def test_lift_as_a_rise_is_still_a_change(read_item) -> None:
    item = read_item("The new checkout lifted season-pass sales for families from 2,100 to 3,400.")
    assert item.signals.business_outcome, item.signals


def test_an_attempt_that_was_postponed_or_dropped_is_effort(read_item) -> None:
    for text in ("Tried to get the council to open the pools at weekends, but the pilot was postponed to next year.",
                 "I tried to get the regional office to share its booking data, but the request was shelved."):
        item = read_item(text)
        assert item.signals.activity_only and not item.ready, text


def test_a_postponement_that_is_the_writer_s_call_or_follows_work_is_no_bare_effort(read_item) -> None:
    for text in ("I postponed the pool-booking launch by two weeks until the refund bug was fixed.",
                 "Ran 30 interviews with swimmers, and the launch was postponed to fix the booking screen."):
        item = read_item(text)
        assert not item.signals.activity_only, text


def test_an_objection_labelled_without_its_article_is_an_objection(read_item) -> None:
    for text in ("Objection I expect: the rise in bookings is just the summer. Answer: the towns without the "
                 "new form saw no rise over the same weeks.",
                 "Objection I anticipate: members left for price, not for the app; the exit survey says otherwise."):
        assert read_item(text).kind == "objection", text


def test_a_call_the_writer_would_make_differently_is_a_lesson(read_item) -> None:
    for text in ("The call I would make differently: I kept the paper form for a year for 200 landlords who "
                 "liked it, and it cost us a clerk we needed.",
                 "One thing I'd handle differently: I told the shops about the fee change by email only."):
        assert read_item(text).kind == "lesson", text


def test_an_objection_or_a_choice_told_as_a_deed_stays_a_claim(read_item) -> None:
    for text in ("I answered every objection the board raised and won the budget in one meeting.",
                 "I made the call differently from the plan and opened two towns instead of ten; bookings "
                 "from landlords rose 30%."):
        assert read_item(text).kind == "claim", text


def test_the_one_product_person_for_an_area_states_a_remit(read_item) -> None:
    for text in ("I am the only product person for a fleet of 900 hire bikes rented to about 40 hotels each season.",
                 "As the only PM for the city's parking app, I answer to the transport board and to 60,000 drivers."):
        assert read_item(text).kind == "scope", text


def test_the_only_one_who_did_something_is_still_a_deed(read_item) -> None:
    item = read_item("I was the only PM who read the refund logs, and I found that 60% of refunds came from one form.")
    assert item.kind == "claim", item.kind


def test_a_thing_the_writer_runs_takes_its_own_present_verb(read_item) -> None:
    for text, verb in (("The ticketing app I own sells 40,000 seats a season for six small theatres.", "sell"),
                       ("The scheduler I run plans 300 clinic shifts a week across four towns.", "plan"),
                       ("The payroll service I manage pays 90,000 shift workers a month.", "pay")):
        action = read_item(text).action
        assert (action.verb, action.subject) == (verb, "other"), text


def test_a_past_deed_before_a_plural_noun_stays_the_writers(read_item) -> None:
    for text, verb in (("The first month I ran tests on the refund form with ten landlords.", "run"),
                       ("This spring I wrote plans for the two new depots.", "write")):
        action = read_item(text).action
        assert (action.verb, action.subject) == (verb, "i"), text


def test_a_bullet_that_opens_with_its_copula_has_no_verb(read_item) -> None:
    for text in ("Was responsible for the parking-permit roadmap and supported the launch of two city apps.",
                 "Was in charge of the tenant portal and wore several hats across billing and support.",
                 "Were the six extra weeks of testing worth it for the allotment app?"):
        action = read_item(text).action
        assert (action.verb, action.verb_class) == (None, "none"), text


@pytest.mark.parametrize("text,verb", [
    # a deed before a copula, or a passive bullet, keeps its verb
    ("Cut the permit wait from 9 days to 2, and was responsible for the roadmap after that.", "cut"),
    ("Wore several hats across billing and support for the tenant portal.", "wear"),
    ("Was asked to rebuild the refund form, and refunds for landlords fell 20%.", "ask"),
    # a past the same as its bare form, before its object, is the verb
    ("The new rota tool cut overtime at the two depots by 300 hours a month.", "cut"),
    ("That delay cost us two school contracts.", "cost"),
    ("Next year the booking app will let parents pay in instalments.", "let"),
    ("The ferry operator set fares for the island routes.", "set"),
    # a cut or a cost named as a thing is no verb
    ("The price cut for members lifted renewals 8%.", "lift"),
    ("The holding cost per pallet fell 12%.", "fall"),
    ("The deposit cut saved renters $40,000 a year.", "save"),
    ("Cost per order fell 12% after the carton change.", "fall"),
])
def test_the_main_verb_of_a_copula_bullet_or_a_bare_past(read_item, text: str, verb: str) -> None:
    assert read_item(text).action.verb == verb, text
