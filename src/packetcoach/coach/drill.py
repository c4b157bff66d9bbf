"""The rehearsal drill: one question at a time, each typed answer graded by what its question asked.

An attribution question is answered when the answer shows how the writer knows the result came
from their decision, a conflict question when it names who disagreed, the writer's position and how
it was settled (coach/grading.py, coach/answers.toml); a fluent answer full of numbers that answers
something else does not pass. When an answer misses a part, the drill asks ONE follow-up aimed at
it and grades the answer and the follow-up together; at the end it sums up what held and what to
prepare. Streams are parameters so tests can drive it through a real pseudo-terminal or pipes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any, Callable

from packetcoach.coach.grading import Grade, follow_up, grade_answer
from packetcoach.coach.rehearse import Question
from packetcoach.core.inert import terminal_text
from packetcoach.core.model import Item
from packetcoach.core.report import Report

SCHEMA_ID = "packetcoach.drill/1"
QUIT = frozenset({"q", "quit", "exit"})


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


def grade(question: Question | str, text: str, analyse: Callable[[str], Item | None],
          candidate: str | None = None) -> Grade:
    """Grade an answer by what its question asked (a Question, or a question kind); ``candidate``
    names whom a manager's document speaks for (coach/grading.py)."""
    kind = question if isinstance(question, str) else question.focus
    return grade_answer(kind, text, analyse, candidate)


def follow_up_for(question: Question, result: Grade) -> str | None:
    """ONE follow-up when the answer does not answer the question: aimed at its first missing part."""
    return follow_up(result)


class _Console:
    """Line-based terminal I/O: prompts, answers ending at an empty line, ``q`` to quit."""

    def __init__(self, stdin: IO[str], out: IO[str]):
        self.stdin, self.out = stdin, out

    def say(self, text: str = "") -> None:
        self.out.write(terminal_text(text) + "\n")  # questions quote the draft
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


def feedback(result: Grade) -> str:
    """One line: whether the answer answers the question, its points, what it lacks."""
    verdict = "answers the question" if result.ready else "does not answer the question yet"
    lacks = f"; missing: {', '.join(result.missing)}" if result.missing else ""
    hedge = "; hedged" if result.hedged else ""
    return f"{verdict}, {result.score}/5{lacks}{hedge}"


def run_drill(questions: tuple[Question, ...], stdin: IO[str], out: IO[str],
              analyse: Callable[[str], Item | None], candidate: str | None = None) -> DrillResult:
    """Ask each question, grade each answer, follow up once on a weak one; a summary at the end."""
    console = _Console(stdin, out)
    drill = DrillResult()
    console.say(f"Drill: {len(questions)} questions, the one that would hurt most first. Answer as you would "
                "in the room; end with an empty line. Type q to quit.")
    for number, question in enumerate(questions, 1):
        console.say()
        where = f" (line {question.line}: “{question.quote}”)" if question.item else ""
        console.say(f"Question {number} of {len(questions)}{where}")
        console.say(question.text)
        answer = _ask(console, question, analyse, candidate)
        if answer is None:
            drill.quit = True
            break
        if answer.text:
            drill.answers.append(answer)
    console.say()
    for line in summary(drill):
        console.say(line)
    return drill


def _ask(console: _Console, question: Question, analyse: Callable[[str], Item | None],
         candidate: str | None) -> Answer | None:
    text = console.read_answer()
    if text is None:
        return None
    if not text.strip():
        console.say("Skipped.")
        return Answer(question, "", Grade(0, False, (), ()))
    first = grade(question, text, analyse, candidate)
    console.say(f"Feedback: {feedback(first)}")
    asked = follow_up_for(question, first)
    if asked is None:
        return Answer(question, text, first)
    console.say(f"Follow-up: {asked}")
    answer = answer_with_follow_up(question, text, console.read_answer(), analyse, first, candidate)
    if answer.final is not None:
        console.say(f"With the follow-up: {feedback(answer.final)}")
    return answer


def answer_with_follow_up(question: Question, text: str, more: str | None,
                          analyse: Callable[[str], Item | None], first: Grade | None = None,
                          candidate: str | None = None) -> Answer:
    """An answer graded, its follow-up asked when it dodges, and the two read together when the
    writer answered the follow-up: the one way the terminal and the web page grade an answer."""
    first = first or grade(question, text, analyse, candidate)
    asked = follow_up_for(question, first)
    if asked is None:
        return Answer(question, text, first)
    if not more or not more.strip():
        return Answer(question, text, first, asked)
    final = grade(question, text.rstrip(". ") + ". " + more, analyse, candidate)
    return Answer(question, text, first, asked, more, final)


def summary(drill: DrillResult) -> list[str]:
    """How many answers held, the weakest area, and the questions to prepare again."""
    if not drill.answers:
        return ["No answers given."]
    held = [a for a in drill.answers if a.result.ready]
    lines = [f"Summary: {len(held)} of {len(drill.answers)} answers hold up."]
    lacking = Counter(label for answer in drill.answers for label in answer.result.missing)
    if lacking:
        label, count = lacking.most_common(1)[0]
        lines.append(f"Weakest area: {label} (missing in {count} of {len(drill.answers)} answers).")
    again = [a.question for a in drill.answers if not a.result.ready]
    if again:
        lines.append("Prepare again: " + "; ".join(f"{q.kind} (line {q.line})" if q.line else q.kind
                                                  for q in again) + ".")
    return lines


def drill_json(report: Report, drill: DrillResult) -> dict[str, Any]:
    """What --save keeps (schema packetcoach.drill/1): questions, answers and their grades."""
    def grade_json(result: Grade | None) -> dict[str, Any] | None:
        return None if result is None else {"score": result.score, "ready": result.ready,
                                            "missing": list(result.missing), "hedged": result.hedged}

    return {
        "schema": SCHEMA_ID, "source": report.source, "profile": report.profile, "level": report.level,
        "completed": not drill.quit, "summary": summary(drill),
        "answers": [{"kind": a.question.kind, "item": a.question.item, "question": a.question.text,
                     "answer": a.text, "grade": grade_json(a.grade), "follow_up": a.follow_up,
                     "follow_up_answer": a.follow_up_text, "final": grade_json(a.final)}
                    for a in drill.answers],
    }
