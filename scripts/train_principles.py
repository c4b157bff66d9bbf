"""Train the per-principle linear model on corpus/ and write its weights as plain JSON.

    pip install -e '.[train]'
    python scripts/train_principles.py                 # writes the shipped weights
    python scripts/train_principles.py --compare       # rules vs model vs combined, corpus and heldout
    python scripts/train_principles.py --check         # exit 1 if the shipped file is not what this writes

The model is one L2-regularised logistic regression per principle over the yes/no features the
analysis keeps with each item (analysis/principles.py: cue groups matched, signals, kind, verb class,
result types, and in the combined mode the rules' verdicts). Only corpus/ is training data; heldout/
is read by --compare for its aggregate figures and never fitted on. The threshold is chosen by
five-fold cross-validation on the corpus. scikit-learn is needed here only: at run time the weights
are scored by a sum in pure Python.
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
C = 1.0  # inverse regularisation strength: small data, mostly binary features
MIN_POSITIVES = 4  # a principle labelled fewer times in the corpus keeps the rules' verdict
THRESHOLDS = [round(0.25 + 0.05 * step, 2) for step in range(10)]
FOLDS = 5
DIGITS = 4


def rows_of(corpus: Path) -> list[tuple[tuple[str, ...], set[str], str | None]]:
    """(features, labelled principles, labelled primary) of every usable row."""
    found = []
    for row in load_items(corpus):
        if "principles" in (row.get("ambiguous") or ()):
            continue
        item = analyze_item(row["text"], profile=PROFILE)
        if item is None:
            continue
        found.append((item.principle_features, set(row.get("principles") or ()), row.get("principle")))
    return found


def vocabulary(rows, combined: bool) -> list[str]:
    names = sorted({f for features, _, _ in rows for f in features})
    return [f for f in names if combined or not f.startswith("rule:")]


def fit(rows, principles: list[str], combined: bool, threshold: float) -> dict:
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
        model = LogisticRegression(C=C, max_iter=2000).fit(x, y)
        weights = {names[i]: round(float(w), DIGITS) for i, w in enumerate(model.coef_[0]) if round(float(w), DIGITS)}
        body[principle] = {"bias": round(float(model.intercept_[0]), DIGITS), "weights": weights}
    return {"mode": "combined" if combined else "model", "threshold": threshold, "trained_on": "corpus",
            "c": C, "principles": body}


def named(features, model, limit: int) -> tuple[str, ...]:
    """What the analysis names with ``model`` (analysis/principles.name_principles, without a rubric)."""
    if model is None:
        return tuple(f[5:] for f in features if f.startswith("rule:"))[:limit]
    probability = scores(features, model)
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


def cross_validated(rows, principles, combined: bool, threshold: float) -> dict[str, float]:
    """Figures of models each trained without one fifth of the corpus, on that fifth."""
    tp = fp = hit = labelled = 0
    for fold in range(FOLDS):
        train = [row for i, row in enumerate(rows) if i % FOLDS != fold]
        test = [row for i, row in enumerate(rows) if i % FOLDS == fold]
        model = fit(train, principles, combined, threshold)
        for features, truth, _ in test:
            got = set(named(features, model, 3))
            tp += len(truth & got)
            fp += len(got - truth)
            if truth:
                labelled += 1
                hit += bool(truth & got)
    return {"hit": hit / labelled, "named_right": tp / max(tp + fp, 1)}


def choose_threshold(rows, principles, combined: bool) -> float:
    """The threshold whose cross-validated figures on the corpus are best: named-right and
    hit rate weighted equally, precision breaking ties (a wrong principle costs trust)."""
    best = max(THRESHOLDS, key=lambda t: _objective(cross_validated(rows, principles, combined, t), t))
    return best


def _objective(found: dict[str, float], threshold: float) -> tuple[float, float]:
    return round(found["hit"] + found["named_right"], 3), found["named_right"]


def principle_names() -> list[str]:
    return sorted(compile_rubric(load_profile(PROFILE)).principle_requires)


def build(combined: bool) -> dict:
    rows = rows_of(ROOT / "corpus")
    principles = principle_names()
    return fit(rows, principles, combined, choose_threshold(rows, principles, combined))


def dump(model: dict) -> str:
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def compare() -> None:
    corpus, heldout = rows_of(ROOT / "corpus"), rows_of(ROOT / "heldout")
    principles = principle_names()
    print("| reader | corpus hit | corpus named right | corpus CV hit | corpus CV named right "
          "| heldout hit | heldout named right | heldout primary |")
    print("|---|---|---|---|---|---|---|---|")
    rules_c, rules_h = figures(corpus, None), figures(heldout, None)
    print(f"| rules | {rules_c['hit']:.3f} | {rules_c['named_right']:.3f} | - | - | {rules_h['hit']:.3f} "
          f"| {rules_h['named_right']:.3f} | {rules_h['primary']:.3f} |")
    for combined in (False, True):
        threshold = choose_threshold(corpus, principles, combined)
        model = fit(corpus, principles, combined, threshold)
        c, h = figures(corpus, model), figures(heldout, model)
        cv = cross_validated(corpus, principles, combined, threshold)
        label = "combined (rules' verdicts as features)" if combined else "model"
        print(f"| {label}, threshold {threshold} | {c['hit']:.3f} | {c['named_right']:.3f} | {cv['hit']:.3f} "
              f"| {cv['named_right']:.3f} | {h['hit']:.3f} | {h['named_right']:.3f} | {h['primary']:.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", action="store_true", help="print rules vs model vs combined figures")
    parser.add_argument("--check", action="store_true", help="fail if the shipped weights differ")
    parser.add_argument("--mode", choices=("model", "combined"), default="combined")
    args = parser.parse_args()
    if args.compare:
        compare()
        return 0
    target = ROOT / "src" / "packetcoach" / "profile" / "builtin" / MODEL_FILE.format(name=PROFILE)
    text = dump(build(args.mode == "combined"))
    if args.check:
        same = target.is_file() and target.read_text(encoding="utf-8") == text
        print("shipped weights match the corpus" if same else f"{target} differs from what the corpus trains")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
