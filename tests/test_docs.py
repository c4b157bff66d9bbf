"""Docs stay true: generated blocks match the code, every command, option and rule is documented."""

from __future__ import annotations

import functools
import importlib.util
import re
import tomllib
from pathlib import Path

from packetcoach.frontends.cli.main import build_parser
from packetcoach.profile.load import SCHEMA
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


# Every key a built-in profile sets is documented in docs/profiles.md, in the row of its table.
#
# A key is the name of a table or of a field that the code reads: "verbs", "not_deeds",
# "verbs.pm_objects", "weight_with". The entries of a table whose names the profile chooses are not
# keys but ids: a principle ("principles.earn-trust"), a specialty, a document type, a level, a rule,
# a verb ("[verbs.suggestions] build = ..."), an evidence name ("weight_with = { delivered_against =
# 3 }"), a planner task; the fields inside an id ("title", "cues") are keys again. Two tables have
# free names that are keys all the same, each the name of a list or a number the code reads:
# `[phrases]` and `[thresholds]`.
PROFILES_DOC = ROOT / "docs" / "profiles.md"
BUILTIN_PROFILES = ROOT / "src" / "packetcoach" / "profile" / "builtin"
NAMED_ENTRY_TABLES = frozenset(("phrases", "thresholds"))
ID_TABLES = frozenset(("verbs.suggestions", "verbs.non_technical_objects", "verbs.non_technical_heads",
                       "verbs.effort_heads", "verbs.technical_objects", "verbs.pm_objects", "specialties",
                       "principles", "principles.*.weight_with", "principles.*.before_with", "doc_types", "ladder", "rules",
                       "calibration.scope_counts", "calibration.bar", "calibration.objections", "plan.checklist",
                       "measures.other_senses", "verbs.object_senses", "verbs.object_technical_senses"))


def _open_tables(shape: dict, path: str = "") -> set[str]:
    """The tables of the schema whose entries' names are free ("*"), by their path ("principles.*.weight_with")."""
    found = {path} if "*" in shape else set()
    for key, inner in shape.items():
        if isinstance(inner, dict):
            found |= _open_tables(inner, f"{path}.{key}" if path else key)
    return found


def _profile_keys(value: dict, shape: dict, path: str = "", where: str = "") -> list[tuple[str, str, bool]]:
    """Every key set in a profile's data: (its dotted place, the place's top table, whether it is a table)."""
    keys = []
    for name, inner in value.items():
        dotted = f"{where}.{name}" if where else name
        if name in shape:
            inner_shape, at = shape[name], f"{path}.{name}" if path else name
            keys.append((dotted, dotted.split(".")[0], isinstance(inner_shape, dict)))
        elif "*" in shape:  # an entry of an open table: an id, or a key in `phrases` and `thresholds`
            inner_shape, at = shape["*"], f"{path}.*"
            if path in NAMED_ENTRY_TABLES:
                keys.append((dotted, path, False))
        else:  # a name the schema does not know (the loader refuses it): a key all the same
            inner_shape, at = None, path
            keys.append((dotted, dotted.split(".")[0], isinstance(inner, dict)))
        if isinstance(inner, dict) and isinstance(inner_shape, dict):
            keys += _profile_keys(inner, inner_shape, at, dotted)
    return keys


def _doc_rows(doc: str) -> dict[str, str]:
    """The table of docs/profiles.md: each top table's rows ("verbs" for `[verbs]`, "ladder" for
    `[ladder.LEVEL]`), joined."""
    rows: dict[str, str] = {}
    for line in doc.splitlines():
        found = re.match(r"\| `\[([a-z_]+)[^\]]*\]` \|", line)
        if found:
            rows[found.group(1)] = rows.get(found.group(1), "") + line
    return rows


def undocumented(data: dict, doc: str) -> list[str]:
    """The keys a profile sets that docs/profiles.md does not name in backquotes in the row of their
    table: a table as `[verbs.pm_objects]` anywhere, or by its name in its row (an inline table such
    as `weight_with`); a phrase list may be named where the principles' evidence is read from it."""
    rows = _doc_rows(doc)
    missing = []
    for dotted, table, is_table in _profile_keys(data, SCHEMA):
        name = dotted.rsplit(".", 1)[-1]
        if "." not in dotted:
            documented = f"`[{name}]`" in doc or f"`[{name}." in doc
        else:
            row = rows.get(table, "") + (rows.get("principles", "") if table == "phrases" else "")
            documented = f"`{name}`" in row or is_table and (f"`[{dotted}]`" in doc or f"`[{dotted}." in doc)
        if not documented:
            missing.append(dotted)
    return missing


def _builtin_profiles() -> list[Path]:
    return sorted(BUILTIN_PROFILES.glob("*.toml"))


def test_every_profile_key_is_documented() -> None:
    """A user writing their own profile learns what each key does from docs/profiles.md alone."""
    doc = PROFILES_DOC.read_text(encoding="utf-8")
    assert len(_builtin_profiles()) >= 2
    for path in _builtin_profiles():
        missing = undocumented(tomllib.loads(path.read_text(encoding="utf-8")), doc)
        assert not missing, f"{path.name}: keys not documented in docs/profiles.md: {', '.join(missing)}"


def test_the_open_tables_are_all_known() -> None:
    """A new table of free names must be told apart: ids (not keys) or names of lists (keys)."""
    assert _open_tables(SCHEMA) == ID_TABLES | NAMED_ENTRY_TABLES


def test_an_undocumented_key_is_named() -> None:
    """The check can fail: a made-up key, field, threshold, phrase list or table is named; ids are not."""
    doc = PROFILES_DOC.read_text(encoding="utf-8")
    data = tomllib.loads((BUILTIN_PROFILES / "generic.toml").read_text(encoding="utf-8"))
    assert undocumented(data, doc) == []
    data["personas"] = {"external": ["grocers"], "made_up_words": ["x"]}
    data["thresholds"] = {"long_item_words": 40, "made_up_window": 3}
    data["phrases"] = {"hedge": ["perhaps"], "made_up_phrases": ["x"]}
    data["principles"]["brand-new-principle"] = {"title": "New", "cues": ["x"], "weight_with": {"delivered_against": 2}}
    data["verbs"] = {"suggestions": {"refactor": ["simplify"]}}
    assert undocumented(data, doc) == ["personas.made_up_words", "thresholds.made_up_window", "phrases.made_up_phrases"]
    # a key named only in another table's row is not documented: `persuading` is also a `[stops]` list
    without = doc.replace("`persuading` (verbs the writer gets colleagues", "persuading (verbs the writer gets colleagues")
    assert undocumented({"personas": {"persuading": ["got"]}, "stops": {"persuading": ["convince"]}}, without) \
        == ["personas.persuading"]
    # a table is documented by its own name: drop `[verbs.pm_objects]` and it is named
    assert undocumented({"verbs": {"pm_objects": {"turn": ["down"]}}}, doc.replace("`[verbs.pm_objects]`", "pm objects")) \
        == ["verbs.pm_objects"]
