"""A ready form that tells more stories than its type takes: the room reads it as ready on its
evidence, and the one step left is to cut it to the type's number, which the verdict's sentence, its
one change and the terminal all say. A ready form within the number, and a form that is not ready,
read as they always did."""

from __future__ import annotations

import io

from packetcoach import analyze
from packetcoach.output.markdown import render as markdown
from packetcoach.output.terminal import render as terminal

OPENING = ("# Accomplishments 2026\n\nI already operate at L5: I doubled the clinics that sign up each month, "
           "from 40 to 95, by waiving the setup fee for small practices, and cut refill waits from 3 days to "
           "6 hours.\n\n## Wins\n\n")
WINS = [
    "- Talked the finance lead into dropping the setup fee for practices under ten vets, raising clinic sign-ups from 40 to 95 a month.",
    "- Ended the printed-brochure project once a survey showed 3% of owners opened it, and moved its budget to search.",
    "- Cut the wait for a repeat prescription from 3 days to 6 hours by letting pharmacists approve refills in the app.",
    "- Launched booster reminders, lifting on-time vaccinations among dog owners from 58% to 74% in two quarters.",
    "- Picked a plain symptom checker over the vendor's chatbot, cutting night-line triage calls from 900 a week to 520.",
    "- Put the booking calendar on the first screen, raising completed first bookings from 31% to 47% of new owners.",
    "- Grew newsletter sign-ups 12% in Q2.",
]
MISSES = ("\n## Misses\n\n- I sent the loyalty card to every clinic at once; redemptions stayed under 2% of visits, "
          "and next time I would pilot it with five clinics and a holdout before anyone printed a card.\n")
STEP = "one step left: cut it to the 5 stories the accomplishments document takes"


def _report(text: str):
    return analyze(text, level="L5", doc_type="accomplishments")


def _terminal(report) -> str:
    out = io.StringIO()
    terminal(report, out, color=False)
    return out.getvalue()


def test_a_ready_form_over_its_limit_is_ready_with_one_step_left() -> None:
    report = _report(OPENING + "\n".join(WINS) + "\n")
    verdict = report.verdict
    assert verdict.ready and verdict.reading == "at" and verdict.gap == "none"
    assert verdict.summary.startswith("Ready at L5") and STEP in verdict.summary
    assert verdict.keep  # what it stands on, still named
    assert [c.kind for c in verdict.top_changes] == ["cut-stories"]
    step = verdict.top_changes[0]
    assert "Grew newsletter sign-ups 12% in Q2" in step.what and step.rules == ("too-many-stories",)
    # the change names the stories the finding names, never one the verdict says to leave
    finding = next(f for f in report.findings if f.name == "too-many-stories")
    assert "Grew newsletter sign-ups 12% in Q2" in finding.suggestion
    assert "setup fee" not in step.what and "printed-brochure" not in step.what
    shown = _terminal(report)
    assert STEP in shown and "1. Keep the strongest 5 stories" in shown
    assert "this is ready; time spent polishing" not in shown
    assert "1. Keep the strongest 5 stories" in markdown(report)


def test_a_ready_form_within_its_limit_still_stops_polishing() -> None:
    report = _report(OPENING + "\n".join(WINS[:5]) + "\n" + MISSES)
    verdict = report.verdict
    assert verdict.ready and verdict.top_changes == ()
    assert verdict.summary.endswith("; stop polishing.") and "one step left" not in verdict.summary
    assert not any(f.name == "too-many-stories" for f in report.findings)
    assert "none: this is ready; time spent polishing it is time taken from the work." in _terminal(report)


def test_a_form_over_its_limit_that_is_not_ready_keeps_its_measured_changes() -> None:
    # no opening claim and no retell: the room reads it at the level, with a gap in the telling
    report = _report("# Accomplishments 2026\n\n" + "\n".join(WINS) + "\n" + MISSES)
    verdict = report.verdict
    assert not verdict.ready and "one step left" not in verdict.summary
    kinds = [c.kind for c in verdict.top_changes]
    assert kinds and kinds[0] != "cut-stories"  # ranked by what each gains, as before
    assert all(c.gain >= 0.5 for c in verdict.top_changes)
