"""The command line: parse arguments, call the library once per file, render, exit.

Every user-facing failure is a PacketcoachError printed as one line on stderr
with exit status 2; analysis findings decide between 0 and 1 by --fail-on.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from typing import IO, Sequence

from packetcoach.frontends.cli import startup
from packetcoach.frontends.cli.messages import say
from packetcoach._version import __version__
from packetcoach.core.errors import ExitCode, InputError, PacketcoachError, UsageError
from packetcoach.core.inert import json_text, terminal_text
from packetcoach.core import regexes

FAIL_ON = ("error", "warning", "info", "never")
CHECK_FORMATS = ("terminal", "json", "markdown", "sarif", "checkstyle", "compact", "github")
BATCH_THRESHOLD = 8  # from this many files, a batch is spread over every core


@functools.cache
def _terminal_width() -> int:
    import shutil  # noqa: PLC0415 - it loads bz2, lzma and fnmatch, which a check never needs

    return shutil.get_terminal_size().columns - 2  # as argparse.HelpFormatter reads it


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with the terminal's width read once per process, and only for help.

    argparse makes a formatter for every option it adds (to check its metavar), and each one asks
    the terminal for its size: about a hundred system calls, and the import of shutil (with bz2,
    lzma and fnmatch), before any command runs. Only help text needs the width, so it is read
    when help is laid out.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        self._given = (max_help_position, width)
        super().__init__(prog, indent_increment, max_help_position, width=max_help_position + 20)

    @property  # type: ignore[override]
    def _width(self) -> int:
        given = self._given[1]
        return _terminal_width() if given is None else given

    @_width.setter
    def _width(self, _: int) -> None:
        """argparse sets it in ``__init__``; the getter reads the terminal instead."""

    @property  # type: ignore[override]
    def _max_help_position(self) -> int:
        return min(self._given[0], max(self._width - 20, self._indent_increment * 2))

    @_max_help_position.setter
    def _max_help_position(self, _: int) -> None:
        """argparse sets it in ``__init__``; the getter works it out from the width."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but usage errors exit 2 with one line instead of the usage dump."""

    def __init__(self, *args, formatter_class: type[argparse.HelpFormatter] = HelpFormatter, **kwargs) -> None:
        super().__init__(*args, formatter_class=formatter_class, **kwargs)  # subcommands' parsers too

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """An option no command knows is reported with the help of the command it was given to."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = getattr(parsed, "command", None)
            self._help = f"{self.prog} {command}" if command else self.prog
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed

    def error(self, message: str) -> None:  # type: ignore[override]
        say(f"{message} (see '{getattr(self, '_help', self.prog)} --help')")
        raise SystemExit(ExitCode.USAGE)


def _add_analysis_options(parser: argparse.ArgumentParser) -> None:
    """No defaults here: an option the user did not give leaves the configuration file's value."""
    parser.add_argument("--profile", help="built-in profile (amazon-pm, generic) or the path of a profile .toml "
                        "(default: the configuration file's, else amazon-pm)")
    parser.add_argument("--level", help="the level the packet argues for (L5, L6, L7; default L6)")
    parser.add_argument("--doc-type", help="self-assessment, accomplishments or promotion "
                        "(targets come from the profile; default self-assessment)")


def build_parser(only_check: bool = False) -> ArgumentParser:
    """Every command's parser; ``only_check`` builds check's alone (with the same options and help).

    A check is a one-shot process and its parser is all it parses with: the other commands' parsers
    (and the modules that define them) cost a tenth of its start-up before any draft is read.
    """
    parser = ArgumentParser(prog="packetcoach", description="The skeptical reviewer for self-assessment "
                            "and promotion documents. Runs locally; nothing leaves the machine.")
    parser.add_argument("--version", action="version", version=f"packetcoach {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    check = commands.add_parser("check", help="analyse drafts and report what weakens the case")
    check.add_argument("files", nargs="+", metavar="FILE", help="drafts (.md .txt .docx .html), '-' for stdin")
    check.add_argument("--format", default="terminal", choices=CHECK_FORMATS)
    _add_analysis_options(check)
    check.add_argument("--fail-on", choices=FAIL_ON,
                       help="exit 1 when a finding at or above this severity is found (default: error)")
    check.add_argument("--diff", metavar="REV", help="report only on lines changed since this git revision")
    check.add_argument("--changed-lines", dest="diff", action="store_const", const="HEAD",
                       help="report only on lines changed since the last commit (--diff HEAD)")
    check.add_argument("--all", dest="every", action="store_true",
                       help="terminal and markdown: every finding, grouped by item, and the draft")
    check.add_argument("--no-draft", action="store_true", help="with --all: do not print the draft itself")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--jobs", type=int, default=0, metavar="N",
                       help=f"worker processes for a batch (default: every core from {BATCH_THRESHOLD} files)")
    if only_check:
        from packetcoach.frontends.cli.history import add_no_history  # noqa: PLC0415

        add_no_history(check)
        return parser

    rules = commands.add_parser("rules", help="list every rule")
    rules.add_argument("--format", default="terminal", choices=("terminal", "json", "markdown"))

    explain = commands.add_parser("explain", help="why a rule exists, with a failing and a passing example")
    explain.add_argument("rule", help="rule id (PC102) or name (engineering-verb)")

    evaluate = commands.add_parser("eval", help="precision and recall of every detector on labelled sets")
    evaluate.add_argument("corpus", nargs="*",
                          help="directories with items*.jsonl and packets*.jsonl, reported side by side "
                               "(default: ./corpus and ./heldout)")
    evaluate.add_argument("--ext", metavar="DIR",
                          help="the corpus-ext directory of real public text (default: shared/corpus-ext "
                               "beside the repository or one of its parents)")
    evaluate.add_argument("--no-ext", action="store_true", help="do not measure the real public text")
    evaluate.add_argument("--format", default="terminal", choices=("terminal", "json", "markdown"))
    evaluate.add_argument("--profile", default="amazon-pm")
    evaluate.add_argument("--confusions", type=int, metavar="N",
                          help="confusion cases shown per label (default: 5 in the table, all in JSON; "
                               "0 quotes no labelled item, for a set that must stay unread)")

    from packetcoach.frontends.cli.calibrate import register as register_calibrate  # noqa: PLC0415
    from packetcoach.frontends.cli.commands import EXTRA_COMMANDS, register_extra_commands  # noqa: PLC0415

    register_extra_commands(commands, _add_analysis_options)
    register_calibrate(commands, _add_analysis_options, EXTRA_COMMANDS)
    from packetcoach.frontends.cli.history import register as register_history  # noqa: PLC0415

    register_history(commands, _add_analysis_options)
    return parser


def _read(name: str):
    from packetcoach.readers import read_path  # noqa: PLC0415 - docx/html readers stay lazy

    return read_path(name)


def analyze_file(name: str, profile: str, level: str, doc_type: str, data: bytes | None = None,
                 rule_settings: dict | None = None, thresholds: dict | None = None):
    """Read and analyse one draft; returns a Report, or (error line, error dict) for a bad input.

    A plain function of picklable arguments, so a batch can run it in worker processes.
    """
    from packetcoach.api import analyze  # noqa: PLC0415
    from packetcoach.readers import read_bytes  # noqa: PLC0415

    try:
        source = read_bytes(data, "-") if data is not None else _read(name)
        if not source.text.strip():
            raise InputError(name, "empty draft, nothing to analyse")
        return analyze(source.text, profile=profile, level=level, doc_type=doc_type, source=name,
                       notes=source.notes, rule_settings=rule_settings, thresholds=thresholds)
    except PacketcoachError as error:
        return str(error), error.to_dict()


def _reports(args: argparse.Namespace, jobs) -> list:
    """Reports (or errors) for every job, in order; a large batch uses every core."""
    stdin = None
    if any(job.name == "-" for job in jobs):
        from packetcoach.readers import read_stdin  # noqa: PLC0415

        stdin = read_stdin()  # capped: a stream never grows past the largest input of any kind
    workers = args.jobs or ((os.cpu_count() or 1) if len(jobs) >= BATCH_THRESHOLD else 1)
    calls = [(job.name, job.settings.profile, job.settings.level, job.settings.doc_type,
              stdin if job.name == "-" else None, job.settings.rules, job.settings.thresholds) for job in jobs]
    if workers <= 1 or len(calls) <= 1:
        return [analyze_file(*call) for call in calls]
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(analyze_file, *zip(*calls), chunksize=max(1, len(calls) // (workers * 4))))


def cmd_check(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.frontends.cli.check import run_check  # noqa: PLC0415

    return run_check(args, out, lambda jobs: _reports(args, jobs))


def cmd_rules(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.rules.engine import all_rules  # noqa: PLC0415

    rules = all_rules()
    if args.format == "json":
        out.write(json.dumps([{"id": r.id, "name": r.name, "severity": r.severity, "scope": r.scope,
                               "rubric": r.rubric, "rationale": r.rationale} for r in rules], indent=2) + "\n")
    elif args.format == "markdown":
        out.write(rules_markdown() + "\n")
    else:
        for rule in rules:
            out.write(f"{rule.id}  {rule.name:<32} {rule.severity:<8} {rule.rationale}\n")
    return ExitCode.CLEAN


def rules_markdown() -> str:
    """The rule table the README and docs/rules.md carry (kept true by a test)."""
    from packetcoach.rules.engine import all_rules  # noqa: PLC0415

    lines = ["| id | name | severity | scope | rubric | why it matters |", "|---|---|---|---|---|---|"]
    for r in all_rules():
        lines.append(f"| {r.id} | `{r.name}` | {r.severity} | {r.scope} | {r.rubric} | {r.rationale} |")
    return "\n".join(lines)


def cmd_explain(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.rules.engine import all_rules, find_rule  # noqa: PLC0415

    rule = find_rule(args.rule)
    if rule is None:
        names = ", ".join(r.name for r in all_rules())
        raise UsageError(args.rule, "no such rule", f"known rules: {names}")
    out.write(f"{rule.id} {rule.name} ({rule.severity}, {rule.scope}; rubric point {rule.rubric})\n\n")
    out.write(f"Why: {rule.rationale}\n\n")
    read_as = f" (read as --doc-type {rule.doc_type})" if rule.doc_type else ""
    if rule.bad:
        out.write(f"Fires on{read_as}:\n  {rule.bad[0]}\n\n")
    if rule.good:
        out.write(f"Quiet on{read_as}:\n  {rule.good[0]}\n")
    return ExitCode.CLEAN


def cmd_eval(args: argparse.Namespace, out: IO[str]) -> int:
    from packetcoach.evaluate.external import evaluate_external  # noqa: PLC0415
    from packetcoach.evaluate.harness import default_sets, evaluate_sets  # noqa: PLC0415
    from packetcoach.evaluate.render import TABLE_CONFUSIONS, quoting_at_most, render_table  # noqa: PLC0415

    from pathlib import Path  # noqa: PLC0415

    sets = [Path(c) for c in args.corpus] or default_sets()
    external = None if args.no_ext else evaluate_external(sets, args.ext, args.profile)
    result = evaluate_sets(sets, profile=args.profile, external=external)
    if args.format == "json":
        out.write(json_text(result if args.confusions is None else quoting_at_most(result, args.confusions)) + "\n")
    else:
        shown = TABLE_CONFUSIONS if args.confusions is None else args.confusions
        table = render_table(result, confusions=shown if args.format == "terminal" else 0)
        out.write(terminal_text(table) + "\n")  # it quotes the corpus's items
    return ExitCode.CLEAN


COMMANDS = {"check": cmd_check, "rules": cmd_rules, "explain": cmd_explain, "eval": cmd_eval}


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(only_check=argv[:1] == ["check"])
    args = parser.parse_args(argv)
    out = out or sys.stdout
    if args.command is None:
        parser.print_help(out)
        return ExitCode.USAGE
    from packetcoach.frontends.cli.commands import EXTRA_COMMANDS  # noqa: PLC0415

    if args.command != "check":
        startup.loaded()  # check says so itself, once its pipeline and profile are loaded
    handler = COMMANDS.get(args.command) or EXTRA_COMMANDS[args.command]
    try:
        return int(handler(args, out))
    except PacketcoachError as error:
        say(str(error))
        return ExitCode.USAGE
    except BrokenPipeError:
        return ExitCode.CLEAN
    except KeyboardInterrupt:
        say("interrupted")
        return 130


def run() -> None:
    """Console-script entry point: one command in a process of its own."""
    startup.pause()
    code = main()
    regexes.keep()
    if sys.argv[1:2] == ["check"]:
        startup.leave(code)
    sys.exit(code)
