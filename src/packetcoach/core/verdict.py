"""The verdict of a packet, as data (SPEC section 6): how the room reads it at the level it argues
for, the evidence-or-narrative gap, one sentence with the reason, and the few changes worth making.
analysis/verdict.py decides it; the report carries it to every renderer. Named tuples, like the
model's records (core/model.py says why)."""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
from typing import Any, Literal, NamedTuple

ReadingKind = Literal["below", "at", "above", "undecided"]
GapKind = Literal["evidence", "narrative", "none"]


class Change(NamedTuple):
    """One change a coach would name: what to do, where, which rules it answers, what it gains."""

    kind: str
    what: str
    rules: tuple[str, ...]
    items: tuple[str, ...]
    lines: tuple[int, ...]
    gain: float  # packet points, measured by scoring the packet again with the problem fixed


class Verdict(NamedTuple):
    """How the room reads the packet, why, and the few changes that would move it most."""

    reading: ReadingKind
    gap: GapKind
    summary: str
    ready: bool
    top_changes: tuple[Change, ...] = ()
    keep: str | None = None  # for a ready packet: what not to touch
    reasons: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"reading": self.reading, "gap": self.gap, "summary": self.summary, "ready": self.ready,
                "reasons": list(self.reasons), "keep": self.keep,
                "top_changes": [{"kind": c.kind, "what": c.what, "rules": list(c.rules), "items": list(c.items),
                                 "lines": list(c.lines), "gain": c.gain} for c in self.top_changes]}
