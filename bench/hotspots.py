"""Where warm analysis time goes, by cProfile, so a MISS comes with a place to start.

Why cProfile and not a sampling profiler: it ships with Python, so the benchmark
needs nothing extra. Its per-call overhead inflates small hot functions, so read
the shares as a ranking, not as exact fractions.

Run on its own: ``python bench/hotspots.py [WORDS]`` prints the table.
"""

from __future__ import annotations

import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from packetcoach import analyze

from measure import isolate_caches
from textgen import make_packet


def _where(key: tuple[str, int, str]) -> str:
    filename, line, name = key
    if "packetcoach" in filename:
        filename = "packetcoach/" + filename.split("packetcoach/", 1)[-1]
    elif filename.startswith("~"):
        return name
    else:
        filename = filename.rsplit("/", 2)[-2] + "/" + filename.rsplit("/", 1)[-1]
    return f"{filename}:{line} {name}"


def _profile(text: str, reps: int) -> dict:
    """Raw pstats rows of ``reps`` warm analyses (one untimed call first compiles the profile)."""
    analyze(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(reps):
        analyze(text)
    profiler.disable()
    return pstats.Stats(profiler).stats  # type: ignore[attr-defined]


def hotspots(text: str, reps: int = 20, top: int = 12) -> list[dict[str, object]]:
    """Top functions by own time (``tottime``) over ``reps`` warm analyses, with their share."""
    stats = _profile(text, reps)
    total = sum(row[2] for row in stats.values())
    rows = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [{"where": _where(key), "calls": row[1] // reps, "own": row[2] / total, "cumulative": row[3] / total}
            for key, row in rows]


def cumulative(text: str, names: tuple[str, ...], reps: int = 20) -> dict[str, float]:
    """Share of total time spent inside each named packetcoach function (its stage of the pipeline)."""
    stats = _profile(text, reps)
    total = max(row[3] for key, row in stats.items() if key[2] == "analyze")
    shares: dict[str, float] = {}
    for key, row in stats.items():
        if key[2] in names and "packetcoach" in key[0]:
            shares[key[2]] = shares.get(key[2], 0.0) + row[3] / total
    return dict(sorted(shares.items(), key=lambda item: item[1], reverse=True))


COLD = """import time; t0 = time.perf_counter()
import sys; from pathlib import Path; text = Path(sys.argv[1]).read_text(encoding="utf-8")
import packetcoach.frontends.cli.main; from packetcoach.frontends.cli import startup; startup.pause()
t1 = time.perf_counter()
import packetcoach.api, packetcoach.output.json; t2 = time.perf_counter()
from packetcoach.profile.compile import rubric_for; rubric_for("amazon-pm"); startup.loaded(); t3 = time.perf_counter()
report = packetcoach.api.analyze(text, source=sys.argv[1]); t4 = time.perf_counter()
from packetcoach.core.inert import json_text; payload = packetcoach.output.json.report_json(report); json_text(payload)
t5 = time.perf_counter()
import argparse; from packetcoach.frontends.cli.history import remember
remember(argparse.Namespace(no_history=False), [report], {id(report): payload}); t6 = time.perf_counter()
from packetcoach.core import regexes; regexes.keep()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)
"""
COLD_PHASES = ("import packetcoach.frontends.cli.main", "import the check path (api, output.json)",
               "profile amazon-pm (compiled, or loaded from its cache)", "first analyze",
               "report_json + json_text", "history: record the draft (the same text again)")


def cold_breakdown(path: str, runs: int = 7) -> dict[str, float]:
    """Fastest seconds of each start-up phase of a CLI-like run, each run in a fresh interpreter.

    Why: whole-process time is start-up plus one analysis; this says which part to cut. The
    phases follow ``packetcoach check FILE --format json``, the collector paused while it loads
    (frontends/cli/startup.py) and the history kept.
    Each run ends as the console script's does, keeping the patterns it compiled
    (core/regexes.py ``keep``, untimed): without it every run compiled the pipeline's patterns
    with ``re`` again, and the first analysis's own 14, which a real check loads from the cache.
    The minimum, not the median, because these phases are fixed work that noise only
    lengthens (timeit's advice), and this table is about shares, not user-felt time.
    Interpreter start itself is measured as ``python -c pass``.
    """
    samples: list[list[float]] = []
    bare: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - start)
        out = subprocess.run([sys.executable, "-c", COLD, path], capture_output=True, text=True, check=True)
        samples.append([float(value) for value in out.stdout.split()])
    phases = {"interpreter start (python -c pass)": min(bare)}
    phases.update({name: min(run[i] for run in samples) for i, name in enumerate(COLD_PHASES)})
    return phases


STAGES = ("read_document", "markup_view", "annotate_item", "item_scaffold", "read_packet", "run_rules",
          "document_findings", "score_packet", "reading_json")


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    sample = make_packet(size, seed=size)
    with tempfile.TemporaryDirectory(prefix="packetcoach-bench-") as cache:
        isolate_caches(Path(cache))  # as run.py does: caches outside the repo, filled once
        subprocess.run([sys.executable, "-c", "import packetcoach.frontends.cli.main"], check=True)
        for name, seconds in cold_breakdown(str(Path(__file__).parent.parent / "examples" / "mixed.md")).items():
            print(f"{seconds * 1000:6.1f} ms  cold: {name}")
    print()
    for name, share in cumulative(sample, STAGES).items():
        print(f"{share:6.1%}  stage {name}")
    print()
    for hit in hotspots(sample):
        print(f"{hit['own']:6.1%} own {hit['cumulative']:6.1%} cum {hit['calls']:>7} calls  {hit['where']}")
