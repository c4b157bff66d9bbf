"""The preparation checklist a coach hands over (SPEC 2.20), dated, and the questions for the manager.

Each task falls due a number of days before the due date (the profile's ``[plan.checklist]``).
With fewer days left than the plan assumes, the overdue tasks are spread over the days that are
left, in the same order, so the first one is due today and none falls on or after the due date
(unless the due date is today). With a draft, each task says what the analysis already shows:
the items that fail the customer-outcome filter, the retell sentence, the specialty that shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from packetcoach.analysis.gap import candidate_called, claims, in_voice
from packetcoach.analysis.stories import quote, stop_told
from packetcoach.coach.sentences import suggested_retell
from packetcoach.core.model import LineIndex
from packetcoach.core.report import Report
from packetcoach.plan.schedule import PlanSettings, wording

MAX_IDS = 8  # item ids named in one task; the report lists the rest
CHECKLIST_QUOTE_CHARS = 120  # an item quoted in a question to the manager


@dataclass(frozen=True)
class Task:
    id: str
    due: date
    title: str
    task: str
    done: bool = False


def spread(days_left: int, offsets: list[int]) -> list[int]:
    """Offsets (days before the due date, largest first) fitted into ``days_left``, order kept.

    With time enough, every task keeps its offset. With less, the second half of the days left
    keeps the usual late tasks (rehearsal, the non-technical read) and everything planned earlier
    is compressed, in order, into the first half: the earliest task falls due today.
    """
    longest = max(offsets, default=0)
    if days_left >= longest:
        return list(offsets)
    if days_left <= 0:
        return [0] * len(offsets)
    knee = days_left / 2
    fitted = []
    for offset in offsets:
        mapped = offset if offset <= knee else knee + (offset - knee) * (days_left - knee) / (longest - knee)
        fitted.append(min(days_left, max(1, int(mapped + 0.5))))
    return fitted


def _filter_detail(report: Report, words: dict) -> tuple[str, bool]:
    """The items that fail the filter, by line: never a stop or a refusal told with its evidence
    (the room asks a stop for its case, which the verdict already counts, not for a customer it
    served: stories.stop_told), and each line once, however many items start on it."""
    stopped, stops = report.reading.stopped_items, report.rubric.stops
    judged = claims(report)
    lines = LineIndex(report.text)
    failing = [item for item in judged if not item.ready and not stop_told(item, stopped, stops)]
    if not failing:
        return words["all_ready"], True
    at = list(dict.fromkeys(str(lines.line_col(item.start)[0]) for item in failing))
    where = ", ".join(at[:MAX_IDS]) + (", ..." if len(at) > MAX_IDS else "")
    return words["with_draft"].format(failing=len(failing), claims=len(judged), ids=where), False


def _sentence_detail(report: Report, words: dict) -> tuple[str, bool]:
    retell = report.reading.retell
    if retell:
        long_items = {f.item for f in report.findings if f.name in ("long-item", "long-sentence")}
        ready_long = any(item.ready and item.id in long_items for item in report.items)
        return words["with_retell"].format(retell=retell), not ready_long
    candidate = suggested_retell(report)  # the sentence check offers, in the third person
    return (words["without_retell"].format(retell=candidate) if candidate else ""), False


def _specialty_detail(report: Report, words: dict) -> tuple[str, bool]:
    reading = report.reading
    if not reading.specialty:
        return "", False
    return words["with_specialty"].format(specialty=reading.specialty,
                                          words=", ".join(reading.specialty_evidence[:6])), False


DETAILS = {"customer-outcome-filter": _filter_detail, "one-sentence-per-outcome": _sentence_detail,
           "non-technical-read": _specialty_detail}


def checklist(today: date, due: date, settings: PlanSettings, level: str, report: Report | None,
              draft: str | None, coaching_sessions: str | None) -> list[Task]:
    """The dated tasks, earliest first; empty once the due date has passed."""
    days_left = (due - today).days
    if days_left < 0:
        return []
    offsets = dict(settings.checklist)
    order = sorted(offsets, key=lambda task: -offsets[task])
    dated = list(zip(order, spread(days_left, [offsets[task] for task in order])))
    if coaching_sessions:  # a narrative gap worth a coach: book the sessions today
        dated.insert(0, ("book-coaching", days_left))
    start = due - timedelta(days=settings.narrative_days)
    when = f" for the weeks from {start.isoformat()}" if days_left > settings.narrative_days else ""
    tasks = []
    candidate = manager_candidate(report)
    for task_id, offset in dated:
        words = wording()["tasks"][task_id]
        key = "task_plain" if task_id == "non-technical-read" and _no_past(report) else "task"
        title, text = in_voice(words, "title", candidate), in_voice(words, key, candidate)
        text = text.format(level=level, draft=draft or "DRAFT", sessions=coaching_sessions, when=when,
                           candidate=candidate)
        done = False
        if report is not None and task_id in DETAILS:
            detail, done = DETAILS[task_id](report, words)
            text = f"{text} {detail}".strip()
        elif task_id == "ask-manager-level" and candidate and (at := _opening_states_level(report)) is not None:
            line = LineIndex(report.text).line_col(at)[0]
            text, done = f"{text} {words['opening_states_it'].format(line=line)}", True
        tasks.append(Task(task_id, due - timedelta(days=offset), title, text, done))
    return tasks


def _no_past(report: Report | None) -> bool:
    """The draft shows no engineering past: no mention of it and no jargon naming a specialty."""
    return report is not None and not report.reading.specialty and not report.reading.former_engineer_mentions


def _opening_states_level(report: Report | None) -> int | None:
    """Where the level and its evidence open the draft: the offset of the reading's retell when it
    stands before the end of the first claim (it is the first claim, or the thesis above it), else None."""
    retell = report.reading.retell if report is not None else None
    if not retell:
        return None
    at = report.text.find(retell[:60])
    first = min(claims(report), key=lambda item: item.start, default=None)
    return at if 0 <= at < (first.end if first is not None else len(report.text)) else None


def manager_candidate(report: Report | None) -> str | None:
    """Whom a manager's document is for, as the plan names them ("Priya"), or None when the draft
    is the writer's own: a draft told of a candidate in the third person is planned for the manager
    who writes it, not for the candidate (who is not the one asking their manager questions)."""
    return candidate_called(report.document.voice) if report is not None else None


def _result_missing(item) -> bool:
    """The writer acted, and a technical result or a customer is there, but not the customer's number."""
    s = item.signals
    return (not item.ready and s.own_action and not s.activity_only
            and (s.technical_metric_only or (s.customer and not s.metric)))


def manager_questions(level: str, report: Report | None, gap_kind: str | None) -> list[str]:
    """The questions to take to the manager: always the level and the peers; with a draft, its weak
    spots. For a manager's document, the same questions put to the manager who writes it."""
    candidate = manager_candidate(report)
    words = wording()["questions_manager" if candidate else "questions"]
    questions = [question.format(level=level, candidate=candidate) for question in words["always"]]
    if report is None:
        return questions
    if gap_kind == "evidence":
        for item in [item for item in claims(report) if _result_missing(item)][:2]:
            questions.append(words["missing_number"].format(item=quote(item, CHECKLIST_QUOTE_CHARS),
                                                            candidate=candidate))
    retell = report.reading.retell or suggested_retell(report)
    if gap_kind == "narrative" and retell:
        questions.append(words["retell"].format(retell=retell, candidate=candidate))
    return questions


def questions_heading(report: Report | None) -> str:
    """The heading over the questions: the writer's to their manager, or the manager's before the room."""
    return wording()["headings"]["questions_manager" if manager_candidate(report) else "questions"]
