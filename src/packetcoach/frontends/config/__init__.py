"""The project configuration (``.packetcoach.toml`` or ``[tool.packetcoach]``), read by the CLI and the LSP."""

from packetcoach.frontends.config.files import CONFIG_NAME, ConfigFile, find_config
from packetcoach.frontends.config.resolve import resolve
from packetcoach.frontends.config.settings import DEFAULTS, Settings

__all__ = ["CONFIG_NAME", "ConfigFile", "DEFAULTS", "Settings", "find_config", "resolve"]
