"""The project configuration: found by walking up, strict, shown with its origins, obeyed by check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from packetcoach.frontends.config import resolve
from packetcoach.frontends.config.files import key_lines

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SNIPPET = (EXAMPLES / "snippet.md").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    (tmp_path / "reviews" / "2025").mkdir(parents=True)
    (tmp_path / "reviews" / "2025" / "me.md").write_text(SNIPPET, encoding="utf-8")
    return tmp_path


def test_found_by_walking_up_and_each_value_says_where_it_came_from(project) -> None:
    (project / ".packetcoach.toml").write_text(
        'level = "L7"\ndoc_type = "promotion"\n\n[rules]\nengineering-verb = "info"\nPC106 = "off"\n'
        '\n[thresholds]\nlong_sentence_words = 25\n', encoding="utf-8")
    settings = resolve(str(project / "reviews" / "2025" / "me.md"), {"fail_on": ("warning", "--fail-on")})
    config = str(project / ".packetcoach.toml")
    assert (settings.level, settings.doc_type, settings.profile, settings.fail_on) == ("L7", "promotion", "amazon-pm",
                                                                                        "warning")
    assert settings.origin("level") == f"{config}:1" and settings.origin("doc_type") == f"{config}:2"
    assert settings.origin("profile") == "default" and settings.origin("fail_on") == "--fail-on"
    assert settings.rules == {"engineering-verb": {"enabled": True, "severity": "info"}, "cliche": {"enabled": False}}
    assert settings.origin("rules.cliche") == f"{config}:6"
    assert settings.thresholds == {"long_sentence_words": 25}
    assert settings.origin("thresholds.long_sentence_words") == f"{config}:9"


def test_pyproject_table_and_the_nearest_file_wins(project) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.packetcoach]\nlevel = "L5"\n')
    (project / "reviews" / "pyproject.toml").write_text('[project]\nname = "no packetcoach table"\n')
    settings = resolve(str(project / "reviews" / "2025" / "me.md"))
    assert settings.level == "L5" and settings.origin("level") == f"{project / 'pyproject.toml'}:5"
    (project / "reviews" / ".packetcoach.toml").write_text('level = "L6"\n')
    assert resolve(str(project / "reviews" / "2025" / "me.md")).level == "L6"


@pytest.mark.parametrize("text, line, message", [
    ('levle = "L7"\n', 1, "unknown key 'levle' (did you mean 'level'?)"),
    ('level = "L8"\n', 1, "'level' is 'L8', which profile amazon-pm does not know (the profile knows L5, L6, L7)"),
    ('fail_on = "warn"\n', 1, "'fail_on' is 'warn', not a value packetcoach knows (did you mean 'warning'?)"),
    ('\n[rules]\nengineering-verbs = "off"\n', 3, "unknown rule 'rules.engineering-verbs' (did you mean "
                                                  "'engineering-verb'?)"),
    ('[rules]\ncliche = "loud"\n', 2, "'rules.cliche' is 'loud', not a rule setting (use one of: off, error, "
                                      "warning, info)"),
    ('[rules.cliche]\nseverity = "warn"\n', 2, "'rules.cliche.severity' is 'warn', not a severity (did you mean "
                                                "'warning'?)"),
    ('[thresholds]\nlong_sentence = 20\n', 2, "unknown threshold 'thresholds.long_sentence' (did you mean "
                                              "'long_sentence_words'?)"),
    ('[thresholds]\nlong_item_words = "many"\n', 2, "'thresholds.long_item_words' must be a whole number"),
    ('profile = "amazon"\n', 1, "profile 'amazon' is neither a built-in profile nor a file (did you mean "
                                "'amazon-pm'?)"),
    ('ignore = "x" = 1\n', None, "not valid TOML"),
])
def test_mistakes_are_one_line_errors_with_file_line_and_hint(project, cli, text, line, message) -> None:
    config = project / ".packetcoach.toml"
    config.write_text(text, encoding="utf-8")
    result = cli("check", str(project / "reviews" / "2025" / "me.md"))
    assert result.code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    where = f"{config}:{line}: " if line else f"{config}: "
    assert result.err.startswith(f"packetcoach: {where}") and message in result.err, result.err


def test_check_obeys_rules_thresholds_fail_on_and_the_command_line(project, cli) -> None:
    draft = str(project / "reviews" / "2025" / "me.md")
    before = {f["name"] for f in cli("check", draft, "--format", "json").json()["findings"]}
    assert {"engineering-verb", "cliche"} <= before
    (project / ".packetcoach.toml").write_text(
        'fail_on = "warning"\n[rules]\ncliche = "off"\nengineering-verb = "error"\n', encoding="utf-8")
    result = cli("check", draft, "--format", "json")
    findings = result.json()["findings"]
    assert "cliche" not in {f["name"] for f in findings}
    assert {f["severity"] for f in findings if f["name"] == "engineering-verb"} == {"error"}
    assert result.code == 1
    assert cli("check", draft, "--format", "json", "--fail-on", "never").code == 0  # the command line wins
    assert cli("check", draft, "--format", "json", "--level", "L5").json()["level"] == "L5"


def test_thresholds_reach_the_analysis(project, cli) -> None:
    draft = project / "long.md"
    draft.write_text("- Convinced the payments VP to drop the extra verification step for small sellers in "
                     "three markets, raising checkout completion from 71% to 89% within a quarter.\n")
    names = lambda: [f["name"] for f in cli("check", str(draft), "--format", "json").json()["findings"]]  # noqa: E731
    assert "long-sentence" not in names()
    (project / ".packetcoach.toml").write_text("[thresholds]\nlong_sentence_words = 10\n")
    assert "long-sentence" in names()


def test_ignored_paths_and_directories(project, cli) -> None:
    (project / "reviews" / "archive").mkdir()
    (project / "reviews" / "archive" / "old.md").write_text(SNIPPET, encoding="utf-8")
    (project / "README.md").write_text(SNIPPET, encoding="utf-8")
    (project / ".packetcoach.toml").write_text('ignore = ["archive/**", "README.md"]\n')
    result = cli("check", str(project), "--format", "json", "--fail-on", "never")
    assert result.code == 0, result.err
    payload = result.json()
    assert payload["source"] == str(project / "reviews" / "2025" / "me.md")  # one report: the only draft kept
    assert cli("check", str(project / "README.md"), "--format", "compact").out == ""
    empty = project / "empty-dir"
    empty.mkdir()
    result = cli("check", str(empty))
    assert result.code == 2 and "holds no drafts" in result.err


def test_config_command_shows_settings_and_origins(project, cli) -> None:
    (project / ".packetcoach.toml").write_text('level = "L7"\n[rules]\ncliche = "off"\n')
    result = cli("config", str(project / "reviews"), "--doc-type", "promotion")
    assert result.code == 0
    config = str(project / ".packetcoach.toml")
    assert f"configuration file: {config}" in result.out
    rows = {line.split()[0]: line.split()[1:] for line in result.out.splitlines()[3:] if line.strip()}
    assert rows["level"] == ["L7", f"{config}:1"]
    assert rows["doc_type"] == ["promotion", "--doc-type"]
    assert rows["profile"] == ["amazon-pm", "default"]
    assert rows["rules.cliche"] == ["off", f"{config}:3"]
    data = cli("config", str(project / "reviews"), "--format", "json").json()
    assert data["schema"] == "packetcoach.config/1" and data["settings"]["level"] == {"value": "L7", "from": f"{config}:1"}


def test_key_lines_follow_tables_dotted_keys_and_multiline_strings() -> None:
    text = '[tool.packetcoach]\nlevel = "L6"\n"doc_type" = """\nx = 1\n"""\n[tool.packetcoach.rules]\ncliche = "off"\n'
    lines = key_lines(text)
    assert lines[("tool", "packetcoach", "level")] == 2
    assert lines[("tool", "packetcoach", "doc_type")] == 3
    assert ("tool", "packetcoach", "x") not in lines
    assert lines[("tool", "packetcoach", "rules", "cliche")] == 7


def test_bad_config_exits_2_from_a_real_process(project) -> None:
    (project / ".packetcoach.toml").write_text('level = "L6"\nprofil = "generic"\n')
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "check", "reviews/2025/me.md"], cwd=project,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"packetcoach: {project / '.packetcoach.toml'}:2: unknown key 'profil' "
                                   "(did you mean 'profile'?)")
