"""packetcoach: the skeptical reviewer for self-assessment and promotion documents.

Library first: ``packetcoach.analyze(text, profile=..., level=...)`` returns a
typed :class:`~packetcoach.report.Report`; the CLI, the JSON writer, the web app
and the language server are thin layers over it.
"""

from ._version import __version__
from .analyze import analyze, analyze_item
from .errors import ExitCode, InputError, PacketcoachError, ProfileError, UsageError
from .report import Report, report_json

__all__ = [
    "analyze", "analyze_item", "Report", "report_json", "ExitCode", "PacketcoachError",
    "InputError", "ProfileError", "UsageError", "__version__",
]
