"""Item ids from content, not position: the first words of the item, as a slug.

An id that depends only on the item's own words survives edits elsewhere in the draft, so a cached
item keeps its id, an editor can follow an item across versions, and history can compare drafts
item by item. Two items with the same opening words get a numbered suffix, in document order.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packetcoach.core.model import Item

WORD_RE = re.compile(r"[^\W_]+")
ID_WORDS = 5
MAX_LENGTH = 40


def item_id(text: str) -> str:
    """"Convinced the payments VP to drop ..." -> "convinced-the-payments-vp-to"."""
    words = [match.group().lower() for match in islice(WORD_RE.finditer(text), ID_WORDS)]
    slug = "-".join(words)[:MAX_LENGTH].rstrip("-")
    return slug or "item"


_ID = attrgetter("id")


def assign_ids(items: tuple["Item", ...]) -> tuple["Item", ...] | None:
    """The items with unique ids, or None when they already are (the common case)."""
    if len(set(map(_ID, items))) == len(items):
        return None
    from packetcoach.core.model import rebased  # noqa: PLC0415 - model imports nothing from here at run time

    counts: dict[str, int] = {}
    renamed = []
    for item in items:
        counts[item.id] = counts.get(item.id, 0) + 1
        renamed.append(item if counts[item.id] == 1 else rebased(item, id=f"{item.id}-{counts[item.id]}"))
    return tuple(renamed)
