"""A team's remit told in the present with a count of whom it serves ("We help 450 family-run
kennels take bookings online") is scope, not a claim with no result, and it names the draft's
customers: the party is served in every item of the draft, as "Our customers are ..." makes it. A
satisfaction score with no party named stays without a customer, as the writers label it. Text
that should and should not change the reading, in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze, analyze_item
from packetcoach.analysis.definitions import defined_parties
from packetcoach.output.json import report_json
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")

KENNELS = """# My year: Booking for Kennels (L5 self-assessment)

I moved to the kennel booking team in March. We help 450 family-run kennels take bookings
online.

## Results

Cancellations fell from 14% to 6% across the 200 kennels that switched reminders on, and those
kennels filled about 30 more nights a month each.

Our team cut its on-call pages from 30 a week to 9.
"""

NO_REMIT = KENNELS.replace("We help 450 family-run kennels take bookings\nonline.",
                           "The market has 450 family-run kennels.")


def _items(text: str) -> dict[str, dict]:
    report = report_json(analyze(text))
    return {" ".join(item["text"].split()[:2]): item for item in report["items"]}


def test_a_counted_party_the_team_helps_or_serves_is_defined() -> None:
    assert defined_parties(KENNELS, RUBRIC) == (("family-run", "kennels"),)
    assert defined_parties("Our team serves 1,800 rural vets across two regions.", RUBRIC) == (("rural", "vets"),)
    assert defined_parties("We serve about 9,000 allotment holders.", RUBRIC) == (("allotment", "holders"),)


def test_no_party_is_defined_without_the_count_the_subject_or_the_present() -> None:
    assert defined_parties(NO_REMIT, RUBRIC) == ()
    assert defined_parties("We help small kennels get paid.", RUBRIC) == ()  # no count
    assert defined_parties("We helped 450 kennels move to the new calendar.", RUBRIC) == ()  # a deed
    assert defined_parties("The new screen helps 450 kennels each week.", RUBRIC) == ()  # no team
    assert defined_parties("We help 40 of them each month.", RUBRIC) == ()  # no party word


def test_the_defined_party_is_the_customer_of_a_later_result() -> None:
    items = _items(KENNELS)
    assert items["Cancellations fell"]["signals"]["customer"] is True  # "the 200 kennels"
    assert items["Our team"]["signals"]["customer"] is False  # the writer's own team
    assert _items(NO_REMIT)["Cancellations fell"]["signals"]["customer"] is False


def test_the_remit_in_the_present_is_scope() -> None:
    assert _items(KENNELS)["We help"]["kind"] == "scope"
    item = analyze_item("We help 450 family-run kennels take bookings online.")
    assert item is not None and item.kind == "scope" and item.signals is not None and item.signals.customer
    item = analyze_item("Our team helps 300 florists plan their deliveries.")
    assert item is not None and item.kind == "scope"


def test_help_as_a_noun_an_aim_or_a_deed_is_no_remit() -> None:
    for text in ("Our working group needs help with the release checklist.",
                 "Basically my job was to help the kennel team move faster.",
                 "We helped 450 kennels move to the new calendar, and cancellations fell from 14% to 6%."):
        item = analyze_item(text)
        assert item is not None and item.kind != "scope", text


def test_a_satisfaction_score_with_no_party_names_no_customer() -> None:
    item = analyze_item("Booking NPS rose from 18 to 37.")
    assert item is not None and item.signals is not None
    assert not item.signals.customer and item.signals.business_outcome
    item = analyze_item("NPS among kennel owners rose from 18 to 37.")
    assert item is not None and item.signals is not None and item.signals.customer


def test_a_session_reads_the_remit_as_analyze_does() -> None:
    session = Session()
    session.analyze(NO_REMIT)
    assert report_json(session.analyze(KENNELS)) == report_json(analyze(KENNELS))
    assert report_json(session.analyze(NO_REMIT)) == report_json(analyze(NO_REMIT))
