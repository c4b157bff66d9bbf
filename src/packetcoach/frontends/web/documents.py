"""The drafts open in the page: one incremental Session per browser tab, kept in memory only.

A tab names its draft with a random id; the server keeps that draft's Session (profile, level
and document type fixed, as a Session's are) so each keystroke re-reads only the blocks it
touched. Sessions are not shared between threads, so each draft has a lock; the store keeps the
most recently used drafts and forgets the rest (a reload costs one full read, nothing more).
Nothing here is written to disk.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from packetcoach.coach.shapes import item_scaffold
from packetcoach.core.model import Item
from packetcoach.core.report import Report
from packetcoach.session import Session

MAX_DRAFTS = 16  # open tabs kept warm; each holds one draft's blocks
MAX_SCAFFOLDS = 4096


@dataclass
class Draft:
    """One tab's draft: its Session, the last report and the rewrites already built for it."""

    options: tuple[str, str, str]
    session: Session
    lock: threading.Lock = field(default_factory=threading.Lock)
    scaffolds: dict[tuple, str | None] = field(default_factory=dict)
    last: Report | None = None

    def analyze(self, text: str) -> Report:
        """Re-read the draft (only the blocks an edit touched) and remember the report."""
        self.last = self.session.analyze(text)
        return self.last

    def scaffold(self, item: Item, rubric) -> str | None:
        """An item's stronger shape, built once per item text: typing elsewhere reuses it."""
        key = (item.source, item.span, item.section, item.kind)
        if key not in self.scaffolds:
            if len(self.scaffolds) >= MAX_SCAFFOLDS:
                self.scaffolds.clear()
            self.scaffolds[key] = item_scaffold(item, rubric)
        return self.scaffolds[key]


class Drafts:
    """The open drafts by tab id, least recently used forgotten first."""

    def __init__(self, limit: int = MAX_DRAFTS):
        self.limit = limit
        self._drafts: OrderedDict[str, Draft] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, doc: str, profile: str, level: str, doc_type: str) -> Draft:
        """The tab's draft for these options; a change of options starts a fresh Session."""
        options = (profile, level, doc_type)
        with self._lock:
            draft = self._drafts.get(doc)
            if draft is None or draft.options != options:
                draft = Draft(options, Session(profile=profile, level=level, doc_type=doc_type))
                self._drafts[doc] = draft
            self._drafts.move_to_end(doc)
            while len(self._drafts) > self.limit:
                self._drafts.popitem(last=False)
            return draft

    def __len__(self) -> int:
        return len(self._drafts)
