"""The principles round on the fifty-ninth and sixtieth blind writers: a party's request refused by name ("Refused the
council's request to charge for van slots", "Declined the CFO's ask to add a fee") is a disagreement held, Have
Backbone, whoever the party, as a senior party's request already was. The request must be named as the party's, a
possessive right before "request" or "ask" a few words after the refusal; a refusal of a thing, a request of the
writer's own or one told far from the refusal is none. Sentences of our own that should and should not show it."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

BACKBONE = "have-backbone"


def item(text: str):
    found = analyze_item(text)
    assert found is not None
    return found


@pytest.mark.parametrize("text", [
    "Refused the parish council's request to charge for stall pitches, arguing traders would move to the next town; "
    "stall bookings rose 12% that summer.",
    "Refused the housing office's request to auto-renew every tenancy, because the records showed it would lock 300 "
    "families out of transfers; transfers held at 410 a year.",
    "Declined the treasurer's ask to add a £2 booking fee after modelling that 20% of members would stop booking; "
    "bookings grew 9% with no fee.",
    "Refused the school district's request to text every late mark to parents, and late marks still fell 15% term "
    "on term.",
])
def test_a_party_request_refused_by_name_is_have_backbone(text: str) -> None:
    found = item(text)
    assert BACKBONE in found.principles
    assert "has:refused_ask" in found.principle_features


@pytest.mark.parametrize("text", [
    # a thing refused, no one's request
    "Refused the cheaper supplier's pallets after two failed load tests, and damage claims fell 30%.",
    # the request is the writer's own, turned down by others
    "The council declined my request for two more wardens, so I rebuilt the rota and patrol gaps fell 20%.",
    # a request granted, not refused
    "Met the council's request to open the depot on Sundays, and Sunday drop-offs reached 800 a month.",
    # the possessive far from the refusal: the refusal is of something else
    "Refused the late change to the warehouse layout that would have delayed picking, then met the landlord's "
    "request for two extra bays; picking time fell 8%.",
])
def test_no_party_request_refused(text: str) -> None:
    assert "has:refused_ask" not in item(text).principle_features


def test_a_senior_party_request_refused_stays_have_backbone() -> None:
    found = item("Refused the sales VP's request for a custom portal for one client; the two engineers shipped the "
                 "standard export instead, and 40 clients adopted it.")
    assert BACKBONE in found.principles
