"""The rewrite (SPEC 3B): every item with its readiness sentence, and the strong or
simplification shape for each item that is not ready.

:func:`rewrite_report` turns a :class:`Report` into a :class:`Rewrite`; the renderers
(output/rewrite.py) and the JSON form (``packetcoach.rewrite/1``) only convert it. Shapes are built
here, on demand, never inside :func:`packetcoach.analyze`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from packetcoach.analysis.stories import is_engineering_work
from packetcoach.coach.sentences import RoomSentence, room_sentences
from packetcoach.coach.wording import rehearsal_data
from packetcoach.coach.scaffold import Scaffold, readiness
from packetcoach.coach.shapes import addressed_scaffold, scaffolds
from packetcoach.core.labels import readiness_gaps
from packetcoach.core.model import Item, LineIndex
from packetcoach.core.report import Report, report_header

SCHEMA_ID = "packetcoach.rewrite/1"


Edit = Literal["keep", "rewrite", "cut", "merge", "context"]


@dataclass(frozen=True)
class ItemRewrite:
    """One item as the writer wrote it, what it lacks, the edit a coach would make, and the shapes."""

    item: Item
    line: int
    original: str
    missing: tuple[str, ...]
    shapes: tuple[Scaffold, ...]  # the shape to use first, then the others; () when ready
    readiness: Scaffold
    edit: Edit = "rewrite"
    advice: str | None = None  # for cut and merge: what to do, in a coach's words

    @property
    def scaffold(self) -> Scaffold | None:
        return self.shapes[0] if self.shapes else None


@dataclass(frozen=True)
class Rewrite:
    report: Report
    items: tuple[ItemRewrite, ...]

    @property
    def not_ready(self) -> tuple[ItemRewrite, ...]:
        return tuple(entry for entry in self.items if entry.edit in ("rewrite", "merge", "cut"))


def _edit(item: Item, merges: dict[str, RoomSentence]) -> tuple[Edit, str | None]:
    """The edit a coach would make: keep a ready item, cut engineering work, merge a story told
    across several lines into its one sentence, and rewrite the rest into the stronger shape."""
    wording = rehearsal_data()["edits"]
    if item.kind != "claim":
        return "context", None
    if item.ready:
        return "keep", None
    if is_engineering_work(item):
        return "cut", wording["cut"]
    merged = merges.get(item.id)
    if merged is not None:
        lines = "+".join(map(str, merged.lines))
        return "merge", wording["merge"].format(lines=lines, sentence=merged.text)
    return "rewrite", None


def rewrite_report(report: Report) -> Rewrite:
    """Every item with its edit and readiness sentence; items to rewrite also get their shapes."""
    rubric = report.rubric
    lines = LineIndex(report.text)
    merges = {item_id: sentence for sentence in room_sentences(report) if len(sentence.items) > 1
              for item_id in sentence.items}
    entries = []
    for item in report.items:
        if item.signals is None:
            continue
        edit, advice = _edit(item, merges)
        entries.append(ItemRewrite(
            item=item, line=lines.line_col(item.start)[0], original=" ".join(item.text.split()),
            missing=tuple(readiness_gaps(item, short=True)),
            shapes=tuple(addressed_scaffold(shape, report.document.voice) for shape in scaffolds(item, rubric))
            if edit in ("rewrite", "merge") else (),
            readiness=addressed_scaffold(readiness(item, rubric), report.document.voice), edit=edit, advice=advice))
    return Rewrite(report, tuple(entries))


def rewrite_json(rewrite: Rewrite) -> dict[str, Any]:
    """The versioned JSON form; every item is listed, ready ones with ``scaffold: null``."""
    report = rewrite.report
    return {
        "schema": SCHEMA_ID,
        **report_header(report),
        "items_ready": sum(1 for entry in rewrite.items if entry.item.ready),
        "items": [_entry_json(entry) for entry in rewrite.items],
    }


def _entry_json(entry: ItemRewrite) -> dict[str, Any]:
    item = entry.item
    return {
        "id": item.id,
        "line": entry.line,
        "start": item.start,
        "end": item.end,
        "text": entry.original,
        "ready": item.ready,
        "kind": item.kind,
        "edit": entry.edit,
        "advice": entry.advice,
        "missing": list(entry.missing),
        "shape": entry.scaffold.shape if entry.scaffold else None,
        "scaffold": entry.scaffold.text if entry.scaffold else None,
        "shapes": [shape.as_dict() for shape in entry.shapes],
        "readiness": entry.readiness.as_dict(),
    }
