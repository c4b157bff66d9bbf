"""The 90-second view: the spans of the draft a skimming reader takes in, as the analysis
counts them (``analysis.packet.skim_read``), in draft offsets. The page dims the rest."""

from __future__ import annotations

from packetcoach.analysis.facts import passage_facts
from packetcoach.analysis.packet import skim_read
from packetcoach.core.model import Span
from packetcoach.core.report import Report


def skim_spans(report: Report) -> list[Span]:
    blocks = ((passage, passage_facts(passage, report.rubric)) for passage in report.document.passages)
    _, read = skim_read(blocks, report.rubric)
    spans = sorted(passage.at(span) for passage, found in read for span in found)
    merged: list[Span] = []
    for span in spans:
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged
