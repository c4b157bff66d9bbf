"""From a block of text to its sentences and evidence items, read from the block alone.

List items are items. In a paragraph, each claim-bearing sentence (the writer, or "we", doing
something; a verb-first sentence; a number; or, alone, a hedge or a cliche the wording rules
flag) opens an item, and a sentence that carries no action
of the writer's ("This cut churn 12%.", "Renewals rose from 69% to 81%.") joins the item before
it, so a claim and its result are judged together.

Everything here is relative to the block: a block whose text has not changed reads the same
wherever it moves in the draft, which is what lets a :class:`~packetcoach.session.Session` reuse it.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Sequence

from packetcoach.core.model import Block, Item, ItemFormat, Sentence, Span, built
from packetcoach.profile.compile import KIND_GROUP, Rubric
from packetcoach.profile.lexicon import lowered_spans, tokenize_spans
from packetcoach.text.numbers import has_number
from packetcoach.text.structure import RUN_IN_TITLE_RE, split_statements
from packetcoach.text.verbs import read_clause

FOLLOW_ON = (
    ("this",), ("that",), ("it",), ("which",), ("these",), ("those",), ("as", "a", "result"),
    ("the", "result"), ("together",), ("in", "total"), ("overall",), ("the", "change"),
    ("the", "outcome"), ("the", "impact"), ("since", "then"), ("within",), ("by",), ("result",),
)
MIN_CLAIM_WORDS = 4
_new = tuple.__new__  # hot named tuples built with every field, without their __new__ call


def read_sentences(view: str, rubric: Rubric, itemized: bool = True,
                   cells: Sequence[Span] | None = None) -> tuple[Sentence, ...]:
    """The block's sentences with their tokens and the clause each one opens (read once).

    A block read for no items (``itemized`` false: a heading, a section the evidence leaves out)
    opens no clause, and its tokens are made only if asked for (:class:`LazyTokens`). ``cells``,
    a table row's, each hold their own sentences: none runs from one cell into the next."""
    spans = split_statements(view, _new(Span, (0, len(view)))) if cells is None else \
        [span for cell in cells for span in split_statements(view, cell)]
    matches = rubric.lexicon.longest_by_group
    sentences = []
    for span, (tokens, lowers) in zip(spans, (tokenize_spans if itemized else lowered_spans)(view, spans)):
        words = sum(map(_ALNUM, map(_FIRST, lowers)))
        # "**Declines.** Dana saw ...": a label opens no clause
        clause = read_clause(tokens, rubric) if itemized and words > 1 else None
        sentences.append(_new(Sentence, (span, tokens, clause, words, matches(lowers), lowers)))
    return tuple(sentences)


_ALNUM, _FIRST = str.isalnum, itemgetter(slice(None, 1))  # words: tokens opening with a letter or digit, counted in C


def word_count(sentences: tuple[Sentence, ...]) -> int:
    return sum(s.words for s in sentences)


def _is_claim(sentence: Sentence, view: str) -> bool:
    if sentence.words < MIN_CLAIM_WORDS or view[sentence.span.end - 1:sentence.span.end] == "?":
        return False
    if sentence.clause is not None or _raises_objection(sentence):
        return True
    return has_number(view, sentence.span.start, sentence.span.end) or _carries_wording(sentence)


WORDING = ("hedge", "cliche", "inflated")  # the phrase rules' [phrases] groups (rules.toml `mention`)


def read_for_wording(item: Item) -> bool:
    """A paragraph's item opened only by :func:`_carries_wording`: prose with no action verb, no
    number and no objection in any of its sentences (analysis/kinds.py reads it as context unless it
    tells a responsibility; the wording rules flag it whatever its kind)."""
    view = item.view
    return item.format == "prose" and all(
        sentence.clause is None and not _raises_objection(sentence)
        and not has_number(view, sentence.span.start, sentence.span.end) for sentence in item.sentences)


def _carries_wording(sentence: Sentence) -> bool:
    """"I was responsible for the partner reviews.", "Overall, I believe this was a solid year.":
    a sentence with no action verb and no number still opens an item when it holds a phrase the
    wording rules flag, so its hedge or cliche is read (and a responsibility told as a deed is
    judged as the activity it is), not skipped."""
    hits = sentence.hits
    return any(hits.get(group) for group in WORDING)


OBJECTION_CUES = KIND_GROUP + "objection_openers"


def _raises_objection(sentence: Sentence) -> bool:
    """"Some will say ...", "You might ask ...": an objection the writer answers opens an item of
    its own, so the packet reading can count it."""
    return any(match.first < 6 for match in sentence.hits.get(OBJECTION_CUES, ()))


def _is_follow_on(sentence: Sentence) -> bool:
    """A sentence that carries no action of the writer's continues the claim before it."""
    clause = sentence.clause
    if clause is None:
        return True
    if clause.subject != "we":
        return False
    words = tuple(token.lower for token in sentence.tokens[:3])
    return any(words[:len(lead)] == lead for lead in FOLLOW_ON)


def read_items(block: Block, source: str, view: str, sentences: tuple[Sentence, ...],
               section: str | None) -> tuple[Item, ...]:
    """The block's evidence items, before annotation; ids are given when the draft is assembled."""
    if not sentences:
        return ()
    if block.kind in ("list_item", "table_row") or _told_in_lines(sentences, view):
        span = _new(Span, (sentences[0].span.start, sentences[-1].span.end))
        return (built(Item, "", span, sentences, "bullet", section, source, view),)
    titled = _bold_title(source, sentences)
    items: list[Item] = []
    current: list[Sentence] = [sentences[0]] if titled and _is_question(sentences[0], view) else []
    answered = False  # the sentence before was a senior party's ask the writer answers next
    rest = sentences[len(current):]
    for at, sentence in enumerate(rest):
        if answered:
            current.append(sentence)  # "My director wanted ... I showed her ...": the answer carries the ask
            answered = False
        elif _asks_of_writer(sentence) and at + 1 < len(rest) and _writers(rest[at + 1]) \
                and _is_claim(rest[at + 1], view):
            if current and not (titled and len(current) == 1 and current[0] is sentences[0]):
                items.append(_prose(current, section, source, view))
                current = []
            current.append(sentence)  # under its story's title ("**Who disagreed?** Finance wanted ..."), the title's item
            answered = True
        elif current and (_is_follow_on(sentence) or titled and len(current) == 1 and current[0] is sentences[0]):
            current.append(sentence)
        elif _is_claim(sentence, view):
            if current:
                items.append(_prose(current, section, source, view))
            current = [sentence]
            if sentence.clause is None and _carries_wording(sentence) \
                    and not has_number(view, sentence.span.start, sentence.span.end):
                items.append(_prose(current, section, source, view))  # its wording alone: it takes no follow-on
                current = []
    if current:
        items.append(_prose(current, section, source, view))
    return tuple(items)


ASK_WORDS = 5  # how early the senior party must stand: the ask's subject ("Our head of sales wanted ...")
SENIOR, PRESSURE = "senior_party", "pressure"  # the profile's phrase lists (`[phrases]`)


def _asks_of_writer(sentence: Sentence) -> bool:
    """A senior party's ask told in a sentence of its own ("My director wanted the launch moved up to
    March.", "Our CFO asked me to charge for it", "The sales team wanted ..."): a senior party as the
    subject, in the first words, then one of the profile's `pressure` phrases, and no action of the
    writer's or the writer's team. The writer's answer in the next sentence ("I showed her the
    pilot's defect rate and we kept May.") tells the disagreement only with the ask it answers, so
    the two are one item."""
    seniors = sentence.hits.get(SENIOR, ())
    if not seniors or seniors[0].first >= ASK_WORDS:
        return False
    clause = sentence.clause
    if clause is not None and (clause.subject in ("i", "lead")
                               or clause.subject == "we" and clause.index < seniors[0].first):
        return False  # the writer's or the team's own; "The sales team wanted ..." is a senior party's ask
    return any(m.first > seniors[0].last and m.first - seniors[0].last <= ASK_WORDS
               for m in sentence.hits.get(PRESSURE, ()))


def _writers(sentence: Sentence) -> bool:
    """The writer's own action ("I showed her ...", "Instead I ..."), as the sentence's clause reads it."""
    return sentence.clause is not None and sentence.clause.subject in ("i", "lead")


def tells_deed(sentences: tuple[Sentence, ...]) -> bool:
    """A table row's cells tell a deed of the writer's in their first sentence (one the writer opens,
    "I had the booking system print ...", whatever its verb) or, after a senior party's ask, their second ("| Winter storage | The director asked me to ... | I said no ... |")."""
    return bool(sentences) and (_writers(sentences[0]) or sentences[0].tokens[0].lower == "i"
                                or len(sentences) > 1 and _asks_of_writer(sentences[0]) and _writers(sentences[1]))


def answers_ask(item: Item) -> bool:
    """Does the item open with a senior party's ask and the writer's answer to it (:func:`read_items`)?
    The answer is the writer's decision, whose result the paragraph may tell later."""
    sentences = item.sentences
    return len(sentences) > 1 and _asks_of_writer(sentences[0]) and _writers(sentences[1])


def _told_in_lines(sentences: tuple[Sentence, ...], view: str) -> bool:
    """Is the paragraph told line by line, as a slide is (text/structure.py, line_breaks): a
    sentence ends at a line break with no end punctuation. Its lines are one story, read as a
    bullet is: the result on one line keeps the customer and the decision of the lines above."""
    return any(view[before.span.end - 1] not in ".!?\"')”’]" and "\n" in view[before.span.end:after.span.start]
               for before, after in zip(sentences, sentences[1:]))


def _bold_title(source: str, sentences: tuple[Sentence, ...]) -> bool:
    """Does the paragraph open with a bold title that is its whole first sentence ("**Stopped the
    in-house map.** When I joined, ...", "**Did engineering do the hard part?** Engineering built
    ...")? A title that is a claim heads the story told below it, and a question titles its answer:
    the sentence after it joins its item (the story's later claims join as any story's do,
    analysis/joins.py), rather than a four-word item alone or an answer without its question."""
    if len(sentences) < 2 or source[:1] not in "*_ ":
        return False
    title = RUN_IN_TITLE_RE.match(source)
    return title is not None and sentences[0].span.end <= title.end() <= sentences[1].span.start


def titled(item: Item) -> bool:
    """Does the item open its paragraph with a bold title that is its whole first sentence?"""
    return _bold_title(item.source, item.sentences)


def _is_question(sentence: Sentence, view: str) -> bool:
    return view[sentence.span.start:sentence.span.end].rstrip().rstrip("\"'”’)").endswith("?")


def _prose(sentences: list[Sentence], section: str | None, source: str, view: str,
           item_format: ItemFormat = "prose") -> Item:
    """A claim sentence and its follow-ons (a short sentence between them is skipped, not lost:
    the item's span still covers it)."""
    span = _new(Span, (sentences[0].span.start, sentences[-1].span.end))
    return built(Item, "", span, tuple(sentences), item_format, section, source, view)


def single_item(source: str, view: str, rubric: Rubric) -> tuple[tuple[Sentence, ...], tuple[Item, ...]]:
    """The whole text as one item: how the corpus and the drill judge a single answer."""
    sentences = read_sentences(view, rubric)
    if not sentences:
        return (), ()
    return sentences, (_prose(list(sentences), None, source, view, "bullet"),)
