"""What a coach says first, as rows the terminal and Markdown reports share: the verdict, the top
changes, the sentences for the room, the room's reading in a few lines, and the items table.

Everything here is words and numbers from the report; the renderers only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from packetcoach.analysis.packet import principles_not_shown, principles_shown
from packetcoach.analysis.verdict import judge
from packetcoach.core.verdict import Verdict
from packetcoach.coach.sentences import RoomSentence, retell, room_sentences
from packetcoach.core.labels import flags, readiness_gaps
from packetcoach.core.model import Item, LineIndex
from packetcoach.core.report import Report
from packetcoach.output.labels import work_reaches

GAP_WORDS = {
    "evidence": "evidence: the outcomes are not there yet; get them before working on the words",
    "narrative": "narrative: the facts are there, told in a way the room discounts; rewriting pays",
    "none": "none: the evidence is there and the story carries it",
}
UNDECIDED_GAP = "not judged: the reading cannot yet tell the evidence from how it is told"
READY_CHANGES = "none: this is ready; time spent polishing it is time taken from the work."


def verdict_of(report: Report) -> Verdict:
    return report.verdict or judge(report)


def gap_line(verdict: Verdict) -> str:
    return UNDECIDED_GAP if verdict.reading == "undecided" else GAP_WORDS[verdict.gap]


def change_lines(verdict: Verdict) -> list[tuple[str, str]]:
    """Each top change as (what, where: lines, rules and the points it gains)."""
    rows = []
    for change in verdict.top_changes:
        lines = ("lines " + ", ".join(map(str, change.lines[:8])) + (" …" if len(change.lines) > 8 else "")
                 if len(change.lines) > 1 else f"line {change.lines[0]}" if change.lines else "the whole document")
        rows.append((change.what, f"+{change.gain:g} points · {lines} · {', '.join(change.rules)}"))
    return rows


@dataclass(frozen=True)
class RoomView:
    sentences: tuple[RoomSentence, ...]
    retell: str | None
    retell_is_drafts: bool


def room_view(report: Report) -> RoomView:
    return RoomView(room_sentences(report), retell(report), bool(report.reading.retell))


def reading_lines(report: Report) -> list[tuple[str, str]]:
    """The room's reading in a few rows: lead, structure, judgment, old role, principles, level, skim."""
    reading, lines = report.reading, LineIndex(report.text)

    def at(item_id: str) -> str:
        item = report.item(item_id)
        return f"line {lines.line_col(item.start)[0]}" if item else item_id

    lead = "a customer outcome" if reading.lead_is_outcome else "not an outcome" + (
        f" (lead with {at(reading.lead_suggestion)})" if reading.lead_suggestion else "")
    structure = {"argument": "an argument for the level", "chronology": "a chronology (told in time order)",
                 "mixed": "neither an argument nor a chronology (no opening claim)"}.get(reading.structure,
                                                                                         reading.structure)
    judged = f"started {len(reading.initiated_items)} · stopped {len(reading.stopped_items)}"
    if reading.stopped_items:
        # two stops told on one line are named by it once ("stopped 2 (line 17)", never "line 17, line 17")
        judged += f" ({', '.join(dict.fromkeys(at(i) for i in reading.stopped_items[:3]))})"
    past = len(reading.former_engineer_mentions)
    old = f"engineering past mentioned {past} time{'s' if past != 1 else ''}"
    if reading.specialty:
        old += f"; a reader could guess: {reading.specialty} ({', '.join(reading.specialty_evidence[:4])})"
    covered = principles_shown(reading.principles_coverage, report.items, report.rubric)
    missing = principles_not_shown(reading.principles_coverage, report.items, report.rubric)
    principles = f"{len(covered)} of {len(reading.principles_coverage)} evidenced" + (
        f"; expected, not shown: {', '.join(missing)}" if missing else "")
    dims = reading.level_evidence.get(report.level, {})
    level = " · ".join(f"{d} {'yes' if ids else 'no'}" for d, ids in dims.items())
    level += "; " + work_reaches(reading.supported_level, report, at)  # the work's level, beside the room's verdict on the telling
    seen = len(reading.strongest) - len(reading.skim_outcomes_missed)
    skim = f"{reading.skim_words_read} words; strongest outcomes seen {seen} of {len(reading.strongest)}"
    return [("opens with", lead), ("reads as", structure), ("judgment both ways", judged),
            ("the old role", old), ("principles", principles), (f"level {report.level}", level),
            ("90-second read", skim)]


def item_status(item: Item) -> str:
    if item.kind != "claim":
        return item.kind
    return "ready" if item.ready else "no"


def item_needs(item: Item) -> str:
    """What keeps the item from being ready, and what weakens it, in a few words."""
    if item.kind != "claim":
        return "not judged"
    gaps = readiness_gaps(item, short=True)
    marks = flags(item)
    parts = ([f"needs {', '.join(gaps)}"] if gaps else []) + marks
    return "; ".join(parts)


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, cut between words."""
    text = " ".join(text.replace("**", "").split())
    if len(text) <= width:
        return text
    cut = text[:width - 1].rsplit(" ", 1)[0] if " " in text[:width - 1] else text[:width - 1]
    return cut.rstrip(",;:") + "…"
