"""Rewrite scaffolds: the strong shape of an item, filled only with the item's own words.

Anything the draft does not say is a visible blank in [brackets]; a scaffold
never invents a number, a customer or an outcome (tests/test_scaffold.py checks
this over generated drafts).
"""

from __future__ import annotations

from .model import Item


def readiness_sentence(item: Item, text: str) -> str:
    """SPEC 2.1: "the customer I served was [persona]; their life improved by [metric]; because I [action]"."""
    persona = item.persona.text if item.persona else "[persona]"
    metric = ", ".join(m.text for m in item.metrics) if item.metrics else "[metric, before -> after]"
    action = item.action.verb if item.action.verb and item.action.verb_class == "pm" else "[decision]"
    return f"The customer I served was {persona}; their life improved by {metric}; because I {action} [what]."


def item_scaffold(item: Item, text: str) -> str | None:
    """The strong shape for an item that is not ready; None when it already is."""
    if item.ready or item.signals is None:
        return None
    persona = item.persona.text if item.persona else "[persona]"
    decision = (item.action.verb + " [what]") if item.action.verb_class == "pm" and item.action.verb else "[decision]"
    metric = " ; ".join(m.text for m in item.metrics) if item.metrics else "[metric before -> after]"
    return f"Identified that [problem, cost] for {persona}; {decision}; {metric}."
