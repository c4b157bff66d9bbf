"""packetcoach: the skeptical reviewer for self-assessment and promotion documents.

Library first: ``packetcoach.analyze(text, profile=..., level=...)`` returns a
typed :class:`~packetcoach.core.report.Report`; the CLI, the JSON writer, the web app
and the language server are thin layers over it.

The names below load on first use (PEP 562): ``import packetcoach.frontends.cli.main``
imports this package first, and a command that never analyses (``--help``, ``rules``,
``history``) should not pay for the whole pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from packetcoach._version import __version__

if TYPE_CHECKING:
    from packetcoach.api import analyze, analyze_item
    from packetcoach.core.errors import ExitCode, InputError, PacketcoachError, ProfileError, UsageError
    from packetcoach.core.report import Report
    from packetcoach.output.json import report_json
    from packetcoach.session import Session

#: Each public name and the module that defines it.
_HOME = {
    "analyze": "packetcoach.api", "analyze_item": "packetcoach.api", "Session": "packetcoach.session",
    "Report": "packetcoach.core.report", "report_json": "packetcoach.output.json",
    "ExitCode": "packetcoach.core.errors", "PacketcoachError": "packetcoach.core.errors",
    "InputError": "packetcoach.core.errors", "ProfileError": "packetcoach.core.errors",
    "UsageError": "packetcoach.core.errors",
}

__all__ = [
    "analyze", "analyze_item", "Session", "Report", "report_json", "ExitCode", "PacketcoachError",
    "InputError", "ProfileError", "UsageError", "__version__",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'packetcoach' has no attribute {name!r}")
    from importlib import import_module  # noqa: PLC0415

    value = getattr(import_module(home), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
