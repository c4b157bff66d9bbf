"""Counters for the evaluation: a binary label, a categorical label, a hit rate.

Each keeps the cases it got wrong, so the report can show the confusions next to the figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def ratio(part: int, whole: int, empty: float = 1.0) -> float:
    return round(part / whole, 3) if whole else empty


@dataclass
class Tally:
    """Counts for one binary label: precision, recall, F1, and the false-alarm rate (the share of
    true negatives the detector fired on, the figure that matters on text with few positives)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    false_positives: list[dict[str, str]] = field(default_factory=list)
    false_negatives: list[dict[str, str]] = field(default_factory=list)

    def add(self, truth: bool, predicted: bool, case: dict[str, str]) -> None:
        if truth and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_positives.append(case)
        elif truth:
            self.fn += 1
            self.false_negatives.append(case)
        else:
            self.tn += 1

    def summary(self) -> dict[str, Any]:
        precision = ratio(self.tp, self.tp + self.fp)
        recall = ratio(self.tp, self.tp + self.fn)
        f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        return {"precision": precision, "recall": recall, "f1": f1,
                "accuracy": ratio(self.tp + self.tn, total),
                "false_alarm": ratio(self.fp, self.fp + self.tn, 0.0),
                "support": self.tp + self.fn, "n": total}


@dataclass
class Agreement:
    """Exact-match accuracy for a categorical label, with the disagreements."""

    right: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def add(self, truth: Any, predicted: Any, case: dict[str, Any]) -> bool:
        if truth == predicted:
            self.right += 1
            return True
        self.wrong.append({**case, "expected": truth, "got": predicted})
        return False

    def summary(self) -> dict[str, Any]:
        total = self.right + len(self.wrong)
        return {"accuracy": ratio(self.right, total), "right": self.right, "n": total}
