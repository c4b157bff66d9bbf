"""What a number looks like in a draft: digits with their unit or currency.

Shared by the item splitter (a sentence with a number can be a claim) and the metric reader
(which of those numbers are magnitudes, analysis/metrics.py).
"""

from __future__ import annotations

from packetcoach.core.regexes import compiled

UNIT = (
    r"%|\s?percent\b|\s?pp\b|\s?percentage\s+points?\b|\s?points?\b|\s?bps\b|\s?basis\s+points\b"
    r"|[xX×](?!\w)|\s?(?:k|K|m|M|mm|MM|bn|B)(?!\w)|\s?(?:million|billion|thousand|trillion)\b"
    r"|ms(?!\w)|s(?!\w)|hrs?(?!\w)|[KMGT]B(?!\w)|-fold\b|-point\b|-percent\b"
)
NUMBER_RE = compiled(
    r"(?P<currency>(?:[$€£¥₹]|\b(?:USD|EUR|GBP|INR|JPY)\s?)\s?\d(?:[\d,]*\d)?(?:\.\d+)?"
    r"(?:\s?(?:k|K|m|M|mm|MM|bn|B|million|billion|thousand|trillion)(?!\w))?)"
    rf"|(?P<number>(?<![\w.,$€£¥₹#])\d(?:[\d,]*\d)?(?:\.\d+)?(?P<unit>{UNIT})?)(?![\w])"
)
# Where a match can begin: a digit or currency sign, or a currency code. Two patterns, since one
# alternation of both is tried branch by branch at every position, while each of these two is
# scanned for in C by its first characters (together less than half the time).
SIGN_RE = compiled(r"[$€£¥₹\d]")
CODE_RE = compiled(r"USD|EUR|GBP|INR|JPY")


def find_numbers(text: str, start: int = 0, end: int | None = None):
    """Every NUMBER_RE match in text[start:end], as ``finditer`` would give them, several times faster.

    NUMBER_RE tries its alternatives at every position; every match begins with a digit, a currency
    sign or a currency code, so only those positions (the nearer of the next sign and the next
    code, each looked for again only once passed) are tried.
    """
    end = len(text) if end is None else end
    position = start
    sign = code = -1  # where the next sign and the next code start (``end`` when there is none)
    while True:
        if sign < position:
            found = SIGN_RE.search(text, position, end)
            sign = found.start() if found is not None else end
        if code < position:
            found = CODE_RE.search(text, position, end)
            code = found.start() if found is not None else end
        candidate = min(sign, code)
        if candidate >= end:
            return
        found = NUMBER_RE.match(text, candidate, end)
        if found is not None:
            yield found
            position = found.end()
        else:
            position = candidate + 1


def has_number(text: str, start: int = 0, end: int | None = None) -> bool:
    return next(find_numbers(text, start, end), None) is not None
