"""Round 52: a stop the coach asked the writer to measure. A stop or a refusal is judgement evidence
(what the writer stopped); the "get the measured results" change never asks to measure one that tells
no result of its own, while a stop told with a measured business result keeps the advice it gets."""
from packetcoach.api import analyze
from packetcoach.analysis import repairs

HEAD = """# Promotion case: Priya Nair, L6

## Checkout for small bakeries

I decided to move our bakery customers to one-page checkout over the agency redesign sales wanted.
Bakery owners now finish an order in half the time, and repeat orders rose from 31% to 44% in two quarters.

"""

STOP = """## What I stopped

I stopped the referral-bonus pilot in August after the first month showed the bonuses went to the wrong shops.
"""

LAUNCH = """## Loyalty stamps

I launched loyalty stamps for bakery customers in May with the design team.

"""


def _evidence(text):
    report = analyze(text, level="L6", doc_type="promotion")
    named = [i for c in report.verdict.top_changes if c.kind == "add-evidence" for i in c.items]
    return report, named


def test_a_stop_with_no_result_is_never_asked_to_measure_its_outcome():
    report, named = _evidence(HEAD + STOP)
    assert report.reading.stopped_items == ("i-stopped-the-referral-bonus",)
    assert "i-stopped-the-referral-bonus" not in named
    assert not any("Measure the outcome" in c.what and "referral-bonus" in c.what for c in report.verdict.top_changes)


def test_a_launch_with_no_result_is_still_asked_to_measure():
    report, named = _evidence(HEAD + LAUNCH + STOP)
    assert "i-launched-loyalty-stamps-for" in named
    assert "i-stopped-the-referral-bonus" not in named


def test_a_stop_with_a_measured_business_result_keeps_its_advice():
    text = HEAD + """## What I stopped

I stopped the referral-bonus pilot for bakery customers in August, and churn fell from 9% to 6% of shops by December.
"""
    report = analyze(text, level="L6", doc_type="promotion")
    stop = report.item("i-stopped-the-referral-bonus")
    assert stop.id in report.reading.stopped_items
    assert stop.signals.metric and stop.signals.business_outcome

    class Bench:  # what _stop_unmeasured reads
        reading = report.reading
    assert not repairs._stop_unmeasured(Bench, stop)
