"""A result told as then and now is one measured change, as "from six weeks to four days" is: a time
the work took and what it takes now ("refunds that took shoppers ten days now take two"), and a count
whose clause ends on a baseline of nothing ("3,400 tenants paid online this spring, up from zero").
The profile's `metrics.then_verbs`, `metrics.now_links` and `metrics.from_nothing` hold the words
(docs/accuracy.md, "Results told as then and now, and in words"). A then and now with no number, a
year in brackets and a count of the writer's own people are no change. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json


def _changes(text: str) -> list[str]:
    item = analyze_item(text)
    assert item is not None
    return [m.text for m in item.metrics if m.detail == "range"]


def test_a_time_that_took_long_and_now_takes_less_is_one_change() -> None:
    assert _changes("I moved the refund form online, and refunds that took shoppers ten days now take two days.") \
        == ["ten days now take two days"]
    assert _changes("Payroll sign-off used to take 5 days and now takes 2 after I cut the paper step.") \
        == ["5 days and now takes 2"]
    assert _changes("A locker swap that took 40 minutes now takes under 5, so the gym opens on time.") \
        == ["40 minutes now takes under 5"]


def test_a_count_up_from_nothing_is_a_change() -> None:
    assert _changes("I launched card payments for the market stalls; 3,400 tenants paid online this spring, "
                    "up from zero.") == ["3,400"]
    assert _changes("I opened the portal to clinics, and 38% of referrals now arrive through it, up from none.") \
        == ["38%"]


def test_then_and_now_without_a_measure_or_as_scope_is_no_change() -> None:
    assert _changes("She took the train to the depot for 3 years and now takes the bus.") == []
    assert _changes("Our studio (was founded in 2019) now serves 40 dentists.") == []
    assert _changes("I grew my own group to 12 engineers, up from zero when I joined.") == []
    assert _changes("The launch took 6 weeks; we now take on 4 more clinics.") == []


DRAFT = ("# Self-assessment\n\n## Summary\n\nI lead the permits product for the city.\n\n## Permits\n\n"
         "I replaced the paper fence permit with a four-question web form, and approvals that took homeowners "
         "five weeks now take three days.\n\n## Parking\n\nI launched resident parking passes online; 9,000 "
         "residents bought one this year, up from zero online sales.\n")


def test_the_change_reaches_the_lead_and_a_session_reads_it_the_same() -> None:
    report = analyze(DRAFT, level="L6")
    metrics = [m.text for i in report.items for m in i.metrics if m.detail == "range"]
    assert "five weeks now take three days" in metrics and "9,000" in metrics
    session = Session(level="L6")
    for text in (DRAFT, DRAFT.replace("five weeks", "5 weeks"), DRAFT):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
