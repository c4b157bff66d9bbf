"""The verb-redaction view: marks engineering verbs and unjustified technical terms, changes nothing else."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from test_scaffold import drafts

from packetcoach.api import analyze
from packetcoach.core.errors import UsageError
from packetcoach.coach.redact import CLOSE, OPEN, redact, unredact
from packetcoach.core.files import write_new

WEAK = "examples/weak-engineer-voice.md"
STRONG = "examples/strong-pm-voice.md"


def _text(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


@settings(max_examples=200, deadline=None)
@given(drafts())
def test_removing_the_marks_gives_back_the_draft(draft: str) -> None:
    redaction = redact(analyze(draft))
    assert unredact(redaction.text) == draft
    for mark in redaction.marks:
        assert draft[mark.span.start:mark.span.end] == mark.original


@pytest.mark.parametrize("path", [WEAK, STRONG, "examples/mixed.md"])
def test_examples_round_trip(path: str) -> None:
    text = _text(path)
    assert unredact(redact(analyze(text)).text) == text


def test_leading_engineering_verbs_get_the_profiles_product_verbs() -> None:
    text = ("- Built a CloudWatch dashboard to track latency per region.\n"
            "- Implemented a read-through cache, which reduced p99 latency from 480ms to 190ms.\n"
            "- Convinced the payments VP to drop the manual review step for small sellers.\n")
    redacted = redact(analyze(text)).text
    assert "⟦Built → Launched / Delivered / Scoped⟧ a CloudWatch dashboard" in redacted
    assert "⟦Implemented → Launched / Delivered / Rolled out⟧ a read-through" in redacted
    assert "reduced ⟦p99 latency?⟧ from 480ms to 190ms" in redacted
    assert "- Convinced the payments VP to drop the manual review step for small sellers." in redacted


def test_technical_words_that_serve_an_outcome_are_left_alone() -> None:
    text = ("- Used my engineering background to trace the p99 latency spikes to timeouts, then cut "
            "checkout abandonment for Prime members from 9% to 4%.\n")
    redaction = redact(analyze(text))
    assert not [m for m in redaction.marks if m.kind == "term"]


def test_weak_draft_marks_and_strong_draft_is_nearly_clean() -> None:
    weak, strong = redact(analyze(_text(WEAK))), redact(analyze(_text(STRONG)))
    verbs = [m.original for m in weak.marks if m.kind == "verb"]
    assert {"Migrated", "Implemented", "Built", "Deployed"} <= set(verbs)
    assert sum(m.kind == "verb" for m in strong.marks) <= 1
    assert len(strong.marks) < len(weak.marks)


def test_an_already_redacted_draft_is_refused() -> None:
    text = f"- Built {OPEN}x?{CLOSE} the cache.\n"
    with pytest.raises(UsageError):
        redact(analyze(text))


def test_cli_prints_the_redacted_draft(cli) -> None:
    result = cli("rewrite", "--redact", WEAK)
    assert result.code == 0, result.err
    assert unredact(result.out) == _text(WEAK) + ("" if _text(WEAK).endswith("\n") else "\n")
    assert "⟦Migrated → Moved / Consolidated / Retired⟧" in result.out


def test_cli_json_lists_the_marks(cli) -> None:
    payload = cli("rewrite", "--redact", WEAK, "--format", "json").json()
    assert payload["schema"] == "packetcoach.redaction/1"
    assert unredact(payload["text"]) == _text(WEAK)
    first = payload["marks"][0]
    assert {"kind", "item", "start", "end", "line", "column", "original", "suggestions", "marked"} <= set(first)


def test_output_writes_a_new_file(cli, tmp_path) -> None:
    target = tmp_path / "redacted.md"
    result = cli("rewrite", "--redact", WEAK, "--output", str(target))
    assert result.code == 0, result.err
    assert result.out == ""
    assert unredact(target.read_text(encoding="utf-8")) == _text(WEAK)
    assert "wrote" in result.err
    assert not [p for p in os.listdir(tmp_path) if p != "redacted.md"], "no temp file is left behind"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_output_refuses_an_existing_file_unless_forced(cli, tmp_path) -> None:
    target = tmp_path / "mine.md"
    target.write_text("my own notes\n", encoding="utf-8")
    refused = cli("rewrite", "--redact", WEAK, "--output", str(target))
    assert refused.code == 2 and refused.out == ""
    assert refused.err.count("\n") == 1 and "already exists" in refused.err and "Traceback" not in refused.err
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    forced = cli("rewrite", "--redact", WEAK, "--output", str(target), "--force")
    assert forced.code == 0, forced.err
    assert unredact(target.read_text(encoding="utf-8")) == _text(WEAK)
    assert (tmp_path / "mine.md.bak").read_text(encoding="utf-8") == "my own notes\n"


def test_output_never_overwrites_the_draft(cli, tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(_text(WEAK), encoding="utf-8")
    for extra in ((), ("--force",)):
        result = cli("rewrite", "--redact", str(draft), "--output", str(draft), *extra)
        assert result.code == 2 and "is the draft itself" in result.err and result.err.count("\n") == 1
    link = tmp_path / "link.md"
    link.symlink_to(draft)
    assert cli("rewrite", "--redact", str(draft), "--output", str(link), "--force").code == 2
    assert draft.read_text(encoding="utf-8") == _text(WEAK)


@pytest.mark.parametrize("args, message", [
    (("--output", "{tmp}/x.md"), "only works with --redact"),
    (("--redact", "--force"), "only works with --output"),
    (("--redact", "--output", "{tmp}/missing/x.md"), "directory does not exist"),
    (("--redact", "--output", "{tmp}"), "is a directory"),
])
def test_usage_errors_are_one_line(cli, tmp_path, args, message) -> None:
    result = cli("rewrite", WEAK, *(a.format(tmp=tmp_path) for a in args))
    assert result.code == 2 and message in result.err and result.err.count("\n") == 1


def test_write_new_is_atomic_and_leaves_nothing_on_failure(tmp_path, monkeypatch) -> None:
    target = tmp_path / "out.md"

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", broken)
    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(Exception) as error:
        write_new(str(target), "text")
    assert "No space left" in str(error.value)
    assert os.listdir(tmp_path) == []
