"""Every CLI command with sensible arguments, shared by the privacy and no-writes tests.

Commands are enumerated from ``packetcoach.frontends.cli.main.build_parser()``, so a command is exercised as
soon as it is registered. Known commands get hand-picked argument sets (every ``--format`` the
parser offers, every draft kind); an unknown command gets each of its option choices applied to a
draft. If that is not enough for it (exit status 2), the test says so, which is the cue to add it to
``BUILDERS`` here.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = ROOT / "corpus"
WRITE_OPTIONS = ("--output", "--save", "--ics")  # options that name a file the user asked to be written
INTERACTIVE = ("--drill",)  # needs a terminal; tested elsewhere

# Hostile-ish drafts: each points at the network in a way a careless reader might follow.
LINKS_MD = """# Impact

- Convinced the payments VP to drop the extra verification step for small sellers, raising checkout
  completion from 71% to 89% (see [the dashboard](https://dashboards.example.com/checkout)).
- ![chart](https://images.example.com/chart.png) Launched one-click returns for Prime members.
- Autolink <https://example.com/track?id=1> and a bare www.example.com mention.
"""

HTML = """<!doctype html>
<html><head><title>Self-assessment</title>
<link rel="stylesheet" href="https://fonts.example.com/font.css">
<style>@import url("https://example.com/evil.css"); .c1 { font-weight: 700 }</style>
<script src="https://example.com/tracker.js"></script><script>fetch("https://example.com/x")</script>
<meta http-equiv="refresh" content="0; url=https://example.com/">
</head><body>
<h1>Impact</h1>
<ul><li><span class="c1">Convinced</span> the payments VP to drop the extra verification step for small
sellers, raising checkout completion from 71% to 89%.</li>
<li>Built a new caching layer <img src="https://example.com/pixel.gif"> for the catalog service.</li></ul>
<iframe src="https://example.com/frame"></iframe>
<p>Held 40 customer interviews with <a href="https://example.com/sellers">sellers</a>.</p>
</body></html>
"""

TEXT = "Built a new caching layer for the catalog service, reducing p99 latency by 40ms.\r\n" \
       "Convinced the payments VP to drop a verification step, raising completion from 71% to 89%.\r\n"


@dataclass(frozen=True)
class Drafts:
    """The drafts a test runs commands on, all in one directory."""

    directory: Path
    markdown: tuple[Path, ...]
    docx: Path
    html: Path
    text: Path
    labelled: Path  # a labelled set for ``eval`` (see make_labelled_set)

    @property
    def all(self) -> tuple[Path, ...]:
        return (*self.markdown, self.docx, self.html, self.text)


#: How much of the corpus the labelled set for ``eval`` keeps: rows of each items file, packets.
LABELLED_ITEMS, LABELLED_PACKETS = 2, 2


def make_labelled_set(directory: Path) -> Path:
    """A labelled set in the corpus's layout: the first rows of each of its items files, its first
    packets' labels (one line) and their drafts, with one more packet whose draft is the links draft.

    ``eval`` reads every kind of file it reads from corpus/, in a fiftieth of the time. These runs
    check what the command touches (the network, the disk), which no amount of rows changes; the
    figures are tests/test_eval.py's, whose one run of the whole corpus the same witnesses watch.
    """
    directory.mkdir()
    (directory / "packets").mkdir()
    for path in sorted(CORPUS.glob("items*.jsonl")):
        rows = path.read_text(encoding="utf-8").splitlines(keepends=True)[:LABELLED_ITEMS]
        (directory / path.name).write_text("".join(rows), encoding="utf-8")
    packets = [json.loads(line) for line in (CORPUS / "packets.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()][:LABELLED_PACKETS]
    for packet in packets:
        shutil.copy(CORPUS / packet["file"], directory / packet["file"])
    (directory / "packets" / "links.md").write_text(LINKS_MD, encoding="utf-8")
    packets.append({**packets[0], "id": "links", "file": "packets/links.md"})
    (directory / "packets.jsonl").write_text("".join(json.dumps(packet) + "\n" for packet in packets),
                                             encoding="utf-8")
    return directory


def make_drafts(directory: Path) -> Drafts:
    """Copies of the example drafts, plus a .docx, an .html and a CRLF .txt made here, and a
    labelled set for ``eval``."""
    directory.mkdir(parents=True, exist_ok=True)
    markdown = [Path(shutil.copy(path, directory / path.name)) for path in sorted(EXAMPLES.glob("*.md"))]
    links = directory / "links.md"
    links.write_text(LINKS_MD, encoding="utf-8")
    docx_path = directory / "draft.docx"
    docx_path.write_bytes(docx_bytes())
    html = directory / "draft.html"
    html.write_text(HTML, encoding="utf-8")
    text = directory / "draft.txt"
    text.write_bytes(TEXT.encode("utf-8"))
    labelled = make_labelled_set(directory / "labelled")
    return Drafts(directory, (*markdown, links), docx_path, html, text, labelled)


def docx_bytes() -> bytes:
    """A real .docx (python-docx) carrying external relationships a reader must never follow."""
    import docx  # noqa: PLC0415 - a test dependency
    from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: PLC0415

    document = docx.Document()
    document.add_heading("Impact", level=1)
    document.add_paragraph("Convinced the payments VP to drop the extra verification step for small sellers, "
                           "raising checkout completion from 71% to 89%.", style="List Bullet")
    document.add_paragraph("Built a new caching layer for the catalog service.", style="List Bullet")
    document.part.relate_to("https://example.com/pixel.png", RT.IMAGE, is_external=True)
    document.part.relate_to("https://example.com/track", RT.HYPERLINK, is_external=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---- the commands ----

def subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every registered subcommand and its parser, straight from the CLI's own parser."""
    from packetcoach.frontends.cli.main import build_parser  # noqa: PLC0415

    for action in build_parser()._actions:  # noqa: SLF001 - argparse has no public accessor
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return dict(action.choices)
    return {}


# Servers speak a protocol on stdin and stdout rather than take a draft: each has its own tests as a
# real child process under the same network guard (the language server: tests/test_lsp.py; the
# web app: tests/test_web_server.py).
SERVERS = ("lsp", "serve")


def in_process_commands() -> list[str]:
    """The commands the matrix drives in-process and through ``python -m`` (all but the servers)."""
    return sorted(name for name in subcommands() if name not in SERVERS)


def choices(parser: argparse.ArgumentParser, option: str) -> tuple[str, ...]:
    """The values an option accepts (e.g. every --format), or () if the command has no such option."""
    for action in parser._actions:  # noqa: SLF001
        if option in action.option_strings:
            return tuple(action.choices or ())
    return ()


Argv = tuple[str, ...]
Builder = Callable[[argparse.ArgumentParser, Drafts, Path], list[Argv]]


def _check(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    runs = [("check", str(path), "--format", fmt, "--fail-on", "never")
            for path in drafts.all for fmt in choices(parser, "--format")]
    runs += [("check", str(drafts.markdown[0]), "--color", "always", "--no-draft"),
             ("check", str(drafts.markdown[0]), "--profile", "generic", "--level", "L7", "--doc-type", "promotion"),
             ("check", *map(str, drafts.all), "--format", "json", "--jobs", "2")]
    return runs


def _rules(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    return [("rules", "--format", fmt) for fmt in choices(parser, "--format")]


def _explain(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    from packetcoach.rules.engine import all_rules  # noqa: PLC0415

    return [("explain", rule.name) for rule in all_rules()] + [("explain", all_rules()[0].id)]


def _eval(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    return [("eval", str(drafts.labelled), "--format", fmt) for fmt in choices(parser, "--format")]


def _rewrite(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    runs: list[Argv] = []
    for path in (drafts.markdown[0], drafts.docx, drafts.html, drafts.text):
        for fmt in choices(parser, "--format"):
            runs += [("rewrite", str(path), "--format", fmt), ("rewrite", "--redact", str(path), "--format", fmt)]
    for number, fmt in enumerate(choices(parser, "--format")):
        runs.append(("rewrite", "--redact", str(drafts.markdown[0]), "--format", fmt,
                     "--output", str(out / f"redacted-{number}.md")))
    return runs


def _rehearse(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    return [("rehearse", str(path), "--format", fmt)
            for path in (drafts.markdown[0], drafts.docx, drafts.html, drafts.text)
            for fmt in choices(parser, "--format")]


DUE = ("--due", "2026-03-02", "--today", "2026-02-16")  # 14 days out: the narrative phase


def _plan(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    runs: list[Argv] = [("plan", str(drafts.markdown[0]), *DUE, "--format", fmt) for fmt in choices(parser, "--format")]
    runs += [("plan", str(path), *DUE, "--format", "json") for path in (drafts.docx, drafts.html, drafts.text)]
    runs += [("plan", *DUE), ("plan", *DUE, "--format", "json"),
             ("plan", str(drafts.markdown[0]), "--due", "2026-03-02", "--no-history"),
             ("plan", str(drafts.markdown[0]), *DUE, "--ics", str(out / "plan.ics"))]
    return runs


def _history(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    return [("history",), ("history", "--format", "json"), ("history", str(drafts.markdown[0])),
            ("history", str(drafts.markdown[0]), "--format", "json")]


def _diff(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    first, second = map(str, drafts.markdown[:2])
    return [("diff", first, second, "--format", fmt) for fmt in choices(parser, "--format")] + \
        [("diff", str(drafts.docx), str(drafts.html), "--level", "L7")]


def _forget(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    return [("forget", str(drafts.markdown[0])), ("forget", "--all")]


def _generic(name: str) -> Builder:
    """For a command nobody described yet: its positional argument is a draft, each choice is tried."""

    def build(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
        positional = [str(drafts.markdown[0]) for action in parser._actions  # noqa: SLF001
                      if not action.option_strings and action.dest != "help"]
        runs: list[Argv] = [(name, *positional)]
        for action in parser._actions:  # noqa: SLF001
            if action.option_strings and action.choices and not set(action.option_strings) & set(INTERACTIVE):
                runs += [(name, *positional, action.option_strings[-1], str(value)) for value in action.choices]
        return runs

    return build


def _config(parser: argparse.ArgumentParser, drafts: Drafts, out: Path) -> list[Argv]:
    return [("config", str(path), "--format", fmt) for path in (drafts.directory, drafts.markdown[0])
            for fmt in choices(parser, "--format")]


BUILDERS: dict[str, Builder] = {"check": _check, "rules": _rules, "explain": _explain, "eval": _eval,
                                "rewrite": _rewrite, "rehearse": _rehearse, "plan": _plan, "history": _history,
                                "diff": _diff, "forget": _forget, "config": _config}


def argument_sets(name: str, drafts: Drafts, out: Path) -> list[Argv]:
    """Every run of command ``name`` to exercise, with output files (if any) named under ``out``."""
    parser = subcommands()[name]
    return BUILDERS.get(name, _generic(name))(parser, drafts, out)


def output_file(argv: Argv) -> str | None:
    """The file an explicit output option asks for, or None if the run writes no file."""
    for option in WRITE_OPTIONS:
        if option in argv:
            return argv[argv.index(option) + 1]
    return None
