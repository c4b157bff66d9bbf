"""A party's ask argued down in words the stop phrases lacked (docs/accuracy.md, "Fixes from reading
new drafts, a twenty-first round"): a party talked out of a thing named, and a party's request pushed
back on, are the writer's stops, as every corpus writer who tells them so lists them; an ask deferred
on the writer's advice, on which the writers split, is read as before."""

from __future__ import annotations

import pytest
from test_stops import stopped

from packetcoach import analyze
from packetcoach.api import check_item


@pytest.mark.parametrize("text", [
    "Talked the warehouse team out of a second label printer; the money went to scanner batteries.",
    "I talked the regional manager out of the loyalty kiosk after showing him 2% of shoppers used it.",
    "Our head of sales wanted a custom invoice layout for one client. I talked him out of it with the support data.",
    "Pushed back on the finance director's request for a per-store pricing screen; stores kept the one price list.",
    "I pushed back on the COO's plan for a second booking app and showed that 80% of bookings came from the web.",
])
def test_a_party_argued_out_of_a_thing_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # no thing built: people hired, a customer kept
    "I talked the sales director out of hiring six more coordinators by showing him the call mix.",
    "I talked three grocers out of leaving by fixing their payout dates.",
    # someone else did the talking or the pushing back
    "The VP talked me out of a second label printer.",
    "My manager pushed back on my request for a second designer.",
    # an ask to stop something refused: a thing kept, no stop
    "Pushed back on the CFO's request to cut the free trial; trial sign-ups held at 12%.",
    # pushed back on a date or a person, not an ask
    "Pushed back on the launch date by two weeks so the pharmacists could review each dose.",
    # a deferral the writer did not argue for
    "We waited for the vendor's new firmware before launching the door sensor.",
])
def test_no_thing_argued_down_is_no_stop(text: str) -> None:
    assert not stopped(text)


ADVISED = """# Self-assessment

- Proposed and launched text reminders for the bakery's pickup orders; missed pickups fell from 9% to 3%.
- Our director wanted a loyalty app this year; I recommended we wait until pickups were fixed, and we did.
"""


def test_an_ask_deferred_on_the_writers_advice_is_read_as_before() -> None:
    """The writers split on a recommendation the decider took (p90 and p121 list it, p105, p111, p147
    and p188 do not): the stopped list and the packet rule asking for a stop stay as they were."""
    report = analyze(ADVISED, profile="amazon-pm", level="L5")
    assert report.reading.stopped_items == ()
    assert "PC205" in {finding.rule for finding in report.findings}  # nothing-stopped


@pytest.mark.parametrize(("text", "kind", "metric"), [
    ("Members on the family plan ride 2.3 times as often as single members.", "multiplier", "2.3 times"),
    ("Flagged merchants failed at 12 times the normal rate until the switch.", "multiplier", "12 times"),
    ("Priority customers now hear from us 3x faster than other customers.", "multiplier", "3x"),
    ("The spring sale brought in 4x the forecast orders from returning buyers.", "multiplier", "4x"),
])
def test_a_multiple_in_digits_is_read_by_the_metrics_layer(text: str, kind: str, metric: str) -> None:
    """A multiple told in digits and compared is read where "three times" is: the metrics layer
    (the profile's `metrics.multiple_words`, `multiple_marks`, `multiple_comparisons`)."""
    item = check_item(text)[0]
    assert item is not None
    assert [m.kind for m in item.metrics if m.text == metric] == [kind]


@pytest.mark.parametrize("text", [
    "Drivers check the board 3 times a week since the change.",
    "We ran 2 times slots for the pilot.",
])
def test_how_often_in_digits_is_no_multiple(text: str) -> None:
    item = check_item(text)[0]
    assert item is not None and all(m.kind != "multiplier" for m in item.metrics)


@pytest.mark.parametrize("multiple", ["three times", "3x"])
def test_a_multiple_counts_the_base_named_after_it(multiple: str) -> None:
    """"3x the usual applications": the multiple counts what follows it, never the system measure
    told before it (the load balancer's traffic)."""
    text = (f"Moved portal traffic behind a load balancer with failover, keeping the portal up in the storm "
            f"week when {multiple} the usual applications came in.")
    item = check_item(text)[0]
    assert item is not None and item.signals is not None and not item.signals.technical_metric_only


@pytest.mark.parametrize("text", [
    "Cut checkout API latency to a third of the old p99 by caching the tax lookups.",
    "Rebuilt the ingestion service so it handles 3x the old peak queries per second.",
])
def test_a_multiple_of_a_system_measure_is_still_technical(text: str) -> None:
    item = check_item(text)[0]
    assert item is not None and item.signals is not None and item.signals.technical_metric_only
