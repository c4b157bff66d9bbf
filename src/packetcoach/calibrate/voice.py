"""The packet's own words, as a manager says them: third person, one voice, nothing added.

A receipt is quoted from the draft, so it is first person ("I own payouts ..."). The manager
speaks about the person, so the words become "they own payouts ...". Nothing else changes: the
numbers, the customers and the verbs are the writer's. "They" rather than a guessed gender; the
person's first name opens the sentence the words are placed in.
"""

from __future__ import annotations

import re

from packetcoach.analysis.stories import outcome_sentence
from packetcoach.core.model import Item
from packetcoach.profile.compile import Rubric
from packetcoach.core.regexes import compiled
from packetcoach.text.voice import outside_quotes

PRONOUNS = {"i": "they", "my": "their", "me": "them", "myself": "themselves", "mine": "theirs",
            "i'm": "they're", "i've": "they've", "i'd": "they'd", "i'll": "they'll"}
AFTER_I = {"am": "are", "was": "were"}  # the only first-person verb forms that differ after "they"
FIRST_PERSON_RE = compiled(r"\b(I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|I|my|me|myself|mine)\b(\s+)?(\w+)?",
                             re.IGNORECASE)
MARKUP_RE = compiled(r"\*\*|__|`")
CLAUSE_SPLIT_RE = compiled(r";\s+|,\s+|:\s+|\s+and\s+(?=(?:the|a|an|our|their|its)\s)")
LABEL_RE = compiled(r":\s+(?=from\b)")  # "Revenue: from $61M to $109M" reads as one clause
MECHANISM_RE = compiled(r"\s+(?:by|after|because|through|thanks to|so that|once)\s+")
LONG_CLAUSE = 18
NUMBER_RE = compiled(r"\d")
SUBJECTS = frozenset({"i", "they", "we"})
# Words that end a bullet's opening noun phrase: a result verb after them has another subject
# ("Moved refunds to the same day and complaints fell ..."); a subject is at most this many words.
CONJUNCTIONS = frozenset({"and", "so", "which", "that", "who", "after", "when", "until", "while", "as", "because",
                          "but", "then", "once", "where"})
SUBJECT_WORDS = 6
LEADING_RE = compiled(r"^(?:and|so|but|then|which|while|after that)\s+", re.IGNORECASE)
RANGE_RE = compiled(r"\bfrom\b[^.;]{1,30}?\bto\b(?:\s+about)?\s+\S*\d|->|→")
WORD_RE = compiled(r"[^\W\d_]{2,}")
NOT_MEASURE = frozenset({"from", "to", "by", "about", "roughly"})
MEASURE_RE = compiled(r"\d\s?%|\d\s?(?:points|pts)\b")  # a share or a change in points, not money (often a cost or a budget)
# a clause that gives the reason, the evidence or a forecast, not the result ("because only 7% ...")
REASON_RE = compiled(r"(?:because|after|using|predicting|expecting|showing|when|since|if|before|at the start)\b", re.I)


def third_person(text: str) -> str:
    """First person to third: "I own ... my decision" -> "they own ... their decision"."""

    def swap(match: re.Match[str]) -> str:
        word, space, following = match.group(1), match.group(2) or "", match.group(3) or ""
        pronoun = PRONOUNS[word.lower().replace("’", "'")]
        if word == "I" and following.lower() in AFTER_I:
            following = AFTER_I[following.lower()]
        return pronoun + space + following

    text = " ".join(MARKUP_RE.sub("", text).split())
    return outside_quotes(lambda part: FIRST_PERSON_RE.sub(swap, part), text)


def lower_first(text: str, packet: str = "") -> str:
    """Lower-case the first word when it opens a clause mid-sentence ("Cut fees" -> "cut fees"),
    but never an acronym ("NPS") nor a word the packet capitalises inside its sentences, as it
    does a name or a day ("Marta", "padded Monday shifts")."""
    first = text.split(" ", 1)[0]
    if not (first[:1].isupper() and first[1:].islower()):
        return text
    if packet and re.search(rf"[a-z,;] {re.escape(first)}\b", packet):
        return text
    return text[0].lower() + text[1:]


def sentence_of(item: Item) -> str:
    """The item's first sentence, markup removed."""
    first = item.sentences[0].span if item.sentences else item.span
    return " ".join(MARKUP_RE.sub("", item.source[first.start:first.end]).split()).rstrip(" .")


def result_clause(item: Item, rubric: Rubric) -> str:
    """The part of the item that carries its before -> after (or its first number), as a clause a
    manager can say: the sentence with it, cut at semicolons, commas and "and the ...", then after
    the number when what follows is the mechanism ("... from 36% to 19% by replacing ...")."""
    told = [LABEL_RE.sub(" ", " ".join(MARKUP_RE.sub("", item.source[s.span.start:s.span.end]).split())).rstrip(" .")
            for s in item.sentences] or [sentence_of(item)]
    sentences = [_unlabelled(sentence, rubric.story_part_labels) for sentence in told]
    stops = _stop_phrases(rubric)
    later = [any(RESULT_RE.search(s) for s in sentences[n + 1:]) for n in range(len(sentences))]
    for test, measured in ((RANGE_RE.search, False), (NUMBER_RE.search, True)):
        # a stop told with its grounds ("I decided not to build it: only 3 of the 35 studios wanted
        # it") waits for a later sentence of the item with a share or money: its result
        order = sorted(range(len(sentences)), key=lambda n: measured and later[n] and _grounds(sentences[n], stops))
        for number in order:
            sentence = sentences[number]
            if not test(sentence):
                continue
            parts = [LEADING_RE.sub("", p).strip(" .,") for p in CLAUSE_SPLIT_RE.split(sentence)]
            # without a before -> after, a clause with a share, money or a multiple before one whose
            # number is a period or a sample ("In a two-week test with 480,000 visitors, sign-ups rose 6.2%")
            fitting = sorted((p for p in parts if test(p) and _says_what(p)),
                             key=lambda p: measured and (MEASURE_RE.search(p) is None or REASON_RE.match(p) is not None)) \
                or [sentence]
            clause = fitting[0] if len(fitting[0].split()) <= LONG_CLAUSE else min(fitting, key=lambda p: len(p.split()))
            starts_item = (number == 0 and parts[0] == clause and sentences[0] == told[0]  # a labelled part is no deed
                           and _verb_first(clause, rubric))
            clause = _trim(_one_result(clause, test), test)
            return "I " + lower_first(clause) if starts_item else clause
    return sentences[0]


def _unlabelled(sentence: str, labels: frozenset[str]) -> str:
    """A terse story's part without its label ("- Result: relabelling 31% -> 6%" -> "relabelling
    31% -> 6%"): the label (the profile's ``story_part_labels``) names the part, the manager says the
    result."""
    head, colon, rest = sentence.partition(": ")
    return rest if colon and rest and head.strip(" -*+").lower() in labels else sentence


RESULT_RE = compiled(r"\d\s?%|\d\s?(?:points|pts)\b|[$€£]\s?\d|\d\s?(?:USD|EUR|GBP)\b")  # a share, points or money


def _stop_phrases(rubric: Rubric) -> tuple[str, ...]:
    return tuple(phrase.lower() for phrase in rubric.profile.list("phrases", "stopped"))


def _grounds(sentence: str, stops: tuple[str, ...]) -> bool:
    """A stop with its grounds after a colon: "I decided not to build it: only 4 of the 140 teams
    would use it" (the profile's ``phrases.stopped`` before the colon)."""
    colon = sentence.find(": ")
    if colon < 0:
        return False
    head = sentence[:colon].lower()
    return any(phrase in head for phrase in stops)


def _one_result(clause: str, test) -> str:
    """"acceptance rose from 61% to 74% and refunds fell by $23M": the first result alone."""
    pieces = clause.split(" and ")
    if len(pieces) > 1 and test(pieces[0]) and _says_what(pieces[0]) and any(
            NUMBER_RE.search(p) for p in pieces[1:]):
        return pieces[0]
    return clause


def _says_what(part: str) -> bool:
    """A clause that names what changed, not a bare "from $61M to $109M" after a label."""
    return len([w for w in WORD_RE.findall(part) if w.lower() not in NOT_MEASURE]) >= 2


def _trim(clause: str, test) -> str:
    """Cut a long clause after its number when a mechanism or a reason follows it."""
    if len(clause.split()) <= LONG_CLAUSE:
        return clause
    found = test(clause)
    tail = MECHANISM_RE.search(clause, found.end()) if found else None
    return clause[:tail.start()] if tail else clause


def _verb_first(clause: str, rubric: Rubric) -> bool:
    """A bullet that opens with the writer's verb ("Cut abandoned refills ..."): the "I" is implied;
    not a noun that is also a verb, the subject of a result verb that follows it before any
    conjunction ("Label reprints for packers fell ...", "Wait at the gate dropped ...": the
    profile's ``calibration.subject_result_verbs``)."""
    words = clause.lower().split()
    if not words or words[0] not in rubric.verb_lemma or words[0] in SUBJECTS:
        return False
    result_verbs = frozenset(rubric.profile.list("calibration", "subject_result_verbs"))
    for word in words[1:1 + SUBJECT_WORDS]:
        word = word.strip(",;:")
        if word in CONJUNCTIONS:
            return True
        if word in result_verbs:
            return False
    return True


def has_engineering_verb(text: str, rubric: Rubric) -> bool:
    """Whether the person's own verb is an engineering verb: the first word of a bullet-style
    clause ("Built ...") or the verb after "I" / "they" ("they migrated"). Engineering words in
    someone else's clause ("what we would not build") are the product decision they describe."""
    words = re.findall(r"[a-z']+", text.lower())
    heads = [0] + [n + 1 for n, w in enumerate(words) if w in SUBJECTS]
    for head in heads:
        for word in words[head:head + 2]:  # the verb, or the verb after one adverb ("also built")
            lemma = rubric.verb_lemma.get(word)
            if lemma is not None and rubric.verb_class.get(lemma) == "technical":
                return True
    return False


RECEIPT_CHARS = 280


def receipt_text(item: Item) -> str:
    """The item as the packet words it, markup removed; long items cut after a whole sentence. When
    the cut would leave out the sentence that states the result (a paragraph that opens with the
    problem), the receipt is that sentence: a receipt is the result, not its background."""
    text = " ".join(MARKUP_RE.sub("", item.text).split())
    if len(text) <= RECEIPT_CHARS:
        return text
    cut = 0
    kept = item.span.start
    for sentence in item.sentences:
        end = len(" ".join(MARKUP_RE.sub("", item.source[item.span.start:sentence.span.end]).split()))
        if end > RECEIPT_CHARS and cut:
            break
        cut, kept = end, sentence.span.end
    outcome = outcome_sentence(item)
    if cut and outcome.start >= kept:
        result = " ".join(MARKUP_RE.sub("", item.source[outcome.start:outcome.end]).split())
        if len(result) <= RECEIPT_CHARS:
            return result
    return text[:cut].rstrip() if cut and cut < len(text) else text[:RECEIPT_CHARS - 1].rstrip() + "…"
