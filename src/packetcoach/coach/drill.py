"""The rehearsal drill: one question at a time, each typed answer scored with the item rubric.

An answer is read as one evidence item (the caller passes ``api.analyze_item``), so it is judged
exactly as a bullet in the draft would be: customer, number, business result,
own action, not effort only. When it dodges, the drill asks ONE follow-up aimed
at the gap (no number -> "By how much, from what baseline?") and scores the
answer and the follow-up together. Streams are parameters so tests can drive it
through a real pseudo-terminal or plain pipes alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any, Callable

from packetcoach.core.model import Item
from packetcoach.coach.rehearse import Question
from packetcoach.core.labels import readiness_gaps
from packetcoach.core.report import Report
from packetcoach.coach.wording import rehearsal_data

SCHEMA_ID = "packetcoach.drill/1"
PARTS = ("customer", "metric", "business_outcome", "own_action")
QUIT = frozenset({"q", "quit", "exit"})


@dataclass(frozen=True)
class Grade:
    """How an answer reads as evidence: 0-5 points, ready or not, and what it lacks."""

    score: int
    ready: bool
    missing: tuple[str, ...]
    gaps: tuple[str, ...]  # signal names, in the order the follow-ups are tried


@dataclass(frozen=True)
class Answer:
    question: Question
    text: str
    grade: Grade
    follow_up: str | None = None
    follow_up_text: str | None = None
    final: Grade | None = None  # the answer and its follow-up, read together

    @property
    def result(self) -> Grade:
        return self.final or self.grade


@dataclass
class DrillResult:
    answers: list[Answer] = field(default_factory=list)
    quit: bool = False


def grade(text: str, analyse: Callable[[str], Item | None]) -> Grade:
    """Score an answer with the same rubric as the draft's items (SPEC 3C)."""
    item = analyse(text)
    if item is None or item.signals is None:
        return Grade(0, False, ("customer", "number", "business result", "own action"), PARTS)
    s = item.signals
    gaps = tuple(name for name in rehearsal_data()["followups"]["order"]
                 if (getattr(s, name) if name == "activity_only" else not getattr(s, name)))
    score = sum(bool(getattr(s, name)) for name in PARTS) + (not s.activity_only)
    return Grade(score, item.ready, tuple(readiness_gaps(item, short=True)), gaps)


def follow_up_for(question: Question, result: Grade) -> str | None:
    """ONE follow-up when the answer dodges: the question's own focus first, else the first gap."""
    if result.ready or not result.gaps:
        return None
    followups = rehearsal_data()["followups"]
    gap = question.focus if question.focus in result.gaps else result.gaps[0]
    return followups[gap]


class _Console:
    """Line-based terminal I/O: prompts, answers ending at an empty line, ``q`` to quit."""

    def __init__(self, stdin: IO[str], out: IO[str]):
        self.stdin, self.out = stdin, out

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def read_answer(self) -> str | None:
        """The typed lines up to an empty line; None to quit (``q``, end of input or Ctrl-C)."""
        lines: list[str] = []
        while True:
            self.out.write("> ")
            self.out.flush()
            try:
                line = self.stdin.readline()
            except KeyboardInterrupt:
                return None
            if not line:  # end of input: keep what was typed, then stop
                return "\n".join(lines) if lines else None
            line = line.rstrip("\r\n")
            if not lines and line.strip().lower() in QUIT:
                return None
            if not line.strip():
                return "\n".join(lines)
            lines.append(line)


def _feedback(result: Grade) -> str:
    verdict = "ready" if result.ready else "not ready"
    lacks = f"; missing: {', '.join(result.missing)}" if result.missing else ""
    return f"{verdict}, {result.score}/5{lacks}"


def run_drill(questions: tuple[Question, ...], stdin: IO[str], out: IO[str],
              analyse: Callable[[str], Item | None]) -> DrillResult:
    """Ask each question, score each answer, follow up once when it dodges; summary at the end."""
    console = _Console(stdin, out)
    drill = DrillResult()
    console.say(f"Drill: {len(questions)} questions. Answer in a sentence or two, as you would in the room; "
                "end with an empty line. Type q to quit.")
    for number, question in enumerate(questions, 1):
        console.say()
        where = f" ({question.item}, line {question.line}: “{question.quote}”)" if question.item else ""
        console.say(f"Question {number} of {len(questions)}{where}")
        console.say(question.text)
        answer = _ask(console, question, analyse)
        if answer is None:
            drill.quit = True
            break
        if answer.text:
            drill.answers.append(answer)
    console.say()
    for line in summary(drill):
        console.say(line)
    return drill


def _ask(console: _Console, question: Question, analyse: Callable[[str], Item | None]) -> Answer | None:
    text = console.read_answer()
    if text is None:
        return None
    if not text.strip():
        console.say("Skipped.")
        return Answer(question, "", Grade(0, False, (), ()))
    first = grade(text, analyse)
    console.say(f"Feedback: {_feedback(first)}")
    follow_up = follow_up_for(question, first)
    if follow_up is None:
        return Answer(question, text, first)
    console.say(f"Follow-up: {follow_up}")
    answer = answer_with_follow_up(question, text, console.read_answer(), analyse, first)
    if answer.final is not None:
        console.say(f"With the follow-up: {_feedback(answer.final)}")
    return answer


def answer_with_follow_up(question: Question, text: str, more: str | None,
                          analyse: Callable[[str], Item | None], first: Grade | None = None) -> Answer:
    """An answer graded, its follow-up asked when it dodges, and the two read together when the
    writer answered the follow-up: the one way the terminal and the web page grade an answer."""
    first = first or grade(text, analyse)
    follow_up = follow_up_for(question, first)
    if follow_up is None:
        return Answer(question, text, first)
    if not more or not more.strip():
        return Answer(question, text, first, follow_up)
    final = grade(text.rstrip(". ") + ". " + more, analyse)
    return Answer(question, text, first, follow_up, more, final)


def summary(drill: DrillResult) -> list[str]:
    """Answers ready, and the weakest area: what the answers lacked most often."""
    if not drill.answers:
        return ["No answers given."]
    ready = sum(answer.result.ready for answer in drill.answers)
    lines = [f"Summary: {ready} of {len(drill.answers)} answers ready."]
    lacking = Counter(label for answer in drill.answers for label in answer.result.missing)
    if lacking:
        label, count = lacking.most_common(1)[0]
        lines.append(f"Weakest area: {label} (missing in {count} of {len(drill.answers)} answers).")
    return lines


def drill_json(report: Report, drill: DrillResult) -> dict[str, Any]:
    """What --save keeps (schema packetcoach.drill/1): questions, answers and their grades."""
    def grade_json(result: Grade | None) -> dict[str, Any] | None:
        return None if result is None else {"score": result.score, "ready": result.ready,
                                            "missing": list(result.missing)}

    return {
        "schema": SCHEMA_ID, "source": report.source, "profile": report.profile, "level": report.level,
        "completed": not drill.quit, "summary": summary(drill),
        "answers": [{"kind": a.question.kind, "item": a.question.item, "question": a.question.text,
                     "answer": a.text, "grade": grade_json(a.grade), "follow_up": a.follow_up,
                     "follow_up_answer": a.follow_up_text, "final": grade_json(a.final)}
                    for a in drill.answers],
    }
