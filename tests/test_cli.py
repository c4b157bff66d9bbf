"""The CLI as users meet it: entry point, formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

STRONG = str(EXAMPLES / "strong-pm-voice.md")
WEAK = str(EXAMPLES / "weak-engineer-voice.md")


def test_check_json_validates_against_schema(cli, report_validator) -> None:
    for path in (STRONG, WEAK, str(EXAMPLES / "mixed.md")):
        result = cli("check", path, "--format", "json", "--fail-on", "never")
        assert result.code == 0, result.err
        report = result.json()
        report_validator.validate(report)
        text = Path(path).read_text(encoding="utf-8")
        for item in report["items"]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_exit_status_follows_fail_on(cli) -> None:
    assert cli("check", WEAK, "--format", "json", "--fail-on", "warning").code == 1
    assert cli("check", WEAK, "--format", "json", "--fail-on", "never").code == 0


def test_several_files_and_stdin(cli, monkeypatch, tmp_path) -> None:
    result = cli("check", STRONG, WEAK, "--format", "json", "--fail-on", "never")
    assert [r["source"] for r in result.json()] == [STRONG, WEAK]


def test_stdin_dash(tmp_path) -> None:
    draft = Path(WEAK).read_bytes()
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "check", "-", "--format", "json"],
                          input=draft, capture_output=True, timeout=60)
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["source"] == "-"


def test_markdown_and_terminal_formats(cli) -> None:
    md = cli("check", WEAK, "--format", "markdown")
    assert md.out.startswith("# packetcoach report") and "## Verdict" in md.out and "## Top changes" in md.out
    assert "engineering-verb" not in md.out.split("## Items")[1]  # findings only with --all
    assert "### Line" in cli("check", WEAK, "--format", "markdown", "--all").out
    term = cli("check", WEAK, "--color", "never")
    assert term.out.index("── verdict") < term.out.index("── top changes") < term.out.index("items (")
    every = cli("check", WEAK, "--color", "never", "--all")
    assert "engineering-verb" in every.out and "── findings (" in every.out and "── draft" in every.out


def test_bad_inputs_are_one_line_errors_and_others_still_run(cli, tmp_path) -> None:
    (tmp_path / "dir").mkdir()
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    not_zip = tmp_path / "draft.docx"
    not_zip.write_bytes(b"this is not a zip file")
    empty = tmp_path / "empty.md"
    empty.write_text("   \n")
    result = cli("check", str(tmp_path / "missing.md"), str(tmp_path / "dir"), str(binary), str(not_zip),
                 str(empty), STRONG, "--format", "json")
    assert result.code == 2
    lines = [line for line in result.err.splitlines() if line]
    assert len(lines) == 5, result.err
    assert "Traceback" not in result.err
    assert any("empty" in line for line in lines)
    reports = result.json()
    assert reports[-1]["source"] == STRONG and reports[-1]["schema"] == "packetcoach.report/1"


def test_legacy_encoding_is_decoded_and_said(cli, tmp_path) -> None:
    draft = tmp_path / "legacy.txt"
    draft.write_bytes("- Cut fees for caf\xe9 owners from 9% to 6% \x96 a first.\n".encode("latin-1"))
    result = cli("check", str(draft), "--format", "json")
    assert result.code in (0, 1)
    assert "cp1252" in result.err or "latin" in result.err


def test_docx_and_html_are_read(cli, tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Impact", level=1)
    document.add_paragraph("Built a caching layer for the catalog service.", style="List Bullet")
    path = tmp_path / "draft.docx"
    document.save(path)
    result = cli("check", str(path), "--format", "json")
    assert "engineering-verb" in {f["name"] for f in result.json()["findings"]}
    html = tmp_path / "draft.html"
    html.write_text("<html><script>alert(1)</script><ul><li>Built a caching layer for the catalog.</li></ul></html>")
    report = cli("check", str(html), "--format", "json").json()
    assert "alert" not in json.dumps(report)
    assert "engineering-verb" in {f["name"] for f in report["findings"]}


def test_rules_and_explain(cli) -> None:
    listing = cli("rules")
    assert "engineering-verb" in listing.out and listing.code == 0
    explained = cli("explain", "engineering-verb")
    assert "Fires on:" in explained.out and "Quiet on:" in explained.out
    from packetcoach.rules.engine import find_rule

    rule = find_rule("PC102")
    assert rule is not None and rule.bad[0] in explained.out and rule.good[0] in explained.out
    unknown = cli("explain", "no-such-rule")
    assert unknown.code == 2 and "no such rule" in unknown.err


def test_usage_errors_exit_2(cli) -> None:
    assert cli("check", STRONG, "--format", "yaml").code == 2
    assert cli("check", STRONG, "--level", "L99").code == 2
    bad = cli("check", STRONG, "--profile", "nope")
    assert bad.code == 2 and "no such profile" in bad.err


def test_console_script_runs_as_installed() -> None:
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("packetcoach ")


def test_batch_uses_workers_and_keeps_order(cli, tmp_path) -> None:
    paths = []
    for index in range(10):
        path = tmp_path / f"d{index}.md"
        path.write_text(f"- Cut refund time for {index + 2} support agents from 9 to 4 minutes.\n")
        paths.append(str(path))
    paths.insert(3, str(tmp_path / "missing.md"))
    result = cli("check", *paths, "--format", "json", "--jobs", "2")
    assert result.code == 2
    sources = [r.get("source") for r in result.json()]
    assert sources == paths
    assert result.json()[3]["schema"] == "packetcoach.error/1"


def test_text_far_longer_than_a_draft_is_refused(cli, tmp_path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("a\n" * 1_000_000)
    result = cli("check", str(huge), "--format", "json")
    assert result.code == 2 and "far more than any draft" in result.err and result.err.count("\n") == 1


def _check_parser(parser):
    return next(action for action in parser._actions if action.dest == "command").choices["check"]  # noqa: SLF001


def test_a_check_is_parsed_by_checks_parser_alone_exactly_as_by_the_whole_command_line() -> None:
    """main() builds only check's parser for a check (a one-shot process); nothing a user sees changes."""
    from packetcoach.frontends.cli.main import build_parser

    full, alone = build_parser(), build_parser(only_check=True)
    assert _check_parser(alone).format_help() == _check_parser(full).format_help()
    assert _check_parser(alone).format_usage() == _check_parser(full).format_usage()
    for argv in (["check", "a.md"], ["check", "a.md", "b.docx", "--format", "json", "--fail-on", "never", "--no-history"],
                 ["check", "-", "--profile", "generic", "--level", "L7", "--all", "--color", "never", "--jobs", "2"]):
        assert vars(alone.parse_args(argv)) == vars(full.parse_args(argv))
    assert set(next(a for a in full._actions if a.dest == "command").choices) > {"check"}  # noqa: SLF001


def test_check_usage_errors_and_help_are_unchanged(cli) -> None:
    bad = cli("check", "a.md", "--format", "nope")
    assert bad.code == 2 and bad.err.count("\n") == 1 and "invalid choice: 'nope'" in bad.err
    assert "see 'packetcoach check --help'" in bad.err
    assert "--no-history" in cli("check", "--help").out


@pytest.mark.parametrize("argv,unknown,command", [
    (("eval", "--set", "corpus"), "--set", "packetcoach eval"),
    (("check", "a.md", "--bogus"), "--bogus", "packetcoach check"),
    (("--bogus",), "--bogus", "packetcoach"),
])
def test_an_unknown_option_points_at_the_help_of_its_command(cli, argv, unknown, command) -> None:
    bad = cli(*argv)
    assert bad.code == 2 and bad.err.count("\n") == 1
    assert f"unrecognized arguments: {unknown} (see '{command} --help')" in bad.err
