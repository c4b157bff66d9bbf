"""The strongest outcome the coach names is a measured result, not how many users a launch reached
(docs/accuracy.md, "Fixes from reading new drafts, a twenty-fourth round"). A claim whose only
number is the share a rollout was shown to ("Rolled out the fare estimate to 20% of riders. Early
feedback was good ...") may be ready by the guide's definition, yet the room cannot repeat a result
from it: the top changes, the lead hint and the 90-second read rank it after every claim that
measures one. With nothing measured beside it, it stays what the coach names. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.output.json import report_json

# the rollout comes first and is the only ready claim with a customer; the result after it is measured
EXPOSURE_FIRST = """# 2026 self-assessment

## Spring

- In February I ran 9 interviews with tenants about late repair visits.
- Rolled out the repair tracker to 30% of tenants in Leeds in April. Early results were positive and we saw fewer calls about missed repair visits from the pilot group, although the full analysis is still to come.
- Wrote the brief for the landlord portal with the design team.

## Autumn

- Rebuilt the repair booking page for tenants with a broken boiler; I cut it to one screen, and repairs booked on the first try rose from 46% to 79% for those tenants.
- Started planning next year with the team: a landlord portal, a new call-back queue and repair photos.
"""

# the same draft with no measured result beside the rollout
EXPOSURE_ALONE = EXPOSURE_FIRST.replace(
    "- Rebuilt the repair booking page for tenants with a broken boiler; I cut it to one screen, and repairs "
    "booked on the first try rose from 46% to 79% for those tenants.\n",
    "- Rebuilt the repair booking page for tenants with a broken boiler with the design team.\n")

# a rollout told with its own measured result: the result is the story's, and it leads
ROLLOUT_WITH_RESULT = EXPOSURE_FIRST.replace(
    "Early results were positive and we saw fewer calls about missed repair visits from the pilot group, "
    "although the full analysis is still to come.",
    "Calls to the help line from tenants in the pilot fell from 1,200 to 700 a month against the rest.")


def _changes(text: str) -> list[dict]:
    return report_json(analyze(text, level="L6"))["verdict"]["top_changes"]


def _lead_changes(text: str) -> list[dict]:
    return [c for c in _changes(text) if c["kind"] in ("lead-with-outcome", "cut-diary")]


def _item_at(text: str, words: str) -> str:
    report = analyze(text, level="L6")
    return next(i.id for i in report.items if words in i.text)


def test_the_top_changes_lead_with_the_measured_result_not_the_rollout_share() -> None:
    changes = _lead_changes(EXPOSURE_FIRST)
    assert changes
    rebuilt = _item_at(EXPOSURE_FIRST, "Rebuilt the repair booking page")
    for change in changes:
        assert change["items"] == [rebuilt]
        assert "30% of tenants" not in change["what"]


def test_the_lead_hint_and_the_skim_rank_the_rollout_share_last() -> None:
    report = report_json(analyze(EXPOSURE_FIRST, level="L6"))
    rollout = _item_at(EXPOSURE_FIRST, "Rolled out the repair tracker")
    assert report["document"]["lead_suggestion"] == _item_at(EXPOSURE_FIRST, "Rebuilt the repair booking page")
    strongest = report["document"]["strongest_items"]
    assert strongest[-1] == rollout or rollout not in strongest


def test_a_rollout_share_with_nothing_measured_beside_it_is_still_named() -> None:
    rollout = _item_at(EXPOSURE_ALONE, "Rolled out the repair tracker")
    report = report_json(analyze(EXPOSURE_ALONE, level="L6"))
    assert report["document"]["lead_suggestion"] == rollout
    assert all(c["items"] == [rollout] for c in _lead_changes(EXPOSURE_ALONE))


def test_a_rollout_told_with_its_own_result_keeps_the_lead() -> None:
    rollout = _item_at(ROLLOUT_WITH_RESULT, "Rolled out the repair tracker")
    assert report_json(analyze(ROLLOUT_WITH_RESULT, level="L6"))["document"]["strongest_items"][0] == rollout


def test_a_session_ranks_the_rollout_share_as_analyze_does() -> None:
    session = Session(level="L6")
    for text in (EXPOSURE_FIRST, EXPOSURE_ALONE, ROLLOUT_WITH_RESULT, EXPOSURE_FIRST):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))
