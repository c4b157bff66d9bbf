"""Read files shipped inside the package.

A plain path next to this module rather than importlib.resources: packetcoach is always installed
as files on disk, and importlib.resources pulls in pathlib, zipfile and urllib at start-up (~10 ms
of a command that should cost no more than a prose linter).
"""

from __future__ import annotations

import os

PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def package_path(*parts: str) -> str:
    return os.path.join(PACKAGE_DIR, *parts)


def read_package_text(*parts: str) -> str:
    with open(package_path(*parts), encoding="utf-8") as handle:
        return handle.read()


def load_package_toml(*parts: str) -> dict:
    """A shipped TOML file, parsed once per content and kept in the user cache as JSON.

    Parsing the rule and wording files on every run costs as much as analysing a short draft; the
    parsed form is keyed by the file's exact text, so an edit is picked up at once.
    """
    from packetcoach.core import cache  # noqa: PLC0415 - cache imports the version only

    text = read_package_text(*parts)
    kind = "toml-" + "-".join(parts).replace(".toml", "").replace(os.sep, "-")
    key = cache.digest(text)
    data = cache.load(kind, key)
    if data is None:
        import tomllib  # noqa: PLC0415 - only when the cache has no copy

        data = tomllib.loads(text)
        cache.store(kind, key, data)
    return data
