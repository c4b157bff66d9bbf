"""Real public text, measured where it lives: the labelled sample and the whole engineering reports.

Two figures the labelled drafts cannot give: how often each signal fires wrongly on text nobody here
wrote (the false-alarm rate on the ``ext-labels.jsonl`` sample), and whether prose written by
engineers for engineers reads as engineering (the median re-role score over the Kubernetes working
groups' annual reports: a low score is right there).
"""

from __future__ import annotations

from pathlib import Path
from statistics import median
from typing import Any

from packetcoach.api import analyze
from packetcoach.evaluate.harness import score_items
from packetcoach.evaluate.load import EXT_LABELS, ext_rows, find_corpus_ext

REPORTS = Path("k8s-annual-reports") / "reports"


def locate(sets: list[Path], explicit: str | None) -> tuple[Path | None, Path | None, str]:
    """The labels file and the corpus-ext directory to read, and why nothing is measured if not."""
    labels = next((s / EXT_LABELS for s in sets if (s / EXT_LABELS).is_file()), None)
    root = Path(explicit) if explicit else None
    if root is None:
        for start in [*sets, Path.cwd()]:
            root = find_corpus_ext(start)
            if root is not None:
                break
    if root is None or not root.is_dir():
        where = explicit or "shared/corpus-ext beside the repository or one of its parents"
        return labels, None, f"not measured: no corpus-ext directory found ({where}); pass --ext DIR"
    return labels, root, ""


def evaluate_external(sets: list[Path], explicit: str | None, profile: str) -> dict[str, Any] | None:
    """The external figures, or None when no set labels real text and no directory was named."""
    labels, root, why = locate(sets, explicit)
    if labels is None and explicit is None:
        return None
    if root is None:
        return {"measured": False, "reason": why}
    result: dict[str, Any] = {"measured": True, "root": str(root)}
    if labels is not None:
        rows, problems = ext_rows(labels, root)
        scores = score_items(rows, profile)
        summary = scores.summary()
        result["sample"] = {"labels": str(labels), "n": len(rows), "skipped": problems,
                            "signals": summary["signals"], "ready": summary["ready"],
                            "kind": summary["kind"], "verb_class": summary["verb_class"],
                            "confusions": scores.confusions()}
    reports = root / REPORTS
    if reports.is_dir():
        result["re_role"] = re_role_median(reports, profile)
    return result


def re_role_median(folder: Path, profile: str) -> dict[str, Any]:
    """Every report analysed as an L6 self-assessment; the median re-role score and its spread."""
    scores = sorted(analyze(path.read_text(encoding="utf-8"), profile=profile).score.re_role
                    for path in sorted(folder.glob("*.md")))
    if not scores:
        return {"reports": 0}
    quarter = len(scores) // 4
    return {"reports": len(scores), "median": median(scores), "low_quartile": scores[quarter],
            "high_quartile": scores[-quarter - 1]}
