"""The two sides of ``packetcoach diff``: each a draft file or ``@ID``, a version in the history.

Both sides are analysed now, with the same profile, level and document type, so the diff shows
what changed in the draft and not what changed in packetcoach. The settings are the options
given, else those the newer history version was checked with, else the defaults.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from packetcoach.core.errors import InputError, UsageError
from packetcoach.core.report import Report

DEFAULTS = {"profile": "amazon-pm", "level": "L6", "doc_type": "self-assessment"}


@dataclass(frozen=True)
class Side:
    name: str
    text: str
    settings: dict[str, str] | None  # what a history version was judged with; None for a file


@dataclass(frozen=True)
class Analysed:
    name: str
    report: Report


def _version_id(spec: str) -> int | None:
    if spec.startswith("@") and spec[1:].isdigit():
        return int(spec[1:])
    return None


def _from_history(spec: str, version_id: int) -> Side:
    from packetcoach.store.connection import open_store, translated  # noqa: PLC0415
    from packetcoach.store.paths import database_path  # noqa: PLC0415
    from packetcoach.store.queries import version  # noqa: PLC0415

    path = database_path()
    store = open_store(path, create=False)
    found = None
    if store is not None:
        with store, translated(path):
            found = version(store, version_id)
    if found is None or found.text is None:
        raise UsageError(spec, "no such version in the history", "packetcoach history lists the ids")
    settings = {"profile": found.profile, "level": found.level, "doc_type": found.doc_type}
    return Side(f"{spec} ({found.source}, {found.at})", found.text, settings)


def _from_file(spec: str) -> Side:
    from packetcoach.readers import read_path  # noqa: PLC0415

    source = read_path(spec)
    if not source.text.strip():
        raise InputError(spec, "empty draft, nothing to analyse")
    return Side(spec, source.text, None)


def _side(spec: str) -> Side:
    version_id = _version_id(spec)
    return _from_history(spec, version_id) if version_id is not None else _from_file(spec)


def load_sides(args: argparse.Namespace) -> tuple[Analysed, Analysed]:
    """Read both sides, settle the settings once, analyse both with them."""
    from packetcoach.api import analyze, check_options  # noqa: PLC0415

    old, new = _side(args.old), _side(args.new)
    stored = new.settings or old.settings or DEFAULTS
    settings = {name: getattr(args, name) or stored[name] for name in DEFAULTS}
    check_options(settings["profile"], settings["level"], settings["doc_type"])
    return tuple(Analysed(side.name, analyze(side.text, source=side.name, **settings))  # type: ignore[return-value]
                 for side in (old, new))
