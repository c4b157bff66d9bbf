"""GitHub Actions workflow commands: ``::warning file=...,line=...::message`` for each finding.

Printed by a step of a workflow, each line becomes an annotation on the file and line in the pull
request and the run summary. Values are escaped as the runner unescapes them: ``%``, CR and LF in
the message, and also ``:`` and ``,`` in the properties. Columns count UTF-16 units, as the web
page that shows them does, and are given only for a finding on one line.
"""

from __future__ import annotations

from packetcoach.core.report import Report
from packetcoach.output.positions import PositionIndex

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    """One workflow command line; properties with a None value are left out."""
    given = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{level} {given}::{escape_data(message)}" if given else f"::{level}::{escape_data(message)}"


def render(report: Report) -> str:
    """One annotation per finding; the suggestion follows the message on its own line."""
    index = PositionIndex(report.document.text)
    lines = []
    for finding in report.findings:
        (line, column), (end_line, end_column) = (index.position(finding.span.start),
                                                  index.position(finding.span.end))
        same_line = line == end_line
        message = finding.message + (f"\n{finding.suggestion}" if finding.suggestion else "")
        lines.append(command(
            LEVELS[finding.severity], message, file=report.source, line=line + 1, endLine=end_line + 1,
            col=column + 1 if same_line else None, endColumn=end_column + 1 if same_line else None,
            title=f"packetcoach {finding.name} ({finding.rule})"))
    return "".join(line + "\n" for line in lines)


def render_error(where: str, problem: str) -> str:
    """A draft that could not be read, as an error annotation on the file."""
    return command("error", problem, file=where if where != "-" else None, title="packetcoach") + "\n"
