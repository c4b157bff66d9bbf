"""Every hostile input ends within 2 s (of processor time) and 500 MB, analysed or refused in one line.

The cases (tests/hostile/cases.py) are each attack that once broke packetcoach and the shapes a
fuzzer found; files in tests/hostile/corpus/ are inputs found by fuzzing. The cases in
:data:`IN_A_CHILD` run as real commands in a child process with a memory limit, killed at the time
limit (tests/hostile/run.py): every kind of refusal at least once (a test checks it), every input
format and the slowest analyses. The others run in this process through the command line's
``main()``, held to the same bounds and the same one-line message and exit status; a new
interpreter per case would only add its start-up to each.
"""

from __future__ import annotations

import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "hostile"))

from cases import CASES, Case  # noqa: E402
from run import MEMORY_LIMIT, TIME_LIMIT, run, run_here  # noqa: E402

CORPUS = Path(__file__).parent / "hostile" / "corpus"

#: The cases run as real child processes: one or more per kind of refusal (checked by
#: test_every_kind_of_refusal_is_met_by_a_real_process), each input format, standard input, a
#: profile file, the commands other than check, and the slowest analyses.
IN_A_CHILD = frozenset((
    "endless standard input", "6 MB on standard input",  # standard input, capped while read
    "commas, 5 MB", "escapes, 5 MB", "newlines, 5 MB",  # the reader: too long, binary, empty
    "a 90,000-word bullet", "a normal 12,000-word draft",  # the analysis limits: words, blocks
    "a normal 12,000-word draft, rewrite", "a normal 12,000-word draft, rehearse",
    "a profile nested 5,000 deep", "a 30 MB profile", "a profile extending /etc/shadow",  # profiles
    "1.2 million character references", "4.8 MB of table cells", "deep HTML",  # HTML
    "a .docx of 120,000 empty paragraphs", "a .docx at the element limit",  # .docx
    "engineering-past, at the analysis limits", "a 12,000-word bullet",  # the slowest analyses
    "a backtracking profile pattern",
))


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


def _prepare(case: Case, folder: Path) -> tuple[list[str], str | None]:
    folder.mkdir()
    path = folder / f"input{case.suffix}"
    path.write_bytes(case.make())
    for file_name, make in case.files.items():
        (folder / file_name).write_bytes(make())
    return _argv(case, folder, path), case.stdin_from or (str(path) if case.stdin else None)


def _run_case(case: Case, folder: Path, environment: dict[str, str]):
    argv, stdin = _prepare(case, folder)
    return run(argv, stdin=stdin, cwd=str(folder), env=environment)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory, environment) -> dict[str, object]:
    """Every case: the children a few at a time while the rest run one after another in this
    process (the bound is processor time, which running side by side does not change much)."""
    root = tmp_path_factory.mktemp("hostile")
    cases = sorted(CASES.items())
    workers = max(1, (os.cpu_count() or 2) - 1)  # this process keeps a core for its own cases
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(_run_case, case, root / f"case-{index}", environment)
                   for index, (name, case) in enumerate(cases) if name in IN_A_CHILD}
        found = {}
        for index, (name, case) in enumerate(cases):
            if name not in IN_A_CHILD:
                argv, stdin = _prepare(case, root / f"case-{index}")
                found[name] = run_here(argv, stdin=stdin, cwd=str(root / f"case-{index}"))
        found.update({name: future.result() for name, future in futures.items()})
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_ends_in_bounds(name: str, outcomes, request) -> None:
    case = CASES[name]
    if case.slow_in:
        request.applymarker(pytest.mark.xfail(reason=f"still slow in {case.slow_in}", strict=False))
    assert_bounded(outcomes[name], case.expect)


def test_the_children_are_cases() -> None:
    assert IN_A_CHILD <= set(CASES), sorted(IN_A_CHILD - set(CASES))


def _refusal_kind(stderr: str) -> str:
    """What a refusal says, without where or how much: "has # characters, far more than any draft"."""
    problem = stderr.strip().removeprefix("packetcoach: ").split(": ", 1)[-1]
    return re.sub(r"\d[\d,.]*", "#", problem.split(" (")[0])


def test_every_kind_of_refusal_is_met_by_a_real_process(outcomes) -> None:
    """Each way an input is refused is seen at least once from outside: its exit status and its one
    line as a user's shell gets them, under the child's memory limit."""
    kinds = {_refusal_kind(outcome.stderr): name for name, outcome in sorted(outcomes.items())
             if outcome.code == 2}
    in_a_child = {_refusal_kind(outcomes[name].stderr) for name in IN_A_CHILD if outcomes[name].code == 2}
    missing = {kind: name for kind, name in kinds.items() if kind not in in_a_child}
    assert not missing, f"refusals seen only in-process (add a case of each to IN_A_CHILD): {missing}"


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()) if CORPUS.is_dir() else [], ids=lambda p: p.name)
def test_fuzzer_found_input_ends_in_bounds(path: Path, environment) -> None:
    assert_bounded(run_here(["check", str(path), "--format", "json"], cwd=str(path.parent)))
