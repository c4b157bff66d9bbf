"""The fifty-seventh and fifty-eighth blind writers' principle round: a decision against a senior party where the
party is named by a chief's title ("the chief nursing officer", "the CMO's request"), by a governing body (the
trustees, a ministry, a funder, a diocese) or by a plan named as theirs ("Refused the regional director's plan to
...", "he dropped his plan for ..."); and Insist on the Highest Standards no longer read where no release was held
and no bar raised: a practice or a pilot stopped ("Stopped shipping the free sample", "stopped building our own") and
a thing made or kept to a standard ("made it standard on 12 routes", "kept to standard"). Sentences of our own that
should and should not name them."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item

BACKBONE = "have-backbone"
STANDARDS = "insist-on-the-highest-standards"


def named(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return item.principles


def features(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return item.principle_features


@pytest.mark.parametrize("text", [
    "Persuaded the chief operating officer to keep weekend clinic hours when the budget office asked to cut them; "
    "missed appointments for working parents fell from 14% to 6%.",
    "Refused the CMO's request to email every lapsed member daily during the sale, and unsubscribes stayed under 0.5% "
    "while sale revenue beat plan by 8%.",
    "Turned down the COO's request to close the Sunday counter, and weekend parcel collections rose 18% in a quarter.",
    "Refused the trustees' request to add a paid priority lane for plot bookings; bookings from first-time gardeners "
    "rose from 300 to 520 a season.",
    "I chose not to build the paid fast-track the ministry had asked for, because it would have priced out rural "
    "families, and bookings from rural families rose 22%.",
    "When the diocese asked us to add a room-hire deposit module, I turned it down to keep the two volunteers on the "
    "safeguarding checks, and every check was done on time for 1,200 hires.",
])
def test_a_senior_party_named_by_a_title_or_a_governing_body(text: str) -> None:
    assert BACKBONE in named(text)


@pytest.mark.parametrize("text", [
    "Refused the regional director's plan to charge a £15 booking deposit after showing that 35% of first-time "
    "renters quit at the payment screen; first bookings rose from 1,400 to 1,900 a month.",
    "Changed the transport director's plan for a $2M kiosk rollout into a $90,000 text-to-renew pilot after showing "
    "that 80% of renewals began on a phone; the pilot now handles 60% of the 40,000 permit renewals.",
    "Showed the CFO from 500 claims I coded by hand that most denials were for a missing date; he dropped his plan for "
    "a second review layer, and wrongful denials for dentists fell 35%.",
])
def test_a_plan_named_as_the_senior_partys_own_is_their_ask(text: str) -> None:
    assert "has:refused_ask" in features(text)
    assert BACKBONE in named(text)


@pytest.mark.parametrize("text", [
    # the writer's own plan, and a plan a senior party took up: no ask refused
    "Pitched a three-year move from per-visit fees to a flat monthly care plan for bike owners; 6,200 riders signed "
    "up in the first six months.",
    "I set the two-year direction for the specialist lines, and the divisional board adopted it as the plan for the "
    "business through 2029; renewals rose from 71% to 80%.",
    "The sales team's plan was shared with finance, and we grew renewals from 64% to 71% in a year.",
    # a chief's title with nothing refused or argued
    "Worked with the chief nursing officer to publish the ward rota a week earlier, and agency shifts fell 20%.",
])
def test_no_ask_refused(text: str) -> None:
    assert "has:refused_ask" not in features(text)
    assert BACKBONE not in named(text)


@pytest.mark.parametrize("text", [
    "We stopped the overseas shipping pilot after the returns cost ate 60% of its margin; I made the call in week six.",
    "Stopped shipping the free sample in every box after tracking showed 70% were never used; saved $900K a year "
    "with no change in 90-day retention.",
    "We moved boiler monitoring to a partner's sensors and stopped building our own, which saved about $800K over two "
    "years.",
    "I added a 'wake me at my stop' request to the night bus app; 6,000 riders used it in six months, and the "
    "operator has since made it standard on 9 routes.",
    "I rewrote the cleaning contract around outcomes, paying the contractor per room kept to standard; complaints "
    "from guests fell from 80 a month to 20.",
])
def test_no_release_held_and_no_bar_raised(text: str) -> None:
    assert "has:bar_held" not in features(text)
    assert STANDARDS not in named(text)


@pytest.mark.parametrize("text", [
    "Held the launch of online ordering for three weeks until refunds reconciled to the penny, and no refund "
    "complaint came in from 9,000 first orders.",
    "Stopped the rollout of the new scanner app at the first depot when drivers told me it froze in the cold; we "
    "fixed the battery drain and mis-scans fell 40%.",
    "I set a rule that no subtitle file ships below 99% timing accuracy; complaints from viewers fell by half.",
    "Delayed the ship date of the new tablet by two weeks until the hinge passed 20,000 cycles, and returns fell 30%.",
])
def test_a_release_held_or_a_bar_set_still_reads(text: str) -> None:
    assert "has:bar_held" in features(text)
