"""Fixes a front end offers on a flagged span, as plain edits of the draft's text.

- an engineering verb: swap it for each product verb the profile suggests ("Built" -> "Launched");
- an item that is not ready: add its stronger shape below it, blanks and all (the writer's text stays);
- a hedge, a cliche or an inflated word that is not the item's main verb: cut it;
- no retellable sentence: insert the candidate sentence above the first paragraph.

Every edit is computed from the report of the exact text the front end holds (the language server
sends it with the document's version; the web page drops it when the draft has moved on). Nothing
is invented: swaps come from the profile, rewrites from the item's own words with visible blanks.
Offsets are draft offsets (code points); each front end converts them at its own edge.
"""

from __future__ import annotations

from dataclasses import dataclass

from packetcoach.coach.shapes import item_scaffold
from packetcoach.core.model import Finding, Span
from packetcoach.core.report import Report
from packetcoach.output.json import Rewrite, suggestion
from packetcoach.profile.compile import Rubric

CUTTABLE = ("hedge", "cliche", "inflated-claim")


@dataclass(frozen=True)
class Edit:
    """One proposed change: a title, the span it replaces and the new text."""

    title: str
    span: Span
    new_text: str
    preferred: bool = False


def _like(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _reads_as_past(word: str, lemma: str) -> bool:
    """The profile suggests past-tense verbs; offer them only for a verb written in the past."""
    lower = word.lower()
    return lower not in (lemma, lemma + "s", lemma + "es") and not lower.endswith("ing")


def verb_swaps(finding: Finding, report: Report, rubric: Rubric) -> list[Edit]:
    item = report.item(finding.item) if finding.item else None
    if item is None or item.action.verb is None:
        return []
    original = finding.span.text(report.document.text)
    if not _reads_as_past(original, item.action.verb):
        return []
    options = rubric.suggestions.get(item.action.verb, ())
    return [Edit(f"Replace '{original}' with '{_like(original, option)}'", finding.span, _like(original, option),
                 preferred=number == 0) for number, option in enumerate(options)]


def stronger_shape(finding: Finding, report: Report, rewrite: Rewrite = item_scaffold) -> list[Edit]:
    """Add the item's stronger shape below it; the writer's own text stays until they delete it."""
    item = report.item(finding.item) if finding.item else None
    shape = suggestion(finding, report, rewrite)
    if item is None or not shape:
        return []
    text = report.document.text
    line_start = max(text.rfind("\n", 0, item.start), text.rfind("\r", 0, item.start)) + 1
    newline = "\r\n" if "\r\n" in text else "\n"
    if item.format == "bullet":
        at = _line_end(text, item.end)
        prefix = text[line_start:item.start]  # the same list marker and indentation
        return [Edit("Add the item's stronger shape below it (then fill the [blanks])", Span(at, at),
                     newline + prefix + shape)]
    block = next((b for b in report.document.blocks if b.span.start <= item.start and item.end <= b.span.end), None)
    at = _line_end(text, block.span.end if block else item.end)
    return [Edit("Add the item's stronger shape as a new paragraph (then fill the [blanks])", Span(at, at),
                 newline + newline + shape)]


def _line_end(text: str, offset: int) -> int:
    ends = [position for position in (text.find("\n", offset), text.find("\r", offset)) if position != -1]
    return min(ends) if ends else len(text)


def _starts_sentence(report: Report, offset: int) -> bool:
    return any(passage.at(sentence.span).start == offset
               for passage in report.document.passages for sentence in passage.sentences) or \
        any(item.start == offset for item in report.items)


def cut(finding: Finding, report: Report) -> list[Edit]:
    """Delete the phrase and one neighbouring space; capitalise what then starts the sentence."""
    text = report.document.text
    span = finding.span
    item = report.item(finding.item) if finding.item else next(
        (i for i in report.items if i.start <= span.start and span.end <= i.end), None)
    lead = item.at(item.action.span) if item and item.action.span else None
    if lead is not None and lead.start < span.end and span.start < lead.end:
        return []  # cutting the main verb would leave no sentence
    if "\n" in text[span.start:span.end] or "\r" in text[span.start:span.end]:
        return []
    start, end = span
    while end < len(text) and text[end] == " ":
        end += 1
    if end == len(text) or text[end] in ".,;:!?)\r\n":
        end = span.end  # the phrase ends the clause: take the space before it instead
        while start > 0 and text[start - 1] == " ":
            start -= 1
    if end < len(text) and text[end] == "," and _starts_sentence(report, span.start):
        end += 1  # "Hopefully, we ..." -> "We ..."
        while end < len(text) and text[end] == " ":
            end += 1
    replacement = ""
    if _starts_sentence(report, span.start) and end < len(text) and text[end].isalpha():
        replacement, end = text[end].upper(), end + 1
    return [Edit(f"Cut '{span.text(text)}'", Span(start, end), replacement)]


def insert_retell(finding: Finding, report: Report) -> list[Edit]:
    sentence = suggestion(finding, report)  # the coach's sentence, in one voice
    if not sentence:
        return []
    text = report.document.text
    block = next((b for b in report.document.blocks if b.kind != "heading"), None)
    at = 0 if block is None else text.rfind("\n", 0, block.span.start) + 1
    fill = " (then fill [Name])" if "[Name]" in sentence else ""
    return [Edit(f"Insert the retell sentence above the first paragraph{fill}", Span(at, at), sentence + "\n\n")]


def edits_for(finding: Finding, report: Report, rubric: Rubric, rewrite: Rewrite = item_scaffold) -> list[Edit]:
    if finding.name == "engineering-verb":
        return verb_swaps(finding, report, rubric)
    if finding.name == "item-not-ready":
        return stronger_shape(finding, report, rewrite)
    if finding.name in CUTTABLE:
        return cut(finding, report)
    if finding.name == "no-retell-sentence":
        return insert_retell(finding, report)
    return []
