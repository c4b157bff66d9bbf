"""The top changes: what would raise this packet's score most, measured, not guessed.

Each kind of change knows which problem it fixes and what the analysis would read once it is fixed
(analysis/repairs.py): the same items with the problem's signals repaired (a technical result stated
as a customer measure, "we" stated as "I"), items removed (the engineering stories cut), or the
document reading with its lead, structure or engineering past repaired. The packet is then scored
again with the same function that scored it (analysis/scoring.py), and the change gains the
difference. Nothing is re-read: every candidate costs one scoring pass, and what that pass counts
over the items (scoring.Voices) is read once per item of the draft, then only for the items a
change repairs (scoring.VoiceCounter).
"""

from __future__ import annotations

from typing import Any

from packetcoach.analysis.gap import Gap, verdict_data, voiced
from packetcoach.analysis.repairs import BUILDERS, cut_stories
from packetcoach.analysis.scoring import VoiceCounter, packet_points, score_packet
from packetcoach.analysis.workbench import Candidate, Variant, Workbench, quote
from packetcoach.core.report import Report
from packetcoach.core.verdict import Change

__all__ = ["cut_to_limit", "quote", "top_changes"]


def _gain(report: Report, variant: Variant, voices: VoiceCounter) -> float:
    score = score_packet(variant.items, variant.reading, variant.words, report.rubric, report.level,
                         report.doc_type, voices.of(variant.items))
    return round(packet_points(score) - packet_points(report.score), 1)


def top_changes(report: Report, gap: Gap, limits: dict[str, Any]) -> tuple[Change, ...]:
    """At most ``top_changes`` changes, the biggest measured gain first (ties: the order of BUILDERS).

    One exception, and it is the coach's first rule (SPEC 2.19): when the gap is in the evidence,
    getting the evidence comes first whatever it scores, since work on the telling of thin evidence
    is wasted.
    """
    bench = Workbench(report, gap, limits)
    scored = []
    voices = VoiceCounter(report.items)  # each item's part of the counts read once, not once per change
    for order, build in enumerate(BUILDERS):
        candidate = build(bench)
        if candidate is None:
            continue
        gain = _gain(report, candidate.variant, voices)
        pinned = candidate.kind == "add-evidence"
        if gain >= limits["min_gain"] or pinned:
            scored.append((-gain if not pinned else float("-inf"), order, candidate, gain))
    scored = _merged(scored)
    scored.sort(key=lambda entry: entry[:2])
    return tuple(_worded(report, bench, candidate, gain)
                 for _, _, candidate, gain in scored[:int(limits["top_changes"])])


def _merged(scored: list[tuple]) -> list[tuple]:
    """The diary change and the lead change on the same outcome are one piece of advice ("open with
    the result of X"): told once, as the diary change, with what the lead change would have moved
    out of the opening ("instead of the move from engineering"), so the third change is a different
    one. The diary change keeps the larger of the two gains."""
    kinds = {entry[2].kind: entry for entry in scored}
    diary, lead = kinds.get("cut-diary"), kinds.get("lead-with-outcome")
    if diary is None or lead is None or diary[2].named != lead[2].named:
        return scored
    gain = max(diary[3], lead[3])
    fields = {**diary[2].fields, "instead": f", instead of {lead[2].fields['opening']}"}
    joined = (-gain, diary[1], diary[2]._replace(fields=fields), gain)
    return [joined if entry is diary else entry for entry in scored if entry is not lead]


def cut_to_limit(report: Report, gap: Gap, limits: dict[str, Any]) -> Change | None:
    """A ready packet's one remaining step, where it tells more stories than its document type
    takes: the stories past the strongest few, to cut or merge (`too-many-stories`). It is shown
    whatever it gains: the room reads the packet on its evidence, but the form will not take more
    stories, so no score decides it. None at or under the limit."""
    bench = Workbench(report, gap, limits)
    candidate = cut_stories(bench)
    if candidate is None:
        return None
    return _worded(report, bench, candidate, _gain(report, candidate.variant, VoiceCounter(report.items)))


def _worded(report: Report, bench: Workbench, candidate: Candidate, gain: float) -> Change:
    """A measured candidate as the coach says it, with the rules it answers that fired."""
    data = verdict_data()["changes"][candidate.kind]
    named = candidate.named
    fields = {"items": bench.named(named), "verb": "tell" if len(bench.labels(named)) != 1 else "tells",
              "count": str(len(named)), "level": report.level, "target": "", "opening": "",
              "lines": "", "words_max": "", "instead": "", **candidate.fields}
    fired = {f.name for f in report.findings}
    rules = tuple(r for r in data["rules"] if r in fired) or tuple(data["rules"])
    what = voiced(data, "what", report)
    return Change(candidate.kind, what.format(**fields), rules,
                  tuple(i.id for i in named), tuple(sorted({bench.line(i) for i in named})), gain)
