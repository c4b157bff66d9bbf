"""A before and after told with words between its two numbers: "from 310 a month to 40" (a rate),
"from 9.4% of orders to 6.1%" (a share), "from 12% of baskets in May to 52%" (a time). After
"from", what the number counts and at most two short phrases the profile's
`metrics.range_qualifiers` lead ("a month", "per parcel", "of baskets", "in May", "last spring") may
stand before "to"; the pair is then one change with its baseline, as "from 71% to 89%" is. A range
of hours, a second count joined by "and", and a longer run of words stay apart. Text in our own
words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.api import analyze_item
from packetcoach.output.json import report_json

BASELINE_ASK = "From what baseline"


def _item(text: str):
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None
    return item


def _metrics(text: str) -> list[str]:
    return [m.text for m in _item(text).metrics]


def test_a_rate_between_the_before_and_to_reads_as_one_change() -> None:
    text = "I moved disputes to the app, and chargeback complaints from cardholders fell from 520 a month to 70."
    assert _metrics(text) == ["from 520 a month to 70"]
    item = _item(text)
    assert item.signals.business_outcome and item.ready
    assert BASELINE_ASK not in (report_json(analyze(text))["items"][0]["rewrite"] or "")
    assert _metrics("I renegotiated the courier terms, and packaging cost for sellers fell from $3 per parcel to $1.90.") \
        == ["from $3 per parcel to $1.90"]
    assert _metrics("Late pickups at the depot dropped from 45 each week to 6 after I moved the cut-off.") \
        == ["from 45 each week to 6"]


def test_a_share_and_a_time_between_the_before_and_to() -> None:
    assert _metrics("I put scanners at the door, and self-checkout grew from 18% of baskets in May to 52% in October.") \
        == ["from 18% of baskets in May to 52%"]
    assert _metrics("I changed the reminder, and missed visits for patients fell from 300 visits last spring to 90.") \
        == ["from 300 visits last spring to 90"]
    assert _metrics("We grew from 2 teams in March to 5 by June.") == ["from 2 teams in March to 5"]


def test_a_measure_its_party_makes_keeps_the_party_s_change() -> None:
    # the pair is typed by the words that name it: reports a served party files, requests sent to support
    assert _item("I hired our first safety analyst; bug reports from clinicians fell from 80 a week to 5.") \
        .signals.business_outcome
    assert _item("I wrote templates shop owners run themselves; export requests to support fell from 300 a month to 20.") \
        .signals.business_outcome


def test_hours_a_second_count_and_a_long_run_of_words_stay_apart() -> None:
    assert not any(m.startswith("from") for m in _metrics("I staffed the help line from 8 am to 6 pm for tenants."))
    assert _metrics("I interviewed buyers from 30 firms and sent the notes to 12 sellers.") == ["30", "12"]
    assert _metrics("Returns fell from 40 stores in the north of the country to 12 after I changed the label.") \
        == ["40", "12"]
    assert _metrics("I cut waiting from 40 after lunch to 12.") == ["40", "12"]  # "after" leads no qualifier


def test_a_session_reads_a_qualified_before_as_a_fresh_analysis_does() -> None:
    session = Session(level="L6")
    drafts = ["Chargeback complaints from cardholders fell from 520 a month to 70 after I moved disputes to the app.",
              "Self-checkout grew from 18% of baskets in May to 52% in October.\n\nI staffed the help line from 8 am to 6 pm.",
              "Chargeback complaints from cardholders fell from 520 a month to 70 after I moved disputes to the app."]
    for text in drafts:
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


def test_pages_out_of_hours_are_the_staff_s_load_not_a_system_s_measure() -> None:
    # read as one range, the pair is typed by its measure: on-call pages out of hours are what the
    # staff carry, so the item is not "technical only"; pages counted alone still are
    staff = _item("After two engineers quit, I moved releases off Fridays; weekend on-call pages fell from 40 a month to 6.")
    assert not staff.signals.technical_metric_only and not staff.signals.business_outcome
    assert _item("I set up the first on-call rotation for the app and cut pages per week from 40 to 6.") \
        .signals.technical_metric_only
