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
