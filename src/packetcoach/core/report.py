"""The report: everything one analysis found, typed all the way to the renderers."""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from packetcoach.core.model import SEVERITY_RANK, Applied, Document, Finding, Item
from packetcoach.core.reading import Reading
from packetcoach.core.verdict import Verdict

if TYPE_CHECKING:  # the compiled profile is built a layer up; the report only carries it
    from packetcoach.profile.compile import Rubric

SCHEMA_ID = "packetcoach.report/1"


class Score(NamedTuple):
    """The five scores (0-100) and the reasons behind each, by score name. A named tuple, like
    the model's records (core/model.py says why); the report stays a dataclass."""

    packet: int
    evidence: int
    narrative: int
    re_role: int
    level_signal: int
    reasons: dict[str, list[str]]

    def as_dict(self) -> dict[str, int]:
        return {"packet": self.packet, "evidence": self.evidence, "narrative": self.narrative,
                "re_role": self.re_role, "level_signal": self.level_signal}


@dataclass(frozen=True)
class Report:
    """What :func:`packetcoach.analyze` returns: one draft's document, findings, score and reading."""

    source: str
    profile: str
    level: str
    doc_type: str
    document: Document
    findings: tuple[Finding, ...]
    score: Score
    reading: Reading
    rubric: "Rubric" = field(repr=False, compare=False)
    notes: tuple[str, ...] = ()
    suppressions: tuple[Applied, ...] = ()
    judge: Callable[["Report"], Verdict] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def verdict(self) -> Verdict | None:
        """How the room reads it, and the changes worth making (SPEC 6): judged when first asked for.

        Judging re-scores the packet once per possible change, which costs more than re-reading a
        one-word edit; an editor that shows only the underlines never pays for it.
        """
        return self.judge(self) if self.judge is not None else None

    @property
    def items(self) -> tuple[Item, ...]:
        return self.document.items

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def words(self) -> int:
        return self.document.words

    def worst_severity(self) -> int:
        return max((SEVERITY_RANK[f.severity] for f in self.findings), default=-1)

    def item(self, item_id: str | None) -> Item | None:
        return self._items_by_id.get(item_id)  # type: ignore[arg-type]

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        """The items by id, the first of each (ids are unique): the JSON asks once per finding."""
        found: dict[str, Item] = {}
        for item in self.items:
            found.setdefault(item.id, item)
        return found


def report_header(report: Report) -> dict[str, Any]:
    """What was judged and against what: shared by every JSON document about a report."""
    return {"source": report.source, "profile": report.profile, "level": report.level,
            "doc_type": report.doc_type}
