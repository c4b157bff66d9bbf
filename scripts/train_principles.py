"""Train the per-principle linear model on corpus/ and write its weights as plain JSON.

    pip install -e '.[train]'
    python scripts/train_principles.py                 # writes the shipped file
    python scripts/train_principles.py --compare       # rules vs model vs combined on the corpus
    python scripts/train_principles.py --compare --heldout   # ... and the held-out set's aggregates
    python scripts/train_principles.py --check         # exit 1 if the shipped file is not what this writes

The model is one L2-regularised logistic regression per principle over the yes/no features the
analysis keeps with each item (analysis/principles.py: cue groups matched, signals, evidence
structures, kind, verb class, result types, and in the combined mode the rules' verdicts). Only
corpus/ is training data; heldout/ is read by --compare --heldout for its aggregate figures and never
fitted on. The regularisation and the threshold are chosen by cross-validation on the corpus, one
fold per writer (each ``items*.jsonl`` file): a model is judged on a writer it never saw, which is
what a user's draft is. The shipped file holds the model only when, so judged, it beats the rules;
otherwise it says the rules decide (``"mode": "rules"``). scikit-learn is needed here only: at run
time the weights are scored by a sum in pure Python.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from packetcoach.analysis.principles import MODEL_FILE, scores  # noqa: E402
from packetcoach.api import analyze_item  # noqa: E402
from packetcoach.evaluate.load import load_items  # noqa: E402
from packetcoach.profile.compile import compile_rubric  # noqa: E402
from packetcoach.profile.load import load_profile  # noqa: E402

PROFILE = "amazon-pm"
C = 1.0  # inverse regularisation strength of a model trained without --compare's search
C_GRID = (0.1, 0.3, 1.0, 3.0)  # the strengths cross-validation chooses from
MIN_POSITIVES = 4  # a principle labelled fewer times in the corpus keeps the rules' verdict
THRESHOLDS = [round(0.25 + 0.05 * step, 2) for step in range(10)]
DIGITS = 4

Row = tuple[tuple[str, ...], set[str], "str | None"]


def rows_of(corpus: Path) -> list[Row]:
    """(features, labelled principles, labelled primary) of every usable row."""
    return [row for rows in writers_of(corpus).values() for row in rows]


def writers_of(corpus: Path) -> dict[str, list[Row]]:
    """The usable rows of each ``items*.jsonl`` file: one writer's (or one batch's) items each."""
    found: dict[str, list[Row]] = {}
    for path in sorted(corpus.glob("items*.jsonl")):
        rows = found.setdefault(path.name, [])
        for row in load_items(path):
            if "principles" in (row.get("ambiguous") or ()):
                continue
            item = analyze_item(row["text"], profile=PROFILE)
            if item is not None:
                rows.append((item.principle_features, set(row.get("principles") or ()), row.get("principle")))
    return found


def vocabulary(rows, combined: bool) -> list[str]:
    names = sorted({f for features, _, _ in rows for f in features})
    return [f for f in names if combined or not f.startswith("rule:")]


def fit(rows, principles: list[str], combined: bool, threshold: float, c: float = C) -> dict:
    """The model as the JSON the analysis reads."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = vocabulary(rows, combined)
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (features, _, _) in enumerate(rows):
        for f in features:
            if f in index:
                x[r, index[f]] = 1.0
    body = {}
    for principle in principles:
        y = np.array([principle in truth for _, truth, _ in rows])
        if y.sum() < MIN_POSITIVES:
            body[principle] = {"bias": 0.0, "weights": {}, "rules": True}
            continue
        model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
        weights = {names[i]: round(float(w), DIGITS) for i, w in enumerate(model.coef_[0]) if round(float(w), DIGITS)}
        body[principle] = {"bias": round(float(model.intercept_[0]), DIGITS), "weights": weights}
    return {"mode": "combined" if combined else "model", "threshold": threshold, "trained_on": "corpus",
            "c": c, "principles": body}


def named(features, model, limit: int) -> tuple[str, ...]:
    """What the analysis names with ``model`` (analysis/principles.name_principles, without a rubric)."""
    if model is None:
        return tuple(f[5:] for f in features if f.startswith("rule:"))[:limit]
    probability = scores(features, model)  # the principles the rules decide are not scored
    picked = [(p, n) for n, p in probability.items() if p >= model["threshold"]]
    rules = [f[5:] for f in features if f.startswith("rule:")]
    picked += [(model["threshold"], n) for n, b in model["principles"].items() if b.get("rules") and n in rules]
    picked.sort(key=lambda pair: (-pair[0], pair[1]))
    return tuple(n for _, n in picked[:limit])


def figures(rows, model, limit: int = 3) -> dict[str, float]:
    tp = fp = hit = labelled = primary = primary_n = 0
    for features, truth, first in rows:
        got = named(features, model, limit)
        tp += len(truth & set(got))
        fp += len(set(got) - truth)
        if truth:
            labelled += 1
            hit += bool(truth & set(got))
        if first is not None or not truth:
            primary_n += 1
            primary += (got[0] if got else None) == first
    return {"hit": hit / max(labelled, 1), "named_right": tp / max(tp + fp, 1),
            "primary": primary / primary_n if primary_n else float("nan")}


def by_writer(writers: dict[str, list[Row]], principles, combined: bool, c: float) -> dict[float, dict]:
    """Each threshold's figures of models each trained without one writer, on that writer's items."""
    named_by = {t: [] for t in THRESHOLDS}
    for held in writers:
        train = [row for name, rows in writers.items() if name != held for row in rows]
        model = fit(train, principles, combined, 0.5, c)
        for threshold in THRESHOLDS:
            model["threshold"] = threshold
            named_by[threshold] += [(features, truth, first, named(features, model, 3))
                                    for features, truth, first in writers[held]]
    return {t: tally(found) for t, found in named_by.items()}


def tally(found) -> dict[str, float]:
    tp = fp = hit = labelled = 0
    for _, truth, _, got in found:
        tp += len(truth & set(got))
        fp += len(set(got) - truth)
        if truth:
            labelled += 1
            hit += bool(truth & set(got))
    return {"hit": hit / max(labelled, 1), "named_right": tp / max(tp + fp, 1)}


def choose(writers, principles, combined: bool) -> tuple[float, float, dict[str, float]]:
    """The strength and threshold whose figures on unseen writers are best: named-right and hit rate
    weighted equally, precision breaking ties (a wrong principle costs trust)."""
    options = [(c, t, found) for c in C_GRID for t, found in by_writer(writers, principles, combined, c).items()]
    return max(options, key=lambda option: _objective(option[2]))


def _objective(found: dict[str, float]) -> tuple[float, float]:
    return round(found["hit"] + found["named_right"], 3), found["named_right"]


def principle_names() -> list[str]:
    return sorted(compile_rubric(load_profile(PROFILE)).principle_requires)


def build() -> dict:
    """The shipped file: the better of the rules and the model, as judged on writers it never saw."""
    writers = writers_of(ROOT / "corpus")
    principles = principle_names()
    rules = figures([row for rows in writers.values() for row in rows], None)
    best = None
    for combined in (False, True):
        c, threshold, found = choose(writers, principles, combined)
        if best is None or _objective(found) > _objective(best[3]):
            best = (combined, c, threshold, found)
    combined, c, threshold, found = best
    if _objective(found) <= _objective(rules):
        return {"mode": "rules", "trained_on": "corpus", "chosen_by": "one fold per writer"}
    rows = [row for rows in writers.values() for row in rows]
    return fit(rows, principles, combined, threshold, c)


def dump(model: dict) -> str:
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def compare(heldout: bool) -> None:
    """Rules, model and combined side by side; the held-out set only when asked, aggregates only."""
    writers = writers_of(ROOT / "corpus")
    corpus = [row for rows in writers.values() for row in rows]
    held = rows_of(ROOT / "heldout") if heldout else []
    principles = principle_names()
    print("| reader | corpus hit | corpus named right | by writer: hit | by writer: named right "
          "| heldout hit | heldout named right | heldout primary |")
    print("|---|---|---|---|---|---|---|---|")
    rules_c = figures(corpus, None)
    print(f"| rules | {rules_c['hit']:.3f} | {rules_c['named_right']:.3f} | - | - | {_held(held, None)} |")
    for combined in (False, True):
        c, threshold, cv = choose(writers, principles, combined)
        model = fit(corpus, principles, combined, threshold, c)
        found = figures(corpus, model)
        label = "combined (rules' verdicts as features)" if combined else "model"
        print(f"| {label}, C {c}, threshold {threshold} | {found['hit']:.3f} | {found['named_right']:.3f} "
              f"| {cv['hit']:.3f} | {cv['named_right']:.3f} | {_held(held, model)} |")


def _held(rows, model) -> str:
    if not rows:
        return "- | - | -"
    found = figures(rows, model)
    return f"{found['hit']:.3f} | {found['named_right']:.3f} | {found['primary']:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", action="store_true", help="print rules vs model vs combined figures")
    parser.add_argument("--check", action="store_true", help="fail if the shipped weights differ")
    parser.add_argument("--heldout", action="store_true", help="with --compare: also the held-out aggregates")
    args = parser.parse_args()
    if args.compare:
        compare(args.heldout)
        return 0
    target = ROOT / "src" / "packetcoach" / "profile" / "builtin" / MODEL_FILE.format(name=PROFILE)
    text = dump(build())
    if args.check:
        same = target.is_file() and target.read_text(encoding="utf-8") == text
        print("shipped weights match the corpus" if same else f"{target} differs from what the corpus trains")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
