"""Where a sentence's action is, and what verb it is: read once per sentence, shared by the item
splitter (is this sentence a claim?) and the annotator (the item's main action and its class).

There is no part-of-speech model (none that ships on PyPI is fast enough, docs/decisions.md):
verb position stands in for part of speech. A verb is the first word of a bullet, or the word
after "I" / "we" (and a few adverbs), so "the design review" and "a build pipeline" never read as
verbs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from operator import itemgetter

from packetcoach.core.model import Action, Clause, Span, Token
from packetcoach.profile.compile import Rubric

DETERMINERS = frozenset(
    "the a an my our their his her its this that these those every each all both some "
    "two three four five new key critical".split()
)
SUBJECT_WE = (("we",), ("my", "team"), ("our", "team"), ("the", "team"), ("my", "teams"),
              ("our", "teams"), ("the", "teams"))
FILLER_BEFORE_VERB = frozenset(
    "also then personally first quickly successfully jointly later eventually finally somewhat "
    "have had has then've 've directly initially subsequently ultimately myself "
    "will 'll would 'd can could should must might may am was still wouldn't won't".split()
)
REFUSING = frozenset(("would", "will"))  # "I would not sign off ...": a refusal, the writer's call
OBJECT_STOPS = frozenset("for with to in on across at by from into via using so that which".split())
PASSIVE_AUX = frozenset("was were been is are being got".split())
PRESENT_PASSIVE = frozenset(("is", "are"))  # a present passive tells how things stand, done by nobody named
BARE_PAST = frozenset(("cut", "set", "put", "led", "ran", "won", "built", "shut", "hit", "split", "bet", "let"))
ATTEMPTS = frozenset(("try", "attempt"))
LESSON_MODALS = frozenset(("would", "'d"))  # "I would now ...", "I'd now ...": what the writer does differently
HAVE_FORMS = frozenset(("had", "have", "has"))
# "was able to" before a verb of engineering or of a decision tells that deed, as "had to" does ("I was
# able to re-architect the upload service", "As a former SDE, I was able to debug a timezone issue");
# before another verb it tells a capability, no deed ("I think I was able to see the drop-off points"),
# and "unable to" a deed not done: both stay unread, as before.
ABLE_AUX = frozenset(("was", "were", "am", "is", "are", "been"))
ABLE_CLASSES = frozenset(("technical", "pm"))
CAUSED_OBJECTS = frozenset("the a an my our their his her its this that these those every each all both "
                           "them him it everyone".split())
CAUSED_REACH = 6  # words after "had" in which the caused verb must come: "had a correction email sent"


def verb_at(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> tuple[int, str] | None:
    """The verb starting at ``index`` after skipping adverbs and hedges ("sort of"), as (token
    index, lemma); an attempt names the verb attempted ("tried to debug" reads as "debug")."""
    while index < len(tokens):
        word = tokens[index].lower
        if word in REFUSING and index + 1 < len(tokens) and tokens[index + 1].lower == "not":
            index += 2
        elif word in HAVE_FORMS and _caused(tokens, index + 1, rubric):
            return index, "have"  # "I had a correction email sent", "had the console show the cost"
        elif word in HAVE_FORMS and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
            index += 2  # "I had to cut the scope": the verb is "cut"
        elif word in ABLE_AUX and tokens[index + 1:index + 2] and tokens[index + 1].lower == "able" \
                and tokens[index + 2:index + 3] and tokens[index + 2].lower == "to":
            able = verb_at(tokens, index + 3, rubric)  # "I was able to re-architect the upload service"
            return able if able is not None and rubric.verb_class.get(able[1]) in ABLE_CLASSES else None
        elif word in FILLER_BEFORE_VERB or word.endswith("ly") and len(word) > 4:
            index += 1
        elif word == "now" and index > 0 and tokens[index - 1].lower in LESSON_MODALS:
            index += 1  # "I would now end a pilot on its date": the lesson's verb
        elif word == "been" and _progressive(tokens, index + 1):
            index += 1  # "We have been working on ...": the verb is "work"
        elif word in ("sort", "kind") and index + 1 < len(tokens) and tokens[index + 1].lower == "of":
            index += 2
        else:
            break
    if index >= len(tokens):
        return None
    word = tokens[index].lower
    lemma = rubric.verb_lemma.get(word)
    if lemma is None and word.startswith("re-") and looks_past(word[3:]):
        lemma = "re-" + guess_lemma(word[3:])  # "re-ranked", "re-sequenced": a verb the lists do not know, done again
    if lemma is None and looks_past(word):
        lemma = guess_lemma(word)
        if lemma in rubric.not_deeds:
            return None  # "I believed ..." is no deed
    if lemma is None and index > 0 and tokens[index - 1].lower in PROGRESSIVE_AUX and _progressive(tokens, index):
        lemma = guess_ing_lemma(word)  # "Taprooms were ordering by text", "I am targeting a 20% lift"
        if lemma in rubric.not_deeds or lemma in rubric.standing:
            return None  # "I am operating at the next level": the writer's standing
    if lemma == "use":
        habit = _habitual(tokens, index, rubric)
        if habit is not None:
            return None if habit[1] in rubric.not_deeds else habit  # "used to take 6 days", not "I used to think"
    if lemma in ATTEMPTS and index + 2 < len(tokens) and tokens[index + 1].lower == "to":
        attempted = verb_at(tokens, index + 2, rubric)
        if attempted:
            return attempted
    return (index, lemma) if lemma else None


PROGRESSIVE_AUX = frozenset(("am", "is", "are", "was", "were", "been", "'m", "'re"))


def _progressive(tokens: tuple[Token, ...], index: int) -> bool:
    """The word at ``index`` is a verb's -ing form with more of its clause after it ("were ordering
    by text", "am targeting a 20% lift"), whether the lists know the verb or not; one that ends its
    clause ("the gap was housing.") may be a noun."""
    word = tokens[index].lower if index < len(tokens) else ""
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return word.endswith("ing") and len(word) > 5 and word.isalpha() and following[:1].isalnum()


def _habitual(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> tuple[int, str] | None:
    """"used to" and a bare verb tells what was done habitually ("analysts used to reconcile
    invoices by hand", "close used to take 6 days"): the verb is the one after "to", whether the
    lists know it or not."""
    if tokens[index].lower != "used" or index + 2 >= len(tokens) or tokens[index + 1].lower != "to":
        return None
    word = tokens[index + 2].lower
    return (index + 2, rubric.verb_lemma.get(word, word)) if tokens[index + 2].text.isalpha() else None


def _caused(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """"had" as the writer's own verb, having something done ("had a correction email sent", "had
    them call", "had the support team trained"), not the auxiliary of "had launched": an object
    opens after it and a verb follows the object's last word, before any break."""
    if index >= len(tokens) or not (tokens[index].lower in CAUSED_OBJECTS or tokens[index].text[:1].isdigit()):
        return False  # "had the console show", "had them call", "had 4 nurses relabel"
    for at in range(index + 1, min(len(tokens), index + CAUSED_REACH + 1)):
        token = tokens[at]
        if token.lower in OBJECT_STOPS or not token.text[:1].isalpha():
            return False
        before = tokens[at - 1].lower
        if before in DETERMINERS and before not in ("them", "him", "it"):
            continue  # "had a drop in ...": a noun after the article, not a caused verb
        if at + 1 < len(tokens) and tokens[at + 1].lower in ("in", "of"):
            return False  # "had a big drop in refunds": a noun
        word = token.lower
        if word in rubric.verb_lemma or word.endswith("ed") and len(word) > 4 \
                or word.startswith("re") and word[2:] in rubric.verb_lemma:
            return True  # "sent", "trained", "relabel"
    return False


def looks_past(word: str) -> bool:
    """A regular past tense the profile may not list ("collapsed", "disagreed")."""
    return word.endswith("ed") and len(word) > 4 and word.isalpha()


VOWELS = frozenset("aeiouy")
# A stem of one syllable that closes on one vowel letter and one consonant ("hop", "shap", "typ",
# "quot"), alone or after "re" or "mis": its past tense would double the consonant ("hopped",
# "shipped") if the verb ended there, so an undoubled one lost a silent "e" ("hoped" -> "hope").
# The syllable opens on a consonant cluster English starts words with, so "render" is no "re-nder"
# and "reaped" no "re-aped".
ONSET = r"(?:[bcdfghjklmnpqrstvwxyz]|[bcdfgkpt][lr]|[cgpstw]h|s[cklmnptw]|tw|wr|s[cp]r|str|spl|shr|thr)"
ONE_SHORT_SYLLABLE = re.compile(rf"^(?:(?:re|mis){ONSET}|{ONSET}?)(?:qu|gu)?[aeiouy][bcdfgjklmnpqrstvz]$")


def guess_lemma(word: str) -> str:
    """The lemma of a regular past tense the profile does not list ("disagreed" -> "disagree")."""
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]
    stem = word[:-2]
    if stem.endswith("ss"):
        return stem  # "passed" -> "pass", "processed" -> "process": no "e" after a double "s"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1]  # "stopped" -> "stop"; "staffed" -> "staff"
    if ONE_SHORT_SYLLABLE.match(stem):
        return stem + "e"  # "hoped", "shaped", "typed", "graded", "quoted", "reshaped", "mistyped"
    if stem.endswith(("it", "ur", "ud", "il", "ul", "am", "im", "om", "in", "ar", "ir")) and stem[-3:-2] in VOWELS:
        return stem  # "credited" -> "credit", "toured", "applauded", "failed", "claimed", "explained": two vowels or a short one
    if stem.endswith("it") and stem[-3:-2] not in ("c", "n", "v"):
        return stem  # "audited", "limited", "visited"; "cited", "united" and "invited" take their "e"
    if stem[-1:] == "l" and stem[-2:-1] not in VOWELS and stem[-2:-1] not in ("l", "r") or \
            stem.endswith(("il", "ul", "ud", "am", "im", "om")) and len(stem) >= 3:
        return stem + "e"  # "sampled", "reconciled", "scheduled", "included", "named", "timed", "welcomed"
    if stem[-1:] in ("c", "g", "s", "v", "u", "z") or stem.endswith(("at", "it", "ut", "iz", "ag", "in", "um", "ur", "ar", "ir")):
        return stem + "e"  # "reduced" -> "reduce", "created" -> "create", "shared", "expired"
    return stem


def guess_ing_lemma(word: str) -> str:
    """The lemma of an -ing form the profile does not list, read back through its regular past
    ("ordering" -> "ordered" -> "order"), except where the -ing keeps what a past would change: a
    stem that keeps its "e" ("queueing", "freeing", "ageing") and a stem ending in "ng" after "i"
    or "o" ("ringing", "longing"), which never had one ("changing", "plunging" take theirs back)."""
    stem = word[:-3]
    if stem.endswith("e") or stem.endswith(("ing", "ong")):
        return stem
    return guess_lemma(stem + "ed")


LABEL_WORDS = 3  # "May:", "Q3 2025:", "Seller onboarding:": a short label before the bullet's verb


def label_end(tokens: tuple[Token, ...]) -> int:
    """Where the bullet's own words start after a short lead-in label ending in a colon ("May:
    Launched the fee ...", "Q3 2025: Cut ..."), or 0. A changelog tags its bullets with months and
    areas; the verb after the tag is still the writer's."""
    if ":" not in map(_TEXT, tokens[:LABEL_TOKENS]):
        return 0  # most sentences: no colon within reach (looked for in C)
    words = 0
    for index, token in enumerate(tokens[:LABEL_TOKENS]):
        if token.text == ":":
            return index + 1 if index > 0 and index + 1 < len(tokens) else 0
        if token.text.isalnum():
            words += index == 0 or tokens[index - 1].text != "."  # "4.2.1" is one word
        elif token.text not in LABEL_MARKS:
            return 0
        if words > LABEL_WORDS:
            return 0
    return 0


def numbered_end(tokens: tuple[Token, ...]) -> int:
    """Where the words start after the number a story's bold title is numbered with ("**1. Cut the
    application from 31 questions to 12.**", "**2) Said no ...**"), or 0: the number is the title's
    place in the list, and the verb after it is the writer's, as a numbered line's is. A gerund after
    it ("**3. Holding the portal launch.**") names a topic, as it does in a title with no number."""
    if len(tokens) > NUMBER_MARK and tokens[0].text.isdigit() and len(tokens[0].text) <= NUMBER_DIGITS \
            and tokens[1].text in (".", ")") and tokens[2].text[:1].isupper() and not tokens[2].lower.endswith("ing"):
        return NUMBER_MARK
    return 0


NUMBER_MARK = 2  # "1" and "." (or ")"): the tokens of a title's number
NUMBER_DIGITS = 2  # a list's place, not a year or a count ("2024. Launched" is no title number)
_TEXT = itemgetter(0)  # Token.text
LABEL_MARKS = frozenset(".()[]")  # "v3.5 (Mar): Replaced ...": a release tag and its month
LABEL_TOKENS = 10  # tokens a label may take, marks included


def leading_verb(tokens: tuple[Token, ...], rubric: Rubric, opening: bool = True) -> tuple[int, str] | None:
    """A bullet that starts with a past-tense verb or a gerund has an implied "I", also after a
    short label ("May: Launched ...") or, with ``opening``, one opening clause ("After ..., cut ...")."""
    start = label_end(tokens) or numbered_end(tokens)
    if start:
        found = leading_verb(tokens[start:], rubric, opening)
        if found:
            return found[0] + start, found[1]  # else the label may be the verb: "Stopped: the video feature."
    if not tokens or not tokens[0].text[:1].isalpha():
        return None
    opened = _opening_clause_end(tokens) if opening else 0
    if opened:
        found = leading_verb(tokens[opened:], rubric, opening=False)
        if found and found[0] == 0 and (tokens[opened].lower != found[1] or found[1] in BARE_PAST):
            return opened, found[1]  # "After shadowing six crews, killed the tablet app": the writer's deed
    found = verb_at(tokens, 0, rubric)  # "Sort of inherited the pipeline" reads from "inherited"
    if found is None:
        return None
    index, lemma = found
    word = tokens[index].lower
    if word == lemma and word not in BARE_PAST:
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if following not in DETERMINERS and not _counted_object(tokens, index + 1):
            return None  # "Design review ...", "Design 2.0 ...": nouns, not verbs; "Read 500 ads" is a verb
    if index == 0 and (_names_a_thing(tokens, word, lemma, rubric) or _describes_subject(tokens, word, rubric)
                       or _counted_subject(tokens, word, lemma, rubric)):
        return None
    if word.endswith("ing") and (_gerund_subject(tokens, index, rubric) or gerund_frame(tokens[index:], rubric)
                                 or _names_a_party(tokens, index, rubric) or _participle_opener(tokens, index, rubric)):
        return None  # "Waiting time for carrier drivers fell from 80 minutes to 35": a measure, not a deed
    return found


def _participle_opener(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """An opening -ing phrase closed by a comma, then "I" or "we" and a verb ("Reading 150 drafts, I
    saw ...", "Working with the trust team, we halved ..."): the main clause's verb is the item's, as
    "Looking back, I ..." and "Having sold tools for years, I ..." read."""
    if index != 0:
        return False
    comma = next((at for at, token in enumerate(tokens[1:OPENING_REACH], start=1) if token.text in (",", ";", ":")), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= len(tokens):
        return False
    subject = tokens[comma + 1]
    return (is_writer(subject) or subject.lower == "we") and verb_at(tokens, comma + 2, rubric) is not None


OPENING_CLAUSES = frozenset(("instead", "despite", "during", "without"))  # with SUBORDINATORS: "Instead of ..., cut ..."
OPENING_REACH = 24  # tokens an opening clause may take before its comma
OWN_SUBJECTS = frozenset("i my we our".split())


def _opening_clause_end(tokens: tuple[Token, ...]) -> int:
    """Where a bullet's own words start after an opening clause and its comma ("After shadowing six
    crews, killed ...", "Instead of the upgrade engineering proposed, had the tractors ..."), or 0."""
    if tokens[0].lower not in SUBORDINATORS and tokens[0].lower not in OPENING_CLAUSES:
        return 0
    for index, token in enumerate(tokens[1:OPENING_REACH], start=1):
        if token.text == ",":
            return index + 1 if index + 2 < len(tokens) and tokens[index + 2].lower != "by" else 0
        if token.text in (";", ":", ".") or token.lower in OWN_SUBJECTS:
            return 0  # "Since May my remit has been the app, used by ...": the clause has its own subject
    return 0


FINITE_AFTER_SUBJECT = frozenset("would could will can should did does had has was were is are "
                                 "wouldn't couldn't won't didn't doesn't".split())


def _names_a_party(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """A leading -ing word with a finite verb right after it names who acted, not the writer's deed:
    "Engineering doubted a manager would use it", "Marketing wanted a launch date", "Testing showed
    the gap". A deed has its object next ("Engineering a new cache ...")."""
    return finite_next(tokens, index + 1, rubric)


def finite_next(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """A finite verb at ``index``: an auxiliary or modal ("was", "could") or a past tense ("returned"),
    so the words before it are its subject ("Marketing wanted", "no resident returned")."""
    if index >= len(tokens):
        return False
    return tokens[index].lower in FINITE_AFTER_SUBJECT or _past_next(tokens, index, rubric)


def _gerund_subject(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """A leading -ing word with a noun right after it ("Waiting time", "Booking volume") that is the
    subject of a change verb later in its clause ("... fell", "... rose"): the sentence tells a
    measure that moved, not a deed of the writer's."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.text.isalpha() or following.lower in DETERMINERS \
            or following.lower in OBJECT_STOPS or following.lower in rubric.verb_lemma:
        return False
    for token in tokens[index + 2:index + GERUND_SUBJECT_REACH]:
        if token.text in (",", ";", ":", "."):
            return False
        word = token.lower
        if word in rubric.change_words and (word.endswith("ed") or word in IRREGULAR_CHANGES) or word in COPULAS:
            return True
    return False


GERUND_SUBJECT_REACH = 14
GERUND_CLAUSE_ENDS = frozenset((",", ";", ":", ".", "that", "which", "who", "where", "when", "while", "and", "but",
                                "i", "we", "so", "because", "after", "before", "until", "over", "instead",
                                "rather", "than", "versus", "vs"))  # "Choosing X over the Y engineering had proposed": a choice


def _gerund_finite(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> int | None:
    """Where the finite verb of a leading -ing verb and its object is, when they stand as its
    subject ("Dropping the app had a cost"), or None. Only when the object opens with a determiner
    ("the", "our"), so a bullet's own -ing deed ("Leading 5 engineers, ...") and a measure
    ("Waiting time fell") are read as before."""
    after = index + 1
    while after < len(tokens) and tokens[after].lower in PARTICLES:
        after += 1  # "Shutting down the portal"
    if after >= len(tokens) or tokens[after].lower not in DETERMINERS or tokens[after].text[:1].isdigit():
        return None
    for position in range(after + 1, min(len(tokens), after + GERUND_SUBJECT_REACH)):
        word = tokens[position].lower
        if word in GERUND_CLAUSE_ENDS:
            return None
        if tokens[position - 1].lower in DETERMINERS:
            continue  # "the redesigned checkout": an adjective
        if word in HAVE_FORMS and word != "have":
            following = tokens[position + 1].lower if position + 1 < len(tokens) else ""
            if rubric.verb_lemma.get(following, following) != following:
                continue  # "the platform engineering had proposed": a clause of its own
            return position
        if word in COPULAS or word in FINITE_FRAMES:
            return position
        lemma = rubric.verb_lemma.get(word)
        if lemma and (word in IRREGULAR_CHANGES or word != lemma and word.endswith("ed")):
            return position
    return None


def gerund_frame(tokens: tuple[Token, ...], rubric: Rubric) -> bool:
    """The sentence opens with a deed named as a subject and says what it was, had or meant ("Dropping
    the app had a cost", "Killing the pilot was the hardest call"): a framing of a story, not a
    deed offered as evidence (docs/labelling-guide.md, "context"), and not "I dropped the app". A
    gerund with a verb of result ("Cutting the fee doubled sign-ups") stays a bullet's own deed, as
    a list of results writes it."""
    if not tokens or not tokens[0].lower.endswith("ing"):
        return False
    position = _gerund_finite(tokens, 0, rubric)
    return position is not None and (tokens[position].lower in COPULAS or tokens[position].lower in HAVE_FORMS
                                      or tokens[position].lower in FINITE_FRAMES)


PARTICLES = frozenset("down off up out back".split())
FINITE_FRAMES = frozenset("meant means cost costs took takes gave gives came comes".split())
IRREGULAR_CHANGES = frozenset("fell rose grew shrank shrunk went won lost sped".split())


def _counted_object(tokens: tuple[Token, ...], index: int) -> bool:
    """A count opens the object ("Read 500 rejected ads"); a version does not ("Design 2.0")."""
    if index >= len(tokens) or not tokens[index].text[:1].isdigit():
        return False
    return index + 2 >= len(tokens) or tokens[index + 1].text != "." or not tokens[index + 2].text[:1].isdigit()


def _names_a_thing(tokens: tuple[Token, ...], word: str, lemma: str, rubric: Rubric) -> bool:
    """"Structured Logging graduated to stable", "Steering Committee Elections": a leading -ed or
    -ing word before a capitalised name is part of the name, not the writer's verb, when the verb
    is not one the profile knows or when the name is itself the subject of a verb."""
    following = tokens[1] if len(tokens) > 1 else None
    if following is None or not following.text[:1].isupper() or following.text == "I":
        return False
    if word.endswith("ing") or lemma not in rubric.verb_class:
        return True
    end = 1
    while end < len(tokens) and tokens[end].text[:1].isupper():
        end += 1
    for token in tokens[end:end + 6]:
        if token.lower in (",", ";", "to", "which", "and", "in", "for", "with", "by", "at"):
            return False
        if token.lower in SUBJECT_VERBS or (token.lower.endswith("ed") and token.lower != word):
            return True  # "Changed Block Tracking KEP was merged"
    return False


def _counted_subject(tokens: tuple[Token, ...], word: str, lemma: str, rubric: Rubric) -> bool:
    """"Calls from parents asking for grades fell from 900 to 300 a week": a leading present form
    ("calls", "visits", "orders") with a preposition after it, then a past verb before the clause
    ends, is the plural noun of a measure that moved, not the writer's verb ("Calls every new
    seller", "Reports to the VP each week" keep theirs)."""
    if word not in (lemma + "s", lemma + "es") or len(tokens) < 4 or tokens[1].lower not in NOUN_PREPOSITIONS:
        return False
    for token in tokens[2:]:
        if token.text in (",", ";", ":") or token.lower in ("and", "which", "who", "that"):
            return False
        if _past_verb(token.lower, rubric):
            return True
    return False


NOUN_PREPOSITIONS = frozenset("from of per for in on at to about by".split())  # not "with": "Interviews with 35 owners told me" is the research the writer did
SUBJECT_VERBS = frozenset("was were is are has have had graduated moved landed shipped merged".split())


def _describes_subject(tokens: tuple[Token, ...], word: str, rubric: Rubric) -> bool:
    """"Badged freelancers won 28% more contracts", "Trained agents handled 30% more calls": a leading
    -ed word before a plural noun that a finite verb follows describes the sentence's subject; it is
    not the writer's verb (whose object would follow it: "Trained 40 agents", "Badged the top sellers")."""
    if not word.endswith("ed") or len(tokens) < 3 or word in rubric.change_words:
        return False  # "Raised units picked per hour from 112 to 131": a change word takes its measure
    noun = tokens[1].lower
    if _modified_subject(tokens, rubric):
        return True
    if not noun.isalpha() or not noun.endswith("s") or noun in DETERMINERS:
        return False
    return tokens[2].lower in FINITE_AFTER_SUBJECT or _past_next(tokens, 2, rubric) \
        or _subject_phrase(tokens, rubric)


def _subject_phrase(tokens: tuple[Token, ...], rubric: Rubric) -> bool:
    """"Failed sessions for drivers fell from 9% to 2.5%", "Rejected claims from small clinics fell":
    the plural noun after the leading -ed word, a phrase of a preposition after it, then a finite
    verb before the clause ends, as :func:`_counted_subject` reads a leading measure noun. The
    writer's deed has its object and no verb of its own before a break: "Trained agents in two
    centres, and handle time fell" (a comma), "... on the new script and handle time fell" ("and":
    so "Failed handshakes between cars and chargers were ..." reads as before), "Moved sellers to
    weekly payouts that cut churn" (a relative)."""
    if len(tokens) < 5 or tokens[2].lower not in SUBJECT_PREPOSITIONS:
        return False
    for index in range(3, len(tokens)):
        token = tokens[index]
        if token.text in (",", ";", ":", "(", ".") or token.lower in ("which", "who", "that", "so", "then", "and", "or"):
            return False
        if token.lower in FINITE_AFTER_SUBJECT or _past_verb(token.lower, rubric):
            return True
    return False


SUBJECT_PREPOSITIONS = NOUN_PREPOSITIONS | {"between", "among"}


def _modified_subject(tokens: tuple[Token, ...], rubric: Rubric) -> bool:
    """"Consolidated monthly invoicing launched in July ...": a leading -ed word, two bare words and
    a past verb that launches or changes something by itself: the -ed word describes the subject
    of that verb. A participle with its agent ("flow used by 40% of users") is not that verb."""
    if len(tokens) < 5 or tokens[4].lower == "by":
        return False
    words = (tokens[1].lower, tokens[2].lower)
    if not all(word.isalpha() and word not in DETERMINERS and word not in OBJECT_STOPS for word in words):
        return False
    verb = tokens[3].lower
    return _past_verb(verb, rubric) and (verb in rubric.change_words or verb in ON_ITS_OWN)


ON_ITS_OWN = SUBJECT_VERBS | frozenset(("launched", "went", "rolled", "opened"))  # "... invoicing launched in July"


I_CONTRACTED = frozenset(("i'll", "i've", "i'd", "i'm"))
WE_CONTRACTED = frozenset(("we'll", "we've", "we'd"))


def is_writer(token: Token) -> bool:
    """"I", or "I'll" / "I've" / "I'd" / "I'm" (one token each): the writer as a subject before a verb."""
    return token.text == "I" or (token.lower in I_CONTRACTED and token.text[:1] == "I")


SUBORDINATORS = frozenset("when after before once while since because although though if until unless whenever".split())


def _main_clause(tokens: tuple[Token, ...]) -> int:
    """Where the main clause starts after an opening subordinate clause ("After the launch I led
    slipped, I wrote ..."), or 0: the writer's verb inside that clause is the circumstance."""
    if not tokens or tokens[0].lower not in SUBORDINATORS:
        return 0
    return next((i + 1 for i, t in enumerate(tokens) if t.text == ","), 0)


def subject_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[str, int, str] | None:
    """The first "I <verb>" or "we <verb>" clause, as (subject, token index, lemma); the main
    clause's first, after an opening subordinate clause."""
    main = _main_clause(tokens)
    if main:
        inner = subject_verb(tokens[main:], rubric)
        if inner:
            return inner[0], inner[1] + main, inner[2]
    for index, token in enumerate(tokens):
        word = token.lower
        if token.text[:1] == "I" and is_writer(token):
            found = verb_at(tokens, index + 1, rubric)
            told = _told_of(tokens, index, found[0], rubric) if found else None
            if told is not None:
                return "other", told[0], told[1]  # "The tool I pushed for shipped ...": the tool's verb
            if found and (_relative(tokens, index, rubric) or _contact_clause(tokens, index, rubric)):
                continue  # "the program I lead touches ...", "sellers bought it, against the 15% I had forecast"
            if found:
                verb = _cleft(tokens, found, rubric) or found
                return "i", verb[0], verb[1]
        if word == "me" and index > 1 and tokens[index - 1].lower in TOLD_ME:
            lemma = rubric.verb_lemma.get(tokens[index - 1].lower)
            if lemma is not None:  # "My years behind a bank counter told me ..., so I kept ...": what taught the writer leads
                return "other", index - 1, lemma
        if word == "my" and tuple(t.lower for t in tokens[index + 1:index + 3]) in MY_PART \
                and tokens[index + 3:index + 4] and tokens[index + 3].lower != "to":  # "my job was to ...": a remit
            found = verb_at(tokens, index + 3, rubric)
            if found:
                return "i", found[0], found[1]  # "my part was getting the three systems to agree"
        if word in WE_CONTRACTED:
            found = verb_at(tokens, index + 1, rubric)
            if found:
                return "we", found[0], found[1]
        if word in rubric.team_words and index > 0:
            found = _team_verb(tokens, index, rubric)
            if found and not (index > 1 and _contact_clause(tokens, index - 1, rubric)):
                return "we", found[0], found[1]  # not "... was confirmed when the change Priya's team shipped ..."
        if word not in ("we", "my", "our", "the"):
            continue
        for phrase in SUBJECT_WE:
            if tuple(t.lower for t in tokens[index:index + len(phrase)]) == phrase:
                found = verb_at(tokens, index + len(phrase), rubric)
                if found and not (index > 0 and _contact_clause(tokens, index, rubric)):
                    return "we", found[0], found[1]  # not "... depend on the platform my team runs"
    return None


COPULAS = frozenset(("is", "was", "are", "were"))
TOLD_ME = frozenset(("taught", "told", "showed"))  # before "me", ahead of the writer's own "I ...": the sentence's verb
OTHER_SUBJECTS = frozenset(("they", "you", "he", "she"))
NOT_SUBJECTS = frozenset("of to for in on at by with and or a an the".split())
MY_PART = frozenset((("part", "was"), ("contribution", "was"), ("role", "was"), ("job", "was")))
CLEFT_LINKS = frozenset(("was", "is"))


def _relative(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """"The returns program I lead touches ...": "I" right after a noun, in a sentence that opens
    with a determiner, starts a relative clause inside the subject when the sentence's own verb
    follows it ("touches", "is"); "This year I moved ..." has none. Right after a present-tense
    remit ("The booking product I own sells ...", "The planner I run plans ..."), any known verb's
    present tense is the thing's own verb."""
    if index < 2 or tokens[0].lower not in ("the", "my", "our", "this", "that"):
        return False
    before = tokens[index - 1]
    if not before.text.isalpha() or before.lower in NOT_SUBJECTS or before.lower in ("that", "which"):
        return False
    if index + 2 < len(tokens) and _remit_then_present(tokens[index + 1].lower, tokens[index + 2].lower, rubric):
        return True
    for token in tokens[index + 2:index + 12]:
        if token.text in (",", ";", ":", ".") or token.lower in ("and", "but"):
            return False
        if token.lower in COPULAS or token.lower in REMIT_VERBS:
            return True
    return False


def _remit_then_present(remit: str, word: str, rubric: Rubric) -> bool:
    """A present-tense remit ("own", "run", "manage") then a known verb's present tense ("sells",
    "plans"): not "I ran tests", whose past verb takes the noun as its object."""
    lemma = rubric.verb_lemma.get(word)
    return remit in rubric.remit_verbs and lemma is not None and word != lemma and word.endswith("s") \
        and not word.endswith("ss")


def _told_of(tokens: tuple[Token, ...], index: int, deed: int, rubric: Rubric) -> tuple[int, str] | None:
    """"The tool I pushed for shipped in March", "The pilot I proposed lost $85,000", "The bundle I
    championed did not sell": the writer's verb in a relative clause inside the subject, then the
    subject's own verb in the past tense. The sentence's verb is that one (docs/labelling-guide.md:
    "the verb is ... 'ship', with the team as its subject"), as the blind writers label it. Only in a
    sentence that opens with "the", "my" or "our" and a noun right before "I", and not past a
    break, a joining word or another relative word ("the plan I wrote that cut ...")."""
    if index < 2 or tokens[0].lower not in TOLD_OPENERS:
        return None
    before = tokens[index - 1]
    if not before.text.isalpha() or before.lower in NOT_SUBJECTS or before.lower in RELATIVE_WORDS:
        return None
    for at in range(deed + 1, min(len(tokens), index + RELATIVE_REACH)):
        word = tokens[at].lower
        if word in CLAUSE_MARKS or word == "." or word in ("and", "but", "or") or word in RELATIVE_WORDS \
                or word in COPULAS or word in REMIT_VERBS:
            return None
        if word in ("did", "does") and at + 1 < len(tokens) and tokens[at + 1].lower == "not":
            return verb_at(tokens, at + 2, rubric)  # "did not sell": the verb denied
        if _past_verb(word, rubric) and (tokens[at - 1].lower not in NOT_SUBJECTS or _no_noun_next(tokens, at)):
            return verb_at(tokens, at, rubric)  # "pushed for saved $3.2M"; not "built for licensed drivers"
    return None


def _no_noun_next(tokens: tuple[Token, ...], index: int) -> bool:
    """The word after a past form is no noun it would modify: a number, a preposition, a determiner,
    an adverb or the end ("shipped in March", "saved $3.2M", "signed only 300 homes")."""
    if index + 1 >= len(tokens):
        return True
    word = tokens[index + 1].lower
    return not word.isalpha() or word in NOT_SUBJECTS or word in DETERMINERS or word.endswith("ly")


TOLD_OPENERS = frozenset(("the", "my", "our"))
RELATIVE_WORDS = frozenset(("that", "which", "who", "whom", "whose", "where", "when"))
RELATIVE_REACH = 12  # tokens after "I" in which the subject's own verb must come


# The present tense of what a thing the writer holds takes in ("The program I run spans 9 depots")
REMIT_VERBS = frozenset("has owns handles serves touches covers reaches processes runs supports powers spans".split())


def _contact_clause(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """"Only 3% of sellers bought it, against the 15% I had forecast": "I" right after a noun
    phrase ("the 15%", "the plan") whose sentence already has someone else's past-tense verb before
    it is a relative clause inside that sentence, not its action."""
    before = tokens[index - 1]
    if index < 3 or not (before.text[:1].isalnum() or before.text == "%") or before.lower in NOT_SUBJECTS \
            or before.lower in CLAUSE_JOINERS:
        return False  # "..., so I stopped the discount": a clause of its own
    opener = next((i for i in range(index - 1, max(0, index - CONTACT_REACH) - 1, -1)
                   if tokens[i].lower in CONTACT_DETERMINERS), None)
    if opener is None or opener < 2:
        return False
    if any(_past_verb(token.lower, rubric) for token in tokens[1:opener]):
        return True
    return (_ends_sentence(tokens, index) or _writer_silent_after(tokens, index)) \
        and first_past_verb(tokens[:opener], rubric) is not None


def _ends_sentence(tokens: tuple[Token, ...], index: int) -> bool:
    """Does the clause of "I" at ``index`` end the sentence, a verb and at most a few words after it
    ("... run on the planner I own.", "... use the tools I set direction for.")? Then it tells what the
    thing is, inside the present-tense sentence of the people who use it, whose verb is the
    sentence's own ("Three chains use the refill product I manage": "use")."""
    rest = [token for token in tokens[index + 1:] if token.text not in (".", "!")]
    return len(rest) <= CONTACT_TAIL and not any(token.text in (",", ";", ":") for token in rest)


CONTACT_TAIL = 3  # "I own", "I set direction for"


def _writer_silent_after(tokens: tuple[Token, ...], index: int) -> bool:
    """Past the clause of "I" at ``index``, the writer does not speak again: what follows still
    tells of the thing or its reach ("... from the roadmap I set, which covers 11 million members",
    "... the registry I run, covering 3.4 million donors", "... the strategy I set for 2026 to
    2028"), so the sentence's verb is still the users'. "..., and I cut its cost by half" is the
    writer's own clause after it."""
    return not any(token.text == "I" or token.lower == "we" for token in tokens[index + 1:])


CLAUSE_JOINERS = frozenset("so then but yet because when while once until since after before if as".split())
CONTACT_DETERMINERS = frozenset("the a an every each all".split())
CONTACT_REACH = 4  # "the 15% I had", "the three-year plan I wrote"


def _past_verb(word: str, rubric: Rubric) -> bool:
    return past_form(word, rubric.verb_lemma)


def past_form(word: str, lemmas: Mapping[str, str]) -> bool:
    """A past-tense verb: a known verb in a past form ("ran"; "cut", its own lemma, is not), else a
    regular past tense the profile does not list."""
    lemma = lemmas.get(word)
    if lemma is not None:
        return word != lemma and not word.endswith(("s", "ing"))
    return looks_past(word)


def _cleft(tokens: tuple[Token, ...], found: tuple[int, str], rubric: Rubric) -> tuple[int, str] | None:
    """"The biggest thing I did was convincing sales ...": the deed is the verb after "was"."""
    index, lemma = found
    if lemma != "do":
        return None
    for at in range(index + 1, min(len(tokens), index + 6)):
        if tokens[at].lower in CLEFT_LINKS:
            return verb_at(tokens, at + 1, rubric)
    return None




def _team_verb(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> tuple[int, str] | None:
    """"Sara's team built ...", "Our routing team, led by Marco, rebuilt ...": a team acting, over
    an appositive between commas."""
    owner = {t.lower for t in tokens[max(0, index - 3):index]}
    if not owner & {"our", "my", "the"} and not tokens[index - 1].lower.endswith("'s"):
        return None
    after = index + 1
    if after < len(tokens) and tokens[after].text == ",":
        closing = next((i for i in range(after + 1, min(len(tokens), after + 8)) if tokens[i].text == ","), None)
        if closing is None:
            return None
        after = closing + 1
    elif after + 2 < len(tokens) and tokens[after].lower in TEAM_OF and _sized_or_named(tokens[after + 1]):
        after += 2  # "My team of three shipped ...", "The pricing team under Priya lowered ..."
        if not (_past_verb(tokens[after].lower, rubric) or _same_past(tokens, after, rubric)):
            return None  # "the team of six engineers builds ...": "engineers" is no verb
    found = verb_at(tokens, after, rubric)
    if found and (tokens[found[0]].lower != found[1] or _same_past(tokens, found[0], rubric)):
        return found  # a past form: "built", "cut quote turnaround"; not "the team build pipeline"
    return None


def _same_past(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """A past the same as its bare form, with its object after it ("The clinic team cut the median
    booking time ...", "My team of three cut quote turnaround ..."): the team's past deed."""
    return index + 1 < len(tokens) and tokens[index].lower in SAME_PAST and tokens[index + 1].lower not in PASSIVE_AUX \
        and _takes_object(tokens, index + 1, rubric)  # not "the team cut was announced": a noun


TEAM_OF = frozenset(("of", "under"))
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def _sized_or_named(token: Token) -> bool:
    """A team's size or its lead after "of" or "under": "of three", "of 12", "under Marco"."""
    return token.lower in NUMBER_WORDS or token.text.isdigit() or token.text[:1].isupper() and token.text.isalpha()


def read_clause(tokens: tuple[Token, ...], rubric: Rubric) -> Clause | None:
    """The sentence's own action: a leading verb (implied "I") first, else "I/we <verb>"."""
    leading = leading_verb(tokens, rubric)
    if leading:
        return _new(Clause, ("lead", leading[0], leading[1]))
    found = subject_verb(tokens, rubric)
    return _new(Clause, found) if found else None


def passive_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[int, str] | None:
    for index, token in enumerate(tokens[:-1]):
        if token.lower in PASSIVE_AUX:
            found = verb_at(tokens, index + 1, rubric)
            if found and tokens[found[0]].lower.endswith(("ed", "en", "t")):
                return found
    return None


def _past_next(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """A past-tense verb right after a present-tense form: the form ends the subject's noun phrase
    ("customer reports dropped", "kids profiles launched"), it is not the verb."""
    return index < len(tokens) and _past_verb(tokens[index].lower, rubric)


def first_past_verb(tokens: tuple[Token, ...], rubric: Rubric, same_past: bool = True) -> tuple[int, str] | None:
    """"Checkout conversion improved ...", "My remit covers ...": the first past-tense verb, or
    present-tense one after a noun, when nobody is named; with ``same_past``, also a past the same as
    its bare form before its object ("The planner cut overtime ...")."""
    for index, token in enumerate(tokens):
        word = token.lower
        if word in COPULAS:
            # "were waiting 14 days"; "the problem was not the model": none; so too a bullet that opens
            # with its copula, "Was responsible for the roadmap and helped with ...": the verb is "was"
            return verb_at(tokens, index + 1, rubric)
        if word in OTHER_SUBJECTS:
            found = verb_at(tokens, index + 1, rubric)
            if found:
                return found  # "They called every merchant ...", "You may ask ..."
        if index == 0 or tokens[index - 1].lower in DETERMINERS:
            continue
        if word in POSSESSING and index + 1 < len(tokens) and _possession(tokens[index + 1]) \
                and tokens[index - 1].lower not in OWN_SUBJECTS:
            return index, "have"  # "Parents had no way to know", "That choice had a cost"; not "I had a great year"
        lemma = rubric.verb_lemma.get(word)
        if lemma and word != lemma and not word.endswith(("s", "ing")):
            return _habitual(tokens, index, rubric) or (index, lemma)
        if lemma and word == lemma + "s" and tokens[index - 1].text.isalpha() \
                and tokens[index - 1].lower not in NOT_SUBJECTS and not _past_next(tokens, index + 1, rubric):
            return index, lemma  # "my area spans", "the program I lead touches"
        if lemma and word == lemma and _plural_subject(tokens, index, rubric):
            return index, lemma  # "Three teams build from my roadmap", "Most drivers never open the app"
        if same_past and lemma and word in SAME_PAST and _takes_object(tokens, index + 1, rubric):
            return index, lemma  # "The planner cut overtime by 9%", "That delay cost us a quarter"
        if lemma is None and looks_past(word):
            return index, guess_lemma(word)
    return None


def _plural_subject(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """A verb's bare form after a plural noun (over "still", "never", "do not") is that noun's
    present tense when nobody else acts: "analysts work from my roadmap", "growers do not read
    emails". A noun the verb lists also know ("reports", "plans") may be a verb itself, and a past
    verb next makes the bare form a noun ("the sellers list grew")."""
    word = tokens[index].lower
    if word == "do" or rubric.verb_class.get(word) == "technical":
        return False  # "growers do not read": the verb is "read"; "teams build" is left unread (the writers split)
    if index + 1 < len(tokens) and tokens[index + 1].lower in rubric.team_words:
        return False  # "the blood drive team", "the design team": the word names the team
    before = index - 1
    while before > 0 and tokens[before].lower in PRESENT_ADVERBS:
        before -= 1
    noun = tokens[before].lower
    if not noun.endswith("s") and _joined_plural(tokens, before, rubric):
        noun += "s"  # "Four squads and a $2M budget sit under my roadmap": the subject is both
    if not noun.isalpha() or len(noun) < 4 or not noun.endswith("s") or noun.endswith(("ss", "ous")) \
            or noun in rubric.verb_lemma or noun[:-1] in rubric.not_deeds or noun in NOT_SUBJECTS:
        return False  # "various", "needs"
    if before > 0 and (tokens[before - 1].lower.endswith("ing") or tokens[before - 1].lower in rubric.verb_lemma) \
            and not _modifier(tokens, before - 1):
        return False  # "letting patients choose": the noun is an object, not the subject
    return not _past_next(tokens, index + 1, rubric)


def _modifier(tokens: tuple[Token, ...], at: int) -> bool:
    """The word at ``at`` stands inside a noun phrase, after its determiner or count ("two partner
    banks", "the 14-person estimating desk"), so it names a kind of the noun after it, not a verb
    that takes that noun as its object ("letting patients choose")."""
    if at < 1:
        return False
    word = tokens[at - 1].lower
    return word in DETERMINERS or word in NUMBER_WORDS or word[:1].isdigit()


SAME_PAST = BARE_PAST | frozenset(("cost",))  # a past the same as its bare form, after a singular subject
OBJECT_PRONOUNS = frozenset("us me them him her".split())


def _takes_object(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """Does an object start at ``index`` ("us", "the", a number, a noun), so the form before it is a
    verb and not a noun ("the price cut for members", "the cut saved", "unit cost per order")?"""
    if index >= len(tokens):
        return False
    token = tokens[index]
    word = token.lower
    if word in OBJECT_PRONOUNS or word in DETERMINERS or token.text[:1].isdigit() or token.text[:1] == "$":
        return True
    return token.text[:1].isalpha() and word not in OBJECT_STOPS and word not in NOUN_PREPOSITIONS \
        and word not in NOT_SUBJECTS and word not in rubric.verb_lemma and not looks_past(word) \
        and not word.endswith("ly")


PRESENT_ADVERBS = frozenset("still never now only also all do not don't".split())


def _joined_plural(tokens: tuple[Token, ...], at: int, rubric: Rubric) -> bool:
    """The noun at ``at`` closes a subject of several things joined by "and", the first of them
    plural: "Four squads and a $2.3M budget ...", "Four resorts, 180,000 pass holders and the
    group's season-pass line ...". Only from the sentence's opening, with no verb before the "and"."""
    words = [token.lower for token in tokens[:at]]
    if "and" not in words:
        return False
    joint = words.index("and")
    first = words[joint - 1] if joint > 0 else ""
    return len(first) > 3 and first.isalpha() and first.endswith("s") and not first.endswith(("ss", "ous")) \
        and first not in rubric.verb_lemma and not any(word in rubric.verb_lemma or word in ("i", "we")
                                                       for word in words[:joint])


POSSESSING = frozenset(("had", "has"))


def _possession(token: Token) -> bool:
    """What follows "had" when it is the verb ("had no way", "had a cost", "had 14,000 members"),
    not the auxiliary of a past ("had grown")."""
    return token.lower in DETERMINERS or token.lower == "no" or token.text[:1].isdigit()


def verb_class(tokens: tuple[Token, ...], index: int, lemma: str, rubric: Rubric) -> str:
    """pm / technical / neutral, by the verb and its object: an engineering verb with a
    non-technical object is neutral ("built consensus"), a neutral verb with an engineering object
    is technical ("wrote the Spark job", "reviewed the team's pull requests") and one with a
    decision's object is a product verb ("turned down the vendor's quote")."""
    found = rubric.verb_class.get(lemma, "neutral")
    if found == "technical":
        objects = rubric.non_technical_objects.get(lemma)
        if objects is not None and _object_in(objects, tokens, index, rubric):
            return "neutral"  # "built consensus", "developed talent": not engineering, not a product verb
        heads = rubric.non_technical_heads.get(lemma)
        if heads is not None and _object_in(heads, tokens, index, rubric, ends=True, stops=HEAD_CLAUSE_STOPS):
            return "neutral"  # "built the experiment review template": a mechanism people follow
        if rubric.object_senses and _other_sense(tokens, index, rubric):
            return "neutral"  # "I built the model with her analyst" after "paying per trip": a financial model
    elif found == "neutral":
        objects = rubric.technical_objects.get(lemma)
        if objects is not None and _object_in(objects, tokens, index, rubric):
            return "technical"
        objects = rubric.pm_objects.get(lemma)
        if objects is not None and _object_in(objects, tokens, index, rubric):
            return "pm"  # "turned down the quote", "dropped the second ID check": a decision
    return found


def _other_sense(tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """The verb's object ends in a word of two senses (`verbs.object_senses`: "model") and the
    sentence holds a sign of its other sense ("pricing", "fees", "franchise") and none of its
    engineering one ("churn", "trained", "AUC"): "I built the model with her analyst" after "paying
    per trip" is a financial model; "built a churn model for lapsed subscribers" stays engineering."""
    after = index + 1
    while after < len(tokens) and tokens[after].lower in DETERMINERS:
        after += 1
    last = None
    for token in tokens[after:after + rubric.threshold("object_window", 4) + 1]:
        if token.lower in SENSE_STOPS or not token.text[:1].isalnum():
            break  # "a model of the last 20 winters", "the model myself from ..."
        last = token.lower
    senses = rubric.object_senses.get(last) if last is not None else None
    if senses is None:
        return False
    words = {token.lower for token in tokens}
    return not senses[1].intersection(words) and bool(senses[0].intersection(words))


SENSE_STOPS = frozenset(("of", "every", "each", "myself", "ourselves", "himself", "herself", "themselves")) | OBJECT_STOPS


def object_head_in(objects, tokens: tuple[Token, ...], index: int, rubric: Rubric) -> bool:
    """Does the object of the verb at ``index`` end in one of these heads before what it shows or
    whom it is for ("built a Looker dashboard of plays per hour", "the dashboard for the team")?"""
    return _object_in(objects, tokens, index, rubric, ends=True, stops=HEAD_STOPS)


HEAD_STOPS = OBJECT_STOPS | {"of", "every", "each"}  # "the checkout dashboard every morning" ("the weekly refunds dashboard" runs on)
# The object of a verb whose sense its last word turns (`verbs.non_technical_heads`) also ends where the
# next clause or deed begins: "rewrote the welcome pack and gave the induction talk", "rewrote the
# outage text alerts after listening to 300 storm-night calls".
HEAD_CLAUSE_STOPS = OBJECT_STOPS | {"and", "after", "before", "because", "while", "when"}


def _object_in(objects, tokens: tuple[Token, ...], index: int, rubric: Rubric, ends: bool = False,
               stops: frozenset[str] = OBJECT_STOPS) -> bool:
    """Does one of these phrases start within the first words of the verb's object (``ends``: end
    the object, "the experiment review template" but not "the template engine")?"""
    window = rubric.threshold("object_window", 4)
    if index >= 2 and tokens[index - 1].text in ("I", "we") and tokens[index - 2].text.isalpha():
        if any(m.first == 0 for m in objects.iter_matches([tokens[index - 2].lower])):
            return True  # "the team I built", "the checklist we built": the object comes before the subject
    after = index + 1
    if after < len(tokens) and tokens[after].lower in OBJECT_STOPS \
            and any(m.first == 0 and m.last == 0 for m in objects.iter_matches([tokens[after].lower])):
        return True  # a particle that is also a preposition: "passed on the vendor"
    while after < len(tokens) and tokens[after].lower in DETERMINERS:
        after += 1
    words = []
    for token in tokens[after:after + window + 2]:
        if token.lower in stops or not token.text[:1].isalnum():
            break  # the object ends at a preposition: "built a dashboard for the team"
        words.append(token.lower)
    if ends:
        return any(match.last == len(words) - 1 for match in objects.iter_matches(words[:window + 1]))
    return any(match.first <= window for match in objects.iter_matches(words))


def _action(tokens: tuple[Token, ...], index: int, lemma: str, subject: str, rubric: Rubric) -> Action:
    token = tokens[index]  # tuple.__new__: no named-tuple __new__ calls for every item's action
    particles = rubric.phrasal.get(lemma)
    particle = _particle(tokens, index, particles) if particles is not None else None
    return _new(Action, (lemma, verb_class(tokens, index, lemma, rubric), subject, _new(Span, (token.start, token.end)),
                         particle))


PARTICLE_OBJECTS = frozenset("it them this that him her".split())  # "turned it down", "set them up"


def _particle(tokens: tuple[Token, ...], index: int, particles: frozenset[str]) -> str | None:
    """The particle of a phrasal verb (profile list ``verbs.phrasal``) right after the verb or after a
    pronoun object: "turned down the quote", "turned it down", "rolled out 40 kiosks". Not "over" or
    "under" before a number ("took over 200 calls"): more or fewer than it, not the verb's particle."""
    at = index + 1
    if at < len(tokens) and tokens[at].lower in PARTICLE_OBJECTS:
        at += 1
    if at >= len(tokens) or tokens[at].lower not in particles:
        return None
    particle = tokens[at].lower
    following = tokens[at + 1].text if at + 1 < len(tokens) else ""
    return None if particle in AMOUNT_WORDS and following[:1].isdigit() else particle


AMOUNT_WORDS = frozenset(("over", "under"))  # "took over 200 calls": more than, no particle


_new = tuple.__new__


def find_action(item_tokens: tuple[Token, ...], first: tuple[Token, ...], clause: Clause | None,
                rubric: Rubric) -> tuple[Action, bool]:
    """The item's main action (from its first sentence's clause), and whether the writer's own
    action appears anywhere in the item (not looked for when the main action is the writer's)."""
    if _copula_frame(first, rubric):
        return Action(None, "none", "none"), _own_anywhere(item_tokens, rubric)
    asked = room_verb(first, rubric) or question_verb(first, rubric)
    if asked is not None:  # "You may ask whether ...; ... which I found by ...": the room's question leads
        return _action(first, asked[0], asked[1], "other", rubric), \
            _own_anywhere(_after_question(item_tokens, first, asked[0]), rubric)
    if clause is not None:
        subject = "i" if clause.subject == "lead" else clause.subject
        # "Churn fell 9% after I cut ...": the result's verb leads, and the deed stays the writer's
        found = _result_first(first, clause, rubric) if clause.subject != "lead" else None
        index, lemma = found[:2] if found else clause[1:]
        if found is not None and found[2]:
            subject = "other"  # "Engineering proposed a rebuild; I chose ...": the first clause is someone else's
        action = _action(first, index, lemma, subject, rubric)
        return action, subject == "i" or _own_anywhere(item_tokens, rubric)
    for finder, subject in ((passive_verb, "passive"), (first_past_verb, "other")):
        found = finder(first, rubric)
        if found:
            if subject == "passive" and found[0] > 0 and first[found[0] - 1].lower in PRESENT_PASSIVE:
                subject = "other"  # "most of it is spent walking", "routes are planned by a vendor": how things stand
            return _action(first, found[0], found[1], subject, rubric), _own_anywhere(item_tokens, rubric)
    return Action(None, "none", "none"), _own_anywhere(item_tokens, rubric)


FRAME_OPENERS = frozenset(("the", "my", "our", "one", "what"))
FRAME_REACH = 8  # words before the copula: "The biggest risk I took this year was"


def _copula_frame(tokens: tuple[Token, ...], rubric: Rubric) -> bool:
    """The sentence opens with a subject that names what the item tells, then "is" or "was" ("My
    mistake was launching ...", "The bet I got wrong was a tomato box: I pitched it", "What I would
    do differently is put ..."; profile list ``verbs.copula_frames``): its main verb is the copula,
    so it has none. Not a passive ("The mistake was caught in review") and not a frame noun after
    the copula ("The launch was my call")."""
    if not tokens or tokens[0].lower not in FRAME_OPENERS:
        return False
    for at in range(1, min(len(tokens) - 1, FRAME_REACH + 1)):
        if tokens[at].lower in COPULAS:
            if _past_verb(tokens[at + 1].lower, rubric):
                return False
            before = {token.lower for token in tokens[1:at]}
            return not before.isdisjoint(rubric.copula_frames) or tokens[at + 1].lower not in OWN_COLON \
                and _colon_after(tokens, at + 1)
        if not tokens[at].text[:1].isalpha():
            return False  # "The risk, as I saw it, was ...": a break before the copula
    return False


# after the copula, the words that make the clause after the colon the sentence's own: the writer's
# deed ("The mistake was mine: I approved ...") or what is said ("The evidence above is what I will say
# in the room: she found ...")
OWN_COLON = frozenset(("mine", "what"))
COLON_REACH = 14  # words from the copula to its colon: "is the clearest sign I already operate at L6:"


def _colon_after(tokens: tuple[Token, ...], start: int) -> bool:
    """The copula's clause ends in a colon, with no other break before it ("The rebalancing work is
    the clearest sign I operate at L6: I persuaded ...", "The clipper was a huge effort: eleven teams
    ..."): the sentence names what it tells, and the clause after the colon tells it; its main verb
    is still the copula."""
    for token in tokens[start:start + COLON_REACH]:
        if token.text == ":":
            return True
        if not token.text[:1].isalnum() and token.text not in ("'", "’", "-"):
            return False
    return False


def _result_first(tokens: tuple[Token, ...], clause: Clause, rubric: Rubric) -> tuple[int, str, bool] | None:
    """A result told first, in a clause with its own subject, before the deed that caused it:
    "Refund requests fell 27% after I pushed ...", "Setup success rose from 82% to 93% once I got
    ...". The first verb of the first clause is the result's (docs/labelling-guide.md,
    technical_lead), as the writers label it. Only with the deed after a word of time (profile list
    ``verbs.result_links``); "Engineering doubted it, so I ran a pilot" and "...; I chose ..." keep
    the writer's verb, and so does a sentence that opens with a clause of its own ("After two
    pickups were missed, I met ...") or a verb after a comma ("Through the peak, when bookings
    doubled, we held ...")."""
    start = label_end(tokens)  # "Outcome: completion rose from 58% to 81%."
    link = next((at for at in range(clause.index - 1, max(start, clause.index - LINK_REACH) - 1, -1)
                 if tokens[at].lower in rubric.result_links), None)
    if link is None or tokens[start].lower in RESULT_OPENERS or not tokens[start].text[:1].isalpha():
        return None
    found = first_past_verb(tokens[start:link], rubric, same_past=False)  # not "The team cut ...; I wrote ..."
    if found is None:
        return None
    at = found[0] + start
    if any(token.text in CLAUSE_MARKS or token.lower in SUBORDINATORS for token in tokens[start:at]):
        return None
    return at, found[1], tokens[link].text in CLAUSE_MARKS


LINK_REACH = 4  # tokens from the word of time to the writer's verb: "after I", "once my team"
RESULT_OPENERS = SUBORDINATORS | OPENING_CLAUSES | frozenset(
    "in on at by for with through during over across from within under as this last next".split())
CLAUSE_MARKS = frozenset((",", ";", ":", "(", "—", "–"))


def room_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[int, str] | None:
    """The verb of an objection the sentence opens with, put in the room's mouth: "You may ask
    whether ...", "Some will say ...", "The committee will ask ...", "If the room asks ...". It is
    the first verb of the first clause (docs/labelling-guide.md, technical_lead), whatever the
    writer's own verb in the answer after it. "(I) expect the question of whether ..." raises one
    too: its verb is "expect"."""
    expected = _expected_question(tokens)
    if expected is not None:
        return expected, "expect"
    for index, token in enumerate(tokens[:ROOM_REACH]):
        word = token.lower
        if word in ROOM_MODALS or (word in ROOM_VERB_FORMS and tokens[0].lower == "if"):
            at = index + 1 if word in ROOM_MODALS else index
            lemma = _room_lemma(tokens[at].lower, rubric) if at < len(tokens) else None
            if lemma is not None:
                return at, lemma
        if word in ("i", "we", ",", ";", ":") or word in OBJECT_STOPS:
            return None
    return None


def question_verb(tokens: tuple[Token, ...], rubric: Rubric) -> tuple[int, str] | None:
    """The verb of a question the item opens with and then answers: "Did the queue drop because
    volumes fell? No: ...", "Will the lift hold without the discount? ...", "Why did the launch
    slip? ...", "Would the rate have come anyway? ...". It is the question's main verb, whoever
    its subject (docs/labelling-guide.md, technical_lead: the first verb of the first clause): the
    first known verb in its bare form after the auxiliary and the subject, not the noun right after
    a determiner ("the drop in ..."), nor one more word of the subject ("the staggered start
    slow ..."). A question with "is" or "was" has no verb of action (a copula)."""
    if not tokens or tokens[0].lower != "why" and tokens[0].lower not in QUESTION_AUX:
        return None  # most sentences: no question opens them, and their tokens are not scanned for "?"
    end = next((index for index, token in enumerate(tokens) if token.text == "?"), None)
    if end is None:
        return None
    at = 1 if tokens[0].lower == "why" else 0
    if at and at < end and tokens[at].lower == "not":
        found = verb_at(tokens, at + 1, rubric)  # "Why not build the feature ...?"
        return found if found and tokens[found[0]].lower == found[1] else None
    if at >= end or tokens[at].lower not in QUESTION_AUX:
        return None
    for index in range(at + 2, end):
        word = tokens[index].lower
        if tokens[index - 1].lower in DETERMINERS or word in OWN_SUBJECTS:
            continue  # "the drop", "the launch": the subject's noun
        if word in ("have", "be") and index + 1 < end:
            found = verb_at(tokens, index + 1, rubric)  # "Would the rate have come anyway?"
            return found if found and found[0] == index + 1 else None
        if rubric.verb_lemma.get(word) == word and not _subject_goes_on(tokens, index + 1, end):
            if rubric.verb_class.get(word) == "technical" and (tokens[index + 1].lower in QUESTION_FOLLOWERS
                                                                or not _takes_object(tokens, index + 1, rubric)):
                return None  # "Will the check-ins scale beyond Brazil?": no system built or scaled
            return index, word
    return None


QUESTION_AUX = frozenset("did does do will would won't wouldn't didn't doesn't can could should might".split())


def _subject_goes_on(tokens: tuple[Token, ...], index: int, end: int) -> bool:
    """Is the word at ``index`` one more word of the question's subject, a plain word before its
    verb ("the staggered start slow enrolment": "start" names the thing)? A verb's object, a
    preposition, a determiner, a number or the question mark ends the subject."""
    if index >= end:
        return False
    word = tokens[index].lower
    return word.isalpha() and word not in DETERMINERS and word not in OBJECT_STOPS \
        and word not in QUESTION_FOLLOWERS and not word.endswith("ly")


QUESTION_FOLLOWERS = frozenset("this these those it them us me anyway once if because after before as without "
                               "beyond past up down off out over under without than when while".split())


def _after_question(item_tokens: tuple[Token, ...], first: tuple[Token, ...], at: int) -> tuple[Token, ...]:
    """The item's words after the room's question that opens it: the writer's "I" inside the
    question ("A reader may ask why I did not build ...", "You might ask whether I could have
    bought more trucks", "Some will say it came from the launch, not from anything I did") is the
    room's supposition, not a deed; the answer after it may tell one."""
    end = next((token.end for token in first[at:] if token.text in QUESTION_ENDS), None)
    return () if end is None else tuple(token for token in item_tokens if token.start >= end)


QUESTION_ENDS = frozenset((";", "?", ".", ":", "—", "–"))


def _room_lemma(word: str, rubric: Rubric) -> str | None:
    """A verb of raising a question, as its lemma; "wonder" is no deed of the writer's ("I
    wondered"), so the verb lists leave it out, but the room's "may wonder whether" raises one."""
    lemma = rubric.verb_lemma.get(word) or ROOM_ONLY.get(word)
    return lemma if lemma in ROOM_VERBS else None


ROOM_ONLY = {"wonder": "wonder", "wonders": "wonder", "question": "question"}  # "A reader may wonder why ...", "may question whether"
def _expected_question(tokens: tuple[Token, ...]) -> int | None:
    """Where "expect" stands in a sentence that opens "Expect the question ..." or "I expect the
    objection ...", or None."""
    at = 1 if tokens and tokens[0].text == "I" else 0
    if len(tokens) < at + 3 or tokens[at].lower != "expect":
        return None  # most sentences: no "expect" where it would stand
    words = [token.lower for token in tokens[at:at + 3]]
    if len(words) == 3 and words[0] == "expect" and words[1] in DETERMINERS and words[2] in EXPECTED:
        return at
    return None


EXPECTED = frozenset(("question", "objection", "pushback", "challenge", "criticism"))
ROOM_MODALS = frozenset("will may might could would can".split())
ROOM_VERBS = frozenset("ask say argue wonder object question point claim".split())
ROOM_VERB_FORMS = frozenset("asks ask says say argues".split())
ROOM_REACH = 5  # words before the modal: "The room will ask", "A reviewer from finance may say"


def _own_anywhere(tokens: tuple[Token, ...], rubric: Rubric) -> bool:
    """Whether "I" followed by a verb appears anywhere in the tokens, "now" between them too: a
    lesson's "I now ask finance first" is the writer's own action (it is not the sentence's verb)."""
    for index, token in enumerate(tokens):  # a loop, not a generator: every item asks, over all its words
        if token.text[:1] == "I" and is_writer(token):
            after = index + 2 if index + 1 < len(tokens) and tokens[index + 1].lower == "now" else index + 1
            if verb_at(tokens, after, rubric) is not None:
                return True
    return False
