"""Which of the library's later features this installation has, so the page shows each one that
exists and says plainly which do not (never a stand-in)."""

from __future__ import annotations

from functools import lru_cache
from importlib import util

# feature -> the module that provides it
MODULES = {
    "calibrate": "packetcoach.output.calibrate.json",
    "plan": "packetcoach.plan.build",
    "history": "packetcoach.store.queries",
}


def _present(module: str) -> bool:
    try:
        return util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


@lru_cache(maxsize=1)
def available() -> dict[str, bool]:
    return {name: _present(module) for name, module in MODULES.items()}
