"""``packetcoach config``: the settings in force for a draft, and where each one came from."""

from __future__ import annotations

from typing import Any

from packetcoach.frontends.config.settings import Settings

SCHEMA_ID = "packetcoach.config/1"


def settings_json(settings: Settings, target: str) -> dict[str, Any]:
    """Every setting as {"value", "from"}; rules and thresholds one entry per key."""
    def entry(key: str, value: Any) -> dict[str, Any]:
        return {"value": value, "from": settings.origin(key)}

    return {
        "schema": SCHEMA_ID,
        "for": target,
        "config_file": settings.config,
        "ignored": settings.ignores(target),
        "settings": {
            "profile": entry("profile", settings.profile),
            "level": entry("level", settings.level),
            "doc_type": entry("doc_type", settings.doc_type),
            "fail_on": entry("fail_on", settings.fail_on),
            "ignore": entry("ignore", list(settings.ignore)),
            "rules": {name: entry(f"rules.{name}", value) for name, value in sorted(settings.rules.items())},
            "thresholds": {name: entry(f"thresholds.{name}", value)
                           for name, value in sorted(settings.thresholds.items())},
        },
    }


def _rule_text(value: dict[str, Any]) -> str:
    if value.get("enabled") is False:
        return "off"
    return str(value.get("severity", "on"))


def render_text(settings: Settings, target: str) -> str:
    """Aligned rows: setting, value, origin."""
    rows = [("profile", settings.profile, settings.origin("profile")),
            ("level", settings.level, settings.origin("level")),
            ("doc_type", settings.doc_type, settings.origin("doc_type")),
            ("fail_on", settings.fail_on, settings.origin("fail_on")),
            ("ignore", ", ".join(settings.ignore) or "(nothing)", settings.origin("ignore"))]
    rows += [(f"rules.{name}", _rule_text(value), settings.origin(f"rules.{name}"))
             for name, value in sorted(settings.rules.items())]
    rows += [(f"thresholds.{name}", str(value), settings.origin(f"thresholds.{name}"))
             for name, value in sorted(settings.thresholds.items())]
    head = [f"settings for {target}",
            f"configuration file: {settings.config or 'none found (defaults apply)'}"]
    if settings.ignores(target):
        head.append("this path is ignored by the configuration: check skips it")
    key_width = max(len(row[0]) for row in rows)
    value_width = max(len(row[1]) for row in rows)
    lines = [f"  {key:<{key_width}}  {value:<{value_width}}  {origin}" for key, value, origin in rows]
    return "\n".join(head + [""] + lines) + "\n"
