"""The web app's pieces that need no server: the legend, the exports' Markdown runs, the options."""

from __future__ import annotations

import pytest

from packetcoach.frontends.web.exports import runs
from packetcoach.frontends.web.options import BadRequest, kinds_css, legend, options_of, text_of
from packetcoach.rules.engine import all_rules


def test_every_rule_has_exactly_one_underline_kind() -> None:
    owners: dict[str, list[str]] = {}
    for kind in legend():
        for rule in kind["rules"]:
            owners.setdefault(rule, []).append(kind["name"])
    names = {rule.name for rule in all_rules()}
    assert names <= set(owners), f"rules without a kind in legend.toml: {sorted(names - set(owners))}"
    assert set(owners) <= names, f"legend.toml names rules that do not exist: {sorted(set(owners) - names)}"
    assert all(len(kinds) == 1 for kinds in owners.values())
    styles = {(kind["colour"], kind["line"]) for kind in legend() if kind["name"] != "document"}
    assert len({line for _, line in styles}) == len(styles)  # told apart without colour too


def test_the_kinds_stylesheet_comes_from_the_legend() -> None:
    css = kinds_css()
    for kind in legend():
        assert f".pc-u-{kind['name']} {{ text-decoration-color: {kind['colour']}; text-decoration-style: {kind['line']}; }}" in css


@pytest.mark.parametrize("markdown, expected", [
    ("**Convinced** the VP", [("Convinced", True, False), (" the VP", False, False)]),
    ("a [link](javascript:alert(1)) here", [("a ", False, False), ("link", False, False), (" here", False, False)]),
    ("*quietly* and `code`", [("quietly", False, True), (" and ", False, False), ("code", False, False)]),
    ("2 * 3 * 4", [("2 * 3 * 4", False, False)]),
])
def test_markdown_runs_for_the_docx_export(markdown, expected) -> None:
    assert runs(markdown) == expected


def test_a_request_names_only_built_in_profiles() -> None:
    assert options_of({}).profile == "amazon-pm"
    for profile in ("/etc/passwd", "amazon-pm.toml", "../profile/builtin/amazon-pm"):
        with pytest.raises(BadRequest):
            options_of({"profile": profile})


def test_lone_surrogates_become_one_replacement_character_each() -> None:
    text = text_of({"text": "a\ud83d b \udc00c 😀"})
    assert text == "a\ufffd b \ufffdc 😀" and len(text) == 9


def test_serve_refuses_a_port_that_is_not_one(cli) -> None:
    result = cli("serve", "--no-browser", "--port", "70000")
    assert result.code == 2 and result.err.count("\n") == 1 and "70000 is not a port number" in result.err
