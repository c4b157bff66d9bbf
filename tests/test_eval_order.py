"""`eval` writes the same report whatever Python's hash seed: its lists of wrong principles come
in a fixed order (evaluate/harness.py), so two runs can be compared line by line."""

from __future__ import annotations

from packetcoach import analyze_item
from packetcoach.evaluate.harness import ItemScores

TEXT = "Convinced finance to drop the second ID check for returning landlords, lifting renewals from 64% to 81%."
LABELLED = ["think-big", "frugality", "earn-trust", "dive-deep", "ownership", "bias-for-action"]


def test_wrong_principles_are_listed_in_a_fixed_order() -> None:
    item = analyze_item(TEXT)
    assert item is not None
    scores = ItemScores()
    signals = {name: False for name in item.signals.as_dict()}
    scores.add({"id": "x1", "text": TEXT, "signals": signals, "ready": False, "principles": LABELLED}, item)
    wrong = scores.confusions()["principles"]
    missed = [case["principle"] for case in wrong["false_negatives"]]
    named = [case["principle"] for case in wrong["false_positives"]]
    assert missed == sorted(missed) and len(missed) >= 5
    assert named == sorted(named)
