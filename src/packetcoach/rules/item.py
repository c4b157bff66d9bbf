"""Rules: metadata as data (rules.toml), a few mechanisms by kind (this module).

Each rule kind is a function from the analysed document to findings. The words
those functions look for come from the profile; the message, rationale and
examples come from rules.toml, so `packetcoach explain` and the tests read the
same text the user sees.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from packetcoach.core.resources import load_package_toml, package_path
from packetcoach.core.model import Document, Finding, Item, Sentence, Span
from packetcoach.profile.compile import Rubric

SEVERITIES = ("error", "warning", "info")
SUPPRESS_RE = re.compile(r"<!--\s*packetcoach:\s*(?:ignore|disable)\s*([\w,\s-]*?)\s*-->", re.IGNORECASE)
ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9&]{1,5}s?\b")


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str
    scope: str
    kind: str
    rubric: str
    message: str
    rationale: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    mention: str = ""
    document: bool = False  # true when examples are whole drafts, not single items


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, in id order, from the shipped rules files."""
    rules: list[Rule] = []
    for name in ("rules.toml", "document_rules.toml"):
        if not os.path.isfile(package_path("rules", name)):
            continue
        for entry in load_package_toml("rules", name)["rule"]:
            entry = dict(entry)
            entry["bad"] = tuple(entry.get("bad", ()))
            entry["good"] = tuple(entry.get("good", ()))
            rules.append(Rule(**entry))
    return tuple(sorted(rules, key=lambda rule: rule.id))


def find_rule(key: str) -> Rule | None:
    """A rule by id (PC102) or name (engineering-verb), case-insensitively."""
    key = key.strip().lower()
    return next((r for r in all_rules() if key in (r.id.lower(), r.name)), None)


@dataclass(frozen=True)
class Context:
    document: Document
    view: str
    rubric: Rubric


def _finding(rule: Rule, span: Span, item: Item | None, suggestion: str | None, **fields: object) -> Finding:
    return Finding(rule.id, rule.name, rule.severity, rule.message.format(**fields), span,  # type: ignore[arg-type]
                   suggestion, item.id if item else None, rule.rationale)


def _claim_items(ctx: Context) -> Iterator[Item]:
    for item in ctx.document.items:
        if item.signals is not None:
            yield item


def check_readiness(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        s = item.signals
        assert s is not None
        if s.ready:
            continue
        missing = [label for label, ok in (
            ("no customer named", s.customer), ("no number", s.metric),
            ("no customer or business result", s.business_outcome),
            ("no action of yours", s.own_action)) if not ok]
        if s.activity_only:
            missing.append("effort, not a decision or result")
        first = item.sentences[0].span
        yield _finding(rule, first, item, item.rewrite, missing="; ".join(missing))


def check_engineering_verb(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        if item.signals and item.signals.technical_lead and item.action.span:
            options = ctx.rubric.suggestions.get(item.action.verb or "", ())
            hint = ("Lead with the product decision: " + ", ".join(options) +
                    " (only if true), and say who benefited.") if options else \
                "Lead with the decision you made and who benefited."
            yield _finding(rule, item.action.span, item, hint, verb=item.action.span.text(ctx.view))


def check_technical_metric(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        if item.signals and item.signals.technical_metric_only:
            target = next((m for m in item.mentions if m.kind == "technical"), None) or item.metrics[0]
            who = item.persona.text if item.persona else "[which customer]"
            hint = f"Which customer noticed? Add what changed for {who}: [customer measure, before -> after]."
            yield _finding(rule, target.span, item, hint, metric=target.span.text(ctx.view))


def check_activity(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        if item.signals and item.signals.activity_only:
            target = next((m for m in item.mentions if m.kind == "activity"), None)
            span = target.span if target else (item.action.span or item.sentences[0].span)
            hint = "Say what decision this changed: '..., which led me to [decision], so [result for whom]'."
            yield _finding(rule, span, item, hint, activity=span.text(ctx.view))


def check_own_action(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        if item.signals is None or item.signals.own_action or item.action.span is None:
            continue
        if item.action.subject == "we":
            why = "'We' hides your part"
        elif item.action.subject == "passive":
            why = "Passive voice hides who acted"
        else:
            continue
        yield _finding(rule, item.action.span, item,
                       "Say what you did: 'I [decided / convinced / cut] ...', then the team's result.", why=why)


def check_phrase(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        for mention in item.mentions:
            if mention.kind == rule.mention:
                yield _finding(rule, mention.span, item, "Cut it, and put the fact it stands for.",
                               text=mention.span.text(ctx.view))


def check_weasel(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        for sentence in item.sentences:
            if any(sentence.span.contains(m.span) for m in item.metrics):
                continue
            for mention in item.mentions:
                if mention.kind == "weasel" and sentence.span.contains(mention.span):
                    yield _finding(rule, mention.span, item, "Replace it with the number: [how many / how much].",
                                   text=mention.span.text(ctx.view))


def _word_count(sentence: Sentence) -> int:
    return sum(1 for token in sentence.tokens if token.text[:1].isalnum())


def check_long_sentence(rule: Rule, ctx: Context) -> Iterator[Finding]:
    limit = ctx.rubric.threshold("long_sentence_words", 30)
    for sentence in ctx.document.sentences:
        count = _word_count(sentence)
        if count > limit:
            yield _finding(rule, sentence.span, None, "Split it: one claim, strongest fact first.",
                           count=count, limit=limit)


def check_long_item(rule: Rule, ctx: Context) -> Iterator[Finding]:
    limit = ctx.rubric.threshold("long_item_words", 45)
    for item in _claim_items(ctx):
        count = sum(_word_count(s) for s in item.sentences)
        if count > limit and len(item.sentences) > 1:
            yield _finding(rule, item.span, item, "Keep the one claim the room must retell; move the rest.",
                           count=count, limit=limit)


def check_acronym(rule: Rule, ctx: Context) -> Iterator[Finding]:
    known = ctx.rubric.known_acronyms
    defined = {m.group(1) for m in re.finditer(r"\(([A-Z][A-Z0-9&]{1,5})s?\)", ctx.view)}
    seen: set[str] = set()
    for sentence in ctx.document.sentences:
        for match in ACRONYM_RE.finditer(ctx.view, sentence.span.start, sentence.span.end):
            word = match.group().rstrip("s") if match.group().endswith("s") and len(match.group()) > 2 else match.group()
            if word in known or match.group() in known or word in defined or word in seen:
                continue
            if not any(c.isalpha() for c in word) or len(word) < 2:
                continue
            seen.add(word)
            yield _finding(rule, Span(match.start(), match.end()), None,
                           f"Spell it out once: '[full name] ({word})'.", text=match.group())


def check_unquantified(rule: Rule, ctx: Context) -> Iterator[Finding]:
    for item in _claim_items(ctx):
        if item.signals and item.signals.business_outcome and not item.signals.metric:
            yield _finding(rule, item.sentences[0].span, item,
                           "Add the magnitude: [from X to Y] over [time window].")


CHECKS: dict[str, Callable[[Rule, Context], Iterable[Finding]]] = {
    "readiness": check_readiness,
    "engineering-verb": check_engineering_verb,
    "technical-metric": check_technical_metric,
    "activity": check_activity,
    "own-action": check_own_action,
    "phrase": check_phrase,
    "weasel": check_weasel,
    "long-sentence": check_long_sentence,
    "long-item": check_long_item,
    "acronym": check_acronym,
    "unquantified": check_unquantified,
}


def suppressed_lines(text: str) -> dict[int, set[str]]:
    """Line number (0-based) -> rule ids or names ignored there ('*' for all).

    A comment ``<!-- packetcoach: ignore PC102 -->`` applies to its own line and the next one.
    """
    result: dict[int, set[str]] = {}
    for match in SUPPRESS_RE.finditer(text):
        line = text.count("\n", 0, match.start())
        keys = {k.strip().lower() for k in re.split(r"[,\s]+", match.group(1)) if k.strip()} or {"*"}
        for target in (line, line + 1):
            result.setdefault(target, set()).update(keys)
    return result


def run_rules(ctx: Context, overrides: dict[str, dict[str, object]] | None = None) -> list[Finding]:
    """Every enabled rule over the document, with severities re-graded by the profile/config."""
    overrides = overrides or {}
    findings: list[Finding] = []
    for rule in all_rules():
        setting = overrides.get(rule.id, {}) | overrides.get(rule.name, {})
        if setting.get("enabled") is False:
            continue
        check = None if rule.document else CHECKS.get(rule.kind)
        if check is None:
            continue
        severity = str(setting.get("severity", rule.severity))
        for finding in check(rule, ctx):
            findings.append(replace(finding, severity=severity) if severity != rule.severity else finding)
    quiet = suppressed_lines(ctx.document.text)
    if quiet:
        findings = [f for f in findings if not _is_quiet(f, ctx.document.text, quiet)]
    return sorted(findings, key=lambda f: (f.span.start, f.rule))


def _is_quiet(finding: Finding, text: str, quiet: dict[int, set[str]]) -> bool:
    line = text.count("\n", 0, finding.span.start)
    keys = quiet.get(line, set())
    return bool(keys & {"*", finding.rule.lower(), finding.name})
