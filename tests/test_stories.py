"""Stories as the room reads them (analysis/stories.py): one heading's prose is one story, unless its
paragraphs each tell a whole story under a bold title."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.stories import stories

TITLED = """# 2026 self-assessment

## Outcomes

**Counter drop-off.** I proposed QR labels that a carrier scans at the counter and launched them in
March. Abandoned returns fell from 31% to 12%.

**Refund on drop-off.** I chose to refund when the carrier scans the parcel. Repeat purchase within
60 days of a return rose from 41% to 47%.
"""

PARTS = """# 2026 self-assessment

## Story 1: own credit terms

**Problem.** Buyers who need an invoice could not pay by card; 38% abandoned a cart for that reason.

**Decision.** I chose our own 30-day terms over a lender charging 2.9% of each invoice.

**Result.** Invoice purchases rose from $64M to $212M a year.
"""


def test_titled_paragraphs_that_each_tell_a_story_are_stories() -> None:
    told = stories(analyze(TITLED).items)
    assert len(told) == 2 and all(story.measured and story.owned for story in told)


def test_bold_labels_naming_the_parts_of_one_story_keep_it_whole() -> None:
    told = stories(analyze(PARTS).items)
    assert len(told) == 1 and told[0].measured and told[0].owned
