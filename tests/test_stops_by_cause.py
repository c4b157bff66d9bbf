"""The stopped list read across the corpus by cause (docs/accuracy.md, "The stopped list across the
corpus, by cause"): stop words that name what a measure counts, and records gathered to read, stop
nothing; the writer's own stops told beside them still do."""

from __future__ import annotations

import pytest
from test_stops import stopped


@pytest.mark.parametrize("text", [
    # a stop word naming what a measure counts, after "and" or "of"
    "I rewrote the retry logic for the card reader, and declined payments at the counter fell from 6% to 2%.",
    "I moved the cut-off for same-day orders to 3pm, and cancelled orders from first-time buyers dropped 30%.",
    "I read the support tickets and found that 40% of abandoned baskets were on the delivery-slot screen.",
    "I refused to drop the night courier until I had a month of orders, and abandoned carts from late shoppers stayed under 3%.",
    "I moved the pickup window to the evening, and cancelled bookings from repeat riders remained at 2%.",
    # records gathered to read, named after a determiner
    "I pulled the checkout logs from the two slowest weeks and saw that half the timeouts were one bank.",
    "I pulled our call transcripts for March and found the same question in a third of them.",
    "I pulled the refund records myself and matched them to the warehouse scans.",
])
def test_a_measure_or_records_read_is_no_stop(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    "I rewrote the retry logic, and cancelled the manual review queue that analysts had kept since 2021.",
    "I dropped reminders for repeat customers because open rates fell to 4%.",
    "I kept the courier app, and cancelled the paper manifests that drivers stayed late to fill in.",
    "I pulled the savings banner the next morning, when it showed stale prices.",
    "I pulled the logs dashboard the same day and pointed the team at the new alerts.",
    "Killed the cashback card after the pilot, and declined payments fell 10% once I moved its users to debit.",
])
def test_the_writers_stop_beside_them_is_still_one(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "I decided in March to stop work on the courier tracking page, since the carrier was shutting its API.",
    "I made the call in Q3 to wind down the desktop client, which 2% of clinics still opened.",
    "After the audit, I decided in 2025 to retire the paper intake form at all nine sites.",
])
def test_a_decision_told_with_when_is_the_writers_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "I argued in March to stop work on the courier tracking page, but the GM kept it.",
    "The head of operations decided in Q3 to wind down the desktop client.",
    "I decided in March to spend a week reading the support queue.",
])
def test_when_between_a_proposal_or_someone_elses_decision_is_no_stop(text: str) -> None:
    assert not stopped(text)


# A party's ask for a thing, answered in the sentence after by the writer's evidence: the ask argued down.
@pytest.mark.parametrize("text", [
    "The head of sales asked for a $90,000 lead-scoring tool. I showed him that our CRM already ranked "
    "leads the same way, and the purchase was dropped.",
    "The warehouse director wanted a second sorting line for the holiday peak. I showed that the first line "
    "ran at 60% even on our busiest day, so we kept one line.",
    "The COO requested a native tablet app for drivers. I showed her that 95% of drivers already used the "
    "web app on their phones, and she agreed to keep it web-only.",
    # the ask in the words of any ask (`phrases.pressure`, the one list the room's sentences read too)
    "The head of retail asked me to add a loyalty tier for weekend shoppers. I showed her that 85% of weekend "
    "baskets came from people who already shopped with us weekly, and the tier was not built.",
    "Our sales director wanted to bundle the scheduling module into every contract. I showed him that 70% of "
    "small clinics never opened it, and we kept it optional.",
    "The board pushed for a second warehouse in the north. I showed that our vans already reached 96% of "
    "northern orders next day, so we did not lease one.",
])
def test_an_ask_answered_with_the_writers_evidence_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # an ask to stop or keep something, answered: a thing kept
    "The CFO asked for a 20% cut to the support team's budget. I showed him that callers who reached "
    "an agent renewed twice as often, and the budget stayed.",
    "The risk lead wanted the old fraud rules kept for another year. I showed her the back-test, and we "
    "moved to the new model in May.",
    # a way of working asked for, and the writer's own ask
    "The medical director wanted every call to start with a vet. I showed him that most calls fit a "
    "nurse's protocol, and we now route those to nurses.",
    "We asked for a bigger research budget. I showed that interviews found the problem first.",
    "We wanted to bundle the scheduling module into every contract. I showed that 70% of small clinics "
    "opened it weekly, and sales agreed.",
    # the thing built anyway, and evidence with no ask before it
    "The VP asked for a renewal dashboard. I showed him that the data was already clean, and we built it "
    "in two weeks.",
    "The head of retail asked me to add a loyalty tier. I showed her that weekend baskets were growing, and "
    "we built it in May.",
    "I showed that late deliveries drove half the refunds, and the carrier fixed its routes.",
])
def test_evidence_with_no_thing_asked_or_the_thing_built_is_no_stop(text: str) -> None:
    assert not stopped(text)


def test_the_asks_a_stop_is_read_by_are_the_profiles_pressure_words() -> None:
    from packetcoach.profile.compile import rubric_for
    rubric = rubric_for("amazon-pm")
    assert rubric.stops.thing_asks == frozenset(rubric.profile.list("phrases", "pressure"))
    assert not rubric.profile.list("stops", "thing_asks")


def test_the_ask_may_be_the_paragraph_sentence_before_the_item() -> None:
    from packetcoach import analyze
    text = ("# Self-assessment\n\nIn March the regional GM asked for surge pricing on every route in all nine "
            "cities. I showed her that only two cities had a year of demand data a price model needs, and she "
            "agreed to limit it to those two; the rest was not built.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    stopped_items = [report.item(i).text for i in report.reading.stopped_items]
    assert any(t.startswith("I showed her that only two cities") for t in stopped_items)


# A story's stop told in a later sentence that names the thing back: the story's first sentence names it
# (docs/accuracy.md, "The stopped list across the corpus, by cause", "Joins, a short round").

def _stops_named(paragraph: str) -> list[str]:
    from packetcoach import Session, analyze
    text = f"# Self-assessment: Noor A., PM, Harbour Ferries (L6)\n\n## The year\n\n{paragraph}\n"
    report = analyze(text, profile="amazon-pm", level="L6")
    assert Session(profile="amazon-pm", level="L6").analyze(text).reading.stopped_items == \
        report.reading.stopped_items
    return [report.item(i).text[:28] for i in report.reading.stopped_items]


@pytest.mark.parametrize("paragraph, first", [
    # the story's thing told back by a word of its first sentence ("the texts" after "texted")
    ("The harbour office texted 600 season-ticket holders a reminder each week for two months. "
     "Renewals among those texted were 71% against 70% for the rest. I ended the texts in June "
     "and wrote up what we learned.", "The harbour office texted 60"),
    # the story's own name for itself ("the project") after a start
    ("In May I also started a timetable chatbot, because I thought it might take calls off the "
     "ticket desk. By the second week it was giving wrong sailing times to one rider in six, so I "
     "stopped the project and moved its engineer to the booking page.", "In May I also started a time"),
    # named back by a run-in title before a lesson
    ("**Ferry vouchers.** The voucher scheme I launched in spring did not pay off: riders who joined "
     "for a voucher left at twice the usual rate. I ended the vouchers in August and told the "
     "finance team why.", "The voucher scheme I launche"),
])
def test_a_stop_told_back_is_named_by_the_storys_first_sentence(paragraph: str, first: str) -> None:
    assert _stops_named(paragraph) == [first]


@pytest.mark.parametrize("paragraph, named", [
    # a background told in the pluperfect: the stop sentence is the story's first telling
    ("We had planned a cabin-upgrade auction for this year. I paused the auction in March, because the "
     "two engineers were needed on the ticket gates.", "I paused the auction in Marc"),
    # the stop item opens with the writer's own bet: it names its story already
    ("Night sailings were the one risk that did not pay off. I proposed a Friday night sailing in "
     "April; only 30 riders a week took it, and I stopped the sailing in June.",
     "I proposed a Friday night sa"),
    # a new thing stopped, not named before in the paragraph
    ("I moved ticket checks onto the gangway scanners in March. I stopped the paper manifests that "
     "crews filled in by hand.", "I stopped the paper manifest"),
])
def test_a_stop_that_tells_its_own_story_stays_named_by_itself(paragraph: str, named: str) -> None:
    assert _stops_named(paragraph) == [named]


# A purchase or a hire passed over after any deed of the writer's, when someone else proposed, budgeted
# or asked for it: the writer chose not to buy it, as "instead of building" already reads.
@pytest.mark.parametrize("text", [
    "I moved the night couriers to the north depot rather than buying the three extra vans "
    "the fleet manager had proposed, and late deliveries fell from 9% to 4%.",
    "I had the support leads triage tickets by product instead of hiring the four agents finance had "
    "budgeted for, and first replies came 30% sooner.",
    "I moved seat maps onto the booking engine we already ran rather than buy the $400K ticketing "
    "module the events team had requested.",
    "I trained the station staff on the existing scanners rather than hire the six ticket inspectors "
    "the regional manager had asked for.",
])
def test_a_purchase_or_hire_someone_proposed_passed_over_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # a vendor's pitch passed over is a choice among vendors
    "I kept our courier on the island route instead of buying the cold-chain vans the vendor pitched.",
    # nothing proposed, planned or asked for: a way of paying, not an option passed over
    "I rented two extra forklifts for the peak rather than buying the forklifts outright.",
    "I trained the weekend staff on returns instead of hiring the extra night packers.",
    # someone else's deed
    "The operations team re-routed the couriers rather than buying the vans the fleet manager had proposed.",
])
def test_a_purchase_passed_over_with_nothing_proposed_or_by_someone_else_is_no_stop(text: str) -> None:
    assert not stopped(text)


def test_a_purchase_passed_over_is_listed_alike_by_a_session() -> None:
    assert _stops_named("I moved ferry tickets onto the booking engine we already ran rather than buying "
                        "the $300K gate system the port team had proposed. Boarding took 12 minutes "
                        "instead of 20.") == ["I moved ferry tickets onto t"]


@pytest.mark.parametrize("text", [
    # a contract or a service let run out, the thing named between "let" and the verb ...
    "Let our contract with the parcel-tracking data vendor lapse in May instead of renewing at $300K a year.",
    "I let the old courier agreement with the island depot expire at renewal and moved its routes to our own vans.",
    # ... or told before it
    "The kiosk maintenance contract, which I let lapse in 2025, saved $80K a year.",
])
def test_a_contract_let_lapse_round_its_name_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    "Let residents book their own repair slot from a text message instead of calling the office.",
    "The vendor let our launch discount expire in June, so I renegotiated the terms.",
    "I let the team choose its own on-call rota, and pages outside hours fell by half.",
])
def test_let_without_a_thing_let_lapse_by_the_writer_is_no_stop(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    # a party's ask for a thing, then the writer's narrowing opening a later sentence
    "Our warehouse director wanted to tag every crate with a chip before the peak, a $90K project. "
    "I scoped the tagging to pallets of frozen food only and ran the pilot for $9K.",
    "The head of sales asked for a partner portal with billing and reports. I limited it to a status page "
    "only, and partner calls fell by a third.",
])
def test_a_narrowing_after_a_partys_ask_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # no ask before the narrowing: the writer's own deed narrowed
    "I moved repair booking to text messages for all four towers. I limited it to weekday slots only, "
    "because the weekend crew is two people.",
    # an ask, but the writer narrows nothing: a pilot run on part of it
    "Our warehouse director wanted to tag every crate with a chip, a $90K project. I ran the pilot for $9K "
    "on pallets only.",
])
def test_a_narrowing_with_no_ask_before_it_or_no_narrowing_is_no_stop(text: str) -> None:
    assert not stopped(text)


def test_a_narrowing_after_an_ask_and_a_lapse_are_listed_alike_by_a_session() -> None:
    assert _stops_named("The port director wanted a gate app for every berth, a $200K build. I scoped the app "
                        "to the two ferry berths only and shipped it in six weeks.") == ["The port director wanted a g"]
    assert _stops_named("Let our contract with the ticket-printing vendor lapse in March instead of renewing "
                        "at $60K a year.") == ["Let our contract with the ti"]


@pytest.mark.parametrize("text", [
    # a part of a form cut, with a clause about it whose subject opens with a determiner
    "I dropped the steps our drivers always skip, trained the night shift on the new check-in, and rolled it out to four depots.",
    "I cut every field the tax return never uses, tested the one-page form with 12 volunteers, and rolled it out in January.",
    "Cut the two questions the clinic already asks at the desk, and completed intake forms rose to 90%.",
])
def test_a_part_of_a_form_cut_with_a_clause_about_it_is_no_stop(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    # the clause tells the part was asked for or under way: a thing left unbuilt
    "Did not build the bulk-upload wizard the sales team asked for, and sent the two engineers to billing.",
    "I dropped the photo step the design team had proposed for the claim form, because adjusters never looked at it.",
    # a product, not a part of a form
    "I killed the partner portal the agencies barely used and moved them to email reports.",
])
def test_a_part_asked_for_or_a_product_cut_stays_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # a price or a part of a flow cut in a passive, told as the writer's evidence beside the writer's call
    "I persuaded the CFO to keep the courier fee, by showing him that the depots where fees were cut last year lost a fifth of their couriers.",
    "I persuaded the GM to keep the booking fee, by showing him that in the clubs where fees were cut in 2024 members did not stay longer.",
])
def test_a_price_or_a_step_cut_in_a_passive_is_no_stop(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    "The kiosk pilot was cut on my call after six weeks, and its budget went to the booking app.",
    "I persuaded the CFO to end the fuel surcharge programme, and the programme was dropped on my recommendation in May.",
])
def test_a_thing_cut_in_a_passive_on_the_writers_call_stays_a_stop(text: str) -> None:
    assert stopped(text)
