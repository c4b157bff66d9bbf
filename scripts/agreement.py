"""How far a second reader agrees with the first labels, beside how far packetcoach does.

    python scripts/agreement.py            # corpus/ (160 blind claims, packets p13-p24)
    python scripts/agreement.py heldout    # heldout/ (all 333 items, packets h01-h08)

Each set's `second-reading/` folder holds a second, independent labelling, from
docs/labelling-guide.md alone (the second reader saw no label, code or output): item kind,
principles, the primary principle and readiness per item; the initiated, stopped and ready lists per
packet. The script scores the second reader against the first with the same measures `packetcoach
eval` uses, and packetcoach against each reader on the same text, so a target can be read beside
what two careful people reach (docs/accuracy.md, "Two readers"). Labels the first reader marked
ambiguous are left out, as `eval` leaves them out. On the held-out set the script prints aggregates
only, like `eval`: nothing is tuned on it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from packetcoach.api import analyze, analyze_item  # noqa: E402
from packetcoach.evaluate.harness import ambiguous_of, primary_principle  # noqa: E402
from packetcoach.evaluate.load import load_items, packet_rows, read_jsonl  # noqa: E402
from packetcoach.evaluate.packets import SETS, _item_at  # noqa: E402

Labels = dict[str, Any]


def item_scores(pairs: Iterable[tuple[Labels, Labels]]) -> dict[str, float]:
    """`eval`'s principle and readiness measures of `got` against `truth`, over (truth, got) pairs."""
    hit = labelled = named = right = primary = primaries = ready = readies = kinds = kind = 0
    for truth, got in pairs:
        if truth.get("kind") and got.get("kind") and "kind" not in truth["ambiguous"]:
            kinds, kind = kinds + 1, kind + (truth["kind"] == got["kind"])
        wanted, found = set(truth["principles"]), set(got["principles"])
        if "principles" not in truth["ambiguous"]:
            named, right = named + len(found), right + len(found & wanted)
            if wanted:
                labelled, hit = labelled + 1, hit + bool(found & wanted)
        if "principle" not in truth["ambiguous"]:
            primaries, primary = primaries + 1, primary + (truth["principle"] == got["principle"])
        if truth["ready"] is not None and "ready" not in truth["ambiguous"]:
            readies, ready = readies + 1, ready + (truth["ready"] == got["ready"])
    return {"a right principle among those named": hit / labelled, "principles named right": right / named,
            "primary principle": primary / primaries, "ready (claims)": ready / readies,
            "item kind": kind / kinds if kinds else float("nan")}


def tool_labels(text: str) -> Labels:
    item = analyze_item(text)
    assert item is not None
    return {"principles": list(item.principles), "principle": primary_principle(item), "ready": item.ready,
            "kind": item.kind, "ambiguous": set()}


def _item_labels(name: str) -> tuple[dict[str, Labels], dict[str, Labels], dict[str, Labels]]:
    """The first labels and the second reader's, by id, for the items the second reader labelled."""
    first = {row["id"]: row for row in load_items(ROOT / name)}
    second = read_jsonl(ROOT / name / "second-reading" / "second-items.jsonl")
    truth = {row["id"]: {**first[row["id"]], "ambiguous": ambiguous_of(first[row["id"]])} for row in second}
    reader = {row["id"]: {**row, "ambiguous": set()} for row in second}
    return first, truth, reader


def readers_items(name: str = "corpus") -> dict[str, float]:
    """The second reader against the first labels: what two careful people reach (no analysis)."""
    _, truth, reader = _item_labels(name)
    return item_scores((truth[k], reader[k]) for k in reader)


def items_table(name: str = "corpus") -> list[str]:
    first, truth, reader = _item_labels(name)
    tool = {key: tool_labels(first[key]["text"]) for key in reader}
    columns = {"second reader vs first": item_scores((truth[k], reader[k]) for k in reader),
               "packetcoach vs first": item_scores((truth[k], tool[k]) for k in reader),
               "packetcoach vs second": item_scores((reader[k], tool[k]) for k in reader)}
    what = "claims" if all(row.get("kind", "claim") == "claim" for row in reader.values()) else "items"
    lines = [f"| {len(reader)} {what} | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for measure in next(iter(columns.values())):
        lines.append(f"| {measure} | " + " | ".join(f"{c[measure]:.3f}" for c in columns.values()) + " |")
    return lines


def packet_agreement(name: str = "corpus") -> tuple[dict[str, list[int]], int]:
    """Per list, the packets on which the second reader agrees with the first, packetcoach with the
    first, and packetcoach with the second; and how many packets the second reader labelled."""
    corpus = ROOT / name
    second = {row["id"]: row for row in read_jsonl(corpus / "second-reading" / "second-packets.jsonl")}
    agree = {name: [0, 0, 0] for name in SETS}
    for row in packet_rows(corpus):
        if row["id"] not in second:
            continue
        text = (corpus / row["file"]).read_text(encoding="utf-8")
        report = analyze(text, level=row["level"], doc_type=row["doc_type"])
        tool = {"initiated_items": set(report.reading.initiated_items),
                "stopped_items": set(report.reading.stopped_items),
                "ready_items": {item.id for item in report.items if item.ready}}
        for name in SETS:
            first = {_item_at(report, text, prefix) for prefix in row[name]} - {None}
            other = {_item_at(report, text, prefix) for prefix in second[row["id"]][name]} - {None}
            for column, same in enumerate((first == other, tool[name] == first, tool[name] == other)):
                agree[name][column] += same
    return agree, len(second)


def packets_table(name: str = "corpus") -> list[str]:
    agree, count = packet_agreement(name)
    lines = [f"| {count} packets, the same list | second reader vs first | packetcoach vs first | "
             "packetcoach vs second |", "|---|---|---|---|"]
    lines += [f"| {name} | " + " | ".join(f"{n}/{count}" for n in counts) + " |" for name, counts in agree.items()]
    return lines


if __name__ == "__main__":
    chosen = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    print("\n".join([*items_table(chosen), "", *packets_table(chosen)]))
