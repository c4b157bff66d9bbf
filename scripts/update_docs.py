"""Regenerate the generated parts of README.md and docs/rules.md from the code.

Run after changing rules or detectors: ``python scripts/update_docs.py``. tests/test_docs.py
fails when a generated block is out of date, so the docs cannot drift from the product.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from packetcoach.frontends.cli.main import main, rules_markdown  # noqa: E402
from packetcoach.evaluate.harness import evaluate_sets  # noqa: E402
from packetcoach.evaluate.render import render_table  # noqa: E402
from packetcoach.rules.engine import all_rules  # noqa: E402

EXAMPLE_DRAFT = ROOT / "examples" / "weak-engineer-voice.md"


def example_output() -> str:
    out = io.StringIO()
    main(["check", str(EXAMPLE_DRAFT.relative_to(ROOT)), "--color", "never", "--no-history"], out=out)
    return out.getvalue().rstrip()


def eval_table() -> str:
    """The labelled sets side by side; the real public text is measured in docs/accuracy.md, as it
    lives outside the repository."""
    result = evaluate_sets([ROOT / "corpus", ROOT / "heldout"])
    return render_table(result, confusions=0)


def rules_doc(current: str) -> str:
    """docs/rules.md: the hand-written guide stays, the generated table and entries are replaced."""
    lines = [rules_markdown(), ""]
    for rule in all_rules():
        lines += [f"### {rule.id} `{rule.name}`", "", f"{rule.rationale}", "",
                  f"Severity {rule.severity}; scope {rule.scope}; kind `{rule.kind}`; rubric point {rule.rubric} "
                  "of SPEC section 2.", ""]
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


def main_update() -> int:
    readme = ROOT / "README.md"
    readme.write_text(render_readme(readme.read_text(encoding="utf-8")), encoding="utf-8")
    rules = ROOT / "docs" / "rules.md"
    rules.write_text(rules_doc(rules.read_text(encoding="utf-8")), encoding="utf-8")
    print("README.md and docs/rules.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main_update())
