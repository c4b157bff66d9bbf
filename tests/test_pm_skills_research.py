"""Research told as the writer's deed shows a PM skill beyond engineering (SPEC 2.14): "I interviewed
30 patients", "read 300 exit surveys myself", "joined driver ride-alongs", "sat in on 14 fittings", "shadowed a
night shift". "Sat with" stays out: writers sit with data as often as with people. A packet with such a deed
draws no no-pm-skills finding; one with only engineering work still does."""

from __future__ import annotations

import pytest

import packetcoach

ENGINEERING = "- Rebuilt the booking service in Go and cut p99 latency from 900ms to 120ms.\n"


def _rules(text: str) -> set[str]:
    report = packetcoach.analyze(text, profile="amazon-pm", level="L6")
    return {finding.name for finding in report.findings}


@pytest.mark.parametrize("deed", [
    "- I interviewed 30 patients and 12 audiologists about the referral journey.\n",
    "- I read 300 exit surveys myself and found that clients left after the first session.\n",
    "- Joined driver ride-alongs in two cities to see where deliveries stalled.\n",
    "- I surveyed 400 households before choosing which alerts to keep.\n",
    "- In October I sat in on 14 fittings at two clinics to see where patients gave up.\n",
    "- I shadowed a night shift at the depot before writing the spec.\n",
])
def test_research_deed_shows_a_pm_skill(deed: str) -> None:
    assert "no-pm-skills" not in _rules(ENGINEERING + deed)


@pytest.mark.parametrize("other", [
    "- Moved the alert queue to Kafka and cut dropped messages from 2% to 0.1%.\n",
    "- Wrote integration tests for the dispatch service, raising coverage from 40% to 85%.\n",
    "- Sat with the pick data for a week and tuned the slotting job from 40 minutes to 9.\n",
])
def test_engineering_alone_still_shows_none(other: str) -> None:
    assert "no-pm-skills" in _rules(ENGINEERING + other)
