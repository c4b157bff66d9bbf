"""A test helper that tells linear from quadratic by timing, robust to the machine's speed.

Absolute time limits depend on the machine; the ratio between two sizes does not. Work that is
linear takes about four times as long on four times the input; work that rescans the rest of the
text at each position takes sixteen times as long. The best of a few runs keeps noise out.
"""

from __future__ import annotations

import gc
import time
from typing import Callable


def best_time(run: Callable[[], object], repeat: int = 3) -> float:
    """The least processor time of ``repeat`` runs of ``run``.

    Processor time of this process, not wall time: on a shared machine other processes take the
    processor away at random, which wall time counts as if the work had grown. Objects that
    existed before the first run are frozen out of the collector for the measurement: the test
    process may hold a large heap (other tests' caches), and a full collection before each run
    would walk all of it for nothing, since only what the runs allocate can become garbage here.
    """
    best = float("inf")
    gc.freeze()
    try:
        for _ in range(repeat):
            gc.collect()
            gc.disable()  # a collection in one run and not the other is noise, not growth
            try:
                started = time.process_time()
                run()
                best = min(best, time.process_time() - started)
            finally:
                gc.enable()
    finally:
        gc.unfreeze()
    return best


def growth(work: Callable[[int], object], size: int, factor: int = 4, repeat: int = 3,
           floor: float = 0.05, most: int = 2_000_000) -> float:
    """How many times longer ``work`` takes on ``factor`` times the input (about ``factor`` if linear).

    The first size is doubled until one run takes ``floor`` seconds: below that, allocation and
    cache effects, not the algorithm, decide the ratio.
    """
    small = best_time(lambda: work(size), repeat)
    while small < floor and size * factor * 2 <= most:
        size *= 2
        small = best_time(lambda: work(size), repeat)
    if small < floor:
        return float(factor)  # too fast to measure even at the largest size: no growth to see
    large = best_time(lambda: work(size * factor), repeat)
    return large / max(small, 1e-4)


def assert_linear(work: Callable[[int], object], size: int, factor: int = 4, repeat: int = 2) -> None:
    """Fail when ``work`` grows faster than linearly: a quadratic path takes ``factor`` squared
    times as long, and the margin below that is left to the noise of a shared machine."""
    ratio = growth(work, size, factor, repeat)
    if ratio >= factor * 2.5:  # a busy moment can fake growth once; a quadratic path shows it every time
        ratio = min(ratio, growth(work, size, factor, repeat))
    assert ratio < factor * 2.5, f"{factor}x the input took {ratio:.1f}x the time: not linear"
