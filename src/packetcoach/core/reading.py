"""The room's reading of a packet, as data: what analysis/packet.py concludes about the whole
document, typed, for the rules, the scores, the coach and every renderer."""

from __future__ import annotations

from dataclasses import dataclass, field

from packetcoach.core.model import Span


@dataclass(frozen=True)
class EngineeringPast:
    span: Span  # in the draft
    followed_by_outcome: bool


@dataclass(frozen=True)
class Reading:
    """The document-level fields of the report (SPEC 5 "document"), with the reasons behind them."""

    lead_is_outcome: bool = False
    lead_suggestion: str | None = None
    former_engineer_mentions: tuple[EngineeringPast, ...] = ()
    initiated_items: tuple[str, ...] = ()
    stopped_items: tuple[str, ...] = ()
    structure: str = "mixed"
    structure_reasons: tuple[str, ...] = ()
    retell: str | None = None
    retell_scaffold: str | None = None
    specialty: str | None = None
    specialty_evidence: tuple[str, ...] = ()
    technical_lead_share: float = 0.0
    principles_coverage: dict[str, tuple[str, ...]] = field(default_factory=dict)
    skim_words_read: int = 0
    skim_outcomes_seen: tuple[str, ...] = ()
    skim_outcomes_missed: tuple[str, ...] = ()
    strongest: tuple[str, ...] = ()
    level_evidence: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    supported_level: str | None = None
    parts: dict[str, dict[str, bool]] = field(default_factory=dict)
    jargon_share: float = 0.0  # engineering jargon as a share of the document's words
    excuses: tuple[Span, ...] = ()  # "I'm still learning ...", in the draft
    objections: tuple[str, ...] = ()  # items that answer an objection the room will raise
    objections_section: bool = False  # the draft pre-empts objections (SPEC 2.15): a strength
    scope_items: tuple[str, ...] = ()  # the writer's remit, stated: read for the level and the fifth part
