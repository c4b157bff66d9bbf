"""The forty-fourth start-up round: what a fresh ``check`` process builds before it reads a word.

Named tuples are made with their field types as objects (no ``typing.ForwardRef`` compiled for
each field at every start), and the stored lexicon is read in its compact shape exactly as the
filed one.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _named_tuple_modules() -> list[tuple[Path, bool]]:
    """Every module that makes a named tuple by class syntax, and whether it postpones annotations."""
    found = []
    for path in sorted((SRC / "packetcoach").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        makes = any(isinstance(node, ast.ClassDef) and any(getattr(base, "id", None) == "NamedTuple"
                                                              for base in node.bases)
                    for node in ast.walk(tree))
        if makes:
            postponed = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
                            and any(name.name == "annotations" for name in node.names) for node in tree.body)
            found.append((path, postponed))
    return found


def test_no_module_that_makes_a_named_tuple_postpones_its_annotations() -> None:
    modules = _named_tuple_modules()
    assert len(modules) > 20
    assert [path.relative_to(SRC).as_posix() for path, postponed in modules if postponed] == []


def test_a_check_start_compiles_almost_no_field_type() -> None:
    """Importing the check path compiles a handful of forward references at most (the profile's
    two classes defined after the rubric, typing's own), not one per field of every record."""
    script = (
        "import typing\n"
        "count = [0]\n"
        "init = typing.ForwardRef.__init__\n"
        "def counted(self, *args, **kwargs):\n"
        "    count[0] += 1\n"
        "    init(self, *args, **kwargs)\n"
        "typing.ForwardRef.__init__ = counted\n"
        "import packetcoach.api, packetcoach.output.json, packetcoach.frontends.cli.main\n"
        "import packetcoach.frontends.cli.check, packetcoach.frontends.cli.history\n"
        "print(count[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert int(done.stdout) <= 10
