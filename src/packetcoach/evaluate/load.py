"""Reading labelled sets: item files, packet indexes, and real text labelled by reference.

A labelled set is a directory with ``items*.jsonl`` and, optionally, ``packets*.jsonl`` whose rows
name files under it (docs/labelling-guide.md). Rows of ``ext-labels.jsonl`` carry no text: they
name a CSV file of a ``corpus-ext`` directory, a data row, a column and the SHA-1 of the text, so
text written outside the project is read where it lives and never copied into a set.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

from packetcoach.core.errors import InputError

EXT_LABELS = "ext-labels.jsonl"
EXT_DIR = Path("shared") / "corpus-ext"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise InputError(str(path), f"line {number} is not valid JSON: {error.msg}") from None
    return rows


def load_items(corpus: Path) -> list[dict[str, Any]]:
    if corpus.is_file():
        return read_jsonl(corpus)
    if not corpus.is_dir():
        raise InputError(str(corpus), "no such corpus", "give a directory with items*.jsonl or a .jsonl file")
    rows = [row for path in sorted(corpus.glob("items*.jsonl")) for row in read_jsonl(path)]
    if not rows:
        raise InputError(str(corpus), "no items*.jsonl in this directory")
    return rows


def packet_rows(corpus: Path) -> list[dict[str, Any]]:
    """Every packet label of the set (``packets.jsonl``, or one ``packets-*.jsonl`` per writer)."""
    if not corpus.is_dir():
        return []
    return [row for path in sorted(corpus.glob("packets*.jsonl")) for row in read_jsonl(path)]


def find_corpus_ext(start: Path) -> Path | None:
    """The first ``shared/corpus-ext`` beside ``start``'s repository or beside one of its parents."""
    folder = start.resolve()
    for parent in (folder, *folder.parents):
        candidate = parent.parent / EXT_DIR
        if candidate.is_dir():
            return candidate
    return None


def ext_rows(labels: Path, root: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The labelled rows with their text read from ``root``, and a line per row that could not be
    read or whose text changed since it was labelled (those rows are left out)."""
    tables: dict[tuple[str, str], list[str]] = {}
    rows, problems = [], []
    for row in read_jsonl(labels):
        key = (row["source"], row["column"])
        if key not in tables:
            tables[key] = _column(root / row["source"], row["column"])
        column = tables[key]
        if not 0 <= row["row"] < len(column):
            problems.append(f"{row['id']}: {row['source']} has no row {row['row']}")
            continue
        text = column[row["row"]]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != row["sha1"]:
            problems.append(f"{row['id']}: the text of {row['source']} row {row['row']} changed since labelling")
            continue
        rows.append({**row, "text": text})
    return rows, problems


def _column(path: Path, column: str) -> list[str]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return [record.get(column) or "" for record in csv.DictReader(handle)]
