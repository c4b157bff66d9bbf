"""This tree against an earlier release, side by side in one run: full analysis and Session re-analysis.

    python bench/versus.py                      # against the first release (2c0535e), times only
    python bench/versus.py --instructions       # also instructions per analysis (valgrind), load-proof
    python bench/versus.py --baseline REV --quick

Why interleaved subprocesses: a shared machine's load changes minute to minute; running the two
versions in alternating rounds on the same generated packets puts both under the same load, so the
ratio holds even when the absolute figures do not. Instruction counts (valgrind's callgrind) do not
depend on load at all; they are the figures to compare when the machine is busy.

Writes the section "7. Against the previous release" of bench/RESULTS.md (kept by bench/run.py).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import results

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
FIRST_RELEASE = "2c0535e"
SIZES = (1500, 5000)
BEGIN, END = results.marks("versus")

# Runs inside a fresh interpreter with one version's src/ first on the path.
PROBE = r'''
import json, sys, time, statistics
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from textgen import make_packet
import packetcoach
mode, reps = sys.argv[3], int(sys.argv[4])
out = {}
for size in (1500, 5000):
    text = make_packet(size, seed=size)
    if mode == "full":
        for _ in range(3): packetcoach.analyze(text)
        samples = []
        for _ in range(reps):
            start = time.perf_counter(); packetcoach.analyze(text); samples.append(time.perf_counter() - start)
    else:
        session = packetcoach.Session(); session.analyze(text)
        lines = text.split("\n"); bullets = [i for i, line in enumerate(lines) if line.startswith("- ")]
        samples = []
        for k in range(reps):
            edited = list(lines); at = bullets[(k * 7) % len(bullets)]
            edited[at] = edited[at].replace(" ", " really " if k % 2 else " truly ", 1)
            start = time.perf_counter(); session.analyze("\n".join(edited)); samples.append(time.perf_counter() - start)
    out[size] = statistics.median(samples) * 1000
print(json.dumps(out))
'''


def export(revision: str, folder: Path) -> Path:
    """The revision's src/ tree, exported with git archive (nothing is checked out in the repository)."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


def probe(src: Path, mode: str, reps: int) -> dict[str, float]:
    env = {**os.environ, "PACKETCOACH_NO_CACHE": "1", "PYTHONHASHSEED": "0"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(BENCH), str(src), mode, str(reps)],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def instructions(src: Path, size: int) -> float:
    """Millions of instructions per full analysis: (N+6 runs - N runs) / 6, so start-up cancels."""
    code = (f"import sys, gc; sys.path.insert(0, {str(BENCH)!r}); sys.path.insert(0, {str(src)!r})\n"
            "from textgen import make_packet\nimport packetcoach\n"
            f"t = make_packet({size}, seed={size})\n"
            "for _ in range(2 + int(sys.argv[1])): gc.collect(); packetcoach.analyze(t)\n")

    def count(extra: int) -> int:
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out",
                                   sys.executable, "-c", code, str(extra)], capture_output=True, text=True,
                                  env={**os.environ, "PACKETCOACH_NO_CACHE": "1", "PYTHONHASHSEED": "0"})
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None:
            raise SystemExit("valgrind did not run: " + done.stderr[-400:])
        return int(found.group(1))

    return (count(6) - count(0)) / 6 / 1e6


def measure(baseline: Path, rounds: int, reps: int) -> dict[str, dict]:
    found: dict[str, list[dict]] = {"old full": [], "new full": [], "new session": []}
    for round_ in range(rounds):
        print(f"round {round_ + 1} of {rounds}", file=sys.stderr)
        found["old full"].append(probe(baseline, "full", reps))
        found["new full"].append(probe(REPO / "src", "full", reps))
        found["new session"].append(probe(REPO / "src", "session", reps))
    return {name: {size: statistics.median(r[str(size)] for r in runs) for size in SIZES}
            for name, runs in found.items()}


def section(revision: str, times: dict, counts: dict | None, rounds: int, reps: int) -> str:
    rows = []
    for size in SIZES:
        old, new, session = times["old full"][size], times["new full"][size], times["new session"][size]
        rows.append([f"{size:,} words", f"{old:.1f}", f"{new:.1f}", f"{new / old:.2f}", f"{session:.2f}",
                     f"{session / new:.2f}"])
    lines = [BEGIN, f"## 7. Against the previous release ({revision})", "",
             f"`python bench/versus.py{' --instructions' if counts else ''}`: {rounds} interleaved rounds, "
             f"{reps} analyses per packet per round, medians of the round medians, in milliseconds. "
             "A one-word edit in one bullet for the Session (a different bullet each time).", "",
             results.table(["packet", "previous full", "this full", "ratio", "Session re-analysis",
                            "re-analysis / full"], rows)]
    if counts:
        lines += ["", "Instructions per full analysis (valgrind callgrind; independent of machine load):", "",
                  results.table(["packet", "previous (M)", "this (M)", "ratio"],
                                [[f"{size:,} words", f"{counts['old'][size]:.0f}", f"{counts['new'][size]:.0f}",
                                  f"{counts['new'][size] / counts['old'][size]:.2f}"] for size in SIZES])]
    load = results.load()
    lines += ["", f"Load average at the end: {load}.", END]
    return "\n".join(lines) + "\n"






def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=FIRST_RELEASE, help="git revision to compare with")
    parser.add_argument("--instructions", action="store_true", help="also count instructions with valgrind")
    parser.add_argument("--quick", action="store_true", help="2 rounds of 5 analyses (smoke run)")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args()
    rounds, reps = (2, 5) if args.quick else (5, 21)
    with tempfile.TemporaryDirectory(prefix="packetcoach-versus-") as folder:
        baseline = export(args.baseline, Path(folder))
        times = measure(baseline, rounds, reps)
        counts = None
        if args.instructions:
            counts = {"old": {s: instructions(baseline, s) for s in SIZES},
                      "new": {s: instructions(REPO / "src", s) for s in SIZES}}
    results.write_section(args.out, "versus", section(args.baseline, times, counts, rounds, reps))
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
