"""Incremental analysis for front ends that re-check on every keystroke (editor, web app).

``Session(profile=..., level=..., doc_type=...).analyze(text)`` returns the same
:class:`~packetcoach.core.report.Report` as :func:`packetcoach.analyze` for the same text. The
session keeps what it read last time keyed by content, so after an edit only the changed parts
are read again.
"""

from __future__ import annotations

from packetcoach.api import DEFAULT_DOC_TYPE, DEFAULT_LEVEL, analyze, check_options
from packetcoach.core.report import Report


class Session:
    """One profile, level and document type; many successive versions of one draft."""

    def __init__(self, profile: str = "amazon-pm", level: str = DEFAULT_LEVEL,
                 doc_type: str = DEFAULT_DOC_TYPE, source: str = "-",
                 rule_settings: dict | None = None, thresholds: dict[str, int] | None = None):
        check_options(profile, level, doc_type)
        self.profile, self.level, self.doc_type, self.source = profile, level, doc_type, source
        self.rule_settings, self.thresholds = rule_settings, thresholds

    def analyze(self, text: str) -> Report:
        return analyze(text, profile=self.profile, level=self.level, doc_type=self.doc_type,
                       source=self.source, rule_settings=self.rule_settings, thresholds=self.thresholds)
