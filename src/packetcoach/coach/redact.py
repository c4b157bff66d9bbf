"""The verb-redaction view (SPEC 3B): the whole draft with the old role's words marked.

Every engineering-execution verb that leads an item becomes
``⟦built → launched / delivered / scoped⟧`` (the product verbs the profile
suggests for it), and technical terms that serve no product outcome in their
item become ``⟦p99 latency?⟧``. Nothing else changes: :func:`unredact` removes
the marks and gives back the draft exactly, which tests/test_redact.py checks
over generated drafts. Writing it to a file is :func:`packetcoach.core.files.write_new`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from packetcoach.core.errors import UsageError
from packetcoach.core.model import Item, LineIndex, Span
from packetcoach.core.report import Report
from packetcoach.profile.compile import Rubric
from packetcoach.core.regexes import compiled

SCHEMA_ID = "packetcoach.redaction/1"
OPEN, CLOSE = "⟦", "⟧"
VERB_MARK_RE = compiled(r"⟦([^⟦⟧]*?) → [^⟦⟧]*⟧")
TERM_MARK_RE = compiled(r"⟦([^⟦⟧]*)\?⟧")


@dataclass(frozen=True)
class Mark:
    """One marked span of the draft: a leading engineering verb, or a technical term."""

    kind: Literal["verb", "term"]
    span: Span
    original: str
    item: str
    suggestions: tuple[str, ...] = ()

    def render(self) -> str:
        if self.kind == "term":
            return f"{OPEN}{self.original}?{CLOSE}"
        options = [_like(self.original, s) for s in self.suggestions] or ["a product verb"]
        return f"{OPEN}{self.original} → {' / '.join(options)}{CLOSE}"


@dataclass(frozen=True)
class Redaction:
    source: str
    original: str
    text: str
    marks: tuple[Mark, ...]


def _like(original: str, word: str) -> str:
    """A suggestion capitalised like the verb it replaces ("Built" -> "Launched")."""
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def unredact(text: str) -> str:
    """The draft without the marks: exactly the text that was redacted."""
    return TERM_MARK_RE.sub(r"\1", VERB_MARK_RE.sub(r"\1", text))


def _verb_mark(item: Item, rubric: Rubric) -> Mark | None:
    action = item.action
    if action.verb_class != "technical" or action.span is None or action.verb is None:
        return None
    return Mark("verb", item.at(action.span), item.source[action.span.start:action.span.end], item.id,
                rubric.suggestions.get(action.verb, ()))


def _term_spans(item: Item, rubric: Rubric) -> list[Span]:
    """Technical measures and specialty jargon, in items where no business outcome justifies them."""
    s = item.signals
    if s is None or s.business_outcome or not (s.technical_metric_only or s.technical_lead):
        return []
    spans = [item.at(m.span) for m in item.mentions if m.kind == "technical"] if s.technical_metric_only else []
    tokens = item.tokens
    for match in rubric.lexicon.longest_by_group(item.words).get("specialty", ()):
        spans.append(item.at(Span(tokens[match.first].start, tokens[match.last].end)))
    return sorted(set(spans))


def _merge(spans: list[Span], text: str) -> list[Span]:
    """Adjacent terms separated only by spaces read as one ("p99" + "latency")."""
    merged: list[Span] = []
    for span in spans:
        if merged and (merged[-1].end >= span.start or not text[merged[-1].end:span.start].strip(" ")):
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def redact(report: Report) -> Redaction:
    """Mark the draft's leading engineering verbs and its unjustified technical terms."""
    rubric = report.rubric
    text = report.text
    if OPEN in text or CLOSE in text:
        raise UsageError(report.source, f"already contains {OPEN} {CLOSE} marks",
                         "redact the original draft, not a redacted copy")
    marks: list[Mark] = []
    for item in report.items:
        verb = _verb_mark(item, rubric)
        taken = [verb.span] if verb else []
        marks += [verb] if verb else []
        for span in _merge(_term_spans(item, rubric), text):
            if not any(span.start < other.end and other.start < span.end for other in taken):
                marks.append(Mark("term", span, span.text(text), item.id))
    marks.sort(key=lambda mark: mark.span.start)
    pieces, position = [], 0
    for mark in marks:
        pieces += [text[position:mark.span.start], mark.render()]
        position = mark.span.end
    pieces.append(text[position:])
    return Redaction(report.source, text, "".join(pieces), tuple(marks))


def redaction_json(redaction: Redaction) -> dict[str, Any]:
    lines = LineIndex(redaction.original)
    marks = []
    for mark in redaction.marks:
        line, column = lines.line_col(mark.span.start)
        marks.append({"kind": mark.kind, "item": mark.item, "start": mark.span.start, "end": mark.span.end,
                      "line": line, "column": column, "original": mark.original,
                      "suggestions": list(mark.suggestions), "marked": mark.render()})
    return {"schema": SCHEMA_ID, "source": redaction.source, "text": redaction.text, "marks": marks}
