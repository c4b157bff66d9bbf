"""The figures that moved between `packetcoach eval --format json` runs, one column per run.

    packetcoach eval --format json > before.json      # ... change something ...
    packetcoach eval --format json > after.json
    python scripts/compare_eval.py before.json after.json [--all]

A round is judged by what it moved on the corpus and on the held-out set, and by nothing it moved
down: each set's item signals, readiness, principles, verb, specialty and kind, and every document
field and the precision of every document finding a label decides, are printed only where the runs differ (all of them with ``--all``), and a figure worse than
the first run's is marked ``<`` (for false ready, a rise is worse).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

Row = tuple[str, Any, float | None]  # label, what is shown, the number compared (None: not compared)
LOWER_IS_BETTER = ("false_ready",)


def figures(result: dict[str, Any]) -> list[Row]:
    """One set's figures, in the order the eval report shows them."""
    rows: list[Row] = []
    for name, tally in result.get("signals", {}).items():
        rows.append((f"{name} F1", tally.get("f1"), tally.get("f1")))
        rows.append((f"{name} P/R", f"{tally.get('precision')}/{tally.get('recall')}", None))
    for key in ("accuracy", "false_ready", "claims_accuracy", "f1"):
        value = result.get("ready", {}).get(key)
        rows.append((f"ready {key}", value, value))
    for key in ("hit_rate", "named_right", "primary", "f1"):
        value = result.get("principles", {}).get(key)
        rows.append((f"principles {key}", value, value))
    for key in ("verb_class", "verb", "specialty", "kind"):
        value = result.get(key, {}).get("accuracy")
        rows.append((key, value, value))
    for field, tally in result.get("packets", {}).items():
        if "f1" in tally:  # a list of items: packets right, then the item F1
            rows.append((f"packets {field}", f"{tally['right']}/{tally['packets']} F1 {tally['f1']}",
                         tally["right"] + tally["f1"]))
        else:
            rows.append((f"packets {field}", f"{tally['right']}/{tally['n']}", tally["right"]))
    for rule, counts in result.get("document_findings", {}).items():  # a finding's precision by the labels
        rows.append((f"finding {rule} fired/false", f"{counts['fires']}/{counts['false']} P {counts['precision']}",
                     counts["precision"]))
    return rows


def worse(label: str, first: float | None, other: float | None) -> bool:
    if first is None or other is None:
        return False
    return other > first if any(key in label for key in LOWER_IS_BETTER) else other < first


def compare(runs: list[dict[str, Any]], show_all: bool = False) -> list[str]:
    lines = []
    names = list(dict.fromkeys(name for run in runs for name in run["sets"]))
    for name in names:
        lines.append(f"== {name}")
        tables = [{label: (shown, value) for label, shown, value in figures(run["sets"].get(name, {}))} for run in runs]
        labels = list(dict.fromkeys(label for table in tables for label in table))
        for label in labels:
            cells = [table.get(label, (None, None)) for table in tables]
            if not show_all and all(cell[0] == cells[0][0] for cell in cells):
                continue
            mark = " <" if any(worse(label, cells[0][1], cell[1]) for cell in cells[1:]) else ""
            lines.append(f"  {label:32s} " + "  ".join(f"{str(cell[0]):>20s}" for cell in cells) + mark)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", nargs="+", type=Path, help="eval JSON files, the first one the baseline")
    parser.add_argument("--all", action="store_true", help="print every figure, not only those that moved")
    args = parser.parse_args()
    runs = []
    for path in args.runs:
        try:
            runs.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            print(f"compare_eval: {path}: {error}", file=sys.stderr)
            sys.exit(2)
    print("\n".join(compare(runs, args.all)))


if __name__ == "__main__":
    main()
