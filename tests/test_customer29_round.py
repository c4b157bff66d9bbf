"""The served-party round across every blind writer, by form (docs/accuracy.md, "Served parties
across every blind writer, by the form the sentence gives them"). Text in our own words.

A plural noun for people joined by hyphens ("2,000 concert-goers") is a party's noun, where a
hyphened word before one is its modifier ("night-desk editors"); a party owning a thing that moved
by a figure ("surveyors' rework hours fell from 9 to 4") is served; "and" before a plural internal
party with a change after it opens a clause ("and ward managers now check one screen"), it does not
name a collaborator; the people research was held with are served whatever their noun ("interviews
with venue leads"); a business function's team a thing was built for is an internal party served
("dashboards for the payroll team")."""

from __future__ import annotations

from packetcoach.api import analyze_item


def _party(text: str) -> str | None:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None and item.signals is not None
    return item.persona.text if item.signals.customer and item.persona is not None else None


def test_a_hyphened_plural_for_people_is_the_partys_noun() -> None:
    assert _party("I own ticketing for 40,000 concert-goers a year.") == "40,000 concert-goers"
    assert _party("Moved the reading room to mornings, and night-desk editors now wait 5 minutes.") \
        == "night-desk editors"


def test_a_hyphened_word_that_names_no_people_is_no_party() -> None:
    assert _party("Replaced 300 old-style counters with a digital display.") is None
    assert _party("Rebuilt the price-checkers in the billing service in two sprints.") is None


def test_a_thing_a_party_owns_that_moved_names_the_party() -> None:
    assert _party("Moved inspections to tablets, and surveyors' rework hours fell from 9 to 4 a week.") == "surveyors"
    assert _party("Rebuilt the rota so that caretakers' call-out counts dropped by a third.") == "caretakers"


def test_a_possessive_with_no_change_or_no_figure_names_none() -> None:
    assert _party("Rewrote the surveyors' guide to the new tablets.") is None
    assert _party("The caretakers' rota rose to the top of the backlog.") is None


def test_and_before_a_plural_party_with_a_change_opens_a_clause() -> None:
    assert _party("Merged the two bed feeds, and ward managers now check one screen instead of two.") is not None
    assert _party("Fixed the source of the cleaning times, and housekeeping supervisors now dispatch "
                  "cleaners 20 minutes sooner.") is not None


def test_a_colleague_named_beside_another_stays_a_collaborator() -> None:
    assert _party("Set up a weekly pricing review that the live-ops lead and the monetisation analyst "
                  "now run with me.") is None
    assert _party("I worked with finance and the support agents to fix the refund rules.") is None


def test_the_people_research_was_held_with_are_served_whatever_their_noun() -> None:
    assert _party("Ran 30 interviews with stall leads across the spring fairs.") == "stall leads"
    assert _party("Ran 18 discovery calls with amateur choir directors and wrote up what we heard.") \
        == "amateur choir directors"
    assert _party("Held 20 interviews with freelance designers about invoicing.") == "freelance designers"


def test_research_with_the_writers_own_people_or_a_thing_names_none() -> None:
    assert _party("Ran 5 interviews with our designers.") is None
    assert _party("Ran usability tests with paper prototypes.") is None
    assert _party("Worked with freelance designers on the new icons.") is None


def test_a_functions_team_a_thing_was_built_for_is_served() -> None:
    assert _party("Built six dashboards of stock turns for the merchandising team.") == "merchandising team"
    assert _party("Shipped a small correction tool for the payroll team before the tax deadline.") == "payroll team"
    assert _party("Wrote the weekly occupancy queries for the revenue team.") == "revenue team"
    assert _party("Built a room-booking report for the facilities team.") == "facilities team"


def test_a_functions_team_worked_with_or_won_over_is_no_party_served() -> None:
    assert _party("Worked with the payroll team to move the pay run a day earlier.") is None
    assert _party("Got the revenue team to approve the new fare bands.") is None
