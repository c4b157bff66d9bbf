"""scripts/compare_eval.py prints only the figures that moved, and marks the ones that fell."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "compare_eval.py"


def _module():
    spec = importlib.util.spec_from_file_location("compare_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(customer_f1: float, false_ready: float, lead_right: int) -> dict:
    return {"sets": {"corpus": {
        "signals": {"customer": {"precision": 0.9, "recall": 0.9, "f1": customer_f1},
                    "hedge": {"precision": 1.0, "recall": 1.0, "f1": 1.0}},
        "ready": {"accuracy": 0.95, "false_ready": false_ready},
        "packets": {"lead_is_outcome": {"right": lead_right, "n": 10}},
    }}}


def test_only_moved_figures_are_printed_and_falls_marked() -> None:
    lines = _module().compare([_run(0.90, 0.02, 8), _run(0.88, 0.03, 9)])
    text = "\n".join(lines)
    assert "hedge" not in text  # unmoved
    customer = next(line for line in lines if "customer F1" in line)
    assert customer.endswith("<")
    false_ready = next(line for line in lines if "false_ready" in line)
    assert false_ready.endswith("<")  # a rise in false ready is worse
    lead = next(line for line in lines if "lead_is_outcome" in line)
    assert "8/10" in lead and "9/10" in lead and not lead.endswith("<")


def test_same_runs_print_only_the_set_names() -> None:
    assert _module().compare([_run(0.9, 0.02, 8), _run(0.9, 0.02, 8)]) == ["== corpus"]


def test_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_run(0.9, 0.02, 8)))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    done = subprocess.run([sys.executable, str(SCRIPT), str(good), str(bad)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "bad.json" in done.stderr
