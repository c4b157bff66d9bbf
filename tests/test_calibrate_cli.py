"""``packetcoach calibrate`` as users meet it: real processes, formats, exit codes, bad input,
the JSON contract, a writer's draft beside peers, and the progress line on a terminal."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

DATA = Path(__file__).resolve().parent / "data" / "calibration"
TIES = DATA / "set-ties"


def run(*argv: str, cwd: Path | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "packetcoach", "calibrate", *argv], capture_output=True,
                          text=True, timeout=120, cwd=cwd, **kwargs)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(resources.files("packetcoach").joinpath("output/schemas/calibration.schema.json")
                        .read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_json_follows_the_contract(cli, monkeypatch, validator) -> None:
    monkeypatch.chdir(TIES)
    result = cli("calibrate", "a.md", "b.md", "c.md", "dup.md", "wrong-level.md", "--format", "json")
    assert result.code == 0, result.err
    document = result.json()
    validator.validate(document)
    assert document["schema"] == "packetcoach.calibration/1" and document["level"] == "L6"
    assert {r["source"] for r in document["ranking"]} == {"a.md", "b.md", "c.md"}
    assert [r["rank"] for r in document["ranking"]] == [1, 2, 3]
    assert document["ranking"][0]["loses_to"] == []
    assert all(r["loses_to"] for r in document["ranking"][2:])
    assert {tuple(sorted(t[:2])) for t in document["ties"]} == {("a.md", "b.md")}
    reasons = {a["source"]: a["reason"] for a in document["set_aside"]}
    assert reasons == {"dup.md": "duplicate", "wrong-level.md": "wrong-level"}


def test_json_validates_for_every_set(cli, validator) -> None:
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        level = json.loads((folder / "expected.json").read_text())["level"]
        result = cli("calibrate", str(folder), "--level", level, "--format", "json")
        assert result.code == 0, result.err
        validator.validate(result.json())


def test_same_input_same_output(cli) -> None:
    """In every format, run twice; and spread over two worker processes, which finish in any order."""
    names = [str(TIES / n) for n in ("a.md", "b.md", "c.md")]
    for fmt in ("json", "markdown", "html", "terminal"):
        assert cli("calibrate", *names, "--format", fmt).out == cli("calibrate", *names, "--format", fmt).out
    one = run(*names, "--format", "json")
    two = run(*names, "--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout


def test_terminal_brief_has_a_page_per_person(cli, monkeypatch) -> None:
    monkeypatch.chdir(TIES)
    result = cli("calibrate", "a.md", "b.md", "c.md", "--color", "never")
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("Calibration at L6 · amazon-pm · 3 packets ranked")
    for name in ("Sofia", "Jonas", "Chloe"):
        assert f"· {name} ·" in out
    assert out.count("case: ") == 3 and "objections to expect" in out and "no answer in the packet" in out
    assert "tie: " in out and "\x1b[" not in out


def test_bad_input_is_one_line_and_the_others_are_still_ranked(tmp_path: Path) -> None:
    for name in ("a.md", "b.md", "c.md"):
        shutil.copy(TIES / name, tmp_path / name)
    (tmp_path / "empty.md").write_text("  \n", encoding="utf-8")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    proc = run("a.md", "empty.md", "missing.md", "image.md", "b.md", "c.md", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 3 and all(line.startswith("packetcoach: ") for line in lines), proc.stderr
    assert "empty.md" in lines[0] and "missing.md" in lines[1] and "image.md" in lines[2]
    assert "Traceback" not in proc.stderr
    document = json.loads(proc.stdout)
    assert {r["source"] for r in document["ranking"]} == {"a.md", "b.md", "c.md"}
    assert {e["source"] for e in document["errors"]} == {"empty.md", "missing.md", "image.md"}


def test_writer_beside_peers_sees_where_they_lose(cli, monkeypatch) -> None:
    monkeypatch.chdir(TIES)
    result = cli("calibrate", "c.md", "--peers", "a.md", "b.md", "--color", "never")
    assert result.code == 0, result.err
    assert "where this packet loses:" in result.out
    assert "a.md on " in result.out and "b.md on " in result.out
    assert result.out.count("case: ") == 1  # the draft's own page; the peers are in the table
    document = cli("calibrate", "c.md", "--peers", "a.md", "b.md", "--format", "json").json()
    assert document["focus"] == "c.md"
    mine = next(r for r in document["ranking"] if r["source"] == "c.md")
    assert {c["source"] for c in mine["loses_to"]} == {"a.md", "b.md"}


def test_peers_take_one_draft_and_options_fail_before_reading(cli, monkeypatch) -> None:
    monkeypatch.chdir(TIES)
    result = cli("calibrate", "a.md", "b.md", "--peers", "c.md")
    assert result.code == 2 and result.err.count("\n") == 1 and "--peers" in result.err
    result = cli("calibrate", "missing.md", "--level", "L9")
    assert result.code == 2 and "unknown level" in result.err and "missing" not in result.err


def test_stdin_is_a_packet() -> None:
    draft = (TIES / "b.md").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "calibrate", "-", str(TIES / "c.md"),
                           "--format", "json"], input=draft, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [r["source"] for r in json.loads(proc.stdout)["ranking"]] == ["-", str(TIES / "c.md")]


def test_progress_shows_on_a_terminal_only(tmp_path: Path) -> None:
    for n in range(8):
        shutil.copy(TIES / "abc"[n % 3].join(("", ".md")), tmp_path / f"p{n}.md")
        with (tmp_path / f"p{n}.md").open("a", encoding="utf-8") as handle:
            handle.write(f"\n- Cut refund time for {n + 2} sellers from 9 days to 2.\n")
    quiet = run(str(tmp_path), "--format", "json")
    assert quiet.returncode == 0 and "calibrated" not in quiet.stderr
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "packetcoach", "calibrate", str(tmp_path), "--format", "json"],
                              stdout=subprocess.PIPE, stderr=follower, timeout=120)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert proc.returncode == 0
    assert b"calibrated 8/8 packets" in shown
    assert len(json.loads(proc.stdout)["ranking"]) == 8


def test_a_stack_written_for_another_level_gets_a_hint(cli) -> None:
    result = cli("calibrate", str(DATA / "set-l7"), "--format", "json")
    assert result.code == 0
    assert result.json()["ranking"] == [] and len(result.json()["set_aside"]) == 3
    assert "every packet argues for L7" in result.err and "--level L7" in result.err


def test_a_draft_at_the_top_still_sees_where_a_peer_leads(cli, monkeypatch) -> None:
    """Beside its peers, the draft's page lists a peer below it that is clearly ahead somewhere."""
    monkeypatch.chdir(TIES)
    document = cli("calibrate", "b.md", "--peers", "a.md", "c.md", "--format", "json").json()
    mine = document["ranking"][0]
    assert mine["source"] == "b.md" and mine["rank"] == 1
    assert [(c["source"], c["dimension"]) for c in mine["loses_to"]] == [("a.md", "evidence")]
