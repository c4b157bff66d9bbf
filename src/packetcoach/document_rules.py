"""Document-level rules (SPEC 2.8-2.18): findings about the packet as a whole."""

from __future__ import annotations

from typing import Iterator

from .document import Reading
from .model import Document, Finding, Span
from .rubric import Rubric
from .rules import Rule, all_rules


def document_findings(document: Document, view: str, reading: Reading, rubric: Rubric,
                      level: str, doc_type: str, settings: dict) -> list[Finding]:
    return []
