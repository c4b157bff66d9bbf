"""The precision round on no-own-action (PC105) and unexplained-acronym (PC111) (docs/accuracy.md,
"Precision of no-own-action and unexplained-acronym over the corpus"). Text in our own words.

PC105 asks only about a claim whose deed is told as the writer's group's ("We moved ...", "My team
cut ...", "the team shipped ..."): never about another party's deed ("The legal team asked for ..."),
a "we" inside a noun's or a question word's clause ("the plan we agreed", "**How we did it.**"), a
negated "we" ("we did not survey them"), or a passive ("were booked online"). PC111 skips a code with
a digit ("A14", "SEV2") and the abbreviations every reader knows (`[acronyms]` `everyday`)."""

from __future__ import annotations

from packetcoach import analyze


def _rules(text: str, level: str = "L6", doc_type: str = "self-assessment") -> list[str]:
    return [f.rule for f in analyze(text, level=level, doc_type=doc_type).findings]


def _own_action(text: str) -> bool:
    return "PC105" in _rules(text)


def _acronyms(text: str) -> list[str]:
    return [f.message.split("'")[1] for f in analyze(text).findings if f.rule == "PC111"]


def test_the_writers_group_told_as_we_still_fires() -> None:
    for text in (
        "We moved 3,000 tenants onto the new repairs portal by October, and repeat calls fell by a third.",
        "In May we cut the average wait for a boiler repair from 9 days to 4 for council tenants.",
        "My team rebuilt the allotment booking form, and no-shows fell from 20% to 8% for gardeners.",
        "- We switched the school-meal supplier in March without a single missed lunch for 4,000 pupils.",
    ):
        assert _own_action(text), text


def test_another_party_acting_is_not_the_writers_deed() -> None:
    for text in (
        "The legal team asked for a full audit trail on every refund, a six-month build.",
        "In April the warehouse team moved the night shift to the new scanners.",
        "Priya's team rebuilt the label printer queue, and misprints fell from 4% to 1%.",
    ):
        assert not _own_action(text), text


def test_a_we_inside_a_clause_or_negated_is_not_the_claims_deed() -> None:
    for text in (
        "**How we did it.** The old rota left 30% of evening slots unfilled for volunteers.",
        "The plan we agreed with the library board moved story hour to Saturdays.",
        "The grant money we did not spend, $90K, went back to the trust.",
        "We did not survey the parents before the change, so the 12% drop is all we know.",
    ):
        assert not _own_action(text), text


def test_a_passive_is_not_asked_about() -> None:
    for text in (
        "By December, 70% of pitch bookings were made online, up from 15%.",
        "Until 2025, allotment plots were assigned by a paper waiting list.",
    ):
        assert not _own_action(text), text


def test_a_code_with_a_digit_or_an_everyday_abbreviation_is_not_asked_to_be_spelled_out() -> None:
    text = ("I rerouted the depot vans off the A14 after SEV2 outages and cut the app from 90 MB to 40 MB; "
            "drivers now scan a QR code, the GPS fix is logged, and the CMO signed off R&D spend and VAT.")
    assert _acronyms(text) == []


def test_an_acronym_a_cold_reader_cannot_know_still_fires() -> None:
    assert _acronyms("I cut the RMA backlog for repair shops from 900 cases to 120 by June.") == ["RMA"]
    assert _acronyms("I moved the DLQ alerts to the on-call rota and cut missed refunds by 40%.") == ["DLQ"]


def test_a_refusal_told_as_we_is_still_the_groups_deed() -> None:
    assert _own_action("We chose not to build the parent app the board had wanted since 2023.")
