"""The initiated list on the sixty-third and sixty-fourth blind sets (docs/accuracy.md, "The initiated
list on the sixty-third and sixty-fourth blind sets, by cause"): a start told right after the writer's
own finding in the same paragraph ("I read 300 exit surveys myself and found that ... I proposed ...")
is the decision of the story the finding opens, so the list names the story by the finding, its first
claim sentence. A finding of someone else's, a finding in another paragraph, and a start not told by
its verb right after the writer keep the start where it is. Drafts of our own."""

from __future__ import annotations

import pytest
from test_document_fields_twenty_fifth_set import listed, story


@pytest.mark.parametrize("told", [
    "Lesson cancellations were our biggest refund cost, so I read 250 cancelled bookings myself and found "
    "that half the families cancelled when the pool changed the lesson time. I proposed a fixed weekly slot "
    "for each child, and 300 more children finished the term.",
    "My years as a sound engineer taught me to listen before fixing, so I listened to 120 support calls and "
    "noticed that most callers asked where their parcel was. I proposed a tracking text at each depot scan, "
    "and calls about parcels fell from 900 to 400 a week.",
    "Late deliveries were the top complaint from our florists, so I pulled six months of driver logs myself "
    "and found that 40% of late vans had waited at the same loading bay. I pitched a second bay slot for "
    "early routes, and late deliveries to florists fell from 14% to 5%.",
])
def test_a_start_right_after_the_writers_finding_is_named_by_the_finding(told: str) -> None:
    assert listed(story(told), "initiated_items") == [told[:24]], told


@pytest.mark.parametrize("told, named", [
    # someone else's finding: the start keeps its own sentence
    ("Lesson cancellations were our biggest refund cost, and the spring survey found that half the families "
     "cancelled when the pool changed the lesson time. I proposed a fixed weekly slot for each child, and 300 "
     "more children finished the term.",
     "I proposed a fixed weekl"),
    # the writer's finding in a paragraph of its own: no story joined across paragraphs
    ("Lesson cancellations were our biggest refund cost, so I read 250 cancelled bookings myself and found "
     "that half the families cancelled when the pool changed the lesson time.\n\nI proposed a fixed weekly "
     "slot for each child, and 300 more children finished the term.",
     "I proposed a fixed weekl"),
])
def test_a_start_after_another_finding_keeps_its_own_sentence(told: str, named: str) -> None:
    assert listed(story(told), "initiated_items") == [named], told


def test_a_finding_before_a_deed_that_is_no_start_lists_nothing() -> None:
    told = ("Lesson cancellations were our biggest refund cost, so I read 250 cancelled bookings myself and "
            "found that half the families cancelled when the pool changed the lesson time. I moved every lesson "
            "to a fixed weekly slot, and 300 more children finished the term.")
    assert listed(story(told), "initiated_items") == []
