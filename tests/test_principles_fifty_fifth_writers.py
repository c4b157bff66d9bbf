"""The fifty-fifth and fifty-sixth blind writers' principle round: a senior party persuaded with nothing of theirs
refused puts the served party's case first ("Persuaded the trust board to give free parking to parents ...":
Customer Obsession before Have Backbone, `before_with`); an organisation's board ("the charity board's request",
"the harbour board") is a senior party as "the board" is; and a thing turned down that no one asked for (an offer,
a hire, a spend: "Turned down a deferral chatbot the supplier offered at £150,000") is no disagreement. Sentences of
our own that should and should not name them."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach.api import analyze_item
from packetcoach.core.errors import ProfileError
from packetcoach.profile.load import load_profile

BACKBONE = "have-backbone"
CUSTOMER = "customer-obsession"


def named(text: str, profile: str = "amazon-pm") -> tuple[str, ...]:
    item = analyze_item(text, profile=profile)
    assert item is not None
    return item.principles


PERSUADED = [
    "Persuaded the operations director to let tenants book repairs by text; repeat repair visits for tenants fell "
    "from 18% to 7%.",
    "Convinced the head of sales to show delivery fees on the product page, and abandoned baskets among first-time "
    "shoppers fell from 31% to 19%.",
]


@pytest.mark.parametrize("text", PERSUADED)
def test_a_senior_party_persuaded_puts_the_served_party_first(text: str) -> None:
    names = named(text)
    assert BACKBONE in names and CUSTOMER in names
    assert names.index(CUSTOMER) < names.index(BACKBONE)


@pytest.mark.parametrize("text", [
    "Refused the sales director's request to add a £5 booking fee for first-time renters, and bookings from "
    "first-time renters rose 12% over the season.",
    "Turned down the CFO's request to raise the monthly fee for small clinics by 20%; clinic churn held at 2% while "
    "new sign-ups rose 15%.",
])
def test_a_request_refused_keeps_the_disagreement_first(text: str) -> None:
    assert named(text)[0] == BACKBONE


def test_the_order_changes_which_principles_are_named_never(tmp_path: Path) -> None:
    """A profile that drops the key names the same principles, the disagreement first by the weights."""
    profile = tmp_path / "team.toml"
    profile.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n\n'
                       '[principles.customer-obsession]\nbefore_with = { persuaded_only = [] }\n', encoding="utf-8")
    for text in PERSUADED:
        shipped, plain = named(text), named(text, str(profile))
        assert plain[0] == BACKBONE
        assert set(plain) == set(shipped)


@pytest.mark.parametrize("body", ['before_with = { persuaded_only = ["have-backbonne"] }',
                                  'before_with = { persuaded_onlie = ["have-backbone"] }'])
def test_before_with_names_known_evidence_and_principles(tmp_path: Path, body: str) -> None:
    profile = tmp_path / "typo.toml"
    profile.write_text(f'[profile]\nname = "typo"\nextends = "amazon-pm"\n\n[principles.customer-obsession]\n{body}\n',
                       encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(str(profile))


@pytest.mark.parametrize("text", [
    "Refused the museum board's request to add a paid timed-entry step for school groups, because it would have "
    "doubled the booking form for every teacher; school visits rose 9%.",
    "Convinced the harbour board to drop the £5 mooring fee for island residents, and island bookings rose from 300 "
    "to 520 a season.",
    "Decided not to build the volunteer rota app the regional board asked for; 90% of volunteers already used the "
    "text sign-up.",
])
def test_an_organisations_board_is_a_senior_party(text: str) -> None:
    assert BACKBONE in named(text)


@pytest.mark.parametrize("text", [
    "Reused the old speaker's circuit board in the new model instead of designing a new one, saving $400K in tooling.",
    "Built a room-status board for housekeepers that syncs with check-outs, so attendants stopped walking to the "
    "front desk; rooms were ready 14 minutes sooner.",
])
def test_a_board_that_is_a_thing_is_no_senior_party(text: str) -> None:
    assert BACKBONE not in named(text)


@pytest.mark.parametrize("text", [
    "Turned down a chatbot the vendor offered at £120,000 and added a plain FAQ page instead; calls about deliveries "
    "dropped 30% in three months.",
    "Turned down two extra seasonal hires for the box office and moved members to scan-at-the-door passes instead, "
    "saving $90K while queue time fell from 12 to 3 minutes.",
    "I said no to hiring three more schedulers and let customers pick their own slots, which handled 25% more "
    "bookings with the same team.",
])
def test_a_thing_turned_down_that_no_one_asked_for_is_no_disagreement(text: str) -> None:
    assert BACKBONE not in named(text)


@pytest.mark.parametrize("text", [
    "Turned down the COO's request for a bespoke app for our largest client, and put both engineers on the payment "
    "fix that ended failed renewals for 4,000 members.",
    "Turned down the partnerships lead's request to show sponsored listings at the top of every search, after 70% of "
    "300 surveyed buyers said they would leave; search conversion held while repeat buyers rose 8%.",
    "Said no to the director's plan to charge renters a £10 admin fee on every late payment, and arrears fell 12% "
    "without it.",
])
def test_a_request_turned_down_is_still_a_disagreement(text: str) -> None:
    assert BACKBONE in named(text)
