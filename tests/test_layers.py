"""The tree shows the layers: every module imports only from its own layer or the ones below it.

Lazy imports inside functions count too: a lower layer reaching up at run time is still a
back-edge. The ranks are the picture in docs/architecture.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "packetcoach"
RANKS = {
    "_version": 0, "core": 0, "readers": 0,
    "profile": 1,
    "text": 2,
    "analysis": 3,
    "rules": 4,
    "coach": 5, "plan": 5, "store": 5,
    "output": 6,
    "api": 7,
    "session": 8, "evaluate": 8, "calibrate": 8,
    "frontends": 9, "__init__": 9, "__main__": 9,
}


def _layer(module: str) -> str:
    return module.split(".")[1] if module.count(".") else "__init__"


def _type_only(tree: ast.Module) -> set[int]:
    """Ids of the import nodes under ``if TYPE_CHECKING:``: annotations, not dependencies."""
    guarded = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            guarded.update(id(inner) for inner in ast.walk(node))
    return guarded


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_only(tree)
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("packetcoach"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("packetcoach"))
    return {name for name in found if name.count(".") >= 1 or name == "packetcoach"}


def _modules():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        yield ".".join(relative.parts), path


def test_every_layer_is_ranked() -> None:
    for module, _ in _modules():
        assert _layer(module) in RANKS, f"{module}: add its layer to docs/architecture.md and RANKS"


def test_imports_only_go_down() -> None:
    upward = []
    for module, path in _modules():
        rank = RANKS[_layer(module)]
        for target in _imports(path):
            if target == "packetcoach":
                continue
            name = target.split(".")[1]
            if name in RANKS and RANKS[name] > rank:
                upward.append(f"{module} -> {target}")
    assert not upward, "imports that reach up a layer:\n" + "\n".join(sorted(upward))
