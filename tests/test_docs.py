"""Docs stay true: generated blocks match the code, every command, option and rule is documented."""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from packetcoach.frontends.cli.main import build_parser
from packetcoach.rules.engine import all_rules

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@functools.cache  # one load: the labelled sets are measured once for every generated block
def _update_docs():
    spec = importlib.util.spec_from_file_location("update_docs", ROOT / "scripts" / "update_docs.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_readme_generated_blocks_are_current() -> None:
    assert _update_docs().render_readme(README) == README, "run: python scripts/update_docs.py"


def test_rules_doc_is_current() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert _update_docs().rules_doc(current) == current, "run: python scripts/update_docs.py"


def test_accuracy_front_page_is_current() -> None:
    """The held-out figures beside their targets; the real-text rows too wherever corpus-ext is."""
    current = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    assert _update_docs().render_accuracy(current) == current, "run: python scripts/update_docs.py"


def test_accuracy_front_page_keeps_the_real_text_rows_without_corpus_ext(monkeypatch) -> None:
    """Where shared/corpus-ext is absent (a fresh clone), the real-text rows stay as the last run
    that found it wrote them, and say so; the held-out rows are still checked."""
    module = _update_docs()
    current = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    monkeypatch.setattr(module, "external", lambda: None)
    assert module.render_accuracy(current) == current
    block = current.split("<!-- BEGIN standing-ext -->", 1)[1].split("<!-- END standing-ext -->", 1)[0]
    assert "from the last run" in block and "| false-alarm rate" in block


def _anchor(heading: str) -> str:
    """A heading's link target as GitHub makes it."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_accuracy_contents_reach_every_section() -> None:
    text = (ROOT / "docs" / "accuracy.md").read_text(encoding="utf-8")
    contents = text.split("## Contents", 1)[1].split("\n## ", 1)[0]
    links = set(re.findall(r"\]\(#([^)]+)\)", contents))
    anchors = {_anchor(h) for h in re.findall(r"^#{2,3} (.+)$", text, re.MULTILINE)}
    assert links <= anchors, sorted(links - anchors)
    sections = {_anchor(h) for h in re.findall(r"^## (.+)$", text, re.MULTILINE)}
    assert sections - links == {"where-it-stands", "contents"}, sorted(sections - links)


def test_every_command_and_option_is_documented() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    for name, sub in commands.choices.items():
        assert f"packetcoach {name}" in README, f"command {name} is not in the README"
        for action in sub._actions:
            for option in action.option_strings:
                if option in ("-h", "--help"):
                    continue
                documented = option in README or any(
                    option in (ROOT / "docs" / doc).read_text(encoding="utf-8")
                    for doc in ("rewrite-and-rehearse.md", "profiles.md", "json-format.md", "plan-and-history.md")
                    if (ROOT / "docs" / doc).is_file())
                assert documented, f"{name} {option} is not documented"


def test_every_rule_is_documented() -> None:
    rules_doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"### {rule.id} `{rule.name}`" in rules_doc
        assert rule.id in README


def test_set_up_is_two_commands() -> None:
    setup = README.split("## Set up", 1)[1].split("##", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", setup, re.DOTALL)
    assert commands == ["pip install . && packetcoach check examples/weak-engineer-voice.md",
                        "pip install '.[test]' && python -m pytest -n auto --dist loadscope"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -n auto --dist loadscope" in ci and "'.[test" in ci  # the README's test command, with its extras
