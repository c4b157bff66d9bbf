"""The regular expressions a profile may carry, run in linear time.

A profile can add ``engineering_past_patterns``, and a profile may come from anyone: a
colleague, a wiki, a download. Python's ``re`` backtracks, so a pattern with nested or adjacent
quantifiers over the same characters (``(a+)+$``, ``(\\w+\\s?)*x``) takes exponential time on a
short line, and even a plain ``\\w+ years`` takes quadratic time on a long word. These patterns
are therefore compiled with RE2 (the ``google-re2`` package), whose matching time is linear in
the text for any pattern: it has no backtracking, so it refuses backreferences and lookaround,
which no phrase pattern needs. What RE2 reads as a word (``\\w``, ``\\b``) is ASCII, as in
English text.

Also refused, each in one line naming the pattern: a pattern longer than
:data:`MAX_PATTERN_CHARS`, more than :data:`MAX_PATTERNS` of them, a pattern RE2 cannot
compile or that needs more than :data:`MAX_PROGRAM_BYTES` of memory, and one that matches the
empty string (it would "find" the engineering past between every two characters).
"""

from __future__ import annotations

from typing import Iterable

import re2

MAX_PATTERNS = 100
MAX_PATTERN_CHARS = 500
MAX_PROGRAM_BYTES = 8 * 1024 * 1024


class PatternError(ValueError):
    """A profile pattern that cannot be used; the message says which and why."""


def _options(case_sensitive: bool) -> re2.Options:
    options = re2.Options()
    options.case_sensitive = case_sensitive
    options.log_errors = False  # RE2 would otherwise write its own message to stderr
    options.max_mem = MAX_PROGRAM_BYTES
    return options


def spans_of(pattern: "re2._Regexp", text: str) -> list[tuple[int, int]]:
    """Where a profile's RE2 pattern matches, as (start, end) offsets into ``text``. Asking the
    engine directly through the binding's private ``_regexp`` halves a search's cost on ASCII text,
    but the binding is not pinned and a changed private call would crash a user's check: the
    public ``finditer`` is kept (measured in bench/RESULTS.md, the forty-eighth speed round)."""
    return [found.span() for found in pattern.finditer(text)]


def check_patterns(patterns: Iterable[str]) -> None:
    """Raise PatternError for the first pattern that is not a usable phrase pattern."""
    patterns = list(patterns)
    if len(patterns) > MAX_PATTERNS:
        raise PatternError(f"{len(patterns)} patterns; the most a profile may have is {MAX_PATTERNS}")
    for pattern in patterns:
        shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
        if len(pattern) > MAX_PATTERN_CHARS:
            raise PatternError(f"pattern '{shown}' is {len(pattern)} characters long; "
                               f"the limit is {MAX_PATTERN_CHARS}")
        try:
            compiled = re2.compile(pattern, _options(case_sensitive=False))
        except re2.error as error:
            reason = error.args[0].decode("utf-8", "replace") if error.args and isinstance(error.args[0], bytes) \
                else str(error)
            raise PatternError(f"pattern '{shown}' cannot be used: {reason} (patterns run on RE2, "
                               "which has no backreferences or lookaround)") from None
        if compiled.search("") is not None:
            raise PatternError(f"pattern '{shown}' matches empty text")


def compile_patterns(patterns: Iterable[str], checked: bool = False) -> "re2._Regexp | None":
    """One case-insensitive RE2 expression for all the patterns (None when there are none).

    ``checked``: :func:`check_patterns` has passed them already, as it has a loaded profile's
    (profile/load.py checks them when it parses the file, and its cache keeps only what passed),
    so they are not compiled one by one a second time: about a millisecond of every check.
    """
    patterns = list(patterns)
    if not patterns:
        return None
    if not checked:
        check_patterns(patterns)
    return re2.compile("|".join(f"(?:{pattern})" for pattern in patterns), _options(case_sensitive=False))
