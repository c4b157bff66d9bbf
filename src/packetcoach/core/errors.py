"""Errors the user can act on.

Every failure that reaches the user is a :class:`PacketcoachError`: it names the
file (and line, where there is one), says what is wrong and, where we know it,
what to do. The CLI prints ``str(error)`` as one line and exits with status 2;
it never shows a traceback for these.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Iterable


class ExitCode(IntEnum):
    """Linter conventions: clean, findings at or above --fail-on, usage or input error."""

    CLEAN = 0
    FINDINGS = 1
    USAGE = 2


class PacketcoachError(Exception):
    """Base of every user-facing error: a code, a location and a remedy."""

    code = "PC000"

    def __init__(self, where: str, problem: str, hint: str | None = None, line: int | None = None):
        self.where = where
        self.problem = problem
        self.hint = hint
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        location = self.where if self.line is None else f"{self.where}:{self.line}"
        text = f"{location}: {self.problem}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def to_dict(self) -> dict[str, object]:
        """The error as the versioned error JSON (schema packetcoach.error/1)."""
        return {
            "schema": "packetcoach.error/1",
            "code": self.code,
            "source": self.where,
            "line": self.line,
            "problem": self.problem,
            "hint": self.hint,
        }


class InputError(PacketcoachError):
    """A draft that cannot be read as a draft: missing, binary, too large, malformed."""

    code = "PC100"


class ProfileError(PacketcoachError):
    """A profile or config file that does not say what the loader expects."""

    code = "PC200"


class UsageError(PacketcoachError):
    """A command line that asks for something that does not exist (a rule, a format)."""

    code = "PC300"


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The known name a mistyped one is nearest to, for a "did you mean" hint; None when none is close.

    difflib loads here, on the way to an error: a run that succeeds never pays for importing it.
    """
    from difflib import get_close_matches  # noqa: PLC0415

    found = get_close_matches(word, list(choices), n=1)
    return found[0] if found else None
