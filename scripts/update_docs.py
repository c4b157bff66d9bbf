"""Regenerate the generated parts of README.md, docs/rules.md and docs/accuracy.md from the code.

Run after changing rules or detectors: ``python scripts/update_docs.py``. tests/test_docs.py
fails when a generated block is out of date, so the docs cannot drift from the product.
"""

from __future__ import annotations

import functools
import io
import math
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import agreement  # noqa: E402
from packetcoach.frontends.cli.main import main, rules_markdown  # noqa: E402
from packetcoach.evaluate.external import evaluate_external  # noqa: E402
from packetcoach.evaluate.harness import evaluate_sets  # noqa: E402
from packetcoach.evaluate.render import render_table  # noqa: E402
from packetcoach.rules.engine import all_rules  # noqa: E402

EXAMPLE_DRAFT = ROOT / "examples" / "weak-engineer-voice.md"


def example_output() -> str:
    out = io.StringIO()
    main(["check", str(EXAMPLE_DRAFT.relative_to(ROOT)), "--color", "never", "--no-history"], out=out)
    return out.getvalue().rstrip()


TARGETS = Path(__file__).with_name("accuracy-targets.toml")


@functools.cache
def evaluation() -> dict[str, Any]:
    """The labelled sets, measured once per run for every table that shows them."""
    return evaluate_sets([ROOT / "corpus", ROOT / "heldout"])


@functools.cache
def external() -> dict[str, Any] | None:
    """The real public text, when shared/corpus-ext is found beside the repository; None when not."""
    found = evaluate_external([ROOT / "heldout"], None, "amazon-pm")
    return found if found and found.get("measured") else None


def eval_table() -> str:
    """The labelled sets side by side; the real public text is measured in docs/accuracy.md, as it
    lives outside the repository."""
    return render_table(evaluation(), confusions=0)


def rules_doc(current: str) -> str:
    """docs/rules.md: the hand-written guide stays, the generated table and entries are replaced."""
    lines = [rules_markdown(), ""]
    for rule in all_rules():
        lines += [f"### {rule.id} `{rule.name}`", "", f"{rule.rationale}", "",
                  f"Severity {rule.severity}; scope {rule.scope}; kind `{rule.kind}`; rubric point {rule.rubric} "
                  "of SPEC section 2." + (f" Its examples are read as `--doc-type {rule.doc_type}`." if rule.doc_type else ""),
                  ""]
        for label, examples in (("Fires on", rule.bad), ("Quiet on", rule.good)):
            for example in examples:
                shown = f"the draft in `{example[5:]}`" if example.startswith("file:") else \
                    "`" + " ".join(example.split()) + "`"
                lines.append(f"- {label}: {shown}")
        lines.append("")
    return replace_block(current, "rules", "\n".join(lines).rstrip("\n"))


def replace_block(text: str, name: str, body: str, fence: str = "") -> str:
    pattern = re.compile(rf"(<!-- BEGIN {name} -->\n).*?(<!-- END {name} -->)", re.DOTALL)
    content = f"```{fence}\n{body}\n```\n" if fence else f"{body}\n"
    if not pattern.search(text):
        raise SystemExit(f"no block {name} to update")
    return pattern.sub(lambda m: m.group(1) + content + m.group(2), text)


def bench_summary() -> str | None:
    """The summary table of the last benchmark run, copied from bench/RESULTS.md."""
    results = ROOT / "bench" / "RESULTS.md"
    if not results.is_file():
        return None
    match = re.search(r"<!-- BEGIN summary -->\n(.*?)<!-- END summary -->", results.read_text("utf-8"), re.DOTALL)
    return match.group(1).rstrip() if match else None


def render_readme(text: str) -> str:
    text = replace_block(text, "example-output", example_output(), fence="text")
    text = replace_block(text, "rules", rules_markdown())
    text = replace_block(text, "eval", eval_table())
    summary = bench_summary()
    return replace_block(text, "bench", summary) if summary else text


def _figures(data: dict[str, Any], path: str) -> list[tuple[str, Any]]:
    """(key, figure) for a dotted path into an eval result, `*` standing for every key at its place."""
    found: list[tuple[str, Any]] = [("", data)]
    for part in path.split("."):
        if part == "*":
            found = [(key, value) for _, parent in found for key, value in parent.items()]
        else:
            found = [(key, parent[part]) for key, parent in found if part in parent]
    return found


def _value(figure: Any) -> tuple[float, str, int | None]:
    """A figure as a number to compare, as shown, and the packets it counts (None for a ratio)."""
    if isinstance(figure, dict):  # a document field: packets right of those labelled
        total = figure.get("packets", figure["n"])
        return figure["right"] / total, f"{figure['right']}/{total}", total
    return figure, f"{figure:.3f}" if isinstance(figure, float) else f"{figure:g}", None


def _target(row: dict[str, Any], total: int | None) -> str:
    for key, sign in (("min", ">="), ("max", "<=")):
        if key in row:
            bound = row[key]
            shown = f"{math.ceil(bound * total - 1e-9)}/{total}" if total else \
                f"{bound:.2f}" if isinstance(bound, float) else f"{bound}"
            return f"{sign} {shown}"
    return "no target"


def _verdict(row: dict[str, Any], value: float) -> str:
    if "min" in row:
        return "met" if value >= row["min"] else "**missed**"
    if "max" in row:
        return "met" if value <= row["max"] else "**missed**"
    return "-"


def _shortfall(row: dict[str, Any], value: float) -> float:
    return row["min"] - value if "min" in row else value - row.get("max", value)


def standing_rows(rows: list[dict[str, Any]], data: dict[str, Any],
                  readers: dict[str, str] | None) -> list[tuple[list[str], str]]:
    """One table row per figure a target names (label, target, figure now, two readers when given),
    with its verdict."""
    found_rows = []
    for row in rows:
        found = _figures(data, row["figure"])
        if row.get("worst"):
            found = [max(found, key=lambda pair: _shortfall(row, _value(pair[1])[0]))]
        for key, figure in found:
            value, shown, total = _value(figure)
            cells = [row["label"].format(key), _target(row, total), shown + (f" ({key})" if row.get("worst") else "")]
            if readers is not None:
                cells.append(readers.get(row.get("readers", "").format(key), ""))
            found_rows.append((cells, _verdict(row, value)))
    return found_rows


def standing_lines(header: list[str], rows: list[tuple[list[str], str]]) -> str:
    """The table, then one line that says how many targets are met and names those missed."""
    lines = ["| " + " | ".join(header + ["met or missed"]) + " |", "|---" * (len(header) + 1) + "|"]
    lines += ["| " + " | ".join(cells + [verdict]) + " |" for cells, verdict in rows]
    judged = [(cells[0], verdict) for cells, verdict in rows if verdict != "-"]
    missed = [label for label, verdict in judged if verdict != "met"]
    lines += ["", f"Met: {len(judged) - len(missed)} of {len(judged)} targets."
              + (f" Missed: {'; '.join(missed)}." if missed else "")]
    return "\n".join(lines)


def second_readers() -> dict[str, str]:
    """What a second reader of the held-out set reaches against its first labels (scripts/agreement.py)."""
    found = {name: f"{figure:.3f}" for name, figure in agreement.readers_items("heldout").items()}
    lists, count = agreement.packet_agreement("heldout")
    return found | {name: f"{agree[0]}/{count}" for name, agree in lists.items()}


def standing_table() -> str:
    """The held-out figures beside the targets (scripts/accuracy-targets.toml) and two readers."""
    heldout = evaluation()["sets"]["heldout"]
    targets = tomllib.loads(TARGETS.read_text(encoding="utf-8"))
    packets = len(heldout.get("per_packet", {}))
    header = [f"held-out set ({heldout['items']} items, {packets} packets)", "target", "now", "two readers"]
    return standing_lines(header, standing_rows(targets["heldout"], heldout, second_readers()))


def standing_ext_table(measured: dict[str, Any]) -> str:
    """The real public text beside its targets. It lives outside the repository, so the block says
    where its figures come from: the last update run that found it (this one, when it did)."""
    targets = tomllib.loads(TARGETS.read_text(encoding="utf-8"))
    sample, reports = measured["sample"]["n"], measured["re_role"]["reports"]
    lines = ["Real public text, read where it lives (`shared/corpus-ext` beside the repository, never copied",
             "into it): these rows are from the last run of `scripts/update_docs.py` that found it, which",
             "measures it again whenever it is there; tests/test_docs.py checks them wherever it is there.", ""]
    header = [f"real text ({sample} labelled sentences, {reports} reports)", "target", "now"]
    return "\n".join(lines) + "\n" + standing_lines(header, standing_rows(targets["ext"], measured, None))


def render_accuracy(text: str) -> str:
    """docs/accuracy.md's front page; the real-text rows are kept as they are when corpus-ext is absent."""
    text = replace_block(text, "standing", standing_table())
    measured = external()
    return replace_block(text, "standing-ext", standing_ext_table(measured)) if measured else text


def main_update() -> int:
    readme = ROOT / "README.md"
    readme.write_text(render_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
    rules = ROOT / "docs" / "rules.md"
    rules.write_text(rules_doc(rules.read_text(encoding="utf-8")), encoding="utf-8")
    accuracy = ROOT / "docs" / "accuracy.md"
    accuracy.write_text(render_accuracy(accuracy.read_text(encoding="utf-8")), encoding="utf-8")
    print("README.md, docs/rules.md and docs/accuracy.md updated")
    if external() is None:
        print("shared/corpus-ext not found: docs/accuracy.md keeps the real-text rows of the last run that found it")
    return 0


if __name__ == "__main__":
    sys.exit(main_update())
