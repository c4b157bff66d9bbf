"""Inline suppression comments: what parses, what does not, and that hostile text stays linear."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach.rules.suppress import Suppression, parse_suppressions
from scaling import assert_linear


def keys(text: str) -> list[set[str]]:
    return [set(s.keys) for s in parse_suppressions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("<!-- packetcoach: ignore -->", [{"*"}]),
    ("<!-- packetcoach: disable -->", [{"*"}]),
    ("<!--packetcoach:ignore-->", [{"*"}]),
    ("<!-- PacketCoach : IGNORE PC102 -->", [{"pc102"}]),
    ("<!-- packetcoach: ignore engineering-verb -->", [{"engineering-verb"}]),
    ("<!-- packetcoach: ignore engineering-verb-->", [{"engineering-verb"}]),
    ("<!-- packetcoach: ignore PC102, cliche  hedge,,PC108 -->", [{"pc102", "cliche", "hedge", "pc108"}]),
    ("<!--\n  packetcoach:\n  ignore\n  PC102\n-->", [{"pc102"}]),
    ("<!-- packetcoach: ignore a --> x <!-- packetcoach: disable b -->", [{"a"}, {"b"}]),
])
def test_suppressions_that_parse(text: str, expected: list[set[str]]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize("text", [
    "<!-- a note -->",
    "<!-- packetcoach ignore PC102 -->",  # no colon
    "<!-- packetcoach: ignored PC102 -->",  # not the directive
    "<!-- packetcoach: ignore-PC102 -->",
    "<!-- packetcoach: enable PC102 -->",
    "<!-- packetcoach: ignore PC102; rm -rf -->",  # only keys may follow
    "<!-- packetcoach: ignore PC102",  # never closed
    "packetcoach: ignore PC102 -->",
    "<!- packetcoach: ignore -->",
    "",
])
def test_text_that_is_not_a_suppression(text: str) -> None:
    assert parse_suppressions(text) == []


def test_comments_do_not_nest_as_in_html() -> None:
    """A ``<!--`` inside a comment is part of that comment, which is not a suppression."""
    assert parse_suppressions("<!-- note <!-- packetcoach: ignore --> after") == []
    assert keys("<!-- note --> <!-- packetcoach: ignore x -->") == [{"x"}]


def test_span_is_the_whole_comment_and_line_is_zero_based() -> None:
    text = "# Title\n\n- Built a thing. <!-- packetcoach: ignore PC102 -->\n"
    (found,) = parse_suppressions(text)
    assert text[found.span.start:found.span.end] == "<!-- packetcoach: ignore PC102 -->"
    assert found.line == 2
    assert not found.standalone


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_count_every_kind_of_line_ending(newline: str) -> None:
    text = newline.join(["a", "b", "  <!-- packetcoach: ignore -->  ", "c"])
    (found,) = parse_suppressions(text)
    assert found.line == 2
    assert found.standalone


@pytest.mark.parametrize(("text", "standalone"), [
    ("<!-- packetcoach: ignore -->", True),
    ("\t <!-- packetcoach: ignore -->\t \nnext", True),
    ("x <!-- packetcoach: ignore -->", False),
    ("<!-- packetcoach: ignore --> x", False),
    ("<!-- note --> <!-- packetcoach: ignore -->", False),
    ("<!-- packetcoach: ignore --> <!-- note -->", False),
    ("<!-- a\nb --> <!-- packetcoach: ignore -->\n", False),
    ("<!-- a\nb -->\n<!-- packetcoach: ignore -->\n", True),
    ("<!-- packetcoach: ignore\n PC102 -->\n", True),
])
def test_standalone_means_nothing_else_on_its_lines(text: str, standalone: bool) -> None:
    (found,) = [s for s in parse_suppressions(text)]
    assert found.standalone is standalone


def test_names_matches_id_name_or_all() -> None:
    some = Suppression((0, 1), 0, frozenset({"pc102", "cliche"}), False)  # type: ignore[arg-type]
    every = Suppression((0, 1), 0, frozenset({"*"}), False)  # type: ignore[arg-type]
    assert some.names("PC102", "engineering-verb") and some.names("PC106", "cliche")
    assert not some.names("PC108", "hedge")
    assert every.names("PC108", "hedge")


# The old single-pattern parser, kept here as the reference for what it found on ordinary text.
OLD_RE = re.compile(r"<!--\s*packetcoach:\s*(?:ignore|disable)\s*([\w,\s-]*?)\s*-->", re.IGNORECASE)

PIECES = ["<!--", "-->", " ", "\n", "packetcoach", ":", "ignore", "disable", "PC102", ",", "cliche",
          "x", "- ", "note"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_agrees_with_the_old_pattern_on_well_formed_comments(pieces: list[str]) -> None:
    """Where the old pattern found a well-formed comment that is not inside another, so does this."""
    text = "".join(pieces)
    new = {(s.span.start, s.span.end): set(s.keys) for s in parse_suppressions(text)}
    for match in OLD_RE.finditer(text):
        inside = text.rfind("<!--", 0, match.start()) > text.rfind("-->", 0, match.start())
        old_keys = {k.lower() for k in re.split(r"[,\s]+", match.group(1)) if k} or {"*"}
        clean = not re.search(r"(?i)(ignore|disable)[\w-]", match.group()) and "<!--" not in match.group()[4:]
        if clean and not inside and not any(k.startswith("-") for k in old_keys):
            assert new.get(match.span()) == old_keys, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("<!-> \n\r:packetcoignrdsbl,PC102"), max_size=200))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    previous = 0
    for found in parse_suppressions(text):
        assert previous <= found.span.start < found.span.end <= len(text)
        assert text.startswith("<!--", found.span.start) and text.endswith("-->", 0, found.span.end)
        assert found.keys
        previous = found.span.end


HOSTILE = {  # each a function of the size of the text in characters
    "open comment, then spaces": lambda n: "<!-- packetcoach: ignore" + " " * n,
    "open comment, then spaces and keys": lambda n: "<!-- packetcoach: ignore " + "a " * (n // 2),
    "many unclosed openers": lambda n: "<!-- packetcoach: ignore " * (n // 25),
    "many comments on one line": lambda n: "<!-- packetcoach: ignore PC102 --> " * (n // 35),
    "many comments, long blank runs": lambda n: ("<!-- packetcoach: ignore -->" + " " * 50) * (n // 78),
    "blank line start, many comments": lambda n: " " * (n // 2) + "<!-- packetcoach: ignore -->" * (n // 56),
    "one huge key list": lambda n: "<!-- packetcoach: ignore " + "PC102, " * (n // 7) + "-->",
    "closers only": lambda n: "-->" * (n // 3),
    "dashes": lambda n: "<!--" + "-" * n,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_parsed_in_linear_time(name: str) -> None:
    make = HOSTILE[name]
    assert_linear(lambda size: parse_suppressions(make(size)), 50_000)


def test_the_cubic_case_of_the_old_pattern_is_instant() -> None:
    """3 KB of this took the old pattern 18 s, and 10 KB 680 s."""
    text = "<!-- packetcoach: ignore" + " " * 10_000
    started = time.perf_counter()
    assert parse_suppressions(text) == []
    assert time.perf_counter() - started < 0.05
