"""The room's reading of a packet, as data: what analysis/packet.py concludes about the whole
document, typed, for the rules, the scores, the coach and every renderer.

Named tuples, like the model's records (core/model.py says why); the reading has no defaults, as
analysis/packet.py gives every field, so no default dictionary is shared between readings."""

# No ``from __future__ import annotations``: typing.NamedTuple compiles a field type given as a
# string (a ForwardRef each) when the class is made, on every start (profile/compile.py says more).
from typing import NamedTuple

from packetcoach.core.model import Span


class EngineeringPast(NamedTuple):
    span: Span  # in the draft
    followed_by_outcome: bool


class Reading(NamedTuple):
    """The document-level fields of the report (SPEC 5 "document"), with the reasons behind them."""

    lead_is_outcome: bool
    lead_suggestion: str | None
    former_engineer_mentions: tuple[EngineeringPast, ...]
    initiated_items: tuple[str, ...]
    stopped_items: tuple[str, ...]
    structure: str
    structure_reasons: tuple[str, ...]
    retell: str | None
    retell_scaffold: str | None
    specialty: str | None
    specialty_evidence: tuple[str, ...]
    technical_lead_share: float
    principles_coverage: dict[str, tuple[str, ...]]
    skim_words_read: int
    skim_outcomes_seen: tuple[str, ...]
    skim_outcomes_missed: tuple[str, ...]
    strongest: tuple[str, ...]
    level_evidence: dict[str, dict[str, tuple[str, ...]]]
    supported_level: str | None
    parts: dict[str, dict[str, bool]]
    jargon_share: float  # engineering jargon as a share of the document's words
    excuses: tuple[Span, ...]  # "I'm still learning ...", in the draft
    objections: tuple[str, ...]  # items that answer an objection the room will raise
    objections_section: bool  # the draft pre-empts objections (SPEC 2.15): a strength
    scope_items: tuple[str, ...]  # the writer's remit, stated: read for the level and the fifth part
