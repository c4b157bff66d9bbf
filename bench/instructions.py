"""Instructions per warm analysis, counted by valgrind's callgrind: a figure the machine's load
cannot move, so two trees can be compared on a busy machine where milliseconds cannot.

    python bench/instructions.py [--repo DIR] full|session WORDS

``full`` counts one warm ``analyze()`` of the generated packet of WORDS words (bench/textgen.py);
``session`` counts one ``Session.analyze()`` after a one-word edit. Each count runs the driver
twice, with one and with four measured analyses after the warm-up, and divides the difference by
three, so interpreter start-up, imports and warm-up cancel. Needs valgrind (Debian: ``apt install
valgrind``). Run with PYTHONDONTWRITEBYTECODE unset after ``python -m compileall src``, so both
runs read the same bytecode.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DRIVER = '''
import sys
sys.path.insert(0, {src!r}); sys.path.insert(0, {bench!r})
from textgen import make_packet
import packetcoach
text = make_packet({words}, 1)
measured = int(sys.argv[1])
if {mode!r} == "full":
    packetcoach.analyze(text); packetcoach.analyze(text)
    for _ in range(measured):
        packetcoach.analyze(text)
else:
    session = packetcoach.Session()
    session.analyze(text)
    words = text.split(" ")
    middle = len(words) // 2
    for edit in range(measured + 1):
        edited = list(words); edited[middle] += "x" * (edit + 1)
        session.analyze(" ".join(edited))
'''


def count(driver: Path, measured: int, env: dict[str, str]) -> int:
    """Instructions callgrind collects for one run of the driver."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                           str(driver), str(measured)], capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        sys.exit(f"bench/instructions.py: callgrind gave no count: {done.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("full", "session"))
    parser.add_argument("words", type=int)
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the tree to count (default: this one)")
    args = parser.parse_args()
    repo = args.repo.resolve()
    with tempfile.TemporaryDirectory() as folder:
        driver = Path(folder, "driver.py")
        driver.write_text(DRIVER.format(src=str(repo / "src"), bench=str(repo / "bench"), words=args.words,
                                        mode=args.mode))
        env = {key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
        env |= {"PYTHONHASHSEED": "0", "PACKETCOACH_CACHE_DIR": str(Path(folder, "cache"))}
        subprocess.run([sys.executable, str(driver), "0"], env=env, capture_output=True, check=True)  # fills the cache
        one, four = count(driver, 1, env), count(driver, 4, env)
    print(f"{args.mode} {args.words} words: {(four - one) / 3 / 1e6:.1f} M instructions per analysis")


if __name__ == "__main__":
    main()
