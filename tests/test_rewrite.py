"""The rewrite command and view: every item, the shape for each weak one, the readiness sentence."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from test_scaffold import drafts

from packetcoach.api import analyze
from packetcoach.coach.clauses import Clause, split_clauses
from packetcoach.coach.noinvent import invented
from packetcoach.coach.rewrite import rewrite_json, rewrite_report
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")

WEAK = "examples/weak-engineer-voice.md"
STRONG = "examples/strong-pm-voice.md"


def test_every_item_has_a_readiness_sentence_and_weak_ones_a_shape() -> None:
    text = Path(WEAK).read_text(encoding="utf-8")
    rewrite = rewrite_report(analyze(text, source=WEAK))
    assert len(rewrite.items) == len(rewrite.report.items)
    for entry in rewrite.items:
        assert entry.readiness.text.startswith(("The customer I served was ", "The customers I served were "))
        assert (entry.scaffold is None) == (entry.item.ready or entry.edit in ("cut", "context"))
        assert entry.edit in ("keep", "rewrite", "cut", "merge", "context")
        assert (entry.edit == "keep") == entry.item.ready
        assert entry.original == " ".join(entry.item.text.split())
        if not entry.item.ready:
            assert entry.missing
    assert len(rewrite.not_ready) > len(rewrite.items) // 2


@settings(max_examples=100, deadline=None)
@given(drafts())
def test_json_form_is_complete_and_never_invents(draft: str) -> None:
    payload = rewrite_json(rewrite_report(analyze(draft)))
    assert payload["schema"] == "packetcoach.rewrite/1"
    for entry in payload["items"]:
        item_text = draft[entry["start"]:entry["end"]]
        for shape in [*entry["shapes"], entry["readiness"]]:
            assert invented(shape["text"], item_text, RUBRIC) == []
            assert set(shape["slots"]) and all(isinstance(s["filled"], bool) for s in shape["slots"].values())
        assert entry["scaffold"] == (entry["shapes"][0]["text"] if entry["shapes"] else None)
        assert entry["edit"] in ("keep", "rewrite", "cut", "merge", "context")


def test_clauses_cut_on_punctuation_and_openers_but_not_inside_numbers() -> None:
    text = "Cut cost by 18%, which saved $1,200.50 a week by removing 42,000 manual steps instead of hiring."
    item = analyze(text).items[0]
    clauses = split_clauses(item.tokens, ("which", "by", "instead of"))
    pieces = [text[c.start:c.end] for c in clauses]
    assert pieces == ["Cut cost by 18%", "which saved $1,200.50 a week", "by removing 42,000 manual steps",
                      "instead of hiring"]
    assert isinstance(clauses[0], Clause) and clauses[1].opener == ("which",)


def test_cli_terminal_is_side_by_side(cli) -> None:
    result = cli("rewrite", WEAK, "--color", "never")
    assert result.code == 0, result.err
    assert "your draft" in result.out and "stronger shape" in result.out
    assert "readiness test" in result.out and "[brackets]" in result.out
    assert "Migrated the promise" in result.out


def test_cli_json_and_markdown(cli) -> None:
    payload = cli("rewrite", STRONG, "--format", "json").json()
    assert payload["schema"] == "packetcoach.rewrite/1" and payload["source"] == STRONG
    assert payload["items_ready"] == sum(item["ready"] for item in payload["items"])
    markdown = cli("rewrite", WEAK, "--format", "markdown").out
    assert markdown.startswith("# packetcoach rewrite: ")
    assert "**Strong shape:** " in markdown and "**Readiness test:**" in markdown
    assert "Identified that" not in markdown  # the shape is the writer's sentences and [questions]


def test_engineering_work_is_cut_and_a_story_across_lines_is_merged() -> None:
    text = Path("tests/data/coach/drafts/d08.md").read_text(encoding="utf-8")
    rewrite = rewrite_report(analyze(text, level="L6", doc_type="promotion"))
    edits = {entry.item.id: entry for entry in rewrite.items}
    assert edits["over-the-weekend-i-profiled"].edit == "cut"
    assert edits["over-the-weekend-i-profiled"].advice.startswith("Cut this")
    story = next(entry for entry in rewrite.items if "replace the single form with templates" in entry.item.text)
    assert story.item.ready and "Rejections at submission fell" in story.item.text  # labelled parts: one item
    apart = ("# Year\n\n## Listing templates\n\nI decided to replace the single listing form with templates "
             "for the 25 categories that cover most new sellers.\n\nSeven months on, rejections of new sellers' "
             "listings at submission fell from 31% to 12%.\n")
    merged = [entry for entry in rewrite_report(analyze(apart, level="L6")).items if entry.edit == "merge"]
    assert merged and all(entry.advice.startswith("Merge these (lines ") for entry in merged)


def test_cli_reads_stdin(tmp_path) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "packetcoach", "rewrite", "-", "--format", "json"],
                          input=Path(WEAK).read_bytes(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert b'"source": "-"' in proc.stdout


def test_cli_errors_are_one_line(cli, tmp_path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    for args in (("rewrite", str(tmp_path / "missing.md")), ("rewrite", str(empty)),
                 ("rewrite", WEAK, "--level", "L9"), ("rewrite", WEAK, "--format", "html")):
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err


def test_a_ready_item_is_not_asked_to_fill_a_blank(cli, tmp_path) -> None:
    """A ready item whose result the template cannot restate keeps "ready: keep it as it is" and
    no readiness test full of blanks asking for what it already says."""
    draft = tmp_path / "ready.md"
    draft.write_text("- Launched daily payouts in Spain. Sellers who switched kept 12% more listings active after "
                     "90 days, worth about $9M a year in fees.\n", encoding="utf-8")
    markdown = cli("rewrite", str(draft), "--format", "markdown").out
    assert ": ready" in markdown and "**Readiness test:**" not in markdown, markdown
