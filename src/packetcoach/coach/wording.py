"""The coach's wording (templates, blanks, cues, questions, follow-ups), read once from
``rehearsal.toml``; plain data, so the words can change without touching code."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from packetcoach.core.resources import load_package_toml
from packetcoach.core.regexes import compiled

TEMPLATE_WORD_RE = compiled(r"[^\W\d_][\w'’-]*|\d+")


@lru_cache(maxsize=1)
def rehearsal_data() -> dict[str, Any]:
    """The shipped wording; read once per process (it never changes while the process runs)."""
    return load_package_toml("coach", "rehearsal.toml")


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every fixed word of the templates: the only words a scaffold adds outside blanks."""
    scaffold = rehearsal_data()["scaffold"]
    fixed = " ".join(re.sub(r"\{\w+\}", " ", scaffold[n]) for n in ("readiness", "readiness_plural"))
    return frozenset(TEMPLATE_WORD_RE.findall(fixed))
