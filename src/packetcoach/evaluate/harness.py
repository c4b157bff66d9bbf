"""`packetcoach eval`: precision, recall and F1 of every detector on a labelled corpus.

The corpus format is documented in docs/labelling-guide.md; any directory with
``items*.jsonl`` (and optionally ``packets.jsonl`` with ``packets/``) works, so a
team can measure packetcoach on its own labelled drafts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from packetcoach.api import analyze, analyze_item
from packetcoach.core.errors import InputError
from packetcoach.core.model import Item
from packetcoach.profile.load import SIGNAL_NAMES

PACKET_FIELDS = ("lead_is_outcome", "former_engineer_mentions", "structure", "specialty")
PACKET_SETS = ("initiated_items", "stopped_items", "ready_items")


@dataclass
class Tally:
    """Counts for one binary label; F1 is the number the floors hold."""

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
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "accuracy": round((self.tp + self.tn) / total, 3) if total else 1.0,
                "support": self.tp + self.fn, "n": total}


@dataclass
class Agreement:
    """Exact-match accuracy for a categorical label, with the disagreements."""

    right: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def add(self, truth: Any, predicted: Any, case: dict[str, Any]) -> None:
        if truth == predicted:
            self.right += 1
        else:
            self.wrong.append({**case, "expected": truth, "got": predicted})

    def summary(self) -> dict[str, Any]:
        total = self.right + len(self.wrong)
        return {"accuracy": round(self.right / total, 3) if total else 1.0, "n": total}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise InputError(str(path), f"line {number} is not valid JSON: {error.msg}") from None
    return rows


def load_items(corpus: Path) -> list[dict[str, Any]]:
    if corpus.is_file():
        return _read_jsonl(corpus)
    if not corpus.is_dir():
        raise InputError(str(corpus), "no such corpus", "give a directory with items*.jsonl or a .jsonl file")
    rows = [row for path in sorted(corpus.glob("items*.jsonl")) for row in _read_jsonl(path)]
    if not rows:
        raise InputError(str(corpus), "no items*.jsonl in this directory")
    return rows


def item_specialty(item: Item) -> str | None:
    """The specialty an item's jargon reveals: the most frequent one, if any term matched."""
    counts = Counter(name for name, _ in (item.facts.specialty if item.facts else ()))
    return counts.most_common(1)[0][0] if counts else None


def evaluate_items(rows: Iterable[dict[str, Any]], profile: str) -> dict[str, Any]:
    tallies = {name: Tally() for name in (*SIGNAL_NAMES, "ready")}
    principles = Tally()
    verb_class, verb, specialty = Agreement(), Agreement(), Agreement()
    for row in rows:
        item = analyze_item(row["text"], profile=profile)
        if item is None or item.signals is None:
            continue
        ambiguous = set(row.get("ambiguous") or ())
        case = {"id": row["id"], "text": row["text"]}
        predicted = item.signals.as_dict() | {"ready": item.ready}
        labels = dict(row["signals"]) | {"ready": row["ready"]}
        for name, tally in tallies.items():
            if name not in ambiguous:
                tally.add(bool(labels[name]), bool(predicted[name]), case)
        if "verb_class" not in ambiguous and "technical_lead" not in ambiguous:
            verb_class.add(row.get("verb_class"), item.action.verb_class, case)
        if "verb" not in ambiguous:
            verb.add(row.get("verb"), item.action.verb, case)
        if "principles" not in ambiguous:
            truth = set(row.get("principles") or ())
            got = set(item.principles)
            for name in truth | got:
                principles.add(name in truth, name in got, {**case, "principle": name})
        if "specialty" not in ambiguous:
            specialty.add(row.get("specialty"), item_specialty(item), case)
    return {"signals": tallies, "principles": principles, "verb_class": verb_class, "verb": verb,
            "specialty": specialty}


def _item_at(report, text: str, prefix: str) -> str | None:
    offset = text.find(prefix)
    if offset < 0:
        return None
    for item in report.items:
        if item.start <= offset < max(item.end, item.start + 1):
            return item.id
    return None


def evaluate_packets(corpus: Path, profile: str) -> dict[str, Any]:
    index = corpus / "packets.jsonl" if corpus.is_dir() else None
    if index is None or not index.is_file():
        return {}
    fields = {name: Agreement() for name in PACKET_FIELDS}
    sets = {name: Tally() for name in PACKET_SETS}
    for row in _read_jsonl(index):
        path = corpus / row["file"]
        text = path.read_text(encoding="utf-8")
        report = analyze(text, profile=profile, level=row.get("level", "L6"),
                         doc_type=row.get("doc_type", "self-assessment"), source=str(path))
        reading = report.reading
        got = {"lead_is_outcome": reading.lead_is_outcome,
               "former_engineer_mentions": len(reading.former_engineer_mentions),
               "structure": reading.structure, "specialty": reading.specialty}
        for name, agreement in fields.items():
            agreement.add(row.get(name), got[name], {"id": row["id"]})
        predicted_sets = {"initiated_items": set(reading.initiated_items),
                          "stopped_items": set(reading.stopped_items),
                          "ready_items": {i.id for i in report.items if i.ready}}
        for name, tally in sets.items():
            truth = {_item_at(report, text, prefix) for prefix in row.get(name, [])} - {None}
            for item_id in truth | predicted_sets[name]:
                item = report.item(item_id)
                snippet = item.text[:120] if item else item_id
                tally.add(item_id in truth, item_id in predicted_sets[name], {"id": f"{row['id']}:{item_id}",
                                                                               "text": snippet})
    return {"fields": fields, "sets": sets}


def evaluate(corpus: str | Path, profile: str = "amazon-pm") -> dict[str, Any]:
    """The whole evaluation as plain data (what --format json prints)."""
    corpus = Path(corpus)
    items = evaluate_items(load_items(corpus), profile)
    packets = evaluate_packets(corpus, profile)
    result: dict[str, Any] = {
        "schema": "packetcoach.eval/1",
        "corpus": str(corpus),
        "profile": profile,
        "signals": {name: tally.summary() for name, tally in items["signals"].items()},
        "principles": items["principles"].summary(),
        "verb_class": items["verb_class"].summary(),
        "verb": items["verb"].summary(),
        "specialty": items["specialty"].summary(),
        "confusions": {name: {"false_positives": t.false_positives, "false_negatives": t.false_negatives}
                       for name, t in items["signals"].items()},
        "disagreements": {"verb_class": items["verb_class"].wrong, "specialty": items["specialty"].wrong},
    }
    if packets:
        result["packets"] = {name: a.summary() for name, a in packets["fields"].items()}
        result["packets"].update({name: t.summary() for name, t in packets["sets"].items()})
        result["disagreements"].update({f"packet_{name}": a.wrong for name, a in packets["fields"].items()})
        result["confusions"].update({f"packet_{name}": {"false_positives": t.false_positives,
                                                        "false_negatives": t.false_negatives}
                                     for name, t in packets["sets"].items()})
    return result
