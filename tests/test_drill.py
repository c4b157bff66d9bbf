"""The rehearsal drill, driven as a user meets it: through a real pseudo-terminal.

The pty tests fork ``python -m packetcoach rehearse --drill`` onto a pseudo-terminal
(stdlib pty, os.read/os.write with select timeouts) and type answers into it.
The unit tests drive the same loop through plain streams.
"""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packetcoach.api import analyze, analyze_item
from packetcoach.coach.drill import follow_up_for, grade, run_drill, summary
from packetcoach.coach.grading import grade_answer
from packetcoach.coach.rehearse import rehearse

DRAFT = "- Implemented a read-through cache, which reduced p99 latency from 480ms to 190ms.\n"
REPEAT = "We reduced p99 latency from 480ms to 190ms with the cache."
FIXED = ("I convinced the checkout team to show the faster delivery date to Prime members, which raised "
         "checkout conversion from 2.1% to 2.6%.")
TIMEOUT = 60.0


class Terminal:
    """A child process on a pseudo-terminal: expect output, type lines, collect the exit status."""

    def __init__(self, *argv: str, cwd: Path):
        pid, fd = pty.fork()
        if pid == 0:  # the child: become packetcoach on the pty, never return into pytest
            try:
                os.chdir(cwd)
                os.execv(sys.executable, [sys.executable, "-m", "packetcoach", *argv])
            finally:
                os._exit(127)
        self.pid, self.fd, self.buffer, self.seen = pid, fd, "", ""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            return False
        text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
        self.buffer += text
        self.seen += text
        return True

    def expect(self, pattern: str, timeout: float = TIMEOUT) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while True:
            match = re.search(pattern, self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return match
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._read(min(remaining, 1.0)) and not re.search(pattern, self.buffer):
                raise AssertionError(f"waited for {pattern!r}; the terminal showed:\n{self.seen[-1500:]}")

    def type(self, *lines: str) -> None:
        for line in lines:
            os.write(self.fd, (line + "\n").encode("utf-8"))

    def answer(self, text: str) -> None:
        """One answer: its line, then the empty line that ends it."""
        self.expect(r"> ")
        self.type(text, "")

    def exit_status(self) -> int:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and self._read(0.5):
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


@pytest.fixture
def draft(tmp_path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def _first_answer(draft: Path, text: str, follow_up: str | None) -> tuple[int, str]:
    """Answer question 1 (and its follow-up, if asked), quit; the final score and the transcript."""
    term = Terminal("rehearse", "--drill", str(draft), cwd=draft.parent)
    term.expect(r"Question 1 of \d+ \(line 1: ")
    term.expect(r"Which customer noticed")
    term.answer(text)
    feedback = term.expect(r"Feedback: (does not answer the question yet|answers the question), (\d)/5")
    score = int(feedback.group(2))
    if feedback.group(1).startswith("does not"):
        term.expect(r"Follow-up: [^\n]+")
        term.answer(follow_up or text)
        score = int(term.expect(r"With the follow-up: (?:does not answer the question yet|answers the question), "
                                r"(\d)/5").group(1))
    term.expect(r"Question 2 of")
    term.answer("q")
    term.expect(r"Summary: ")
    assert term.exit_status() == 0
    return score, term.seen


def test_an_answer_that_fixes_the_weakness_scores_better_than_one_that_repeats_it(draft) -> None:
    repeated, transcript = _first_answer(draft, REPEAT, REPEAT)
    fixed, _ = _first_answer(draft, FIXED, None)
    assert fixed == 5 and repeated < fixed
    assert "Summary: 0 of 1 answers hold up." in transcript
    assert "Weakest area: which customers" in transcript
    assert "Prepare again: customer-noticed (line 1)." in transcript


def test_a_dodge_gets_one_follow_up_aimed_at_the_gap(draft) -> None:
    term = Terminal("rehearse", "--drill", str(draft), cwd=draft.parent)
    term.expect(r"Which customer noticed")
    term.answer("I convinced the checkout team to show the faster date to Prime members, which raised conversion.")
    term.expect(r"Feedback: does not answer the question yet, 4/5; missing: a number")
    term.expect(r"Follow-up: By how much, from what baseline\?")
    term.answer("From 2.1% to 2.6% in the first month.")
    term.expect(r"With the follow-up: answers the question, 5/5")
    term.expect(r"Question 2 of")  # one follow-up only, then the next question
    term.answer("q")
    term.expect(r"Summary: 1 of 1 answers hold up.")
    assert term.exit_status() == 0


def test_q_quits_and_save_keeps_the_answers(draft) -> None:
    saved = draft.parent / "answers.json"
    term = Terminal("rehearse", "--drill", str(draft), "--save", str(saved), cwd=draft.parent)
    term.answer(FIXED)
    term.expect(r"Feedback: answers the question, 5/5")
    term.answer("q")
    term.expect(r"Answers saved to ")
    assert term.exit_status() == 0
    payload = json.loads(saved.read_text(encoding="utf-8"))
    assert payload["schema"] == "packetcoach.drill/1" and payload["completed"] is False
    assert payload["answers"][0]["answer"] == FIXED and payload["answers"][0]["grade"]["ready"] is True


def test_nothing_is_kept_without_save(draft) -> None:
    term = Terminal("rehearse", "--drill", str(draft), cwd=draft.parent)
    term.answer(FIXED)
    term.answer("q")
    term.expect("Summary: 1 of 1 answers hold up.")
    assert term.exit_status() == 0
    assert sorted(p.name for p in draft.parent.iterdir()) == ["draft.md"]


def test_save_refuses_an_existing_file_before_the_drill(draft) -> None:
    existing = draft.parent / "answers.json"
    existing.write_text("{}", encoding="utf-8")
    term = Terminal("rehearse", "--drill", str(draft), "--save", str(existing), cwd=draft.parent)
    term.expect(r"packetcoach: .*answers\.json: already exists")
    assert term.exit_status() == 2
    assert "Question 1" not in term.seen and existing.read_text(encoding="utf-8") == "{}"


def test_without_a_terminal_it_fails_cleanly(draft) -> None:
    proc = subprocess.run([sys.executable, "-m", "packetcoach", "rehearse", "--drill", str(draft)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=TIMEOUT)
    assert proc.returncode == 2
    assert proc.stderr == "packetcoach: rehearse --drill needs an interactive terminal\n"
    assert proc.stdout == ""


# ---- the same loop through plain streams ----

def _questions():
    return rehearse(analyze(DRAFT))


def test_an_answer_is_graded_by_what_its_question_asked() -> None:
    question = _questions()[0]
    weak, strong = grade(question, REPEAT, analyze_item), grade(question, FIXED, analyze_item)
    assert strong.ready and strong.score == 5 and strong.missing == ()
    assert not weak.ready and weak.score < 5 and "which customers" in weak.missing
    assert not grade("attribution", FIXED, analyze_item).ready  # a result is not an attribution
    assert grade(question, "", lambda text: None).score == 0


def test_follow_up_aims_at_the_first_missing_part() -> None:
    question = _questions()[0]
    assert question.kind == "customer-noticed" and question.focus == "customer-noticed"
    assert follow_up_for(question, grade(question, REPEAT, analyze_item)) == \
        "Who exactly noticed: which customers, and how many of them?"
    assert follow_up_for(question, grade(question, FIXED, analyze_item)) is None


def test_streams_skip_eof_and_summary() -> None:
    questions = (_questions()[0],) * 3
    out = io.StringIO()
    result = run_drill(questions, io.StringIO(f"\n{FIXED}\n\n{REPEAT}\n\nstill the cache\n"), out, analyze_item)
    text = out.getvalue()
    assert "Skipped." in text and "Feedback: answers the question, 5/5" in text and "Follow-up:" in text
    assert not result.quit and len(result.answers) == 2
    assert result.answers[1].final is not None
    assert summary(result)[0] == "Summary: 1 of 2 answers hold up."


# ---- answers written blind for each kind of question, good and bad (tests/data/coach/answers.jsonl) ----

ANSWERS = [json.loads(line) for line in
           (Path(__file__).parent / "data" / "coach" / "answers.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ANSWERS, ids=[f"{a['question_kind']}-{n}" for n, a in enumerate(ANSWERS)])
def test_each_answer_is_judged_as_the_question_asked(case) -> None:
    result = grade_answer(case["question_kind"], case["answer"], analyze_item)
    assert result.ready == case["good"], (result, case["why"])
    if not case["good"]:
        assert result.missing or result.hedged  # a weak answer always gets a follow-up


def test_a_fluent_answer_to_another_question_does_not_pass() -> None:
    """The numbers of a result do not answer "how do you know?" or "who disagreed?"."""
    result = next(a["answer"] for a in ANSWERS if a["question_kind"] == "customer-noticed" and a["good"])
    for kind in ("attribution", "conflict", "said-no", "scope"):
        assert not grade_answer(kind, result, analyze_item).ready, kind
