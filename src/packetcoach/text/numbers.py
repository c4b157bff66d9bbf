"""What a number looks like in a draft: digits with their unit or currency.

Shared by the item splitter (a sentence with a number can be a claim) and the metric reader
(which of those numbers are magnitudes, analysis/metrics.py).
"""

from __future__ import annotations

import re

UNIT = (
    r"%|\s?percent\b|\s?pp\b|\s?percentage\s+points?\b|\s?points?\b|\s?bps\b|\s?basis\s+points\b"
    r"|[xX×](?!\w)|\s?(?:k|K|m|M|mm|MM|bn|B)(?!\w)|\s?(?:million|billion|thousand|trillion)\b"
    r"|ms(?!\w)|s(?!\w)|hrs?(?!\w)|[KMGT]B(?!\w)|-fold\b|-point\b|-percent\b"
)
NUMBER_RE = re.compile(
    r"(?P<currency>(?:[$€£¥₹]|\b(?:USD|EUR|GBP|INR|JPY)\s?)\s?\d(?:[\d,]*\d)?(?:\.\d+)?"
    r"(?:\s?(?:k|K|m|M|mm|MM|bn|B|million|billion|thousand|trillion)(?!\w))?)"
    rf"|(?P<number>(?<![\w.,$€£¥₹#])\d(?:[\d,]*\d)?(?:\.\d+)?(?P<unit>{UNIT})?)(?![\w])"
)
CANDIDATE_RE = re.compile(r"[$€£¥₹\d]|USD|EUR|GBP|INR|JPY")


def find_numbers(text: str, start: int = 0, end: int | None = None):
    """Every NUMBER_RE match in text[start:end], as ``finditer`` would give them, several times faster.

    NUMBER_RE tries its alternatives at every position; every match begins with a digit, a currency
    sign or a currency code, so only those positions (found by a one-class pattern) are tried.
    """
    end = len(text) if end is None else end
    position = start
    while True:
        candidate = CANDIDATE_RE.search(text, position, end)
        if candidate is None:
            return
        found = NUMBER_RE.match(text, candidate.start(), end)
        if found is not None:
            yield found
            position = found.end()
        else:
            position = candidate.start() + 1


def has_number(text: str, start: int = 0, end: int | None = None) -> bool:
    return next(find_numbers(text, start, end), None) is not None
