"""Rewrite scaffolds: the strong shape of an item, filled only with the item's own words.

A scaffold is a template from ``rehearsal.toml`` whose slots (problem, persona,
decision, mechanism, result, scope) hold clauses copied verbatim from the item,
or visible ``[blanks]`` for the writer. It never invents a number, a customer or
an outcome: :func:`rewrite.invented` checks every scaffold before it is returned (and
falls back to all blanks if the check ever failed), and tests/test_scaffold.py
runs the same check over thousands of generated drafts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from packetcoach.coach.clauses import Clause, opener_matcher, split_clauses
from packetcoach.coach.noinvent import invented
from packetcoach.coach.wording import rehearsal_data
from packetcoach.core.model import Item, Mention
from packetcoach.profile.compile import Rubric
from packetcoach.text.structure import markup_view

PROBLEM_RE = re.compile(r"\b(?:because(?! of)|problem|pain|complain\w*|struggl\w*|losing|lost|churn\w*|"
                        r"fail\w*|broken|slow|manual\w*|waste\w*|risk|gap|backlog|delay\w*|"
                        r"stall\w*|ignor\w*|stuck|wrong|missing|wait\w*)\b", re.IGNORECASE)
LOWER_FIRST = frozenset("The A An It This That These Those There We Our My Their Its Then".split())
NOT_A_NAME = frozenset("the a an of for to in on at by with and or i we my our their its".split())
AUXILIARIES = frozenset("do be have get make".split())  # "I do not manage" is no action


@dataclass(frozen=True)
class Slot:
    """One part of a scaffold: the item's own words (``filled``) or a blank for the writer."""

    name: str
    text: str
    filled: bool


@dataclass(frozen=True)
class Scaffold:
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
        self.lower = [t.lower for t in self.tokens]
        self.clauses = list(split_clauses(self.tokens, tuple(self.data["clause_openers"])))
        self.used: set[Clause] = set()

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
        return [m for m in self.item.metrics if clause.start <= m.span.start < clause.end]

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
        candidates = [(action.span.start, action.verb)] if action.subject == "i" and action.span and \
            action.verb_class in classes else []
        for index, token in enumerate(tokens[:-1]):
            if token.text == "I":
                candidates.append((tokens[index + 1].start, self.rubric.verb_lemma.get(tokens[index + 1].lower)))
        for start, lemma in candidates:
            index = next(i for i, t in enumerate(tokens) if t.start == start)
            following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
            if lemma and lemma not in AUXILIARIES and following not in ("not", "n't") \
                    and not tokens[index].lower.endswith("ing") and self.rubric.verb_class.get(lemma, "neutral") in classes:
                return start
        return None

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

    def mechanism(self) -> Slot:
        """How it worked: a "by <doing>" clause, else the engineering work of a technical-led item."""
        clause = self.free(self.is_mechanism)
        if clause:
            return self.take(clause, "mechanism")
        action = self.item.action
        clause = self.at(action.span.start if action.span else None)
        if action.verb_class == "technical" and clause is not None and clause not in self.used:
            return self.take(clause, "mechanism", action.span.start)
        return self.blank("mechanism")

    def hint(self, metrics: list[Mention]) -> str:
        """One blank saying what the number still lacks: a baseline, a customer, a business measure."""
        signals = self.item.signals
        names = [] if any(m.detail == "range" for m in metrics) else ["baseline"]
        if signals is not None and signals.technical_metric_only:
            names.append("customer_noticed")
        elif signals is not None and not signals.business_outcome:
            names.append("business_measure")
        return " [" + "; ".join(self.blanks[n].strip("[]") for n in names) + "]" if names else ""

    def result(self) -> Slot:
        """The clause carrying the best number, with a blank for what the number still lacks."""
        candidates = [c for c in self.clauses if c not in self.used and self.metrics_in(c)]
        if not candidates:
            return self.blank("result")
        clause = max(candidates, key=lambda c: max(_metric_rank(m) for m in self.metrics_in(c)))
        return Slot("result", self.take(clause, "result").text + self.hint(self.metrics_in(clause)), True)

    def problem(self) -> Slot:
        clause = self.free(lambda c: bool(PROBLEM_RE.search(self.text, c.start, c.end))
                           and not any(m.detail == "range" for m in self.metrics_in(c)))
        return self.take(clause, "problem") if clause else self.blank("problem")

    def scope(self) -> Slot:
        clause = self.free(lambda c: self.has_cue(c, self.data["scope_cues"]))
        return self.take(clause, "scope") if clause else self.blank("scope")

    def complex_fix(self) -> Slot:
        """What the writer chose not to do: the words after "instead of" / "rather than"."""
        openers = {tuple(o.split()) for o in self.data["alternative_openers"]}
        clause = self.free(lambda c: c.opener in openers and not self.metrics_in(c)
                           and c.last > c.first + len(c.opener))
        if clause is None or clause.opener is None:
            return self.blank("complex_fix")
        after_opener = self.tokens[clause.first + len(clause.opener)].start  # "a blank rules page"
        return self.take(clause, "complex_fix", after_opener)

    def simple_fix(self) -> Slot:
        decision = self.decision()
        if decision.filled:
            return Slot("simple_fix", decision.text, True)
        clause = self.free(lambda c: self.has_cue(c, [*self.data["simplification_cues"],
                                                      *self.data["simplification_weak_cues"]]))
        return self.take(clause, "simple_fix") if clause else self.blank("simple_fix")

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
        after = next((m for m in measures if m.span.start >= best.span.end
                      and not self.text[best.span.end:m.span.start].strip()), None)
        end = after.span.end if after and not before else best.span.end  # "42,000 QPS"
        return self.words(before.span.start if before else self.noun_before(best, clause), end), best

    def noun_before(self, metric: Mention, clause: Clause | None) -> int:
        """Up to three words just before a number that name it ("substitution acceptance from ...")."""
        start = metric.span.start
        index = next((i for i, t in enumerate(self.tokens) if t.start >= metric.span.start), 0)
        for token in reversed(self.tokens[max(clause.first if clause else 0, index - 3):index]):
            if not token.text.isalpha() or token.lower in NOT_A_NAME or token.lower in self.rubric.verb_lemma:
                break
            start = token.start
        return start

    def metric(self) -> Slot:
        found = self.measured()
        return Slot("metric", found[0] + self.hint([found[1]]), True) if found else self.blank("metric")

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


def _metric_rank(metric: Mention) -> int:
    """Ranges first (before -> after), then money, then any other magnitude; technical last."""
    return 0 if metric.kind == "technical" else {"range": 3, "currency": 2}.get(metric.kind, 1)


def _render(shape: str, slots: list[Slot], item_text: str, rubric: Rubric) -> Scaffold:
    template, blanks = rehearsal_data()["scaffold"][shape], rehearsal_data()["scaffold"]["blanks"]
    text = template.format(**{slot.name: slot.text for slot in slots})
    if invented(text, item_text, rubric):  # belt and braces: never show an invented word
        slots = [Slot(s.name, blanks.get(s.name, f"[{s.name}]"), False) for s in slots]
        text = template.format(**{slot.name: slot.text for slot in slots})
    return Scaffold(shape, text, tuple(slots))


def strong_shape(item: Item, rubric: Rubric) -> Scaffold:
    """Problem and who it hurt, decision, mechanism, result before -> after, scope."""
    fill = _Filler(item, rubric)
    decision, mechanism, result, problem, scope = (fill.decision(), fill.mechanism(), fill.result(),
                                                   fill.problem(), fill.scope())
    slots = [problem, fill.persona(), decision, mechanism, result, scope]
    return _render("strong", slots, item.text, rubric)


def simplification_shape(item: Item, rubric: Rubric) -> Scaffold:
    """Inefficiency observed, who it hurt, the complex fix not taken, the simple fix, the result."""
    fill = _Filler(item, rubric)
    simple_fix, complex_fix, result, problem = fill.simple_fix(), fill.complex_fix(), fill.result(), fill.problem()
    slots = [problem, fill.persona(), complex_fix, simple_fix, result]
    return _render("simplification", slots, item.text, rubric)


def is_simplification(item: Item, rubric: Rubric) -> bool:
    """Simplification stories get the Invent-and-Simplify shape (SPEC 2.13)."""
    return _Filler(item, rubric).simplification_story()


def readiness(item: Item, rubric: Rubric) -> Scaffold:
    """SPEC 2.1: "The customer I served was [persona]; their life improved by [metric]; because I [action]"."""
    fill = _Filler(item, rubric)
    return _render("readiness", [fill.persona(), fill.metric(), fill.action()], item.text, rubric)


def result_phrase(item: Item, rubric: Rubric) -> str | None:
    """The item's strongest number as written, with its measure; what rehearsal questions quote."""
    found = _Filler(item, rubric).measured()
    return found[0] if found else None



def scaffolds(item: Item, rubric: Rubric) -> tuple[Scaffold, ...]:
    """The shapes for an item that is not ready, the one to use first; () when it is ready."""
    if item.ready or item.signals is None:
        return ()
    strong = strong_shape(item, rubric)
    if is_simplification(item, rubric):
        return (simplification_shape(item, rubric), strong)
    return (strong,)


def item_scaffold(item: Item, rubric: Rubric) -> str | None:
    """The shape for an item that is not ready (the report's ``rewrite``); None when it is ready."""
    if item.ready or item.signals is None:
        return None
    if is_simplification(item, rubric):
        return simplification_shape(item, rubric).text
    return strong_shape(item, rubric).text
