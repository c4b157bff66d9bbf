"""The measurements: warm in-process time, whole-process time, batch throughput, peak memory.

Why these four: an editor or language server keeps one warm process (warm time),
a shell user pays start-up on every call (whole-process time, compared with a
peer linter people already accept), a corpus run fans out over cores
(throughput), and a CLI that loads big tables shows it in RSS (memory).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from packetcoach import analyze

PROFILE, LEVEL = "amazon-pm", "L6"


def summary(samples: list[float]) -> dict[str, float]:
    """Median and p95: medians resist the odd noisy sample, p95 shows the tail a user feels."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(ordered), "p95": p95, "n": len(ordered)}


def warm_times(text: str, reps: int, warmup: int = 3) -> list[float]:
    """Seconds per ``analyze`` call after warm-up, so the compiled profile is already cached."""
    for _ in range(warmup):
        analyze(text, profile=PROFILE, level=LEVEL)
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        analyze(text, profile=PROFILE, level=LEVEL)
        samples.append(time.perf_counter() - start)
    return samples


def tool_command(name: str) -> tuple[list[str], str]:
    """The console script next to this interpreter, else ``python -m``; returns how it was run."""
    script = Path(sys.executable).parent / name
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)], f"console script `{script}`"
    found = shutil.which(name)
    if found:
        return [found], f"console script `{found}`"
    return [sys.executable, "-m", name], f"`{sys.executable} -m {name}`"


def packetcoach_args(path: Path) -> list[str]:
    return ["check", str(path), "--format", "json", "--fail-on", "never"]


def proselint_args(path: Path) -> list[str]:
    """proselint 0.16 needs the ``check`` subcommand: ``proselint FILE`` is a usage error (exit 2)."""
    return ["check", "--output-format", "json", str(path)]


def validate(pc: list[str], pl: list[str], path: Path) -> tuple[int, int]:
    """Run both tools once and prove they analysed the file; returns (findings, diagnostics).

    A timing of a tool that printed a usage error would be meaningless, so a wrong
    invocation stops the benchmark here. proselint exits 1 when it finds something.
    """
    done = subprocess.run(pc + packetcoach_args(path), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"packetcoach exited {done.returncode}: {done.stderr.strip()}")
    findings = len(json.loads(done.stdout)["findings"])
    done = subprocess.run(pl + proselint_args(path), capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"proselint exited {done.returncode}: {done.stderr.strip()}")
    result = json.loads(done.stdout)["result"]
    if len(result) != 1:
        raise RuntimeError(f"proselint did not report on {path}: {done.stdout[:200]}")
    return findings, len(next(iter(result.values()))["diagnostics"])


def isolate_caches(folder: Path) -> dict[str, str]:
    """Point every child's caches into ``folder``; returns the environment as it was.

    Bytecode: a user's ``pip install`` compiles .pyc files, but an editable install under
    PYTHONDONTWRITEBYTECODE=1 recompiles packetcoach's source on every run, which would
    bill compilation to packetcoach and not to proselint (whose .pyc pip wrote). A cache
    prefix outside the repository treats both tools alike and writes nothing there.
    Profile cache: packetcoach keeps its compiled profile on disk; a private directory
    keeps the figures independent of (and the user's ~/.cache safe from) earlier runs. The
    history goes to a private data directory the same way.
    """
    before = dict(os.environ)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.pop("PACKETCOACH_NO_CACHE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    os.environ["PACKETCOACH_CACHE_DIR"] = str(folder / "profile-cache")
    # History: `check` keeps each file it analyses; it is measured as users run it (platformdirs
    # finds the data directory), but into this folder rather than the user's own data directory.
    os.environ.pop("PACKETCOACH_DATA_DIR", None)
    os.environ.pop("PACKETCOACH_NO_HISTORY", None)
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    return before


def wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from spawn to exit, output discarded (a terminal would only add noise)."""
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def process_pair(cmd_a: list[str], cmd_b: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Whole-process seconds of A and B, interleaved ABBA so drift and noise hit both equally."""
    a_times, b_times = [], []
    for run in range(runs):
        if run % 2 == 0:
            a_times.append(wall(cmd_a))
            b_times.append(wall(cmd_b))
        else:
            b_times.append(wall(cmd_b))
            a_times.append(wall(cmd_a))
    return a_times, b_times


def _warm_worker() -> None:
    """Pool initializer: pay the profile compilation once per worker, outside the timing."""
    analyze("# Warm-up\n\nI decided to launch the pilot for 40 stores.\n", profile=PROFILE, level=LEVEL)


def _analyze_count(text: str) -> int:
    return len(analyze(text, profile=PROFILE, level=LEVEL).findings)


def _ready(_: int) -> None:
    time.sleep(0.05)


def _burn(_: object) -> int:
    """Pure-Python busy work of roughly one 1,500-word analysis: the machine's own scaling."""
    total = 0
    for value in range(400_000):
        total += value * value
    return total


def throughput(texts: list[str], workers: int, control: bool = False) -> float:
    """Items per second through a warm Pool; the short sleeps make every worker start first.

    ``control`` runs ``_burn`` instead of ``analyze``: if the control does not scale either,
    the machine (a busy neighbour, shared cores) is at fault, not packetcoach.
    """
    task = _burn if control else _analyze_count
    with multiprocessing.Pool(workers, initializer=_warm_worker) as pool:
        pool.map(_ready, range(workers * 2), chunksize=1)
        start = time.perf_counter()
        pool.map(task, texts, chunksize=max(1, len(texts) // (workers * 8)))
        elapsed = time.perf_counter() - start
    return len(texts) / elapsed


RSS_CHILD = ("import resource, subprocess, sys\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")

RSS_WARM = ("import resource, sys, tracemalloc\n"
            "from packetcoach import analyze\n"
            "text = open(sys.argv[1], encoding='utf-8').read()\n"
            "imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "analyze(text)\n"
            "tracemalloc.start(); analyze(text); peak = tracemalloc.get_traced_memory()[1]; tracemalloc.stop()\n"
            "for _ in range(5): analyze(text)\n"
            "print(imported, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, peak // 1024)\n")


def child_max_rss_kib(cmd: list[str], runs: int = 3) -> int:
    """Max RSS (KiB) of ``cmd``, read by a fresh wrapper so earlier children do not count."""
    values = [int(subprocess.run([sys.executable, "-c", RSS_CHILD, *cmd], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(runs)]
    return int(statistics.median(values))


def warm_memory_kib(path: Path) -> dict[str, int]:
    """RSS after import, max RSS after warm analyses, and the Python heap peak of one analysis."""
    out = subprocess.run([sys.executable, "-c", RSS_WARM, str(path)], capture_output=True, text=True, check=True)
    imported, warm, peak = (int(value) for value in out.stdout.split())
    return {"rss_after_import": imported, "rss_after_warm": warm, "heap_peak_one_analysis": peak}
