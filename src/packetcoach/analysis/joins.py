"""One story told over several sentences of a paragraph is one item.

The item splitter opens a new item at every sentence where the writer acts, which keeps separate
achievements apart ("I cut the checklist from 17 steps to 5. I also convinced finance ..."). But a
paragraph often tells one story in order: the decision first, the result two sentences later ("I
pitched daily payouts to the CFO. ... By November churn had fallen from 9% to 5%."). Read sentence
by sentence, the decision looks unfinished ("no customer or business result") and the result looks
like nobody's: two wrong findings where the room reads one finished story. So, inside one
paragraph, a claim that is the writer's decision and has no result yet takes in the claims that follow,
until the story has its result or a sentence opens another story ("I also ..."). In the same way an
objection the writer raises takes in the claims that answer it.
"""

from __future__ import annotations

from collections.abc import Callable

from packetcoach.analysis.annotate import Signalled, completed
from packetcoach.analysis.facts import THINGS_CUT, closes_a_bet, mistake_titled, split_stop_phrases
from packetcoach.analysis.kinds import opens_thesis, told_before
from packetcoach.analysis.measures import token_index
from packetcoach.analysis.stories import opens_with
from packetcoach.core.model import Item, Span, built, rebased
from packetcoach.profile.compile import Rubric, derived
from packetcoach.text.items import answers_ask, titled
from packetcoach.text.numbers import has_number
from packetcoach.text.verbs import SUBORDINATORS, numbered_end


def read_joined(raw: tuple[Item, ...], read_signals: Callable[[Item], Signalled], rubric: Rubric,
                named: bool = False,
                read_resulted: Callable[[Item], Signalled | None] | None = None) -> tuple[Item, ...]:
    """A paragraph's items, read and joined: every claim as split, and every story the joiner
    tries, is read only as far as its signals and kind (all :func:`join_unfinished` decides on);
    only the items the paragraph keeps are then read whole (mentions, principles, facts, about two
    fifths of reading an item). The claims a story takes in and the joins tried and not taken are
    never finished (nor named: ``named`` gives the kept items their ids, as :func:`completed`).
    ``read_resulted`` reads a story tried for its result as ``read_signals`` does, or gives None
    where it cannot have one (annotate.py :func:`read_resulted`): about half the stories tried stop
    there, after their numbers and results, unread for their phrases, kind and activity. A story
    tried and found with no result is not read again when the joiner tries it once more, for
    readiness (:func:`join_unfinished`): the spans of those stories are remembered for the paragraph."""
    found: dict[int, Signalled] = {}  # this paragraph's reads by their item, while it is read
    no_result: set[tuple[int, int]] = set()  # the spans of the stories tried that have no result

    def signals(item: Item) -> Item:
        signalled = read_signals(item)
        found[id(signalled.item)] = signalled
        return signalled.item

    def resulted_read(item: Item) -> Item | None:
        span = (item.span.start, item.span.end)  # one story of this paragraph's claims: its first and last
        if span in no_result:
            return None  # tried for its result, and now for readiness: a story with no result is not ready
        signalled = read_resulted(item) if read_resulted is not None else read_signals(item)
        if signalled is None:
            no_result.add(span)
            return None
        found[id(signalled.item)] = signalled
        return signalled.item
    read = [signals(item) for item in raw]
    if len(read) > 1 and _problem_head(read[0], found[id(read[0])], read[1], rubric):
        head = found[id(read[0])]
        head = head._replace(item=rebased(head.item, kind="context"))
        found[id(head.item)] = head
        read[0] = head.item
    joined = list(join_unfinished(raw, tuple(read), signals, rubric,
                                  lambda item: _resulted(item) or found[id(item)].felt_only, resulted_read))
    at = 0
    while at + 1 < len(joined):
        if _repair_after_lesson(joined, at, rubric):  # "... Forty patients complained. I moved the window the same day ..."
            lesson = found[id(signals(_combined(joined[at:at + 2])))]
            lesson = lesson._replace(item=rebased(lesson.item, kind="lesson"))
            found[id(lesson.item)] = lesson
            joined[at:at + 2] = [lesson.item]
        at += 1
    return tuple([completed(found[id(item)], rubric, named) for item in joined])


def _repair_after_lesson(items: list[Item], index: int, rubric: Rubric) -> bool:
    """A mistake the reading takes as a lesson, and the writer's deed right after it in its
    paragraph dated back by it ("We sent the first texts at 6am. Forty patients complained. I moved
    the window the same day and apologised to each of them.", "I made a mistake in October: ... I
    corrected it in writing the next day."): the repair of the mistake the lesson tells, one story
    with it, and no claim that asks for a result of its own (profile list `kinds.told_back_times`,
    read as :func:`_dated_back` reads a deed after a claim)."""
    if items[index].kind != "lesson" or items[index + 1].kind != "claim":
        return False
    return _told_back(items[index + 1], rubric)


def _problem_head(head: Item, read: Signalled, deed: Item, rubric: Rubric) -> bool:
    """The problem a story paragraph opens with, before the writer's own deed ("Roofers on our repair
    panel were paid 47 days after the job, and a third of them had started turning our customers
    away. I proposed paying the panel on sign-off ..."): the labelling guide's context ("a problem
    statement"), not a claim judged for a result it never offers. Only the paragraph's first claim,
    told of someone else, a thing or in the passive, with no action of the writer's, the team's or
    anyone's stated as a result (a result told first, "No-shows dropped from 18% to 9% after we
    ...", is the story's outcome), and only when the next claim is the writer's own ("I ..."). So
    is the background the team's work gives the writer's decision, told in the past perfect or the
    past progressive (:func:`~packetcoach.analysis.kinds.told_before`: "We had been building a
    loyalty widget for restaurant owners. After the pilot ..., I stopped the project ..."): what was
    under way before the writer's move, with no "I" in it, a context the decision's item is judged
    and listed without. A bold title before the head is the story's name ("**The buyer
    credit-scoring model.** We had spent two quarters building ..."); a head that opens with its
    title is the story's own claim."""
    s, d = head.signals, deed.signals
    if s is None or d is None or head.kind != "claim" or head.format != "prose" or deed.kind != "claim":
        return False
    if s.own_action or s.activity_only and head.action.subject == "none" or s.business_outcome \
            or any(m.result and m.type for m in read.measures):
        return False  # "Responsible for the kitchen display ...": a remit told as a deed stays a claim
    if head.action.subject in SCENE_SUBJECTS:
        if head.source[:1] in "*_" or any(word in WRITER_WORDS for word in head.words):
            return False  # a story's bold title, or the writer in it ("I am a Senior PM on ...", "What went wrong? I ...")
    elif head.action.subject != "we" or head.source[:1] in "*_" and head.span.start == 0 \
            or any(word in SELF_WORDS for word in head.words) or not told_before(head, rubric):
        return False  # the team's deed offered as evidence ("We migrated the ledger ..."), or the writer's part in it
    return d.own_action and deed.action.subject == "i"


SCENE_SUBJECTS = frozenset(("other", "passive", "none"))  # a problem told of someone else, a thing, or no one
WRITER_WORDS = frozenset(("i", "we", "i'm", "i've", "i'd", "i'll", "we're", "we've"))
SELF_WORDS = frozenset(("i", "i'm", "i've", "i'd", "i'll"))  # the writer acting in the team's background


def join_unfinished(raw: tuple[Item, ...], read: tuple[Item, ...], annotate: Callable[[Item], Item],
                    rubric: Rubric, resulted: Callable[[Item], bool] | None = None,
                    tried: Callable[[Item], Item | None] | None = None) -> tuple[Item, ...]:
    """The paragraph's items with each unfinished story joined to the claims that finish it.
    ``raw`` are the items as split, ``read`` the same items annotated; ``annotate`` reads a joined
    item. A story is joined only when the join gives it its measured result (a technical one too):
    a decision whose result never comes stays as it was split, so the reading changes only where the
    room's does (``resulted``: whether a read item has its result, :func:`_resulted` unless given;
    a result the served party felt, told in a measure typed technical, is one too). ``tried`` reads
    a story tried for its result, or gives None where the reading shows it has none (``annotate``
    unless given)."""
    if len(read) < 2:
        return read
    joined: list[Item] = []
    index = 0
    while index < len(read):
        answer = _answer_end(read, index, rubric)
        if answer > index + 1:  # the room's objection and the sentences that answer it are one item
            joined.append(annotate(_combined(list(raw[index:answer]))))
            index = answer
            continue
        told = _deed_title_told(read, index, rubric)
        if told > index + 1:  # "**Cut the application to 12 questions.** ... I went through ... fell from 6.5 hours to 2."
            joined.append(annotate(_combined(list(raw[index:told]))))
            index = told
            continue
        told = _titled_story_told(read, index, rubric)
        if told > index + 1:  # "**Pausing instead of cancelling.** ... I proposed ... I killed ... fell from 6.8% to 4.2%"
            joined.append(annotate(_combined(list(raw[index:told]))))
            index = told
            continue
        told_on = _thesis_told_on(read, index, rubric)
        if told_on > index + 1:  # "This year I turned baggage into ... I did it by ...": one frame, or one claim with its result
            joined.append(annotate(_combined(list(raw[index:told_on]))))
            index = told_on
            continue
        if _part_follows(read, index, rubric):  # "Uptime held at 99.2% ... My part was the freeze rule: ..."
            joined.append(annotate(_combined(list(raw[index:index + 2]))))
            index += 2
            continue
        stop = _bet_stopped(read, index, rubric)
        if stop:  # "I proposed X, betting ... Only 4% used it, and I pulled it.": the risk and its end, one story
            joined.append(annotate(_combined(list(raw[index:stop + 1]))))
            index = stop + 1
            continue
        opens = _unfinished(read[index]) or _groundwork(read, index, rubric) or _dug_out(read[index], rubric) \
            or read[index].kind == "claim" and _answer_unfinished(raw[index], annotate) \
            or _dug_or_owned(read, index, rubric) or _team_then_writer(read, index, rubric)
        finished = _finish(raw, read, index, tried or annotate, rubric, resulted=resulted) if opens else None
        if finished is None and (_referred_back(read, index) or _dated_back(read, index, rubric)):
            finished = _finish(raw, read, index, tried or annotate, rubric, until_ready=True)
        if finished is None and _redirected(read, index, rubric):  # "... I put that time into deposits instead."
            finished = annotate(_combined(list(raw[index:index + 2]))), index + 2
        if finished is None:
            joined.append(read[index])
            index += 1
            continue
        start, (item, index) = index, finished
        end = index
        while end < len(read) and end - start < MAX_JOINED and (_points_back(read[end]) or _redirects(read[end], rubric)) \
                and _continues(read[end], rubric):
            end += 1  # "We rolled it out to every eligible seller in May.": the story goes on
        if end != index:  # read once, as it ends: the claims carried on are known before reading it
            item, index = annotate(_combined(list(raw[start:end]))), end
        joined.append(item)
    return tuple(joined)


def _finish(raw: tuple[Item, ...], read: tuple[Item, ...], start: int, annotate: Callable[[Item], Item | None],
            rubric: Rubric, until_ready: bool = False,
            resulted: Callable[[Item], bool] | None = None) -> tuple[Item, int] | None:
    """The story that starts at ``start`` joined up to the claim that gives it its result (or, with
    ``until_ready``, makes it ready), and the index after it; None when no claim within reach does.
    ``annotate`` may give None for a story whose reading shows no result (none is ready either)."""
    for end in range(start + 1, min(len(read), start + MAX_JOINED)):
        if not _continues(read[end], rubric):
            return None
        item = annotate(_combined(list(raw[start:end + 1])))
        if item is not None and item.signals is not None \
                and (item.ready if until_ready else (resulted or _resulted)(item)):
            return item, end + 1
    return None


MAX_JOINED = 5  # a story told over more claims than this is several stories


def _answer_end(read: tuple[Item, ...], start: int, rubric: Rubric) -> int:
    """Where the answer to an objection raised at ``start`` ends: "The objection I expect is that
    the venues drove the growth. The venues chose to join; the door-wait result is what made them
    choose." The claims after it in its paragraph answer it (labelling guide: an objection is the
    anticipated objection and its answer), until another story opens."""
    end = start + 1
    if read[start].kind == "objection":
        while end < len(read) and end - start < MAX_JOINED and _continues(read[end], rubric):
            end += 1
    return end


def _deed_title_told(read: tuple[Item, ...], start: int, rubric: Rubric) -> int:
    """Where the story under a bold title that is the writer's deed ends ("**1. Cut the application
    from 31 questions to 12.** Charity directors told us ... I went through two years of applications
    ... Median time ... fell from 6.5 hours to 2 hours."): the title names the deed, verb first or
    with "I", as a verb-first bullet does, and the paragraph's claims after it tell how and with what
    result; one item, named by the title (labelling guide: items are whole stories). The story ends
    at a claim that opens another ("I also ..."), at a lesson or a plan, or after ``MAX_JOINED``
    claims, and before a ready claim when the title's item is a ready story of the writer's already
    ("**She made the dispatchers' day simpler.** She cut the form from 11 screens to 3, ... She
    replaced the four spreadsheets ...": two finished claims, which :func:`_titled_story_told` then
    reads as one story). A title that is a
    question or a noun phrase ("**Missed sessions.**") tells no deed."""
    item = read[start]
    if start or item.kind != "claim" or item.format != "prose" or item.signals is None \
            or not (item.signals.own_action and (_deed_title(item) or _deed_under_title(item)) or _result_title(item)):
        return start
    told = any(sentence.clause is not None and sentence.clause.subject in ("i", "lead")
               for sentence in item.sentences[1:])  # the writer's own story under the title already
    end = start + 1
    while end < len(read) and end - start < MAX_JOINED and _continues(read[end], rubric) \
            and not (told and item.ready and read[end].ready):
        end += 1
    return end


def _titled_story_told(read: tuple[Item, ...], start: int, rubric: Rubric) -> int:
    """Where the story under a bold title, not a question, ends when the title's item is a ready
    story already and the paragraph's next claims are ready too ("**Pausing instead of
    cancelling.** Injured climbers ... I proposed a pause option ... I killed the annual-only
    contract ... Monthly cancellations fell from 6.8% to 4.2% ..."): a title names one story, so
    the claims that go on telling it are that story's, one item named by its first claim sentence
    (labelling guide: "Decision and result sentences apart"), not a second ready item. The story
    takes in the claims up to the last ready one before a claim that opens another ("I also ...")
    or ``MAX_JOINED`` claims; with no later ready claim it stays as it was split."""
    item = read[start]
    if start or item.kind != "claim" or item.format != "prose" or not item.ready \
            or not titled(item) or _asked(item):
        return start
    end = last = start + 1
    while end < len(read) and end - start < MAX_JOINED and _continues(read[end], rubric):
        end += 1
        if read[end - 1].ready:
            last = end
    return last


def _deed_under_title(item: Item) -> bool:
    """Does the item open its paragraph with a bold title, not a question, whose story the writer
    starts to tell in the very next sentence ("**1. Buyers bid more when they can see the machine.**
    I launched standard inspection reports ...", "**Selling outcomes, not hardware.** In January
    2025 I proposed moving ...")? The title names the story and the writer's deed opens it: the
    paragraph's claims after it tell how and with what result, one item named by the title. The
    writer's verb is the sentence's own, not a subordinate clause's ("**Stopping the federation
    app.** When I arrived, a donor app was ...": the scene, whose stop comes later)."""
    sentences = item.sentences
    if len(sentences) < 2 or not titled(item) or _asked(item):
        return False
    clause = sentences[1].clause
    return clause is not None and clause.subject in ("i", "lead") \
        and not any(token.lower in SUBORDINATORS for token in sentences[1].tokens[:clause.index])


def _asked(item: Item) -> bool:
    """Is the item's first sentence a question ("**Did engineering do the hard part?**")?"""
    title = item.sentences[0].span
    return item.view[title.start:title.end].rstrip(" .*_:").endswith("?")


def _result_title(item: Item) -> bool:
    """Does the item open its paragraph with a bold title that tells the story's measured result
    ("**Owners now receive their money 2 days after a guest checks out instead of 9.**", "**Guests
    stopped waiting in the dark: late check-in complaints fell from 120 a month to 15 after I
    replaced key handovers with per-booking codes.**")? The paragraph below tells the decision that
    got it: one story, named by its title (labelling guide: "Decision and result sentences apart"),
    as a deed told as the title is. The title's own sentence holds a number after its own numbering,
    and the item read so far has its result; a question titles its answer, not a result."""
    if not titled(item) or not _resulted(item):
        return False
    title, tokens = item.sentences[0], item.tokens
    first = numbered_end(tokens)  # the title's own number ("**2. A result that is not hers.**") is no result
    begin = tokens[first].start if 0 < first < len(tokens) else title.span.start
    view = item.view
    return has_number(view, begin, title.span.end) and not _asked(item)


def _deed_title(item: Item) -> bool:
    """Does the item open its paragraph with a bold title that is the writer's deed told as a sentence,
    the name the writer gives the story (docs/labelling-guide.md, "Decision and result sentences
    apart"): "I" and the verb ("**I held snow dispatch to a safety bar.**"), or the verb itself, after
    the title's number or not ("**1. Cut the application ...**", "**Chose milestone escrow ...**"), the
    item's own action? Not a gerund ("**Holding the launch.**", "**Selling outcomes, not
    hardware.**") nor a noun phrase ("**The model she held back.**"): those name a topic."""
    if item.action.subject not in ("i", "lead") or item.action.span is None or not titled(item):
        return False
    tokens = item.tokens
    first = numbered_end(tokens)
    verb = first + (tokens[first].text == "I")
    return verb < len(tokens) and item.action.span.start == tokens[verb].start and tokens[verb].text[:1].isalpha() \
        and (verb > first or tokens[verb].text[:1].isupper()) and not tokens[verb].lower.endswith("ing")


def _thesis_told_on(read: tuple[Item, ...], start: int, rubric: Rubric) -> int:
    """Where the argument's thesis (analysis/kinds.py `is_thesis`) told over several sentences of its
    paragraph ends: "This year I turned baggage into a service travellers can follow. I did it by
    fixing the transfers, and I stopped two projects ..." is one frame, not a thesis and a claim
    judged for a customer and a number. Read whole, a thesis whose paragraph goes on to its measured
    result ("... Paid conversion rose from 1 in 8 families to 1 in 5") is a claim, as one that tells
    the result in its own sentence is. The claims after it join until another story opens."""
    end = start + 1
    if opens_thesis(read[start], rubric):
        while end < len(read) and end - start < MAX_JOINED and _continues(read[end], rubric):
            end += 1
    return end


def _bet_stopped(read: tuple[Item, ...], start: int, rubric: Rubric) -> int:
    """Where a bet the writer placed ends in its own stop: "I proposed an Android widget, betting
    that hourly workers would check it daily. ... Only 4% added it, and I pulled it from the
    roadmap." A calculated risk told in order (the proposal, the shortfall, the stop) is one story,
    named by the proposal, which is both a start and a stop; its shortfall is no result, so the
    joiner for unfinished stories never reaches the stop. So is a thing someone else began that the
    writer ran and then stopped ("I ran the pricing pilot our director designed. Visits did not
    move, so I ended the pilot early."). The stop may be told as a lesson after a claim ("After three
    months I ended the programme, and I learned ..."). The index of the claim that stops it, or 0
    when the item opens no bet or run (profile lists `kinds.bet_verbs`, `kinds.taken_on_verbs`) or no
    sentence within reach stops it."""
    item = read[start]
    verb, told, subject = item.action.verb, _from_verb(item), item.action.subject
    bet = verb in rubric.bet_verbs or verb in rubric.taken_on_verbs
    if not bet:
        (verb, told), subject = _after_title(item, rubric), "i"  # the title's own subject is not the deed's
        bet = verb in rubric.bet_verbs or verb in rubric.taken_on_verbs \
            or verb is not None and mistake_titled(item.words, rubric)  # "**A call I got wrong.** I launched ..."
    if item.kind not in BET_KINDS or item.format != "prose" or subject != "i" or not bet \
            or _told_stop(told, _stop_words(rubric)):
        return 0
    for end in range(start + 1, min(len(read), start + MAX_JOINED)):
        later = read[end]
        if later.kind not in BET_KINDS or not _continues_as(later, rubric):
            return 0
        if _stops_it(later.words, _stop_words(rubric), split_stop_phrases(rubric)) or closes_a_bet(later.words, rubric.stops):
            return end
    return 0


def _part_follows(read: tuple[Item, ...], start: int, rubric: Rubric) -> bool:
    """A result told first under a result label, with no deed of the writer's in it, and the writer's
    part told in the next claim of the paragraph ("Result: Empty-dock complaints from riders fell 27%.
    I proposed ...", "Outcome: conversion rose from 11% to 19%. My role: I cut the form ..."): one
    story, named by its result, as the room reads it. The result's label is one of the profile's
    `verbs.result_labels`; the part opens with "I" or a label of the writer's part (`verbs.role_labels`)."""
    if start + 1 >= len(read):
        return False
    result, part = read[start], read[start + 1]
    if result.kind != "claim" or result.signals is None or result.signals.own_action or not result.signals.metric \
            or not _continues(part, rubric) or part.signals is None or not part.signals.own_action:
        return False
    words = part.words
    if not _labelled(result.words, rubric.result_labels):
        return _part_told(words, rubric.role_labels)  # "Uptime held at 99.2% ... My part was the freeze rule: I set ..."
    if part.action.subject != "i" or "i" not in words[:PART_REACH]:
        return False  # "Her part was getting the contract renewed": no deed of the writer's told
    return words[:1] == ("i",) or _labelled(words, rubric.role_labels)


def _part_told(words: tuple[str, ...], labels: frozenset[tuple[str, ...]]) -> bool:
    """Does the claim open by naming the writer's part in what the sentence before it told ("My part
    was the reminder schedule: I chose two texts ...", "My role was the freeze rule: I set ..."), the
    writer's own deed after a colon? A result told first with no label, and the part told so, are
    one story, named by the result (a label of `verbs.role_labels`, then "was" or "is")."""
    colon = words.index(":") if ":" in words else -1
    return colon > 0 and words[colon + 1:colon + 2] == ("i",) and any(
        words[:len(label)] == label and words[len(label):len(label) + 1] in (("was",), ("is",)) for label in labels)


PART_REACH = 4  # "My role: I cut ...": the writer's "I" within these words


def _labelled(words: tuple[str, ...], labels: frozenset[tuple[str, ...]]) -> bool:
    """Does the item open with one of ``labels`` and a colon ("Result: ...", "Outcome: ...")?"""
    return any(words[:len(label)] == label and words[len(label):len(label) + 1] == (":",) for label in labels)


def _after_title(item: Item, rubric: Rubric) -> tuple[str | None, tuple[str, ...]]:
    """The writer's verb of the sentence after a short title with a verb of its own ("**Stopping the
    voice assistant.** She inherited a refill project ...", or a review form's question, "**Where
    has she failed?** I pitched ..."), and the words from it on: the title's verb is read as the
    item's, the story's first deed comes after it."""
    words = item.words
    title = next((at for at, word in enumerate(words[:TITLE_WORDS]) if word in TITLE_ENDS), -1)
    if title < 0 or words[title + 1:title + 2] != ("i",) or title + 2 >= len(words):
        return None, ()
    return rubric.verb_lemma.get(words[title + 2]), words[title + 2:]


TITLE_WORDS = 8  # a bold title's words, at most, before its period
TITLE_ENDS = frozenset((".", "?", ":"))  # "**Stopping the app.** I ...", a review form's "**Where has she failed?** I ...",
# a run-in label's "My calculated risk: I ..."


def _from_verb(item: Item) -> tuple[str, ...]:
    """The item's words from its main verb on: a bold title before it names the story ("**Stopping the
    voice assistant.** She inherited a refill project ...") and stops nothing yet."""
    span = item.action.span
    return item.words[token_index(item.tokens, span.start):] if span is not None else item.words


BET_KINDS = frozenset(("claim", "lesson"))  # under a calculated-risk heading, the risk reads as a lesson


def _stop_words(rubric: Rubric) -> frozenset[str]:
    return rubric.stopped_forms | rubric.stops.cutting


def _told_stop(told: tuple[str, ...], stops: frozenset[str]) -> bool:
    """Does the bet's own sentence tell a stop already? Not by its aim: a stop word right after "to"
    ("I proposed RFID tagging to cut linen loss") is what the bet was for, and its stop may still come
    in a later sentence ("... I stopped the pilot after four months")."""
    return any(word in stops and told[at - 1:at] != ("to",) for at, word in enumerate(told))


def _stops_it(words: tuple[str, ...], stops: frozenset[str], split: dict[str, frozenset[str]]) -> bool:
    """"... and I pulled it", "I shelved the feature", "so I switched it off" (a stop phrase of the
    profile told round "it"), "I have stopped the discount": the writer's stop of what was told before."""
    return any((words[at - 1] == "i" or words[at - 2:at] == ("i", "have")) and (word in stops and words[at + 1] in THINGS_CUT
                                         or words[at + 1] in ("it", "them") and words[at + 2:at + 3] != ()
                                         and words[at + 2] in split.get(word, ()))
               for at, word in enumerate(words[1:-1], start=1))


def _resulted(item: Item) -> bool:
    """The story has its measured result, a technical one included: "Led the redesign of the labor
    forecast. ... Forecast error dropped from 18% to 11%." is one story the room judges whole."""
    s = item.signals
    return s is not None and s.metric and (s.business_outcome or s.technical_metric_only)


def _unfinished(item: Item) -> bool:
    """The writer's own decision, offered as evidence, whose measured result has not been told yet
    ("which cut refund complaints" still waits for its number). Only a
    decision opens a story ("I pitched ...", "I proposed ..."), or a deed the writer opens the
    sentence with ("I leaned on my background to read ..."): a sentence of background or help ("My
    background meant I could step in ...") does not take in the sentences after it, nor does a deed
    told as activity only (a deed told as the story's bold title takes in its story first:
    :func:`_deed_title_told`)."""
    s = item.signals
    return (item.kind == "claim" and item.format == "prose" and s is not None and s.own_action
            and (item.action.verb_class == "pm" or _writer_opens(item))
            and not (s.business_outcome and s.metric) and not s.activity_only)


def _answer_unfinished(raw: Item, annotate: Callable[[Item], Item]) -> bool:
    """A senior party's ask and the writer's answer ("Finance wanted to keep the float, worth about $2M a
    year. I pitched next-morning payouts to the CFO ..."), read from the answer on: the ask's own
    numbers are what was at stake, not the story's result, which the paragraph tells later."""
    if not answers_ask(raw):
        return False
    sentences = raw.sentences[1:]
    answer = Item(raw.id, Span(sentences[0].span.start, raw.span.end), sentences, raw.format, raw.section,
                  raw.source, raw.view, plain=raw.plain)
    return _unfinished(annotate(answer))


def _dug_out(item: Item, rubric: Rubric) -> bool:
    """A finding the writer dug out ("I read 2,000 no-show records myself and found that patients on
    Medicaid plans missed 23% of their visits"), told before the decision it led to: its numbers are
    the problem, not the result, so the claims after it in the paragraph tell its story, which the
    finding names (profile list `kinds.findings`). The same finding told by what the writer built
    to dig it out, right after the verb ("I wrote the SQL that showed 70% of refund requests came
    ..."), or closed by a colon after the writer's own digging ("I queried 14 months of declined
    purchases myself: 62% ...": `kinds.finding_relatives`, `kinds.finding_closes`)."""
    if item.kind not in ("claim", "context") or item.format != "prose" or item.action.subject != "i" or not item.signals \
            or not item.signals.own_action:
        return False
    words = item.words  # a tuple: a slice of it compares with a phrase as it is
    for at in range(1, len(words) + 1):  # only after "and" or "i" is a phrase looked for
        if words[at - 1] in ("and", "i"):
            for found in rubric.findings:
                if words[at:at + len(found)] == found:
                    return True
    verb = next((at for at, token in enumerate(item.tokens) if item.action.span is not None
                 and token.start == item.action.span.start), None)
    if verb is None:
        return False
    clause = next((at for at in range(verb, len(words)) if words[at] in (".", ";", ",")), len(words))
    closes, relatives = derived(rubric, FINDING_STARTS_KEY, _finding_starts)
    if closes.isdisjoint(words[verb:clause]) and relatives.isdisjoint(words[verb + 2:min(clause, verb + 2 + FINDING_REACH)]):
        return False  # most claims: no word a close or a relative starts with
    return any(words[at:at + len(found)] == found for at in range(verb, clause) if words[at] in closes
               for found in rubric.finding_closes) \
        or any(words[at:at + len(found)] == found for at in range(verb + 2, min(clause, verb + 2 + FINDING_REACH))
               if words[at] in relatives for found in rubric.finding_relatives)


def _dug_or_owned(read: tuple[Item, ...], index: int, rubric: Rubric) -> bool:
    """The writer's digging or an owned fault told first, and the writer's deed that gives it its
    result in the next claim of the paragraph ("As a former test engineer, I went through 6,000 failed
    top-up records by hand and found that 41% failed because ... I got the timeout raised ..., and
    failed top-ups ... fell from 7.9% to 2.2%"; "Owned the double-booking fault that sent 85 couples to
    the wrong office ... Wrote to every couple myself ...; none of the 85 couples took their purchase
    elsewhere"): one story, named by its first sentence (labelling guide: items are whole stories).
    The digging is marked by how it was done (`kinds.dig_marks`, "myself", "by hand") and tells a
    finding after the mark; the fault is owned at the writer's verb (`kinds.owned_faults` with one of
    `kinds.fault_nouns`). Only a head that is no ready story of its own (the finding's or the fault's
    numbers are the problem, "60 pallets went to the wrong grocer", not the result), and only when
    the next claim is the writer's own deed: a result someone else's deed gave stays apart."""
    item = read[index]
    s = item.signals
    if item.kind != "claim" or item.format != "prose" or s is None or not s.own_action or item.ready \
            or not _writers_next(read, index):
        return False
    return _dug_by_hand(item, rubric) or _fault_owned(item, rubric)


def _writers_next(read: tuple[Item, ...], index: int) -> bool:
    """Is the claim after ``index`` in its paragraph the writer's own deed ("I convinced the claims
    director ...", "Wrote to every couple myself ...")? A dig or a fault whose next claim is someone
    else's deed ("The packhouse team then moved the count ...") gave no result of the writer's."""
    if index + 1 >= len(read):
        return False
    deed = read[index + 1]
    return deed.kind == "claim" and deed.signals is not None and deed.signals.own_action and deed.action.subject == "i"


def _dug_by_hand(item: Item, rubric: Rubric) -> bool:
    """Does a sentence of the writer's ("I" its subject) mark its digging as the writer's own
    (`kinds.dig_marks`) and tell a finding after the mark, by a colon and a number ("... myself in
    SQL: 44% were waiting ...") or by one of `kinds.findings` ("... by hand and found that 41% ..."),
    there or in the item's next sentence ("... myself, because .... It showed that 40% ...")?"""
    marked = False
    for sentence in item.sentences:
        words = sentence.lowers
        start = 0
        if not marked:
            if sentence.clause is None or sentence.clause.subject != "i":
                continue
            start = next((at + len(mark) for at in range(sentence.clause.index, len(words))
                          for mark in rubric.dig_marks if words[at:at + len(mark)] == mark), -1)
            if start < 0:
                continue
            marked = True
        for at in range(start, len(words)):
            if words[at] == ":" and at + 1 < len(words) and words[at + 1][:1].isdigit():
                return True
            if any(words[at:at + len(found)] == found for found in rubric.findings if words[at] == found[0]):
                return True
        if start == 0:
            return False  # the next sentence after the mark's, and no finding in it
    return False


def _fault_owned(item: Item, rubric: Rubric) -> bool:
    """Is the writer's deed the owning of a fault ("Owned the double-booking fault that sent 85
    couples ...", "I took responsibility for the billing error"): one of `kinds.owned_faults` at the
    verb, and one of `kinds.fault_nouns` within ``FAULT_REACH`` words after it? "Owned the roadmap"
    is a remit, no fault."""
    if item.action.subject != "i" or item.action.span is None or not rubric.owned_faults:
        return False
    verb = next((at for at, token in enumerate(item.tokens) if token.start == item.action.span.start), None)
    if verb is None:
        return False
    words = item.words
    owned = next((len(phrase) for phrase in rubric.owned_faults if words[verb:verb + len(phrase)] == phrase), 0)
    return bool(owned) and not rubric.fault_nouns.isdisjoint(words[verb + owned:verb + owned + FAULT_REACH])


FAULT_REACH = 5  # "owned the double-booking fault": the fault's noun, in words after the owning phrase


FINDING_STARTS_KEY = "joins.finding_starts"


def _finding_starts(rubric: Rubric) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of ``kinds.finding_closes`` and ``kinds.finding_relatives``: a phrase is
    looked for only where one of them stands."""
    return (frozenset(found[0] for found in rubric.finding_closes if found),
            frozenset(found[0] for found in rubric.finding_relatives if found))


FINDING_REACH = 4  # words after the verb where "that showed" may stand: "I wrote the SQL that showed", "I built a small report that found"


def _groundwork(read: tuple[Item, ...], index: int, rubric: Rubric) -> bool:
    """The writer's groundwork ("I sat with the finance analysts at month end for a quarter.") when
    the next claim carries the story on from it ("I then rebuilt the close report ..."): effort and
    the deed it led to are one story, named by its first sentence. A short first claim of the
    paragraph is its topic ("I also ran the partnership with the cinema chain. I negotiated the deal
    myself ...", "She sat in on eleven month-end closes. What she saw was ..."): the claims after it
    tell that story, with no continuer needed."""
    item = read[index]
    s = item.signals
    if index + 1 >= len(read) or s is None or not s.activity_only or item.kind != "claim" or item.format != "prose" \
            or not s.own_action or item.action.subject != "i":
        return False
    first = all(before.kind != "claim" for before in read[:index])
    if first and sum(sentence.words for sentence in item.sentences) <= TOPIC_WORDS:
        return True  # the paragraph's first claim, after its context at most
    if first and item.action.verb in rubric.groundwork_verbs and _decides_next(read[index + 1], rubric):
        return True  # "I spent January on farms ... I convinced our head of pricing to ..."
    opening = tuple(token.lower for token in read[index + 1].tokens[:CONTINUER_WORDS])
    return any(opening[:len(cue)] == cue for cue in rubric.story_continuers)


def _decides_next(item: Item, rubric: Rubric) -> bool:
    """The writer's own decision told right after the groundwork that opens the paragraph ("I spent
    January on farms with our field leads, and I read every dispute filed in two seasons. I convinced
    our head of pricing to ..."; "I spent a fortnight riding with our mechanics ... Half the visits
    were for a flat tyre, so I priced a tube-swap tier ..."): the effort and the call it led to are
    one story, named by its first sentence (labelling guide: decision and result sentences apart;
    interviews that led to a decision are not activity only). Only after groundwork among the people
    or records the work is for (profile list `kinds.groundwork_verbs`: "I held weekly syncs with ..."
    is a process, an item of its own), and only a product call of the writer's ("I" its subject, a
    verb of the profile's product class), in a claim that opens no other story."""
    s = item.signals
    return item.kind == "claim" and s is not None and s.own_action and item.action.subject == "i" \
        and item.action.verb_class == "pm" and _continues_as(item, rubric)


CONTINUER_WORDS = 5  # the longest continuer, in words
TOPIC_WORDS = 15  # a paragraph's first claim this short (in words: "1,400" is one) names its story


def _referred_back(read: tuple[Item, ...], index: int, pointed: bool = True) -> bool:
    """The writer's claim whose next claim points back at it ("I did not renew
    the call-back contract, which cost $1.3M a year. I moved that money into twelve more adjusters
    ...", "I sunset the desktop scheduler ... I gave those customers nine months ..."): one story
    told over both, named by its first sentence. With ``pointed`` False, only whether the claim
    could open such a story."""
    item = read[index]
    if index + 1 >= len(read) or item.kind != "claim" or item.format != "prose" \
            or item.signals is None or not item.signals.own_action:
        return False
    return not pointed or _points_back(read[index + 1])


def _dated_back(read: tuple[Item, ...], index: int, rubric: Rubric) -> bool:
    """The writer's claim whose next claim is the writer's deed dated by it ("In the spring release I
    set the radius too wide, and appraisers drove 90 minutes. I told our partners the same week that
    it was my error, rolled it back ...", "In July I approved a batch that told 8,000 patients their
    insulin was ready. I called each pharmacy that afternoon ..."): the deed answers what the claim
    before told, and the two are one story, named by the first (profile list `kinds.told_back_times`,
    in the deed's first clause, before any relative word)."""
    return _referred_back(read, index, pointed=False) and _told_back(read[index + 1], rubric)


def _told_back(deed: Item, rubric: Rubric) -> bool:
    """Whether ``deed`` is the writer's, dated in its first clause by a time of
    `kinds.told_back_times` ("I told our partners the same week ...")."""
    if deed.action.subject != "i" or not rubric.told_back_times:
        return False
    words = deed.words
    firsts = derived(rubric, TIME_FIRSTS_KEY, lambda r: frozenset(time[0] for time in r.told_back_times if time))
    for at, word in enumerate(words[:DATED_WORDS]):
        if word in CLAUSE_ENDS or word in RELATIVES and words[at + 1:at + 2] not in TIME_AFTER_THAT:
            return False  # "I proposed a rule that cancellation takes effect the same day": the rule's time
        if word in firsts and any(words[at:at + len(time)] == time for time in rubric.told_back_times):
            return True
    return False


TIME_FIRSTS_KEY = "joins.told_back_firsts"  # the first words of `kinds.told_back_times` ("the", "that", "within")


DATED_WORDS = 12  # how early in the deed its time must come, in words
CLAUSE_ENDS = frozenset((";", ":", "."))
RELATIVES = frozenset(("that", "which", "who"))
TIME_AFTER_THAT = frozenset((("morning",), ("afternoon",), ("evening",), ("night",)))  # "that afternoon" itself


def _redirected(read: tuple[Item, ...], index: int, rubric: Rubric) -> bool:
    """The writer's claim whose next claim says where the time, money or team went in its place ("I
    decided not to build a mobile app this year. ... I put that time into deposits instead.", "I said
    no to the September date, because ... I proposed a smaller thing instead: a text ..."): the
    redirect is the end of the stop or the refusal, one story named by the first (labelling guide:
    items are whole stories; profile list `kinds.redirects`). A redirect that is a ready story of its
    own ("In March the county asked us to evaluate a new system ...; ... I recommended we fix the
    lockers for $45k instead, and complaints fell ...") names what it replaces itself and stays apart."""
    redirect = read[index + 1] if index + 1 < len(read) else None
    return _referred_back(read, index, pointed=False) and _continues(redirect, rubric) \
        and not redirect.ready and _redirects(redirect, rubric)


def _redirects(item: Item, rubric: Rubric) -> bool:
    """Does the claim hold a redirect of ``kinds.redirects`` that closes a clause ("... into deposits
    instead.", "Instead, I ...", "... a smaller thing instead: ...")? Not one that compares within the
    sentence ("instead of the nine modules", "rather than what it clicked", "I'd rather show")."""
    words = item.words
    if derived(rubric, REDIRECT_ENDS_KEY, _redirect_ends).isdisjoint(words):
        return False  # most claims: no redirect's last word (one test in C, not a step per word and phrase)
    return any(words[at:at + len(phrase)] == phrase and (at + len(phrase) == len(words) or words[at + len(phrase)] in CLOSING)
               for phrase in rubric.redirects for at in range(len(words)) if words[at] == phrase[0])


REDIRECT_ENDS_KEY = "joins.redirect_ends"


def _redirect_ends(rubric: Rubric) -> frozenset[str]:
    """The last word of every one of ``kinds.redirects`` ("instead", "place"): a claim with none of
    them holds none of the phrases."""
    return frozenset(phrase[-1] for phrase in rubric.redirects if phrase)


CLOSING = frozenset((".", ",", ";", ":", "!", ")"))  # what may follow a redirect that closes its clause


def _points_back(item: Item) -> bool:
    """Does the claim open by pointing back at what came before ("I moved that money ...", "I gave
    those customers ...", "We rolled it out ...")? Not "I found that most ...", "In that quarter
    ..." or "this year", and not "It ..." as the subject of a new sentence."""
    words = [token.lower for token in item.tokens[:REFERENCE_WORDS + 1]]
    for at, word in enumerate(words[:-1]):
        following = words[at + 1]
        if word in ("those", "these") and following not in PERIOD_WORDS:
            return True
        if word in ("that", "this") and at > 0 and following.isalpha() and following not in PERIOD_WORDS \
                and following not in NOT_REFERRED and words[at - 1] not in NOT_REFERRED \
                and words[at - 1] not in SAYING:
            return True  # "moved that money", not "found that sellers ...", "In that quarter", "this year"
        if word in ("it", "them") and at > 1 and words[at - 1].isalpha() and words[at - 1] not in NOT_REFERRED:
            return True  # "We rolled it out", "I shut them down": a deed done to what was told before
    return False


REFERENCE_WORDS = 5  # how early in the next claim the pointer back must come, in words
SAYING = frozenset("found find showed show shows learned learnt agreed decided realised realized noticed saw "
                   "knew proved confirmed argued said told meant ensured made sure".split())  # "... that" opens a clause
PERIOD_WORDS = frozenset("year quarter half month week day season spring summer autumn fall winter same time "
                         "point".split())
NOT_REFERRED = frozenset("a an the my our their his her its your most many all some any every each no i we "
                         "they he she it is was are were has had have will would could should in on at by "
                         "for of from during after before since until".split())


def _team_then_writer(read: tuple[Item, ...], index: int, rubric: Rubric) -> bool:
    """The team's deed told first, with no result and no part of the writer's own ("In August we
    launched in-app repayment reminders for borrowers living abroad.", "We took the text to all 14
    centres ..."), and the writer's own deed the paragraph's next claim ("I identified that ...;
    arrears ... fell from 17% to 9%", "I negotiated with the community partner ..."): the writer's
    part in the team's deed, one story named by its first sentence (labelling guide: a claim is what
    "the writer (or the writer's team) did"; items are whole stories). It opens a story, joined only
    as far as its result (:func:`_finish`)."""
    item = read[index]
    s = item.signals
    if item.kind != "claim" or item.format != "prose" or s is None or s.own_action or s.activity_only \
            or s.hedge or item.action.subject != "we" or _resulted(item) or not _team_first(item):
        return False
    deed = read[index + 1] if index + 1 < len(read) else None
    return deed is not None and deed.signals is not None and deed.signals.own_action \
        and deed.action.subject == "i" and _continues(deed, rubric) and bool(deed.tokens) \
        and (deed.tokens[0].text == "I" or _after_opener(deed))


def _team_first(item: Item) -> bool:
    """"We launched ...", "In August we launched ...": the team's "we" opens the sentence, at most
    after a short phrase of time, and its verb follows it."""
    tokens = item.tokens
    at = next((i for i, t in enumerate(tokens[:TIME_WORDS + 1]) if t.lower == "we"), None)
    if at is None or item.action.span is None or tokens[at].end > item.action.span.start:
        return False
    return at == 0 or tokens[0].lower in TIME_OPENERS


def _writer_opens(item: Item) -> bool:
    """A deed of the writer's that opens the sentence with "I" and a verb of no class or an
    engineering verb ("I leaned on my background to read the dashboards myself when ...", "I
    rebuilt the label flow myself when ..."): the story's first step, whose result the next
    sentences tell."""
    return item.action.subject == "i" and item.action.verb_class in ("neutral", "technical") and \
        bool(item.tokens) and (item.tokens[0].text == "I" or _after_opener(item) or _verb_first(item))


def _verb_first(item: Item) -> bool:
    """A log entry's deed told verb first, its "I" implied ("**July.** Shipped ranker v4 to half of
    learners in a test."): the writer's verb is the sentence's first word."""
    span = item.action.span
    return span is not None and item.tokens[0].start == span.start and item.tokens[0].text[:1].isupper() \
        and not item.tokens[0].lower.endswith("ing")  # "Selling outcomes, not hardware.": a title, no deed


def _after_opener(item: Item) -> bool:
    """"Last spring I made the case ...", "After two weeks at the clinics, I rebuilt ...", "To win
    back lapsed members, I designed ...": the writer's "I" after a short phrase of time, or after
    an opening phrase closed by a comma, not after a subject of its own ("My background meant I
    could step in", "The biggest change, I think, was ...")."""
    tokens = item.tokens
    at = next((i for i, t in enumerate(tokens[:OPENER_WORDS + 1]) if t.text == "I"), None)
    if at is None or item.action.span is None or tokens[at].end > item.action.span.start:
        return False
    first = tokens[0].lower
    if first in TIME_OPENERS and at <= TIME_WORDS:
        return True
    return tokens[at - 1].text == "," and first not in SUBJECT_OPENERS


TIME_OPENERS = frozenset("in on at during last this early late by then next first over within throughout "
                         "later after before once when".split())
TIME_WORDS = 5  # "In the first week I ...": a phrase of time, in words
OPENER_WORDS = 12  # "After two weeks at the clinics with the nurses, I ...": an opening phrase, in words
SUBJECT_OPENERS = frozenset("the a an my our their his her its this that these those it".split())


def _continues(item: Item, rubric: Rubric) -> bool:
    """A claim that goes on with the same story, not one that opens another ("I also ...")."""
    return item.kind == "claim" and _continues_as(item, rubric)


def _continues_as(item: Item, rubric: Rubric) -> bool:
    """An item that opens no other story."""
    return item.signals is not None and not opens_with(item, rubric.new_story_openers)


def _combined(items: list[Item]) -> Item:
    first = items[0]
    sentences = tuple(s for item in items for s in item.sentences)
    return built(Item, first.id, Span(first.span.start, items[-1].span.end), sentences, first.format, first.section,
                 first.source, first.view, plain=first.plain)
