"""The machine description and the Markdown of bench/RESULTS.md.

Why the machine goes into the file: a figure without the CPU, core count and
versions it was measured with cannot be compared with the next run.
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import time
from importlib import metadata
from pathlib import Path


def _proc_field(path: str, field: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def _git_revision(repo: Path) -> str:
    """The commit measured, marked dirty when the working tree differs from it."""
    try:
        head = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (src/ has uncommitted changes)" if dirty else head


def load() -> str:
    """1/5/15-minute load averages: another busy process on the machine shows up here."""
    return " / ".join(f"{value:.2f}" for value in os.getloadavg())


def _cpu_times() -> tuple[int, int]:
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields), fields[3] + fields[4]  # total, idle + iowait


def busy_elsewhere(seconds: float = 1.0) -> float | None:
    """Share of all cores busy while this process sleeps: other work that will add noise.

    Why not the load average alone: it lags by a minute and counts this benchmark's own runs.
    """
    try:
        total_0, idle_0 = _cpu_times()
        time.sleep(seconds)
        total_1, idle_1 = _cpu_times()
    except (OSError, ValueError, IndexError):
        return None
    return 1 - (idle_1 - idle_0) / max(1, total_1 - total_0)


def quiet(share: float | None) -> str:
    return "unknown" if share is None else f"{share:.0%} of all cores"


def machine(repo: Path, load_at_start: str, busy_at_start: float | None) -> dict[str, str]:
    """What the numbers were measured on, including how busy the machine was."""
    memory_kib = _proc_field("/proc/meminfo", "MemTotal").split()[0]
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _proc_field("/proc/cpuinfo", "model name"),
        "cores": f"{os.cpu_count()} (usable by this process: {usable})",
        "memory": f"{int(memory_kib) / 1024 / 1024:.1f} GiB" if memory_kib.isdigit() else "unknown",
        "os": platform.platform(),
        "python": platform.python_version(),
        "packetcoach": f"{metadata.version('packetcoach')}, commit {_git_revision(repo)}",
        "proselint": metadata.version("proselint"),
        "load average 1/5/15 min": f"{load_at_start} at start, {load()} at end",
        "CPU busy with other work": f"{quiet(busy_at_start)} at start, {quiet(busy_elsewhere())} at end",
    }


def marks(name: str) -> tuple[str, str]:
    """The comments around a section of RESULTS.md that its own script measures and rewrites."""
    return f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"


def kept_section(path: Path, name: str) -> str:
    """One marked section of a RESULTS.md, as it stands, so bench/run.py keeps it when it rewrites
    the file (the section's own script measured it)."""
    begin, end = marks(name)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return "\n" + text[text.index(begin):text.index(end) + len(end)] + "\n" if begin in text and end in text else ""


def write_section(path: Path, name: str, body: str) -> None:
    """Replace one marked section of a RESULTS.md (or append it), leaving the rest as it is."""
    begin, end = marks(name)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if begin in text and end in text:
        text = text[:text.index(begin)] + body.rstrip("\n") + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + body
    path.write_text(text, encoding="utf-8")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def warm_section(warm: dict[str, dict]) -> str:
    rows = [[name, str(r["words"]), ms(r["median"]), ms(r["p95"]), str(r["n"]), f"{r['median'] * 1e6 / r['words']:.1f}"]
            for name, r in warm.items()]
    return ("## 1. Warm analysis, in process\n\n`analyze(text, profile=\"amazon-pm\", level=\"L6\")` after 3 warm-up "
            "calls; garbage collector left on, as in real use.\n\n"
            + table(["packet", "words", "median ms", "p95 ms", "runs", "µs/word"], rows))


def process_section(proc: dict[str, dict], how: dict[str, str], uncached: dict[str, float]) -> str:
    rows = [[name, str(r["words"]), ms(r["pc"]["median"]), ms(r["pc"]["p95"]), ms(r["pl"]["median"]),
             ms(r["pl"]["p95"]), f"{r['ratio']:.2f}", str(r["findings"]), str(r["diagnostics"])]
            for name, r in proc.items()]
    return ("## 2. Whole process: packetcoach vs proselint\n\n"
            f"- packetcoach: {how['packetcoach']} `check FILE --format json --fail-on never`\n"
            f"- proselint: {how['proselint']} `check --output-format json FILE` (0.16 needs the `check` "
            "subcommand; `proselint FILE` is a usage error, exit 2). Each tool was run once first and its JSON "
            "checked to prove it analysed the file.\n"
            "- Runs interleaved A/B, B/A, ... so machine noise hits both tools alike; ratio = median/median.\n"
            "- Both tools run with a bytecode cache (`PYTHONPYCACHEPREFIX` in the temp dir), as after a normal "
            "`pip install`, and packetcoach with its compiled-profile cache (`PACKETCOACH_CACHE_DIR` in the temp "
            "dir); the validation run fills both, so these are a user's second and later runs.\n\n"
            + table(["packet", "words", "packetcoach median ms", "p95", "proselint median ms", "p95",
                     "ratio pc/pl", "pc findings", "pl diagnostics"], rows)
            + "\n\npacketcoach on `generated 1500` without the caches the table above assumes warm:\n\n"
            + table(["packetcoach run", "median ms"], [[name, ms(value)] for name, value in uncached.items()])
            + "\n\n*No bytecode cache* forces PYTHONDONTWRITEBYTECODE=1, as this dev environment sets it: with an "
            "editable install packetcoach's source is recompiled on every run (a normal install does not pay it). "
            "*No profile cache* is `PACKETCOACH_NO_CACHE=1`, the cost of a user's very first run.")


def cold_section(cold: dict[str, float]) -> str:
    rows = [[name, ms(seconds)] for name, seconds in cold.items()]
    total = sum(cold.values())
    return ("## 2b. Where whole-process time goes (fresh interpreter, `generated 1500`)\n\n"
            "Fastest of the runs per phase (fixed work that noise only lengthens), fresh processes, caches warm; "
            "reproduce with `python bench/hotspots.py`.\n\n"
            + table(["phase", "fastest ms"], rows + [["**sum**", f"**{ms(total)}**"]]))


def batch_section(batch: dict) -> str:
    rows = [[str(w), f"{rate:.1f}", f"{batch['control'][w]:.1f}"] for w, rate in batch["rates"].items()]
    workers = max(batch["rates"])
    return (f"## 3. Batch throughput\n\n{batch['packets']} distinct packets of about 1,500 words through a "
            "`multiprocessing.Pool`; each worker analyses once in its initializer, so the timing is warm. "
            f"Median of {batch['rounds']} interleaved rounds. The control is pure-Python busy work through the "
            "same pool: it shows how far this machine itself scales at that moment.\n\n"
            + table(["workers", "packetcoach packets/s", "control items/s"], rows)
            + f"\n\nScaling {workers} workers vs 1: packetcoach **{batch['scaling']:.2f}x**, "
            f"control {batch['control_scaling']:.2f}x.")


def memory_section(mem: dict) -> str:
    rows = [["`packetcoach check` process (5,000 words)", f"{mem['pc_cli'] / 1024:.1f}"],
            ["`proselint check` process (same file)", f"{mem['pl_cli'] / 1024:.1f}"],
            ["warm process: RSS after `import packetcoach`", f"{mem['rss_after_import'] / 1024:.1f}"],
            ["warm process: max RSS after 7 analyses", f"{mem['rss_after_warm'] / 1024:.1f}"],
            ["one warm analysis: Python heap peak (tracemalloc)", f"{mem['heap_peak_one_analysis'] / 1024:.1f}"]]
    return ("## 4. Peak memory\n\nMax RSS from `getrusage(RUSAGE_CHILDREN)` in a fresh wrapper process "
            "(median of 3) and `RUSAGE_SELF` in a fresh warm process.\n\n" + table(["what", "MiB"], rows))


def hotspot_section(stages: dict[str, float], spots: list[dict]) -> str:
    stage_rows = [[name, f"{share:.0%}"] for name, share in stages.items() if share >= 0.005]
    spot_rows = [[f"`{s['where']}`", str(s["calls"]), f"{s['own']:.0%}", f"{s['cumulative']:.0%}"] for s in spots]
    return ("## 5. Where warm time goes (cProfile, 1,500 words)\n\ncProfile inflates small hot functions: read "
            "the shares as a ranking. Reproduce with `python bench/hotspots.py 1500`.\n\n"
            + table(["pipeline stage (analyze.py)", "share of analyze"], stage_rows) + "\n\n"
            + table(["function", "calls per analysis", "own time", "cumulative"], spot_rows))
