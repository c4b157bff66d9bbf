"""The served party on the sixty-third and sixty-fourth blind sets (docs/accuracy.md, "The served
party on the two newest blind sets"): the packet's own reviewer raising a doubt, with any modal and
any verb of raising it, is no party the work served. Sentences of our own that should and should not
fire."""

from __future__ import annotations

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    item = analyze_item(text)
    assert item is not None and item.signals is not None, text
    return item


def test_the_reviewer_raising_a_doubt_is_no_served_party() -> None:
    for text in (
            "Some reviewers will say the booking gain came from the warm summer, not from the new calendar.",
            "Reviewers may credit the council subsidy for the rise; sign-ups rose as much where it had ended.",
            "The reviewer could argue the drop in refunds was seasonal; the prior two winters did not move.",
            "Reviewers would ask why the pilot ran for six months before I stopped it.",
            "A reviewer might credit the new hire for the faster close; the close sped up before she joined."):
        item = read(text)
        assert not item.signals.customer, text
        assert item.kind == "objection", text


def test_reviewers_the_product_serves_are_still_a_party() -> None:
    for text in (
            "Cut first-pass review time for 6,000 contract reviewers by 35% with clause tagging.",
            "Reviewers will now see each clause beside its source, which cut review time by 40%.",
            "Gave 22 grant reviewers their weekends back by automating the duplicate-address check."):
        assert read(text).signals.customer, text


def test_a_doubt_the_reviewer_raises_leaves_the_served_party_after_it() -> None:
    text = ("Reviewers may credit the fuel price for the gain; but shoppers in the towns where fuel did not "
            "change bought 18% more as well.")
    item = read(text)
    assert item.signals.customer and item.persona is not None and item.persona.text.lower() == "shoppers"
