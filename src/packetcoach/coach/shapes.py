"""The stronger shape of an item that is not ready: the writer's own sentences, the decision first,
and a bracketed question for each thing the room needs that the item does not say.

Nothing is cut out of a sentence and nothing is glued into one: every sentence of the item is kept
whole (markup removed, square brackets made round), so the shape is as grammatical as the draft and
keeps every number, customer and result the item states. What is missing is a [question] of its own,
from the wording file (coach/rehearsal.toml, ``[shape]``); there is no other added word, so the
no-invention check (coach/noinvent.py) holds by construction, and is run on every shape anyway.
"""

from __future__ import annotations

from packetcoach.analysis.stories import is_own_decision, is_title
from packetcoach.coach.noinvent import invented
from packetcoach.coach.scaffold import Scaffold, Slot, is_simplification
from packetcoach.coach.sentences import LABEL_RE, bare_refusal, refusal_end
from packetcoach.coach.wording import rehearsal_data
from packetcoach.core.model import Item, Sentence, Voice
from packetcoach.profile.compile import Rubric
from packetcoach.text.structure import markup_view


def whole(item: Item, sentence: Sentence) -> str:
    """A sentence of the item as written: markup and a bold lead-in label removed, nothing else."""
    raw = LABEL_RE.sub("", item.source[sentence.span.start:sentence.span.end], count=1)
    text = " ".join(markup_view(raw).replace("[", "(").replace("]", ")").split())
    return text if text.endswith((".", "!", "?", "”", '"', ")")) else text.rstrip(",;: ") + "."


def _decision_sentence(item: Item, rubric: Rubric) -> Sentence | None:
    """The sentence with the writer's own call: the item's action if it is one, else the first
    sentence whose own verb is a product verb ("Then I convinced the payments VP ...") or opens
    the writer's refusal ("I said no.", "I declined, because ...": sentences.refusal_end), the
    call of an item that tells someone else's ask first ("Our CEO asked for ...")."""
    if is_own_decision(item) and not item.signals.technical_lead and item.action.span is not None:
        start = item.action.span.start
        return next((s for s in item.sentences if s.span.start <= start < s.span.end), None)
    for sentence in item.sentences:
        clause = sentence.clause
        if clause and clause.subject in ("i", "lead") and (rubric.verb_class.get(clause.lemma) == "pm"
                                                           or refusal_end(sentence, rubric) is not None):
            following = {t.lower for t in sentence.tokens[clause.index + 1:clause.index + 3]}
            if not following & {"not", "n't", "never"}:
                return sentence
    return None


def _decision_blank(item: Item, rubric: Rubric, blanks: dict[str, str]) -> str:
    action = item.action
    if action.verb_class == "technical" and action.verb:
        options = " / ".join(rubric.suggestions.get(action.verb, ())) or "a product verb"
        return blanks["technical_decision"].format(suggestions=options)
    if action.subject in ("we", "passive"):
        return blanks["hidden_decision"]
    return blanks["decision"]


def _result_blanks(item: Item, blanks: dict[str, str]) -> list[Slot]:
    s = item.signals
    found = []
    if not s.customer:
        found.append(Slot("customer", blanks["customer"], False))
    if s.technical_metric_only:
        found.append(Slot("result", blanks["customer_noticed"], False))
    elif s.activity_only:
        found.append(Slot("result", blanks["activity"], False))
    elif not s.business_outcome:
        found.append(Slot("result", blanks["business_measure" if s.metric else "result"], False))
    elif not any(m.detail == "range" for m in item.metrics):
        found.append(Slot("baseline", blanks["baseline"], False))
    return found


def _shape(item: Item, rubric: Rubric, name: str) -> Scaffold:
    blanks = rehearsal_data()["shape"]
    decision = _decision_sentence(item, rubric)
    slots: list[Slot] = []
    if decision is None:
        slots.append(Slot("decision", _decision_blank(item, rubric, blanks), False))
    if name == "simplification":
        words = set(item.words)
        if not words & {"instead", "rather"}:
            slots.append(Slot("complex_fix", blanks["complex_fix"], False))
    if decision is not None and bare_refusal(decision, rubric):
        ordered = list(item.sentences)  # "I said no." after the ask it answers, as written
    else:  # the story's bold run-in title stays on top ("What did you choose not to do?")
        titles = [s for s in item.sentences[:1] if s is not decision and is_title(item, s)]
        ordered = titles + ([decision] if decision else []) + [s for s in item.sentences
                                                               if s is not decision and s not in titles]
    slots += [Slot("decision" if s is decision else "evidence", whole(item, s), True) for s in ordered]
    slots += _result_blanks(item, blanks)
    text = " ".join(slot.text for slot in slots)
    if invented(text, item.text, rubric):  # belt and braces: never show an invented word
        slots = [slot for slot in slots if not slot.filled]
        text = " ".join(slot.text for slot in slots)
    return Scaffold(name, text, tuple(slots))


def strong_shape(item: Item, rubric: Rubric) -> Scaffold:
    """The decision first, then the rest of the item, then what the room will ask for."""
    return _shape(item, rubric, "strong")


def simplification_shape(item: Item, rubric: Rubric) -> Scaffold:
    """A simplification story (SPEC 2.13): the same, and the complex fix not taken if it is not said."""
    return _shape(item, rubric, "simplification")


def scaffolds(item: Item, rubric: Rubric) -> tuple[Scaffold, ...]:
    """The shapes for a claim that is not ready, the one to use first; () otherwise."""
    if item.ready or item.signals is None or item.kind != "claim":
        return ()
    if is_simplification(item, rubric):
        return (simplification_shape(item, rubric), strong_shape(item, rubric))
    return (strong_shape(item, rubric),)


def addressed(shape: str | None, voice: Voice | None) -> str | None:
    """A shape's questions about the decision asked of a manager's document about the candidate:
    "[Nadia's decision: what did Nadia choose ...?]", not "[Your decision ...]"; unchanged for the
    writer's own draft. Only the bracketed questions change, never the draft's words."""
    if not shape or voice is None or voice.called is None:
        return shape
    data = rehearsal_data()
    for key, theirs in data["shape_candidate"].items():
        mine = data["shape"][key].split("{suggestions}")[0]
        shape = shape.replace(mine, theirs.format(name=voice.called, suggestions="\0").split("\0")[0])
    for mine, theirs in data["readiness_candidate"]["pairs"]:  # the readiness test's own words
        shape = shape.replace(mine, theirs.format(name=voice.called))
    return shape


def addressed_scaffold(scaffold: Scaffold, voice: Voice | None) -> Scaffold:
    """:func:`addressed` over a whole scaffold: its text and each of its blanks."""
    if voice is None:
        return scaffold
    slots = tuple(slot if slot.filled else slot._replace(text=addressed(slot.text, voice) or slot.text)
                  for slot in scaffold.slots)
    return scaffold._replace(text=addressed(scaffold.text, voice) or scaffold.text, slots=slots)


def item_scaffold(item: Item, rubric: Rubric) -> str | None:
    """The shape for a claim that is not ready (the report's ``rewrite``); None otherwise. Only the
    first of :func:`scaffolds` is shown, so only it is built."""
    if item.ready or item.signals is None or item.kind != "claim":
        return None
    return (simplification_shape if is_simplification(item, rubric) else strong_shape)(item, rubric).text
