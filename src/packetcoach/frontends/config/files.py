"""Finding and reading the project's configuration file.

From the draft's directory upwards, the first ``.packetcoach.toml``, or ``pyproject.toml`` with a
``[tool.packetcoach]`` table, is the configuration (a pyproject.toml without that table is passed
over, as other Python tools do). The TOML parser gives no positions, so a small scanner records the
line of every key: an error then names the line the user has to fix.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from packetcoach.core.errors import ProfileError

CONFIG_NAME = ".packetcoach.toml"
PYPROJECT = "pyproject.toml"
PYPROJECT_TABLE = ("tool", "packetcoach")
# Compiled when first used (Python's re keeps them): only a project with a configuration file is read.
_HEADER = r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$"
_KEY = r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*="""
_PART = r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)"""


@dataclass(frozen=True)
class ConfigFile:
    """One configuration file: its path, its packetcoach table and the line of every key."""

    path: str
    data: dict[str, Any]
    lines: dict[tuple[str, ...], int] = field(default_factory=dict)
    prefix: tuple[str, ...] = ()  # ("tool", "packetcoach") in a pyproject.toml

    @property
    def directory(self) -> str:
        return os.path.dirname(self.path)

    def line(self, *keys: str) -> int | None:
        """The line that sets a key (or, failing that, its table), relative to the packetcoach table."""
        keys = self.prefix + keys
        while keys:
            if keys in self.lines:
                return self.lines[keys]
            keys = keys[:-1]
        return None

    def where(self, *keys: str) -> str:
        line = self.line(*keys)
        return f"{self.path}:{line}" if line else self.path


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip("\"'") for part in re.findall(_PART, dotted))


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line (1-based) of every table header and key, by its full dotted path."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    in_string = False
    for number, line in enumerate(text.splitlines(), 1):
        toggles = (line.count('"""') + line.count("'''")) % 2 == 1  # a multi-line string opens or closes
        if in_string:
            in_string = not toggles
            continue
        in_string = toggles
        header = re.match(_HEADER, line)
        if header:
            table = _parts(header.group(1).strip("[] "))
            lines.setdefault(table, number)
            continue
        key = re.match(_KEY, line)
        if key:
            lines.setdefault(table + _parts(key.group(1)), number)
    return lines


def read_config(path: str) -> ConfigFile | None:
    """Parse one candidate file; None for a pyproject.toml without a packetcoach table."""
    import tomllib  # noqa: PLC0415 - only a project with a configuration file pays for the parser

    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except OSError as error:
        raise ProfileError(path, f"cannot read the configuration: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ProfileError(path, "the configuration is not UTF-8 text", "save it as UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, f"not valid TOML: {error}", "check quotes and brackets") from None
    if os.path.basename(path) == PYPROJECT:
        table = data.get("tool", {}).get("packetcoach") if isinstance(data.get("tool"), dict) else None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ProfileError(path, "'tool.packetcoach' must be a table", line=key_lines(text).get(PYPROJECT_TABLE))
        return ConfigFile(os.path.abspath(path), table, key_lines(text), PYPROJECT_TABLE)
    return ConfigFile(os.path.abspath(path), data, key_lines(text))


def find_config(start: str) -> ConfigFile | None:
    """The configuration in force for a draft (or a directory): the nearest one upwards."""
    directory = os.path.abspath(start)
    if not os.path.isdir(directory):
        directory = os.path.dirname(directory)
    while True:
        for name in (CONFIG_NAME, PYPROJECT):
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                config = read_config(candidate)
                if config is not None:
                    return config
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent
