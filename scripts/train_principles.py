"""Train the per-principle linear model on corpus/ and write its weights as plain JSON.

    pip install -e '.[train]'
    python scripts/train_principles.py                 # refits the shipped reader's weights and writes the file
    python scripts/train_principles.py --check         # exit 1 if the shipped file is not what this writes
    python scripts/train_principles.py --choose        # the fold search: which reader, C and threshold it picks
    python scripts/train_principles.py --compare       # rules vs the learned readers, one fold per blind writer
    python scripts/train_principles.py --compare --heldout   # ... and the held-out set's aggregates
    python scripts/train_principles.py --compare --readers prune add   # ... only these readers

The model is one L2-regularised logistic regression per principle over the yes/no features the
analysis keeps with each item (analysis/principles.py: cue groups matched, signals, evidence
structures, kind, verb class, result types, and in the combined mode the rules' verdicts). Three
learned readers are measured: ``model`` (the model alone), ``combined`` (the model with the rules'
verdicts as features) and ``fill`` (the rules decide; the model names a principle only where the
rules name none), ``reorder`` (the rules' names, the model's likeliest first), and two that only edit
the rules' names where they name two or more: ``prune`` (a name the model finds very unlikely is
dropped) and ``lead`` (a name the model is far surer of than of the rules' first is put first); neither
ever adds a name. ``add`` prunes as the shipped reader does and, where the rules name none, names the
model's likeliest principle when the model is confident (measured only). Each is trained either on the blind writers' files only or on those and the
team's own (``TEAM_FILES``), and judged with one fold per blind writer: a model is judged on a
writer it never saw, which is what a user's draft is; the team's files are never a fold. The
regularisation and the threshold are chosen by those folds. The shipped file holds the model only
when, so judged, it beats the rules and none of the held-out set's principle aggregates (a right one
among those named, named right, primary) falls below the rules' there, or a reader that only edits the
rules' names when the folds agree on it and no held-out aggregate falls; otherwise it says the rules
decide (``"mode": "rules"``). heldout/ is never fitted on: only its aggregate figures are read.

That search (``--choose``) fits a few thousand models and takes tens of minutes on a shared machine, so
the shipped file is written from its recorded outcome (``SHIPPED``: the reader, C, threshold and
training files the search chose) by one fit on today's corpus: the default run and ``--check`` refit
only the weights, in seconds, and ``--check`` runs in the test suite to catch labels or rules that
moved under the weights. A change to the rules' principles is followed by the default run (one
command); ``--choose`` says whether the search still picks ``SHIPPED``, and ``SHIPPED`` changes only
when it does not and the held-out aggregates hold.
scikit-learn is needed here only: at run time the weights are scored by a sum in pure Python.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from statistics import median
from typing import NamedTuple

# One thread per fit: the fits are many and small (a few thousand rows, under a hundred features), and on a
# shared machine a threaded BLAS spends about ten times longer coordinating threads than fitting.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from packetcoach.analysis.principles import MODEL_FILE, rules_edited, scores  # noqa: E402
from packetcoach.api import analyze_item  # noqa: E402
from packetcoach.evaluate.load import load_items  # noqa: E402
from packetcoach.profile.compile import compile_rubric  # noqa: E402
from packetcoach.profile.load import load_profile  # noqa: E402
from principle_errors import Row as ErrorRow, writer_figures  # noqa: E402

PROFILE = "amazon-pm"
C = 1.0  # inverse regularisation strength of a model trained without --compare's search
C_GRID = (0.1, 0.3, 1.0, 3.0)  # the strengths cross-validation chooses from
MIN_POSITIVES = 4  # a principle labelled fewer times in the corpus keeps the rules' verdict
THRESHOLDS = [round(0.25 + 0.05 * step, 2) for step in range(10)]
DIGITS = 4
TEAM_FILES = frozenset(("items-a.jsonl", "items-b.jsonl", "items-regressions.jsonl"))
"""The team's own labelled files: training data at most, never a writer the folds judge on."""
READERS = ("model", "combined", "fill", "reorder", "prune", "lead", "add")
SHIPPABLE = ("model", "combined")
"""The readers ``build`` may ship in place of the rules; ``fill`` and ``reorder`` are measured only, and
``prune`` and ``lead`` are shipped only by ``build``'s own test of them (``_keeps_the_rules``)."""
RULES_BOUND = ("prune", "lead")
"""The readers that only edit the rules' names: ``prune`` drops a name the model finds very unlikely
where the rules name two or more, ``lead`` puts first a name the model is far surer of than of the
rules' first. Neither ever adds a name or leaves an item the rules name with none."""
PRUNE_THRESHOLDS = (0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2)
"""The probabilities below which ``prune`` may drop a rules name."""
LEAD_MARGINS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
"""How much more probable than the rules' first a name must be for ``lead`` to put it first."""
ADD_THRESHOLDS = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.0)
"""How probable the model's likeliest principle must be for ``add`` to name it where the rules name none
(1.0: never, which is the shipped pruning reader)."""
SHIPPED = {"mode": "prune", "c": 0.3, "threshold": 0.1, "team": False}
"""The reader, its strength and threshold, and whether the team's files are trained on, as the fold
search chose them with fifty-three blind writers; with fifty-five, its pruning search (read whole,
``_edit_objective``) picks the same. The default run refits the weights at these settings."""
AGGREGATES = ("hit", "named_right", "primary")


class Row(NamedTuple):
    """One labelled item: the features the analysis kept, its principles and its primary."""

    features: tuple[str, ...]
    truth: set[str]
    first: str | None
    scored_primary: bool = True  # whether it labels a primary (null included) that is not ambiguous


def rows_of(corpus: Path) -> list[Row]:
    """(features, labelled principles, labelled primary) of every usable row."""
    return [row for rows in writers_of(corpus).values() for row in rows]


def writers_of(corpus: Path) -> dict[str, list[Row]]:
    """The usable rows of each ``items*.jsonl`` file: one writer's (or one batch's) items each."""
    found: dict[str, list[Row]] = {}
    for path in sorted(corpus.glob("items*.jsonl")):
        rows = found.setdefault(path.name, [])
        for row in load_items(path):
            ambiguous = set(row.get("ambiguous") or ())
            if "principles" in ambiguous:
                continue
            item = analyze_item(row["text"], profile=PROFILE)
            if item is not None:
                rows.append(Row(item.principle_features, set(row.get("principles") or ()), row.get("principle"),
                                "principle" in row and "principle" not in ambiguous))
    return found


def thresholds(mode: str) -> tuple[float, ...]:
    """The thresholds (for ``lead``: the margins; for ``add``: the confidence) the folds choose from."""
    return {"prune": PRUNE_THRESHOLDS, "lead": LEAD_MARGINS, "add": ADD_THRESHOLDS}.get(mode, tuple(THRESHOLDS))


def vocabulary(rows, combined: bool) -> list[str]:
    names = sorted({f for row in rows for f in row[0]})
    return [f for f in names if combined or not f.startswith("rule:")]


def fit(rows, principles: list[str], mode: str, threshold: float, c: float = C) -> dict:
    """The model as the JSON the analysis reads; ``mode`` is one of ``READERS``."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = vocabulary(rows, mode in ("combined", "add", *RULES_BOUND))
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for f in row[0]:
            if f in index:
                x[r, index[f]] = 1.0
    body = {}
    for principle in principles:
        y = np.array([principle in row[1] for row in rows])
        if y.sum() < MIN_POSITIVES:
            body[principle] = {"bias": 0.0, "weights": {}, "rules": True}
            continue
        model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
        weights = {names[i]: round(float(w), DIGITS) for i, w in enumerate(model.coef_[0]) if round(float(w), DIGITS)}
        body[principle] = {"bias": round(float(model.intercept_[0]), DIGITS), "weights": weights}
    model = {"mode": mode, "threshold": threshold, "trained_on": "corpus", "c": c, "principles": body}
    return model | {"prune": SHIPPED["threshold"]} if mode == "add" else model


def named(features, model, limit: int) -> tuple[str, ...]:
    """What the analysis names with ``model`` (analysis/principles.name_principles, without a rubric);
    in ``fill`` mode the rules' reading, and the model's only where the rules name none; in
    ``reorder`` mode the rules' names, the one the model finds most probable first; in ``prune`` and
    ``lead`` mode what analysis/principles.rules_edited makes of the rules' names; in ``add`` mode the
    shipped pruning of the rules' names, and where they name none the model's likeliest principle when
    its probability reaches the threshold."""
    rules = tuple(f[5:] for f in features if f.startswith("rule:"))
    if model is None or model["mode"] == "fill" and rules:
        return rules[:limit]
    if model["mode"] == "add":
        if rules:
            return rules_edited(features, rules[:limit], {**model, "mode": "prune", "threshold": model["prune"]})
        likeliest = max(((p, n) for n, p in scores(features, model).items()), default=(0.0, ""))
        return (likeliest[1],) if likeliest[0] >= model["threshold"] else ()
    if model["mode"] in RULES_BOUND:
        return rules_edited(features, rules[:limit], model)
    probability = scores(features, model)  # the principles the rules decide are not scored
    if model["mode"] == "reorder":
        return tuple(sorted(rules[:limit], key=lambda name: -probability.get(name, 0.0)))
    picked = [(p, n) for n, p in probability.items() if p >= model["threshold"]]
    picked += [(model["threshold"], n) for n, b in model["principles"].items() if b.get("rules") and n in rules]
    picked.sort(key=lambda pair: (-pair[0], pair[1]))
    return tuple(n for _, n in picked[:limit])


def figures(rows, model, limit: int = 3) -> dict[str, float]:
    """The three figures of ``packetcoach eval`` for what ``model`` (None: the rules) names."""
    return tally([(row, named(row.features, model, limit)) for row in rows])


def tally(found) -> dict[str, float]:
    """``packetcoach eval``'s figures (scripts/principle_errors.py) of (row, names) pairs."""
    return writer_figures(ErrorRow("", frozenset(row.truth), row.first, row.scored_primary, got)
                          for row, got in found)


class Judged(NamedTuple):
    """A reader's figures on the blind writers, each judged by a model that never saw that writer."""

    pooled: dict[str, float]
    writers: dict[str, dict[str, float]]


def by_writer(writers: dict[str, list[Row]], principles, mode: str, c: float, team: bool) -> dict[float, Judged]:
    """Each threshold's figures of models each trained without one blind writer, on that writer's
    items; ``team``: the team's own files are in every training set."""
    named_by: dict[float, dict[str, list]] = {t: {} for t in thresholds(mode)}
    for held in blind(writers):
        train = [row for name, rows in writers.items() if name != held and (team or name not in TEAM_FILES)
                 for row in rows]
        model = fit(train, principles, mode, 0.5, c)
        for threshold in thresholds(mode):
            model["threshold"] = threshold
            named_by[threshold][held] = [(row, named(row.features, model, 3)) for row in writers[held]]
    return {t: judged(found) for t, found in named_by.items()}


def judged(found: dict[str, list]) -> Judged:
    return Judged(tally([pair for pairs in found.values() for pair in pairs]),
                  {name: tally(pairs) for name, pairs in found.items()})


def blind(writers: dict[str, list[Row]]) -> list[str]:
    return [name for name in writers if name not in TEAM_FILES]


def rules_judged(writers: dict[str, list[Row]]) -> Judged:
    """The rules on the same folds (designed on these writers, so their figure is the optimistic one)."""
    return judged({name: [(row, named(row.features, None, 3)) for row in writers[name]] for name in blind(writers)})


def choose(writers, principles, mode: str, team: bool) -> tuple[float, float, Judged]:
    """The strength and threshold whose figures on unseen writers are best (``_objective``; for the
    readers that edit the rules' names, ``_edit_objective``; for ``add``, which is the shipped model
    with one more threshold, only that threshold is searched, ``_add_objective``)."""
    grid = (SHIPPED["c"],) if mode == "add" else C_GRID
    options = [(c, t, found) for c in grid for t, found in by_writer(writers, principles, mode, c, team).items()]
    if mode == "add":
        pruned = next(found for _, t, found in options if t == 1.0).pooled
        return max(options, key=lambda option: _add_objective(option[2].pooled, pruned, option[1]))
    if mode in RULES_BOUND:
        rules = rules_judged(writers).pooled
        return max(options, key=lambda option: _edit_objective(mode, option[2].pooled, rules, option[1]))
    return max(options, key=lambda option: _objective(option[2].pooled))


def _edit_objective(mode: str, found: dict[str, float], rules: dict[str, float], threshold: float) -> tuple:
    """For ``prune``: named right, among the thresholds that keep the rules' hit rate and primary on the
    folds (as ``eval`` prints them); for ``lead``: the primary, hit rate and named right kept. The figure
    chosen on is compared whole: rounded to three places, a pool of six thousand names ties most of the
    grid, and the tie then went to the lowest threshold of any strength, a reader that prunes almost
    nothing. Exact ties go to the more cautious threshold (the lower probability, the wider margin)."""
    kept = not falls(found, rules)
    if mode == "prune":
        return kept, found["named_right"], -threshold
    return kept, found["primary"], threshold


def _add_objective(found: dict[str, float], pruned: dict[str, float], threshold: float) -> tuple:
    """For ``add``: the hit rate, among the thresholds that keep the shipped pruning reader's named
    right, primary and hit rate on the folds (as ``eval`` prints them); a tie goes to the higher
    threshold (1.0, never adding, when none keeps them)."""
    return not falls(found, pruned), found["hit"], threshold


def _objective(found: dict[str, float]) -> tuple[float, float]:
    """Named-right and hit rate weighted equally, precision breaking ties (a wrong principle costs trust)."""
    return round(found["hit"] + found["named_right"], 3), found["named_right"]


def agreement(found: Judged, rules: Judged) -> str:
    """How many writers' folds a reader moved against the rules: named right up / down, hit rate down,
    primary down (as ``eval`` prints them)."""
    def moved(name: str, sign: int) -> int:
        return sum(sign * (round(found.writers[w][name], 3) - round(rules.writers[w][name], 3)) > 0
                   for w in rules.writers)  # a writer with no primary labelled (nan) counts neither way
    return f"{moved('named_right', 1)} / {moved('named_right', -1)} / {moved('hit', -1)} / {moved('primary', -1)}"


def principle_names() -> list[str]:
    return sorted(compile_rubric(load_profile(PROFILE)).principle_requires)


def training(writers: dict[str, list[Row]], team: bool) -> list[Row]:
    return [row for name, rows in writers.items() if team or name not in TEAM_FILES for row in rows]


RULES_FILE = {"mode": "rules", "trained_on": "corpus", "chosen_by": "one fold per blind writer, then the held-out aggregates"}


def trained_on(team: bool) -> str:
    return "corpus" if team else "corpus: the blind writers' files"


def build() -> dict:
    """The shipped file: the reader ``SHIPPED`` names, its weights fitted on today's corpus, when none
    of the held-out aggregates falls below the rules' there; else the rules. One fit: seconds."""
    writers = writers_of(ROOT / "corpus")
    mode, c, threshold, team = SHIPPED["mode"], SHIPPED["c"], SHIPPED["threshold"], SHIPPED["team"]
    if mode == "rules":
        return RULES_FILE
    model = fit(training(writers, team), principle_names(), mode, threshold, c)
    held = rows_of(ROOT / "heldout")
    if falls(figures(held, model), figures(held, None)):
        return RULES_FILE
    return model | {"trained_on": trained_on(team)}


def search() -> dict:
    """What the fold search picks: the best learned reader when it beats the rules on writers it never
    saw and none of the held-out aggregates falls below the rules' there; else the first reader that
    only edits the rules' names (``RULES_BOUND``) that the folds agree on (``_keeps_the_rules``) and
    that keeps every held-out aggregate; else the rules. Tens of minutes: ``--choose`` prints it."""
    writers = writers_of(ROOT / "corpus")
    principles = principle_names()
    rules = RULES_FILE
    best = max(((mode, team, *choose(writers, principles, mode, team)) for mode in SHIPPABLE for team in (False, True)),
               key=lambda option: _objective(option[4].pooled))
    mode, team, c, threshold, found = best
    ruled = rules_judged(writers)
    held = rows_of(ROOT / "heldout")
    if _objective(found.pooled) > _objective(ruled.pooled):
        model = fit(training(writers, team), principles, mode, threshold, c)
        if not falls(figures(held, model), figures(held, None)):
            return model | {"trained_on": trained_on(team), "team": team}
    for mode in RULES_BOUND:
        for team in (False, True):
            c, threshold, found = choose(writers, principles, mode, team)
            if not _keeps_the_rules(mode, found, ruled):
                continue
            model = fit(training(writers, team), principles, mode, threshold, c)
            if not falls(figures(held, model), figures(held, None)):
                return model | {"trained_on": trained_on(team), "team": team}
    return rules


def _keeps_the_rules(mode: str, found: Judged, rules: Judged) -> bool:
    """Whether a reader that edits the rules' names does what it is for on the folds: no pooled figure
    below the rules', its own figure (named right for ``prune``, the primary for ``lead``) above them,
    and more writers' folds moved up on it than down."""
    own = "named_right" if mode == "prune" else "primary"
    if falls(found.pooled, rules.pooled) or round(found.pooled[own], 3) <= round(rules.pooled[own], 3):
        return False
    up = sum(round(found.writers[w][own], 3) > round(rules.writers[w][own], 3) for w in rules.writers)
    down = sum(round(found.writers[w][own], 3) < round(rules.writers[w][own], 3) for w in rules.writers)
    return up > down


def falls(found: dict[str, float], rules: dict[str, float]) -> list[str]:
    """The aggregates on which ``found`` is below ``rules`` (compared as ``eval`` prints them)."""
    return [name for name in AGGREGATES if round(found[name], 3) < round(rules[name], 3)]


def dump(model: dict) -> str:
    return json.dumps(model, indent=1, sort_keys=True) + "\n"


def compare(heldout: bool, readers: tuple[str, ...] = READERS) -> None:
    """The rules and every learned reader, trained both ways, judged one fold per blind writer (pooled
    figures, the spread over writers, and how many writers each moved against the rules); the held-out
    set only when asked, aggregates only."""
    writers = writers_of(ROOT / "corpus")
    held = rows_of(ROOT / "heldout") if heldout else []
    principles = principle_names()
    print("| reader | trained on | folds: hit | folds: named right | folds: primary | per writer: hit "
          "| per writer: named right | writers: named right up / down, hit down, primary down "
          "| held-out hit | held-out named right | held-out primary |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    rules = rules_judged(writers)
    print(f"| rules | - | {_row(rules)} | - | {_held(held, None)} |", flush=True)
    for mode in readers:
        for team in (False, True):
            c, threshold, found = choose(writers, principles, mode, team)
            model = fit(training(writers, team), principles, mode, threshold, c) if held else None
            print(f"| {mode}, C {c}, threshold {threshold} | {'blind writers and the team' if team else 'blind writers'} "
                  f"| {_row(found)} | {agreement(found, rules)} | {_held(held, model)} |", flush=True)


def _row(found: Judged) -> str:
    return " | ".join([f"{found.pooled[name]:.3f}" for name in AGGREGATES] +
                      [_spread(found, name) for name in ("hit", "named_right")])


def _spread(found: Judged, name: str) -> str:
    """Lowest, median and highest of one figure over the writers."""
    values = sorted(figures[name] for figures in found.writers.values())
    return f"{values[0]:.2f} / {median(values):.2f} / {values[-1]:.2f}"


def _held(rows, model) -> str:
    if not rows:
        return "- | - | -"
    found = figures(rows, model)
    return " | ".join(f"{found[name]:.3f}" for name in AGGREGATES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", action="store_true", help="print the rules beside every learned reader")
    parser.add_argument("--check", action="store_true", help="fail if the shipped weights differ")
    parser.add_argument("--choose", action="store_true",
                        help="run the fold search and say whether it still picks the shipped reader")
    parser.add_argument("--heldout", action="store_true", help="with --compare: also the held-out aggregates")
    parser.add_argument("--readers", nargs="+", choices=READERS, default=READERS,
                        help="with --compare: only these learned readers")
    args = parser.parse_args()
    if args.compare:
        compare(args.heldout, tuple(args.readers))
        return 0
    if args.choose:
        picked = search()
        found = {key: picked.get(key) for key in SHIPPED}
        print(f"the fold search picks {found}; SHIPPED is {SHIPPED}")
        return 0 if found == SHIPPED or picked["mode"] == SHIPPED["mode"] == "rules" else 1
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
