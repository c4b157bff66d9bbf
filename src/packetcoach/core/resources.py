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


def read_package_bytes(*parts: str) -> bytes:
    """A shipped file's bytes as they are: what a cache key hashes (core/cache.py ``digest`` takes
    them as the UTF-8 of the text), without decoding the text only to encode it again."""
    with open(package_path(*parts), "rb") as handle:
        return handle.read()


def load_package_toml(*parts: str) -> dict:
    """A shipped TOML file, parsed once per content and kept in the user cache as JSON.

    Parsing the rule and wording files on every run costs as much as analysing a short draft; the
    parsed form is keyed by the file's exact text, so an edit is picked up at once.
    """
    from packetcoach.core import cache  # noqa: PLC0415 - cache imports the version only

    kind = "toml-" + "-".join(parts).replace(".toml", "").replace(os.sep, "-")
    key = cache.digest(read_package_bytes(*parts))
    data = cache.load(kind, key)
    if data is None:
        import tomllib  # noqa: PLC0415 - only when the cache has no copy

        data = tomllib.loads(read_package_text(*parts))
        cache.store(kind, key, data)
    return data
