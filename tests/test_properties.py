"""Properties of ``analyze`` that must hold for any text a user could paste (Hypothesis).

The editor integration, the web app and the JSON contract all trust that a report's positions point
at the right characters. So for arbitrary Unicode, for generated Markdown (headings, nested lists
with any bullet glyph, inline markup, tables, CRLF and lone CR, tabs, very long lines) and for
generated draft-like documents (a word bank with numbers, currency, percentages and personas):

- ``analyze`` never raises, with every profile, level and document type, nor ``check_item`` on one item;
- every span (block, section, sentence, token, item, mention, action, finding) lies inside the text,
  an item's text is exactly ``text[start:end]``, and each item's sentences and mentions lie inside it;
- every line and column in the JSON agrees with its offset (recomputed here independently);
- item ids the report refers to exist;
- two runs give byte-identical JSON, in one process and across processes with different hash seeds;
- ``report_json`` always validates against the schema.

Budgets keep the file well under a minute in CI; for a deeper run multiply them, e.g.
``PACKETCOACH_PROPERTY_SCALE=20 python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import re

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach import analyze, report_json
from packetcoach.api import check_item
from packetcoach.core.errors import InputError
from packetcoach.readers import read_bytes
from packetcoach.text.limits import check_size

SCALE = float(os.environ.get("PACKETCOACH_PROPERTY_SCALE", "1"))
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def budget(examples: int) -> settings:
    """A test's example budget (scaled by PACKETCOACH_PROPERTY_SCALE); no deadline: CI machines vary."""
    return settings(max_examples=max(1, int(examples * SCALE)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---- generated text ----

# Any character a str can hold from a decoded file: readers never produce lone surrogates.
CHARACTERS = st.characters(blacklist_categories=("Cs",))
STRUCTURE = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\t", "  ", "# ", "## ", "- ", "* ", "+ ", "• ", "1. ",
                             "2) ", "**", "*", "_", "`", "```", "[", "](", ")", "![", "|", "---", "> ", "<!--",
                             "-->", "<b>", "</b>", "%", "$", "€", "£", "->", "—", "...", ". ", "e.g. ", "3.5",
                             # characters other code may take for line breaks or spaces
                             "\u2028", "\x85", "\x0b", "\x0c", "\x1c", "\u00a0", "\u200b", "\ufeff", "\u0301"])
unicode_text = st.one_of(st.text(CHARACTERS, max_size=300),
                         st.lists(st.one_of(STRUCTURE, st.text(CHARACTERS, max_size=6)), max_size=80).map("".join))

WORDS = ["Convinced", "Launched", "Built", "Migrated", "Identified", "Killed", "Descoped", "Reduced", "Held",
         "we", "I", "the", "team", "payments", "VP", "checkout", "completion", "latency", "p99", "churn",
         "revenue", "sellers", "Prime", "members", "cache", "microservice", "successfully", "various",
         "significantly", "I think", "interviews", "roadmap", "L6", "Q3", "2024", "NPS", "CSAT", "API"]
PERSONAS = ["small sellers", "Prime members", "support agents", "enterprise customers", "advertisers",
            "first-time shoppers", "drivers", "the finance team", "developers"]
NUMBERS = st.one_of(
    st.integers(0, 10**7).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 100), st.integers(0, 100)).map(lambda p: f"from {p[0]}% to {p[1]}%"),
    st.tuples(st.sampled_from("$€£"), st.integers(0, 999), st.sampled_from(["", "K", "M", ".5M", " million"]))
      .map(lambda p: f"{p[0]}{p[1]}{p[2]}"),
    st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:.1f}ms"),
    st.sampled_from(["doubled", "halved", "three times", "a third", "six weeks", "40 bps", "12 pp"]),
)
GLYPHS = ["-", "*", "+", "•", "◦", "▪", "–", "1.", "2)", "a)"]


# Every strategy the composites below draw from is built once, here: one built inside a composite is
# built and validated again at each draw, which cost more than the draw itself. The values drawn
# are the same either way.
WORD = st.one_of(st.sampled_from(WORDS), st.sampled_from(PERSONAS), NUMBERS)
WRAP = st.sampled_from(["{}", "{}", "{}", "**{}**", "*{}*", "_{}_", "`{}`", "[{}](https://x.test/a)", "![{}](img.png)",
                        "<b>{}</b>", "~~{}~~", "{},", "{}.", "({})", "“{}”"])
GAP = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0"])


@st.composite
def inline(draw) -> str:
    """A run of words, some wrapped in Markdown or HTML markup."""
    parts = []
    for _ in range(draw(st.integers(1, 14))):
        word = draw(WORD)
        parts.append(draw(WRAP).format(word))
    return draw(GAP).join(parts)


INLINE = inline()
BLOCK_KIND = st.sampled_from(["heading", "setext", "bullet", "bullet", "bullet", "paragraph", "paragraph", "table",
                              "code", "quote", "rule", "comment", "long", "blank"])
SETEXT_LINE = st.sampled_from(["===", "---"])
INDENT = st.sampled_from(["", "  ", "    ", "\t", "      ", " "])
GLYPH = st.sampled_from(GLYPHS)
SENTENCE_END = st.sampled_from([".", "!", "?", ";", ""])
RULE = st.sampled_from(["---", "***", "___"])
COMMENT = st.sampled_from(["<!-- packetcoach: ignore engineering-verb -->", "<!-- a note -->", "<!-- unterminated"])


@st.composite
def markdown_block(draw) -> str:
    kind = draw(BLOCK_KIND)
    if kind == "heading":
        return "#" * draw(st.integers(1, 6)) + " " + draw(INLINE)
    if kind == "setext":
        return draw(INLINE) + "\n" + draw(SETEXT_LINE)
    if kind == "bullet":
        indent = draw(INDENT) * draw(st.integers(0, 3))
        return f"{indent}{draw(GLYPH)} {draw(INLINE)}"
    if kind == "paragraph":
        return " ".join(draw(INLINE) + draw(SENTENCE_END) for _ in range(draw(st.integers(1, 4))))
    if kind == "table":
        rows = draw(st.integers(0, 3))
        return "| a | b |\n|---|:-:|" + "".join(f"\n| {draw(INLINE)} | {draw(INLINE)} |" for _ in range(rows))
    if kind == "code":
        return "```\n" + draw(INLINE) + "\n```"
    if kind == "quote":
        return "> " + draw(INLINE)
    if kind == "rule":
        return draw(RULE)
    if kind == "comment":
        return draw(COMMENT)
    if kind == "long":
        return "- " + " ".join([draw(INLINE)] * draw(st.integers(20, 120)))
    return ""


BLOCKS = st.lists(markdown_block(), min_size=1, max_size=14)
NEWLINE = st.sampled_from(["\n", "\n", "\r\n", "\r", None])
MIXED_NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])
TRAILER = st.sampled_from(["", "\n", "\r\n", "  \n\n", "\t"])


@st.composite
def markdown(draw) -> str:
    """A Markdown document, its lines joined by \\n, \\r\\n, lone \\r, or a mix, with optional trailing blanks."""
    blocks = draw(BLOCKS)
    newline = draw(NEWLINE)
    lines = "\n".join(blocks).split("\n")
    joined = lines[0]
    for line in lines[1:]:
        joined += (newline or draw(MIXED_NEWLINE)) + line
    return joined + draw(TRAILER)


VERB = st.sampled_from(["Convinced", "Launched", "Built", "Migrated", "Identified that", "Killed", "We shipped",
                        "I decided to stop", "Held", "Led", "Helped with", "Was responsible for",
                        "After six years as a backend engineer, I", "Reduced", "Raised"])
WHAT = st.sampled_from(["the checkout flow", "a read-through cache", "the returns portal", "the pricing page",
                        "the legacy monolith", "12 customer interviews", "the onboarding form", "the VP"])
PERSONA = st.sampled_from(PERSONAS)
RESULT = st.sampled_from(["raising conversion", "cutting churn", "reducing p99 latency", "saving", "lifting revenue",
                          "improving NPS", "so support contacts fell"])
TAIL = st.sampled_from(["", " in Q3 2024", " across three teams", " (e.g. in the EU)", " — I think"])


@st.composite
def evidence_item(draw) -> str:
    verb, what, persona, result = draw(VERB), draw(WHAT), draw(PERSONA), draw(RESULT)
    number = draw(NUMBERS)
    tail = draw(TAIL)
    return f"{verb} {what} for {persona}, {result} {number}{tail}."


TITLE = st.sampled_from(["# Self-assessment", "# Promotion document: L6", "Highlights", ""])
SECTION = st.sampled_from(["## Q1 2024", "## Customer Obsession", "## Impact", "### Stopped", "## Deliver Results",
                           "**Key outcomes**"])
ITEMS = st.lists(evidence_item(), min_size=1, max_size=6)
LINE_END = st.sampled_from(["\n", "\r\n"])


@st.composite
def draft(draw) -> str:
    """A draft-like document: a title, sections with bullets and prose, numbers, personas, money."""
    lines = [draw(TITLE)]
    for _ in range(draw(st.integers(1, 5))):
        lines += ["", draw(SECTION), ""]
        glyph = draw(GLYPH)
        for item in draw(ITEMS):
            prose = draw(st.booleans())
            lines.append(item if prose else f"{glyph} {item}")
    return draw(LINE_END).join(lines) + "\n"


any_text = st.one_of(unicode_text, markdown(), draft())
options = st.fixed_dictionaries({"profile": st.sampled_from(["amazon-pm", "generic"]),
                                 "level": st.sampled_from(["L5", "L6", "L7"]),
                                 "doc_type": st.sampled_from(["self-assessment", "accomplishments", "promotion"])})


# ---- the invariants ----

def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, computed without LineIndex: \\r\\n, \\n and \\r end lines."""
    ends = [m.end() for m in re.finditer(r"\r\n|\r|\n", text) if m.end() <= offset]
    line_start = ends[-1] if ends else 0
    return len(ends) + 1, offset - line_start + 1


def assert_spans_inside(text: str, report) -> None:
    """Every internal span is a real range of the text, nested where the model says it is."""
    document = report.document
    assert document.text == text

    def inside(span) -> bool:
        return 0 <= span.start <= span.end <= len(text)

    for thing in (*document.blocks, *document.sections, *report.findings):
        assert inside(thing.span), thing
    for passage in document.passages:
        assert passage.source == text[passage.block.span.start:passage.block.span.end]
        for sentence in passage.sentences:
            assert inside(passage.at(sentence.span)), (sentence, passage.block)
            for token in sentence.tokens:
                assert sentence.span.start <= token.start <= token.end <= sentence.span.end, (token, sentence)
                assert passage.source[token.start:token.end] == token.text, token
    for item in report.items:
        assert inside(item.at(item.span)), item.span
        assert item.source[item.span.start:item.span.end] == text[item.start:item.end]
        for sentence in item.sentences:
            assert item.span.contains(sentence.span), (item.id, sentence.span)
        mentions = (*item.mentions, *item.metrics, *filter(None, [item.persona]))
        spans = [m.span for m in mentions] + ([item.action.span] if item.action.span else [])
        for span in spans:
            assert item.span.contains(span), (item.id, item.span, span)


def assert_json_positions(text: str, payload) -> None:
    """Every object with start/end in the JSON: in range, its text exact, its line and column right."""
    if isinstance(payload, list):
        for value in payload:
            assert_json_positions(text, value)
        return
    if not isinstance(payload, dict):
        return
    if isinstance(payload.get("start"), int) and isinstance(payload.get("end"), int):
        start, end = payload["start"], payload["end"]
        assert 0 <= start <= end <= len(text), payload
        if "text" in payload:
            assert payload["text"] == text[start:end], payload
        if "line" in payload:
            assert (payload["line"], payload.get("column", position(text, start)[1])) == position(text, start), payload
        if "end_line" in payload:
            assert (payload["end_line"], payload["end_column"]) == position(text, end), payload
    for value in payload.values():
        assert_json_positions(text, value)


def assert_item_references(payload: dict) -> None:
    """Item ids named by findings and by the document reading are items of this report."""
    ids = {item["id"] for item in payload["items"]}
    assert len(ids) == len(payload["items"])
    named = {f["item"] for f in payload["findings"] if f["item"]}
    reading = payload["document"]
    if reading:
        for key in ("initiated_items", "stopped_items", "strongest_items"):
            named |= set(reading.get(key) or [])
        named |= set((reading.get("skim") or {}).get("outcomes_seen") or [])
        named |= {i for items in (reading.get("principles_coverage") or {}).values() for i in items}
        named |= set(reading.get("outcome_parts") or {})
        if reading.get("lead_suggestion"):
            named.add(reading["lead_suggestion"])
    assert named <= ids, named - ids


def _within_limits(text: str) -> bool:
    """Whether a generated text is one a check analyses (a larger one is refused, in one line)."""
    try:
        check_size(text, "-")
    except InputError:
        return False
    return True


def check(text: str, validator, **chosen) -> None:
    try:
        check_size(text, "-")
    except InputError:  # a generated text can outgrow the limits: then it is refused, in one line
        with pytest.raises(InputError) as refused:
            analyze(text, **chosen)
        assert "\n" not in str(refused.value)
        return
    report = analyze(text, **chosen)
    payload = report_json(report)
    assert_spans_inside(text, report)
    validator.validate(payload)
    assert_json_positions(text, payload)
    assert_item_references(payload)
    again = report_json(analyze(text, **chosen))
    assert json.dumps(again, ensure_ascii=False) == json.dumps(payload, ensure_ascii=False), "not deterministic"


# ---- the properties ----

@budget(150)
@given(text=unicode_text)
def test_arbitrary_unicode(text: str, report_validator) -> None:
    check(text, report_validator)


@budget(120)
@given(text=markdown(), chosen=options)
def test_generated_markdown(text: str, chosen: dict, report_validator) -> None:
    check(text, report_validator, **chosen)


@budget(80)
@given(text=draft(), chosen=options)
def test_generated_drafts(text: str, chosen: dict, report_validator) -> None:
    check(text, report_validator, **chosen)


@budget(150)
@given(text=any_text)
def test_single_item(text: str) -> None:
    """The corpus and the drill read one answer as one item: spans stay inside it, it is stable."""
    item, findings = check_item(text)
    if item is None:
        return
    assert 0 <= item.span.start <= item.span.end <= len(text) and item.source == text
    for finding in findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text), finding
    again, repeat = check_item(text)
    assert again == item and repeat == findings


@budget(60)
@given(data=st.one_of(st.binary(max_size=400), markdown().map(lambda t: t.encode("utf-8")),
                      markdown().map(lambda t: t.encode("utf-16")),
                      st.tuples(st.sampled_from(["p", "li", "h2", "b", "div", "td"]), markdown())
                        .map(lambda p: f"<html><body><ul><{p[0]}>{p[1]}</{p[0]}></ul></body></html>".encode())),
       name=st.sampled_from(["draft.md", "draft.txt", "draft.html", "-"]))
def test_any_file_read_then_analysed(data: bytes, name: str, report_validator) -> None:
    """Whatever bytes arrive, the reader gives a text (or a clean InputError) that analyses soundly."""
    try:
        source = read_bytes(data, name)
    except InputError:
        return
    check(source.text, report_validator)


def _check_json_with_hash_seed(paths: list[Path], seed: str, env: dict[str, str]) -> str:
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "check", *map(str, paths), "--format", "json",
                           "--fail-on", "never", "--jobs", "1"],
                          env={**env, "PYTHONHASHSEED": seed}, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode()


@budget(3)
@given(texts=st.lists(st.one_of(draft(), markdown().filter(str.strip)).filter(_within_limits), min_size=4, max_size=8))
def test_same_report_in_every_process(texts: list[str]) -> None:
    """Set and dict order varies with the hash seed between processes; the reports must not.

    Cold (profile compiled here), and warm (profile loaded from a cache another seed wrote).
    """
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp, f"draft{index}.md") for index in range(len(texts))]
        for path, text in zip(paths, texts):
            path.write_text(text, encoding="utf-8", newline="")
        paths += sorted(EXAMPLES.glob("*.md"))
        cold = {**os.environ, "PACKETCOACH_NO_CACHE": "1"}
        warm = {**os.environ, "PACKETCOACH_CACHE_DIR": str(Path(tmp, "cache"))}
        outputs = {_check_json_with_hash_seed(paths, seed, env) for seed, env in
                   (("1", cold), ("2", cold), ("3", warm), ("4", warm))}
    assert len(outputs) == 1


def _item_texts(text: str) -> list[str]:
    return [item["text"].replace("\r", "\n") for item in report_json(analyze(text))["items"]]


def test_lone_cr_line_endings_read_like_newlines() -> None:
    """docs/readers.md: downstream code that splits lines must accept \\r\\n and lone \\r."""
    text = "# Impact\n- Built a cache for sellers.\n- Convinced the VP to cut a step, raising completion 71% to 89%.\n"
    assert _item_texts(text.replace("\n", "\r")) == _item_texts(text)
