"""Checkstyle XML: the report format CI servers and review bots (Jenkins, reviewdog, Sonar) import.

One ``<file>`` per draft and one ``<error>`` per finding, with 1-based line and column (characters,
as in the JSON report), the severity, the message and ``source="packetcoach.<rule name>"``.
Characters XML 1.0 cannot carry (control characters a draft may contain) become U+FFFD.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterable

from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.core.regexes import compiled

_NOT_XML = compiled("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CHECKSTYLE_VERSION = "4.3"  # the format version reviewdog, Jenkins and Sonar read


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _file(report: Report) -> ET.Element:
    element = ET.Element("file", name=_clean(report.source))
    index = LineIndex(report.document.text)
    for finding in report.findings:
        line, column = index.line_col(finding.span.start)
        message = finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")
        ET.SubElement(element, "error", line=str(line), column=str(column), severity=finding.severity,
                      message=_clean(message), source=f"packetcoach.{finding.name}")
    return element


def render(reports: Iterable[Report], errors: Iterable[tuple[str, str]] = ()) -> str:
    """One document for the whole run; an unreadable draft is a file with one error at line 1."""
    root = ET.Element("checkstyle", version=CHECKSTYLE_VERSION)
    for report in reports:
        root.append(_file(report))
    for where, problem in errors:
        element = ET.SubElement(root, "file", name=_clean(where))
        ET.SubElement(element, "error", line="1", severity="error", message=_clean(problem),
                      source="packetcoach.input")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
