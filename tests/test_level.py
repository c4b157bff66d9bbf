"""The level the evidence supports (SPEC 2.17): scope statements feed it, evidence for a higher level
counts for the lower ones, and an owned, measured outcome is the first level's bar."""

from __future__ import annotations

import pytest

from packetcoach import analyze
from packetcoach.output.coachview import reading_lines
from packetcoach.output.labels import work_reaches

SOLID_L5 = """# Self-assessment

## Renewals

- Cut the time landlords wait for a deposit decision from 9 days to 2 by letting agents approve claims under $300.
- Launched reminder texts for tenants with a rent date in the next week, lifting on-time rent from 71% to 83%.
- Prioritised the mobile renewal form over the new dashboard after 12 of 15 landlords named it their worst step; renewals on mobile rose 18%.
"""

L6_WITH_SCOPE = """# Self-assessment

## What I own

I own renewals for 30,000 small landlords in the UK and Ireland. Four engineering teams build from my roadmap.

## Renewals

- Convinced the risk director to drop the second ID check for returning landlords, lifting renewal completion from 64% to 81%.
- Negotiated with the payments VP to settle deposits daily, which cut landlord complaints about late deposits by 40%.
"""

ACTIVITY_ONLY = """# Self-assessment

- Held 25 interviews with landlords about renewals.
- Wrote the PRD for the new renewal form.
- Attended the weekly operations review.
"""


def test_a_solid_first_level_packet_supports_it() -> None:
    report = analyze(SOLID_L5, level="L5")
    assert report.reading.supported_level == "L5"
    assert report.score.level_signal > 0


def test_scope_statements_feed_the_level() -> None:
    report = analyze(L6_WITH_SCOPE, level="L6")
    scope_items = [i.id for i in report.items if i.kind == "scope"]
    assert scope_items and set(scope_items) & set(report.reading.level_evidence["L6"]["scope"])
    assert report.reading.supported_level == "L6"


def test_higher_evidence_counts_for_lower_levels() -> None:
    reading = analyze(L6_WITH_SCOPE, level="L5").reading
    for dimension, ids in reading.level_evidence["L6"].items():
        assert set(ids) <= set(reading.level_evidence["L5"][dimension])
    assert analyze(L6_WITH_SCOPE, level="L5").score.level_signal >= analyze(L6_WITH_SCOPE, level="L6").score.level_signal


def test_no_owned_outcome_supports_no_level() -> None:
    assert analyze(ACTIVITY_ONLY, level="L5").reading.supported_level is None


def test_a_scope_statement_is_the_fifth_part_of_the_stories_beside_it() -> None:
    report = analyze(L6_WITH_SCOPE.replace("## Renewals\n\n", ""), level="L6")
    stories = report.reading.parts
    assert stories and all(parts["scope_signal"] for parts in stories.values())


@pytest.mark.parametrize("text,shows", [
    ("I wrote the pricing strategy for the marketplace, and the SVP made it the organisation's plan.", True),
    ("I drafted the returns policy, and the VP of Operations adopted it for every region.", True),
    ("I sent the weekly status report to the SVP.", False),
    ("I presented the roadmap to the VP.", False),
])
def test_work_taken_up_by_leaders_shows_influence(text: str, shows: bool) -> None:
    """Effort verbs ("wrote", "drafted") show influence when a leader takes the work up; a report
    sent upward does not."""
    from packetcoach import analyze_item

    item = analyze_item(text)
    influence = any("influence" in dimensions for _, dimensions in item.facts.ladder)
    assert influence is shows, item.facts.ladder


def test_the_work_s_level_is_said_as_the_work_s_beside_the_verdict() -> None:
    """The verdict judges whether the stories prove the level; the reading says which level's bar the
    work described meets, so "Reads below L6" beside it does not read as a contradiction."""
    assert work_reaches("L6") == "the work described meets the L6 bar"
    assert work_reaches(None) == "the work described meets no level's bar yet"
    report = analyze("# Year\n\n- Cut the refund wait for 40,000 renters from 9 days to 2 by dropping the manual check.\n",
                     level="L6")
    lines = dict(reading_lines(report))
    assert lines["level L6"].endswith(work_reaches(report.reading.supported_level))
