"""The brief holds against hostile drafts: no byte of a draft or a file name reaches the HTML page
as markup, the Markdown as a link or an image, or the terminal as a control sequence."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from packetcoach.output.calibrate.html import STYLE
from packetcoach.core.inert import CONTENT_SECURITY_POLICY

PAYLOADS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<svg onload=alert(3)>",
    '<a href="javascript:alert(4)">click</a>', "[click](javascript:alert(5))", "![pixel](http://evil.test/p.png)",
    "<http://evil.test/auto>", "www.evil.test", "</style><script>alert(6)</script>", "</title><b>x</b>",
    "<!-- comment", "\" onmouseover=\"alert(7)", "' onfocus='alert(8)", "<iframe src=//evil.test>",
    '<meta http-equiv="refresh" content="0;url=//evil.test">', "<base href=//evil.test/>",
    "&lt;script&gt;", "\x1b]52;c;ZXZpbA==\x07", "\x1b[2J", "\u202egnp.exe", "| a | b |", "# heading",
    "<style>body{display:none}</style>", "<form action=//evil.test><input></form>",
]
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "table", "thead", "tbody", "tr", "th",
                "td", "p", "span", "ul", "ol", "li", "dl", "dt", "dd", "section"}
ALLOWED_ATTRIBUTES = {"lang", "charset", "http-equiv", "content", "name", "class"}


def hostile_packet(payload: str) -> str:
    """A packet strong enough to rank, with the payload in its name line, receipts, claim and answers."""
    return f"""# Self-assessment {payload}

Zed Quinn, Product Manager {payload}

**I operate at L6: I own payouts for 20,000 sellers {payload} across four teams that do not report to me.**

- Cut refund time for 4,000 small sellers {payload} from 9 days to 2 days, raising retention from 70% to 81%.
- Convinced the payments VP to drop the extra verification step for small sellers {payload}, raising checkout
  completion from 71% to 89%.
- Stopped the card project {payload} and moved its five engineers to daily payouts, saving $1.2M a year.

## Objections I expect

**"Was it the season {payload}?"** No: we kept 10% of sellers on the old flow as a holdout {payload}.
"""


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def check_page(page: str) -> None:
    parser = Page()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert set(tags) <= ALLOWED_TAGS, set(tags) - ALLOWED_TAGS
    assert tags.count("style") == 1 and parser.style == STYLE
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES, (tag, name, value)
            assert "javascript:" not in (value or "").lower() and "//evil" not in (value or "")
    head = [(tag, dict(attrs)) for tag, attrs in parser.tags[:4]]
    assert [tag for tag, _ in head] == ["html", "head", "meta", "meta"]  # the policy comes first
    assert head[3][1] == {"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY}
    assert "<script" not in page.lower() and "\x1b" not in page and "\u202e" not in page


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for number, payload in enumerate(PAYLOADS):
        (folder / f"p{number:02d}.md").write_text(hostile_packet(payload), encoding="utf-8")
    (folder / "<script>alert('name')<!--.md").write_text(hostile_packet("<b>file</b>"), encoding="utf-8")
    return folder


def test_html_brief_holds_against_hostile_drafts(cli, hostile_dir: Path) -> None:
    result = cli("calibrate", str(hostile_dir), "--format", "html")
    assert result.code == 0, result.err
    check_page(result.out)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.out  # shown as text, every time
    assert "Zed" in result.out and "@media print" in result.out and "break-before: page" in result.out


def test_markdown_brief_has_no_markup_from_drafts(cli, hostile_dir: Path) -> None:
    result = cli("calibrate", str(hostile_dir), "--format", "markdown")
    assert result.code == 0, result.err
    tokens = MarkdownIt("commonmark").parse(result.out)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "code_inline", "fence"}, kinds
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == 1 + len(result.out.split("\n## ")) - 1  # the title and one per person, no more
    assert not re.search(r"(?<!\\)://", result.out) and "\x1b" not in result.out  # no autolink


def test_terminal_and_json_carry_no_controls(cli, hostile_dir: Path) -> None:
    terminal = cli("calibrate", str(hostile_dir), "--color", "never")
    assert terminal.code == 0 and "\x1b" not in terminal.out and "\u202e" not in terminal.out
    assert "\x07" not in terminal.out
    raw = cli("calibrate", str(hostile_dir), "--format", "json").out
    assert "\x1b" not in raw and "\u202e" not in raw
    assert "<script>alert(1)</script>" in json.dumps(json.loads(raw))  # JSON keeps the words as they are


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_in_a_draft_stays_text(payload: str) -> None:
    """Property: whatever a draft holds, the page has only our tags, attributes and style."""
    import packetcoach
    from packetcoach.calibrate import calibrate_reports
    from packetcoach.output.calibrate.html import render_html

    report = packetcoach.analyze(hostile_packet(payload), source=f"{payload}.md")
    check_page(render_html(calibrate_reports([report], "L6")))
