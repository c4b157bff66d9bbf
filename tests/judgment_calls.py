"""A draft's judgment calls as the packet reading lists them, for the tests of the document fields by
category: each test writes a short draft around one call and asks whether it joins a list."""

from __future__ import annotations

from collections.abc import Callable

from packetcoach import Session, analyze


def listed(field: str, text: str) -> list[str]:
    """The texts of the items the reading lists in ``field`` ("stopped_items", "initiated_items")."""
    report = analyze(text)
    return [report.item(i).text for i in getattr(report.reading, field)]


def judged(draft: Callable[[str], str], listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...],
           field: str = "stopped_items") -> None:
    """Each call of the first group, written into ``draft``, is listed in ``field`` as its own item;
    none of the second is."""
    for call in listed_calls:
        assert any(text.startswith(call[:20]) for text in listed(field, draft(call))), call
    for call in unlisted_calls:
        assert listed(field, draft(call)) == [], call


def mentions(sentence: str) -> int:
    """How many references to the engineering past the reading counts in a short draft that opens
    with ``sentence``."""
    text = ("# Self-assessment: Ines K., Senior PM, Island Ferries (L6)\n\n"
            f"{sentence}\n\n"
            "- Cut the time foot passengers wait to board from 25 minutes to 9 by scanning tickets on "
            "the quay.\n")
    return len(analyze(text).reading.former_engineer_mentions)


def same_stops_in_a_session(before: str, after: str) -> None:
    """A Session that read ``before`` and then ``after`` lists the stops a fresh analysis of
    ``after`` lists, and there are some."""
    session = Session()
    session.analyze(before)
    assert session.analyze(after).reading.stopped_items == analyze(after).reading.stopped_items != ()
