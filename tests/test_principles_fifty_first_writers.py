"""The fifty-first and fifty-second blind writers' principle round: a party's objection the writer acted over
("over the marketing VP's objection", "against the promoter's objection") and a proposal turned down twice and
brought back ("which finance had rejected twice", "after two rejections") are Have Backbone's cues; a product scoped
down to one small thing ("scoped the roof-survey product down to a PDF report", "descoped it to a single question")
is a simpler way (the `scoped_down` structure, `scoping` and `scope_floor` in the profile's phrases), where a scope
cut to a few places or cases is not; a team's deed for accessibility or waste ("We reduced donated goods sent to
landfill") names Success and Scale Bring Broad Responsibility as the writer's own does, where a plastic card is no
waste; and "screens" alone is no Invent and Simplify cue: a kiosk's or a machine's screens are things, not steps
(a count of screens cut still is). Sentences of our own that should and should not name them."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach.api import analyze_item

BACKBONE = "have-backbone"
SIMPLIFY = "invent-and-simplify"
SCALE = "success-and-scale-bring-broad-responsibility"


def named(text: str, profile: str = "amazon-pm") -> tuple[str, ...]:
    item = analyze_item(text, profile=profile)
    assert item is not None
    return item.principles


@pytest.mark.parametrize("text", [
    "Kept the free returns label for first-time buyers over the finance director's objection; repeat orders from "
    "those buyers rose from 18% to 26%.",
    "Shut the loyalty app after three months, over the head of sales' objection, when only 40 members had ever "
    "opened it.",
])
def test_an_objection_acted_over_is_have_backbone(text: str) -> None:
    assert BACKBONE in named(text)


def test_an_answered_objection_is_no_disagreement() -> None:
    text = "Objection: the rise might be the weather. The stores without the new signs rose only 2% in the same weeks."
    assert BACKBONE not in named(text)


@pytest.mark.parametrize("text", [
    "Scoped the tenant portal down to a single repair button, and tenants logging repairs online rose from 30% to 70%.",
    "I descoped the route planner to a single daily list for each driver, which shipped in four weeks and cut missed "
    "stops by a third.",
])
def test_a_product_scoped_down_to_one_small_thing_is_a_simpler_way(text: str) -> None:
    assert named(text)[0] == SIMPLIFY


@pytest.mark.parametrize("text", [
    "Scoped the pilot down to two depots, and late deliveries there fell 12%.",
    "Scoped the new booking app with the two squads and launched it in May to 4,000 users.",
])
def test_a_scope_cut_to_places_or_a_scope_alone_is_no_simpler_way(text: str) -> None:
    assert SIMPLIFY not in named(text)


def test_the_scope_floor_is_the_profile_s(tmp_path: Path) -> None:
    """A profile that lists no `scope_floor` phrase reads no product scoped down."""
    profile = tmp_path / "team.toml"
    profile.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n\n[phrases]\nscope_floor = []\n',
                       encoding="utf-8")
    text = "Scoped the tenant portal down to a single repair button, and tenants logging repairs online rose from 30% to 70%."
    assert SIMPLIFY in named(text)
    assert SIMPLIFY not in named(text, str(profile))


@pytest.mark.parametrize("text", [
    "We cut the packaging sent to landfill by 40% by switching the meal boxes to paper liners.",
    "We added captions and screen-reader labels to every lesson video after two deaf learners wrote in; completion "
    "among them rose from 20% to 75%.",
])
def test_a_team_s_deed_for_accessibility_or_waste_is_success_and_scale(text: str) -> None:
    assert named(text) == (SCALE,)


@pytest.mark.parametrize("text", [
    "The accessibility team reached full conformance on the 50 most-visited pages before the deadline.",
    "We moved the gym pass onto phones, and 1 in 3 members now get in without the plastic card.",
])
def test_another_team_s_work_or_a_plastic_card_is_not(text: str) -> None:
    assert SCALE not in named(text)


def test_screens_that_are_things_are_no_simpler_way() -> None:
    text = "Redesigned the ticket machine screens at the station, and card sales rose from £3,000 to £7,000 a week."
    assert SIMPLIFY not in named(text)


@pytest.mark.parametrize("text", [
    "Cut the claim form from eight screens to three, and completed claims rose from 55% to 80%.",
    "I cut the sign-up from six screens to two, and finished sign-ups rose from 40% to 65%.",
])
def test_screens_cut_are_still_a_simpler_way(text: str) -> None:
    assert SIMPLIFY in named(text)


@pytest.mark.parametrize("text", [
    "My part was deciding to charge a £5 booking deposit, which finance had rejected twice; no-shows fell from 12% "
    "to 4%.",
    "I pitched a partner discount to the sales head after two rejections, reworking the margin figures each time; it "
    "now brings 20% of new members.",
])
def test_a_proposal_turned_down_twice_and_brought_back_is_have_backbone(text: str) -> None:
    assert named(text)[0] == BACKBONE


@pytest.mark.parametrize("text", [
    "Claim rejections for small clinics were halved after the new checks went live.",
    "I read 300 rejected claims and found two rejections in three came from one date-format rule; fixing it cut "
    "rejections by half.",
])
def test_rejections_counted_are_no_disagreement(text: str) -> None:
    assert BACKBONE not in named(text)


def test_an_objection_answered_is_not_one_acted_over(tmp_path: Path) -> None:
    """The profile's `not_cues` keep the cue out: without them the same sentence names Have Backbone."""
    text = ("My years in networking helped: I could show each depot's IT lead how the scanners would connect, which "
            "answered the objection that had stopped an earlier attempt, and 14 depots went live in a month.")
    assert BACKBONE not in named(text)
    profile = tmp_path / "team.toml"
    profile.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n\n[phrases]\nnot_cues = []\n',
                       encoding="utf-8")
    assert BACKBONE in named(text, str(profile))
