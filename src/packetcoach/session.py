"""Incremental analysis for front ends that re-check on every keystroke (editor, web app).

``Session(profile=..., level=..., doc_type=...).analyze(text)`` returns the same
:class:`~packetcoach.core.report.Report` as :func:`packetcoach.analyze` for the same text. The
session keeps the blocks it read last time, keyed by their content: after an edit only the
blocks the edit touched are read again, the others are reused where they now sit, and the packet
reading, document rules and score are recomputed from the cached per-item and per-block facts.
"""

from __future__ import annotations

from packetcoach.api import DEFAULT_DOC_TYPE, DEFAULT_LEVEL, DEFAULT_PROFILE, Reader, check_options
from packetcoach.core.report import Report


class Session:
    """One profile, level, document type and rule settings; many successive versions of a draft.

    Not shared between threads: a server keeps one session per open document.
    """

    def __init__(self, profile: str = DEFAULT_PROFILE, level: str = DEFAULT_LEVEL,
                 doc_type: str = DEFAULT_DOC_TYPE, source: str = "-", rule_settings: dict | None = None,
                 thresholds: dict[str, int] | None = None):
        rubric = check_options(profile, level, doc_type)
        self.profile, self.level, self.doc_type, self.source = profile, level, doc_type, source
        self._reader = Reader(rubric, level, doc_type, rule_settings, keep=True, thresholds=thresholds)

    def analyze(self, text: str, notes: tuple[str, ...] = ()) -> Report:
        return self._reader.read(text, self.source, notes)

    @property
    def cached_blocks(self) -> int:
        """How many blocks the session remembers (those of the last draft it read)."""
        return len(self._reader.memory)
