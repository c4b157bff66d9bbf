"""Categories an eleventh blind set showed (docs/accuracy.md, "The eleventh blind set: item signals,
by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def _read(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item


def _party(text: str) -> str | None:
    item = _read(text)
    assert item.signals.customer == (item.persona is not None)
    return item.persona.text if item.persona else None


@pytest.mark.parametrize(("text", "party"), [
    # the staff of a served site, by their work or by the site they run
    ("Put each floor's dirty-linen count on the housekeepers' phones; rooms turned over 15 minutes faster.",
     "housekeepers"),
    ("I cut the filing form from six pages to two; court clerks now finish a filing in 8 minutes.",
     "court clerks"),
    ("Moved the shift roster into one screen; supervisors spend 4 hours a week less on it.", "supervisors"),
    ("Swapped the nightly report for one alert email; plant managers caught 30% more press faults.",
     "plant managers"),
    ("Merged the three billing sheets into one; centre managers save 3 hours a week each.", "centre managers"),
    # organisations that buy or use the product
    ("I signed two hotel chains to the annual plan, worth $1.2M a year.", "hotel chains"),
    ("Won back a hotel group of 40 properties by offering the standard editor, worth $300K a year.", "hotel group"),
])
def test_a_party_the_lists_now_know_is_served(text: str, party: str) -> None:
    assert _party(text) == party


@pytest.mark.parametrize("text", [
    # collaborators, not served
    "Worked with the supervisors on the rota to plan the spring launch.",
    "Partnered with the plant managers to pick the pilot site.",
    # hotels as a product line stay no party
    "Added hotels and rail to the trip planner in three months.",
])
def test_the_same_words_as_collaborators_or_things_name_no_party(text: str) -> None:
    assert _party(text) is None


@pytest.mark.parametrize(("text", "party"), [
    ("I cut the intake form to one screen, so night-shift glaziers now price a window in 2 minutes.",
     "night-shift glaziers"),
    ("I moved bookings into the app, so first-time upholsterers no longer wait 3 days for a slot.",
     "first-time upholsterers"),
])
def test_a_hyphenated_modifier_keeps_a_party_named_by_its_place(text: str, party: str) -> None:
    assert _party(text) == party


@pytest.mark.parametrize("text", [
    "I cut the intake form to one screen, so our night-shift estimators now price a window in 2 minutes.",
    "I rewrote the job runner, so the night-time schedulers now finish in 2 minutes.",
])
def test_a_hyphenated_modifier_names_no_party_of_our_own_or_of_software(text: str) -> None:
    assert _party(text) is None


@pytest.mark.parametrize(("text", "party"), [
    ("Ran 20 ride-alongs with warehouse associates to see where the scanners slowed them.", "warehouse associates"),
    ("Held 12 usability sessions with support agents on the new refund screen.", "support agents"),
])
def test_research_held_with_an_internal_party_serves_it(text: str, party: str) -> None:
    assert _party(text) == party


@pytest.mark.parametrize("text", [
    "Held weekly meetings with support agents to plan the refund screen.",
    "Worked with warehouse associates on the spring rota.",
])
def test_meetings_with_an_internal_party_stay_collaboration(text: str) -> None:
    assert _party(text) is None


@pytest.mark.parametrize("text", [
    "After riding along with six crews, killed the planned tablet app and sent one text per shift; crew overtime for drivers fell by 5 hours a week.",
    "Instead of the custom portal sales asked for, offered sellers the standard page, and 40 sellers signed in a month.",
    "When the pilot ended, cut the sign-up form to one page, and completion for new tenants rose from 52% to 70%.",
])
def test_a_bullet_verb_after_an_opening_clause_is_the_writers(text: str) -> None:
    assert _read(text).signals.own_action


@pytest.mark.parametrize("text", [
    "Since March my remit has been the booking app, used by 400,000 renters.",
    "After the launch, sellers complained about the fee.",
    "When the pilot ended, the team cut the form to one page.",
])
def test_an_opening_clause_gives_no_deed_when_none_follows(text: str) -> None:
    assert not _read(text).signals.own_action


def test_false_alerts_to_a_served_party_are_what_it_felt() -> None:
    item = _read("I had two pharmacists check every dose rule before launch; false dose alerts to patients fell by 70%.")
    assert item.signals.business_outcome and not item.signals.technical_metric_only


@pytest.mark.parametrize("text", [
    "Tuned the paging rules so on-call alerts fell by 63%.",
    "I grouped duplicate alarms in the monitoring stack, and alerts per week fell from 900 to 120.",
])
def test_alerts_with_no_served_party_stay_technical(text: str) -> None:
    item = _read(text)
    assert item.signals.technical_metric_only and not item.signals.business_outcome


@pytest.mark.parametrize("text", [
    "I moved the notes to local storage first, and lost notes reported by field technicians dropped to zero within a month.",
    "Held the payroll launch a week until every test run matched; zero missed payments across 9,000 staff in its first month.",
])
def test_zero_is_a_magnitude(text: str) -> None:
    item = _read(text)
    assert item.signals.metric and item.signals.business_outcome


@pytest.mark.parametrize("text", [
    "Moved the office network to zero trust in two quarters.",
    "Ran a zero-based budget review for the marketing team.",
])
def test_zero_in_a_name_is_no_magnitude(text: str) -> None:
    assert all("zero" not in metric.text for metric in _read(text).metrics)


def test_acting_before_the_facts_were_confirmed_is_bias_for_action() -> None:
    item = _read("Paused new listings from one region before the fraud team had confirmed the attack; "
                 "fake listings reaching buyers fell by 90% that week.")
    assert "bias-for-action" in item.principles


def test_a_confirmation_awaited_is_no_bias_for_action() -> None:
    item = _read("Waited until the fraud team confirmed the attack, then paused new listings from one region.")
    assert "bias-for-action" not in item.principles


@pytest.mark.parametrize("text", [
    "Leveraged my supply-chain background to scope the returns portal for small sellers.",
    "Leveraging my years in ad sales, I priced the new placement for advertisers.",
])
def test_leveraging_any_background_is_filler(text: str) -> None:
    assert _read(text).signals.cliche


def test_using_a_background_for_a_stated_outcome_is_no_filler() -> None:
    assert not _read("Used my supply-chain experience to cut the returns form to one page; returns "
                     "completed by sellers rose from 60% to 85%.").signals.cliche


def test_the_writers_part_labelled_before_a_deed_is_the_writers_action() -> None:
    item = _read("Outcome: failed payouts to landlords fell from 3% to 0.5%. My role: traced the failures "
                 "to one bank field and added a check at entry.")
    assert item.signals.own_action and item.ready


def test_the_writers_part_labelled_before_a_thing_is_no_action() -> None:
    item = _read("Outcome: late payouts to landlords fell from 3% to 0.5%. My role: the bank-field check.")
    assert not item.signals.own_action and not item.ready


def test_a_count_the_launched_thing_carried_is_a_result() -> None:
    item = _read("Shipped a one-page results feed on the night of the vote, after editors asked for it, "
                 "and it carried 2.1 million reader visits by dawn.")
    assert item.signals.business_outcome


def test_carrying_a_product_is_no_result() -> None:
    item = _read("When three retailers threatened to stop carrying the speaker, I flew out to all three.")
    assert not item.signals.business_outcome
