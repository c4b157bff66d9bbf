"""Earn Trust from a limit told: an answered objection whose answer says where it falls short, or promises a
check before more is claimed, and a failure's account taken to the parties it hit. Sentences of our own that
should and should not name it."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def named(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return item.principles


@pytest.mark.parametrize("text,principle,fires", [
    # an answered objection whose answer tells its own limit: a range, a short window, a cleaner answer lacking
    ("Some will ask whether the bigger lockers helped; late pickups fell by somewhere between 8% and 12%, and I "
     "have asked for another quarter before we add more sites.", "earn-trust", True),
    ("The obvious question is whether the new menu or the warm summer raised café sales; I cannot tell the two "
     "apart yet, and I have no cleaner answer than the 14% rise over a short window.", "earn-trust", True),
    ("You might ask whether 90 pilot farms justify a national launch. They don't yet, and I have said so to the "
     "board.", "earn-trust", True),
    ("A fair challenge is that the tenant survey had only 140 replies; I am running it again this spring and will "
     "share the result either way.", "earn-trust", True),
    ("Someone will say the rise in bookings came from the school holidays. About half of it did, and I would "
     "rather the room hears that from me.", "earn-trust", True),
    # ... while an objection answered with a comparison and no limit told is no candour, and the words outside an
    # objection are no concession
    ("Some will ask whether the bigger lockers helped; late pickups fell 12% against 1% at sites without them.",
     "earn-trust", False),
    ("Cut late pickups by somewhere between 8% and 12% by moving the lockers nearer the entrance.",
     "earn-trust", False),
    ("Grew repeat bookings by 14% over a short window of six weeks with a reminder text.", "earn-trust", False),
    # a failure's account taken to the parties it hit
    ("After the March payout outage I published the timeline to all 60 partner gyms within a day; all 60 renewed their "
     "contracts that spring.", "earn-trust", True),
    ("After the billing error I met the tenants' association myself with the timeline, what we got wrong and the "
     "fix date, and all 12 buildings renewed their service contracts.", "earn-trust", True),
    # ... and "what happened" alone is a heading's words, no account owed
    ("Bet: a shorter checkout would lift orders. What happened: orders rose 9% in the test stores, so I rolled it "
     "out to all 80.", "earn-trust", False),
    # ... while a plan's timeline or the writer's own account of an event is no account owed to anyone
    ("Pulled the warehouse launch timeline forward by three weeks, and 4,000 more orders shipped before the "
     "holidays.", "earn-trust", False),
])
def test_limits_told(text: str, principle: str, fires: bool) -> None:
    """A limit told in an answered objection, and a failure's account taken to those it hit, are Earn Trust;
    the same words in a claim, or a timeline planned, are not."""
    assert (principle in named(text)) is fires


@pytest.mark.parametrize("text,principle,fires", [
    # a thing the writer chose not to build or renew: the saving's or the served party's story, no call of its own
    ("Chose not to renew the $240K survey-panel contract after finding our own booking data answered the same "
     "questions.", "are-right-a-lot", False),
    ("I chose not to build the gift-wrap option shoppers asked for, because order data showed 2% would use it, and "
     "put the two engineers on delivery slots instead.", "are-right-a-lot", False),
    # ... while the same choice made against what others believed is a call
    ("I chose not to build the gift-wrap option when the sales team predicted it would lift orders 10%; the test "
     "store without it sold just as much.", "are-right-a-lot", True),
])
def test_a_choice_not_to_build(text: str, principle: str, fires: bool) -> None:
    """A thing chosen not to be built or renewed is no call borne out unless others believed otherwise."""
    assert (principle in named(text)) is fires


@pytest.mark.parametrize("text,kind,principle,fires", [
    # the writer's own miss named as theirs, or a risk told as failed: a lesson, no customer result argued
    ("My biggest miss was the loyalty badge: I shipped it over the support lead's warning, visits rose 4% but "
     "complaints from parents doubled, and I pulled it after six weeks.", "lesson", "customer-obsession", False),
    ("The family plan I pitched in March was a calculated risk that failed: 2% of households switched against the "
     "10% I forecast, and I closed it in August.", "lesson", "customer-obsession", False),
    # ... while a miss that is someone else's, or a result with no miss, stays a claim
    ("Cut the biggest miss in our delivery promise, late Saturday drops, from 14% to 3% for 9,000 households.",
     "claim", "customer-obsession", True),
])
def test_a_miss_told_as_the_writers(text: str, kind: str, principle: str, fires: bool) -> None:
    """A miss the writer names as their own is a lesson, and a lesson argues no customer's case."""
    item = analyze_item(text)
    assert item is not None
    assert item.kind == kind
    assert (principle in item.principles) is fires
