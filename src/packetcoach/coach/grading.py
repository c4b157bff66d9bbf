"""Grading a rehearsal answer by what its question asked (coach/answers.toml).

An answer to "how do you know it came from your decision?" is good when it shows how the writer
knows (a holdout, a comparison, a date when nothing else changed), not when it repeats the result
with more numbers; an answer to "who disagreed?" names who, the writer's position and how it was
settled. Each kind of question has its parts: a part is met by one of its cue phrases in the answer
or by a signal of the answer read as one evidence item (the same reading a bullet of the draft
gets). The first missing part gives the follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from packetcoach.analysis.gap import in_voice
from packetcoach.core.model import Item
from packetcoach.core.resources import load_package_toml
from packetcoach.profile.lexicon import PhraseMatcher, tokenize


@lru_cache(maxsize=1)
def answer_data() -> dict[str, Any]:
    """The shipped grading parts, cues and follow-ups; read once per process."""
    return load_package_toml("coach", "answers.toml")


@lru_cache(maxsize=64)
def _matcher(cues: tuple[str, ...]) -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add("cue", cues)
    return matcher


def _says(words: list[str], cues: list[str]) -> bool:
    return bool(cues) and next(_matcher(tuple(cues)).iter_matches(words), None) is not None


@dataclass(frozen=True)
class Grade:
    """How an answer does on its question: 0-5 points, whether it answers it, what it lacks."""

    score: int
    ready: bool  # it answers what was asked, without hedging
    missing: tuple[str, ...]  # the labels of the parts it lacks, in order
    gaps: tuple[str, ...]  # the follow-ups for those parts, in the same order
    hedged: bool = False


def graded_as(kind: str) -> str:
    """The grading a question kind uses (any unknown kind is graded as evidence)."""
    return answer_data()["graded_as"].get(kind, "evidence")


def _met(part: dict[str, Any], words: list[str], item: Item | None) -> bool:
    if "signal" in part:
        value = bool(item is not None and item.signals is not None and getattr(item.signals, part["signal"]))
        if part.get("not"):
            return item is not None and item.signals is not None and not value
        return value
    found = _says(words, part.get("cues", []))
    if found or not part.get("vague"):
        return found
    return False


def grade_answer(kind: str, text: str, analyse: Callable[[str], Item | None],
                 candidate: str | None = None) -> Grade:
    """Grade ``text`` as an answer to a question of ``kind`` (a question kind or a grading name).
    ``candidate`` names whom a manager's document speaks for: ``analyse`` then reads the answer in
    the draft's voice, its cues are looked for in that reading ("She argued" as "I argued"), and the
    labels and follow-ups name the candidate."""
    data = answer_data()
    name = kind if kind in data["kinds"] else graded_as(kind)
    parts = data["kinds"][name]["parts"]
    words = [token.lower for token in tokenize(text)]
    item = analyse(text) if text.strip() else None
    said = [token.lower for token in tokenize(item.view)] if candidate and item is not None else words
    missing = [part for part in parts if not _met(part, said, item)]
    vague = [part for part in parts if part.get("vague") and _says(said, part["vague"]) and part not in missing]
    hedged = _says(words, data["hedges"]["cues"]) or bool(item and item.signals and item.signals.hedge)
    met = len(parts) - len(missing) - len(vague)
    score = max(0, round(5 * met / len(parts)) - hedged)
    lacking = missing + vague
    return Grade(score, not lacking and not hedged, tuple(_worded(p, "label", candidate) for p in lacking),
                 tuple(_worded(p, "follow_up", candidate) for p in lacking), hedged)


def _worded(part: dict[str, Any], key: str, candidate: str | None) -> str:
    """A part's label or follow-up, in a manager's document its ``_manager`` form with the candidate."""
    return in_voice(part, key, candidate).replace("{candidate}", candidate or "")


def follow_up(grade: Grade) -> str | None:
    """ONE follow-up for an answer that does not answer the question: its first missing part, or the
    hedge; None for an answer that does."""
    if grade.ready:
        return None
    if grade.gaps:
        return grade.gaps[0]
    return "You hedged. Say it without \"I think\": what do you know, and how?"
