"""Every rule's own examples: bad ones fire it, good ones stay quiet (the examples are the docs)."""

from __future__ import annotations

import pytest

from pathlib import Path

from packetcoach import analyze
from packetcoach.rules.document import CHECKS as DOCUMENT_CHECKS
from packetcoach.rules.item import CHECKS, all_rules

ROOT = Path(__file__).resolve().parents[1]
BAD = [(rule.id, rule.name, rule.document, text) for rule in all_rules() for text in rule.bad]
GOOD = [(rule.id, rule.name, rule.document, text) for rule in all_rules() for text in rule.good]


def _findings(document: bool, text: str) -> set[str]:
    """Item rules judge the example as one item; document rules judge it as a whole draft."""
    if text.startswith("file:"):
        text = (ROOT / text[5:]).read_text(encoding="utf-8")
    return {f.rule for f in analyze(text, single_item=not document).findings}


@pytest.mark.parametrize("rule_id,name,document,text", BAD, ids=[f"{c[1]}-bad{i}" for i, c in enumerate(BAD)])
def test_bad_example_fires(rule_id: str, name: str, document: bool, text: str) -> None:
    assert rule_id in _findings(document, text), f"{name} did not fire on: {text}"


@pytest.mark.parametrize("rule_id,name,document,text", GOOD, ids=[f"{c[1]}-good{i}" for i, c in enumerate(GOOD)])
def test_good_example_is_quiet(rule_id: str, name: str, document: bool, text: str) -> None:
    assert rule_id not in _findings(document, text), f"{name} fired on: {text}"


def test_every_rule_has_examples_and_unique_identity() -> None:
    rules = all_rules()
    assert len({r.id for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert rule.bad and rule.good, f"{rule.name} needs a failing and a passing example"
        assert rule.severity in ("error", "warning", "info")
        kinds = DOCUMENT_CHECKS if rule.document else CHECKS
        assert rule.kind in kinds, f"{rule.name}: unknown kind {rule.kind}"
        assert rule.rationale and rule.message


def test_findings_point_at_the_flagged_words() -> None:
    text = "- Built a caching layer, reducing p99 latency by 40ms.\n"
    report = analyze(text)
    verb = next(f for f in report.findings if f.name == "engineering-verb")
    assert text[verb.span.start:verb.span.end] == "Built"
    metric = next(f for f in report.findings if f.name == "technical-metric-only")
    assert text[metric.span.start:metric.span.end] in ("p99 latency", "40ms", "p99")


def test_inline_comment_silences_a_rule_on_its_line() -> None:
    loud = analyze("- Built a caching layer for sellers.\n")
    quiet = analyze("- Built a caching layer for sellers. <!-- packetcoach: ignore engineering-verb -->\n")
    assert "engineering-verb" in {f.name for f in loud.findings}
    assert "engineering-verb" not in {f.name for f in quiet.findings}


def test_profile_can_switch_a_rule_off_and_regrade_another() -> None:
    text = "- Built a caching layer for sellers.\n"
    report = analyze(text, rule_settings={"engineering-verb": {"severity": "error"}, "PC101": {"enabled": False}})
    names = {f.name: f.severity for f in report.findings}
    assert names["engineering-verb"] == "error"
    assert "item-not-ready" not in names
