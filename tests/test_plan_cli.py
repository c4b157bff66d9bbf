"""`packetcoach plan` as users run it: dates, the draft or none, the calendar file, the trend."""

from __future__ import annotations

import shutil
from pathlib import Path

import icalendar
import pytest

ROOT = Path(__file__).resolve().parents[1]
DUE = ("--due", "2026-03-02", "--today", "2026-02-16")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("PACKETCOACH_DATA_DIR", str(directory))
    monkeypatch.delenv("PACKETCOACH_NO_HISTORY", raising=False)
    return directory


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return Path(shutil.copy(ROOT / "examples" / "mixed.md", tmp_path / "self-assessment.md"))


@pytest.mark.parametrize("argv, option", [
    (("plan", "--due", "2026-02-30"), "--due"),
    (("plan", "--due", "next friday"), "--due"),
    (("plan", "--due", "2026-03-02", "--today", "03/01/2026"), "--today"),
    (("plan",), "--due"),
    (("plan", "--due", "2026-03-02", "--force"), "--force"),
    (("plan", "--due", "2026-03-02", "--level", "L9"), "--level"),
])
def test_bad_options_are_one_line_usage_errors(cli, data: Path, argv, option: str) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert result.err.count("\n") == 1 and result.err.startswith("packetcoach: ") and option in result.err
    assert not result.out


def test_plan_for_a_draft(cli, data: Path, draft: Path, contract) -> None:
    result = cli("plan", str(draft), *DUE, "--format", "json")
    assert result.code == 0, result.err
    plan = result.json()
    contract("plan", plan)
    assert (plan["phase"], plan["gap"], plan["coaching"]["verdict"]) == ("narrative", "narrative", "worth-it")
    assert plan["source"] == str(draft)
    assert len(plan["trend"]) == 1  # the draft was kept, and is its own first point


def test_the_trend_follows_the_versions_checked(cli, data: Path, draft: Path) -> None:
    assert cli("check", str(draft), "--format", "json").code in (0, 1)
    draft.write_text((ROOT / "examples" / "strong-pm-voice.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert cli("check", str(draft), "--format", "json").code in (0, 1)
    cli("check", str(draft), "--level", "L7", "--format", "json")  # another level: not this trend
    plan = cli("plan", str(draft), *DUE, "--format", "json").json()
    assert [point["packet"] for point in plan["trend"]] == [62, 85]
    assert "trend: ▅▇  packet 62 -> 85 over 2 versions" in cli("plan", str(draft), *DUE).out


def test_no_history_keeps_nothing(cli, data: Path, draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = cli("plan", str(draft), *DUE, "--format", "json", "--no-history").json()
    assert plan["trend"] == [] and not data.exists()
    monkeypatch.setenv("PACKETCOACH_NO_HISTORY", "1")
    assert cli("plan", str(draft), *DUE, "--format", "json").json()["trend"] == []
    assert not data.exists()


def test_plan_from_the_dates_alone(cli, data: Path, contract) -> None:
    contract("plan", cli("plan", "--due", "2026-03-02", "--today", "2026-01-05", "--format", "json").json())
    contract("plan", cli("plan", "--due", "2026-03-02", "--today", "2026-03-05", "--format", "json").json())
    result = cli("plan", "--due", "2026-03-02", "--today", "2026-01-05")
    assert result.code == 0, result.err
    assert "phase: collect" in result.out and "cannot judge without the draft" in result.out
    assert "2026-01-26 [ ] Ask your manager which level they are defending" in result.out


def test_terminal_and_markdown(cli, data: Path, draft: Path) -> None:
    terminal = cli("plan", str(draft), *DUE).out
    assert "14 days left  ·  phase: narrative" in terminal and "coaching: worth it (2-4 sessions)" in terminal
    assert "── ask your manager" in terminal
    markdown = cli("plan", str(draft), *DUE, "--format", "markdown").out
    assert markdown.startswith("# Plan for ") and "- [ ] **2026-02-16** " in markdown


def test_ics_is_written_refused_then_replaced(cli, data: Path, draft: Path, tmp_path: Path) -> None:
    ics = tmp_path / "prep.ics"
    result = cli("plan", str(draft), *DUE, "--ics", str(ics))
    assert result.code == 0, result.err
    assert result.err == f"packetcoach: wrote {ics} (8 events)\n"
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 8 and events[-1]["summary"] == "Review packet due"
    first = ics.read_bytes()
    refused = cli("plan", str(draft), *DUE, "--ics", str(ics))
    assert refused.code == 2 and "already exists" in refused.err and ics.read_bytes() == first
    assert cli("plan", str(draft), "--due", "2026-03-09", "--today", "2026-02-16", "--ics", str(ics),
               "--force").code == 0
    assert (tmp_path / "prep.ics.bak").read_bytes() == first and ics.read_bytes() != first


def test_ics_never_over_the_draft(cli, data: Path, draft: Path) -> None:
    before = draft.read_bytes()
    result = cli("plan", str(draft), *DUE, "--ics", str(draft), "--force")
    assert result.code == 2 and "is the draft itself" in result.err
    assert draft.read_bytes() == before


def test_a_file_name_that_is_not_utf8(cli, data: Path, tmp_path: Path) -> None:
    import os  # noqa: PLC0415

    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/draft-\xff.md")
    shutil.copy(ROOT / "examples" / "mixed.md", name)
    ics = tmp_path / "prep.ics"
    result = cli("plan", name, *DUE, "--ics", str(ics))
    assert result.code == 0, result.err
    due = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))[-1]
    assert str(due["description"]).endswith("draft-\\udcff.md")
