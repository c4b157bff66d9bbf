"""One text read as one item, for tests of the item reading: its facts, its signals and the type of
each of its measures."""

from __future__ import annotations

from packetcoach.analysis.annotate import item_hits
from packetcoach.analysis.measures import type_measures
from packetcoach.api import analyze_item
from packetcoach.core.model import ItemFacts, Signals
from packetcoach.profile.compile import rubric_for


def facts(text: str) -> ItemFacts:
    item = analyze_item(text)
    assert item is not None and item.facts is not None
    return item.facts


def signals(text: str) -> Signals:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.signals


def types(text: str) -> list[str]:
    """The type of each number of the item ("customer", "technical", "" when it says none)."""
    item = analyze_item(text)
    assert item is not None
    measures = type_measures(item.tokens, list(item.words), item.metrics, item_hits(item), item.persona,
                             item.action, rubric_for("amazon-pm"))
    return [m.type for m in measures]


def party(text: str) -> str | None:
    """The served party the item names, as written (None when it names none)."""
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    assert item.signals.customer == (item.persona is not None)
    return item.persona.text if item.persona else None


def verb(text: str) -> str | None:
    """The item's main verb, as its lemma (None when it has none)."""
    item = analyze_item(text)
    assert item is not None
    return item.action.verb
