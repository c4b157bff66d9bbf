"""From text to a :class:`Document`: blocks, sentences and evidence items.

List items are items. In a paragraph, each claim-bearing sentence (the writer,
or "we", doing something; a verb-first sentence; a number) opens an item, and a
sentence that carries no action of the writer's ("This cut churn 12%.",
"Renewals rose from 69% to 81%.") joins the item before it, so a claim and its
result are judged together.
"""

from __future__ import annotations

from bisect import bisect_right

from packetcoach.analysis.annotate import leading_verb, subject_verb
from packetcoach.profile.lexicon import tokenize
from packetcoach.analysis.metrics import NUMBER_RE
from packetcoach.core.model import Block, Document, Item, Sentence, Span
from packetcoach.profile.compile import Rubric
from packetcoach.text.structure import markup_view, parse_blocks, sections_of, split_sentences

FOLLOW_ON = (
    ("this",), ("that",), ("it",), ("which",), ("these",), ("those",), ("as", "a", "result"),
    ("the", "result"), ("together",), ("in", "total"), ("overall",), ("the", "change"),
    ("the", "outcome"), ("the", "impact"), ("since", "then"), ("within",), ("by",), ("result",),
)
MIN_CLAIM_WORDS = 4


def _sentences(view: str, block: Block) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(span, tokenize(view[span.start:span.end], span.start))
        for span in split_sentences(view, block.span)
    )


def _is_claim(sentence: Sentence, view: str, rubric: Rubric) -> bool:
    words = [t for t in sentence.tokens if t.text[:1].isalnum()]
    if len(words) < MIN_CLAIM_WORDS or view[sentence.span.end - 1:sentence.span.end] == "?":
        return False
    if leading_verb(sentence.tokens, rubric) or subject_verb(sentence.tokens, rubric):
        return True
    return NUMBER_RE.search(view, sentence.span.start, sentence.span.end) is not None


def _is_follow_on(sentence: Sentence, rubric: Rubric) -> bool:
    """A sentence that carries no action of the writer's continues the claim before it."""
    if leading_verb(sentence.tokens, rubric):
        return False
    found = subject_verb(sentence.tokens, rubric)
    if found is None:
        return True
    words = tuple(token.lower for token in sentence.tokens[:3])
    return found[0] != "i" and any(words[:len(lead)] == lead for lead in FOLLOW_ON)


def _section_title(sections, starts: list[int], offset: int) -> str | None:
    """The title of the last section starting at or before ``offset`` (a binary search: sections
    are in text order, and every block asks)."""
    at = bisect_right(starts, offset) - 1
    return sections[at].title if at >= 0 else None


def read_document(text: str, rubric: Rubric, notes: tuple[str, ...] = (), view: str | None = None) -> Document:
    """Split the text into the structure the rules and the report work on."""
    blocks = parse_blocks(text)
    view = markup_view(text) if view is None else view
    sections = sections_of(text, blocks)
    all_sentences: list[Sentence] = []
    items: list[Item] = []
    skip_headings = [h.lower() for h in rubric.profile.table("document").get("non_evidence_headings", [])]
    words = 0
    section_starts = [section.span.start for section in sections]
    for block in blocks:
        sentences = _sentences(view, block)
        if block.kind == "heading":
            continue
        all_sentences.extend(sentences)
        words += sum(1 for s in sentences for t in s.tokens if t.text[:1].isalnum())
        title = _section_title(sections, section_starts, block.span.start)
        if title and any(key in title.lower() for key in skip_headings):
            continue  # plans, goals and the metrics appendix are not evidence items
        if block.kind == "list_item":
            if sentences:
                items.append(Item(f"i{len(items) + 1}", block.span, sentences, "bullet", title))
            continue
        previous_in_block: Item | None = None
        for sentence in sentences:
            if previous_in_block and _is_follow_on(sentence, rubric):
                merged = Item(previous_in_block.id, Span(previous_in_block.span.start, sentence.span.end),
                              previous_in_block.sentences + (sentence,), "prose", title)
                items[-1] = previous_in_block = merged
            elif _is_claim(sentence, view, rubric):
                previous_in_block = Item(f"i{len(items) + 1}", sentence.span, (sentence,), "prose", title)
                items.append(previous_in_block)
    return Document(text=text, blocks=blocks, sections=sections, sentences=tuple(all_sentences),
                    items=tuple(items), words=words, notes=notes)


def read_single_item(text: str) -> Document:
    """The whole text as one item: how the corpus and the drill judge a single answer."""
    view = markup_view(text)
    span = Span(0, len(text))
    stripped = split_sentences(view, span)
    sentences = tuple(Sentence(s, tokenize(view[s.start:s.end], s.start)) for s in stripped)
    if not sentences:
        return Document(text, (), (), (), (), 0)
    item_span = Span(sentences[0].span.start, sentences[-1].span.end)
    item = Item("i1", item_span, sentences, "bullet", None)
    words = sum(1 for s in sentences for t in s.tokens if t.text[:1].isalnum())
    block = Block("paragraph", item_span)
    return Document(text, (block,), (), sentences, (item,), words)
