"""Many packets at once: each read, analysed and summarised in a worker process, the summaries
streamed back as they are done.

A worker returns a :class:`Summary` (a few kilobytes) or an :class:`Unreadable`, never a Report,
so the parent's memory grows by a summary per packet whatever the packets' length; results come
back in the order they finish (the ranking sorts them), so one slow packet holds nothing up.
The pool is the one ``check`` uses for a batch: worker processes, each compiling the profile
once, fed in chunks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from packetcoach.calibrate.dimensions import CREDIBILITY_RULES
from packetcoach.calibrate.summary import Summary, Unreadable, summarize
from packetcoach.core.errors import InputError, PacketcoachError

CHUNK_MAX = 32  # packets per task: large enough to amortise the hand-off, small enough to stream


@dataclass(frozen=True)
class Job:
    """One packet to summarise, with what every worker needs to analyse it (all picklable)."""

    source: str
    order: int
    profile: str
    level: str
    doc_type: str
    data: bytes | None = None  # standard input, read once by the parent
    rule_settings: dict | None = None
    thresholds: dict | None = None


def rules_read(rule_settings: dict | None) -> dict:
    """The project's rule settings, with every rule the comparison does not read switched off:
    a summary needs only the findings that cost credibility (dimensions.CREDIBILITY_RULES), and
    the rest of the rules are a quarter of an analysis."""
    from packetcoach.rules.engine import all_rules  # noqa: PLC0415

    settings = dict(rule_settings or {})
    for rule in all_rules():
        if rule.name not in CREDIBILITY_RULES and rule.name not in settings and rule.id not in settings:
            settings[rule.name] = {"enabled": False}
    return settings


def summarize_job(job: Job) -> Summary | Unreadable:
    """Read, analyse and summarise one packet; a file that cannot be read is an Unreadable."""
    from packetcoach.api import analyze  # noqa: PLC0415
    from packetcoach.readers import read_bytes, read_path  # noqa: PLC0415 - docx/html readers stay lazy

    try:
        source = read_bytes(job.data, "-") if job.data is not None else read_path(job.source)
        if not source.text.strip():
            raise InputError(job.source, "empty draft, nothing to analyse")
        report = analyze(source.text, profile=job.profile, level=job.level, doc_type=job.doc_type,
                         source=job.source, notes=source.notes, rule_settings=rules_read(job.rule_settings),
                         thresholds=job.thresholds)
    except PacketcoachError as error:
        return Unreadable(job.source, job.order, str(error))
    return summarize(report, job.level, job.order)


def _warm(profile: str) -> None:
    """Worker start-up: compile the profile once, before the first packet."""
    from packetcoach.profile.compile import rubric_for  # noqa: PLC0415

    rubric_for(profile)


def summaries(jobs: list[Job], workers: int = 1) -> Iterator[Summary | Unreadable]:
    """Every job's result, as each is done; more than one worker spreads them over processes."""
    if workers <= 1 or len(jobs) <= 1:
        yield from map(summarize_job, jobs)
        return
    from multiprocessing import get_context  # noqa: PLC0415

    chunk = max(1, min(CHUNK_MAX, len(jobs) // (workers * 8)))
    with get_context().Pool(workers, initializer=_warm, initargs=(jobs[0].profile,)) as pool:
        yield from pool.imap_unordered(summarize_job, jobs, chunksize=chunk)
