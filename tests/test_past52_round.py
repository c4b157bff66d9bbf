"""The engineering past told as the writer's own move from an engineering team with no "to product"
after it (docs/accuracy.md, "The engineering past told as a move from an engineering team"): small
drafts of our own that should count the move and ones that should not."""

from __future__ import annotations

import pytest

from field_drafts import FERRY, background_draft, mentions


@pytest.mark.parametrize("background", [
    "I came over from the iOS team two years ago, and this is my first full cycle as a PM.",
    "I have owned season passes since I moved from the backend team in 2024.",
    "I moved into this role from the checkout firmware team last spring.",
    "I moved into this role from the payments infrastructure team in March.",
    "I switched from the machine-learning group in January and took over the ferry app.",
])
def test_the_writers_move_from_an_engineering_team_is_a_mention(background: str) -> None:
    assert mentions(background_draft(FERRY, background)) == 1


def test_the_move_and_a_former_title_after_it_are_two_mentions() -> None:
    background = ("I came over from the Android team eighteen months ago. As a former Android engineer "
                  "I still judge a quarter by what shipped.")
    assert mentions(background_draft(FERRY, background)) == 2


def test_the_move_told_with_to_product_after_it_is_still_one_mention() -> None:
    background = "I moved from the frontend team to product eighteen months ago."
    assert mentions(background_draft(FERRY, background)) == 1


@pytest.mark.parametrize("background", [
    # a team outside engineering
    "I came over from the support team two years ago, and this is my first full cycle as a PM.",
    "I moved into this role from the finance team in March.",
    # a request or a person from an engineering team, not the writer's move
    "The request came from the Android team, and I moved it to the top of the roadmap.",
    "Priya moved from the backend team to the payments squad this spring.",
    # the writer moves a thing, not themself
    "I moved the crash reports from the iOS team into the ferry app's backlog.",
    # a platform team, a product's platform as often as its engineering
    "I came over from the platform team two years ago.",
])
def test_no_move_of_the_writer_from_an_engineering_team_is_no_mention(background: str) -> None:
    assert mentions(background_draft(FERRY, background)) == 0
