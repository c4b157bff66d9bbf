"""Every hostile input ends within 2 s (of processor time) and 500 MB, analysed or refused in one line.

The cases (tests/hostile/cases.py) are each attack that once broke packetcoach and the shapes a
fuzzer found; files in tests/hostile/corpus/ are inputs found by fuzzing. Each runs as a real
command in a child process with a memory limit, killed at the time limit (tests/hostile/run.py).
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "hostile"))

from cases import CASES, Case  # noqa: E402
from run import MEMORY_LIMIT, TIME_LIMIT, run  # noqa: E402

CORPUS = Path(__file__).parent / "hostile" / "corpus"


@pytest.fixture(scope="module")
def environment(tmp_path_factory) -> dict[str, str]:
    """A private profile cache, filled once, so every case pays for analysis, not compilation."""
    env = dict(os.environ, PACKETCOACH_CACHE_DIR=str(tmp_path_factory.mktemp("cache")))
    warm = tmp_path_factory.mktemp("warm") / "draft.md"
    warm.write_text("- Launched x for sellers.\n", encoding="utf-8")
    run(["check", str(warm)], env=env)
    return env


def _argv(case: Case, folder: Path, path: Path) -> list[str]:
    names = {"{path}": str(path), **{f"{{{name}}}": str(folder / name) for name in case.files}}
    return [names.get(part, part) for part in case.command]


def assert_bounded(outcome, expect: str = "either") -> None:
    assert not outcome.timed_out, f"over {TIME_LIMIT} s: {outcome.summary()}"
    assert outcome.peak_bytes <= MEMORY_LIMIT, outcome.summary()
    assert outcome.code in (0, 1, 2), outcome.summary()
    assert "Traceback" not in outcome.stderr, outcome.summary()
    if outcome.code == 2:
        assert outcome.stderr.count("\n") == 1 and outcome.stderr.startswith("packetcoach: "), outcome.summary()
        assert expect != "analysed", f"refused: {outcome.summary()}"
    else:
        assert expect != "refused", f"analysed, though it should be refused: {outcome.summary()}"


def _run_case(case: Case, folder: Path, environment: dict[str, str]):
    folder.mkdir()
    path = folder / f"input{case.suffix}"
    path.write_bytes(case.make())
    for file_name, make in case.files.items():
        (folder / file_name).write_bytes(make())
    stdin = case.stdin_from or (str(path) if case.stdin else None)
    return run(_argv(case, folder, path), stdin=stdin, cwd=str(folder), env=environment)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory, environment) -> dict[str, object]:
    """Every case, run a few at a time: the bound is processor time, which running children side
    by side does not change much, so the corpus costs its processor time, not the sum of its waits."""
    root = tmp_path_factory.mktemp("hostile")
    workers = max(2, os.cpu_count() or 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(_run_case, case, root / f"case-{index}", environment)
                   for index, (name, case) in enumerate(sorted(CASES.items()))}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_ends_in_bounds(name: str, outcomes, request) -> None:
    case = CASES[name]
    if case.slow_in:
        request.applymarker(pytest.mark.xfail(reason=f"still slow in {case.slow_in}", strict=False))
    assert_bounded(outcomes[name], case.expect)


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()) if CORPUS.is_dir() else [], ids=lambda p: p.name)
def test_fuzzer_found_input_ends_in_bounds(path: Path, environment) -> None:
    assert_bounded(run(["check", str(path), "--format", "json"], env=environment))
