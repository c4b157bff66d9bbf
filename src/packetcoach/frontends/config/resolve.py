"""Putting the layers together: defaults, then the configuration file, then the user's own choice."""

from __future__ import annotations

from typing import Any

from packetcoach.core.errors import ProfileError, closest
from packetcoach.frontends.config.files import ConfigFile, find_config
from packetcoach.frontends.config.settings import (
    DEFAULTS, FAIL_ON, KEYS, Settings, _ignore, _profile_path, _rules, _string, _thresholds, _unknown,
)


def _from_file(config: ConfigFile) -> tuple[dict[str, Any], dict[str, str]]:
    """Every value the file sets, validated, with the place that sets it."""
    for key in config.data:
        if key not in KEYS:
            raise _unknown(config, (key,), list(KEYS))
    values: dict[str, Any] = {}
    if "profile" in config.data:
        values["profile"] = _profile_path(config, _string(config, "profile"))
    for key in ("level", "doc_type"):
        if key in config.data:
            values[key] = _string(config, key)
    if "fail_on" in config.data:
        values["fail_on"] = _string(config, "fail_on", list(FAIL_ON))
    if "rules" in config.data:
        values["rules"] = _rules(config)
    if "ignore" in config.data:
        values["ignore"] = _ignore(config)
    origins = {key: config.where(key) for key in values}
    for name in values.get("rules", {}):
        origins[f"rules.{name}"] = config.where("rules", _rule_key(config, name))
    return values, origins


def _rule_key(config: ConfigFile, name: str) -> str:
    """The key the file used for a rule (its id or its name)."""
    from packetcoach.rules.engine import find_rule  # noqa: PLC0415

    return next((key for key in config.data.get("rules", {}) if (rule := find_rule(key)) and rule.name == name), name)


def _check_against_profile(config: ConfigFile, values: dict[str, Any], profile: str) -> None:
    """A level or document type from the file must exist in the profile in force."""
    from packetcoach.profile.load import load_profile  # noqa: PLC0415

    loaded = load_profile(profile)
    for key, table in (("level", "ladder"), ("doc_type", "doc_types")):
        known = sorted(loaded.table(table))
        if key in values and known and values[key] not in known:
            close = closest(values[key], known)
            hint = f"did you mean '{close}'?" if close else f"the profile knows {', '.join(known)}"
            raise ProfileError(config.path, f"'{key}' is '{values[key]}', which profile {loaded.name} does not know",
                               hint, config.line(key))


def resolve(start: str, overrides: dict[str, tuple[Any, str]] | None = None,
            fallbacks: dict[str, tuple[Any, str]] | None = None) -> Settings:
    """The settings for a draft at ``start`` (a file, a directory, or "-" for the working directory).

    ``overrides`` (the command line) beat the file; ``fallbacks`` (an editor's settings) apply only
    where the file is silent. Each maps a key to (value, where it came from).
    """
    config = find_config("." if start == "-" else start)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, (value, origin) in (fallbacks or {}).items():
        if value is not None:
            values[key], origins[key] = value, origin
    if config is not None:
        file_values, file_origins = _from_file(config)
        values.update(file_values)
        origins.update(file_origins)
        profile = values.get("profile", DEFAULTS["profile"])
        if "thresholds" in config.data:
            values["thresholds"] = _thresholds(config, profile)
            origins.update({f"thresholds.{key}": config.where("thresholds", key) for key in values["thresholds"]})
            origins["thresholds"] = config.where("thresholds")
        _check_against_profile(config, file_values, profile)
    for key, (value, origin) in (overrides or {}).items():
        if value is not None:
            values[key], origins[key] = value, origin
    return Settings(**values, config=config.path if config else None,
                    root=config.directory if config else None, origins=origins)
