"""A hostile profile is refused in one line, or runs in bounded time: patterns, size, nesting,
``extends`` (docs/security.md, "A hostile profile")."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.core.errors import ProfileError
from packetcoach.profile.load import MAX_PROFILE_BYTES, load_profile
from packetcoach.profile.patterns import MAX_PATTERN_CHARS, MAX_PATTERNS, compile_patterns

HEAD = '[profile]\nname = "mine"\nextends = "amazon-pm"\n'


def profile(folder: Path, body: str, name: str = "mine.toml") -> Path:
    path = folder / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def patterns(*found: str) -> str:
    return "\n[phrases]\nengineering_past_patterns = [" + ", ".join(f"'{p}'" for p in found) + "]\n"


def check(profile_path: Path, draft: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``packetcoach check`` in a process of its own: for a profile that could hang the reading (a pipe),
    one that is huge, and ``extends`` resolved against a working directory."""
    return subprocess.run([sys.executable, "-m", "packetcoach", "check", str(draft), "--profile", str(profile_path),
                           "--format", "json"], capture_output=True, timeout=60, cwd=cwd)


def assert_one_line(proc: subprocess.CompletedProcess, words: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err and words in err, err


def refused(cli, profile_path: Path, draft: Path, words: str) -> str:
    """``check`` through the command line's entry point in this process, refused in one line; its line.

    The refusal is made inside ``main()``; that a real process exits 2 with that one line is checked
    above with real processes and, for every kind of profile refusal, by tests/test_hostile.py."""
    result = cli("check", str(draft), "--profile", str(profile_path), "--format", "json")
    assert result.code == 2, result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err and words in result.err, result.err
    return result.err


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text("- As a former backend engineer, I cut checkout abandonment for sellers from 9% to 4%.\n",
                    encoding="utf-8")
    return path


# ---- patterns: linear time, or refused ----

EXPONENTIAL = [r"(\w+\s?)+$", r"(a+)+b", r"(a|aa)+c", r"(\w*)*x", r"([a-z]+)*[0-9]", r"(.*a){12}"]


@pytest.mark.parametrize("pattern", EXPONENTIAL)
def test_backtracking_patterns_run_in_linear_time(pattern: str) -> None:
    """Each of these takes Python's re seconds to hours on a 28-character line."""
    compiled = compile_patterns([pattern])
    started = time.perf_counter()
    for line in ("a" * 28 + "!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa ", "a " * 5000 + "!", "x" * 200_000):
        list(compiled.finditer(line))
    # a safety bound, not a speed target: backtracking takes seconds to hours here, the linear
    # engine a few milliseconds, so 5 s holds on a loaded machine too
    assert time.perf_counter() - started < 5.0


def test_the_pattern_that_took_32_seconds_is_instant_in_a_report(tmp_path: Path) -> None:
    path = profile(tmp_path, patterns(r"(\w+\s?)+engineer$"))
    started = time.perf_counter()
    report = analyze("- " + "as a former " * 2 + "x" * 28 + "\n", profile=str(path))
    assert time.perf_counter() - started < 20.0  # a safety bound: the pattern once took 32 s
    assert report.items


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(a)\1", "no backreferences or lookaround"),
    (r"(?<=former )engineer", "no backreferences or lookaround"),
    (r"(?=x)", "no backreferences or lookaround"),
    ("x*", "matches empty text"),
    ("(", "cannot be used"),
    ("a" * (MAX_PATTERN_CHARS + 1), "characters long"),
])
def test_unusable_patterns_are_refused_in_one_line(cli, tmp_path: Path, draft: Path, pattern: str, words: str) -> None:
    path = profile(tmp_path, patterns(pattern))
    with pytest.raises(ProfileError, match="engineering_past_patterns"):
        load_profile(str(path))
    refused(cli, path, draft, words)


def test_too_many_patterns_are_refused(tmp_path: Path) -> None:
    path = profile(tmp_path, patterns(*[f"former{n}" for n in range(MAX_PATTERNS + 1)]))
    with pytest.raises(ProfileError, match="the most a profile may have"):
        load_profile(str(path))


def test_a_pattern_matching_everywhere_is_bounded(tmp_path: Path) -> None:
    path = profile(tmp_path, patterns("a"))
    started = time.perf_counter()
    report = analyze("- " + "a " * 9000 + "\n", profile=str(path))
    # a safety bound, not a speed target (bench/ measures speed): a backtracking pattern took 32 s on
    # 28 characters, and this draft takes well under a second, so 20 s holds on a loaded machine too
    assert time.perf_counter() - started < 20.0
    assert len(report.reading.former_engineer_mentions) <= 100


def test_the_builtin_patterns_still_find_the_engineering_past(draft: Path) -> None:
    report = analyze(draft.read_text(encoding="utf-8"))
    assert len(report.reading.former_engineer_mentions) == 1


# ---- size and nesting ----

def test_deep_nesting_is_refused_in_one_line(cli, tmp_path: Path, draft: Path) -> None:
    path = profile(tmp_path, "\n[acronyms]\nknown = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(ProfileError, match="nests arrays or tables too deeply"):
        load_profile(str(path))
    refused(cli, path, draft, "too deeply")


def test_a_huge_profile_is_refused_before_it_is_read(tmp_path: Path, draft: Path) -> None:
    path = tmp_path / "huge.toml"
    with open(path, "wb") as handle:  # sparse: 300 MB by its size, nothing on disk
        handle.truncate(300 * 1024 * 1024)
    started = time.perf_counter()
    assert_one_line(check(path, draft), "far larger than any profile")
    assert time.perf_counter() - started < 30.0  # a safety bound: a process start, not a read of 300 MB
    assert MAX_PROFILE_BYTES < 300 * 1024 * 1024


def test_a_pipe_as_a_profile_does_not_hang(tmp_path: Path, draft: Path) -> None:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    assert_one_line(check(path, draft), "not a regular file")


# ---- extends: beside the profile, and only profiles ----

def test_extends_is_read_beside_the_profile_not_in_the_current_directory(tmp_path: Path, draft: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "base.toml").write_text(HEAD.replace('"mine"', '"base"') + "\n[thresholds]\nlong_sentence_words = 7\n",
                                    encoding="utf-8")
    mine = team / "mine.toml"
    mine.write_text('[profile]\nname = "mine"\nextends = "base.toml"\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "base.toml").write_text("this is not the file meant", encoding="utf-8")
    proc = check(mine, draft, cwd=elsewhere)
    assert proc.returncode in (0, 1), proc.stderr
    assert load_profile(str(mine)).threshold("long_sentence_words", 30) == 7


@pytest.mark.parametrize("target", ["/etc/shadow", "/etc/passwd", "../../../../etc/hostname", "/dev/zero"])
def test_extends_cannot_name_a_file_that_is_not_a_profile(cli, tmp_path: Path, draft: Path, target: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(f'[profile]\nname = "mine"\nextends = "{target}"\n', encoding="utf-8")
    assert ":3" in refused(cli, path, draft, "which is not a profile")  # the line of extends


def test_extends_through_a_link_named_toml_is_refused(cli, tmp_path: Path, draft: Path) -> None:
    (tmp_path / "base.toml").symlink_to("/etc/passwd")
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "base.toml"\n', encoding="utf-8")
    refused(cli, path, draft, "which is not a profile")


def test_extends_a_toml_that_is_not_a_profile(cli, tmp_path: Path, draft: Path) -> None:
    (tmp_path / "other.toml").write_text('[tool.black]\nline-length = 100\n', encoding="utf-8")
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nname = "mine"\nextends = "other.toml"\n', encoding="utf-8")
    assert "other.toml" in refused(cli, path, draft, "unknown table 'tool'")


def test_extends_cycle_through_relative_names(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[profile]\nname = "a"\nextends = "b.toml"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[profile]\nname = "b"\nextends = "./a.toml"\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="extends itself"):
        load_profile(str(tmp_path / "a.toml"))
