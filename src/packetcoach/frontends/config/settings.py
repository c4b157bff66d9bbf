"""The settings in force for one draft, and where each came from.

Three layers, later ones winning: the built-in defaults, the project's configuration file (found
by walking up from the draft), and what the user asked for directly (command-line options, or an
editor's settings when no file sets the value). Every value is checked strictly, like a profile:
an unknown key or a bad value is a ProfileError naming the file, the line and the likely fix.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from typing import Any

from packetcoach.core.errors import ProfileError, closest
from packetcoach.core.model import SEVERITY_RANK
from packetcoach.frontends.config.files import ConfigFile

DEFAULTS: dict[str, Any] = {"profile": "amazon-pm", "level": "L6", "doc_type": "self-assessment",
                            "fail_on": "error"}
FAIL_ON = ("error", "warning", "info", "never")
RULE_VALUES = ("off", "error", "warning", "info")
KEYS = ("profile", "level", "doc_type", "fail_on", "ignore", "rules", "thresholds")
DEFAULT = "default"


@dataclass(frozen=True)
class Settings:
    """What one analysis runs with; ``origins`` says, per key, where its value came from."""

    profile: str = DEFAULTS["profile"]
    level: str = DEFAULTS["level"]
    doc_type: str = DEFAULTS["doc_type"]
    fail_on: str = DEFAULTS["fail_on"]
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    thresholds: dict[str, int] = field(default_factory=dict)
    ignore: tuple[str, ...] = ()
    config: str | None = None  # the configuration file's path
    root: str | None = None  # its directory: ignore patterns and profile paths are relative to it
    origins: dict[str, str] = field(default_factory=dict)

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def ignores(self, path: str) -> bool:
        """True when a draft matches an ``ignore`` pattern (relative to the configuration's directory)."""
        if not self.ignore or self.root is None or path == "-":
            return False
        relative = os.path.relpath(os.path.abspath(path), self.root)
        if relative.startswith(".."):
            return False
        parts = relative.replace(os.sep, "/").split("/")
        for pattern in self.ignore:
            pattern = pattern.strip().strip("/")
            if pattern.endswith("/**"):
                pattern = pattern[:-3]
            # the path itself, or a directory above it, matches
            if any(fnmatch.fnmatchcase("/".join(parts[:n]), pattern) for n in range(1, len(parts) + 1)):
                return True
            # a pattern without a slash matches a name at any depth, as in .gitignore
            if "/" not in pattern and any(fnmatch.fnmatchcase(part, pattern) for part in parts):
                return True
        return False


def _unknown(config: ConfigFile, keys: tuple[str, ...], known: list[str], what: str = "key") -> ProfileError:
    close = closest(keys[-1], known)
    hint = f"did you mean '{close}'?" if close else f"known: {', '.join(known)}"
    return ProfileError(config.path, f"unknown {what} '{'.'.join(keys)}'", hint, config.line(*keys))


def _bad(config: ConfigFile, keys: tuple[str, ...], problem: str, choices: list[str] | None = None) -> ProfileError:
    hint = None
    if choices:
        value = _value(config, keys)
        close = closest(str(value), choices) if isinstance(value, str) else None
        hint = f"did you mean '{close}'?" if close else f"use one of: {', '.join(choices)}"
    return ProfileError(config.path, f"'{'.'.join(keys)}' {problem}", hint, config.line(*keys))


def _value(config: ConfigFile, keys: tuple[str, ...]) -> Any:
    value: Any = config.data
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _string(config: ConfigFile, key: str, choices: list[str] | None = None) -> str:
    value = config.data[key]
    if not isinstance(value, str) or not value.strip():
        raise _bad(config, (key,), "must be a non-empty string", choices)
    if choices is not None and value not in choices:
        raise _bad(config, (key,), f"is '{value}', not a value packetcoach knows", choices)
    return value


def _profile_path(config: ConfigFile, value: str) -> str:
    """A built-in profile name, or a path made absolute against the configuration's directory."""
    from packetcoach.profile.load import BUILTIN  # noqa: PLC0415

    if value in BUILTIN:
        return value
    path = value if os.path.isabs(value) else os.path.normpath(os.path.join(config.directory, value))
    if not os.path.isfile(path):
        close = closest(value, list(BUILTIN))
        hint = f"did you mean '{close}'?" if close else f"use one of {', '.join(BUILTIN)} or the path of a .toml file"
        raise ProfileError(config.path, f"profile '{value}' is neither a built-in profile nor a file", hint,
                           config.line("profile"))
    return path


def _rules(config: ConfigFile) -> dict[str, dict[str, Any]]:
    from packetcoach.rules.engine import all_rules, find_rule  # noqa: PLC0415

    table = config.data["rules"]
    if not isinstance(table, dict):
        raise _bad(config, ("rules",), "must be a table of rule = \"off\" | \"error\" | \"warning\" | \"info\"")
    names = [rule.name for rule in all_rules()]
    settings: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        rule = find_rule(key)
        if rule is None:
            raise _unknown(config, ("rules", key), names, "rule")
        settings[rule.name] = _rule_setting(config, key, value)
    return settings


def _rule_setting(config: ConfigFile, key: str, value: Any) -> dict[str, Any]:
    """``"off"`` or a severity, or the profile's table form ``{enabled = false, severity = "info"}``."""
    keys = ("rules", key)
    if isinstance(value, str):
        if value not in RULE_VALUES:
            raise _bad(config, keys, f"is '{value}', not a rule setting", list(RULE_VALUES))
        return {"enabled": False} if value == "off" else {"enabled": True, "severity": value}
    if not isinstance(value, dict):
        raise _bad(config, keys, "must be \"off\", a severity, or a table", list(RULE_VALUES))
    setting: dict[str, Any] = {}
    for name, inner in value.items():
        if name == "enabled" and isinstance(inner, bool):
            setting["enabled"] = inner
        elif name == "severity" and isinstance(inner, str) and inner in SEVERITY_RANK:
            setting["severity"] = inner
        elif name in ("enabled", "severity"):
            choices = None if name == "enabled" else list(SEVERITY_RANK)
            raise _bad(config, keys + (name,), "must be true or false" if name == "enabled"
                       else f"is '{inner}', not a severity", choices)
        else:
            raise _unknown(config, keys + (name,), ["enabled", "severity"])
    return setting


def _thresholds(config: ConfigFile, profile: str) -> dict[str, int]:
    from packetcoach.profile.load import load_profile  # noqa: PLC0415

    table = config.data["thresholds"]
    if not isinstance(table, dict):
        raise _bad(config, ("thresholds",), "must be a table of whole numbers")
    known = sorted(load_profile(profile).table("thresholds"))
    for key, value in table.items():
        if key not in known:
            raise _unknown(config, ("thresholds", key), known, "threshold")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise _bad(config, ("thresholds", key), f"must be a whole number of at least 1, not {value!r}")
    return dict(table)


def _ignore(config: ConfigFile) -> tuple[str, ...]:
    value = config.data["ignore"]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _bad(config, ("ignore",), 'must be a list of path patterns, e.g. ["archive/**", "README.md"]')
    return tuple(value)
