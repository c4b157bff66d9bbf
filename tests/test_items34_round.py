"""The item round on the forty-seventh and forty-eighth blind sets (docs/accuracy.md, "The
forty-seventh and forty-eighth blind sets: item signals by category"). Text in our own words.

"Now" right before or after the writer ("I now test demand first", "now I walk the route") tells the
practice a lesson left the writer with, not a result that moved. A budget the writer moved to other
work is no result, with a word naming its use before it ("the $40K print budget"). "Dipped" is a
change word. Boaters are a party served."""

from __future__ import annotations

from packetcoach.api import analyze_item


def _item(text: str):
    item = analyze_item(text)
    assert item is not None, text
    return item


def test_the_writer_s_practice_after_now_is_no_business_result() -> None:
    for text in (
        "I skipped the pilot for the parking permit form, and I now check the cause with residents before I pick a fix.",
        "My mistake was trusting the old route map; now I walk the route with two drivers before I change a stop.",
        "Looking back, I raised the issue too late, and I now send a status note to the buyers the same day.",
    ):
        assert not _item(text).signals.business_outcome, text


def test_a_result_beside_the_practice_and_a_party_s_now_still_count() -> None:
    for text in (
        "I shipped the pricing page without a trial, conversion dipped 4% for a month, and I now test any price change first.",
        "Moved the renewal reminder to the first week of the month, and members now renew 20% more often.",
        "Since the switch, shoppers now wait two days less for a refund.",
    ):
        assert _item(text).signals.business_outcome, text


def test_a_budget_moved_with_a_word_naming_its_use_is_no_result() -> None:
    for text in (
        "Stopped the poster campaign after a month and put the £40,000 print budget into school visits instead.",
        "Dropped the tablet pilot and moved the $25K hardware budget to the booking fixes.",
    ):
        assert not _item(text).signals.business_outcome, text
    # a saving the writer made is still a result, and so is a party's own spend
    for text in (
        "Cut the print budget by £40,000 a year by moving notices to email.",
        "After the new report, 900 advertisers shifted budget to video, raising video revenue 14%.",
    ):
        assert _item(text).signals.business_outcome, text


def test_dipped_is_a_change() -> None:
    assert _item("After I moved the checkout button, sign-ups dipped 6% for two weeks.").signals.business_outcome


def test_boaters_are_a_party_served() -> None:
    for text in (
        "The new fuel app helped boaters a little, I think.",
        "Opened online mooring bookings to visiting boaters, and bookings rose 30% in a season.",
    ):
        item = _item(text)
        assert item.signals.customer and item.persona is not None and "boaters" in item.persona.text, text
    assert not _item("Rebuilt the lock sensor service in Go and cut its memory use by 40%.").signals.customer


def test_start_up_time_is_a_system_s_measure() -> None:
    item = _item("Optimized the map screen start-up from 2.9 s to 0.8 s.")
    assert item.signals.technical_metric_only and not item.signals.business_outcome


def test_kind_of_or_sort_of_before_a_past_deed_is_a_hedge() -> None:
    for text in (
        "Sort of took over the supplier onboarding when the lead left.",
        "Kind of owned the spring timetable change, which cut late buses by a third.",
    ):
        assert _item(text).signals.hedge, text
    for text in (
        "Kind of product work nobody wanted, but I shipped the refund page in May.",
        "That kind of work took three weeks of my time.",
    ):
        assert not _item(text).signals.hedge, text


def test_the_writer_s_past_put_to_an_effort_is_effort_only() -> None:
    for text in (
        "Leveraged my retail experience to support various store openings across the region.",
        "Leveraged my background in nursing to help with the ward rota changeover.",
    ):
        assert _item(text).signals.activity_only, text
    for text in (
        "Leveraged my data background to build a demand forecast for the ferry timetable.",
        "Used my engineering background to trace the failed renewals to a date bug, then had it fixed.",
        "Leveraged my retail experience to support the store openings, and new stores hit target two months sooner.",
        "Leveraged my background to spearhead a world-class member experience.",
        "Leveraged my background in care to help with the ward rotas, and I believe nurses are happier.",
    ):
        assert not _item(text).signals.activity_only, text


def test_a_british_spelling_of_an_engineering_verb_is_technical() -> None:
    item = _item("I containerised the booking service and moved it to the new cluster.")
    assert item.action.verb_class == "technical" and item.signals.technical_lead


def test_a_remit_that_sits_with_the_writer_is_scope() -> None:
    for text in (
        "Licensing for 12,000 market traders and 40 inspectors sits with me.",
        "Enrolment for 30 schools and about 9,000 families a year sit with me.",
    ):
        assert _item(text).kind == "scope", text
    assert _item("The analysts sat with me for a week and we rebuilt the rota, cutting overtime 20%.").kind == "claim"

