"""Coverage-guided search for slow shapes of text: what, repeated, makes the analysis slow.

    pip install atheris
    python fuzz/fuzz_shapes.py -max_total_time=300 -artifact_prefix=fuzz/artifacts/

A quadratic path needs a long input to show, and libFuzzer's inputs are short, so the fuzzed
bytes are a *unit* (a few characters, or two units and a separator) that is repeated until the
text reaches the analysis limits, then analysed. An analysis that takes more than the budget of
processor time fails with the unit in the message, and libFuzzer saves the input as a crash; add
the unit to tests/hostile/cases.py (UNITS) or the file to tests/hostile/corpus/, fix the path,
and the corpus run in CI keeps it fixed. Reader shapes are covered by fuzz_readers.py.
"""

from __future__ import annotations

import os
import sys
import time

import atheris

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "hostile"))

with atheris.instrument_imports():
    from packetcoach import api
    from packetcoach.core.errors import PacketcoachError

from cases import largest  # noqa: E402  (after the instrumented imports)

BUDGET = float(os.environ.get("PACKETCOACH_SHAPE_BUDGET", "1.5"))  # processor seconds per text
api.analyze("- Launched the seller flow, raising completion from 71% to 89%.\n")  # compile the profile once


def text_of(data: bytes) -> str | None:
    """The fuzzed bytes as a unit of text, repeated to the limits (None if there is nothing to repeat)."""
    provider = atheris.FuzzedDataProvider(data)
    unit = provider.ConsumeUnicodeNoSurrogates(24)
    if not unit:
        return None
    return largest(unit)


def fuzz_shape(data: bytes) -> None:
    text = text_of(data)
    if text is None:
        return
    started = time.process_time()
    try:
        api.analyze(text)
    except PacketcoachError:
        pass
    spent = time.process_time() - started
    if spent > BUDGET:
        raise AssertionError(f"{spent:.2f} s of processor time on {text[:60]!r}... ({len(text)} characters)")


SEEDS = ["a,", ".", "[", "- Built x for sellers, from 1% to 2%.\n", "# h\n\np\n\n", "I think ", "<!-- x -->",
         "e.g. A ", "by 5% ", "\u200bx"]


def main() -> None:
    atheris.Setup(sys.argv, fuzz_shape)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
