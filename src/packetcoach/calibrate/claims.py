"""What a packet says about itself: whose it is, the level it argues for, its opening claim, and
the objections it already answers.

The room reads these before any receipt: a packet written for another level is set aside, an
opening claim frames everything after it, and an objections section tells the manager which
pushback the writer has an answer for. All of it comes from the report's blocks and sections;
nothing is searched for twice.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from packetcoach.calibrate.settings import Settings
from packetcoach.coach.sentences import role_titled_name
from packetcoach.core.model import Passage
from packetcoach.core.report import Report
from packetcoach.core.regexes import compiled

NAME_LABEL_RE = compiled(r"^\W*name\W*:\W*(?P<name>.+)$", re.IGNORECASE)
BOLD_LEAD_RE = compiled(r"\s*\*\*(.+?)\*\*", re.DOTALL)
QUOTES = " \"'“”"
MARKUP_RE = compiled(r"[*_`#>]+")
LEVEL_TOKEN_RE = compiled(r"L\d", re.IGNORECASE)
LEVEL_WORD_RE = compiled(r"^(?:\s*(?:level|today|now|already|this year)\b[\s,]*)+", re.IGNORECASE)
SENTENCE_END_RE = compiled(r"(?<=[.!?])\s+(?=[A-Z\d\"“])")


@dataclass(frozen=True)
class Claims:
    name: str | None  # the writer's first name, from the header
    argued: str | None  # the level the packet argues for
    argued_by: str | None  # the words that say so
    opening: str | None  # the proof that follows an opening level claim, first person as written
    answered: tuple[tuple[str, str], ...]  # (question, answer) from the packet's objections section


def _clean(text: str) -> str:
    return " ".join(MARKUP_RE.sub("", text).split())


def _header(report: Report) -> list[Passage]:
    """The title and what sits before the first section below it."""
    header = []
    for passage in report.document.passages:
        if passage.block.kind == "heading" and (passage.block.level >= 2 or header):
            break
        header.append(passage)
    return header[:6]


def _name(header: list[Passage], settings: Settings) -> str | None:
    for passage in header:
        if passage.block.kind == "heading":
            continue
        for line in passage.source.splitlines():
            text = _clean(line)
            labelled = NAME_LABEL_RE.match(text)
            candidate = labelled.group("name") if labelled else re.split(r",| — | – | \| | - ", text, 1)[0]
            words = candidate.strip().split()
            if 2 <= len(words) <= 4 and all(_name_word(w, settings.not_name_words) for w in words):
                return words[0]
    return None


def _candidate(report: Report) -> str | None:
    """A manager's third-person document names its candidate where the header may not ("Priya
    replaced ... She stopped ..."): the first name the reading took for the writer (text/voice.py);
    else the writer named before a role in the draft's title ("# Self-assessment: Grace Mensah, PM
    (L6)"), as the retell of ``check`` names them (coach/sentences.py)."""
    voice = report.document.voice
    if voice is not None and voice.called:
        return voice.called
    titled = role_titled_name(report)
    return titled.split()[0] if titled else None


def _name_word(word: str, not_name_words: frozenset[str]) -> bool:
    """A word of a person's name: capitalised letters, and not a word of a role or a document's
    title (profile list ``calibration.not_name_words``)."""
    letters = word.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
    return bool(letters) and letters.isalpha() and word[0].isupper() and word.lower() not in not_name_words


def _argued(report: Report, header: list[Passage], settings: Settings) -> tuple[str | None, str | None]:
    """The level the packet argues for: claims in the header count twice, a claim anywhere once."""
    votes: Counter[str] = Counter()
    first: dict[str, str] = {}
    header_ids = {id(p) for p in header}
    for passage in report.document.passages:
        if not LEVEL_TOKEN_RE.search(passage.source):
            continue  # no level named: nothing to match (most blocks)
        text = _clean(passage.source)
        in_header = id(passage) in header_ids
        patterns = settings.claim_patterns + (settings.header_patterns if in_header else ())
        for pattern in patterns:
            for found in pattern.finditer(text):
                level = found.group("level").upper()
                votes[level] += 2 if in_header else 1
                first.setdefault(level, found.group(0))
    if not votes:
        return None, None
    best = max(votes.values())
    level = next(lv for lv in first if votes[lv] == best)  # the earliest of the most argued levels
    return level, first[level]


def _opening(report: Report, settings: Settings) -> str | None:
    """The proof right after a level claim in the first two paragraphs: the packet's own case.

    "I operate at L6: I own ..." gives the rest of the sentence; "I operate at L6. I own ..." the
    sentence after the claim.
    """
    paragraphs = [p for p in report.document.passages if p.block.kind != "heading"][:2]
    for passage in paragraphs:
        text = _clean(passage.source)
        found = next((m for pattern in settings.claim_patterns for m in [pattern.search(text)] if m), None)
        if found is None:
            continue
        rest = LEVEL_WORD_RE.sub("", text[found.end():], 1).lstrip()
        if rest[:1] in (".", "!"):
            rest = rest[1:]
        sentence = SENTENCE_END_RE.split(rest.lstrip(" :;,-–—"), 1)[0].strip()
        return sentence if _has_number(sentence, settings) else None
    return None


def _has_number(text: str, settings: Settings) -> bool:
    return bool(re.search(r"\d", text)) or any(w in settings.number_words for w in text.lower().split())


def _answered(report: Report, settings: Settings) -> tuple[tuple[str, str], ...]:
    pairs = []
    for passage in report.document.passages:
        section = (passage.section or "").lower()
        if passage.block.kind == "heading" or not any(cue in section for cue in settings.objection_headings):
            continue
        bold = BOLD_LEAD_RE.match(passage.source)
        if bold:
            question, answer = _clean(bold.group(1)), _clean(passage.source[bold.end():])
        else:
            text = _clean(passage.source)
            mark = text.rfind("?", 0, 300)
            question, answer = (text[:mark + 1], text[mark + 1:]) if mark > 0 else ("", "")
        if question and answer:
            pairs.append((question.strip(QUOTES), answer.strip(QUOTES)))
    return tuple(pairs)


def read_claims(report: Report, settings: Settings) -> Claims:
    header = _header(report)
    argued, argued_by = _argued(report, header, settings)
    return Claims(name=_name(header, settings) or _candidate(report), argued=argued, argued_by=argued_by,
                  opening=_opening(report, settings),
                  answered=_answered(report, settings))
