"""The planner and the history commands: plan, history, diff, forget; and check's history hook.

Thin wrappers: parse, one library call (make_plan, versions, diff_reports, forget), render. The
history never fails an analysis: when it cannot be used, check and plan print one warning line
and carry on. For the commands that are about the history itself, the same problem is the
command's error (one line, exit status 2).
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, TYPE_CHECKING, Any

from packetcoach.core.inert import json_text
from packetcoach.frontends.cli.messages import say
from packetcoach.core.errors import ExitCode, UsageError
from packetcoach.frontends.cli.commands import EXTRA_COMMANDS

if TYPE_CHECKING:
    from datetime import date

    from packetcoach.core.report import Report
    from packetcoach.store.connection import Store

FORMATS = ("terminal", "json", "markdown")
NO_HISTORY_HELP = "do not keep this version in the local history (PACKETCOACH_NO_HISTORY=1 for every run)"


def add_no_history(check) -> None:
    """check's --no-history."""
    check.add_argument("--no-history", action="store_true", help=NO_HISTORY_HELP)


def register(commands, add_analysis_options) -> None:
    """Add plan, history, diff and forget, and check's --no-history."""
    add_no_history(commands.choices["check"])
    plan = commands.add_parser("plan", help="the phase of the cycle, the gap, whether coaching pays, a dated checklist")
    plan.add_argument("draft", nargs="?", metavar="DRAFT", help="the draft; without it, plan from the dates alone")
    plan.add_argument("--due", required=True, metavar="YYYY-MM-DD", help="the date the packet is due")
    plan.add_argument("--today", metavar="YYYY-MM-DD", help="plan as of this date (default: today)")
    plan.add_argument("--format", default="terminal", choices=FORMATS)
    add_analysis_options(plan)
    plan.add_argument("--ics", metavar="FILE", help="also write the dated checklist as an iCalendar file")
    plan.add_argument("--force", action="store_true", help="with --ics: replace FILE (kept as FILE.bak)")
    plan.add_argument("--no-history", action="store_true", help=NO_HISTORY_HELP)
    history = commands.add_parser("history", help="how the scores moved across the versions of a draft")
    history.add_argument("draft", nargs="?", metavar="DRAFT", help="one draft (default: every draft kept)")
    history.add_argument("--format", default="terminal", choices=("terminal", "json"))
    diff = commands.add_parser("diff", help="two drafts item by item: what became ready, what regressed")
    diff.add_argument("old", metavar="OLD", help="a draft file, or @ID for a version in the history")
    diff.add_argument("new", metavar="NEW", help="a draft file, or @ID for a version in the history")
    diff.add_argument("--format", default="terminal", choices=("terminal", "json"))
    diff.add_argument("--profile", help="profile name or file (default: the version's, else amazon-pm)")
    diff.add_argument("--level", help="target level (default: the version's, else L6)")
    diff.add_argument("--doc-type", help="document type (default: the version's, else self-assessment)")
    forget = commands.add_parser("forget", help="delete a draft's history (or all of it) for real")
    forget.add_argument("draft", nargs="?", metavar="DRAFT", help="the draft whose versions to delete")
    forget.add_argument("--all", action="store_true", help="delete every version of every draft")
    EXTRA_COMMANDS.update(plan=cmd_plan, history=cmd_history, diff=cmd_diff, forget=cmd_forget)


def _history_wanted(args: argparse.Namespace) -> bool:
    from packetcoach.store.paths import history_off  # noqa: PLC0415

    return not getattr(args, "no_history", False) and not history_off()


def _warn(error: Exception) -> None:
    say(f"warning: {error}; continuing without history")


def _entry(report: Report, built: dict[str, Any] | None = None):
    """The version to keep; its JSON is ``built`` (the one just printed) or made only if the version is new."""
    from packetcoach.store.queries import Entry  # noqa: PLC0415

    def report_json() -> dict[str, Any]:
        from packetcoach.output.json import report_json  # noqa: PLC0415

        return report_json(report)

    return Entry(path=report.source, text=report.document.text, words=report.words, profile=report.profile,
                 level=report.level, doc_type=report.doc_type, score=report.score.as_dict(),
                 report=report_json if built is None else built)


def remember(args: argparse.Namespace, results, built: dict[int, dict[str, Any]] | None = None) -> None:
    """check's hook: keep each analysed file (never stdin); a failure is one warning line, never an error.

    ``built`` holds the JSON already made for a report, by ``id(report)``, so it is not made twice.
    """
    reports = [result for result in results if not isinstance(result, tuple) and result.source != "-"]
    if not reports or not _history_wanted(args):
        return
    from packetcoach.store.connection import HistoryError, open_store, translated  # noqa: PLC0415
    from packetcoach.store.queries import record  # noqa: PLC0415

    built = built or {}
    try:
        store = open_store()
        with store, translated(store.path):
            record(store, [_entry(report, built.get(id(report))) for report in reports])
    except HistoryError as error:
        _warn(error)


def _trend(report: Report) -> list[dict]:
    """Record the planned draft and return its packet scores judged with the same settings."""
    from packetcoach.store.connection import HistoryError, open_store, translated  # noqa: PLC0415
    from packetcoach.store.queries import record, versions  # noqa: PLC0415

    try:
        store = open_store()
        with store, translated(store.path):
            record(store, [_entry(report)])
            found = versions(store, report.source)
    except HistoryError as error:
        _warn(error)
        return []
    return [{"at": v.at, "packet": v.score["packet"]} for v in found
            if (v.profile, v.level, v.doc_type) == (report.profile, report.level, report.doc_type)]


def _date(option: str, value: str) -> date:
    from datetime import date  # noqa: PLC0415

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(option, f"'{value}' is not a date", "write it as YYYY-MM-DD, e.g. 2026-03-02") from None


def cmd_plan(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.api import check_options  # noqa: PLC0415
    from packetcoach.plan.build import make_plan, plan_json  # noqa: PLC0415

    from datetime import date  # noqa: PLC0415

    from packetcoach.frontends.cli.check import SettingsFinder  # noqa: PLC0415

    due = _date("--due", args.due)
    today = _date("--today", args.today) if args.today else date.today()
    settings = SettingsFinder(args)(args.draft or "-")  # a project's configuration file applies here too
    args.profile, args.level, args.doc_type = settings.profile, settings.level, settings.doc_type
    rubric = check_options(args.profile, args.level, args.doc_type)
    if args.force and not args.ics:
        raise UsageError("--force", "only works with --ics", "packetcoach plan DRAFT --due DATE --ics FILE")
    if args.ics:
        from packetcoach.core.files import check_new_file  # noqa: PLC0415

        check_new_file(args.ics, draft=args.draft, force=args.force)  # refuse before any work
    report, trend = None, []
    if args.draft:
        from packetcoach.frontends.cli.commands import _analyse  # noqa: PLC0415

        report, rubric = _analyse(args)
        if args.draft != "-" and _history_wanted(args):
            trend = _trend(report)
    plan = make_plan(today, due, rubric.profile, args.level, args.doc_type, report, trend)
    if args.format == "json":
        out.write(json_text(plan_json(plan)) + "\n")
    else:
        from packetcoach.output import plan as render  # noqa: PLC0415

        out.write((render.render_markdown(plan) if args.format == "markdown" else render.render_terminal(plan)) + "\n")
    if args.ics:
        from packetcoach.core.files import write_new  # noqa: PLC0415
        from packetcoach.plan.ics import calendar_text  # noqa: PLC0415

        write_new(args.ics, calendar_text(plan), draft=args.draft, force=args.force)
        say(f"wrote {args.ics} ({len(plan.checklist) + 1} events)")
    return ExitCode.CLEAN


def _open_existing() -> tuple[Store | None, str]:
    from packetcoach.store.connection import open_store  # noqa: PLC0415
    from packetcoach.store.paths import database_path  # noqa: PLC0415

    path = database_path()
    return open_store(path, create=False), path


def cmd_history(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.store.connection import translated  # noqa: PLC0415
    from packetcoach.store.queries import versions  # noqa: PLC0415

    store, path = _open_existing()
    found = []
    if store is not None:
        with store, translated(path):
            found = versions(store, args.draft)
    if args.format == "json":
        payload = {"schema": "packetcoach.history/1", "database": path, "versions": [v.as_json() for v in found]}
        out.write(json_text(payload) + "\n")
    else:
        from packetcoach.output.history import render_history  # noqa: PLC0415

        out.write(render_history(found, path) + "\n")
    return ExitCode.CLEAN


def cmd_forget(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.store.connection import translated  # noqa: PLC0415
    from packetcoach.store.queries import forget  # noqa: PLC0415

    if bool(args.draft) == bool(args.all):
        raise UsageError("forget", "give either a DRAFT or --all", "packetcoach forget DRAFT, or packetcoach forget --all")
    store, path = _open_existing()
    if store is None:
        out.write(f"Nothing to forget: there is no history at {path}.\n")
        return ExitCode.CLEAN
    with store, translated(path):
        count, cleared = forget(store, None if args.all else args.draft)
    what = "every draft" if args.all else args.draft
    out.write(f"Forgot {count} version{'s' if count != 1 else ''} of {what}; {path} was rebuilt without them.\n")
    if not cleared:
        sys.stderr.write("packetcoach: warning: another packetcoach process has the history open; "
                         "its log is emptied when it finishes (run forget again to be sure)\n")
    return ExitCode.CLEAN


def cmd_diff(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.frontends.cli.diff_sides import load_sides  # noqa: PLC0415
    from packetcoach.plan.progress import diff_json, diff_reports  # noqa: PLC0415

    old, new = load_sides(args)
    diff = diff_reports(old.report, new.report, old.name, new.name)
    if args.format == "json":
        out.write(json_text(diff_json(diff)) + "\n")
    else:
        from packetcoach.output.history import render_diff  # noqa: PLC0415

        out.write(render_diff(diff) + "\n")
    return ExitCode.CLEAN
