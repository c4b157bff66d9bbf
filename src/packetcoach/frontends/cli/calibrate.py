"""``packetcoach calibrate``: packets in, the room's ranking and the manager's brief out.

A thin layer over the library: the packets become jobs, calibrate.batch summarises them in
worker processes and streams the small summaries back (a progress line counts them on a
terminal), calibrate.rank orders them, and a renderer writes the brief. A file that cannot be
read is one line on stderr; the others are still ranked.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import IO

from packetcoach.core.errors import ExitCode, InputError, UsageError

FORMATS = ("terminal", "markdown", "html", "json")
PROGRESS_EVERY_S = 0.1


def register(commands, add_analysis_options, handlers: dict) -> None:
    parser = commands.add_parser("calibrate", help="rank packets the way the calibration room does, "
                                 "with a page per person for the manager")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="packets (.md .txt .docx .html), directories of packets, '-' for stdin")
    parser.add_argument("--peers", nargs="+", metavar="PEER", default=(),
                        help="put FILE (one draft) beside these peer or example packets and show where it loses")
    parser.add_argument("--format", default="terminal", choices=FORMATS)
    add_analysis_options(parser)
    parser.add_argument("--jobs", type=int, default=0, metavar="N",
                        help="worker processes (default: every core from 8 packets)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    handlers["calibrate"] = cmd_calibrate


class Progress:
    """"calibrated 120/500" on stderr, rewritten in place, only when stderr is a terminal."""

    def __init__(self, total: int, stream: IO[str]):
        self.total, self.stream, self.done, self.shown = total, stream, 0, 0.0
        self.active = total > 1 and _is_terminal(stream)

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.active and (now - self.shown >= PROGRESS_EVERY_S or self.done == self.total):
            self.stream.write(f"\rpacketcoach: calibrated {self.done}/{self.total} packets")
            self.stream.flush()
            self.shown = now

    def close(self) -> None:
        if self.active and self.shown:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _names(args: argparse.Namespace) -> tuple[list[str], str | None]:
    if args.peers and len(args.files) != 1:
        raise UsageError("--peers", "compares one draft with its peers",
                         "packetcoach calibrate mine.md --peers a.md b.md")
    names = list(args.files) + list(args.peers)
    if names.count("-") > 1:
        raise UsageError("-", "standard input can be given once")
    return names, (args.files[0] if args.peers else None)


def _expand(names: list[str], settings_for) -> list[tuple[str, InputError | None]]:
    """Directories stand for the packets under them, as for check."""
    from packetcoach.frontends.cli.check import jobs  # noqa: PLC0415

    return [(job.name, job.error) for job in jobs(names, settings_for)]


def cmd_calibrate(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.api import check_options  # noqa: PLC0415
    from packetcoach.calibrate import rank, settings_for  # noqa: PLC0415
    from packetcoach.calibrate.batch import Job, summaries as summarize_all  # noqa: PLC0415
    from packetcoach.calibrate.summary import Unreadable  # noqa: PLC0415
    from packetcoach.frontends.cli.check import SettingsFinder  # noqa: PLC0415

    names, focus = _names(args)
    finder = SettingsFinder(args)
    settings = finder(os.path.join(os.getcwd(), "packet.md"))
    rubric = check_options(settings.profile, settings.level, settings.doc_type)  # fail before any file is read
    stdin = _stdin() if "-" in names else None
    found = _expand(names, finder)
    unreadable = [Unreadable(name, order, str(error)) for order, (name, error) in enumerate(found) if error]
    jobs = [Job(name, order, settings.profile, settings.level, settings.doc_type, stdin if name == "-" else None,
                settings.rules, settings.thresholds) for order, (name, error) in enumerate(found) if error is None]
    workers = args.jobs or ((os.cpu_count() or 1) if len(jobs) >= _batch_threshold() else 1)
    summaries = []
    progress = Progress(len(jobs), sys.stderr)
    try:
        for result in summarize_all(jobs, workers):
            progress.step()
            (unreadable if isinstance(result, Unreadable) else summaries).append(result)
    finally:
        progress.close()
    for failure in sorted(unreadable, key=lambda u: u.order):
        sys.stderr.write(f"packetcoach: {failure.message}\n")
    for summary in sorted(summaries, key=lambda s: s.order):
        for note in summary.notes:
            sys.stderr.write(f"packetcoach: {summary.source}: {note}\n")
    calibration = rank(summaries, unreadable, settings.level, rubric.profile.name, settings_for(rubric), focus)
    _hint_level(calibration)
    _render(calibration, args, out)
    return ExitCode.USAGE if unreadable else ExitCode.CLEAN


def _hint_level(calibration) -> None:
    """Nothing ranked because every packet argues for another level: say which, in one line."""
    argued = {a.summary.argued for a in calibration.set_aside if a.reason == "wrong-level"}
    if not calibration.ranking and len(argued) == 1:
        other = argued.pop()
        sys.stderr.write(f"packetcoach: every packet argues for {other}, not {calibration.level} "
                         f"(calibrate them at their level with --level {other})\n")


def _batch_threshold() -> int:
    from packetcoach.frontends.cli.main import BATCH_THRESHOLD  # noqa: PLC0415

    return BATCH_THRESHOLD


def _stdin() -> bytes:
    try:
        return sys.stdin.buffer.read()
    except (OSError, ValueError) as error:
        raise InputError("-", f"cannot read standard input: {error.__class__.__name__}") from None


def _render(calibration, args: argparse.Namespace, out: IO[str]) -> None:
    """Written a piece at a time (the ranking, then one person after another), as rendered."""
    if args.format == "terminal":
        from packetcoach.output.calibrate.terminal import render_terminal  # noqa: PLC0415

        render_terminal(calibration, out, color={"always": True, "never": False}.get(args.color))
        return
    if args.format == "json":
        from packetcoach.output.calibrate.json import json_chunks as chunks  # noqa: PLC0415
    elif args.format == "markdown":
        from packetcoach.output.calibrate.markdown import markdown_chunks as chunks  # noqa: PLC0415
    else:
        from packetcoach.output.calibrate.html import html_chunks as chunks  # noqa: PLC0415
    for chunk in chunks(calibration):
        out.write(chunk)
