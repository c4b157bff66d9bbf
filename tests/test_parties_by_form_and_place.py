"""Served parties read by their form and their place, not by a list (docs/accuracy.md, "Served
parties by their form and place"): a plural the sentence treats as people by the relative after it,
a party the work lets deal or that the writer wants to do something, one counted after "for about",
"most" of a party the work was for, one whose own dealing changed, and one that asked for what the
work gave. Every party here is one no persona list names."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item


@pytest.mark.parametrize("text", [
    # a plural of any ending, told as people by "who" or "whose"
    "Moved bookings online, raising the share of pilgrims who booked a return trip from 30% to 45%.",
    "In the next year I want to offer home visits for widows who live more than an hour away.",
    # the party the work lets deal, with a dealing verb after it
    "By spring I aim to let regular quilters book a whole term of classes at once.",
    # the party the writer wants to do something
    "In the first half I want glassblowers to see their whole week on a single screen.",
    # a count after "for" with its lead ("about", "over")
    "I run open sessions at three walls for about 40,000 climbers a year.",
    # most or many of a party the work was for
    "Rolled out a fairer booking window which made things a bit better for most climbers.",
    # a party's own dealing that changed: a result verb with a count or a change after it
    "Opened two more lanes, and open-water surfers booked 2,100 lessons a month, up from 900.",
    "After the price cut, potters bought 20% more kiln time.",
    # the party that asked for what the work gave
    "We launched late slots, which the anglers had asked for since spring, and no-shows fell from 14% to 5%.",
])
def test_a_party_no_list_names_is_read_by_its_form_and_place(text: str) -> None:
    assert read(text).signals.customer


@pytest.mark.parametrize("text", [
    # leaders named by what they head are the writer's own seniors, whatever follows them
    "The COO adopted the model in May, and two country heads who had their own plans signed up to it.",
    # a thing with a person's ending, however a relative follows it
    "Retired the servers whose disks failed twice in a quarter.",
    # the writer's own people, and collaborators, in the same places
    "Our estimators booked 20% more hours on the migration.",
    "I wanted our glassblowers to try the new rota before launch.",
    "Worked with the glassblowers who run the night shift to cut breakage 30%.",
    # "most" of things is no party
    "Cut the build time for most releases from 40 minutes to 12.",
])
def test_the_same_places_name_no_party_for_things_or_the_writers_own(text: str) -> None:
    assert not read(text).signals.customer
