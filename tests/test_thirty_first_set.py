"""Categories a thirty-first blind set showed (docs/accuracy.md, "The thirty-first blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_holders_named_by_what_they_hold_are_a_served_party(read_item) -> None:
    for text in ("Mooring holders queued at the harbour desk for an hour to renew.",
                 "I will pilot a spring planting kit for plot holders in one borough next year.",
                 "Built a step-free route planner for blue-badge holders in the city centre.",
                 "The council's 12,000 licence holders now renew online in four minutes."):
        item = read_item(text)
        assert item.signals.customer, text


def test_holders_mention_takes_in_what_they_hold(read_item) -> None:
    item = read_item("Mooring holders queued at the harbour desk for an hour to renew.")
    assert item.persona is not None and item.persona.text == "Mooring holders"


def test_holders_counted_alone_or_holders_of_things_name_no_party(read_item) -> None:
    for text in ("Ran the renewal mailing, which reached all 31,000 holders by letter and text.",
                 "Ordered 5,000 cup holders for the new tram seats."):
        item = read_item(text)
        assert not item.signals.customer, text
