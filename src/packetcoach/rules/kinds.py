"""The mechanisms rules use, by kind: one table, filled by the ``@check`` decorator.

A check is a plain function ``(rule, context) -> Iterable[Finding]``. Its stage says what it reads:
``passage`` checks see one block with its items (their findings are kept with the block, so an
unchanged block is not checked again), ``packet`` checks see the whole reading of the packet.
"""

# No ``from __future__ import annotations``: see coach/clauses.py (Check is a named tuple).

from typing import Callable, Iterable, Literal, NamedTuple

from packetcoach.core.model import Finding, Span

Stage = Literal["passage", "packet"]


class Check(NamedTuple):
    """A detector and the stage it runs at, registered by kind."""

    kind: str
    stage: Stage
    run: Callable[..., Iterable[Finding]]


CHECKS: dict[str, Check] = {}
_new = tuple.__new__  # hot named tuples built with every field, without their __new__ call


def make_finding(rule, span: Span, suggestion: str | None = None, item: str | None = None,
                 candidate: str | None = None, **fields: object) -> Finding:
    """A finding of ``rule`` at ``span``, its message filled with ``fields``; in a manager's document
    (``candidate`` named) in the rule's manager wording where it has one."""
    return _new(Finding, (rule.id, rule.name, rule.severity, worded(rule, "message", candidate, **fields), span,
                          suggestion, item, rule.rationale, rule.scope))  # every field: no named-tuple __new__ call


def worded(rule, key: str, candidate: str | None, **fields: object) -> str:
    """A rule's ``message`` or ``hint``, or in a manager's document its ``_manager`` form naming the
    candidate ("No project Priya started on her own initiative")."""
    text = (getattr(rule, f"{key}_manager") if candidate else "") or getattr(rule, key)
    return text.format(candidate=candidate or "", **fields)


def check(kind: str, stage: Stage) -> Callable:
    """Register a check function under a kind name that rules.toml entries refer to."""
    def register(function: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        if kind in CHECKS:
            raise ValueError(f"two checks registered for rule kind '{kind}'")
        CHECKS[kind] = Check(kind, stage, function)
        return function
    return register
