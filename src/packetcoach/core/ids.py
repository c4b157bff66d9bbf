"""Item ids from content, not position: the first words of the item, as a slug.

An id that depends only on the item's own words survives edits elsewhere in the draft, so a cached
item keeps its id, an editor can follow an item across versions, and history can compare drafts
item by item. Two items with the same opening words get a numbered suffix, in document order
(api.py, ``_unique_ids``).
"""

from __future__ import annotations

from itertools import islice
from packetcoach.core.regexes import compiled

WORD_RE = compiled(r"[^\W_]+")
ID_WORDS = 5
MAX_LENGTH = 40


ASCII_WORD_RE = compiled(r"[A-Za-z0-9]+")  # WORD_RE on ASCII text: the same words, no Unicode lookup per character
ID_WINDOW = 80  # characters of an ASCII item looked at first: its first five words, nearly always


def item_id(text: str) -> str:
    """"Convinced the payments VP to drop ..." -> "convinced-the-payments-vp-to"."""
    if text.isascii():  # nearly every draft: the words of the item's first characters, in one call
        words = ASCII_WORD_RE.findall(text, 0, ID_WINDOW)
        if len(words) > ID_WORDS or len(text) <= ID_WINDOW:  # a sixth word started: the fifth ended in the window
            return "-".join(words[:ID_WORDS]).lower()[:MAX_LENGTH].rstrip("-") or "item"
    words = [match.group().lower() for match in islice(WORD_RE.finditer(text), ID_WORDS)]
    slug = "-".join(words)[:MAX_LENGTH].rstrip("-")
    return slug or "item"
