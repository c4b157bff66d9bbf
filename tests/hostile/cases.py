"""The hostile inputs: every attack that once broke packetcoach, and the shapes a fuzzer found.

Each case is generated (a 5 MB file is not worth keeping in the repository), deterministically,
and run as a real command by tests/test_hostile.py: it must end within the time and memory
bounds, either analysed (exit 0 or 1) or refused in one line (exit 2). Small inputs found by
fuzzing are kept as files in corpus/ and run the same way.

A "unit" case repeats a short piece of text twice: to the reader's size limit (it must be refused
quickly) and to just under the analysis limits (it must be analysed in time), which are found
by asking :func:`packetcoach.text.limits.check_size` itself, so the cases follow the limits.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from typing import Callable

from packetcoach.core.errors import InputError
from packetcoach.profile.lexicon import TOKEN_RE
from packetcoach.readers.limits import DEFAULT_MAX_BYTES
from packetcoach.text import limits
from packetcoach.text.limits import check_size

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Case:
    """One command on one generated input."""

    name: str
    make: Callable[[], bytes]
    suffix: str = ".md"
    command: tuple[str, ...] = ("check", "{path}", "--format", "json")
    stdin: bool = False  # feed the input on standard input instead of naming the file
    stdin_from: str = ""  # or this file (a device such as /dev/zero)
    expect: str = "either"  # "analysed", "refused" or "either"
    files: dict[str, Callable[[], bytes]] = field(default_factory=dict)  # more files beside it ({name})
    slow_in: str = ""  # where the time still goes, when a known slow path is not fixed yet


def _fits(text: str) -> bool:
    try:
        check_size(text, "-")
    except InputError:
        return False
    return True


_LIMITS = (limits.MAX_CHARACTERS, limits.MAX_TOKENS, limits.MAX_LINES - 1, limits.MAX_PARTS)
_PART_RE = re.compile(limits._PART, re.MULTILINE)  # noqa: SLF001 - only a first guess; check_size decides


def _counts(text: str) -> tuple[int, ...]:
    """What each analysis limit counts in ``text``: characters, tokens, line breaks, parts."""
    return (len(text), len(TOKEN_RE.findall(text)), len(limits._LINE_BREAK_RE.findall(text)),  # noqa: SLF001
            len(_PART_RE.findall(text)))


def _estimate(unit: str) -> int:
    """How many copies of ``unit`` reach the first analysis limit, if each count grows by as much
    per copy as from two copies to three (copies may join at their edges, so it is a guess)."""
    two, three = _counts(unit * 2), _counts(unit * 3)
    copies = [3 + (limit - now) // (now - before) for limit, before, now in zip(_LIMITS, two, three) if now > before]
    return max(1, min(copies, default=1))


def largest(unit: str) -> str:
    """``unit`` repeated as often as the analysis limits allow, as :func:`check_size` decides.

    The search starts from an estimate and confirms it with two checks, one copy more failing; when
    the estimate is off it gallops away from it and then halves the gap. Every size asked about stays
    near the limit (tens of kilobytes) rather than starting from the reader's 5 MB, and a case whose
    estimate is right, as most are, costs two checks instead of thirty.
    """
    most = DEFAULT_MAX_BYTES // len(unit)
    low, high = _bracket(unit, min(_estimate(unit), most), most)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if _fits(unit * middle) else (low, middle)
    return unit * low


def _bracket(unit: str, guess: int, most: int) -> tuple[int, int]:
    """(low, high): ``low`` copies fit (or low is 1), ``high`` copies do not (or high is past ``most``)."""
    step = 1
    if _fits(unit * guess):
        low = guess
        while low < most:
            high = min(low + step, most)
            if not _fits(unit * high):
                return low, high
            low, step = high, step * 2
        return most, most + 1
    high = guess
    while high > 1:
        low = max(high - step, 1)
        if low == 1 or _fits(unit * low):
            return low, high
        high, step = low, step * 2
    return 1, 2

def to_reader_limit(unit: str) -> bytes:
    """``unit`` repeated to just under the size a text file may have."""
    return (unit * ((DEFAULT_MAX_BYTES - 16) // len(unit.encode()))).encode()


def docx(body: str) -> bytes:
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}'
                f"</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def _empty_paragraphs(count: int) -> bytes:
    """Empty paragraphs with random revision ids: compresses about 3 times, so no zip bomb check fires."""
    rng = random.Random(7)
    return docx("".join(f'<w:p w:rsidR="{rng.getrandbits(32):08X}" w:rsidRDefault="{rng.getrandbits(32):08X}"/>'
                        for _ in range(count)))


def _realistic_bullet(words: int) -> str:
    """One long bullet of ordinary claims with many numbers (the number lookups were per number)."""
    rng = random.Random(11)
    pieces = ["raised checkout completion from {}% to {}%", "cut churn by {}%", "saved ${}K a quarter",
              "for {} sellers", "in {} markets", "reduced p99 latency by {}ms", "with {} customer interviews"]
    out, count = ["- Launched the seller onboarding flow"], 5
    while count < words:
        piece = rng.choice(pieces).format(*(rng.randint(2, 999) for _ in range(2)))
        out.append(piece)
        count += len(piece.split())
    return ", ".join(out) + ".\n"


def _normal_draft(words: int) -> str:
    paragraph = ("- I convinced the payments VP to drop the extra verification step for small sellers, raising "
                 "checkout completion from 71% to 89% in Q3.\n- Built a caching layer for the catalog service, "
                 "reducing p99 latency by 40ms.\n- Held 40 customer interviews with sellers about onboarding.\n")
    sections, count = [], 0
    while count < words:
        sections.append(f"## Quarter {len(sections) + 1}\n\n{paragraph}")
        count += len(paragraph.split()) + 3
    return "# Self-assessment\n\n" + "\n".join(sections)


#: Short pieces of text whose repetition once cost minutes, or could: punctuation the tokenizer
#: counts, markup the view rescanned, numbers, sentence ends, items, headings, suppression comments.
UNITS = {
    "commas": "a,", "dots": ".", "bangs": "!?", "open-brackets": "[", "link-targets": "](",
    "unclosed-links": "[a](", "images": "![", "tags": "<a", "emphasis": "**x** ", "underscores": "_",
    "backticks": "`", "abbreviations": "e.g. A ", "initials": "x. A ", "numbers": "x 1% ",
    "bullets": "- Built x for sellers, raising y from 1% to 2%.\n", "headings": "# h\n\np\n\n",
    "claims": "I built x for the team. ", "level-claims": "I operate at L6 with 5% growth for sellers. ",
    "engineering-past": "As an ex-engineer I built it. ", "personas": "customers ", "by-numbers": "by 5% ",
    "interviews": "held 4 interviews ", "table-rows": "|a|b|\n", "code": "    code\n", "quotes": "> quote\n",
    "nested-lists": "- a\n  - b\n    - c\n", "zero-width": "Bu\u200bilt ", "dotted-i": "\u0130 ",
    "one-long-word": "a", "words": "a ", "i": "I ", "we": "we ", "was": "was ", "the": "the ",
    "ranges": "from 1% to 2% ", "dollars": "$5 ", "quarters": "Q3 2024 ", "comma-numbers": "1,",
    "dot-numbers": "1.", "killed-started": "- Killed x for sellers.\n- Started y.\n", "stars": "*",
    "tildes": "~~", "less-than": "<", "ampersands": "&", "hashes": "#", "dashes": "-", "pipes": "|",
    "newlines": "\n", "carriage-returns": "\r", "follow-ons": "Since then it grew 5%. ",
    "hedges": "I think maybe ", "instead": "instead of x by doing y, ", "spaces": " ",
    "escapes": "\x1b]52;c;ZXZpbA==\x07 ", "html-comments": "<!-- a --> ",
    "suppressions": "<!-- packetcoach: ignore PC102 -->\n- Built x.\n",
}

#: Where a case is still slow, and why: the rule engine (rules/item.py) still scans with the old
#: suppression pattern, which backtracks in cubic time; rules/suppress.py replaces it.
SUPPRESSION_PATTERN = "rules/item.py SUPPRESS_RE (replaced by rules/suppress.py)"


#: Units also repeated to the reader's 5 MB limit: the refusal path is the same for every unit (a
#: count that stops at its limit), so these are the shapes that could make the counting itself slow.
TO_READER_LIMIT = ("commas", "one-long-word", "words", "spaces", "newlines", "carriage-returns", "zero-width",
                   "underscores", "abbreviations", "escapes")


def _cases() -> list[Case]:
    cases: list[Case] = []
    for name, unit in UNITS.items():
        cases.append(Case(f"{name}, at the analysis limits", lambda unit=unit: largest(unit).encode(),
                          expect="either"))
        if name in TO_READER_LIMIT:
            cases.append(Case(f"{name}, 5 MB", lambda unit=unit: to_reader_limit(unit), expect="refused"
                              if unit.strip() else "either"))
    cases += [
        # 1. The suppression comment pattern: cubic in the spaces after an unclosed comment.
        Case("unclosed suppression comment, 3 KB", lambda: b"<!-- packetcoach: ignore" + b" " * 3000),
        Case("unclosed suppression comment, 10 KB", lambda: b"- Built x.\n<!-- packetcoach: ignore" + b" " * 10_000),
        # 2. Standard input read whole before the size check.
        Case("endless standard input", lambda: b"", command=("check", "-"), stdin_from="/dev/zero", expect="refused"),
        Case("6 MB on standard input", lambda: b"a " * 3_000_000, command=("check", "-"), stdin=True,
             expect="refused"),
        # 3. Limits in the wrong unit, and the quadratic paths.
        Case("4.8 MB of a,a,a", lambda: b"a," * 2_400_000, expect="refused"),
        Case("40 KB of dots", lambda: b"." * 40_000),
        Case("40 KB of !?", lambda: b"!?" * 20_000),
        Case("100,000 [", lambda: b"[" * 100_000),
        Case("a 90,000-word bullet", lambda: _realistic_bullet(90_000).encode(), expect="refused"),
        Case("a 12,000-word bullet", lambda: _realistic_bullet(12_000).encode()),
        Case("a normal 98,000-word draft", lambda: _normal_draft(98_000).encode(), expect="refused"),
        Case("a normal 12,000-word draft", lambda: _normal_draft(12_000).encode()),
        Case("a normal 12,000-word draft, terminal", lambda: _normal_draft(12_000).encode(),
             command=("check", "{path}", "--color", "always")),
        Case("a normal 12,000-word draft, rewrite", lambda: _normal_draft(12_000).encode(),
             command=("rewrite", "{path}", "--color", "always")),
        Case("a normal 12,000-word draft, rehearse", lambda: _normal_draft(12_000).encode(),
             command=("rehearse", "{path}", "--format", "markdown")),
        Case("a normal 12,000-word draft, redact", lambda: _normal_draft(12_000).encode(),
             command=("rewrite", "--redact", "{path}")),
        # 8. Profiles.
        Case("a backtracking profile pattern", lambda: ("- " + "a" * 27 + "!\n").encode() * 50,
             command=("check", "{path}", "--profile", "{profile.toml}"),
             files={"profile.toml": lambda: b'[profile]\nname = "x"\nextends = "amazon-pm"\n[phrases]\n'
                                            b"engineering_past_patterns = ['(\\w+\\s?)+$', '(a|aa)+c']\n"}),
        Case("a profile nested 5,000 deep", lambda: b"- Built x.\n", command=("check", "{path}", "--profile",
             "{profile.toml}"), expect="refused",
             files={"profile.toml": lambda: b'[profile]\nname = "x"\n[acronyms]\nknown = ' + b"[" * 5000 + b"]" * 5000}),
        Case("a 30 MB profile", lambda: b"- Built x.\n", command=("check", "{path}", "--profile", "{profile.toml}"),
             expect="refused", files={"profile.toml": lambda: b'[profile]\nname = "x"\n#' + b"x" * 30_000_000}),
        Case("a profile extending /etc/shadow", lambda: b"- Built x.\n",
             command=("check", "{path}", "--profile", "{profile.toml}"), expect="refused",
             files={"profile.toml": lambda: b'[profile]\nname = "x"\nextends = "/etc/shadow"\n'}),
        # 9. Readers: linear but slow.
        Case("4.8 MB of table cells", lambda: b"<table><tr>" + b"<td>a</td>" * 480_000 + b"</tr></table>",
             suffix=".html", expect="refused"),
        Case("1.2 million character references", lambda: b"<p>" + b"&amp;" * 1_000_000 + b"</p>", suffix=".html",
             expect="refused"),
        Case("table cells at the tag limit", lambda: b"<table><tr>" + b"<td>a</td>" * 7_400 + b"</tr></table>",
             suffix=".html"),
        Case("character references at the limit", lambda: b"<p>" + b"&amp; " * 19_000 + b"</p>", suffix=".html"),
        Case("a .docx of 120,000 empty paragraphs", lambda: _empty_paragraphs(120_000), suffix=".docx",
             expect="refused"),
        Case("a .docx at the element limit", lambda: _empty_paragraphs(49_000), suffix=".docx"),
        Case("deep HTML", lambda: b"<div>" * 600, suffix=".html", expect="refused"),
        Case("an HTML file of unclosed comments", lambda: b"<p>a</p>" + b"<!--" * 250_000, suffix=".html",
             expect="refused"),
    ]
    return cases


CASES = {case.name: case for case in _cases()}
