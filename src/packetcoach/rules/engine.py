"""The one rule engine: one registry of rules, one loop, one suppression mechanism.

A rule lives in one place: its entry in ``rules.toml`` (id, name, severity, scope, rationale,
examples) names the ``kind`` of check that detects it, and the words a phrase rule looks for are a
list of the same name in the profile. ``docs/rules.md`` shows how to add one.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Rule is a named tuple).

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Literal, NamedTuple

from packetcoach.core.errors import ProfileError, closest
from packetcoach.core.model import Applied, Finding
from packetcoach.core.resources import load_package_toml
from packetcoach.rules import document as _document_checks  # noqa: F401 - registers the packet checks
from packetcoach.rules import item as _item_checks  # noqa: F401 - registers the passage checks
from packetcoach.rules.kinds import CHECKS, Stage, make_finding  # noqa: F401 - part of the engine's API

if TYPE_CHECKING:  # imported where a draft holds a comment: most drafts hold none
    from packetcoach.rules.suppress import Suppression

SEVERITIES = ("error", "warning", "info")
SCOPES = ("item", "sentence", "document")
RULE_FILES = ("rules.toml",)


class Rule(NamedTuple):
    """One rule as rules.toml declares it (a named tuple: made for every rule when a check starts)."""

    id: str
    name: str
    severity: str
    scope: Literal["item", "sentence", "document"]
    kind: str
    rubric: str
    message: str
    rationale: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    mention: str = ""  # the profile phrase list a phrase rule matches
    examples: Literal["item", "draft"] = "item"  # what its bad and good examples are
    doc_type: str = ""  # the document type its draft examples are read as (the default type when empty)
    overrides: tuple[str, ...] = ()  # rules whose finding on the same words this one replaces
    hint: str = ""  # the suggestion, where the rule's is one sentence of data ({fields} filled)
    message_manager: str = ""  # in a manager's document: the message naming {candidate}
    hint_manager: str = ""  # ... and the suggestion

    @property
    def stage(self) -> Stage:
        return CHECKS[self.kind].stage


def _rule(entry: dict[str, Any]) -> Rule:
    entry = dict(entry)
    entry["bad"], entry["good"] = tuple(entry.get("bad", ())), tuple(entry.get("good", ()))
    entry["overrides"] = tuple(entry.get("overrides", ()))
    rule = Rule(**entry)
    if rule.kind not in CHECKS:
        close = closest(rule.kind, list(CHECKS))
        raise ValueError(f"rule {rule.id}: unknown kind '{rule.kind}'" + (f" (did you mean '{close}'?)" if close else ""))
    if rule.severity not in SEVERITIES or rule.scope not in SCOPES:
        raise ValueError(f"rule {rule.id}: severity must be one of {SEVERITIES}, scope one of {SCOPES}")
    return rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, in id order, from the shipped rule file."""
    rules = [_rule(entry) for name in RULE_FILES for entry in load_package_toml("rules", name)["rule"]]
    return tuple(sorted(rules, key=lambda rule: rule.id))


def find_rule(key: str) -> Rule | None:
    """A rule by id (PC102) or name (engineering-verb), case-insensitively."""
    key = key.strip().lower()
    return next((r for r in all_rules() if key in (r.id.lower(), r.name)), None)


def phrase_lists() -> frozenset[str]:
    """The profile phrase lists the rules match (a profile key nobody reads is a mistake)."""
    return frozenset(rule.mention for rule in all_rules() if rule.mention)


def check_settings(settings: dict[str, dict[str, Any]], source: str = "rules") -> None:
    """Refuse a setting for a rule that does not exist, or a severity that does not exist."""
    for key, value in settings.items():
        if find_rule(key) is None:
            names = [r.name for r in all_rules()] + [r.id for r in all_rules()]
            close = closest(key.lower(), names)
            raise ProfileError(source, f"unknown rule '{key}'", f"did you mean '{close}'?" if close
                               else "see 'packetcoach rules'")
        severity = value.get("severity")
        if severity is not None and severity not in SEVERITIES:
            raise ProfileError(source, f"rule '{key}': unknown severity '{severity}'",
                               f"use one of {', '.join(SEVERITIES)}")


Plan = tuple[tuple[Rule, Any, str], ...]  # (rule, its check, the severity it reports at)


def plan(stage: Stage, settings: dict[str, dict[str, Any]]) -> Plan:
    """The enabled rules of a stage with their checks and severities: worked out once per reader."""
    steps = []
    for rule in all_rules():
        if rule.stage != stage:
            continue
        setting = settings.get(rule.id, {}) | settings.get(rule.name, {})
        if setting.get("enabled") is not False:
            steps.append((rule, CHECKS[rule.kind].run, str(setting.get("severity", rule.severity))))
    return tuple(steps)


def run(steps: Plan, context: Any) -> list[Finding]:
    """The one loop: every planned rule over the context, re-graded as the settings say."""
    findings: list[Finding] = []
    for rule, check, severity in steps:
        for finding in check(rule, context):
            if severity != finding.severity:
                finding = finding._replace(severity=severity)  # type: ignore[arg-type]
            findings.append(finding)
    overrides = _overrides()
    overriding = [(f, overrides[f.name]) for f in findings if f.name in overrides] if overrides else ()
    return [f for f in findings if not _overridden(f, overriding)] if overriding else findings


def _overridden(finding: Finding, overriding) -> bool:
    """One word, one finding: a phrase both "various" lists would flag is reported by the rule that
    says more about it (a weasel word, not a cliche)."""
    return any(finding.name in names and other.span.start < finding.span.end and finding.span.start < other.span.end
               for other, names in overriding)


@lru_cache(maxsize=1)
def _overrides() -> dict[str, frozenset[str]]:
    """Each rule that replaces another's finding on the same words, with the rules it replaces."""
    return {rule.name: frozenset(rule.overrides) for rule in all_rules() if rule.overrides}


def suppress(findings: Iterable[Finding], text: str, first_block: int,
             line_of) -> tuple[list[Finding], tuple[Applied, ...]]:
    """Drop the findings that a comment silences; list every comment so nothing is hidden.

    A comment on a line of its own before the first heading or paragraph silences its rules in the
    whole file; a comment on a line of its own elsewhere silences them on the next line; a comment
    after text silences them on its own line.
    """
    if "<" not in text or "<!--" not in text:  # a memchr first: most drafts have no "<"
        return list(findings), ()
    from packetcoach.rules.suppress import parse_suppressions  # noqa: PLC0415 - a draft with a comment

    comments = parse_suppressions(text)
    if not comments:
        return list(findings), ()
    counts = [0] * len(comments)
    kept = []
    for finding in findings:
        hit = _silencer(finding, comments, first_block, line_of)
        if hit is None:
            kept.append(finding)
        else:
            counts[hit] += 1
    applied = tuple(Applied(c.line + 1, tuple(sorted(c.keys)), _scope(c, first_block), counts[i])
                    for i, c in enumerate(comments))
    return kept, applied


def _scope(comment: "Suppression", first_block: int) -> Literal["file", "line"]:
    return "file" if comment.standalone and comment.span.end <= first_block else "line"


def _silencer(finding: Finding, comments: "list[Suppression]", first_block: int, line_of) -> int | None:
    keys = {"*", finding.rule.lower(), finding.name}
    line = None
    for index, comment in enumerate(comments):
        if not keys & comment.keys:
            continue
        if _scope(comment, first_block) == "file":
            return index
        line = line_of(finding.span.start) - 1 if line is None else line
        if line == comment.line or (comment.standalone and line == comment.line + 1):
            return index
    return None
