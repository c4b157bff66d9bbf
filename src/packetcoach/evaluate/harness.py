"""`packetcoach eval`: how often every detector agrees with a labelled set.

The set format is documented in docs/labelling-guide.md; any directory with ``items*.jsonl`` (and
optionally ``packets*.jsonl`` with the packets they name) works, so a team can measure packetcoach on
its own labelled drafts. Several sets are reported side by side (the development corpus and the
held-out set), with real public text labelled by reference beside them (evaluate/external.py).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from packetcoach.api import analyze_item
from packetcoach.core.model import Item
from packetcoach.evaluate.load import load_items
from packetcoach.evaluate.packets import evaluate_packets
from packetcoach.evaluate.tally import Agreement, Tally, ratio
from packetcoach.profile.load import SIGNAL_NAMES

SCHEMA = "packetcoach.eval/2"


def item_specialty(item: Item) -> str | None:
    """The specialty an item's jargon reveals: the most frequent one, if any term matched."""
    counts = Counter(name for name, _ in (item.facts.specialty if item.facts else ()))
    return counts.most_common(1)[0][0] if counts else None


def primary_principle(item: Item) -> str | None:
    """The principle the item evidences most strongly: the analysis names it first."""
    return item.principles[0] if item.principles else None


class ItemScores:
    """Every item-level measure of one labelled set, filled one row at a time."""

    def __init__(self) -> None:
        self.signals = {name: Tally() for name in (*SIGNAL_NAMES, "ready")}
        self.ready_claims = Tally()  # readiness on the items labelled as claims only
        self.principles = Tally()  # micro counts over (item, principle) pairs
        self.principle_hit = Agreement()  # a right principle among those named, per labelled item
        self.primary = Agreement()
        self.agreements = {name: Agreement() for name in ("verb_class", "verb", "specialty", "kind")}

    def add(self, row: dict[str, Any], item: Item) -> None:
        ambiguous = set(row.get("ambiguous") or ())
        case = {"id": row["id"], "text": row["text"]}
        assert item.signals is not None
        predicted = item.signals.as_dict() | {"ready": item.ready}
        labels = dict(row["signals"]) | {"ready": bool(row.get("ready"))}
        for name, tally in self.signals.items():
            if name not in ambiguous:
                tally.add(bool(labels[name]), bool(predicted[name]), case)
        if row.get("ready") is not None and "ready" not in ambiguous:
            self.ready_claims.add(bool(row["ready"]), item.ready, case)
        if "verb_class" not in ambiguous and "technical_lead" not in ambiguous:
            self.agreements["verb_class"].add(row.get("verb_class"), item.action.verb_class, case)
        if "verb" not in ambiguous:
            self.agreements["verb"].add(row.get("verb"), item.action.lemma, case)
        if "specialty" not in ambiguous:
            self.agreements["specialty"].add(row.get("specialty"), item_specialty(item), case)
        if "kind" in row and "kind" not in ambiguous:
            self.agreements["kind"].add(row["kind"], item.kind, case)
        if "principles" not in ambiguous:
            self._principles(row, item, case)

    def _principles(self, row: dict[str, Any], item: Item, case: dict[str, str]) -> None:
        truth, got = set(row.get("principles") or ()), set(item.principles)
        for name in sorted(truth | got):  # the same order whatever the hash seed
            self.principles.add(name in truth, name in got, {**case, "principle": name})
        if truth:
            self.principle_hit.add(True, bool(truth & got), {**case, "named": sorted(got)})
        if "principle" in row and "principle" not in ambiguous_of(row):
            self.primary.add(row["principle"], primary_principle(item), case)

    def summary(self) -> dict[str, Any]:
        ready = self.signals["ready"].summary()
        claims = self.ready_claims
        ready["claims_accuracy"] = claims.summary()["accuracy"]
        ready["claims_n"] = claims.summary()["n"]
        ready["false_ready"] = ready["false_alarm"]
        micro = self.principles
        return {
            "signals": {name: tally.summary() for name, tally in self.signals.items() if name != "ready"},
            "ready": ready,
            "principles": micro.summary() | {
                "hit_rate": self.principle_hit.summary()["accuracy"], "hit_n": self.principle_hit.summary()["n"],
                "named_right": ratio(micro.tp, micro.tp + micro.fp), "named": micro.tp + micro.fp,
                "primary": self.primary.summary()["accuracy"], "primary_n": self.primary.summary()["n"]},
            **{name: a.summary() for name, a in self.agreements.items()},
        }

    def confusions(self) -> dict[str, Any]:
        found: dict[str, Any] = {name: {"false_positives": t.false_positives, "false_negatives": t.false_negatives}
                                 for name, t in self.signals.items()}
        found["principles"] = {"false_positives": self.principles.false_positives,
                               "false_negatives": self.principles.false_negatives}
        return found

    def disagreements(self) -> dict[str, Any]:
        return {**{name: a.wrong for name, a in self.agreements.items()},
                "principle_hit": self.principle_hit.wrong, "primary_principle": self.primary.wrong}


def ambiguous_of(row: dict[str, Any]) -> set[str]:
    return set(row.get("ambiguous") or ())


def score_items(rows: Iterable[dict[str, Any]], profile: str) -> ItemScores:
    scores = ItemScores()
    for row in rows:
        item = analyze_item(row["text"], profile=profile)
        if item is not None and item.signals is not None:
            scores.add(row, item)
    return scores


def evaluate(corpus: str | Path, profile: str = "amazon-pm") -> dict[str, Any]:
    """One labelled set, as plain data: the figures, the confusions and the disagreements."""
    corpus = Path(corpus)
    rows = load_items(corpus)
    items = score_items(rows, profile)
    result: dict[str, Any] = {"corpus": str(corpus), "profile": profile, "items": len(rows), **items.summary(),
                              "confusions": items.confusions(), "disagreements": items.disagreements()}
    result["signals"]["ready"] = result["ready"]  # readiness sits with the signals in the tables
    packets = evaluate_packets(corpus, profile)
    if packets:
        result["packets"] = packets["summary"]
        result["per_packet"] = packets["per_packet"]
        result["document_findings"] = packets["findings"]
        result["disagreements"].update(packets["disagreements"])
        result["confusions"].update(packets["confusions"])
    return result


DEFAULT_SETS = ("corpus", "heldout")


def default_sets() -> list[Path]:
    """The development corpus and the held-out set of the current directory, those that exist
    (the corpus alone is asked for when neither does, so the error names it)."""
    found = [Path(name) for name in DEFAULT_SETS if Path(name).is_dir()]
    return found or [Path(DEFAULT_SETS[0])]


def evaluate_sets(corpora: Iterable[str | Path], profile: str = "amazon-pm",
                  external: dict[str, Any] | None = None) -> dict[str, Any]:
    """Several labelled sets side by side (what ``eval --format json`` prints)."""
    sets = {Path(corpus).name or str(corpus): evaluate(corpus, profile) for corpus in corpora}
    result: dict[str, Any] = {"schema": SCHEMA, "profile": profile, "sets": sets}
    if external is not None:
        result["external"] = external
    return result
