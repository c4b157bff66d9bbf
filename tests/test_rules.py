"""Every rule's own examples: bad ones fire it, good ones stay quiet (the examples are the docs).

One registry, one engine: a rule that cannot be found, names a check kind nobody registered, or
never fires on its own bad example fails here, loudly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.api import check_item
from packetcoach.rules.engine import all_rules, phrase_lists
from packetcoach.rules.kinds import CHECKS

ROOT = Path(__file__).resolve().parents[1]
BAD = [(rule.id, rule.name, rule, text) for rule in all_rules() for text in rule.bad]
GOOD = [(rule.id, rule.name, rule, text) for rule in all_rules() for text in rule.good]


def _findings(rule, text: str) -> set[str]:
    """Item rules judge the example as one item; document rules judge it as a whole draft, of the
    document type the rule names for its examples (the default type otherwise)."""
    if text.startswith("file:"):
        text = (ROOT / text[5:]).read_text(encoding="utf-8")
    if rule.examples == "draft":
        return {f.rule for f in (analyze(text, doc_type=rule.doc_type) if rule.doc_type else analyze(text)).findings}
    return {f.rule for f in check_item(text)[1]}


@pytest.mark.parametrize("rule_id,name,rule,text", BAD, ids=[f"{c[1]}-bad{i}" for i, c in enumerate(BAD)])
def test_bad_example_fires(rule_id: str, name: str, rule, text: str) -> None:
    assert rule_id in _findings(rule, text), f"{name} did not fire on: {text}"


@pytest.mark.parametrize("rule_id,name,rule,text", GOOD, ids=[f"{c[1]}-good{i}" for i, c in enumerate(GOOD)])
def test_good_example_is_quiet(rule_id: str, name: str, rule, text: str) -> None:
    assert rule_id not in _findings(rule, text), f"{name} fired on: {text}"


def test_every_rule_has_examples_and_unique_identity() -> None:
    rules = all_rules()
    assert len({r.id for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert rule.bad and rule.good, f"{rule.name} needs a failing and a passing example"
        assert rule.kind in CHECKS, f"{rule.name}: unknown kind {rule.kind}"
        assert rule.rationale and rule.message
        assert rule.examples == "draft" or rule.stage == "passage", \
            f"{rule.name} reads the whole packet: its examples must be drafts"


def test_every_check_kind_is_used_by_a_rule() -> None:
    used = {rule.kind for rule in all_rules()}
    assert set(CHECKS) <= used, f"registered but unused: {set(CHECKS) - used}"


def test_every_phrase_rule_has_its_list_in_the_built_in_profiles() -> None:
    from packetcoach.profile.compile import rubric_for

    for profile in ("amazon-pm", "generic"):
        assert phrase_lists() <= set(rubric_for(profile).phrases), profile


def test_findings_point_at_the_flagged_words() -> None:
    text = "- Built a caching layer, reducing p99 latency by 40ms.\n"
    report = analyze(text)
    verb = next(f for f in report.findings if f.name == "engineering-verb")
    assert text[verb.span.start:verb.span.end] == "Built"
    metric = next(f for f in report.findings if f.name == "technical-metric-only")
    assert text[metric.span.start:metric.span.end] in ("p99 latency", "40ms", "p99")


@pytest.mark.parametrize("text,measure", [
    ("Migrated the refund service to event-driven microservices, cutting p99 latency from 900 ms to 140 ms.",
     "p99 latency"),
    ("Moved 40 services to Kubernetes, cutting deploy time from 2 hours to 10 minutes.", "deploy time"),
    ("Rotated 1,200 credentials and moved 14 microservices to the new mesh.", "credentials"),
])
def test_a_technical_result_is_named_by_its_measure_not_by_the_work(text: str, measure: str) -> None:
    """The word quoted is what the number measures, not an earlier word of the work or a unit."""
    finding = next(f for f in analyze("- " + text).findings if f.name == "technical-metric-only")
    assert f"({measure})" in finding.message


def test_profile_can_switch_a_rule_off_and_regrade_another() -> None:
    text = "- Built a caching layer for sellers.\n"
    report = analyze(text, rule_settings={"engineering-verb": {"severity": "error"}, "PC101": {"enabled": False}})
    names = {f.name: f.severity for f in report.findings}
    assert names["engineering-verb"] == "error"
    assert "item-not-ready" not in names


@pytest.mark.parametrize("text,who", [
    ("We launched the returns portal for Prime members in three markets.", "'We'"),
    ("In March we launched the portal for sellers.", "'We'"),
    ("My team cut refund time for support agents by half.", "'My team'"),
    ("Pharmacy operations measured fill time, and our app team measured sessions.", "'our app team'"),
])
def test_no_own_action_names_who_the_item_says_acted(text: str, who: str) -> None:
    finding = next(f for f in analyze("- " + text).findings if f.name == "no-own-action")
    assert finding.message.startswith(f"{who} hides your part")
