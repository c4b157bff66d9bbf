"""Round level42: influence the level reading missed. A refusal turned into an approval by the writer's
second case ("Finance said no in March; I came back in May with the churn ..., and they approved it")
shows L6 influence, as a leader won over does; a proposal brought back and not yet approved, or an
approval with no no before it, shows none of its own. Another team's plan changed by the writer's work
("persuaded the messaging team to take it into their plan", "all changed their plans because of a
decision I made") is L6 influence; a team persuaded against its plan with no change of plan told is not."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def dimensions(text: str, level: str) -> frozenset[str]:
    ladder = analyze_item(text).facts.ladder
    return next((found for at, found in ladder if at == level), frozenset())


@pytest.mark.parametrize("text", [
    "The procurement board said no in June because of the up-front cost; I came back in September with the call-out costs of the 30 lifts that failed, and they approved it. Breakdowns fell from 41 to 12 a quarter.",
    "I reworked the hardship policy after the credit panel rejected the first draft, and the panel approved the second version; arrears over 90 days fell from 6.1% to 3.8%.",
    "Our operations lead turned down the night-shift pilot twice; I brought it back with six weeks of overtime data, and the pilot was funded in April. Overtime hours fell by a third.",
])
def test_a_refusal_turned_into_an_approval_shows_l6_influence(text: str) -> None:
    assert "influence" in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    # brought back, not yet approved
    "The procurement board said no in June; I have brought it back for next year's budget with a supplier quote, and breakdowns fell from 41 to 12 a quarter on the two pilot sites.",
    "The credit panel rejected the first draft; I revised it, but it was not approved before the year end, so arrears stayed at 6.1% while I cut the letters from four to two.",
    # an approval with no refusal before it
    "I came back from the depot visits with a plan for a two-shift rota, and it was approved in April; overtime hours fell by a third.",
])
def test_no_refusal_turned_around_shows_no_l6_influence(text: str) -> None:
    assert "influence" not in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    "I wrote the case for one shared address record and persuaded the billing team to take it into their plan for the spring; misdirected bills fell from 2,300 to 400 a month.",
    "I showed the warehouse and carrier teams the late-scan data, and both changed their plans for the peak; missed collections fell from 9% to 3%.",
])
def test_another_teams_plan_changed_shows_l6_influence(text: str) -> None:
    assert "influence" in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    # a team persuaded against its plan, no plan said to change: told by an L5 writer too
    "I negotiated with the ticketing team to take contactless cards on the night buses from August, against their plan to wait for new machines; cash fell to 12% of fares.",
    # a customer's plan is no team's
    "I moved 4,000 members to a cheaper tier of their plan, and cancellations fell from 5% to 3% a month.",
])
def test_a_team_persuaded_without_its_plan_changing_shows_no_l6_influence(text: str) -> None:
    assert "influence" not in dimensions(text, "L6")


DRAFT = """# Self-assessment 2026

I own repairs booking for the housing association's 14,000 homes.

- I proposed a fixed-price boiler service plan for tenants. Finance said no in March because of the discount; I came back in May with the cost of the emergency call-outs we had paid for, and they approved it. Emergency call-outs fell from 1,900 to 1,100 a year.
- I cut the repair request form from 14 fields to 6, and completed requests rose from 52% to 71%.
"""


def test_a_draft_with_a_refusal_turned_around_reads_l6_influence() -> None:
    report = analyze(DRAFT, level="L6", doc_type="self-assessment")
    assert report.reading.level_evidence["L6"]["influence"]
    assert report.reading.supported_level == "L6"


def test_the_same_draft_with_the_no_left_standing_stays_l5() -> None:
    text = DRAFT.replace("I came back in May with the cost of the emergency call-outs we had paid for, and they approved it",
                         "I ran the numbers again on the emergency call-outs we had paid for")
    report = analyze(text, level="L6", doc_type="self-assessment")
    assert not report.reading.level_evidence["L6"]["influence"]
    assert report.reading.supported_level == "L5"
