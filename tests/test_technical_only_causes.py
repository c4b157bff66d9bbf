"""Technical-only results across the corpus, by cause: a measure the profile types as a system's
(incidents, alerts, requests, errors) that moved in an item naming the served party is the
consequence that party felt, so the item is not "a number no customer noticed"
(analysis/annotate.py ``_felt_measures``). A system's measure stays technical-only: with nobody named,
or with a system's word right before it. The story a paragraph tells up to
such a result is still one story (analysis/joins.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def technical_only(text: str) -> bool:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals.technical_metric_only


@pytest.mark.parametrize("text", [
    "I rewrote the consent step for tenants who kept missing it; rejected deposit requests fell from 18% to 6%.",
    "Moved the school-bus pickup ten minutes later after parents reported near-misses at the crossing, "
    "and recorded incidents fell from 11 to 2 over the term.",
    "Gave the clinic managers a weekly report of every missed reminder, and after the change reported "
    "incidents at their sites fell by half.",
    "I kept the low-stock warning at a single threshold for shop owners; 70% of shops left alerts on, "
    "against 25% before.",
])
def test_a_measure_people_feel_moved_beside_the_party_is_not_technical_only(text: str) -> None:
    assert not technical_only(text)


@pytest.mark.parametrize("text", [
    "Cut incidents on the billing cluster from 12 a month to 2 by moving the nightly batch off peak.",
    "Tenants on the Android app now see 40% fewer cold-start timeouts.",
    "Reduced API errors from 2% to 0.3% after rewriting the retry logic.",
])
def test_a_system_measure_stays_technical_only(text: str) -> None:
    assert technical_only(text)


def test_a_story_ending_on_a_felt_result_stays_one_story() -> None:
    draft = ("## Spring\n\nListened to 40 support calls from landlords whose listing requests had bounced, "
             "and found most had typed the postcode into the street field. I proposed one address box, "
             "and we shipped it in May; bounced listing requests fell from 21% to 5%.\n")
    report = analyze(draft)
    items = [i for i in report.document.items if i.kind == "claim"]
    assert len(items) == 1 and items[0].text.startswith("Listened to 40 support calls")
    assert not items[0].signals.technical_metric_only
