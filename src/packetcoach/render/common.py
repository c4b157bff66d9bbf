"""Small helpers the renderers share: what an item lacks, and short labels."""

from __future__ import annotations

from ..model import Item

MISSING_LABELS = (
    ("customer", "customer"), ("metric", "number"), ("business_outcome", "business result"),
    ("own_action", "own action"),
)


def missing(item: Item) -> list[str]:
    """What keeps an item from being ready, in the words the table shows."""
    s = item.signals
    if s is None:
        return []
    gaps = [label for name, label in MISSING_LABELS if not getattr(s, name)]
    if s.activity_only:
        gaps.append("effort only")
    return gaps


def flags(item: Item) -> list[str]:
    s = item.signals
    if s is None:
        return []
    names = ("technical_lead", "technical_metric_only", "cliche", "hedge")
    return [name.replace("_", " ") for name in names if getattr(s, name)]


def shorten(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
