"""Round level38: the supported level. Work that spans several partner organisations, counted
("negotiated with the discharge teams at three hospitals", "the revenue teams of our three partner
lines"), shows L6 scope as teams counted do; a leader who only handed the writer the work ("our chief
commercial officer asked me to run a pilot", "the pilot our regional GM had started") shows no
influence, while a leader the item answers or pushes back on still does."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def dimensions(text: str, level: str) -> frozenset[str]:
    ladder = analyze_item(text).facts.ladder
    return next((found for at, found in ladder if at == level), frozenset())


@pytest.mark.parametrize("text", [
    "I negotiated with the discharge teams at three hospitals to book the return leg with the outward journey, and patients waiting over two hours fell from 31% to 9%.",
    "I proposed the 72-hour hold to the revenue teams of our three partner lines, and agent bookings rose from 41,000 to 47,500 passengers.",
    "I signed data-sharing agreements with six trusts, and manual shift postings fell from 400 a week to 30.",
    "I moved the two owner councils to weekly transfers, and late payments to owners fell from 12% to 3%.",
])
def test_partner_organisations_counted_show_l6_scope(text: str) -> None:
    assert "scope" in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    # one organisation is no span across several
    "I negotiated with the discharge team at one hospital to book return journeys, and waits over two hours fell from 31% to 9%.",
    # places and outlets served are a scale served, which the writers label L5 as often as L6
    "I watched 19 teachers across four schools and proposed an offline roll sheet; paper registers fell from 212 to 9.",
    "I rolled the new booking page out to 40 clinics, and no-shows fell from 14% to 9%.",
])
def test_places_served_or_one_organisation_show_no_l6_scope(text: str) -> None:
    assert "scope" not in dimensions(text, "L6")


def test_partner_organisations_never_reach_l7_scope() -> None:
    text = "I signed data-sharing agreements with eleven trusts, and manual shift postings fell from 400 a week to 30."
    assert "scope" in dimensions(text, "L6")
    assert "scope" not in dimensions(text, "L7")


@pytest.mark.parametrize("text", [
    "Our chief commercial officer asked me to run a dynamic-pricing pilot, and I got it live across 12 shows; seats sold rose from 86% to 93%.",
    "Took over the night-match pilot our regional GM had started and expanded it to nine cities; late-night trips grew 35%.",
])
def test_a_leader_who_handed_over_the_work_is_no_influence(text: str) -> None:
    assert "influence" not in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    "The VP of Sales asked me to launch deposits before the summer promotion, and I said no; refunds fell from 9 days to 2.",
    "When the estates director asked me to delay the rollout, I argued for going ahead on two wards and missed meals fell from 9% to 2%.",
    "I persuaded the VP to fund a float pool, and agency spend fell from $2.1M to $1.4M.",
])
def test_a_leader_answered_or_moved_stays_influence(text: str) -> None:
    assert "influence" in dimensions(text, "L6")


def test_a_leader_whose_request_is_stopped_stays_influence() -> None:
    text = "I stopped the loyalty pilot the board had asked me to explore after redemptions stayed at 0.4%, and returned $210K."
    assert "influence" in dimensions(text, "L7")


DRAFT = """# Self-assessment 2026

I run patient transport bookings for the ambulance service.

- I negotiated with the discharge teams at three hospitals to book the return leg with the outward journey, and patients waiting over two hours for a ride home fell from 31% to 9%.
- I proposed a text the evening before each journey with a two-hour pickup window, and missed pickups fell from 8% to 3%.
"""


def test_a_draft_counting_partner_organisations_is_read_at_l6() -> None:
    report = analyze(DRAFT, level="L6", doc_type="self-assessment")
    assert report.reading.level_evidence["L6"]["scope"]
    assert report.reading.supported_level == "L6"


def test_the_same_draft_at_one_hospital_stays_l5() -> None:
    text = DRAFT.replace("the discharge teams at three hospitals", "the discharge team at our hospital")
    report = analyze(text, level="L6", doc_type="self-assessment")
    assert not report.reading.level_evidence["L6"]["scope"]
    assert report.reading.supported_level == "L5"
