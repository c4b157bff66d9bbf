"""Output is inert wherever it goes: no byte of a draft or a file name reaches a terminal as a
control, or a page as markup (docs/security.md, "Output")."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from html.parser import HTMLParser

from packetcoach import analyze
from packetcoach.core import inert

CLEAR, HOME, TITLE = "\x1b[2J", "\x1b[H", "\x1b]0;pwned\x07"
CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"  # OSC 52: write "evil" to the clipboard
C1_CSI, C1_OSC = "\x9b2J", "\x9d0;pwned\x9c"
BIDI = "\u202egnp.exe"
ATTACKS = (CLEAR, HOME, TITLE, CLIPBOARD, C1_CSI, C1_OSC, BIDI, "\x07", "\x08\x08\x08", "\x7f", "\x00")
MARKUP = ('<img src=x onerror="alert(1)">', "<script>alert(1)</script>", "[onboarding](javascript:alert(1))",
          "![pixel](https://tracker.example/p.png)", "<https://tracker.example/a>", "www.tracker.example",
          "https://tracker.example/x", "<!-- hidden -->", "&lt;script&gt;", "| cell | cell |", "`code`",
          "**bold** _em_ ~~gone~~", "[ref]: https://tracker.example")

# Anything a terminal could act on: C0 but tab and newline, DEL, C1, bidi overrides.
DANGEROUS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile("\x1b\\[[0-9;]*m")  # the colours rich itself writes


def attack_draft() -> str:
    """A draft with an attack in its heading, an item, a suggestion's source and the retell line."""
    return (
        f"# Self-assessment {TITLE}\n\n"
        f"- Built{CLEAR}{HOME} a caching layer for the catalog service, reducing p99 latency by 40ms. {CLIPBOARD}\n"
        f"- I already operate at L6: I convinced the payments VP to drop the verification step for small "
        f"sellers{C1_CSI}, raising checkout completion from 71% to 89%.\n"
        f"- Held 40 customer interviews with sellers {MARKUP[0]} about {MARKUP[2]} {MARKUP[3]} {MARKUP[1]}.\n"
        f"- I think we successfully improved the returns experience {C1_OSC} {BIDI} for various customers "
        f"{MARKUP[4]} {MARKUP[5]} {MARKUP[6]}.\n"
        f"- Convinced finance to fund {MARKUP[7]} {MARKUP[8]} the seller program \x07\x08\x7f, "
        f"cutting churn from 9% to 6%.\n"
    )


def assert_terminal_safe(text: str) -> None:
    cleaned = SGR.sub("", text)
    found = DANGEROUS.search(cleaned)
    assert found is None, f"control {found.group()!r} at {found.start()}: {cleaned[max(0, found.start() - 40):found.start() + 20]!r}"


def html_of(markdown: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


ALLOWED_TAGS = {"p", "h1", "h2", "h3", "ul", "ol", "li", "strong", "em", "blockquote", "table", "thead",
                "tbody", "tr", "th", "td", "br", "hr", "code", "pre"}


class _Elements(HTMLParser):
    """Every element, attribute and comment of a rendered page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.add(tag)
        self.attributes += attrs

    def handle_comment(self, data) -> None:
        self.comments.append(data)


def elements(markdown: str) -> _Elements:
    parsed = _Elements()
    parsed.feed(html_of(markdown))
    parsed.close()
    return parsed


def assert_markdown_inert(markdown: str) -> None:
    """Rendered as CommonMark with raw HTML on, the report makes only its own structure: a few
    structural elements, no attribute (so no link, image, handler or style), no comment."""
    assert_terminal_safe(markdown)
    parsed = elements(markdown)
    assert parsed.tags <= ALLOWED_TAGS, parsed.tags - ALLOWED_TAGS
    assert parsed.attributes == [] and parsed.comments == []


# ---- the helpers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("attack", ATTACKS)
def test_terminal_line_shows_every_control_as_a_mark(attack: str) -> None:
    shown = inert.terminal_line(f"a{attack}\nb")
    assert DANGEROUS.search(shown) is None and "\n" not in shown
    assert len(shown) == len(f"a{attack}\nb")


def test_escape_shows_as_its_control_picture() -> None:
    assert inert.terminal_line("\x1b[2J") == "␛[2J"
    assert inert.terminal_line("a\tb\nc") == "a␉b␊c"


def test_terminal_text_keeps_lines_tabs_and_length() -> None:
    text = f"one\ttwo\r\nthree\rfour\n{CLIPBOARD}"
    shown = inert.terminal_text(text)
    assert len(shown) == len(text)
    assert shown.splitlines() == ["one\ttwo ", "three", "four", "␛]52;c;ZXZpbA==␇"]
    assert inert.terminal_text("plain text, unchanged") == "plain text, unchanged"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_terminal_safe_and_keeps_its_length(text: str) -> None:
    assert DANGEROUS.search(inert.terminal_text(text)) is None
    assert len(inert.terminal_text(text)) == len(text)
    line = inert.terminal_line(text)
    assert DANGEROUS.search(line) is None and "\n" not in line and "\r" not in line


@pytest.mark.parametrize("attack", MARKUP)
def test_markdown_text_is_only_text(attack: str) -> None:
    assert_markdown_inert(f"- **item**: {inert.markdown_text(attack)}\n")
    assert_markdown_inert(f"| a | b |\n|---|---|\n| {inert.markdown_text(attack)} | x |\n")


@pytest.mark.parametrize("start", ["# heading", "> quote", "- item", "+ item", "1. item", "2) item", "=== "])
def test_markdown_text_cannot_open_a_block_at_a_line_start(start: str) -> None:
    assert elements(f"> {inert.markdown_text(start)}\n").tags == {"blockquote", "p"}


def test_markdown_text_reads_as_the_same_words() -> None:
    text = "Cut p99_latency by 40% (from 71% to 89%) for sellers & buyers <3 — see www.example.com"
    rendered = html_of(inert.markdown_text(text))
    assert "<a" not in rendered
    plain = re.sub(r"<[^>]+>", "", rendered).strip()
    assert plain.replace("&amp;", "&").replace("&lt;", "<") == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&[]()!*_`|~:/\\#-=+.1 aw\n\t\x1b")), max_size=60))
def test_any_text_renders_as_text_in_markdown(text: str) -> None:
    parsed = elements(f"- {inert.markdown_text(text)}\n")
    assert parsed.tags <= {"ul", "li", "p"} and not parsed.attributes and not parsed.comments, text


def test_html_text_escapes_markup_and_controls() -> None:
    escaped = inert.html_text('<script>alert("x")</script>\x1b]0;t\x07 & \'q\'')
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped and "'" not in escaped
    assert DANGEROUS.search(escaped) is None
    assert escaped.startswith("&lt;script&gt;")


def test_csp_allows_no_script_no_remote_resource_and_no_form() -> None:
    policy = inert.CONTENT_SECURITY_POLICY
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["script-src"] == "'none'"
    assert directives["img-src"] == "'none'" and directives["form-action"] == "'none'"
    assert "http" not in policy and "*" not in policy
    assert inert.csp_meta().startswith('<meta http-equiv="Content-Security-Policy" content="default-src')


def test_json_for_script_cannot_close_its_element() -> None:
    payload = {"text": "</script><script>alert(1)</script><!--", "sep": "\u2028\u2029", "q": "'"}
    encoded = inert.json_for_script(payload)
    for needle in ("<", ">", "&", "'", "\u2028", "\u2029"):
        assert needle not in encoded
    assert json.loads(encoded) == payload


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                    max_leaves=10))
def test_json_text_changes_no_value_and_is_terminal_safe(payload) -> None:
    encoded = inert.json_text(payload)
    assert DANGEROUS.search(encoded) is None
    assert json.loads(encoded) == payload


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.none() | st.booleans() | st.floats(allow_nan=False, allow_infinity=False),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                    max_leaves=10))
def test_json_text_is_the_standard_librarys_text(payload) -> None:
    """The fast encoder writes byte for byte what ``json.dumps(indent=2, ensure_ascii=False)`` writes."""
    expected = json.dumps(payload, indent=2, ensure_ascii=False).translate(inert._JSON_ESCAPES)
    assert inert.json_text(payload) == expected
    padded = {"values": payload, "padding": list(range(inert.FAST_FROM))}  # large enough for orjson
    assert inert._sizeable(padded)
    assert inert.json_text(padded) == json.dumps(padded, indent=2, ensure_ascii=False).translate(inert._JSON_ESCAPES)


def test_orjson_writes_a_small_payload_only_once_it_is_loaded(monkeypatch) -> None:
    """A check has loaded orjson to read its cache (core/cache.py), so its report is written by it
    whatever its size; elsewhere a small payload does not pay for the import."""
    import orjson  # noqa: F401, PLC0415 - loaded, as in a check

    small = {"a": [1, "two"]}
    assert inert._sizeable(small)
    assert inert.json_text(small) == json.dumps(small, indent=2, ensure_ascii=False)
    monkeypatch.delitem(sys.modules, "orjson")
    assert not inert._sizeable(small)
    assert inert.json_text(small) == json.dumps(small, indent=2, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_json_text_writes_every_float_as_the_standard_library_does(number: float) -> None:
    payload = {"number": number, "numbers": [number, -number, number / 7], "padding": list(range(inert.FAST_FROM))}
    assert inert.json_text(payload) == json.dumps(payload, indent=2, ensure_ascii=False)


def test_json_text_falls_back_where_the_fast_encoder_differs_or_refuses() -> None:
    for payload in ({"small": 1e-05, "tiny": 2.5e-7, "large": 1e16}, {1: "int key"}, {"big": 2 ** 70},
                    {"lone": "\ud800"}, {"deep": [[[[]]]], "empty": {}}, {"id": "cut-the-5", "text": "0.00001"}):
        padded = {**payload, "padding": list(range(inert.FAST_FROM))} if 1 not in payload else payload
        for value in (payload, padded):
            assert inert.json_text(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_a_large_json_text_escapes_every_control_too() -> None:
    """The byte searches that rule out escapes in orjson's output miss none of the characters."""
    for code in inert._JSON_ESCAPES:
        payload = {"text": f"a{chr(code)}b", "padding": list(range(inert.FAST_FROM))}
        encoded = inert.json_text(payload)
        assert chr(code) not in encoded and f"\\u{code:04x}" in encoded
        assert json.loads(encoded) == payload
    quiet = {"text": "plain \u201cquoted\u201d text \u00b7 and more", "padding": list(range(inert.FAST_FROM))}
    assert inert.json_text(quiet) == json.dumps(quiet, indent=2, ensure_ascii=False)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.none() | st.floats(allow_nan=False, allow_infinity=False),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                    max_leaves=10))
def test_write_json_writes_json_text_and_a_newline_to_any_stream(payload) -> None:
    """Straight to a UTF-8 stream's bytes or through the text layer, the same characters land."""
    for value in (payload, {"values": payload, "padding": list(range(inert.FAST_FROM))}):
        expected = inert.json_text(value) + "\n"
        text = io.StringIO()  # no bytes underneath: the text way
        inert.write_json(value, text)
        assert text.getvalue() == expected
        for encoding in ("utf-8", "UTF8", "utf-16"):
            raw = io.BytesIO()
            stream = io.TextIOWrapper(raw, encoding=encoding, errors="surrogatepass", newline="")
            stream.write("before ")
            inert.write_json(value, stream)
            stream.write("after")
            stream.flush()
            assert raw.getvalue().decode(encoding, "surrogatepass") == "before " + expected + "after"


# ---- every renderer, fed the attack draft ---------------------------------------------------------

@pytest.fixture(scope="module")
def report():
    return analyze(attack_draft(), source=f"evil{TITLE}.md")


def test_the_attack_draft_puts_the_attacks_where_the_report_quotes_them(report) -> None:
    """The retell line, an item, a suggestion and the source name all carry an attack."""
    assert any("\x9b" in (f.suggestion or "") for f in report.findings)
    assert any(CLEAR in item.text for item in report.items)
    assert "\x9b" in (report.reading.retell or report.reading.retell_scaffold or "")
    assert "\x1b" in report.source


@pytest.mark.parametrize("color", [True, False])
@pytest.mark.parametrize("every", [True, False])
def test_check_terminal_report_is_inert(report, color: bool, every: bool) -> None:
    from packetcoach.output.terminal import render

    out = io.StringIO()
    render(report, out, color=color, every=every)
    assert_terminal_safe(out.getvalue())
    assert "␛]52;c;ZXZpbA==␇" in out.getvalue() or not every  # --all shows the draft itself


def test_draft_underlines_still_cover_the_flagged_words(report) -> None:
    from packetcoach.output.terminal import render

    out = io.StringIO()
    render(report, out, color=True, every=True)
    assert re.search("\x1b\\[[0-9;]*4[0-9;]*mBuilt\x1b\\[0m", out.getvalue())  # underlined, marks after it


def test_check_markdown_report_is_inert(report) -> None:
    from packetcoach.output.markdown import render

    assert_markdown_inert(render(report))
    assert_markdown_inert(render(report, every=True))


@pytest.mark.parametrize("color", [True, False])
def test_rewrite_and_rehearse_are_inert(report, color: bool) -> None:
    from packetcoach.coach.rehearse import rehearse
    from packetcoach.coach.rewrite import rewrite_report
    from packetcoach.output import rehearse as rehearse_out
    from packetcoach.output import rewrite as rewrite_out

    rewrite = rewrite_report(report)
    questions = rehearse(report)
    for render in (lambda out: rewrite_out.render_terminal(rewrite, out, color=color),
                   lambda out: rehearse_out.render_terminal(report, questions, out, color=color)):
        out = io.StringIO()
        render(out)
        assert_terminal_safe(out.getvalue())
    assert_markdown_inert(rewrite_out.render_markdown(rewrite))
    assert_markdown_inert(rehearse_out.render_markdown(report, questions))


def test_html_draft_entities_stay_text_in_markdown(tmp_path: Path) -> None:
    """An HTML export's ``&lt;script&gt;`` is text; it must not come out as a literal <script>."""
    from packetcoach.output.markdown import render
    from packetcoach.readers import read_path

    page = tmp_path / "export.html"
    page.write_text("<html><body><ul><li>Built &lt;script&gt;alert(1)&lt;/script&gt; a cache for sellers, "
                    "cutting churn from 9% to 6%.</li></ul></body></html>", encoding="utf-8")
    source = read_path(page)
    markdown = render(analyze(source.text, source=str(page)))
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert_markdown_inert(markdown)


# ---- the real command line, with a hostile file name ----------------------------------------------

COMMANDS = [
    ["check", "--color", "always"], ["check", "--color", "never"], ["check", "--format", "markdown"],
    ["check", "--format", "json"], ["rewrite", "--color", "always"], ["rewrite", "--format", "markdown"],
    ["rewrite", "--format", "json"], ["rewrite", "--redact", "--format", "json"], ["rehearse", "--color", "always"],
    ["rehearse", "--format", "markdown"], ["rehearse", "--format", "json"],
]


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inert")
    path = folder / f"draft{TITLE}{CLEAR}.md"
    path.write_text(attack_draft(), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_prints_nothing_a_terminal_acts_on(hostile_file: Path, command: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "packetcoach", command[0], str(hostile_file), *command[1:]],
                          capture_output=True, timeout=60)
    assert proc.returncode in (0, 1), proc.stderr
    for stream in (proc.stdout, proc.stderr):
        assert_terminal_safe(stream.decode("utf-8"))
    if "markdown" in command:
        assert_markdown_inert(proc.stdout.decode("utf-8"))
    if "json" in command:
        json.loads(proc.stdout)


def test_errors_about_a_hostile_file_name_are_one_inert_line(tmp_path: Path) -> None:
    missing = tmp_path / f"gone{TITLE}\n{CLEAR}.md"
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "check", str(missing)], capture_output=True,
                          timeout=60)
    assert proc.returncode == 2
    err = proc.stderr.decode("utf-8")
    assert err.count("\n") == 1 and err.endswith("\n")
    assert_terminal_safe(err)


def test_a_redacted_draft_keeps_its_exact_bytes_when_piped(hostile_file: Path) -> None:
    """Only a terminal gets the marks: a pipe or a file gets the draft's own characters back."""
    from packetcoach.coach.redact import unredact

    proc = subprocess.run([sys.executable, "-m", "packetcoach", "rewrite", "--redact", str(hostile_file)],
                          capture_output=True, timeout=60)
    assert unredact(proc.stdout.decode("utf-8")).rstrip("\n") == attack_draft().rstrip("\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_redacted_draft_on_a_terminal_is_inert(hostile_file: Path) -> None:
    from packetcoach.frontends.cli.main import main

    out = _Terminal()
    assert main(["rewrite", "--redact", str(hostile_file)], out=out) == 0
    assert_terminal_safe(out.getvalue())
    assert "␛[2J" in out.getvalue()
