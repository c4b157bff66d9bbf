"""The sentences for the room: one per major outcome, in the writer's own words (SPEC 2.20: "prepare
one sentence for each major outcome"), and the retell sentence a manager can repeat (SPEC 2.16).

A story told across several lines (the decision in one paragraph, the result two lines later) is
merged into one sentence: the writer's own decision sentence and the sentence with the story's best
result, joined by a semicolon. Both are whole sentences of the draft, copied with their markup and
bold lead-in labels ("**Result.**") removed, so every number, customer and result they state stays,
and the no-invention check (coach/noinvent.py) holds by construction and is run on every sentence.

The retell sentence is the strongest story's sentence in one voice, the way a manager says it:
"[Name] already operates at L6: they convinced ..." ("I" becomes "they", "my" "their"), never built
on a hedge or an engineering verb. Beside a verdict that reads the draft below its level (or cannot
judge it yet) it argues the level instead of asserting it: "The case for [Name] at L6: they ...",
so the report never says "Reads below L6" and "already operates at L6" on one page.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (RoomSentence is a named tuple).
import re
from typing import NamedTuple

from packetcoach.analysis.facts import claims_level, writer_decided
from packetcoach.analysis.measures import TIME_UNITS, asked_in, bound_in, bound_metric, exposure_in, found_in, token_index
from packetcoach.analysis.misses import sentence_tells_a_miss
from packetcoach.analysis.stories import (Story, is_measured_change, is_own_decision, is_title, strongest_first, told_stories,
                                          undone_at)
from packetcoach.coach.noinvent import invented
from packetcoach.coach.wording import rehearsal_data
from packetcoach.core.model import Item, LineIndex, Mention, Sentence
from packetcoach.core.report import Report
from packetcoach.profile.compile import Rubric, derived
from packetcoach.profile.lexicon import PhraseMatcher, tokenize
from packetcoach.text.structure import markup_view
from packetcoach.text.verbs import leading_verb, looks_past, verb_at, verb_class
from packetcoach.text.voice import outside_quotes, said_by_another
from packetcoach.core.regexes import compiled, on_first_use

LABEL_RE = compiled(r"^\s*(?:\*\*|__)[^*_\n]{1,40}?(?:\*\*|__)\s*[.:]?\s+|^[^*\n]{1,40}?[.:]\*\*\s+")
LEAD_IN = r"^(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*:\s+(?=\S)"  # "My strongest result: "
LEAD_IN_RE = on_first_use(LEAD_IN)
RUN_ON_RE = compiled(r"(?<=\d)\.\s+(?=[A-Z])")  # a sentence end the splitter took for an initial
QUOTES = frozenset("\"“”'‘’")
FALLBACK_VERBS = frozenset("fell fallen rose risen reached climbed jumped shrank shrunk declined grown is are was were".split())
# "our" stays: the company's sellers, shelves and customers are the manager's too ("our sellers'
# conversion rose", never "their sellers'"), as calibrate/voice.py's third person already keeps it.
# So do "us" and "ours", the company as the object: "subscribers who would otherwise have left us",
# "a licence that cost us $2.4M a year", "advertisers who had never bought from us" are said so by
# the manager too; "left them", "cost them" would tell of the writer (p36, p87, p104, p363, p463).
FIRST_PERSON = {"i": "they", "my": "their", "me": "them", "myself": "themselves", "mine": "theirs",
                "we": "they", "ourselves": "themselves",
                "i'm": "they're", "i’m": "they’re", "i've": "they've", "i’ve": "they’ve", "i'd": "they'd",
                "i’d": "they’d", "i'll": "they'll", "i’ll": "they’ll"}
AFTER_I = {"am": "are", "was": "were", "'m": "are"}
PERSON = (r"(?<![\w-])(I(?:['’](?:m|ve|d|ll))?|[Mm]y|[Mm]e|[Mm]yself|[Mm]ine|[Ww]e|"
          r"[Oo]urselves)(?![\w-])(\s+(?:am|was)\b)?")  # not inside a name ("Share-my-trip"); compiled when first used
PERSON_RE = on_first_use(PERSON)
SINGULAR_RE = on_first_use(r"(?<![\w-])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]y|[Mm]e|[Mm]yself|[Mm]ine)(?![\w-])")  # the writer alone
MAX_WORDS = 55
MAX_SENTENCES = 5


class RoomSentence(NamedTuple):
    """One major outcome as one sentence, and where its words come from."""

    rank: int  # 0 for the strongest story
    text: str
    items: tuple[str, ...]
    lines: tuple[int, ...]
    title: str | None
    merged: bool  # built from more than one sentence of the draft
    asked: str = ""  # the ask it answers, told before it ("The CFO asked us to ..."): not the story's result


SPACE_INSIDE = r"(?<=\()\s+|\s+(?=[),.;:!?])"  # compiled when first used
SPACE_INSIDE_RE = on_first_use(SPACE_INSIDE)


def sentence_text(item: Item, sentence: Sentence) -> str:
    """A sentence of the draft as the room would hear it: no markup, no bold lead-in label."""
    raw = item.source[sentence.span.start:sentence.span.end]
    raw = LABEL_RE.sub("", raw, count=1)
    text = " ".join(markup_view(raw).replace("[", "(").replace("]", ")").split())
    text = SPACE_INSIDE_RE().sub("", text)  # "(see PR )", where a link's address was, reads "(see PR)"
    text = RUN_ON_RE.split(text, maxsplit=1)[0]
    if text[:1] in QUOTES and text.rstrip(".")[-1:] in QUOTES:  # the manager's line, quoted
        text = text.rstrip(".")[1:-1].strip()
    lead_in = LEAD_IN_RE().match(text)
    if lead_in:
        label = lead_in.group().rstrip(": ").split()
        rest = text[lead_in.end():]
        if rest[:1].isupper() or rest.startswith("I ") or all(w[:1].isupper() for w in label):
            text = rest[:1].upper() + rest[1:]
    return text


def _sentence_at(item: Item, offset: int | None) -> Sentence | None:
    if offset is None:
        return item.sentences[0] if item.sentences else None
    return next((s for s in item.sentences if s.span.start <= offset < s.span.end), None)


def _hedged(item: Item, sentence: Sentence) -> bool:
    return any(m.kind == "hedge" and sentence.span.start <= m.span.start < sentence.span.end for m in item.mentions)


def _decision(story: Story, result: Item, rubric: Rubric) -> tuple[Item, Sentence] | None:
    """The writer's own decision sentence for a result: in the result's own item when the writer
    acted there (the story's other calls are stories of their own), else the call of an item with
    no measured result of its own, in the result's paragraph or a block before it (the decision told
    a paragraph before its result; a call in a bullet or a paragraph after it, "Started planning
    next year ..." below the result's bullet, decided something else); a product verb first, never a
    hedge or an engineering verb."""
    if _own_call(result):
        sentence = _call_sentence(result, rubric)
        return (result, sentence) if sentence is not None else None
    ranked = sorted((i for i in story.items if _own_call(i) and not is_measured_change(i)
                     and (i.base == result.base or i.start < result.start)),
                    key=lambda i: (i.action.verb_class != "pm", -(i.facts.impact if i.facts else 0.0)))
    for item in ranked:
        sentence = _call_sentence(item, rubric)
        if sentence is not None:
            return item, sentence
    return None


def _own_call(item: Item) -> bool:
    return is_own_decision(item) and not item.signals.technical_lead


def _call_sentence(item: Item, rubric: Rubric) -> Sentence | None:
    """The item's sentence where the writer decides ("I decided to retry ..."), else the one with
    their own product call ("I persuaded the VP ..."), else its first sentence with the writer as
    subject; never a hedged one, nor a scene set by others ("Shoppers told us ..."). What the
    writer found on the way ("Read 400 tickets and found ...") is the groundwork, not the call."""
    own = [sentence for sentence in item.sentences if sentence.clause is not None
           and sentence.clause.subject in ("i", "lead") and not _hedged(item, sentence) and not is_title(item, sentence)]
    for sentence in own:
        if writer_decided(tuple(token.lower for token in sentence.tokens), rubric.decision_frames):
            return sentence
    calls = [sentence for sentence in own if _makes_a_call(sentence, rubric)]
    for sentence in calls:  # "I found that most misses ...", then "I proposed ...": the proposal is the call
        if not _finds(sentence, rubric) and not _researched(sentence, rubric):
            return sentence
    return calls[0] if calls else own[0] if own else None


def _finds(sentence: Sentence, rubric: Rubric) -> bool:
    """Does the writer's clause tell what they found ("I found that ...", the profile's
    ``kinds.findings``) rather than what they chose, or the verb joined to it by "and" ("I pulled
    six months of trip logs myself and found that 40% ...": research and its finding)?"""
    if sentence.clause is None:
        return False
    at = sentence.clause.index
    lowers = sentence.lowers
    starts = [at] + [index + 1 for index in range(at, len(lowers) - 1) if lowers[index] == "and"]
    for start in starts:
        words = tuple(lowers[start:start + 3])
        if any(words[:len(phrase)] == phrase or words[1:1 + len(phrase)] == phrase for phrase in rubric.findings):
            return True
    return False


def _researched(sentence: Sentence, rubric: Rubric) -> bool:
    """Does the writer's clause open with research told as effort ("In March I interviewed 24
    commuters and read six months of complaints", a verb of the profile's `verbs.activity`)? Like a
    finding, it is the groundwork of the call told after it ("I proposed deck reservations ...")."""
    return sentence.clause is not None and sentence.clause.lemma in rubric.activity_verbs


def _makes_a_call(sentence: Sentence, rubric: Rubric) -> bool:
    """The writer's verb, or one joined to it by "and", is a product verb ("I wrote the case ...,
    and persuaded the VP")."""
    tokens = sentence.tokens
    if sentence.clause is None:
        return False
    starts = [sentence.clause.index] + [index + 1 for index in range(sentence.clause.index, len(tokens) - 1)
                                        if tokens[index].lower in COORDINATORS]
    for start in starts:
        found = verb_at(tokens, start, rubric)
        if found is not None and found[0] <= start + 1 and verb_class(tokens, found[0], found[1], rubric) == "pm":
            return True
    return False


COORDINATORS = frozenset({"and", "then"})


def _has_verb(item: Item, sentence: Sentence, rubric: Rubric) -> bool:
    """A sentence, not a fragment ("refunds in one day; satisfaction from 71 to 84"): a verb the
    profile knows, or one of its `verbs.results` ("now carries a third of the unit's revenue"), or a
    regular past tense right after the writer ("I arranged a discount ...", "we renegotiated ..."),
    which the profile need not list."""
    words = [t.lower for t in tokenize(sentence_text(item, sentence))]  # the label is not the sentence
    verbs = rubric.verb_lemma
    return any((w in verbs or w in rubric.result_verbs) and not w.endswith("ing") or w in FALLBACK_VERBS
               for w in words) \
        or any(w in WRITERS and looks_past(after) for w, after in zip(words, words[1:]))


WRITERS = frozenset(("i", "we"))


def _measure(item: Item, sentence: Sentence, rubric: Rubric) -> float:
    """The sentence's strongest measure: before and after 3, money 2, a percentage 1.5, another
    number 0; -1 with none the room could take as a result."""
    prices = rubric.price_terms
    inside = [m for m in item.metrics if sentence.span.start <= m.span.start < sentence.span.end
              and not asked_in(sentence, m)  # a senior party's ask is no result to offer the room
              and not (prices and _priced(item, m, prices))  # nor a price, a fee or a budget
              and not found_in(sentence, m, rubric)  # nor what the writer found: the case for the call
              and not exposure_in(item, sentence, m, rubric)  # nor how many the launch reached
              and not bound_in(sentence, m, rubric)]  # nor the amount a rule applies under ("disputes under $20")
    if not inside:
        return -1.0
    return max(3.0 * (m.detail == "range") + 2.0 * (m.kind == "currency") + 1.5 * m.text.rstrip().endswith("%")
               for m in inside)


def _priced(item: Item, metric: Mention, terms: tuple[str, ...]) -> bool:
    """Is the figure a price, a fee or a budget, told right after one of the profile's
    ``document.price_terms`` ("a flat $4 fee per loan", "with a pilot budget of £60,000", "the
    vendor was pitching at $300,000 a year")? What was
    charged, asked or set aside is the deed's term or the case against another's, never the result
    the room repeats."""
    before = " ".join(item.view[max(0, metric.span.start - 40):metric.span.start].lower().split())
    return any(before == term or before.endswith(" " + term) for term in terms)


def _rank(item: Item, sentence: Sentence, rubric: Rubric) -> float:
    """Before and after first, then money, then a percentage; a business measure beside it adds."""
    best = _measure(item, sentence, rubric)
    if best < 0:
        return -1.0
    business = any(m.kind == "business" and sentence.span.start <= m.span.start < sentence.span.end
                   for m in item.mentions)
    opening = sentence is item.sentences[0]  # the writer put the headline first
    return best + business + 0.6 * opening + 0.5 * item.signals.customer + 0.1 * (item.facts.impact if item.facts else 0.0)


def _result(story: Story, rubric: Rubric, alone: bool = False,
            report: Report | None = None) -> tuple[Item, Sentence] | None:
    """The sentence with the story's best measured result, never a hedge, a fragment, a miss
    ("the cost per order was $14 against a target of $6" is no win to offer the room) or a failure
    the writer announces (:func:`failure_told`, with the ``report`` whose paragraphs it reads); with
    ``alone``, never one that points back at the sentence before it ("This was the biggest change
    ...": said alone, it does not say what was)."""
    best: tuple[float, Item, Sentence] | None = None
    for item in story.items:
        if not is_measured_change(item):
            continue
        for sentence in item.sentences[undone_at(item, rubric):]:  # never a mistake's harm
            if alone and (_points_back(item, sentence) or _measure(item, sentence, rubric) <= 0):
                continue  # standing alone, a result must say what moved and by how much
            rank = _rank(item, sentence, rubric)
            if rank > 0 and (best is None or rank > best[0]) and not _hedged(item, sentence) \
                    and _has_verb(item, sentence, rubric) and not sentence_tells_a_miss(item, sentence, rubric) \
                    and not said_by_another(item.plain, item.view, *sentence.span) \
                    and not (report is not None and failure_told(report, item, sentence)):
                best = (rank, item, sentence)
    return (best[1], best[2]) if best else None


def failure_told(report: Report, item: Item, sentence: Sentence) -> bool:
    """Does the writer tell this sentence's figure as a failure, the harm rather than a result? Under
    a heading of what is not solved yet (the profile's ``document.unsolved_headings``: "## What I
    have not solved"); after a failure announced (``document.failure_announcements``) in the
    result's own sentence, at most a few words before its first figure with no clause break between
    ("which did not really work out (about 1,200 purchases ..."); or in the paragraph's opening
    sentence, just before this one, with no figure of its own ("One decision did not work. I moved
    the sign-up to the app ... and sign-ups fell 17%", "**After.** It did not pay off. Class photos
    went up, but individual orders fell 6%")."""
    rubric = report.rubric
    section = (item.section or "").lower()
    if section and any(heading in section for heading in rubric.unsolved_headings):
        return True
    if not rubric.failure_announcements:
        return False
    announcements = _announcements(rubric)
    first = min((m.span.start for m in item.metrics if sentence.span.start <= m.span.start < sentence.span.end),
                default=None)
    if first is not None:
        lowers = sentence.lowers
        figure = next((k for k, token in enumerate(sentence.tokens) if token.start >= first), len(lowers))
        for match in announcements.iter_matches(lowers[:figure]):
            between = lowers[match.last + 1:figure]
            if len(between) <= ANNOUNCED_REACH and BREAK_WORDS.isdisjoint(between):
                return True
    before = _sentences_before(report, item, sentence)
    if not before or len(before) - 1 > sum(1 for s in before[:-1] if len(s.lowers) <= LABEL_WORDS):
        return False  # the paragraph's opening sentence only, or the one after its label ("After.")
    told = before[-1]
    return not any(ch.isdigit() for word in told.lowers for ch in word) \
        and any(True for _ in announcements.iter_matches(told.lowers))


ANNOUNCED_REACH = 4  # words between a failure announced and the figure it tells: "(about 1,200"
LABEL_WORDS = 3  # a sentence of at most this many tokens before the announcement is a label ("After.")
BREAK_WORDS = frozenset("so and then but ; until after when before because".split())


def _announcements(rubric: Rubric) -> PhraseMatcher:
    return derived(rubric, "sentences.failure_announcements", _build_announcements)


def _build_announcements(rubric: Rubric) -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add("failure", rubric.failure_announcements)
    return matcher


def _sentences_before(report: Report, item: Item, sentence: Sentence) -> list[Sentence]:
    """The sentences of the item's paragraph before ``sentence``, in order (block-relative spans, as
    the item's own)."""
    passage = next((p for p in report.document.passages if p.base == item.base and p.source == item.source), None)
    if passage is None:
        return []
    return [s for s in passage.sentences if s.span.end <= sentence.span.start]


def _joined(first: str, second: str, draft: str, names: tuple[str, ...]) -> str:
    """Two whole sentences as one: "I decided ...; acceptance rose ...". Keeps a capital that
    starts a name or an acronym (two capitals, or a capital after the first letter), and a word the
    draft capitalises mid-sentence or calls the candidate by ("...; Tomás showed that ...")."""
    first = first.rstrip(" .;:")
    head = second.split(" ", 1)[0]
    if head[:1].isupper() and not any(c.isupper() for c in head[1:]) and head not in ("I",) \
            and not _a_name(head, draft, names):
        second = head[:1].lower() + second[1:]
    return f"{first}; {second}"


def _a_name(word: str, draft: str, names: tuple[str, ...]) -> bool:
    """A name the draft calls the candidate by, or a word it capitalises mid-sentence and never writes
    in lower case ("When Tomás took over", "on Saturday"): it keeps its capital wherever it stands."""
    if any(word in name.split() for name in names):
        return True
    return len(word) > 1 and re.search(rf"[a-z,] {re.escape(word)}\b", draft) is not None \
        and re.search(rf"\b{re.escape(word.lower())}\b", draft) is None


def story_sentence(story: Story, lines: LineIndex, report: Report) -> RoomSentence | None:
    """The story in one sentence, or None when it has no measured result to carry."""
    used = _told(story, report.rubric, report=report)
    if used is None:
        return None
    result = used[-1]
    used = _with_party(used, report)
    voice = report.document.voice
    text = sentence_text(*used[0])
    for item, sentence in used[1:]:
        text = _joined(text, sentence_text(item, sentence), report.text, voice.names if voice else ())
    if not text.endswith((".", "!", "?")):
        text = text.rstrip(" ;:,") + "."
    source = " ".join(i.source[s.span.start:s.span.end] for i, s in used)
    if invented(text, source, report.rubric):  # never: every word is the draft's (tests hold it)
        return None
    ids = tuple(dict.fromkeys(i.id for i, _ in used))
    asked = " ".join(sentence_text(i, s) for i, s in used if _asks(s) and not (i, s) == result)
    return RoomSentence(0, text, ids, tuple(sorted({lines.line_col(i.start)[0] for i, _ in used})),
                        story.title, len(used) > 1, asked)


def _told(story: Story, rubric: Rubric, alone: bool = False,
          report: Report | None = None) -> list[tuple[Item, Sentence]] | None:
    """The story's result sentence, with the decision before it when both fit in one sentence for
    the room. A result that points back ("This was the single biggest change ...", "It now handles
    61% ...") is said only with the sentence it points at; when that does not fit, the story's best
    result that stands alone is said instead, or none."""
    result = _result(story, rubric, alone, report)
    if result is None:
        return None
    r_item, r_sentence = result
    decision = _decision(story, r_item, rubric)
    back = _points_back(r_item, r_sentence)
    if (decision is None or decision[1] is r_sentence) and back:
        decision = _antecedent(r_item, r_sentence)  # "This improved promise accuracy ...": say what "this" is
    used = [(r_item, r_sentence)]
    if decision is not None and decision[1] is not r_sentence and not sentence_tells_a_miss(*decision, rubric) \
            and _words(decision, *used) <= MAX_WORDS:  # a decision told beside a miss would quote the miss
        used.insert(0, decision)
    if back and len(used) == 1 and not _hedged(r_item, r_item.sentences[r_item.sentences.index(r_sentence) - 1]):
        # what it points at did not fit beside it: said alone, its "this" or "it" would name nothing (a
        # hedge before it is never said, and the result then stands alone as before)
        return None if alone else _told(story, rubric, alone=True, report=report)
    return used


def _words(*used: tuple[Item, Sentence]) -> int:
    return sum(len(sentence_text(item, sentence).split()) for item, sentence in used)


def _with_party(used: list[tuple[Item, Sentence]], report: Report) -> list[tuple[Item, Sentence]]:
    """The sentences for the room with the one that tells the ask they answer ("Our director asked
    for a loyalty programme before the summer." before "I showed her that 80% ...", "In August the
    CFO asked us to add a dealer fee ..." before "I declined and showed that ..."), when a sentence
    of theirs points at the party only by a pronoun ("showed her", "brought him") with no senior
    party named before it, or opens on the writer's refusal with nothing refused ("I declined,
    because ...", "I said no and offered ..."): said alone in the room, "her" names nobody and "I
    declined" declines nothing. Within the word limit; else the sentences stay as they were (the
    decision is never dropped for the ask, and a story keeps its sentence for the room)."""
    for index, (item, sentence) in enumerate(used):
        at = _party_object(sentence)
        if at is not None and (_names_someone(sentence, at) or any(_names_senior(s) for _, s in used[:index])):
            at = None
        thing = not index and at is None and _thing_object(sentence, report.rubric) \
            and all(item.base + sentence.span.start <= i.base + s.span.start for i, s in used)
        if at is None and not thing and (index or not bare_refusal(sentence, report.rubric)):
            continue
        party = _told_before(item, sentence, report, asks=not thing)
        if party is None or any(s.span == party[1].span and i.base == party[0].base for i, s in used):
            return used
        with_party = sorted([*used, party], key=lambda pair: pair[0].base + pair[1].span.start)
        return with_party if _words(*with_party) <= MAX_WORDS else used
    return used


def _party_object(sentence: Sentence) -> int | None:
    """Where the sentence points at a third party by a pronoun, the object or the subject of a verb
    ("showed her that", "brought him the curve", "the test he wanted"): its token index, or None.
    "her" before a noun ("in front of her leadership team") is whose, not whom; a third-person
    draft's own pronoun is read as the writer's, so it is never this."""
    lowers = sentence.lowers
    for at, word in enumerate(lowers):
        if word in ("him", "he") or word == "her" and (at + 1 == len(lowers) or lowers[at + 1] in AFTER_HER
                                                       or not lowers[at + 1][:1].isalpha()):
            return at
    return None


AFTER_HER = frozenset("that the a an through how why what our my this these those about to".split())


def refusal_end(sentence: Sentence, rubric: Rubric) -> int | None:
    """Where the writer's refusal ends when the sentence's own clause opens on one ("I declined
    ...", "I said no ...", "I turned down the request ..."): the token after a verb of the profile's
    `stops.refusing`, or after a phrase of its `stops.refusal_phrases`; None for any other sentence."""
    clause = sentence.clause
    if clause is None or clause.subject not in ("i", "lead"):
        return None
    lowers = sentence.lowers
    at = clause.index
    if lowers[at] in rubric.stops.refusing:
        return at + 1
    return next((at + len(phrase.split()) for phrase in rubric.stops.refusal_phrases
                 if " ".join(lowers[at:at + len(phrase.split())]) == phrase), None)


def bare_refusal(sentence: Sentence, rubric: Rubric) -> bool:
    """Does the sentence open on the writer's refusal with nothing refused after it ("I declined,
    because ...", "I refused and showed ...", "I said no: ...")? :func:`refusal_end`, then a mark
    or a joining word."""
    after = refusal_end(sentence, rubric)
    if after is None:
        return False
    lowers = sentence.lowers
    return after >= len(lowers) or not lowers[after][:1].isalpha() or lowers[after] in AFTER_REFUSAL


AFTER_REFUSAL = frozenset("and because after for when since but so then until".split())


def _names_someone(sentence: Sentence, before: int) -> bool:
    """Does the sentence name the party before token ``before``: a senior party, or a name (a word
    in capitals after the first: "coached Kwame Mensah ... him")?"""
    return _names_senior(sentence, before) or any(token.text[:1].isupper() and token.text != "I"
                                                  for token in sentence.tokens[1:before])


def _names_senior(sentence: Sentence, before: int | None = None) -> bool:
    """Does the sentence name a senior person (before token ``before``, when given): a senior party
    after a determiner ("the CTO", "our director"), not a function ("marketing inside a message")?"""
    lowers = sentence.lowers
    return any((before is None or hit.last < before) and (lowers[hit.first] in DETERMINERS
                                                          or hit.first > 0 and lowers[hit.first - 1] in DETERMINERS)
               for hit in sentence.hits.get("senior_party", ()))


# grammar, not rubric (docs/decisions.md): the closed class of words that make a senior party a named one
DETERMINERS = frozenset("the our my their a an his her its".split())


def _thing_object(sentence: Sentence, rubric: Rubric) -> bool:
    """Is "it" or "them" the object of the verb the sentence opens with, the writer's ("I took it to
    the committee", "I decided not to build it", "I bet against it"), with only verbs, "not", "to"
    or "against" between? Said first, it points at a thing named in the sentence before."""
    clause = sentence.clause
    if clause is None or clause.subject not in ("i", "lead") or clause.index > 1 \
            or sentence.lowers[0] in BACK_POINTERS:
        return False
    lowers = sentence.lowers
    for word in lowers[clause.index + 1:clause.index + 1 + THING_REACH]:
        if word in ("it", "them"):
            return True
        if word not in BEFORE_THING and word not in rubric.verb_lemma:
            return False
    return False


THING_REACH = 4
BEFORE_THING = frozenset(("not", "to", "against"))


def _told_before(item: Item, sentence: Sentence, report: Report, asks: bool) -> tuple[Item, Sentence] | None:
    """The sentence before ``sentence``: with ``asks``, the nearest that tells someone else's ask (one
    of the profile's `phrases.pressure` with no "I" or "we" before it: "The head of retail wanted
    ..."), else the one just before, in its paragraph (an item's, or the scene it sets, which may be
    no item's); an ask may be the last sentence of a paragraph just before in the same section when
    ``sentence`` opens its own (a bullet under the ask). Never a hedge, a title or a fragment."""
    passages = report.document.passages
    at = next((k for k, p in enumerate(passages) if p.base == item.base and p.source == item.source), None)
    if at is None:
        return None
    passage = passages[at]
    before = sorted((s for s in passage.sentences if s.span.end <= sentence.span.start), key=lambda s: -s.span.start)
    for told in before if asks else before[:1]:
        if not asks or _asks(told):
            return _whole(item, told, report.rubric)
    previous = passages[at - 1] if at else None
    if before or not asks or previous is None or previous.section != passage.section \
            or previous.block.kind != "paragraph" or not previous.sentences:
        return None
    told = previous.sentences[-1]
    owner = next((i for i in previous.items if any(s.span == told.span for s in i.sentences)), None)
    return None if owner is None or asks and not _asks(told) else _whole(owner, told, report.rubric)


def _whole(item: Item, sentence: Sentence, rubric: Rubric) -> tuple[Item, Sentence] | None:
    """The sentence, unless it is a hedge, a title, a fragment ("Action.") or points back itself."""
    if _hedged(item, sentence) or is_title(item, sentence) or not _has_verb(item, sentence, rubric) \
            or sentence.lowers[:1] and sentence.lowers[0] in BACK_POINTERS:
        return None
    return item, sentence


def _asks(sentence: Sentence) -> bool:
    """Does the sentence tell someone else's ask: a `phrases.pressure` with no "I" or "we" before it?"""
    pressures = sentence.hits.get("pressure", ())
    return bool(pressures) and WRITERS.isdisjoint(sentence.lowers[:pressures[0].first])


def _points_back(item: Item, sentence: Sentence) -> bool:
    """The result sentence opens by pointing at the one before it ("This improved ...", "It cut
    ..."): said alone in the room it would not say what did. "This year", "That same winter" and
    "This September" open a time, not a pointer."""
    tokens = sentence.tokens
    if not tokens or tokens[0].lower not in BACK_POINTERS or sentence is item.sentences[0]:
        return False
    after = tokens[1].text if len(tokens) > 1 else ""
    return not (after[:1].isupper() or after.lower() in TIME_UNITS or after.lower() in TIME_OPENERS)


def _antecedent(item: Item, sentence: Sentence) -> tuple[Item, Sentence] | None:
    """The sentence of the item just before ``sentence``, unless it is hedged."""
    before = item.sentences[item.sentences.index(sentence) - 1]
    return None if _hedged(item, before) or is_title(item, before) else (item, before)


BACK_POINTERS = frozenset(("this", "that", "it", "these", "those"))
# grammar: the words after "this" or "that" that open a time ("That same winter", "This spring")
TIME_OPENERS = frozenset(("same", "past", "last", "next", "first", "second", "spring", "summer", "autumn",
                          "fall", "winter", "morning", "afternoon", "evening", "season", "term"))


def room_sentences(report: Report, limit: int = MAX_SENTENCES) -> tuple[RoomSentence, ...]:
    """One sentence per major outcome, strongest story first; a result told twice is said once: a
    sentence whose figures were all said already, or whose every before and after (:func:`changes`)
    was; and a level claim that retells a story's change ("I am ready for L5 because I ... cut their
    churn from 7.4% to 5.1%") yields to the story that tells it, wherever that story ranks: the story
    has the decision, and the claim is the retell."""
    lines = LineIndex(report.text)
    told = strongest_first(told_stories(report))
    made: list[RoomSentence | None] = []

    def made_at(index: int) -> RoomSentence | None:
        while len(made) <= index:
            made.append(story_sentence(told[len(made)], lines, report))
        return made[index]

    found: list[RoomSentence] = []
    said: set[str] = set()
    moved: set[tuple[str, str]] = set()
    for index in range(len(told)):
        sentence = made_at(index)
        if sentence is None:
            continue
        text = sentence.text.replace(sentence.asked.rstrip(". "), "")
        figures = frozenset(re.findall(r"\d[\d,.]*\d|\d", text))
        if figures and figures <= said:
            continue  # the same result again (a principles list, the closing summary)
        moves = changes(text)
        if moves and moves <= moved:
            continue  # every before and after it tells is said already
        if moves and claims_level(text, report.rubric) and moves <= _told_by_stories(made_at, len(told), report):
            continue  # the level claim retelling a story's change: the story says it
        said |= figures
        moved |= moves
        found.append(sentence._replace(rank=len(found)))
        if len(found) >= limit:
            break
    return tuple(sorted(found, key=lambda s: s.lines[0]))


def changes(text: str) -> frozenset[tuple[str, str]]:
    """The before and afters a sentence tells in words ("from 7.4% to 5.1%"), as pairs of figures."""
    return frozenset((a.rstrip(".,"), b.rstrip(".,")) for a, b in FROM_TO_RE().findall(text))


def _told_by_stories(made_at, count: int, report: Report) -> frozenset[tuple[str, str]]:
    """The before and afters the sentences for the room tell outside a level claim."""
    told: set[tuple[str, str]] = set()
    for index in range(count):
        sentence = made_at(index)
        if sentence is not None and not claims_level(sentence.text, report.rubric):
            told |= changes(sentence.text)
    return frozenset(told)


# a before and after told in words ("from 7.4% to 5.1%", "from £0.9M a year to £2.3M"): the change itself,
# whatever else the sentence around it counts; compiled when first used
FROM_TO_RE = on_first_use(r"\bfrom\s+[£$€]?(\d[\d,.]*)\S*(?:\s+[a-z]+){0,3}?\s+to\s+[£$€]?(\d[\d,.]*)")


def third_person(text: str, company: bool = False) -> str:
    """The writer's sentence as a manager says it: "I decided" -> "they decided", "my" -> "their";
    with ``company``, the company's "we" of a clause about a thing just named ("the revenue we gave
    up", :func:`company_we`) stays, as "our" and "us" do."""
    def swap(match: re.Match[str]) -> str:
        word, verb = match.group(1), match.group(2) or ""
        if company and word in ("we", "We") and company_we(match.string, match.start()):
            return match.group(0)
        new = FIRST_PERSON[word.lower()]
        if word[:1].isupper() and word != "I":
            new = new[:1].upper() + new[1:]
        if verb:
            verb = verb.replace(verb.strip(), AFTER_I[verb.strip()])
        return new + verb

    return outside_quotes(lambda part: PERSON_RE().sub(swap, part), text)


CLAUSE_MARK_RE = compiled(r"[,;:.!?()\u2013\u2014](?:\s|$)|\s[-\u2013\u2014]\s")  # a clause ends ("9,000" goes on)


def company_we(text: str, at: int) -> bool:
    """Does the "we" at ``at`` open a clause about a thing the clause before it just named ("the
    revenue we gave up", "£310,000 a year we no longer hand back", "the 9,000 households we
    installed in")? The company speaks there, not the writer with the team: the thing is a word
    with a determiner or a number at most three words before "we" (the retell's
    ``company_we_determiners``), no word that opens a clause or reports one right before "we"
    (``company_we_openers``: "and we", "which we", "showed we"), no past tense nor reporting verb
    (``company_we_reporting``) among them ("the team decided we", "told the director we"), and the
    clause does not open with a preposition (``company_we_prepositions``: "In the summer we moved
    ..." is an opening phrase, and its "we" the team's deed)."""
    table = rehearsal_data()["retell"]
    clause = CLAUSE_MARK_RE.split(text[:at])[-1].split()
    if len(clause) < 2:
        return False
    before = clause[-1].lower()
    if not before.isalpha() or before in table["company_we_openers"] or looks_past(before):
        return False
    near = [w.lower() for w in clause[-4:-1]]
    if any(looks_past(w) or w in table["company_we_reporting"] for w in near):  # "told the director we would"
        return False
    if not any(w in table["company_we_determiners"] or w[:1].isdigit() or w[:1] in "£$€" for w in near):
        return False
    return clause[0].lower() not in table["company_we_prepositions"]


def _lower_first(text: str, draft: str, names: tuple[str, ...] = ()) -> str:
    """Lower-case the first word unless it is a name: a word the draft capitalises mid-sentence, or
    one of the names a manager's draft calls the candidate by ("Tendai read 300 complaints ...",
    where the name only ever opens sentences)."""
    head = text.split(" ", 1)[0]
    if any(head in name.split() for name in names):
        return text
    if head[:1].isupper() and (head[1:].islower() or head == "A") and not re.search(rf"[a-z,] {re.escape(head)}\b", draft):
        return head.lower() + text[len(head):]
    return text


def retell(report: Report) -> str | None:
    """The sentence a manager can repeat in the room: the draft's own, or one built from the
    strongest story in the third person, never on a hedge or an engineering verb; None when no
    story carries a measured result."""
    if report.reading.retell:
        return report.reading.retell
    candidates = [s for s in room_sentences(report)
                  if not any(report.item(i).signals.technical_lead for i in s.items)]
    if not candidates:
        return None
    strongest = min(candidates, key=lambda s: s.rank)
    body = _said_of(report, strongest.text)
    return _retold(report, body)


def _said_of(report: Report, text: str) -> str:
    """The writer's sentence as the retell says it after the level: in the third person, a bullet
    that opens with the writer's verb given its "they", any other opening word lower-cased unless
    it is a name, and one colon (the level's): "... at L6: they changed ... — they stopped ...".
    A manager's document is already said as the manager says it: its "we", "us" and "our" are the
    manager's team ("Sam moved us off the SMS vendor"), and stay, unless the sentence speaks as the
    candidate's "I" (a section in the candidate's own words)."""
    body = third_person(text, company=True) if report.document.voice is None or SINGULAR_RE().search(text) else text
    head, *rest = body.split(" ", 2)
    head = head.lower()
    party = head.endswith("ing") and bool(rest) and looks_past(rest[0].lower())  # "Engineering doubted ..."
    verb_first = leading_verb(tokenize(text), report.rubric) is not None \
        and not OPENING_THEN_I_RE.match(text)  # not "Consolidated invoicing launched ...", nor "Based on the research, I wrote ..."
    participle = head.endswith(("en", "wn"))  # "Taken together, the tests raised ...": no "they taken"
    if head != "they" and not party and not participle and verb_first \
            and (report.rubric.verb_lemma.get(head) or looks_past(head)) \
            and body[:1].isupper():
        body = "they " + head + body[len(head):]  # a bullet that starts with the writer's verb
    elif not body.startswith("they "):
        voice = report.document.voice
        body = _lower_first(body, report.text, voice.names if voice else ())
    return INNER_COLON_RE.sub(" — ", body)


INNER_COLON_RE = compiled(r"\s*:\s+")  # a colon that opens a clause (not "10:30")
OPENING_THEN_I_RE = compiled(r"[^,;:.]*,\s+I\b")  # an opening phrase, then the writer's own "I" as the subject


def candidate_name(report: Report) -> str:
    """Whom the retell names: a third-person draft's candidate as the draft calls them ("Amara"),
    the writer named in the draft's title before a role ("# 2026 review — Aiko Tanaka, PM"), else
    the blank the writer fills."""
    voice = report.document.voice
    return (voice.called if voice else None) or titled_name(report) or "[Name]"


TITLE_NAME_RE = compiled(r"(?:^|[—–:|]|\s-)\s*((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s*,\s*([^,(—–|]+)")


def titled_name(report: Report) -> str | None:
    """The name in the draft's first title, when a role title follows it after a comma: two or three
    capitalised words ("Priya Raman, PM II", "Tomasz Wierzbicki, Senior PM"). A title with no role
    after a comma ("Search Relevance, 2026") names nobody: the blank stays."""
    titles = [section.title for section in report.document.sections[:2] if section.title]
    return role_titled_name(report, titles) or _document_titled_name(report, titles)


def role_titled_name(report: Report, titles: list[str] | None = None) -> str | None:
    """The name a role title follows after a comma in the draft's first titles ("Grace Mensah,
    Product Manager (L6)"), the surest of the title's readings."""
    if titles is None:
        titles = [section.title for section in report.document.sections[:2] if section.title]
    roles = report.rubric.profile.table("document").get("role_titles", ())
    for title in titles:
        for found in TITLE_NAME_RE.finditer(title):
            role = " ".join(found.group(2).lower().split())
            if any(role == known or role.startswith(known + " ") for known in roles):
                return found.group(1)
    return None


def _document_titled_name(report: Report, titles: list[str]) -> str | None:
    """A name set apart from what the document is by a colon or a dash ("# Renata Okafor:
    self-assessment"), when the draft never writes it in lower case nor uses it as a thing."""
    table = report.rubric.profile.table("document")
    documents = tuple(table.get("document_titles", ()))
    for title in titles:
        body = report.text.replace(title, "", 1)  # where the draft uses the title's words
        parts = TITLE_PARTS_RE.split(title.strip())
        if documents and any(part.lower().startswith(documents) for part in parts):
            for part in parts:
                if TITLE_NAME_ONLY_RE.fullmatch(part) and not part.lower().startswith(documents) \
                        and not _written_lower(part, report.text) and not _used_as_thing(part, body, table):
                    return part
    return None


TITLE_PARTS_RE = compiled(r"\s*(?:[:—–|]|\s-)\s*")
TITLE_NAME_ONLY_RE = compiled(r"(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+")


def _written_lower(name: str, text: str) -> bool:
    """Does the draft write a word of the name in lower case, in the title's form or in the other
    number ("checkout" for "Checkout Growth", "claim" for "Freight Claims", "payouts" for "Payout
    Tools")? A person's name never is."""
    return any(re.search(rf"\b{re.escape(word.lower())}(?:e?s)?\b", text)
               or word.lower().endswith("s") and re.search(rf"\b{re.escape(word.lower()[:-1])}\b", text)
               for word in name.split())


def _used_as_thing(name: str, body: str, table: dict) -> bool:
    """Does the draft use the title's name as a team or product ("I own Story Club", "Story Club
    subscribers"): after one of the profile's `document.title_thing_leads` or before one of its
    `title_thing_heads`? A person's name, in the writer's own document, is not."""
    leads, heads = table.get("title_thing_leads", ()), table.get("title_thing_heads", ())
    if not leads and not heads or name not in body:
        return False
    words = r"\s+".join(map(re.escape, name.split()))
    before = "|".join(r"\s+".join(map(re.escape, lead.split())) for lead in leads) or "(?!)"
    after = "|".join(map(re.escape, heads)) or "(?!)"
    return re.search(rf"(?i:\b(?:{before}))\s+{words}\b|\b{words}\s+(?i:(?:{after}))\b", body) is not None


def suggested_retell(report: Report) -> str | None:
    """The retell sentence offered to a draft without its own: the one :func:`retell` builds in the
    third person, else the reading's scaffold with the candidate's name (what ``check`` shows)."""
    if report.reading.retell:
        return None
    return retell(report) or named(report.reading.retell_scaffold, report)


def named(sentence: str | None, report: Report) -> str | None:
    """A scaffold's "[Name]" filled with the candidate a third-person draft names, and the claim
    after the level said as the manager says it ("[Name] already operates at L6: I read a month of
    call logs" -> "... at L6: they read a month of call logs"), with one colon, and in the verdict's
    form (:func:`_retold`): "The case for [Name] at L6: ..." beside a verdict of below, never
    "already operates at" (the scaffold is written before the verdict is judged)."""
    if sentence is None or not sentence.startswith("[Name]"):
        return sentence
    head, colon, claim = sentence.partition(": ")
    blank = claim.startswith("for [customer]")
    if colon and head == f"[Name] already operates at {report.level}":  # in the verdict's form, as retell() says it
        return _retold(report, claim if blank else _said_of(report, claim))
    if colon and not blank:
        sentence = head + colon + INNER_COLON_RE.sub(" — ", third_person(claim))
    return candidate_name(report) + sentence[len("[Name]"):]


def _retold(report: Report, body: str) -> str:
    """The retell in the verdict's form: "already operates at" only where the verdict reads the
    draft at or above its level, "The case for ... at" where it reads it below or cannot judge it."""
    verdict = report.verdict
    form = "at" if verdict is None or verdict.reading in ("at", "above") else "case"
    return rehearsal_data()["retell"][form].format(name=candidate_name(report), level=report.level, body=body)
