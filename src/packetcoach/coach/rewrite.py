"""The rewrite (SPEC 3B): every item with its readiness sentence, and the strong or
simplification shape for each item that is not ready.

:func:`rewrite_report` turns a :class:`Report` into a :class:`Rewrite`; the renderers
(output/rewrite.py) and the JSON form (``packetcoach.rewrite/1``) only convert it. Shapes are built
here, on demand, never inside :func:`packetcoach.analyze`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from packetcoach.coach.scaffold import Scaffold, readiness, scaffolds
from packetcoach.core.labels import readiness_gaps
from packetcoach.core.model import Item, LineIndex
from packetcoach.core.report import Report, report_header

SCHEMA_ID = "packetcoach.rewrite/1"


@dataclass(frozen=True)
class ItemRewrite:
    """One item as the writer wrote it, what it lacks, and the shapes to rewrite it into."""

    item: Item
    line: int
    original: str
    missing: tuple[str, ...]
    shapes: tuple[Scaffold, ...]  # the shape to use first, then the others; () when ready
    readiness: Scaffold

    @property
    def scaffold(self) -> Scaffold | None:
        return self.shapes[0] if self.shapes else None


@dataclass(frozen=True)
class Rewrite:
    report: Report
    items: tuple[ItemRewrite, ...]

    @property
    def not_ready(self) -> tuple[ItemRewrite, ...]:
        return tuple(entry for entry in self.items if entry.shapes)


def rewrite_report(report: Report) -> Rewrite:
    """Every item with its readiness sentence; items that are not ready also get their shapes."""
    rubric = report.rubric
    lines = LineIndex(report.text)
    entries = []
    for item in report.items:
        if item.signals is None:
            continue
        entries.append(ItemRewrite(
            item=item, line=lines.line_col(item.start)[0], original=" ".join(item.text.split()),
            missing=tuple(readiness_gaps(item, short=True)), shapes=scaffolds(item, rubric),
            readiness=readiness(item, rubric)))
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
        "missing": list(entry.missing),
        "shape": entry.scaffold.shape if entry.scaffold else None,
        "scaffold": entry.scaffold.text if entry.scaffold else None,
        "shapes": [shape.as_dict() for shape in entry.shapes],
        "readiness": entry.readiness.as_dict(),
    }
