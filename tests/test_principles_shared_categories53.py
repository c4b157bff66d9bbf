"""The principles round on the categories several blind writers share, the sixty-third and sixty-fourth among them: a
bar set as the rule, the gate or the condition a thing must meet, and a thing pulled because of a defect, when one
showed or until it met a bar, are Insist on the Highest Standards; a line of the business stopped, with the money it
lost told after it, is Frugality; a bar set after the writer's own failure told puts Earn Trust first. Sentences of our
own that should and should not show each."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

STANDARDS = "insist-on-the-highest-standards"
FRUGALITY = "frugality"
TRUST = "earn-trust"


def item(text: str):
    found = analyze_item(text)
    assert found is not None
    return found


@pytest.mark.parametrize("text", [
    "Set the rule that no menu change goes live on a Friday, after the March outage left 300 diners without a table.",
    "I set the rule that no invoice leaves the depot without a signed delivery photo; disputed invoices fell from 40 "
    "to 6 a month.",
    "Made step-free access a launch requirement for every new venue page; all 14 pages this year shipped with it.",
    "Made a fresh safety inspection a condition of listing for every boat, and accident claims fell by half.",
    "After I made the tyre-depth check mandatory before every hire, breakdown call-outs fell from 30 to 4 a season.",
])
def test_a_bar_set_as_a_rule_gate_or_condition(text: str) -> None:
    assert STANDARDS in item(text).principles


@pytest.mark.parametrize("text", [
    # a rule that sets a service, no bar a thing must meet
    "I set the rule that any order over £200 gets a follow-up call, and repeat orders rose 12%.",
    # something made mandatory for the served party's convenience, no gate
    "I made a one-tap confirmation mandatory for tutors, and no-shows fell from 9% to 3%.",
    # a requirement dropped, not set
    "Dropped the launch requirement for a printed manual, and setup calls fell 20%.",
])
def test_no_bar_set(text: str) -> None:
    assert STANDARDS not in item(text).principles


@pytest.mark.parametrize("text", [
    "Pulled the kayak-hire add-on two weeks before summer because the booking page sold sizes we did not stock.",
    "I pulled the new table-plan feature from the spring promotion when 1 in 12 test bookings seated two parties at "
    "one table; it came back a month later with no double seatings.",
    "Pulled the e-bike rental off the app for a week until every battery had passed the new heat test, and no battery "
    "has failed since.",
])
def test_a_thing_pulled_for_a_defect_holds_a_bar(text: str) -> None:
    found = item(text)
    assert STANDARDS in found.principles
    assert "has:bar_held" in found.principle_features


@pytest.mark.parametrize("text", [
    # a product stopped for low use, in another sense of the word
    "Pulled the plug on the quote assistant after four weeks because only 3% of jobs used it, and moved the two "
    "engineers to scheduling.",
    # a plan dropped, nothing that went out
    "Pulled the plan for a second depot when the lease data showed the first was half empty, saving £90,000.",
    # a thing pulled after a finding: the finding's story, no cause word
    "Pulled the instant-book badge from 600 venues after I found 31% of them declined instant bookings anyway.",
    # people pulled into work
    "Incidents in other teams pulled us into long investigations even when the cause was not ours.",
])
def test_no_thing_pulled_for_a_defect(text: str) -> None:
    assert "has:bar_held" not in item(text).principle_features


@pytest.mark.parametrize("text", [
    "Sunset the weekly flower-box tier that lost £6 on every box, moving 2,100 subscribers to the fortnightly plan.",
    "I made the call to wind down the tool-hire service, which lost £120,000 a year, and moved its 900 members to a "
    "partner shop.",
    "Closed the late-night ferry run after two seasons of losing $4 per passenger, and moved its crew to the morning "
    "sailings, which filled 20% more seats.",
])
def test_a_money_losing_line_stopped_is_frugal(text: str) -> None:
    found = item(text)
    assert FRUGALITY in found.principles
    assert "has:loss_stopped" in found.principle_features


@pytest.mark.parametrize("text", [
    # a loss with no sum
    "Cut the kit range from 48 products to 19 after margin analysis showed 26 of them lost money, raising margin from "
    "21% to 29%.",
    # the party's loss stopped, not the company's
    "Launched travel-time pricing for mobile hairdressers, so stylists stopped losing money on rural bookings; "
    "earnings per rural visit rose from £18 to £31.",
    # a loss told first, the stop after it: the candour's story
    "The dark-store pilot I proposed lost $900K in six months because I sized demand from app opens; I shut it down "
    "myself.",
])
def test_no_money_losing_line_stopped(text: str) -> None:
    assert "has:loss_stopped" not in item(text).principle_features


def test_a_bar_set_after_a_failure_owned_puts_the_candour_first() -> None:
    found = item("Told the finance director in writing that my payroll release had paid 400 drivers twice and that the "
                 "cause was my skipped dry run; put the dry run back as a launch gate, and no double payment has "
                 "reached a driver in 9 months.")
    assert found.principles[:2] == (TRUST, STANDARDS)


def test_a_bar_with_no_candour_keeps_its_place() -> None:
    found = item("Set the rule that no timetable change goes out on a bank holiday, after a July change stranded 400 "
                 "passengers.")
    assert found.principles[0] == STANDARDS
