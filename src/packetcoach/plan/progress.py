"""What changed between two drafts of one packet, item by item, and how each score moved.

Items are matched by their text: the same words (ignoring case and spacing) are the same item;
what is left is paired by the words they share, so a reworded, cut or extended item is one item
that changed, not one removed and one added. Each pair says whether the item became ready, regressed, or stayed.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

from packetcoach.analysis.gap import claims
from packetcoach.core.model import Item
from packetcoach.core.report import Report
from packetcoach.core.regexes import compiled

SCHEMA_ID = "packetcoach.diff/1"
REWORDED = 0.5  # share of the shorter item's words from which an old and a new item are one item reworded
MIN_SHARED = 3  # and at least this many words in common
WORD_RE = compiled(r"[a-z0-9][a-z0-9$%.,'-]*")
State = Literal["ready", "not-ready", "absent"]


@dataclass(frozen=True)
class ItemChange:
    text: str  # the new text, or the old one for a removed item
    before: State
    after: State
    before_text: str | None = None  # the old text, when the item was reworded

    @property
    def change(self) -> str:
        if self.before == "absent":
            return "added"
        if self.after == "absent":
            return "removed"
        if self.before != self.after:
            return "became-ready" if self.after == "ready" else "regressed"
        return "reworded" if self.before_text is not None else "unchanged"


@dataclass(frozen=True)
class Diff:
    old: str
    new: str
    items: list[ItemChange]
    before: dict[str, int]
    after: dict[str, int]

    def of(self, change: str) -> list[ItemChange]:
        return [item for item in self.items if item.change == change]


def _text(report: Report, item: Item) -> str:
    return " ".join(item.text.split())


def _state(item: Item) -> State:
    return "ready" if item.ready else "not-ready"


def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in WORD_RE.findall(text.lower()) if len(word) > 2)


def _likeness(old: str, new: str) -> float:
    """Shared words over the shorter item's words: an item cut down or extended is still itself."""
    a, b = _words(old), _words(new)
    shared = len(a & b)
    if shared < MIN_SHARED or not a or not b:
        return 0.0
    return shared / min(len(a), len(b))


def _pair(old: list[tuple[str, Item]], new: list[tuple[str, Item]]) -> dict[int, int]:
    """new index -> old index: exact text first, then the most alike remaining pairs."""
    pairs: dict[int, int] = {}
    free_old = set(range(len(old)))
    by_text: dict[str, list[int]] = {}
    for index, (text, _) in enumerate(old):
        by_text.setdefault(text.lower(), []).append(index)
    for index, (text, _) in enumerate(new):
        same = [o for o in by_text.get(text.lower(), []) if o in free_old]
        if same:
            pairs[index] = same[0]
            free_old.discard(same[0])
    scored = []
    for index, (text, _) in enumerate(new):
        if index in pairs:
            continue
        for o in free_old:
            likeness = _likeness(old[o][0], text)
            if likeness >= REWORDED:
                tie = SequenceMatcher(None, old[o][0].lower(), text.lower(), autojunk=False).ratio()
                scored.append((likeness, tie, index, o))
    for _, _, index, o in sorted(scored, reverse=True):
        if index not in pairs and o in free_old:
            pairs[index] = o
            free_old.discard(o)
    return pairs


def diff_reports(old: Report, new: Report, old_name: str, new_name: str) -> Diff:
    """Every claim of either draft, in the new draft's order, then the removed ones."""
    old_items = [(_text(old, item), item) for item in claims(old)]
    new_items = [(_text(new, item), item) for item in claims(new)]
    pairs = _pair(old_items, new_items)
    changes = []
    for index, (text, item) in enumerate(new_items):
        if index in pairs:
            before_text, before = old_items[pairs[index]]
            changes.append(ItemChange(text, _state(before), _state(item),
                                      before_text if before_text != text else None))
        else:
            changes.append(ItemChange(text, "absent", _state(item)))
    matched = set(pairs.values())
    changes += [ItemChange(text, _state(item), "absent") for o, (text, item) in enumerate(old_items)
                if o not in matched]
    return Diff(old_name, new_name, changes, old.score.as_dict(), new.score.as_dict())


def diff_json(diff: Diff) -> dict[str, Any]:
    """SPEC 6: {"items": [{"text", "before", "after"}], "score": {"before", "after"}}, and more."""
    items = []
    for item in diff.items:
        entry: dict[str, Any] = {"text": item.text, "before": item.before, "after": item.after,
                                 "change": item.change}
        if item.before_text is not None:
            entry["before_text"] = item.before_text
        items.append(entry)
    moved = {name: diff.after[name] - diff.before[name] for name in diff.after}
    return {"schema": SCHEMA_ID, "old": diff.old, "new": diff.new, "items": items,
            "score": {"before": diff.before, "after": diff.after, "change": moved}}
