"""The incremental Session gives exactly the report a fresh analysis gives, and reads only what changed."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import packetcoach.api as api
from packetcoach import Session, analyze, report_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))

LINES = st.sampled_from([
    "- Convinced the payments VP to drop the extra step for small sellers, raising completion from 71% to 89%.",
    "- Built a new caching layer for the catalog service, reducing p99 latency by 40ms.",
    "- Held 40 customer interviews with sellers about onboarding.",
    "- I think we successfully improved the returns experience for various customers.",
    "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.",
    "I operate at L6: I set the roadmap four teams build from. This cut churn from 9% to 6%.",
    "As a former engineer, I traced refund failures to timeouts, cutting refund contacts 30%.",
    "## Q3", "## Objections I expect", "## Next year", "", "",
    "<!-- packetcoach: ignore engineering-verb -->",
    "In March we migrated the ledger. Then we rewrote the payout job, which took 6 weeks.",
    "- **Raised** checkout conversion for Prime members from 2.1% to 2.6%.",
    "- Proposed and launched one-click reorder for grocery shoppers, lifting repeat orders 9%.",
    # what each block's kept digest answers for the reading: judgment headings, scope statements,
    # lessons, plans and stories whose scope a statement in their section shows
    "## What I started", "## What I stopped",
    "I own checkout for 5M buyers across three teams.",
    "- Learned to bring finance in before the pricing review; next time I will start there.",
    "- Next year I plan to extend one-click reorder to pharmacy customers.",
    "- Started the seller-fees review that cut disputes for small sellers from 12% to 7%.",
    # a manager's third-person draft: read with the candidate as the writer once it tells of them enough
    "Dana convinced the VP to drop the listing fee for small sellers; seller churn fell from 9% to 6%.",
    "She stopped the coupon builder after 2% of sellers used it.",
    "- Dana hired two PMs and coached both to run their own launches.",
])
EDITS = st.lists(st.tuples(st.sampled_from(["insert", "delete", "replace", "move", "type", "heading"]),
                           st.integers(min_value=0, max_value=40), LINES, st.text(max_size=3)),
                 min_size=1, max_size=12)


def _apply(lines: list[str], edit) -> list[str]:
    action, at, line, typed = edit
    lines = list(lines)
    where = at % (len(lines) + 1)
    if action == "insert" or not lines:
        lines.insert(where, line)
    elif action == "delete":
        del lines[where % len(lines)]
    elif action == "replace":
        lines[where % len(lines)] = line
    elif action == "move":
        moved = lines.pop(where % len(lines))
        lines.insert(at % (len(lines) + 1), moved)
    elif action == "type":  # a keystroke or three inside a line
        target = lines[where % len(lines)]
        cut = at % (len(target) + 1)
        lines[where % len(lines)] = target[:cut] + typed + target[cut:]
    else:
        lines.insert(where, f"## Heading {at}")
    return lines


def _same(session_report, fresh) -> None:
    assert json.dumps(report_json(session_report), sort_keys=True) == json.dumps(report_json(fresh), sort_keys=True)
    # the typed report too: every passage and item where a fresh read puts it, and each passage at
    # its own block (a heading the draft holds twice is read once, and shows in no JSON field)
    assert session_report.document == fresh.document
    assert session_report.reading == fresh.reading
    for report in (session_report, fresh):
        assert tuple(passage.block for passage in report.document.passages) == report.document.blocks


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(LINES, max_size=10), edits=EDITS,
       level=st.sampled_from(["L5", "L6", "L7"]))
def test_a_session_after_any_edits_matches_a_fresh_analysis(start, edits, level) -> None:
    session = Session(level=level)
    lines = start
    session.analyze("\n".join(lines) + "\n")
    for edit in edits:
        lines = _apply(lines, edit)
        text = "\n".join(lines) + "\n"
        _same(session.analyze(text), analyze(text, level=level))


def test_an_edit_in_one_item_reads_only_that_block(monkeypatch) -> None:
    text = EXAMPLES[0].read_text(encoding="utf-8")
    session = Session()
    session.analyze(text)
    calls = []
    original = api.Reader._read_block

    def counting(self, block, source, *context):
        calls.append(source)
        return original(self, block, source, *context)

    monkeypatch.setattr(api.Reader, "_read_block", counting)
    target = next(line for line in text.splitlines() if line.startswith("- "))
    edited = text.replace(target, target + " Quickly.", 1)
    incremental = session.analyze(edited)
    assert len(calls) == 1 and calls[0].endswith("Quickly.")
    _same(incremental, analyze(edited))


def test_an_edit_taken_back_reads_no_block_again(monkeypatch) -> None:
    """A keystroke deleted again, an undo, or an edit that moves to another line: the block as it
    was before is still known, so only the block that now differs is read."""
    text = EXAMPLES[0].read_text(encoding="utf-8")
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    session = Session()
    session.analyze(text)
    session.analyze(text.replace(bullets[0], bullets[0] + " Quickly.", 1))
    calls = []
    original = api.Reader._read_block

    def counting(self, block, source, *context):
        calls.append(source)
        return original(self, block, source, *context)

    moved = text.replace(bullets[1], bullets[1] + " Quickly.", 1)
    fresh = analyze(moved), analyze(text)
    monkeypatch.setattr(api.Reader, "_read_block", counting)
    _same(session.analyze(moved), fresh[0])
    assert len(calls) == 1 and calls[0].endswith("Quickly.")
    _same(session.analyze(text), fresh[1])
    assert len(calls) == 1


def test_examples_read_through_a_session_match(tmp_path) -> None:
    session = Session(level="L6")
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        _same(session.analyze(text), analyze(text))
    assert session.cached_blocks > 0


def test_a_repeated_item_is_renamed_with_its_findings() -> None:
    """Two items opening with the same words: the second is "-2", and its findings name it so, as a
    Session's report does too."""
    line = "- Held 40 customer interviews with sellers about onboarding."
    text = f"## Q3\n\n{line}\n\n## Q4\n\n{line}\n"
    report = analyze(text)
    ids = [item.id for item in report.document.items]
    assert len(ids) == 2 and ids[1] == ids[0] + "-2"
    named = [f.item for f in report.findings if f.item is not None]
    assert ids[1] in named and ids[0] in named
    assert all(type(f).__name__ == "Finding" for f in report.findings)
    assert report_json(Session().analyze(text)) == report_json(report)
