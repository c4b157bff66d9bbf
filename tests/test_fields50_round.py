"""A level claim whose proof is told in words, with no figure (fields50 round): "My case for L6 is
that I ..." and "I am asking to be recognised at L7 because ..." are the sentences a manager repeats
in the room (the retell), when enough words of proof follow the "because" or "is that". A colon
that defines the bar, a short reason and a hedged claim are none."""

from __future__ import annotations

import pytest

from packetcoach import analyze

BODY = """

## Results

- Cut the wait for a bike repair slot for riders from 9 days to 3 by opening evening shifts at two workshops.
- Replaced the paper booking form with an online one; 70% of bookings now arrive online, up from 20%.
- Stopped the courier pilot after 40 of 500 riders used it in two months.
"""


def _retell(opening: str, level: str = "L6", doc_type: str = "promotion") -> str | None:
    text = "# Promotion document: Bike Repairs\n\n## Summary\n\n" + opening + BODY
    return analyze(text, level=level, doc_type=doc_type).reading.retell


@pytest.mark.parametrize("opening, level", [
    ("I have run bike repairs for two years. My case for L6 is that I took a service that riders "
     "avoided and made it the one they now recommend to their friends at every club ride.", "L6"),
    ("I am asking to be recognised at L7 because the city's repair strategy, its budget and its "
     "workshop partners now come from the plans I wrote and defended.", "L7"),
])
def test_a_claim_with_its_proof_in_words_is_the_retell(opening, level):
    got = _retell(opening, level)
    assert got is not None and got.startswith(opening.split(". ")[-1][:30])


@pytest.mark.parametrize("opening", [
    # a colon that defines the bar, not the writer's proof
    "That is the L6 bar as I read it: one service across several workshops, a partner team and the riders who rely on it.",
    # too few words of proof after "because"
    "I am ready for L6 because I own repairs.",
    # hedged
    "My case for L6 is perhaps that I took a service that riders avoided and maybe made it one they now recommend.",
    # no level claimed
    "Riders chose us because we took a service they avoided and made it the one they now recommend to friends.",
])
def test_no_retell_without_a_claim_and_its_proof(opening):
    assert _retell(opening) is None
