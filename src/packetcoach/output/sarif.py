"""SARIF 2.1.0: the static-analysis log GitHub code scanning and other CI dashboards import.

One run for the whole command: the tool with every rule described (id, name, why it matters,
default level, an example), one result per finding, and regions that point at the flagged
characters: 1-based lines, columns in UTF-16 code units (``columnKind``), the end column one past
the last flagged character, and the flagged text as the region's snippet. Paths relative to the
working directory are written relative to ``%SRCROOT%``, the form code scanning maps onto the
repository. A draft that could not be read is a tool notification, and the run is then marked as
not successful.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from typing import Any, Iterable
from urllib.parse import quote

from packetcoach._version import __version__
from packetcoach.core.report import Report
from packetcoach.output.positions import PositionIndex
from packetcoach.rules.engine import Rule, all_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
EXTRACTED_KINDS = (".docx", ".html", ".htm")  # analysed as extracted text: lines do not match the file


def _rule(rule: Rule) -> dict[str, Any]:
    help_text = rule.rationale
    if rule.bad:
        help_text += f"\n\nFires on: {rule.bad[0]}"
    if rule.good:
        help_text += f"\nQuiet on: {rule.good[0]}"
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.rationale},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["packetcoach", rule.scope], "rubric": rule.rubric, "scope": rule.scope},
    }


def artifact_location(source: str, cwd: str | None = None) -> dict[str, str]:
    """A path as SARIF wants it: relative to %SRCROOT% when under the working directory."""
    cwd = cwd or os.getcwd()
    path = Path(source)
    absolute = path if path.is_absolute() else Path(cwd, path)
    try:
        relative = PurePath(os.path.relpath(absolute, cwd))
    except ValueError:  # another drive on Windows
        relative = PurePath("..")
    if relative.parts and relative.parts[0] != "..":
        return {"uri": quote(relative.as_posix()), "uriBaseId": "%SRCROOT%"}
    return {"uri": absolute.resolve().as_uri()}


def _region(report: Report, index: PositionIndex, start: int, end: int) -> dict[str, Any]:
    (line, column), (end_line, end_column) = index.position(start), index.position(end)
    return {"startLine": line + 1, "startColumn": column + 1, "endLine": end_line + 1,
            "endColumn": end_column + 1, "snippet": {"text": report.document.text[start:end]}}


def _results(report: Report, rule_index: dict[str, int], cwd: str | None) -> list[dict[str, Any]]:
    location = artifact_location(report.source, cwd)
    regions = report.source != "-" and not report.source.lower().endswith(EXTRACTED_KINDS)
    index = PositionIndex(report.document.text)
    results = []
    for finding in report.findings:
        physical: dict[str, Any] = {"artifactLocation": location}
        if regions:
            physical["region"] = _region(report, index, finding.span.start, finding.span.end)
        message = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rule_index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": message},
            "locations": [{"physicalLocation": physical}],
        }
        if finding.item:
            result["properties"] = {"item": finding.item}
        results.append(result)
    return results


def render(reports: Iterable[Report], errors: Iterable[tuple[str, str]] = (),
           cwd: str | None = None) -> dict[str, Any]:
    """The SARIF log of one run over every draft (a dict, for json.dumps)."""
    rules = all_rules()
    rule_index = {rule.id: position for position, rule in enumerate(rules)}
    results = [result for report in reports for result in _results(report, rule_index, cwd)]
    notifications = [{"level": "error", "message": {"text": problem},
                      "locations": [{"physicalLocation": {"artifactLocation": artifact_location(where, cwd)}}]
                      if where != "-" else []}
                     for where, problem in errors]
    root = Path(cwd or os.getcwd()).resolve().as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "packetcoach", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(rule) for rule in rules]}},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }
