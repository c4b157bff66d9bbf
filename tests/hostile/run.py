"""Run one command on one input in a child process, bounded in time and memory, and measure it.

The child gets a memory limit (RLIMIT_AS: an allocation past it fails instead of swapping the
machine) and a processor-time limit (RLIMIT_CPU), and is killed at a wall-clock timeout (a hang,
such as a blocking read, uses no processor time), so a regression is a failed test in seconds,
not a build that hangs. The bound checked is processor time, which on an idle machine is the
wall-clock time and which other work on a busy machine does not inflate much.
``PACKETCOACH_HOSTILE_SLACK`` multiplies the time limits on a slow machine.

:func:`run_here` runs the same command in this process, through the command line's ``main()``:
the same code without a new interpreter's start-up, for the many cases whose kind of input a
child process already covers. It measures the processor time of the call; its memory figure is
this whole process's peak, so the bound it checks is stricter than a child's.

    python tests/hostile/run.py FILE [packetcoach arguments]   # one input, by hand
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

SLACK = float(os.environ.get("PACKETCOACH_HOSTILE_SLACK", "1"))
TIME_LIMIT = 2.0 * SLACK  # processor seconds
# Seconds on the clock, for hangs only: the bound is processor time (the kernel's RLIMIT_CPU stops a
# runaway loop), and on a machine shared by many processes a child that uses 0.8 s of processor time
# can wait more than 10 s for it.
WALL_LIMIT = 60.0 * SLACK
MEMORY_LIMIT = 500 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    code: int | None  # None when killed at the wall-clock timeout
    stderr: str
    seconds: float  # wall clock
    cpu_seconds: float
    peak_bytes: int

    @property
    def timed_out(self) -> bool:
        return self.code is None or self.cpu_seconds > TIME_LIMIT

    def summary(self) -> str:
        state = "killed at the timeout" if self.code is None else f"exit {self.code}"
        return (f"{state} after {self.cpu_seconds:.2f} s of processor time ({self.seconds:.2f} s on the clock), "
                f"{self.peak_bytes / 2**20:.0f} MB: {self.stderr.strip()[:300]!r}")


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    seconds = int(TIME_LIMIT) + 2  # the kernel stops a runaway loop even if this process cannot
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))


def run(argv: list[str], stdin: str | None = None, cwd: str | None = None, env: dict | None = None) -> Outcome:
    """``python -m packetcoach ARGV`` with ``stdin`` (a path) as standard input, in bounds."""
    with tempfile.TemporaryFile() as errors, open(stdin or os.devnull, "rb") as source:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "packetcoach", *argv], stdin=source,
                                 stdout=subprocess.DEVNULL, stderr=errors, cwd=cwd, env=env,
                                 preexec_fn=_limit_memory)
        code, usage = _wait(child, started + WALL_LIMIT)
        seconds = time.perf_counter() - started
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    return Outcome(code, text, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024)


def _wait(child: subprocess.Popen, deadline: float):
    """Wait for the child, killing it at the deadline; its exit code (None if killed) and usage."""
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return child.returncode, usage
        if time.perf_counter() > deadline:
            child.kill()
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = -9
            return None, usage
        time.sleep(0.005)


def run_here(argv: list[str], stdin: str | None = None, cwd: str | None = None) -> Outcome:
    """``main(ARGV)`` in this process, with ``stdin`` (a path) as standard input and ``cwd`` as the
    working directory; a traceback escaping ``main`` shows in the outcome's stderr, as a child's would."""
    from packetcoach.frontends.cli.main import main  # noqa: PLC0415

    errors, previous = io.StringIO(), os.getcwd()
    with open(stdin or os.devnull, "rb") as source, contextlib.redirect_stderr(errors), \
            contextlib.redirect_stdout(io.StringIO()):
        saved_stdin, sys.stdin = sys.stdin, io.TextIOWrapper(source)  # read through .buffer, as a child's
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            os.chdir(cwd or previous)
            code = main(argv, out=io.StringIO())
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
        except BaseException:  # noqa: BLE001 - reported as a child's traceback would be
            import traceback  # noqa: PLC0415

            errors.write(traceback.format_exc())
            code = 70
        finally:
            cpu_seconds = time.process_time() - cpu_started
            sys.stdin.detach()  # the file is closed by its own ``with``
            sys.stdin = saved_stdin
            os.chdir(previous)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return Outcome(code, errors.getvalue(), seconds, cpu_seconds, peak)


if __name__ == "__main__":
    print(run(sys.argv[2:] or ["check", sys.argv[1]] if len(sys.argv) > 1 else ["--help"]).summary())
