"""packetcoach speed benchmark: one command, one RESULTS.md.

    python bench/run.py            # full run, writes bench/RESULTS.md (a few minutes)
    python bench/run.py --quick    # smoke run, writes bench/out/RESULTS-quick.md

Why one script: the figures that matter (warm time, whole-process time against
proselint, throughput, memory) are only comparable when measured together, on
the same generated packets, on the same machine, in the same minute.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import hotspots
import measure
import results
from textgen import make_packet, word_count

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SIZES = (300, 1500, 5000)
WARM_TARGET_S = 0.010


@dataclass(frozen=True)
class Plan:
    """How many repetitions; --quick trades precision for a run of about half a minute."""

    warm_reps: int
    process_runs: int
    batch_packets: int
    batch_rounds: int


FULL, QUICK = Plan(50, 15, 200, 3), Plan(8, 3, 24, 1)


def write_packets(folder: Path) -> dict[str, Path]:
    """Generated sizes (seed = size, so reruns analyse identical text) plus the real example drafts."""
    packets = {}
    for size in SIZES:
        path = folder / f"generated-{size}.md"
        path.write_text(make_packet(size, seed=size), encoding="utf-8")
        packets[f"generated {size}"] = path
    for example in sorted((REPO / "examples").glob("*.md")):
        packets[f"real {example.stem}"] = example
    return packets


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_warm(packets: dict[str, Path], plan: Plan) -> dict[str, dict]:
    out = {}
    for name, path in packets.items():
        log(f"warm: {name}")
        text = path.read_text(encoding="utf-8")
        out[name] = {"words": word_count(text), **measure.summary(measure.warm_times(text, plan.warm_reps))}
    return out


def run_process(packets: dict[str, Path], plan: Plan, how: dict[str, str]) -> dict[str, dict]:
    pc, how["packetcoach"] = measure.tool_command("packetcoach")
    pl, how["proselint"] = measure.tool_command("proselint")
    out = {}
    for name, path in packets.items():
        log(f"process: {name}")
        findings, diagnostics = measure.validate(pc, pl, path)
        a, b = measure.process_pair(pc + measure.packetcoach_args(path), pl + measure.proselint_args(path),
                                    plan.process_runs)
        pc_sum, pl_sum = measure.summary(a), measure.summary(b)
        out[name] = {"words": word_count(path.read_text(encoding="utf-8")), "pc": pc_sum, "pl": pl_sum,
                     "ratio": pc_sum["median"] / pl_sum["median"], "findings": findings, "diagnostics": diagnostics}
    return out


def run_without_caches(path: Path, plan: Plan, env: dict[str, str]) -> dict[str, float]:
    """packetcoach's whole-process median without each cache the main table assumes warm.

    No bytecode cache: the environment as it was, with PYTHONDONTWRITEBYTECODE=1 forced so
    this never writes __pycache__ into the repository. No profile cache: a user's first run.
    """
    log("process: without caches")
    pc, _ = measure.tool_command("packetcoach")
    cmd = pc + measure.packetcoach_args(path)
    variants = {"no bytecode cache": {**env, "PYTHONDONTWRITEBYTECODE": "1"},
                "no profile cache (first run)": {**os.environ, "PACKETCOACH_NO_CACHE": "1"}}
    out = {}
    for name, variant in variants.items():
        measure.wall(cmd, variant)
        out[name] = measure.summary([measure.wall(cmd, variant) for _ in range(plan.process_runs)])["median"]
    return out


def run_batch(plan: Plan) -> dict:
    """Median rate per worker count over rounds; each round runs packetcoach and the control
    back to back at 1 and N workers, so a neighbour's burst hits both and shows in the control."""
    texts = [make_packet(1500, seed=10_000 + i) for i in range(plan.batch_packets)]
    counts = sorted({1, os.cpu_count() or 1})
    samples: dict[str, dict[int, list[float]]] = {"rates": {n: [] for n in counts}, "control": {n: [] for n in counts}}
    for round_ in range(plan.batch_rounds):
        for workers in counts:
            log(f"batch: round {round_ + 1}, {workers} worker(s)")
            samples["rates"][workers].append(measure.throughput(texts, workers))
            samples["control"][workers].append(measure.throughput(texts, workers, control=True))
    out: dict = {kind: {n: statistics.median(rates) for n, rates in by_count.items()}
                 for kind, by_count in samples.items()}
    out.update(packets=len(texts), rounds=plan.batch_rounds, scaling=out["rates"][counts[-1]] / out["rates"][1],
               control_scaling=out["control"][counts[-1]] / out["control"][1])
    return out


def run_memory(big: Path) -> dict:
    log("memory")
    pc, _ = measure.tool_command("packetcoach")
    pl, _ = measure.tool_command("proselint")
    return {"pc_cli": measure.child_max_rss_kib(pc + measure.packetcoach_args(big)),
            "pl_cli": measure.child_max_rss_kib(pl + measure.proselint_args(big)),
            **measure.warm_memory_kib(big)}


def scaling_verdict(batch: dict, goal: float) -> str:
    """PASS or MISS, unless the control did not scale either: then the machine was busy, not packetcoach."""
    if batch["scaling"] >= goal:
        return "PASS"
    return "MISS" if batch["control_scaling"] >= goal else "NOISY (control did not scale either: rerun)"


def targets(warm: dict, proc: dict, batch: dict) -> str:
    """The three targets with PASS/MISS; scaling must reach 75% of the worker count to pass."""
    warm_ms = warm["generated 1500"]["median"]
    worst = max(proc.items(), key=lambda item: item[1]["ratio"])
    workers = max(batch["rates"])
    rows = [["warm median, 1,500 words", "< 10 ms", f"{warm_ms * 1000:.1f} ms",
             results.verdict(warm_ms < WARM_TARGET_S)],
            ["whole process vs proselint, every size", "ratio <= 1.00",
             f"worst {worst[1]['ratio']:.3f} ({worst[0]})", results.verdict(worst[1]["ratio"] <= 1.0)],
            [f"throughput scaling, {workers} workers", f">= {0.75 * workers:.2f}x" if workers > 1 else "n/a",
             f"{batch['scaling']:.2f}x (machine control {batch['control_scaling']:.2f}x)",
             scaling_verdict(batch, 0.75 * workers) if workers > 1 else "n/a"]]
    return results.table(["target", "goal", "measured", "verdict"], rows)


def render(args: argparse.Namespace, plan: Plan, sections: list[str], start: tuple[str, float | None]) -> str:
    """The report; sections[0] is the targets table, fenced for scripts/update_docs.py to copy into README.md."""
    info = results.machine(REPO, *start)
    command = "python bench/run.py" + (" --quick" if args.quick else "")
    summary = (f"{sections[0]}\n\nMeasured {info['date'][:10]} on {info['cpu']}, {os.cpu_count()} cores, "
               f"Python {info['python']}, with `{command}`; every figure is in `bench/RESULTS.md`.\n")
    head = [f"# packetcoach speed benchmark{' (QUICK smoke run: not for comparison)' if args.quick else ''}", "",
            f"Date: {info.pop('date')}. Reproduce from the repository root with `{command}` "
            f"(in a venv where `pip install -e '.[bench]'` was run).", "",
            results.table(["machine", ""], [[key, value] for key, value in info.items()]), "",
            f"Repetitions: warm {plan.warm_reps} per packet, whole process {plan.process_runs} per tool per packet, "
            f"batch {plan.batch_packets} packets x {plan.batch_rounds} rounds. "
            "Generated packets use seed = size (`bench/textgen.py`); the real packets are `examples/*.md`. "
            "Times in milliseconds unless marked."]
    targets_block = f"## Targets\n\n<!-- BEGIN summary -->\n{summary}<!-- END summary -->"
    return "\n".join(head) + "\n\n" + "\n\n".join([targets_block, *sections[1:]]) + "\n"




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repetitions: a smoke run, not a result")
    parser.add_argument("--out", type=Path, help="default bench/RESULTS.md (bench/out/RESULTS-quick.md with --quick)")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    out = args.out or (BENCH / "out" / "RESULTS-quick.md" if args.quick else BENCH / "RESULTS.md")
    how: dict[str, str] = {}
    load_at_start, busy_at_start = results.load(), results.busy_elsewhere()
    if busy_at_start and busy_at_start > 0.2:
        log(f"warning: {busy_at_start:.0%} of the CPU is busy with other work; figures will be noisy")
    with tempfile.TemporaryDirectory(prefix="packetcoach-bench-") as folder:
        env_before = measure.isolate_caches(Path(folder))
        packets = write_packets(Path(folder))
        warm = run_warm(packets, plan)
        proc = run_process(packets, plan, how)
        uncached = run_without_caches(packets["generated 1500"], plan, env_before)
        batch = run_batch(plan)
        memory = run_memory(packets["generated 5000"])
        log("cold start")
        cold = hotspots.cold_breakdown(str(packets["generated 1500"]), runs=plan.process_runs)
    log("profile")
    sample = make_packet(1500, seed=1500)
    sections = [targets(warm, proc, batch), results.warm_section(warm),
                results.process_section(proc, how, uncached), results.cold_section(cold),
                results.batch_section(batch), results.memory_section(memory),
                results.hotspot_section(hotspots.cumulative(sample, hotspots.STAGES), hotspots.hotspots(sample))]
    out.parent.mkdir(parents=True, exist_ok=True)
    # sections measured by their own scripts (bench/lsp.py, versus.py, web.py, calibrate.py, and
    # the instruction counts measured by hand) stay as they are
    kept = "".join(results.kept_section(out, name) for name in ("lsp", "versus", "web", "calibrate", "instructions"))
    out.write_text(render(args, plan, sections, (load_at_start, busy_at_start)) + kept, encoding="utf-8")
    log(f"wrote {out}")


if __name__ == "__main__":
    main()
