"""Results told in wordings the reading once missed: durations written as hyphenated words and
compared, the writer's verb after an opening clause when it is "had" something done, a measure
that stopped, and an engineering word the writer ties to a served party's problem in apposition
(analysis/metrics.py, text/verbs.py, analysis/measures.py, analysis/definitions.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def read(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item


@pytest.mark.parametrize("text", [
    "I turned the month-end close for 60 finance analysts from a nine-day scramble into a four-day one.",
    "I cut refund processing for shoppers from a 14-day process to a 3-day one.",
    "I moved sellers from a two-week wait for payouts to a two-day one.",
    "I gave every pharmacy a 2-day refill window instead of a 10-day one, and patients noticed.",
])
def test_compared_durations_are_a_measure(text: str) -> None:
    item = read(text)
    assert any(m.detail == "range" and "-" in m.text for m in item.metrics)
    assert item.signals.metric and item.signals.business_outcome


@pytest.mark.parametrize("text", [
    "I wrote our 3-year plan with the pricing team.",
    "I ran a 2-day offsite to plan the 3-year roadmap with sellers.",
    "We run 2-week sprints and a 6-month planning cycle.",
    "I wrote the team's 6-pagers for the 3-year plan.",
])
def test_a_hyphenated_duration_as_a_name_is_no_measure(text: str) -> None:
    assert not read(text).metrics


@pytest.mark.parametrize(("text", "verb"), [
    ("When the tracker showed wrong refund dates to 60,000 customers, I had a correction email sent "
     "within 24 hours, and complaints fell 80% within a week.", "have"),
    ("After a top-20 customer threatened to leave, I had the console show projected cost before launch.", "have"),
    ("Before the launch, I had the support team trained on the new flow.", "have"),
    ("When the vendor failed, I had to cut the launch scope.", "cut"),
])
def test_the_main_verb_after_an_opening_clause_is_the_writers(text: str, verb: str) -> None:
    item = read(text)
    assert (item.action.verb, item.action.subject) == (verb, "i")
    assert item.signals.own_action


@pytest.mark.parametrize("text", [
    "I had launched the new flow by March.",
    "I had a big drop in refunds after the change.",
    "I had a great year with twelve launches.",
])
def test_had_as_an_auxiliary_or_a_possession_is_not_a_caused_deed(text: str) -> None:
    assert read(text).action.verb != "have"


@pytest.mark.parametrize("text", [
    "I rewrote the pickup notice for 3,000 sellers, and the calls from sellers stopped.",
    "I had a correction email sent to 60,000 customers, and complaints about the error stopped within a week.",
    "I added a delivery photo for 9,000 buyers, and the refund requests ceased.",
])
def test_a_customer_measure_that_stopped_is_a_result(text: str) -> None:
    item = read(text)
    assert item.signals.business_outcome and item.ready


@pytest.mark.parametrize("text", [
    "I stopped the pilot for 3,000 sellers after complaints.",
    "Complaints from 3,000 sellers stopped me in the hallway.",
    "When complaints stopped, I wrote the spec for the new flow for sellers.",
    "I waited until the calls from sellers stopped, then wrote the spec for the new flow."
])
def test_stopped_with_an_object_or_as_a_circumstance_is_no_result(text: str) -> None:
    assert not read(text).signals.business_outcome


def test_an_engineering_word_tied_to_a_served_partys_problem_is_their_measure() -> None:
    text = ("I scoped the calendar sync down to a block button for pros. By December, double-booked jobs, "
            "our second-largest source of homeowner refunds, were down 45%.")
    item = analyze(text).items[0]
    assert item.signals.business_outcome and not item.signals.technical_metric_only
    other = analyze("I cut sync failures, the top cause of seller complaints, by 60%.").items[0]
    assert other.signals.business_outcome


@pytest.mark.parametrize("text", [
    "I cut nightly jobs by 40%, and the pipeline is the source of most alerts.",
    "I cut the failed batch jobs by 40%.",
])
def test_an_engineering_measure_without_that_tie_stays_engineering(text: str) -> None:
    item = analyze(text).items[0]
    assert not item.signals.business_outcome and item.signals.technical_metric_only


@pytest.mark.parametrize("text", [
    "I coordinated across nine teams to deliver the holiday launch for 5 million shoppers.",
    "I delivered the checkout redesign for 2 million buyers on schedule.",
])
def test_who_the_work_was_for_is_no_result(text: str) -> None:
    item = read(text)
    assert not item.signals.business_outcome and not item.ready


@pytest.mark.parametrize("text", [
    "I cut delivery times from 5 days to 2 for 3 million shoppers.",
    "I saved $3M a year for 400 sellers by cutting fees.",
    "I raised conversion for 2 million buyers by 3%.",
])
def test_a_result_for_a_counted_party_is_still_a_result(text: str) -> None:
    assert read(text).ready


@pytest.mark.parametrize("text", [
    "I launched the seller app for 80,000 sellers, and 30,000 of them used it weekly by June.",
    "I came back with a smaller version for 2,000 sellers, and 60% of them listed within a week.",
])
def test_a_share_of_the_party_that_acted_is_a_result(text: str) -> None:
    item = read(text)
    assert item.signals.business_outcome and item.ready


@pytest.mark.parametrize("text", [
    "I wrote to 400 sellers, and 120 of them never replied.",
    "I emailed 400 sellers; 120 of them who used it asked for more.",
])
def test_a_share_of_the_party_that_did_nothing_for_the_business_is_no_result(text: str) -> None:
    assert not read(text).signals.business_outcome


def test_a_story_opened_by_a_time_phrase_and_the_writer_is_read_whole() -> None:
    text = ("Last spring I made the case to my director for refunds at drop-off. She agreed once I showed the "
            "fraud data. Refunds for 2 million shoppers now arrive in a day instead of nine.")
    items = analyze(text).items
    assert len(items) == 1 and items[0].ready


def test_a_sentence_opened_by_someone_elses_subject_does_not_take_in_the_next() -> None:
    text = ("My background meant I could read the dashboards myself. She agreed once I showed the fraud data. "
            "Refunds for 2 million shoppers now arrive in a day instead of nine.")
    assert len(analyze(text).items) > 1


@pytest.mark.parametrize("text", [
    "After two weeks at the clinics, I rebuilt the intake form around the questions nurses asked. "
    "Intake time for patients fell from 20 minutes to 6.",
    "To win back lapsed members, I designed a points-expiry reminder. Lapsed members who came back rose "
    "from 3% to 7%.",
    "I sat with the finance analysts at month end for a quarter. I then rebuilt the close report with them "
    "line by line. The close for 60 analysts now takes two days instead of nine.",
])
def test_groundwork_or_an_opening_phrase_and_the_result_after_are_one_story(text: str) -> None:
    items = analyze(text).items
    assert len(items) == 1 and items[0].ready


def test_a_short_opening_sentence_names_the_story_the_paragraph_tells() -> None:
    """"I ran the partnership" opens the paragraph; the deal and its result are that story, so the
    room hears one finished story, not an activity line with no result."""
    text = ("I also ran the partnership with the cinema chain. I negotiated the deal myself, and about "
            "18,000 members redeemed a ticket in the first quarter, which brought 6,000 lapsed members back.")
    items = analyze(text).items
    assert len(items) == 1 and items[0].ready


def test_the_first_claim_after_the_paragraph_s_context_names_its_story() -> None:
    text = ("When I took over, customers keyed in two of every three invoices by hand. I sat in on eleven "
            "month-end closes at customer sites. What I saw was that controllers minded not knowing which "
            "fields to check. I dropped the plan to retrain the extraction model and shipped confidence "
            "highlighting instead. Invoices processed without manual keying went from 31% to 64% for our customers.")
    items = [i for i in analyze(text).items if i.kind == "claim"]
    assert len(items) == 1 and items[0].ready and items[0].text.startswith("I sat in on eleven")


def test_a_long_opening_activity_sentence_is_not_a_topic() -> None:
    """A full sentence of effort is its own item unless the next one carries it on ("I then ...")."""
    text = ("I held weekly syncs with the cinema chain's marketing team, its regional managers and our own "
            "loyalty analysts all year. I negotiated the deal myself, and about 18,000 members redeemed a ticket "
            "in the first quarter, which brought 6,000 lapsed members back.")
    items = analyze(text).items
    assert len(items) == 2 and not items[0].ready and items[1].ready


def test_groundwork_followed_by_another_story_stays_apart() -> None:
    text = ("I sat with the finance analysts at month end for a quarter. I also rebuilt the seller payout "
            "report, and payout contacts from sellers fell 30%.")
    items = analyze(text).items
    assert len(items) == 2 and not items[0].ready and items[1].ready


@pytest.mark.parametrize(("text", "subject"), [
    ("Only 3% of eligible sellers bought it in the first two quarters, against the 15% I had forecast.", "other"),
    ("Sales loved the plan I wrote for 40 sellers.", "other"),
    ("In the end I killed it after two quarters.", "i"),
    ("Cohort data showed the gap, so I stopped the discount.", "i"),
    ("At the review, the numbers showed the gap and I proposed a fix.", "i"),
])
def test_the_writer_inside_a_relative_clause_is_not_the_sentences_actor(text: str, subject: str) -> None:
    assert read(text).action.subject == subject


def test_a_calculated_risk_told_over_a_paragraph_is_one_story_with_its_stop() -> None:
    text = ("# Accomplishments\n\n## A calculated risk that did not pay off\n\n"
            "I proposed a guaranteed next-day repair product for small clinics at a $9 premium per device. Only "
            "2% of eligible clinics bought it in the first half, against the 12% I had forecast. I withdrew it in "
            "September and refunded the 80 clinics still on annual terms.\n")
    report = analyze(text, profile="amazon-pm", level="L6")
    assert [report.item(i).text[:10] for i in report.reading.stopped_items] == ["I proposed"]


@pytest.mark.parametrize("text", [
    "Waiting time for carrier drivers at our 9 largest hubs fell from 80 minutes to 35.",
    "Booking time for the 2,300 forwarders fell from 25 minutes to 6.",
])
def test_a_measure_named_with_an_ing_word_is_no_deed(text: str) -> None:
    assert read(text).action.subject != "i"


@pytest.mark.parametrize("text", [
    "Reducing refund time for shoppers from 9 days to 3.",
    "Leading the migration for 40,000 sellers, I cut payout errors by half.",
])
def test_a_leading_ing_deed_is_still_the_writers(text: str) -> None:
    assert read(text).action.subject == "i"


def test_the_writer_having_people_do_something_is_the_writers_deed() -> None:
    item = read("I had 4 nurses relabel 6,000 referrals over three weeks.")
    assert (item.action.verb, item.action.subject) == ("have", "i")


@pytest.mark.parametrize(("text", "party"), [
    ("I merged the three booking portals into one; booking time for the 2,300 consolidators on it fell "
     "from 25 minutes to 6.", "2,300 consolidators"),
    ("I moved filing to before departure, and clearance for 12,000 small importers fell from 3.4 days "
     "to 1.3.", "12,000 small importers"),
    ("I cut the form to one page, and sign-up completion for freelancers rose from 48% to 66%.", "freelancers"),
    ("I launched the dispatch view for 300 plumbers, and call-backs fell by a third.", "300 plumbers"),
    # a counted party dealing with the writer's product because of the work
    ("I opened the marketplace to independent grocers; 1,150 independent grocers now sell through us and "
     "bring 22% of orders.", "1,150 independent grocers"),
    ("I launched slot booking for florists, and 300 florists booked a market stall in its first month.",
     "300 florists"),
])
def test_a_party_the_lists_do_not_know_is_named_by_how_the_item_serves_it(text: str, party: str) -> None:
    item = read(text)
    assert item.persona is not None and item.persona.text == party
    assert item.ready


@pytest.mark.parametrize("text", [
    "I cut deploy time for 40 engineers from 2 hours to 10 minutes.",
    "I held the price for 3 quarters while revenue rose 4%.",
    "I cut build time for the 200 servers from 9 to 3 minutes.",
    "I wrote the plan for our partners and signed it off in May.",
    "I cut the cost for the 12 vendors on the panel by 8%.",
    "I moved 40 containers to the new cluster, and 12 workers now use the new queue.",
    "I merged the 30 schedulers into one, and the 4 engineers on call now sleep through the night.",
])
def test_things_and_staff_counted_after_for_are_no_served_party(text: str) -> None:
    assert read(text).persona is None


@pytest.mark.parametrize("text", [
    "I called off the tablet layout in November, when a test on 2,000 tablet players showed no change in spend.",
    "I stopped the banner test after four weeks: 60,000 shoppers saw it and there was no lift in conversion.",
    "I paused the reminder emails once the pilot with 800 patients showed zero change in refills.",
])
def test_a_measure_told_as_unmoved_is_no_result(text: str) -> None:
    assert not read(text).signals.business_outcome


@pytest.mark.parametrize("text", [
    "I moved 900 sellers to weekly payouts, and spend on the marketplace rose 14%.",
    "I cut the checkout to one page, and conversion for 40,000 shoppers rose from 2.1% to 2.6%.",
])
def test_a_measure_that_moved_is_still_a_result(text: str) -> None:
    assert read(text).signals.business_outcome


@pytest.mark.parametrize("text", [
    "I ran the integration workstream for two more hospitals, with 14 weekly checkpoints and a go-live in December.",
    "I took the rollout to three more countries with 20 partner calls.",
])
def test_a_count_of_others_covered_is_no_change(text: str) -> None:
    assert not read(text).signals.business_outcome


@pytest.mark.parametrize("text", [
    "I priced the alternative with operations at $3.40 per transfer; the call scripts now feed the three "
    "integrations that do exist.",
    "I cut the roadmap for 5,000 sellers from nine features to two features.",
])
def test_a_count_of_what_a_decision_was_about_is_its_scope(text: str) -> None:
    assert not read(text).signals.business_outcome


@pytest.mark.parametrize("text", [
    "I am spending less time in engineering reviews this quarter and more with sellers.",
    "I spent fewer hours in design reviews this half, and more with sellers.",
])
def test_the_writers_own_time_is_no_result(text: str) -> None:
    assert not read(text).signals.business_outcome


def test_spend_that_moved_is_money() -> None:
    assert read("I moved 3,000 advertisers to the new console and their monthly spend rose 18%.").signals.business_outcome


@pytest.mark.parametrize(("text", "ready"), [
    ("Sunset the old hub app in March after moving its 400,000 remaining households to the new app, with "
     "fewer than 1% of them calling support during the move.", True),
    ("Moved 9,000 drivers to the new payout card, with under 2% of them filing a complaint.", True),
    ("I sunset the hub app for its 400,000 households, with 30% of them calling support during the move.", False),
    ("I sunset the hub app for its 400,000 households, with fewer than 1% of them asking about the move.", False),
])
def test_contacts_held_down_among_a_counted_party_are_a_result(text: str, ready: bool) -> None:
    assert read(text).ready is ready


def test_a_place_named_by_a_measure_word_is_no_result() -> None:
    item = read("Finance signed off in March, and the change reached every drop-off point in the US by May.")
    assert not item.signals.business_outcome


@pytest.mark.parametrize("text,outcome", [
    ("When finance proposed cutting the student pass to protect data margins, I refused and showed that 64% "
     "of buyers had come back for a second weekend; the pass stayed on sale.", False),
    ("I rewrote the returns form for shoppers to cut support contacts.", False),
    # the change stated as done, or a commitment met, is a result
    ("I rewrote the returns form for shoppers and cut support contacts by a third.", True),
    ("I committed to cutting invalid-click refunds for advertisers by a quarter and we finished at 31%.", True),
])
def test_a_measure_in_a_purpose_is_no_result(text: str, outcome: bool) -> None:
    """"... to protect data margins", "... to cut support contacts": what someone meant to change is
    the aim of a proposal or a deed, not a result the item states."""
    assert read(text).signals.business_outcome is outcome
