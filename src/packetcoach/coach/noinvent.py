"""The no-invention guarantee: a suggested sentence may hold only the item's own words.

Every scaffold is checked before it is shown (scaffold.py), and tests run the same check over
thousands of generated drafts. Checked: every digit sequence, every capitalised word, and every
persona or business-measure word of the profile.
"""

from __future__ import annotations


from packetcoach.coach.wording import TEMPLATE_WORD_RE, template_words
from packetcoach.profile.compile import Rubric
from packetcoach.core.regexes import compiled

WORD_RE = TEMPLATE_WORD_RE
BRACKETED_RE = compiled(r"\[[^\[\]]*\]")


def invented(scaffold: str, item_text: str, rubric: Rubric) -> list[str]:
    """Words of ``scaffold`` (outside [blanks] and template words) that the item does not contain.

    An empty list is the no-invention guarantee.
    """
    source = WORD_RE.findall(item_text)
    exact = set(source)
    lower: set[str] | None = None  # the item's words lower-cased, made only if a guarded word asks
    fixed = template_words()
    words = WORD_RE.findall(BRACKETED_RE.sub(" ", scaffold))
    if not set(words).difference(exact, fixed):
        return []  # every word is the item's own or the template's: none can be found below
    found = []
    for word in words:
        if word in fixed:
            continue
        if (word.isdigit() or word[0].isupper()) and word not in exact:
            found.append(word)
        elif word.lower() in rubric.guarded_words:
            if lower is None:
                lower = set(map(str.lower, source))
            if word.lower() not in lower:
                found.append(word)
    return found
