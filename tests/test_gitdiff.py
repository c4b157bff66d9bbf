"""check --diff REV: only findings on lines changed since a revision; clean errors outside git."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

BASE = ("# Review\n\n"
        "- Convinced the payments VP to drop the extra verification step for small sellers, raising checkout "
        "completion from 71% to 89%.\n"
        "- Held 40 customer interviews with sellers about onboarding.\n")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false",
                    *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    _git(tmp_path, "init", "-q")
    (tmp_path / "me.md").write_text(BASE, encoding="utf-8")
    _git(tmp_path, "add", "me.md")
    _git(tmp_path, "commit", "-q", "-m", "first draft")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lines(out: str) -> set[int]:
    return {int(row.split(":")[1]) for row in out.splitlines()}


def test_only_changed_lines_are_reported(repo, cli) -> None:
    everything = cli("check", "me.md", "--format", "compact", "--fail-on", "never")
    assert {1, 4} <= _lines(everything.out)
    (repo / "me.md").write_text(BASE + "- Built a caching layer, cutting p99 latency by 40ms.\n", encoding="utf-8")
    result = cli("check", "me.md", "--format", "compact", "--diff", "HEAD", "--fail-on", "warning")
    assert _lines(result.out) == {5}, result.out
    assert result.code == 1
    assert cli("check", "me.md", "--format", "compact", "--changed-lines").out == result.out
    _git(repo, "commit", "-q", "-am", "second")
    clean = cli("check", "me.md", "--format", "compact", "--diff", "HEAD", "--fail-on", "info")
    assert clean.out == "" and clean.code == 0
    assert _lines(cli("check", "me.md", "--format", "compact", "--diff", "HEAD~1").out) == {5}


def test_a_new_untracked_draft_is_all_changed(repo, cli) -> None:
    (repo / "new.md").write_text(BASE, encoding="utf-8")
    result = cli("check", "new.md", "--format", "compact", "--diff", "HEAD", "--fail-on", "never")
    assert {1, 4} <= _lines(result.out)


def test_unknown_revision_and_no_repository_are_one_line_errors(repo, cli, tmp_path_factory) -> None:
    result = cli("check", "me.md", "--diff", "no-such-branch")
    assert result.code == 2 and result.err.count("\n") == 1 and "unknown revision 'no-such-branch'" in result.err
    outside = tmp_path_factory.mktemp("plain") / "draft.md"
    outside.write_text(BASE, encoding="utf-8")
    result = cli("check", str(outside), "--diff", "HEAD")
    assert result.code == 2 and result.err.count("\n") == 1
    assert result.err.startswith(f"packetcoach: {outside}: --diff needs a git repository")
    result = cli("check", "-", "--diff", "HEAD")
    assert result.code == 2 and "--diff needs files, not standard input" in result.err
