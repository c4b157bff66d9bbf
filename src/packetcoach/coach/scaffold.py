"""The readiness test sentence and the result phrase, filled only with the item's own words.

The readiness test (SPEC 2.1) is a template from ``rehearsal.toml`` whose slots (persona, metric,
action) hold words copied verbatim from the item, or visible ``[blanks]`` for the writer: the persona
as written, the result as a noun phrase with its number, the writer's own action (never a negated
or auxiliary verb). It never invents a number, a customer or an outcome: :func:`invented` checks
every sentence before it is returned (and falls back to all blanks if the check ever failed), and
tests/test_scaffold.py runs the same check over thousands of generated drafts. The stronger shape
of an item is built in coach/shapes.py.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Slot and Scaffold are named tuples).
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Any, Callable, NamedTuple

from packetcoach.coach.clauses import Clause, opener_matcher, split_clauses
from packetcoach.coach.noinvent import invented
from packetcoach.coach.wording import rehearsal_data
from packetcoach.core.model import Item, Mention, Span
from packetcoach.profile.compile import Rubric
from packetcoach.text.structure import markup_view

LOWER_FIRST = frozenset("The A An It This That These Those There We Our My Their Its Then".split())
NOT_A_NAME = frozenset("the a an of for to in on at by with and or i we my our their its".split())
AUXILIARIES = frozenset("do be have get make".split())  # "I do not manage" is no action
NEGATIONS = frozenset("not n't none nothing never no".split())  # "I manage none directly" neither
DETERMINERS = frozenset("the a an our my their every each all".split())
CHANGE_VERBS = frozenset("rose risen fell fallen grew grown went dropped climbed jumped".split())
NOT_A_NOUN = frozenset("plus before after about over under nearly around than only per within almost "
                       "roughly some each every at least more less".split())


class Slot(NamedTuple):
    """One part of a scaffold: the item's own words (``filled``) or a blank for the writer."""

    name: str
    text: str
    filled: bool


class Scaffold(NamedTuple):
    shape: str  # strong | simplification | readiness
    text: str
    slots: tuple[Slot, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"shape": self.shape, "text": self.text,
                "slots": {s.name: {"text": s.text, "filled": s.filled} for s in self.slots}}


MARKUP_CHARS = frozenset("*_`[<~")


class _Filler:
    """Fills slots from one item's clauses; each clause goes to at most one slot."""

    def __init__(self, item: Item, rubric: Rubric):
        self.item, self.text, self.rubric = item, item.source, rubric
        self.data = rehearsal_data()["scaffold"]
        self.blanks = self.data["blanks"]
        self.tokens = item.tokens  # a computed property on Item: take it once
        self.lower = list(item.words)  # the tokens' lower-cased words, as the item keeps them
        self.clauses = list(split_clauses(self.tokens, tuple(self.data["clause_openers"])))
        self.used: set[Clause] = set()
        self._metrics = _metrics_by_clause(self.clauses, item.metrics)

    def words(self, start: int, end: int, trim: bool = False) -> str:
        """The draft's own words: markup blanked, brackets made round, capped, lead word tidied."""
        piece = self.text[start:end]
        if MARKUP_CHARS.intersection(piece):
            piece = markup_view(piece)
        words = piece.replace("[", "(").replace("]", ")").split()
        while trim and len(words) > 1 and words[0].lower() in self.data["leading_conjunctions"]:
            words.pop(0)
        if len(words) > self.data["max_clause_words"]:
            words = words[:self.data["max_clause_words"]] + ["…"]
        if words and words[-1] == "…":
            while len(words) > 2 and (words[-2][:1].isdigit() or words[-2].lower() in NOT_A_NOUN | NOT_A_NAME):
                words.pop(-2)  # never end a cut on a number or a dangling word
        if words and words[0] in LOWER_FIRST:
            words[0] = words[0].lower()  # "the rollout took ..." reads on inside a template
        return " ".join(words).strip(" ,;:")

    def blank(self, name: str) -> Slot:
        return Slot(name, self.blanks[name], False)

    def take(self, clause: Clause, name: str, start: int | None = None) -> Slot:
        self.used.add(clause)
        return Slot(name, self.words(clause.start if start is None else start, clause.end, start is None), True)

    def free(self, test: Callable[[Clause], bool]) -> Clause | None:
        return next((c for c in self.clauses if c not in self.used and test(c)), None)

    def at(self, offset: int | None) -> Clause | None:
        return next((c for c in self.clauses if offset is not None and c.start <= offset < c.end), None)

    def metrics_in(self, clause: Clause) -> list[Mention]:
        return self._metrics.get(clause, [])

    def has_cue(self, clause: Clause, cues: list[str]) -> bool:
        matcher = opener_matcher(tuple(cues))
        return next(matcher.iter_matches(self.lower[clause.first:clause.last]), None) is not None

    def persona(self) -> Slot:
        persona = self.item.persona
        return Slot("persona", self.words(persona.span.start, persona.span.end), True) if persona \
            else self.blank("persona")

    def own_verb(self, classes: tuple[str, ...] = ("pm",)) -> int | None:
        """Where the writer's own verb of one of ``classes`` starts: the main action, or "I <verb>".

        Not auxiliaries, negations or gerunds: "because I do not manage" or "because
        I coming from ..." would be no action, or no sentence.
        """
        action, tokens = self.item.action, self.tokens
        if action.subject == "i" and action.span and action.verb_class in classes \
                and self._acts(action.span.start, action.verb, classes):
            return action.span.start  # the main action, most often: no scan for "I"
        for index, token in enumerate(tokens[:-1]):
            if token.text == "I" and self._acts(tokens[index + 1].start,
                                                self.rubric.verb_lemma.get(tokens[index + 1].lower), classes):
                return tokens[index + 1].start
        return None

    def _acts(self, start: int, lemma: str | None, classes: tuple[str, ...]) -> bool:
        """Is the verb at ``start`` an action of one of ``classes``, not an auxiliary, a negation or a gerund?"""
        tokens = self.tokens
        index = bisect_left(tokens, start, key=_START)  # the token that starts there
        following = {t.lower for t in tokens[index + 1:index + 3]}
        return bool(lemma) and lemma not in AUXILIARIES and not following & NEGATIONS \
            and not tokens[index].lower.endswith("ing") and self.rubric.verb_class.get(lemma, "neutral") in classes

    def decision(self, classes: tuple[str, ...] = ("pm",)) -> Slot:
        """The writer's own decision, from its verb to the end of its clause, as "I <verb> ..."."""
        start = self.own_verb(classes)
        clause = self.at(start)
        if clause is None or clause in self.used:
            action = self.item.action
            if action.verb_class == "technical" and action.verb:
                options = " / ".join(self.rubric.suggestions.get(action.verb, ())) or "a product verb"
                return Slot("decision", self.blanks["technical_decision"].format(suggestions=options), False)
            return self.blank("decision")
        text = self.take(clause, "decision", start).text
        return Slot("decision", "I " + text[:1].lower() + text[1:], True)

    def is_mechanism(self, clause: Clause) -> bool:
        """"by offering the presets", not "by hand" or "walks through what": a gerund after by/through."""
        openers = {tuple(o.split()) for o in self.data["mechanism_openers"]}
        if clause.opener not in openers:
            return False
        rest = self.tokens[clause.first + len(clause.opener):clause.last]
        if clause.opener in (("by",), ("through",)):
            return bool(rest) and rest[0].lower.endswith("ing")
        return len(rest) >= 2

    def hint(self, metrics: list[Mention]) -> str:
        """One blank saying what the number still lacks: a baseline, a customer, a business measure."""
        signals = self.item.signals
        names = [] if any(m.detail == "range" for m in metrics) else ["baseline"]
        if signals is not None and signals.technical_metric_only:
            names.append("customer_noticed")
        elif signals is not None and not signals.business_outcome:
            names.append("business_measure")
        return " [" + "; ".join(self.blanks[n].strip("[]") for n in names) + "]" if names else ""

    def action(self) -> Slot:
        """The readiness test's "because I ...": the own decision (or own verb) and how it worked."""
        decision = self.decision(("pm", "neutral"))
        if not decision.filled:
            return Slot("action", decision.text, False)
        taken = max(self.clauses.index(c) for c in self.used)
        after = self.clauses[taken + 1] if taken + 1 < len(self.clauses) else None
        how = " " + self.take(after, "mechanism").text if after and self.is_mechanism(after) else ""
        return Slot("action", decision.text[2:] + how, True)

    def measured(self) -> tuple[str, Mention] | None:
        """The best number with the measure written before it ("p99 latency ... from 480ms to 190ms")."""
        if not self.item.metrics:
            return None
        best = max(self.item.metrics, key=_metric_rank)
        clause = self.at(best.span.start)
        measures = [m for m in self.item.mentions if m.kind in ("business", "technical")]
        before = next((m for m in measures if clause and clause.start <= m.span.start < best.span.start), None)
        after = next((m for m in measures if m.span.start >= best.span.end), None)  # only the first can follow
        if after is not None and self.text[best.span.end:after.span.start].strip():  # with nothing between
            after = None
        end = after.span.end if after and not before else best.span.end  # "42,000 QPS"
        if before is not None and best.detail == "range":  # "acceptance rose from 58% to 76%"
            between = self.text[before.span.end:best.span.start].split()
            if 0 < len(between) <= 2 and any(w.lower() in self.rubric.verb_lemma or w.lower() in CHANGE_VERBS for w in between):
                return self.words(before.span.start, before.span.end) + " " + self.words(best.span.start, end), best
        if before is None and best.detail == "range":
            named = self.named_across_verb(best, clause)
            if named:
                return named + " " + self.words(best.span.start, end), best
        return self.words(before.span.start if before else self.noun_before(best, clause), end), best

    def named_across_verb(self, metric: Mention, clause: Clause | None) -> str | None:
        """"acceptance rose from 58% to 76%" -> "acceptance": the words naming a change, before its verb."""
        index = next((i for i, t in enumerate(self.tokens) if t.start >= metric.span.start), 0)
        if index < 2 or self.tokens[index - 1].lower not in CHANGE_VERBS | {"increased", "decreased", "improved"}:
            return None
        verb = self.tokens[index - 1]
        start = self.noun_before(Mention("", Span(verb.start, verb.end), verb.text), clause)
        return self.words(start, verb.start) if start < verb.start else None

    def result_clause(self) -> str | None:
        """The clause that carries the best number, whole: what a question quotes."""
        if not self.item.metrics:
            return None
        best = max(self.item.metrics, key=_metric_rank)
        clause = self.at(best.span.start)
        if clause is None:
            return None
        text = self.words(clause.start, clause.end, trim=True)
        return text if len(text.split()) <= self.data["max_clause_words"] else None

    def noun_before(self, metric: Mention, clause: Clause | None) -> int:
        """Up to three words just before a number that name it ("substitution acceptance from ...")."""
        start = metric.span.start
        index = bisect_left(self.tokens, metric.span.start, key=_START)
        index = index if index < len(self.tokens) else 0
        for token in reversed(self.tokens[max(clause.first if clause else 0, index - 3):index]):
            if not token.text.isalpha() or token.lower in NOT_A_NAME or token.lower in NOT_A_NOUN \
                    or token.lower in self.rubric.verb_lemma:
                break
            start = token.start
        return start

    def metric(self) -> Slot:
        """The result as a noun phrase with its number ("checkout completion from 71% to 89%"), only
        for a result (a customer, business or technical measure) and only when a measure names it."""
        signals = self.item.signals
        found = self.measured() if signals and (signals.business_outcome or signals.technical_metric_only) else None
        if found is None or found[0].split()[0][:1].isdigit() or found[0].startswith(("$", "from ")):
            return self.blank("metric")
        return Slot("metric", found[0] + self.hint([found[1]]), True)

    def simplification_story(self) -> bool:
        """Strong cues anywhere; weak cues only in or just after the writer's own action clause."""
        if any(self.has_cue(c, self.data["simplification_cues"]) for c in self.clauses):
            return True
        own = self.at(self.own_verb(("pm", "neutral", "technical")))
        if own is None:
            return False
        index = self.clauses.index(own)
        return any(self.has_cue(c, self.data["simplification_weak_cues"]) and not self.metrics_in(c)
                   for c in self.clauses[index:index + 2])


_START = attrgetter("start")


def _metrics_by_clause(clauses: list[Clause], metrics: tuple[Mention, ...]) -> dict[Clause, list[Mention]]:
    """Each clause's metrics (those starting inside it), found once by binary search: clauses are
    in text order and do not overlap, and every slot asks for them."""
    starts = [clause.start for clause in clauses]
    found: dict[Clause, list[Mention]] = {}
    for metric in metrics:
        at = bisect_right(starts, metric.span.start) - 1
        if at >= 0 and metric.span.start < clauses[at].end:
            found.setdefault(clauses[at], []).append(metric)
    return found


def _metric_rank(metric: Mention) -> int:
    """Ranges first (before -> after), then money, then any other magnitude; technical last."""
    return 0 if metric.kind == "technical" else {"range": 3, "currency": 2}.get(metric.kind, 1)


def _render(shape: str, slots: list[Slot], item_text: str, rubric: Rubric, plural: bool = False) -> Scaffold:
    data = rehearsal_data()["scaffold"]
    template, blanks = data[shape + ("_plural" if plural else "")], data["blanks"]
    text = template.format(**{slot.name: slot.text for slot in slots})
    if invented(text, item_text, rubric):  # belt and braces: never show an invented word
        slots = [Slot(s.name, blanks.get(s.name, f"[{s.name}]"), False) for s in slots]
        text = template.format(**{slot.name: slot.text for slot in slots})
    return Scaffold(shape, text, tuple(slots))


def is_simplification(item: Item, rubric: Rubric) -> bool:
    """Simplification stories get the Invent-and-Simplify shape (SPEC 2.13)."""
    cues = rehearsal_data()["scaffold"]
    if not any(opener_matcher(tuple(cues[name])).may_match(item.words)
               for name in ("simplification_cues", "simplification_weak_cues")):
        return False  # no word of the item starts a cue: no clause needs reading
    return _Filler(item, rubric).simplification_story()


def readiness(item: Item, rubric: Rubric) -> Scaffold:
    """SPEC 2.1: "The customer I served was [persona]; their life improved by [metric]; because I
    [action]", in agreement with the persona ("The customers I served were small sellers")."""
    fill = _Filler(item, rubric)
    persona = fill.persona()
    plural = persona.filled and persona.text.split()[-1].lower().endswith("s")
    if persona.filled and not plural and persona.text.split()[0].lower() not in DETERMINERS \
            and not persona.text[:1].isupper():
        persona = Slot("persona", "the " + persona.text, True)
    return _render("readiness", [persona, fill.metric(), fill.action()], item.text, rubric, plural)


def result_phrase(item: Item, rubric: Rubric) -> str | None:
    """The item's strongest number as written, in its whole clause ("substitution acceptance rose
    from 58% to 76%"), else with the measure that names it; what rehearsal questions quote."""
    fill = _Filler(item, rubric)
    clause = fill.result_clause()
    if clause and any(ch.isdigit() for ch in clause):
        return clause
    found = fill.measured()
    return found[0] if found else None


def readiness_sentence(item: Item, rubric: Rubric) -> str:
    return readiness(item, rubric).text
