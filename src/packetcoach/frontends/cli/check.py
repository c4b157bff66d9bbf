"""``packetcoach check``: drafts in, one report per draft, rendered in the chosen format.

Each draft runs with the settings in force for it (defaults, then the nearest configuration file,
then the command line). A directory stands for the drafts under it; drafts the configuration
ignores are skipped. With ``--diff REV`` only the findings on changed lines are kept, and the exit
status follows what is kept.
"""

# No ``from __future__ import annotations``: Job's field types stay objects, which typing.NamedTuple
# checks for nothing (as strings it compiles each one; profile/compile.py says more).
import argparse
import os
from typing import IO, Any, NamedTuple

from packetcoach.core.inert import json_text, write_json
from packetcoach.frontends.cli import startup
from packetcoach.frontends.cli.messages import say
from packetcoach.core.errors import ExitCode, InputError, PacketcoachError
from packetcoach.core.model import SEVERITY_RANK
from packetcoach.frontends.config import Settings, resolve

STREAMED = ("terminal", "markdown", "compact", "github")
DRAFT_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".docx", ".html", ".htm")


class Job(NamedTuple):
    """One draft to analyse and the settings it runs with (a named tuple: a frozen dataclass costs
    every check about half a millisecond to create, compiling its methods)."""

    name: str
    settings: Settings
    error: PacketcoachError | None = None  # a directory with no drafts: reported in its place


def overrides(args: argparse.Namespace) -> dict[str, tuple[Any, str]]:
    """The command line's own choices (None where the user gave none)."""
    return {"profile": (getattr(args, "profile", None), "--profile"), "level": (getattr(args, "level", None), "--level"),
            "doc_type": (getattr(args, "doc_type", None), "--doc-type"),
            "fail_on": (getattr(args, "fail_on", None), "--fail-on")}


class SettingsFinder:
    """Settings per directory, so a batch reads each configuration file once."""

    def __init__(self, args: argparse.Namespace):
        self._overrides = overrides(args)
        self._by_directory: dict[str, Settings] = {}

    def __call__(self, name: str) -> Settings:
        directory = os.getcwd() if name == "-" else os.path.dirname(os.path.abspath(name))
        if directory not in self._by_directory:
            self._by_directory[directory] = resolve(directory, self._overrides)
        return self._by_directory[directory]


def _drafts_under(directory: str, settings_for: SettingsFinder) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not settings_for(os.path.join(root, d)).ignores(os.path.join(root, d)))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.startswith(".") and name.lower().endswith(DRAFT_EXTENSIONS) \
                    and not settings_for(path).ignores(path):
                found.append(path)
    if not found:
        raise InputError(directory, "holds no drafts (.md .txt .docx .html) that are not ignored",
                         "give the drafts' paths")
    return found


def jobs(names: list[str], settings_for: SettingsFinder) -> list[Job]:
    """The drafts to analyse, in order: directories expanded, ignored drafts left out."""
    result = []
    for name in names:
        if name != "-" and os.path.isdir(name):
            try:
                result += [Job(path, settings_for(path)) for path in _drafts_under(name, settings_for)]
            except InputError as error:
                result.append(Job(name, settings_for(name), error))
            continue
        settings = settings_for(name)
        if not settings.ignores(name):
            result.append(Job(name, settings))
    return result


def _render_streamed(report, args: argparse.Namespace, out: IO[str]) -> None:
    if args.format == "markdown":
        from packetcoach.output.markdown import render  # noqa: PLC0415

        out.write(render(report, every=args.every) + "\n")
    elif args.format == "compact":
        from packetcoach.output.compact import render as render_compact  # noqa: PLC0415

        out.write(render_compact(report))
    elif args.format == "github":
        from packetcoach.output.github import render as render_github  # noqa: PLC0415

        out.write(render_github(report))
    else:
        from packetcoach.output.terminal import render as render_terminal  # noqa: PLC0415 - rich only when used

        render_terminal(report, out, show_draft=not args.no_draft, every=args.every,
                        color={"always": True, "never": False}.get(args.color))


def _render_collected(reports: list, errors: list[tuple[str, str]], payloads: list, fmt: str, out: IO[str]) -> None:
    if fmt == "json":
        document = payloads[0] if len(payloads) == 1 else payloads
        write_json(document, out)
    elif fmt == "sarif":
        from packetcoach.output.sarif import render as render_sarif  # noqa: PLC0415

        out.write(json_text(render_sarif(reports, errors)) + "\n")
    elif fmt == "checkstyle":
        from packetcoach.output.checkstyle import render as render_checkstyle  # noqa: PLC0415

        out.write(render_checkstyle(reports, errors))


def run_check(args: argparse.Namespace, out: IO[str], analyse_all) -> int:
    """Resolve settings, analyse every draft (``analyse_all`` spreads a batch), render, exit status."""
    from packetcoach.api import check_options  # noqa: PLC0415
    from packetcoach.output.json import report_json  # noqa: PLC0415

    settings_for = SettingsFinder(args)
    todo = jobs(args.files, settings_for)
    for combination in sorted({(j.settings.profile, j.settings.level, j.settings.doc_type) for j in todo}):
        check_options(*combination)  # a bad option fails before any file is read
    startup.loaded(young=startup.CHECK_YOUNG)
    changed = None
    if args.diff:
        from packetcoach.frontends.cli.gitdiff import ChangedLines, only_changed  # noqa: PLC0415

        changed = ChangedLines(args.diff)
        lines = {job.name: changed.lines(job.name) for job in todo if job.error is None}  # fail before analysis
    failed_input, findings_fail = False, False
    reports, errors, payloads = [], [], []
    built: dict[int, dict[str, Any]] = {}  # each report's JSON, by id(report), for the history
    analysed = iter(analyse_all([job for job in todo if job.error is None]))
    for job in todo:
        result = (str(job.error), job.error.to_dict()) if job.error else next(analysed)
        if isinstance(result, tuple):
            say(f"{result[0]}")
            failed_input = True
            errors.append((job.name, result[0]))
            payloads.append(result[1])
            if args.format == "github":
                from packetcoach.output.github import render_error  # noqa: PLC0415

                out.write(render_error(job.name, result[0]))
            continue
        report = only_changed(result, lines[job.name]) if changed else result
        for note in report.notes:
            say(f"{report.source}: {note}")
        threshold = SEVERITY_RANK.get(job.settings.fail_on, 99)
        findings_fail |= report.worst_severity() >= threshold
        reports.append(report)
        if args.format == "json":
            built[id(report)] = report_json(report)
            payloads.append(built[id(report)])
        elif args.format in STREAMED:
            _render_streamed(report, args, out)
    _render_collected(reports, errors, payloads, args.format, out)
    from packetcoach.frontends.cli.history import remember  # noqa: PLC0415

    remember(args, reports, built)  # each analysed file into the local history; never fails the check
    if failed_input:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if findings_fail else ExitCode.CLEAN
