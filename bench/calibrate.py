"""Calibration at scale: 500 packets ranked, and an organisation's 10,000 in bounded memory.

    python bench/calibrate.py            # 500 packets timed, 500 / 2,000 / 10,000 for memory; writes
                                         # section 9 of bench/RESULTS.md (several minutes)
    python bench/calibrate.py --quick    # 100 and 1,000 packets; prints the section only

Every figure is the command a manager runs, `packetcoach calibrate FOLDER --format json`, as a
child process, on distinct generated packets (bench/textgen.py, one seed per packet) of about
1,000 words, the length of the packets in tests/data/calibration. The child is started through a
two-line wrapper that reports its own peak resident memory (the parent that ranks) and its
largest worker's; CPU time comes from the child's resource usage, so "cores used" is CPU seconds
over wall seconds. The progress line is checked on a pseudo-terminal. Caches go to a temporary
folder, as for bench/run.py, and a warm-up run fills them first.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import measure  # noqa: E402
import results  # noqa: E402
from textgen import make_packet  # noqa: E402

BEGIN, END = results.marks("calibrate")
WORDS = 1000
TARGET_S = 10.0
WRAPPER = ("import resource, sys\nfrom packetcoach.frontends.cli.main import main\ncode = main(sys.argv[1:])\n"
           "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
           "workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
           "sys.stderr.write(f'\\nRSS {own} {workers}\\n')\nsys.exit(code)\n")


def write_packets(folder: Path, count: int) -> Path:
    """``count`` distinct packets (seed = position), reused when the folder already has them."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = folder / f"p{number:05d}.md"
        if not path.exists():
            path.write_text(make_packet(WORDS, seed=100_000 + number), encoding="utf-8")
    return folder


def run(folder: Path, jobs: int = 0) -> dict[str, float]:
    """One calibration as a child process: wall and CPU seconds, peak memory of parent and worker."""
    argv = [sys.executable, "-c", WRAPPER, "calibrate", str(folder), "--format", "json"]
    if jobs:
        argv += ["--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = re.search(r"RSS (\d+) (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"calibrate failed ({proc.returncode}): {proc.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "cores": cpu / wall, "parent_kib": int(found.group(1)),
            "worker_kib": int(found.group(2))}


def progress_updates(folder: Path) -> tuple[int, bool]:
    """Run with stderr on a pseudo-terminal: how many times the progress line was rewritten, and
    whether it reached the total."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "packetcoach", "calibrate", str(folder), "--format", "json"],
                            stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    proc.wait()
    os.close(leader)
    total = len(list(folder.glob("*.md")))
    return shown.count(b"\rpacketcoach: calibrated"), f"calibrated {total}/{total}".encode() in shown


def measure_all(folder: Path, timed: int, sizes: tuple[int, ...], runs: int) -> dict:
    results.log = print
    packets = {n: write_packets(folder / f"n{n}", n) for n in sorted({timed, *sizes})}
    run(packets[timed])  # warm-up: fills the bytecode and profile caches
    print(f"timing {timed} packets, {runs} runs", file=sys.stderr)
    every = [run(packets[timed]) for _ in range(runs)]
    single = run(packets[timed], jobs=1)
    scale = {}
    for n in sizes:
        print(f"memory at {n} packets", file=sys.stderr)
        scale[n] = run(packets[n])
    updates, finished = progress_updates(packets[timed])
    return {"timed": timed, "every": every, "single": single, "scale": scale, "updates": updates,
            "finished": finished}


def section(found: dict, date: str, load: str, busy: float | None) -> str:
    every, single, timed = found["every"], found["single"], found["timed"]
    median = statistics.median(r["wall"] for r in every)
    cpu = statistics.median(r["cpu"] for r in every)
    cores = os.cpu_count() or 1
    rows = [[f"{timed} packets, every core ({cores} workers)", f"{median:.2f}", f"{cpu:.2f}",
             f"{statistics.median(r['cores'] for r in every):.2f}", f"{timed / median:.0f}"],
            [f"{timed} packets, one worker", f"{single['wall']:.2f}", f"{single['cpu']:.2f}",
             f"{single['cores']:.2f}", f"{timed / single['wall']:.0f}"]]
    memory = [[f"{n:,}", f"{r['wall']:.1f}", f"{r['parent_kib'] / 1024:.0f}", f"{r['worker_kib'] / 1024:.0f}",
               f"{r['cores']:.2f}"] for n, r in sorted(found["scale"].items())]
    sizes = sorted(found["scale"])
    low, high = found["scale"][sizes[0]], found["scale"][sizes[-1]]
    per_packet = (high["parent_kib"] - low["parent_kib"]) / max(1, sizes[-1] - sizes[0])
    verdict = results.verdict(median < TARGET_S)
    return f"""{BEGIN}
## 9. Calibration: 500 packets, and an organisation's 10,000

Measured {date}. Reproduce with `python bench/calibrate.py`. `packetcoach calibrate FOLDER --format json` as a
child process on distinct generated packets of about {WORDS:,} words; wall seconds are the median of
{len(every)} runs after a warm-up; CPU seconds are the child's and its workers' (user + system), so "cores used"
is CPU over wall. Load average (1/5/15 min) at start {load}; other work used {results.quiet(busy)} before the run.

{results.table(["run", "wall s", "CPU s", "cores used", "packets/s"], rows)}

Target: {timed} packets ranked in under {TARGET_S:.0f} s on this {cores}-core machine: median {median:.2f} s, {verdict}.
Spread over every core: {statistics.median(r['cores'] for r in every):.2f} cores busy on average against
{single['cores']:.2f} with one worker. On a busy machine the wall time waits for a core while the CPU time
does not; {cpu / timed * 1000:.1f} ms of CPU per packet is the figure to compare across runs.

{results.table(["packets", "wall s", "parent peak MiB", "largest worker MiB", "cores used"], memory)}

Memory: the parent holds a small summary per packet (never a report) and writes the brief a person at a
time, so its peak grows by about {per_packet:.1f} KiB per packet; each worker stays the size of one
analysis whatever the batch. Progress on a terminal: the line was rewritten {found['updates']} times for
{timed} packets and {'reached' if found['finished'] else 'did NOT reach'} "calibrated {timed}/{timed}".
{END}
"""






def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 packets; print, do not write")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args()
    timed, sizes, runs = (100, (100, 1000), 1) if args.quick else (500, (500, 2000, 10000), 3)
    load, busy = results.load(), results.busy_elsewhere()
    with tempfile.TemporaryDirectory(prefix="packetcoach-calibrate-bench-") as folder:
        before = measure.isolate_caches(Path(folder))
        try:
            found = measure_all(Path(folder), timed, sizes, runs)
        finally:
            os.environ.clear()
            os.environ.update(before)
    body = section(found, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), load, busy)
    if args.quick:
        print(body)
    else:
        results.write_section(args.out, "calibrate", body)
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
