"""Read files shipped inside the package.

A plain path next to this module rather than importlib.resources: packetcoach is always installed
as files on disk, and importlib.resources pulls in pathlib, zipfile and urllib at start-up (~10 ms
of a command that should cost no more than a prose linter).
"""

from __future__ import annotations

import os

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def package_path(*parts: str) -> str:
    return os.path.join(PACKAGE_DIR, *parts)


def read_package_text(*parts: str) -> str:
    with open(package_path(*parts), encoding="utf-8") as handle:
        return handle.read()
