"""Commands beyond check/rules/explain, registered here so cli.py stays small.

Each handler is a thin wrapper: read the draft, make one library call
(rewrite_report, redact, rehearse, run_drill), render, exit. User-facing
failures are PacketcoachErrors, which cli.main prints as one line with exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, TYPE_CHECKING, Callable

from packetcoach.frontends.cli.messages import say
from packetcoach.core.errors import ExitCode, InputError, UsageError
from packetcoach.core.inert import json_text, terminal_line, terminal_text

if TYPE_CHECKING:
    from packetcoach.core.report import Report
    from packetcoach.profile.compile import Rubric

EXTRA_COMMANDS: dict[str, Callable[[argparse.Namespace, IO[str]], int]] = {}
FORMATS = ("terminal", "json", "markdown")
NO_TTY = "rehearse --drill needs an interactive terminal"


def register_extra_commands(commands, add_analysis_options) -> None:
    """Hook for rewrite, rehearse, config and lsp; each adds its parser and its handler."""
    _register_rewrite(commands, add_analysis_options)
    _register_rehearse(commands, add_analysis_options)
    _register_config(commands, add_analysis_options)
    _register_lsp(commands)
    _register_serve(commands)


def _common(parser: argparse.ArgumentParser, add_analysis_options) -> None:
    parser.add_argument("draft", metavar="DRAFT", help="the draft (.md .txt .docx .html), '-' for stdin")
    parser.add_argument("--format", default="terminal", choices=FORMATS)
    add_analysis_options(parser)
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")


def _register_rewrite(commands, add_analysis_options) -> None:
    parser = commands.add_parser("rewrite", help="the stronger shape of every weak item, blanks for what "
                                 "the draft does not say")
    _common(parser, add_analysis_options)
    parser.add_argument("--redact", action="store_true",
                        help="the whole draft with engineering verbs marked and product verbs suggested")
    parser.add_argument("--output", metavar="FILE", help="with --redact: write to this new file, not stdout")
    parser.add_argument("--force", action="store_true", help="with --output: replace FILE (kept as FILE.bak)")
    EXTRA_COMMANDS["rewrite"] = cmd_rewrite


def _register_rehearse(commands, add_analysis_options) -> None:
    parser = commands.add_parser("rehearse", help="the questions a skeptical director would ask of this draft")
    _common(parser, add_analysis_options)
    parser.add_argument("--drill", action="store_true",
                        help="answer the questions one at a time in the terminal; each answer is scored")
    parser.add_argument("--save", metavar="FILE", help="with --drill: keep the answers in this new file (JSON)")
    parser.add_argument("--force", action="store_true", help="with --save: replace FILE (kept as FILE.bak)")
    EXTRA_COMMANDS["rehearse"] = cmd_rehearse


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _color(choice: str) -> bool | None:
    return {"always": True, "never": False}.get(choice)


def _analyse(args: argparse.Namespace) -> tuple[Report, Rubric]:
    """Options first (a bad one fails before any file is read), then the draft, then one analysis."""
    from packetcoach.api import analyze, check_options  # noqa: PLC0415 - keep `--help` fast
    from packetcoach.readers import read_bytes, read_path, read_stdin  # noqa: PLC0415

    from packetcoach.frontends.cli.check import SettingsFinder  # noqa: PLC0415

    settings = SettingsFinder(args)(args.draft)
    args.profile, args.level, args.doc_type = settings.profile, settings.level, settings.doc_type
    rubric = check_options(args.profile, args.level, args.doc_type)
    if args.draft == "-":
        source = read_bytes(read_stdin(), "-")
    else:
        source = read_path(args.draft)
    if not source.text.strip():
        raise InputError(args.draft, "empty draft, nothing to analyse")
    for note in source.notes:
        say(f"{args.draft}: {note}")
    report = analyze(source.text, profile=args.profile, level=args.level, doc_type=args.doc_type,
                     source=args.draft, notes=source.notes, rule_settings=settings.rules,
                     thresholds=settings.thresholds)
    return report, rubric


def _dump(payload: dict, out: IO[str]) -> None:
    out.write(json_text(payload) + "\n")


def cmd_rewrite(args: argparse.Namespace, out: IO[str]) -> int:
    if (args.output or args.force) and not args.redact:
        raise UsageError("--output" if args.output else "--force", "only works with --redact",
                         "packetcoach rewrite --redact DRAFT --output FILE")
    if args.force and not args.output:
        raise UsageError("--force", "only works with --output", "packetcoach rewrite --redact DRAFT --output FILE")
    if args.output:
        from packetcoach.core.files import check_new_file  # noqa: PLC0415

        check_new_file(args.output, draft=args.draft, force=args.force)  # refuse before any work
    report, rubric = _analyse(args)
    if args.redact:
        return _redact(args, report, rubric, out)
    from packetcoach.coach.rewrite import rewrite_json, rewrite_report  # noqa: PLC0415

    rewrite = rewrite_report(report)
    if args.format == "json":
        _dump(rewrite_json(rewrite), out)
    elif args.format == "markdown":
        from packetcoach.output.rewrite import render_markdown  # noqa: PLC0415

        out.write(render_markdown(rewrite) + "\n")
    else:
        from packetcoach.output.rewrite import render_terminal  # noqa: PLC0415

        render_terminal(rewrite, out, color=_color(args.color))
    return ExitCode.CLEAN


def _redact(args: argparse.Namespace, report, rubric, out: IO[str]) -> int:
    from packetcoach.coach.redact import redact, redaction_json  # noqa: PLC0415
    from packetcoach.core.files import write_new  # noqa: PLC0415

    redaction = redact(report)
    if args.format == "json":
        text = json_text(redaction_json(redaction)) + "\n"
    else:
        text = redaction.text
    if args.output:
        write_new(args.output, text, draft=args.draft, force=args.force)
        verbs = sum(mark.kind == "verb" for mark in redaction.marks)
        say(f"wrote {args.output} ({verbs} verbs, {len(redaction.marks) - verbs} terms marked)")
    else:
        if _is_terminal(out):  # the exact draft goes to a file or a pipe; a terminal gets it inert
            text = terminal_text(text)
        out.write(text if text.endswith("\n") else text + "\n")
    return ExitCode.CLEAN


def cmd_rehearse(args: argparse.Namespace, out: IO[str]) -> int:
    if (args.save or args.force) and not args.drill:
        raise UsageError("--save" if args.save else "--force", "only works with --drill",
                         "packetcoach rehearse --drill DRAFT --save FILE")
    if args.drill:
        if not sys.stdin.isatty():
            say(NO_TTY)
            return ExitCode.USAGE
        if args.draft == "-":
            raise UsageError("-", "the drill reads answers from the terminal", "give the draft as a file")
        if args.save:
            from packetcoach.core.files import check_new_file  # noqa: PLC0415

            check_new_file(args.save, draft=args.draft, force=args.force)
    report, rubric = _analyse(args)
    from packetcoach.coach.rehearse import rehearsal_json, rehearse  # noqa: PLC0415

    questions = rehearse(report)
    if args.drill:
        return _drill(args, report, questions, out)
    if args.format == "json":
        _dump(rehearsal_json(report, questions), out)
    elif args.format == "markdown":
        from packetcoach.output.rehearse import render_markdown  # noqa: PLC0415

        out.write(render_markdown(report, questions) + "\n")
    else:
        from packetcoach.output.rehearse import render_terminal  # noqa: PLC0415

        render_terminal(report, questions, out, color=_color(args.color))
    return ExitCode.CLEAN


def _drill(args: argparse.Namespace, report, questions, out: IO[str]) -> int:
    from packetcoach.analysis.gap import candidate_called  # noqa: PLC0415
    from packetcoach.api import analyze_item  # noqa: PLC0415
    from packetcoach.coach.drill import drill_json, run_drill  # noqa: PLC0415

    def analyse(text: str):
        return analyze_item(text, profile=args.profile, voice=report.document.voice)

    result = run_drill(questions, sys.stdin, out, analyse, candidate_called(report.document.voice))
    if args.save:
        from packetcoach.core.files import write_new  # noqa: PLC0415

        write_new(args.save, json_text(drill_json(report, result)) + "\n",
                  draft=args.draft, force=args.force)
        out.write(terminal_line(f"Answers saved to {args.save}.") + "\n")
    return ExitCode.CLEAN


def _register_config(commands, add_analysis_options) -> None:
    parser = commands.add_parser("config", help="the settings in force for a draft, and where each came from")
    parser.add_argument("path", nargs="?", default=".", metavar="PATH",
                        help="a draft or a directory (default: the current directory)")
    parser.add_argument("--format", default="terminal", choices=("terminal", "json"))
    add_analysis_options(parser)
    parser.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                        help="as for check: shows how it combines with the configuration")
    EXTRA_COMMANDS["config"] = cmd_config


def cmd_config(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.api import check_options  # noqa: PLC0415
    from packetcoach.frontends.cli.check import SettingsFinder  # noqa: PLC0415
    from packetcoach.frontends.config.show import render_text, settings_json  # noqa: PLC0415

    inside = args.path != "-" and os.path.isdir(args.path)  # a directory: the settings its drafts get
    settings = SettingsFinder(args)(os.path.join(args.path, "draft.md") if inside else args.path)
    check_options(settings.profile, settings.level, settings.doc_type)
    if args.format == "json":
        _dump(settings_json(settings, args.path), out)
    else:
        out.write(render_text(settings, args.path))
    return ExitCode.CLEAN


def _register_lsp(commands) -> None:
    parser = commands.add_parser("lsp", help="the language server for editors (LSP over stdin and stdout)")
    parser.add_argument("--stdio", action="store_true", help="accepted for editors that pass it; stdio is the default")
    EXTRA_COMMANDS["lsp"] = cmd_lsp


def cmd_lsp(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.frontends.lsp import serve  # noqa: PLC0415 - pygls loads only for the server

    serve()
    return ExitCode.CLEAN


def _register_serve(commands) -> None:
    parser = commands.add_parser("serve", help="the local web app: write with findings inline (127.0.0.1 only)")
    parser.add_argument("--port", type=int, default=0, metavar="N", help="the port (default: any free port)")
    parser.add_argument("--no-browser", action="store_true", help="print the address; do not open a browser")
    EXTRA_COMMANDS["serve"] = cmd_serve


def cmd_serve(args: argparse.Namespace, out: IO[str]) -> int:
    if not 0 <= args.port <= 65535:
        raise UsageError("--port", f"{args.port} is not a port number", "use 1-65535, or 0 for any free port")
    from packetcoach.frontends.web.server import serve  # noqa: PLC0415 - starlette and uvicorn load only here

    return serve(args.port, open_browser=not args.no_browser, out=out)
