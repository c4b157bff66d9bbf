"""Where the principle reading goes wrong on corpus/, writer by writer.

    python scripts/principle_errors.py                  # every writer file
    python scripts/principle_errors.py --writers c,d    # per-principle and primary tables over these

Each ``items-*.jsonl`` file of corpus/ is one writer, so a change can be designed on some writers'
items and judged on a writer it was not designed on (docs/accuracy.md, "Principles: mechanisms over
the evidence"). The report says, per writer, how often a right principle is named, how many names
are right, how often the primary is, and of the labelled items with no right name how many have
nothing named and how many only wrong ones; then, over the chosen writers, each principle's right,
wrong and missed names, how many are named against how many are labelled, where the primary goes
wrong, and which principle comes first where the labelled primary is named second. Only corpus/ is
read: the held-out set is measured by ``packetcoach eval`` and never looked into.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from packetcoach.api import analyze_item  # noqa: E402
from packetcoach.evaluate.load import load_items  # noqa: E402


class Row(NamedTuple):
    """One labelled item and what the reading named for it."""

    writer: str
    truth: frozenset[str]
    primary: str | None
    scored_primary: bool  # whether the row labels a primary (null included) that is not ambiguous
    named: tuple[str, ...]


def rows_of(corpus: Path) -> list[Row]:
    """Every item whose principles are not marked ambiguous, with the writer's letter."""
    found = []
    for path in sorted(corpus.glob("items-*.jsonl")):
        writer = path.stem.removeprefix("items-")
        for row in load_items(path):
            ambiguous = set(row.get("ambiguous") or ())
            if "principles" in ambiguous:
                continue
            item = analyze_item(row["text"])
            named = item.principles if item is not None else ()
            found.append(Row(writer, frozenset(row.get("principles") or ()), row.get("principle"),
                             "principle" in row and "principle" not in ambiguous, tuple(named)))
    return found


def writer_figures(rows: Iterable[Row]) -> dict[str, float]:
    """The three figures of ``packetcoach eval`` and what the misses are made of."""
    tally: Counter[str] = Counter()
    for row in rows:
        got = set(row.named)
        tally["right"] += len(row.truth & got)
        tally["named"] += len(got)
        if row.truth:
            tally["labelled"] += 1
            tally["labels"] += len(row.truth)
            tally["named_on_labelled"] += len(got)
            if row.truth & got:
                tally["hit"] += 1
            else:
                tally["nothing" if not got else "only_wrong"] += 1
        if row.scored_primary:
            tally["primaries"] += 1
            tally["primary"] += (row.named[0] if row.named else None) == row.primary
    labelled = max(tally["labelled"], 1)
    return {"hit": tally["hit"] / labelled, "labelled": tally["labelled"],
            "named_right": tally["right"] / max(tally["named"], 1), "named": tally["named"],
            "primary": tally["primary"] / tally["primaries"] if tally["primaries"] else float("nan"),
            "primaries": tally["primaries"], "nothing": tally["nothing"], "only_wrong": tally["only_wrong"],
            "named_per_item": tally["named_on_labelled"] / labelled, "labels_per_item": tally["labels"] / labelled}


def per_principle(rows: Iterable[Row]) -> dict[str, tuple[int, int, int]]:
    """Each principle's right, wrong and missed names."""
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for row in rows:
        got = set(row.named)
        right.update(row.truth & got)
        wrong.update(got - row.truth)
        missed.update(row.truth - got)
    names = sorted(set(right) | set(wrong) | set(missed), key=lambda n: -(right[n] + missed[n]))
    return {name: (right[name], wrong[name], missed[name]) for name in names}


def primary_errors(rows: Iterable[Row]) -> Counter[str]:
    """Why the first name is not the labelled primary."""
    found: Counter[str] = Counter()
    for row in rows:
        if not row.scored_primary:
            continue
        first = row.named[0] if row.named else None
        if first == row.primary:
            continue
        if first is None:
            found["nothing named, a primary labelled"] += 1
        elif row.primary is None:
            found["named where the labels have no principle"] += 1
        elif row.primary in row.named:
            found["the primary named, not first"] += 1
        elif first in row.truth:
            found["first named among the labels, the primary not named"] += 1
        else:
            found["first named wrong, the primary not named"] += 1
    return found


def wrong_first(rows: Iterable[Row]) -> Counter[tuple[str, str]]:
    """(named first, labelled primary) where the primary is named but not first."""
    return Counter((row.named[0], row.primary) for row in rows
                   if row.scored_primary and row.primary in row.named[1:])


def report(rows: list[Row], chosen: set[str]) -> str:
    lines = ["| writer | right among named | named that are right | primary | nothing named | only wrong named "
             "| named per labelled item | labelled per item |", "|---|---|---|---|---|---|---|---|"]
    writers = sorted({row.writer for row in rows})
    for writer in [*writers, "chosen"]:
        picked = [r for r in rows if (r.writer in chosen if writer == "chosen" else r.writer == writer)]
        f = writer_figures(picked)
        if not f["labelled"]:
            continue  # a file of regression sentences labels no principle
        primary = f"{f['primary']:.3f} ({f['primaries']})" if f["primaries"] else "-"
        lines.append(f"| {writer} | {f['hit']:.3f} ({f['labelled']}) | {f['named_right']:.3f} ({f['named']}) "
                     f"| {primary} | {f['nothing']} | {f['only_wrong']} "
                     f"| {f['named_per_item']:.2f} | {f['labels_per_item']:.2f} |")
    picked = [r for r in rows if r.writer in chosen]
    lines += ["", f"Writers {', '.join(sorted(chosen))}:", "", "| principle | right | wrong | missed |",
              "|---|---|---|---|"]
    lines += [f"| {name} | {r} | {w} | {m} |" for name, (r, w, m) in per_principle(picked).items()]
    grid = Counter((len(r.truth), len(r.named)) for r in picked if r.truth)
    lines += ["", "labelled x named: " + ", ".join(f"{a}x{b}: {n}" for (a, b), n in sorted(grid.items())), ""]
    lines += [f"primary: {why}: {n}" for why, n in primary_errors(picked).most_common()]
    lines += ["", "named first, labelled primary named after it:"]
    lines += [f"  {first} before {primary}: {n}" for (first, primary), n in wrong_first(picked).most_common()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--writers", default="", help="comma-separated writer letters for the detailed tables "
                        "(default: every writer)")
    args = parser.parse_args()
    rows = rows_of(ROOT / "corpus")
    chosen = {w.strip() for w in args.writers.split(",") if w.strip()} or {row.writer for row in rows}
    print(report(rows, chosen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
