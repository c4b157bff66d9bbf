"""The verdict and the room's level line never contradict each other: a packet read below its level
for want of evidence, whose work meets that level's bar, says both in its one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from packetcoach import analyze
from packetcoach.output.labels import work_reaches

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Our own L5 draft: one owned area and one measured customer result, the rest effort and
# engineering work, so the work meets the L5 bar while the stories do not yet prove it.
THIN_L5 = """# Self-assessment

I own the returns portal for the garden tools shop, used by about 40,000 customers a year.

- Rewrote the returns service in Kotlin and cut p95 latency from 800 ms to 200 ms.
- Held weekly syncs with the warehouse team.
- Attended the quarterly planning offsite.
- Replaced the printed returns label with a QR code at the counter; returns that reached us with
  the wrong label fell from 14% to 3% of parcels, and customers' refunds arrived four days sooner.
- Wrote the design document for the new returns dashboard.
- Migrated 12 cron jobs to the new scheduler.
- Reviewed the team's pull requests every morning and kept the review queue under a day.
- Ran the on-call rotation for the returns service in March and April.
- Interviewed eight customers about how they pack a return, and shared the notes with design.
- Joined the company's accessibility working group and attended its monthly meetings.
- Moved the returns analytics from spreadsheets to the data warehouse, with 30 new tables.

Next year I want to open returns to the shop's trade customers, who buy a fifth of our tools, and
I will ask my manager for a stretch goal on refund time so the room can judge the whole year.
"""


def _level_line(report) -> str:
    return work_reaches(report.reading.supported_level, report)


def test_below_with_the_bar_met_says_both():
    report = analyze(THIN_L5, level="L5", doc_type="self-assessment")
    summary = report.verdict.summary
    assert report.verdict.reading == "below", summary
    assert "meets the L5 bar" in _level_line(report)
    assert summary.startswith("Reads below L5 for now: the work described meets the L5 bar, but "), summary


def test_below_with_the_bar_not_met_says_only_below():
    report = analyze(THIN_L5, level="L7", doc_type="promotion")
    summary = report.verdict.summary
    assert report.verdict.reading == "below", summary
    assert "meets the L7 bar" not in _level_line(report)
    assert summary.startswith("Reads below L7: "), summary
    assert "meets the" not in summary


def _packets():
    rows = [json.loads(line) for line in (CORPUS / "packets.jsonl").read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row["level"] in ("L5", "L6")][::6]


@pytest.mark.parametrize("row", _packets(), ids=lambda row: row["id"])
def test_verdict_and_level_line_agree_on_corpus_packets(row):
    text = (CORPUS / row["file"]).read_text(encoding="utf-8")
    report = analyze(text, level=row["level"], doc_type=row["doc_type"])
    summary, line = report.verdict.summary, _level_line(report)
    met = f"meets the {row['level']} bar" in line
    if summary.startswith(f"Reads below {row['level']}"):
        assert (f"the work described meets the {row['level']} bar" in summary) == met, (summary, line)
    else:
        assert "for now" not in summary.split(":")[0], summary
