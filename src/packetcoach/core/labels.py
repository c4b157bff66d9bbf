"""What keeps an item from being ready, in words: said once, for the rules and every renderer."""

from __future__ import annotations

from packetcoach.core.model import Item

GAPS = (
    ("customer", "no customer named", "customer"),
    ("metric", "no number", "number"),
    ("business_outcome", "no customer or business result", "business result"),
    ("own_action", "no action of yours", "own action"),
)
EFFORT = ("effort, not a decision or result", "effort only")
FLAGS = ("technical_lead", "technical_metric_only", "cliche", "hedge")


def readiness_gaps(item: Item, short: bool = False) -> list[str]:
    """Why an item is not ready: full phrases for messages, short labels for tables."""
    s = item.signals
    if s is None:
        return []
    gaps = [label if short else phrase for name, phrase, label in GAPS if not getattr(s, name)]
    if s.activity_only:
        gaps.append(EFFORT[1] if short else EFFORT[0])
    return gaps


def flags(item: Item) -> list[str]:
    """The signals that weaken an item even when it is ready."""
    s = item.signals
    if s is None:
        return []
    return [name.replace("_", " ") for name in FLAGS if getattr(s, name)]
