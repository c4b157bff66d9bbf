"""packetcoach: the skeptical reviewer for self-assessment and promotion documents.

Library first: ``packetcoach.analyze(text, profile=..., level=...)`` returns a
typed :class:`~packetcoach.core.report.Report`; the CLI, the JSON writer, the web app
and the language server are thin layers over it.
"""

from packetcoach._version import __version__
from packetcoach.api import analyze, analyze_item
from packetcoach.core.errors import ExitCode, InputError, PacketcoachError, ProfileError, UsageError
from packetcoach.core.report import Report
from packetcoach.output.json import report_json
from packetcoach.session import Session

__all__ = [
    "analyze", "analyze_item", "Session", "Report", "report_json", "ExitCode", "PacketcoachError",
    "InputError", "ProfileError", "UsageError", "__version__",
]
