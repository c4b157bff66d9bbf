"""Why, in words: what a packet lacks, its weakest dimension, why it loses to a peer, why two
packets tie. Built from the facts each summary keeps and the wording in wording.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packetcoach.calibrate.case import wording
from packetcoach.calibrate.dimensions import Facts
from packetcoach.calibrate.level import LevelReading
from packetcoach.calibrate.settings import DIMENSIONS, Settings
from packetcoach.core.report import Report

if TYPE_CHECKING:
    from packetcoach.calibrate.summary import Summary

LABELS = {"evidence": "evidence", "narrative": "narrative", "re_role": "re-role", "level_signal": "level signal",
          "principles": "principles"}
LACKS_SHOWN = 5


def weakest(dims: dict[str, int], settings: Settings) -> str:
    """Thin evidence comes first (scope and story cannot be argued without receipts); otherwise the
    lowest dimension, the lighter-weighted one on a tie (the cheaper one to name). Dimensions within
    the tie margin of the lowest are tied: the room cannot tell 85 from 87."""
    if dims["evidence"] < settings.strong:
        return "evidence"
    low = min(dims[d] for d in DIMENSIONS)
    tied = [d for d in DIMENSIONS if dims[d] - low <= settings.tie_margin]
    return min(tied, key=lambda d: (settings.weights[d], dims[d]))


def lacks(facts: Facts, dims: dict[str, int], level: LevelReading, report: Report, level_name: str,
          settings: Settings) -> tuple[str, ...]:
    """What the packet still lacks, most costly first."""
    words = wording()["lacks"]
    found = []
    if dims["evidence"] < settings.strong:
        found.append(words["evidence"].format(ready=facts.ready, claims=facts.claims))
    if facts.ready and facts.baselines < facts.ready:
        found.append(words["baseline"].format(baselines=facts.baselines, ready=facts.ready))
    found += [words["level"].format(level=level_name, dimension=d) for d, met in level.met.items() if met < 0.5]
    if facts.structure == "chronology":
        found.append(words["chronology"])
    if not facts.opening_claim:
        found.append(words["narrative_claim"])
    if not facts.answered:
        found.append(words["narrative_objections"])
    if facts.technical_share >= 25:
        found.append(words["re_role"].format(share=facts.technical_share))
    if facts.specialty:
        found.append(words["specialty"].format(specialty=facts.specialty))
    if not facts.stopped:
        found.append(words["stopped"])
    if facts.principles_missing:
        titles = report.rubric.profile.table("principles")
        names = [titles.get(p, {}).get("title", p) for p in facts.principles_missing]
        found.append(words["principles"].format(principles=_joined(names)))
    return tuple(found[:LACKS_SHOWN])


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _shape(facts: Facts) -> str:
    parts = []
    if facts.opening_claim:
        parts.append("an opening level claim")
    if facts.answered:
        parts.append(f"{facts.answered} objections answered")
    parts.append({"argument": "an argument", "chronology": "a calendar", "mixed": "no clear structure"}[facts.structure])
    return ", ".join(parts)


def _voice(facts: Facts) -> str:
    if facts.technical_share:
        return f"leads {facts.technical_share}% of its items with an engineering verb"
    if facts.specialty:
        return f"uses {facts.specialty} jargon"
    if facts.past_mentions > 1:
        return f"mentions the engineering past {facts.past_mentions} times"
    return "reads less like a product manager"


def _cues(facts: Facts) -> str:
    met = [f"{d} {p}%" for d, p in facts.level_met]
    return ", ".join(met)


def loses_because(mine: "Summary", peer: "Summary", dimension: str, level: str) -> str:
    """Why ``mine`` loses to ``peer`` on ``dimension``, in the comparison's own facts."""
    a, b = mine.facts, peer.facts
    return wording()["loses_to"][dimension].format(
        peer=peer.source, mine=mine.dims[dimension], theirs=peer.dims[dimension], level=level,
        mine_ready=a.ready, theirs_ready=b.ready, mine_baselines=a.baselines, theirs_baselines=b.baselines,
        mine_shape=_shape(a), theirs_shape=_shape(b), mine_voice=_voice(a),
        mine_cues=_cues(a), theirs_cues=_cues(b),
        mine_principles=len(a.principles), theirs_principles=len(b.principles))


def tie_because(first: "Summary", second: "Summary", settings: Settings) -> str:
    """Why two packets tie: close overall, and each ahead where it is strong."""
    text = wording()["ties"]
    ahead = [d for d in DIMENSIONS if first.dims[d] > second.dims[d]]
    behind = [d for d in DIMENSIONS if first.dims[d] < second.dims[d]]
    difference = abs(first.overall - second.overall)
    close = text["close"].format(difference=f"{difference:.1f}", margin=settings.tie_margin
                                 if difference <= settings.tie_margin else settings.split_margin)
    if not ahead and not behind:
        return text["same"]
    split = text["split"].format(
        first=first.source, second=second.source,
        first_dims=_joined([f"{LABELS[d]} ({first.dims[d]} vs {second.dims[d]})" for d in ahead]) if ahead else "nothing",
        second_dims=_joined([f"{LABELS[d]} ({second.dims[d]} vs {first.dims[d]})" for d in behind]) if behind else "nothing")
    return f"{split}; {close}"
