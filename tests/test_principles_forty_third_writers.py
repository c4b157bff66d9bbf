"""The forty-third and forty-fourth blind writers' principle round: money or trips saved for a served party
("saved parents an average of £38", "saving 280 families about £90 a week", "the average emergency bill for dairy
farmers") are the party's gain, not the company's spend spared, so no Frugality; a saving the company made, or one
it handed on, stays Frugality. Sentences of our own that should and should not name it."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def item_of(text: str):
    item = analyze_item(text)
    assert item is not None
    return item


@pytest.mark.parametrize("text", [
    "Started a school-uniform swap at 14 primary schools that saved parents an average of £45 per child in the "
    "first year.",
    "Talked the council into free evening parking beside the children's ward, saving 160 families about £70 a "
    "week each.",
    "Agreed a flat weekend call-out rate with our 25 partner garages, cutting the average breakdown bill for "
    "van owners from £240 to £150 and lifting weekend bookings 19%.",
])
def test_a_saving_for_a_served_party_names_no_frugality(text: str) -> None:
    item = item_of(text)
    assert "has:party_saving" in item.principle_features
    assert "frugality" not in item.principles


@pytest.mark.parametrize("text", [
    # the company's own bill cut: a saving of its own
    "Renegotiated our warehouse lease and cut the monthly rent bill from £42,000 to £31,000.",
    "Moved the nightly reports to the shared cluster, saving $18,000 a year in licence fees.",
    # the company's saving handed on to a party: still the company's saving first
    "I negotiated a bulk deal with two print shops that cut our cost per flyer from 40p to 28p, and passed half "
    "the saving to market traders as lower stall fees.",
    # a count of saves, not a saving for the party
    "A weekly refresh of the new-release shelf raised playlist saves by listeners 14% at a fifth of the cost.",
])
def test_a_saving_of_the_companys_own_is_no_party_saving(text: str) -> None:
    item = item_of(text)
    assert "has:party_saving" not in item.principle_features


@pytest.mark.parametrize("text", [
    "Renegotiated our warehouse lease and cut the monthly rent bill from £42,000 to £31,000.",
    "Moved the nightly reports to the shared cluster, saving $18,000 a year in licence fees.",
])
def test_the_companys_saving_still_names_frugality(text: str) -> None:
    assert "frugality" in item_of(text).principles


@pytest.mark.parametrize("text", [
    "Spent ten days riding along with our meter readers and moved the photo button after watching them miss it; "
    "unread meters fell 21%.",
    "I reworked the van loading list after riding with 8 delivery crews, and crews' time per drop fell from 6 "
    "minutes to 4.",
])
def test_time_riding_along_with_the_people_served_is_learning_first_hand(text: str) -> None:
    assert "learn-and-be-curious" in item_of(text).principles


@pytest.mark.parametrize("text", [
    # riding as no time spent with anyone
    "Cut the riding school's booking form from nine fields to four, and lesson bookings rose 18%.",
    "Ridership on the late buses rose 12% after I moved the last departure to 23:40.",
])
def test_riding_without_the_people_is_no_learning(text: str) -> None:
    assert "learn-and-be-curious" not in item_of(text).principles


@pytest.mark.parametrize("text", [
    # a party flagging a fault is their telling, not the writer's candour
    "I pulled the mock-exam pack before launch because markers flagged that it used last year's grade "
    "boundaries.",
    "We dropped automatic captions for court recordings after 4 clerks flagged errors, which kept all 4 courts "
    "renewing.",
])
def test_a_fault_flagged_by_someone_else_is_no_candour(text: str) -> None:
    assert "earn-trust" not in item_of(text).principles


@pytest.mark.parametrize("text", [
    "I told the 30 clinics in writing that my routing rule had sent their patients to the wrong depot, and "
    "rebooked every one of them the same week.",
    "I flagged early to the board that my launch estimate was wrong by a quarter, and we moved the date before "
    "any customer was promised it.",
])
def test_the_writers_own_fault_told_is_still_candour(text: str) -> None:
    assert "earn-trust" in item_of(text).principles


@pytest.mark.parametrize("text", [
    "Added a repeat-prescription tick-box to the pharmacy sign-up form, lifting repeat orders among returning "
    "couriers' customers from 900 to 2,400 a month.",
    "Moved the renewal reminder to the first screen, lifting renewals among fleet drivers from 61% to 78%.",
])
def test_lifting_a_number_is_a_rise_not_a_strain(text: str) -> None:
    item = item_of(text)
    assert "has:staff_cared" not in item.principle_features
    assert "strive-to-be-earths-best-employer" not in item.principles


def test_heavy_lifting_is_still_a_strain_on_staff() -> None:
    item = item_of("After warehouse associates reported back pain from heavy lifting at the returns bench, I had "
                   "the totes cut to 12 kg, and lifting injuries fell from 14 to 3 a quarter.")
    assert "strive-to-be-earths-best-employer" in item.principles
