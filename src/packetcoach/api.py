"""The one library call every front end uses: text in, :class:`Report` out.

Analysis is a pipeline of layers: the block reader splits the draft; each text block is read on
its own into a :class:`Passage` (sentences, items, signals, the item and sentence rules' findings,
and the facts the packet reading needs), block-relative; the packet reading, the document rules
and the score combine the passages. A :class:`Reader` keeps passages keyed by their content, so a
:class:`~packetcoach.session.Session` reads again only the blocks an edit touched, and its report
is the one a fresh :func:`analyze` gives.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Read is a named tuple).

from bisect import bisect_right
from functools import partial
from collections import Counter
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import attrgetter, eq, is_not, itemgetter, not_, or_
from typing import Any, NamedTuple

from packetcoach.analysis.annotate import PHRASE_LISTS, Signalled, annotate_item, completed, read_resulted, read_signals
from packetcoach.analysis.digest import HEADING, BlockDigest, block_digest
from packetcoach.analysis.definitions import DraftDefinitions, DraftParties, defined_measures, defined_parties
from packetcoach.analysis.facts import PassageFacts, passage_facts
from packetcoach.analysis.joins import read_joined
from packetcoach.analysis.packet import FoundMemo, PacketView, read_packet
from packetcoach.analysis.scoring import Voices, score_packet
from packetcoach.analysis.verdict import judge
from packetcoach.core.errors import ProfileError, UsageError, closest
from packetcoach.core.ids import item_id
from packetcoach.core.model import Block, Document, Finding, Item, LineIndex, Passage, Span, Voice, built, copied, rebased
from packetcoach.core.report import Report
from packetcoach.profile.compile import Rubric, rubric_for
from packetcoach.rules import engine
from packetcoach.rules.document import PacketContext
from packetcoach.rules.item import PassageContext
from packetcoach.text.blocks import BlocksMemo, Pieces, parse_blocks, parse_blocks_cached, unchanged_tail
from packetcoach.text.items import read_items, read_sentences, single_item, tells_deed, word_count
from packetcoach.text.limits import MAX_CHARACTERS, check_size, counts_after
from packetcoach.text.structure import PartsMemo, document_title, form_questions, join_story_parts, markup_view, sections_of, table_row_view, titled, without_task_box
from packetcoach.text.voice import DraftVoice, draft_voice, first_person_view, section_voices

DEFAULT_PROFILE = "amazon-pm"
DEFAULT_LEVEL = "L6"
DEFAULT_DOC_TYPE = "self-assessment"


_check_size = check_size  # refuse text far larger than any draft before spending seconds on it


def check_options(profile: str, level: str, doc_type: str) -> Rubric:
    """Load the profile and check the level and document type against it; fail fast."""
    rubric = rubric_for(profile)
    ladder = rubric.profile.table("ladder")
    if ladder and level not in ladder:
        raise UsageError("--level", f"unknown level '{level}'", f"the profile knows {', '.join(sorted(ladder))}")
    doc_types = rubric.profile.table("doc_types")
    if doc_types and doc_type not in doc_types:
        raise UsageError("--doc-type", f"unknown document type '{doc_type}'",
                         f"the profile knows {', '.join(sorted(doc_types))}")
    _check_phrase_lists(rubric)
    return rubric


def _check_phrase_lists(rubric: Rubric) -> None:
    """A phrase list nobody reads is a mistake (a typo, or a rule's list without its rule): say so."""
    known = PHRASE_LISTS | engine.phrase_lists()
    for name in rubric.profile.table("phrases"):
        if name not in known:
            close = closest(name, sorted(known))
            hint = f"did you mean '{close}'?" if close else \
                "a new list needs the phrase rule that reads it (docs/rules.md, 'Adding a rule')"
            raise ProfileError(rubric.profile.path, f"unknown phrase list 'phrases.{name}'", hint,
                               rubric.profile.line_of(name))


class Read(NamedTuple):
    """One block as read: the passage, its facts and digest for the packet reading, its rules' findings."""

    passage: Passage
    facts: PassageFacts
    digest: BlockDigest
    findings: tuple[Finding, ...]  # block-relative, as the rules found them
    placed: tuple[Finding, ...] = ()  # the same findings at draft offsets, for where the block now sits


class PlacedMemo:
    """A Session's last placing of its reads (:meth:`Reader._placed`): the reads and blocks it was
    given, by identity, and a checkpoint of what it had made before the block the last edit
    changed. An edit leaves every block before it the same read at the same block (the block
    reader keeps an unmoved piece's blocks, the Reader its reads), and a block's placing depends
    only on it and the item ids before it (a repeated id is renamed by the ones before it), so the
    next placing starts at the checkpoint when the reads and blocks before it are the very ones it
    was made from: what a placing from the top gives, without the loop over the unchanged head."""

    __slots__ = ("found", "checkpoint")

    def __init__(self) -> None:
        self.found: list[tuple[tuple, Read, Block]] = []  # the last draft's (key, read, block) of each block
        # (block, the placed reads before it, the memory, renamed reads and renamed counts so far)
        self.checkpoint: tuple[int, list[Read], dict, dict, dict] | None = None

    def resume(self, found: list[tuple[tuple, Read, Block]]) -> tuple[int, int, list[Read], dict, dict, dict]:
        """Where the placing of ``found`` starts, the block before which it keeps a new checkpoint
        (-1: none, the old one still serves) and the state to go on from (copied: the checkpoint
        may serve the next draft too)."""
        old = self.found
        same = min(len(found), len(old))
        # a read or block not the same object: the change, or a repeated heading, which the Reader
        # and the block reader place anew on every edit and which is placed as before; compared in
        # C, and only as far as the first block that differs (the rest of the draft not gathered)
        for b in compress(count(), map(or_, map(is_not, map(_READ, found), map(_READ, old)),
                                       map(is_not, map(_BLOCK, found), map(_BLOCK, old)))):
            (key, read, block), (old_key, old_read, old_block) = found[b], old[b]
            if block != old_block or read is not old_read and (
                    read.digest is not HEADING or old_read.digest is not HEADING or key != old_key):
                same = b
                break
        self.found = found
        kept = self.checkpoint
        if kept is not None and 0 < kept[0] <= same:
            block, placed, memory, named, seen = kept
            return block, (same if same > block else -1), placed[:], memory.copy(), named.copy(), seen.copy()
        self.checkpoint = None
        return 0, (same if same > 0 else -1), [], {}, {}, {}

    def keep(self, block: int, reads: list[Read], memory: dict, named: dict, seen: dict) -> None:
        self.checkpoint = (block, reads[:], memory.copy(), named.copy(), seen.copy())


class Reader:
    """Reads drafts against one profile, level, document type and rule settings.

    With ``keep=True`` it remembers the blocks of the last draft it read, keyed by their content
    and context; the next read reuses every block that did not change (rebased to where it now
    sits). The blocks a read drops are kept for one more read, so a keystroke taken back, an undo
    or an edit moved from one line to another reads only the block that now differs; memory stays
    the size of about one draft.
    """

    def __init__(self, rubric: Rubric, level: str, doc_type: str,
                 rule_settings: dict[str, dict[str, Any]] | None = None, keep: bool = False,
                 thresholds: dict[str, int] | None = None):
        rubric = with_thresholds(rubric, thresholds) if thresholds else rubric
        self.rubric, self.level, self.doc_type, self.keep = rubric, level, doc_type, keep
        self.base = rubric  # the profile as compiled; each draft adds the measures it defines
        settings = dict(rubric.profile.table("rules")) | dict(rule_settings or {})
        engine.check_settings(rule_settings or {})
        self.passage_rules, self.packet_rules = engine.plan("passage", settings), engine.plan("packet", settings)
        self.memory: dict[tuple, Read] = {}
        self.dropped: dict[tuple, Read] = {}  # the reads the last draft no longer had (the one before held them)
        self.found = FoundMemo() if keep else None  # the packet reading's last pass over the blocks
        self.pieces: Pieces = {}  # the block reader's pieces of the last draft
        self.dropped_pieces: Pieces = {}  # and those the last draft dropped, for one more read
        self.pieces_memo = BlocksMemo()  # and its pieces in draft order
        self.definitions = DraftDefinitions(rubric)  # the measures the last draft's lines define
        self.parties = DraftParties(rubric)  # where the last draft's lines hold a word that defines a party
        self.voices = DraftVoice(rubric)  # whose deeds the last draft's lines tell
        # the last draft's renamed reads: (id of the read as remembered, occurrence) -> (that read,
        # renamed and placed, its items' ids)
        self.named: dict[tuple[int, int], tuple[Read, Read, list[str]]] = {}
        self.ids: list[str] | None = None  # the last draft's item ids, before renaming
        self.unique: tuple[set[int], list[str]] | None = None  # what _unique_ids made of them
        self.placing = PlacedMemo() if keep else None  # the last draft's placing of its reads
        # the last draft's text, blocks, what their keys depended on besides each block, and the keys
        self.keys: tuple[str, tuple[Block, ...], tuple, list[tuple]] | None = None
        self.pending: tuple[str, tuple[Block, ...], tuple, list[tuple]] | None = None
        self.changed: list[tuple] | None = None  # the last draft's keys of the blocks this one changed
        self.story_parts = PartsMemo(self.pieces_memo) if keep else None  # the last draft's labelled story parts
        # the last draft's text and its characters' counts that bound its size (text/limits.ascii_counts)
        self.size: tuple[str, tuple[int, int, int]] | None = None

    def read(self, text: str, source: str = "-", notes: tuple[str, ...] = ()) -> Report:
        lines = None
        if self.keep and len(text) <= MAX_CHARACTERS:  # the line memos below share one split, of the lines the change touched
            memo = self.pieces_memo
            memo.change(text)
            # the size checked from the counts of the characters the change touched
            last, known = self.size, memo.suffix
            counts = counts_after(text, last if last is not None and known is not None and known[0] is last[0]
                                  and known[1] is text else None, memo.changed, memo.shared)
            self.size = (text, counts) if counts is not None else None
            _check_size(text, source, counts)
            lines = memo.lines_of(text)
        else:
            _check_size(text, source)
        # a measure the draft defines keeps its meaning
        defined = self.definitions.read(text, lines) if self.keep else defined_measures(text, self.base)
        # and a served party it defines is served everywhere
        parties = self.parties.read(text, lines) if self.keep else defined_parties(text, self.base)
        self.rubric = self.base._replace(defined_measures=defined, defined_parties=parties) \
            if defined or parties else self.base
        blocks = parse_blocks_cached(text, self.pieces, self.dropped_pieces, self.pieces_memo) if self.keep else parse_blocks(text)
        blocks = join_story_parts(text, blocks, self.base.story_part_labels, self.story_parts)  # a STAR story is read whole
        blocks = form_questions(text, blocks)  # the review form's questions head their answers
        # which blocks are headings and which hold text, asked once of the draft's blocks (by the
        # sections, the word count and the packet view), each in C
        headed = list(map(eq, map(_BLOCK_KIND, blocks), repeat("heading")))
        texts = list(map(not_, headed))
        sections = sections_of(text, blocks, headed)
        opens = titled(blocks, sections)  # does the draft open with its title: asked by the keys and the reading
        # a manager's third-person draft is read as the candidate's
        voice = self.voices.read(text) if self.keep else draft_voice(text, self.base)
        found = self._passages(text, blocks, sections, voice, section_voices(text, sections, voice, self.base), opens)
        # the draft-wide lists below are gathered with map and chain, in C: a Session builds them on
        # every edit, from every block
        items = list(map(_ITEMS, map(_PASSAGE, map(_READ, found))))  # each block's, for the ids and the renaming
        reads = self._placed(found, self._unique(list(map(_ID, chain.from_iterable(items)))), items)
        if self.keep:
            self.keys = self.pending
        passages = tuple(map(_PASSAGE, reads))
        words = sum(map(_WORDS, compress(passages, texts)))  # a passage per block
        document = Document(text, blocks, sections, passages, tuple(chain.from_iterable(map(_ITEMS, passages))),
                            words, notes, voice)
        return self._report(document, reads, source, notes, opens, texts)

    def _unique(self, ids: list[str]) -> tuple[set[int], list[str]] | None:
        """:func:`_unique_ids`, kept for the next draft: most edits leave every item's opening words,
        and so the ids, as they were (the list compared in C)."""
        if not self.keep:
            return _unique_ids(ids)
        if ids != self.ids:
            self.ids, self.unique = ids, _unique_ids(ids)
        return self.unique

    def _passages(self, text: str, blocks: tuple[Block, ...], sections, voice: Voice | None,
                  voices: tuple[Voice | None, ...] | None, opens: bool | None = None) -> list[tuple[tuple, Read, Block]]:
        """Each block's key, its read (reused when known, wherever it was read) and the block.
        ``voices`` are the sections' own where the draft says who speaks in them, else None."""
        found: list[tuple[tuple, Read, Block]] = []
        fresh: dict[tuple, Read] = {}
        titles = iter(sections)
        section = next(titles, None)
        upcoming = next(titles, None)
        spoken = iter(voices) if voices is not None else None
        told = voice  # the draft's own: a manager's document's candidate, whom the rules' words name
        if spoken is not None:
            voice = next(spoken, voice)
        memory, dropped = self.memory, self.dropped
        defined = (self.rubric.defined_measures, self.rubric.defined_parties)
        named = document_title(blocks, sections, opens)
        title = section.title if section and section is not named else None
        never = len(text) + 1
        turn = upcoming.span.start if upcoming is not None else never  # where the next section starts
        head, tail, keys = 0, len(blocks), None
        if self.keep:
            # what every block's key depends on besides its own kind, level and text
            context = (tuple(map(_TITLE, sections)), voices, named is None, defined, told)
            last = self.keys
            if last is not None:
                head, tail = _unchanged(text, blocks, context, last, self.pieces_memo)
                keys = last[3]
        for block in islice(blocks, head, tail):
            kind, (start, end), level = block
            if turn <= start:  # the section changes only at a heading: its title is worked out then
                while upcoming is not None and upcoming.span.start <= start:
                    section, upcoming = upcoming, next(titles, None)
                    if spoken is not None:
                        voice = next(spoken, voice)
                title = section.title if section and section is not named else None
                turn = upcoming.span.start if upcoming is not None else never
            source = text[start:end]
            key = (kind, level, title, source, defined, voice, told is not None and voice == told)
            read = memory.get(key)  # one lookup for a block the last draft had (most of them)
            if read is None:  # new here, or a second copy of a block new here, or back as before
                read = fresh.get(key) or dropped.get(key)
                if read is None:
                    read = fresh[key] = self._read_block(block, source, title, voice, key[-1])
            found.append((key, read, block))
        # the last draft's keys this one may have dropped: those of the blocks it changed (all, unknown)
        self.changed = (keys[head:tail] if tail < len(blocks) else keys[head:]) if keys is not None else None
        if keys is not None and (head or tail < len(blocks)):
            # the blocks before and after the change: their keys as last time, their reads those the
            # last draft left in memory (a fresh look-up of the same key finds the same), zipped in C
            before, after = keys[:head], keys[tail:] if tail < len(blocks) else []
            found[:0] = zip(before, map(memory.__getitem__, before), blocks[:head])
            found += zip(after, map(memory.__getitem__, after), blocks[tail:])
        if self.keep:  # kept once the reads are placed (:meth:`read`): the keys then name reads in memory
            self.pending = (text, blocks, context, list(map(_KEY, found)))
        return found

    def _placed(self, found: list[tuple[tuple, Read, Block]], unique: tuple[set[int], list[str]] | None,
                items: list[tuple[Item, ...]] | None = None) -> list[Read]:
        """The reads where their blocks now sit, with items renamed where two had the same id.

        ``unique`` is None when every item's id is already unique (the usual draft), else the
        positions in the draft's items of those renamed and every item's unique id. Renaming comes
        before moving, so a Session that meets a renamed block again (its text unchanged, moved or
        not by an edit above it) takes the last draft's renamed read and at most moves it; the
        renamed items are built only when the last draft's read does not already carry those ids.
        A renamed block is remembered as read, before renaming: renaming depends on the rest of the
        draft.
        """
        memo = self.placing
        start, snap, reads, memory, named, seen = memo.resume(found) if memo is not None else (0, -1, [], {}, {}, {})
        if unique is None:  # the usual draft: no two items open with the same words
            return self._kept(found, start, snap, reads, memory)
        renamed, ids = unique
        known = self.named if self.keep else {}
        if items is None:  # each block's items (``items``, when the caller has them)
            items = list(map(_ITEMS, map(_PASSAGE, map(_READ, found))))
        ends = list(accumulate(map(len, items)))  # each block's items end here
        owners = {bisect_right(ends, position) for position in renamed}  # the blocks holding a renamed item
        for b in range(start, len(found)):
            if b == snap:
                memo.keep(b, reads, memory, named, seen)  # type: ignore[union-attr]
            key, read, block = found[b]
            if b not in owners:  # most blocks: kept as in :meth:`_kept`
                final = read if read.passage.block.span == block.span else _moved(read, block)
                memory[key] = final
            else:
                count = len(read.passage.items)
                at = ends[b] - count
                occurrence = (id(read), seen.get(id(read), 0))
                seen[id(read)] = occurrence[1] + 1
                last = known.get(occurrence)
                new_ids = ids[at:at + count]
                if last is not None and last[0] is read and last[2] == new_ids:
                    final = last[1]
                else:
                    final = _renamed(read, new_ids)
                if final.passage.block.span != block.span:
                    final = _moved(final, block)
                named[occurrence] = (read, final, new_ids)
                memory.setdefault(key, read)
            reads.append(final)
        if self.keep:
            self._remember(memory, named)
        return reads

    def _kept(self, found: list[tuple[tuple, Read, Block]], start: int = 0, snap: int = -1,
              reads: list[Read] | None = None, memory: dict[tuple, Read] | None = None) -> list[Read]:
        """:meth:`_placed` when no item is renamed: each read where its block now sits (one loop
        without the renaming's bookkeeping, which a Session would otherwise pay on every block of
        every edit), from block ``start`` on (the reads and memory before it restored)."""
        if reads is None or memory is None:
            reads, memory = [], {}
        for b in range(start, len(found)):
            if b == snap:
                self.placing.keep(b, reads, memory, {}, {})  # type: ignore[union-attr]
            key, read, block = found[b]
            if read.passage.block.span != block.span:
                read = _moved(read, block)
            memory[key] = read
            reads.append(read)
        if self.keep:
            self._remember(memory, {})
        return reads

    def _remember(self, memory: dict[tuple, Read], named: dict[tuple[int, int], tuple[Read, Read, list[str]]]) -> None:
        """Keep this draft's reads for the next, and those of the last draft it dropped for one read
        more: of the keys of the blocks the edit changed (usually one; the blocks before and after it
        have the last draft's keys), those this draft does not have; else a set difference in C."""
        last, changed = self.memory, self.changed
        if changed is None:
            self.dropped = {key: last[key] for key in last.keys() - memory.keys()}
        else:
            self.dropped = {key: last[key] for key in changed if key not in memory}
        self.memory, self.named = memory, named

    def _read_block(self, block: Block, source: str, section: str | None, voice: Voice | None,
                    addressed: bool = False) -> Read:
        """One block read on its own; ``addressed`` when it is told in a manager's document's voice,
        whose rules then name the candidate ("which led Priya to ...")."""
        view = markup_view(source)
        if block.kind == "list_item":
            view = without_task_box(view)  # "- [x] Launched ...": the box is markup, the item starts after it
        plain = ""
        if voice is not None:  # the candidate of a third-person draft read as the writer; quoted as written
            plain, view = view, first_person_view(view, voice, self.base)
        itemized = block.kind != "heading" and not self.rubric.outside_evidence(section)
        cells = None
        if block.kind == "table_row":
            view, cells = table_row_view(view, self.rubric.threshold("table_story_words", 7),
                                         self.rubric.threshold("table_lead_cells", 2))
        sentences = read_sentences(view, self.rubric, itemized, cells)
        if block.kind == "table_row" and not (itemized and tells_deed(sentences)):
            view, sentences = " " * len(view), ()  # a row of figures, or cells that tell no deed of the writer's
        local = _new(Block, (block.kind, _new(Span, (0, len(source))), block.level))
        items: tuple[Item, ...] = ()
        if itemized:
            raw = read_items(local, source, view, sentences, section)
            if plain:
                raw = tuple([rebased(item, plain=plain) for item in raw])
            signals = partial(_item_signals, base=block.span.start, rubric=self.rubric)
            if block.kind == "paragraph" and len(raw) > 1:  # its claims may be one story
                items = read_joined(raw, signals, self.rubric, named=True,
                                    read_resulted=partial(_item_resulted, base=block.span.start, rubric=self.rubric))
            else:
                items = tuple([completed(signals(item), self.rubric, named=True) for item in raw])
        passage = built(Passage, block, source, view, section, sentences, items, word_count(sentences), plain)
        facts = passage_facts(passage, self.rubric)
        # in the report's order (by place, then rule; moving the block keeps it), so that the draft's
        # blocks' findings, one after another, are in that order too
        findings = () if block.kind == "heading" or block.kind == "table_row" and not sentences else tuple(sorted(
            engine.run(self.passage_rules, built(PassageContext, passage, self.rubric, voice if addressed else None)),
            key=_BY_PLACE))
        return _new(Read, (passage, facts, block_digest(passage, self.rubric, self.level), findings, _placed(findings, block)))

    def _report(self, document: Document, reads: list[Read], source: str, notes: tuple[str, ...],
                opens: bool | None = None, texts: list[bool] | None = None) -> Report:
        view = PacketView(document.items, tuple(zip(document.passages, map(_FACTS, reads))),
                          tuple(map(_DIGEST, reads)))
        # its text blocks, picked by the kinds of the draft's blocks (the same, in the same order),
        # taken by index: what PacketView.passages works out from each passage's block
        view.__dict__["passages"] = tuple(compress(view.blocks, map("heading".__ne__, map(_BLOCK_KIND, document.blocks))
                                                   if texts is None else texts))
        # and whether the draft opens with its title, from them too
        view.__dict__["titled"] = titled(document.blocks, document.sections) if opens is None else opens
        reading = read_packet(view, self.rubric, self.level, self.found)
        context = PacketContext(document, view, reading, self.rubric, self.level, self.doc_type)
        # the blocks' findings, each block's in order and the blocks in draft order, are in order; the
        # document's few are put in place among them (after those of the same place and rule, as a
        # stable sort of them all puts them)
        findings = list(chain.from_iterable(map(_PLACED, reads)))
        at = 0
        for finding in sorted(engine.run(self.packet_rules, context), key=_BY_PLACE):
            at = bisect_right(findings, _BY_PLACE(finding), at, key=_BY_PLACE)
            findings.insert(at, finding)
            at += 1
        first = document.blocks[0].span.start if document.blocks else 0
        findings, applied = engine.suppress(findings, document.text, first, _line_of(document.text))
        score = score_packet(document.items, reading, document.words, self.rubric, self.level, self.doc_type,
                             Voices.total(map(_VOICES, map(_DIGEST, reads))))
        return Report(source=source, profile=self.rubric.profile.name, level=self.level, doc_type=self.doc_type,
                      document=document, findings=tuple(findings), score=score, reading=reading,
                      rubric=self.rubric, notes=notes, suppressions=applied, judge=judge)


_BY_PLACE = attrgetter("span.start", "rule")  # findings in draft order, then by rule
_READ, _ID, _ITEMS, _WORDS = itemgetter(1), attrgetter("id"), attrgetter("items"), attrgetter("words")
_KEY, _BLOCK, _BLOCK_KIND = itemgetter(0), itemgetter(2), itemgetter(0)
_TITLE = attrgetter("title")
# a read's fields by their index (a named tuple's field read by name looks it up on the type first):
# a Session maps them over every block on every edit
_PASSAGE, _FACTS, _DIGEST, _PLACED = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(4)
_VOICES = itemgetter(BlockDigest._fields.index("voices"))  # of a digest


def _unchanged(text: str, blocks: tuple[Block, ...], context: tuple,
               last: tuple[str, tuple[Block, ...], tuple, list[tuple]], memo: BlocksMemo | None = None) -> tuple[int, int]:
    """The blocks of ``text`` whose keys are the last draft's: those before the first that is not the
    very block the last draft had (the block reader keeps a block whose piece neither changed nor
    moved), and those after the change (:func:`~packetcoach.text.blocks.unchanged_tail`). Both need
    the same number of blocks and the same sections, voices, definitions and speaker (what a key
    takes from outside its block). Returns (first changed, first after the change); (0,
    len(blocks)) when nothing is known to be the same."""
    old_text, old, old_context, _ = last
    n = len(blocks)
    if len(old) != n or context != old_context:
        return 0, n
    head = next(compress(count(), map(is_not, blocks, old)), n)
    return head, unchanged_tail(text, blocks, old_text, old, head, memo)


def _line_of(text: str):
    """Offset -> 1-based line, indexing the text's lines on first use: only a draft with
    suppression comments asks, and most drafts have none."""
    lines: list[LineIndex] = []

    def line_of(at: int) -> int:
        if not lines:
            lines.append(LineIndex(text))
        return lines[0].line_col(at)[0]
    return line_of


def _item_signals(item: Item, base: int, rubric: Rubric) -> Signalled:
    return read_signals(item, rubric, base)  # placed as it is read; named when kept (annotate.completed)


def _item_resulted(item: Item, base: int, rubric: Rubric) -> Signalled | None:
    return read_resulted(item, rubric, base)  # a story the joiner tries: None where it has no result


def _moved(read: Read, block: Block) -> Read:
    """The read of a block that now sits at ``block``: the same objects, rebased (each item's state
    copied with its new base in one dictionary display, without :func:`rebased`'s keyword call: a
    Session moves every item below an edit)."""
    base = block[1][0]
    passage, facts, digest, findings, _ = read
    state = {**passage.__dict__, "block": block}
    items = state["items"]
    if len(items) == 1:  # most blocks hold one item: no comprehension's frame for it
        moved = _object_new(Item)
        _set(moved, "__dict__", {**items[0].__dict__, "base": base})
        state["items"] = (moved,)
    elif items:
        state["items"] = tuple([_copy(Item, {**item.__dict__, "base": base}) for item in items])
    passage = _object_new(Passage)
    _set(passage, "__dict__", state)
    return _new(Read, (passage, facts, digest, findings, _placed(findings, block) if findings else ()))


_new = tuple.__new__  # a Session moves every block below an edit: no named-tuple __new__ call per block
_copy = copied
_object_new, _set = object.__new__, object.__setattr__  # :func:`copied`, written out where a Session moves blocks


def _placed(findings: tuple[Finding, ...], block: Block) -> tuple[Finding, ...]:
    """The block-relative findings at draft offsets, where the block now sits."""
    if not findings:
        return ()
    base = block.span.start
    if not base:
        return findings
    # each finding's span shifted, built field by field with tuple.__new__ (as Finding.moved does) in
    # one comprehension: a Session places every finding of every block below an edit
    return tuple([_new(Finding, (rule, name, severity, message, _new(Span, (start + base, end + base)),
                                 suggestion, item, rationale, scope))
                  for rule, name, severity, message, (start, end), suggestion, item, rationale, scope in findings])


def _unique_ids(ids: list[str]) -> tuple[set[int], list[str]] | None:
    """None when the draft's item ids are unique (the common case); else the positions of the
    items renamed and every item's unique id: the second item opening with the same words gets
    "-2", the third "-3", in draft order. Only ids: the renamed items themselves are built where a
    block needs them (:func:`_renamed`), and a Session mostly reuses last draft's."""
    if len(set(ids)) == len(ids):
        return None
    counts = Counter(ids)  # counted in C; only the positions of repeated ids are visited below
    repeated = set(compress(counts, map((1).__lt__, counts.values())))
    seen: dict[str, int] = {}
    renamed: set[int] = set()
    unique = list(ids)
    for position in compress(range(len(ids)), map(repeated.__contains__, ids)):
        name = ids[position]
        occurrence = seen[name] = seen.get(name, 0) + 1
        if occurrence > 1:
            unique[position] = f"{name}-{occurrence}"
            renamed.add(position)
    return renamed, unique


def _renamed(read: Read, ids: list[str]) -> Read:
    """The read with its items renamed (rare: two items of the draft with the same text), and
    their findings with them."""
    old = read.passage.items
    items = tuple([item if item.id == name else rebased(item, id=name) for item, name in zip(old, ids)])
    renames = {a.id: b.id for a, b in zip(old, items) if a is not b}
    return read._replace(passage=rebased(read.passage, items=items),
                         findings=_named(read.findings, renames), placed=_named(read.placed, renames))


def _named(findings: tuple[Finding, ...], ids: dict[str, str]) -> tuple[Finding, ...]:
    """The findings with their items' new ids."""
    # each renamed finding built with tuple.__new__ (``_replace`` is a Python call through ``_make``)
    return tuple([_new(Finding, (*f[:_ITEM_FIELD], ids[f.item], *f[_ITEM_FIELD + 1:])) if f.item in ids else f
                  for f in findings])


_ITEM_FIELD = Finding._fields.index("item")


def with_thresholds(rubric: Rubric, thresholds: dict[str, int]) -> Rubric:
    """The same compiled profile, reading these threshold values instead of the profile's own."""
    profile = rubric.profile
    merged = {**profile.data.get("thresholds", {}), **thresholds}
    return rubric._replace(profile=profile._replace(data={**profile.data, "thresholds": merged}),
                   thresholds={key: int(value) for key, value in merged.items()})


def analyze(text: str, profile: str = DEFAULT_PROFILE, level: str = DEFAULT_LEVEL,
            doc_type: str = DEFAULT_DOC_TYPE, source: str = "-", notes: tuple[str, ...] = (),
            rule_settings: dict | None = None, thresholds: dict[str, int] | None = None) -> Report:
    """Analyse a draft against a profile (a built-in name or the path of a profile file).

    ``rule_settings`` switches rules off or re-grades them, and ``thresholds`` replaces values of
    the profile's ``[thresholds]`` table (both from a project's configuration file).
    """
    rubric = check_options(profile, level, doc_type)
    return Reader(rubric, level, doc_type, rule_settings, thresholds=thresholds).read(text, source, notes)


def check_item(text: str, profile: str = DEFAULT_PROFILE,
               rule_settings: dict | None = None) -> tuple[Item | None, list[Finding]]:
    """One evidence item on its own (the corpus, the drill, a rule's examples): the whole text
    read as one item, with the item and sentence rules' findings on it."""
    rubric = rubric_for(profile)
    view = markup_view(text)
    sentences, items = single_item(text, view, rubric)
    if not items:
        return None, []
    item = annotate_item(rebased(items[0], id=item_id(text)), rubric)
    passage = Passage(Block("list_item", Span(0, len(text))), text, view, None, sentences, (item,),
                      word_count(sentences))
    settings = dict(rubric.profile.table("rules")) | dict(rule_settings or {})
    return item, engine.run(engine.plan("passage", settings), PassageContext(passage, rubric))


def analyze_item(text: str, profile: str = DEFAULT_PROFILE, voice: Voice | None = None) -> Item | None:
    """One evidence item on its own, annotated (no rules run); with a manager's document's ``voice``
    (a drill's answer about the candidate), read with the candidate as "I", as the draft is."""
    rubric = rubric_for(profile)
    parties = defined_parties(text, rubric)  # a party the item itself defines is served in it, as in a draft
    if parties:
        rubric = rubric._replace(defined_parties=parties)
    view = markup_view(text)
    if voice is not None:
        view = first_person_view(view, voice, rubric)
    _, items = single_item(text, view, rubric)
    return annotate_item(rebased(items[0], id=item_id(text)), rubric) if items else None
