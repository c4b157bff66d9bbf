"""The one rule engine: a rule added by following docs/rules.md works, and one suppression
mechanism silences every kind of rule, with every suppression listed in the report."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import packetcoach.rules.engine as engine
from packetcoach import ProfileError, analyze, report_json
from packetcoach.api import check_item

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "src" / "packetcoach" / "rules" / "rules.toml"
NEW_RULE = '''
[[rule]]
id = "PC199"
name = "buzzword"
severity = "warning"
scope = "sentence"
kind = "phrase"
mention = "buzzwords"
rubric = "2.6"
message = "'{text}' is a buzzword."
rationale = "Buzzwords carry no evidence."
bad = ["Drove synergy across the returns teams for sellers."]
good = ["Cut returns for sellers from 9% to 6%."]
'''


@pytest.fixture
def with_new_rule(monkeypatch, tmp_path):
    """Step 1 and 2 of 'Adding a rule': an entry in rules.toml and its list in the profile."""
    data = tomllib.loads(RULES.read_text(encoding="utf-8") + NEW_RULE)
    original = engine.load_package_toml
    monkeypatch.setattr(engine, "load_package_toml",
                        lambda *parts: data if parts == ("rules", "rules.toml") else original(*parts))
    engine.all_rules.cache_clear()
    profile = tmp_path / "team.toml"
    profile.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n\n[phrases]\nbuzzwords = ["synergy"]\n',
                       encoding="utf-8")
    yield str(profile)
    engine.all_rules.cache_clear()


def test_a_phrase_rule_added_by_the_documented_steps_fires(with_new_rule) -> None:
    rule = engine.find_rule("buzzword")
    assert rule is not None and rule.stage == "passage"
    _, findings = check_item(rule.bad[0], profile=with_new_rule)
    assert [f.name for f in findings if f.rule == "PC199"] == ["buzzword"]
    _, quiet = check_item(rule.good[0], profile=with_new_rule)
    assert "PC199" not in {f.rule for f in quiet}
    report = analyze("- " + rule.bad[0] + "\n", profile=with_new_rule)
    finding = next(f for f in report.findings if f.name == "buzzword")
    assert report.text[finding.span.start:finding.span.end] == "synergy"


def test_a_phrase_list_without_its_rule_is_refused(tmp_path) -> None:
    profile = tmp_path / "team.toml"
    profile.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n\n[phrases]\nbuzzwords = ["synergy"]\n',
                       encoding="utf-8")
    with pytest.raises(ProfileError, match="unknown phrase list 'phrases.buzzwords'") as caught:
        analyze("- Drove synergy.\n", profile=str(profile))
    assert caught.value.line == 6


DRAFT = """- Built a caching layer for sellers, raising conversion from 2% to 3%.
- Built the catalog service.
"""


def _names(report) -> list[str]:
    return [f.name for f in report.findings]


def test_a_file_comment_silences_a_document_rule_for_the_whole_file() -> None:
    assert "nothing-stopped" in _names(analyze(DRAFT))
    quiet = analyze("<!-- packetcoach: ignore nothing-stopped -->\n\n" + DRAFT)
    assert "nothing-stopped" not in _names(quiet)
    assert [(s.scope, s.keys, s.silenced) for s in quiet.suppressions] == [("file", ("nothing-stopped",), 1)]


def test_a_file_comment_silences_an_item_rule_everywhere_and_a_line_comment_only_its_lines() -> None:
    everywhere = analyze("<!-- packetcoach: ignore PC102 -->\n" + DRAFT)
    assert "engineering-verb" not in _names(everywhere)
    line = analyze("- Built a caching layer for sellers. <!-- packetcoach: ignore engineering-verb -->\n"
                   "- Built the catalog service.\n")
    flagged = [f for f in line.findings if f.name == "engineering-verb"]
    assert len(flagged) == 1 and line.text[flagged[0].span.start:].startswith("Built the catalog")
    above = analyze("- Built the catalog service.\n\n<!-- packetcoach: ignore engineering-verb -->\n"
                    "- Built a caching layer for sellers.\n")
    flagged = [f for f in above.findings if f.name == "engineering-verb"]
    assert len(flagged) == 1 and above.text[flagged[0].span.start:].startswith("Built the catalog")
    assert [s.scope for s in above.suppressions] == ["line"]


def test_a_comment_silences_a_sentence_rule_and_every_suppression_is_in_the_json() -> None:
    text = "- I think we cut churn for sellers from 9% to 6%.\n"
    assert "hedge" in _names(analyze(text))
    quiet = analyze("- I think we cut churn for sellers from 9% to 6%. <!-- packetcoach: ignore hedge, cliche -->\n")
    assert "hedge" not in _names(quiet)
    payload = report_json(quiet)
    assert payload["suppressions"] == [{"line": 1, "rules": ["cliche", "hedge"], "scope": "line", "silenced": 1}]


def test_an_unknown_rule_in_settings_is_an_error_with_a_hint() -> None:
    with pytest.raises(ProfileError, match="did you mean 'engineering-verb'"):
        analyze(DRAFT, rule_settings={"engineering-verbs": {"enabled": False}})
