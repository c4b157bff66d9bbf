"""Calibration (SPEC 3D): several packets compared the way the room compares them, at one level.

Two steps, so a batch of any size runs in bounded memory: :func:`summarize` reduces one analysed
packet to a small :class:`Summary` (its five dimensions at the level, its case sentence, receipts,
objections and what it lacks), and :func:`rank` orders summaries, explains ties, names the peer
that hurts each person, and sets aside duplicates and packets written for another level.
:func:`calibrate_reports` does both for reports already in memory::

    reports = [packetcoach.analyze(text, level="L6", source=name) for name, text in drafts]
    calibration = calibrate_reports(reports, level="L6")
"""

from __future__ import annotations

from typing import Sequence

from packetcoach.calibrate.rank import Calibration, Comparison, SetAside, Standing, rank
from packetcoach.calibrate.settings import DIMENSIONS, Settings, settings_for
from packetcoach.calibrate.summary import Summary, Unreadable, digest, summarize
from packetcoach.core.report import Report

__all__ = ["Calibration", "Comparison", "DIMENSIONS", "SetAside", "Settings", "Standing", "Summary", "Unreadable",
           "calibrate_reports", "digest", "rank", "settings_for", "summarize"]


def calibrate_reports(reports: Sequence[Report], level: str, focus: str | None = None) -> Calibration:
    """Rank reports analysed at ``level`` with one profile (the first report's)."""
    if not reports:
        raise ValueError("calibration needs at least one report")
    settings = settings_for(reports[0].rubric)
    summaries = [summarize(report, level, order, settings) for order, report in enumerate(reports)]
    return rank(summaries, (), level, reports[0].profile, settings, focus)
