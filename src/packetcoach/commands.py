"""Commands beyond check/rules/explain, registered here so cli.py stays small."""

from __future__ import annotations

import argparse
from typing import Callable, IO

EXTRA_COMMANDS: dict[str, Callable[[argparse.Namespace, IO[str]], int]] = {}


def register_extra_commands(commands, add_analysis_options) -> None:
    """Hook for eval, rewrite and rehearse; each adds its parser and its handler."""
    del commands, add_analysis_options
