"""The mechanisms rules use, by kind: one table, filled by the ``@check`` decorator.

A check is a plain function ``(rule, context) -> Iterable[Finding]``. Its stage says what it reads:
``passage`` checks see one block with its items (their findings are kept with the block, so an
unchanged block is not checked again), ``packet`` checks see the whole reading of the packet.
"""

from __future__ import annotations

from typing import Callable, Iterable, Literal, NamedTuple

from packetcoach.core.model import Finding, Span

Stage = Literal["passage", "packet"]


class Check(NamedTuple):
    """A detector and the stage it runs at, registered by kind."""

    kind: str
    stage: Stage
    run: Callable[..., Iterable[Finding]]


CHECKS: dict[str, Check] = {}


def make_finding(rule, span: Span, suggestion: str | None = None, item: str | None = None,
                 **fields: object) -> Finding:
    """A finding of ``rule`` at ``span``, its message filled with ``fields``."""
    return Finding(rule.id, rule.name, rule.severity, rule.message.format(**fields), span,
                   suggestion, item, rule.rationale, rule.scope)


def check(kind: str, stage: Stage) -> Callable:
    """Register a check function under a kind name that rules.toml entries refer to."""
    def register(function: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        if kind in CHECKS:
            raise ValueError(f"two checks registered for rule kind '{kind}'")
        CHECKS[kind] = Check(kind, stage, function)
        return function
    return register
