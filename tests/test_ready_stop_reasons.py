"""The ready list and a stop story's numbers: the number that is a stop's reason, or the bar it fell
short of, is no result, found on the packets p293-p308 (the thirty-ninth and fortieth blind sets)
and the blind writers before them (p113, p163, p208, p290). Each category has a small draft of our
own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def ready(text: str) -> list[str]:
    found = [i.text[:20] for i in analyze(text).items if i.ready]
    assert [i.text[:20] for i in Session().analyze(text).items if i.ready] == found
    return found


def draft(*bullets: str) -> str:
    return "# Self-assessment\n\n## The year\n\n" + "".join(f"- {b}\n" for b in bullets)


def test_a_stop_reason_after_the_things_own_clause_is_no_result() -> None:
    # the stop verb opens the item; "after" follows the thing's name told with a clause of its own
    for text in (draft("Killed the bike-hire marketplace, which I had inherited from the previous PM, after "
                       "6 months in which 30 riders had signed up and 4 shops had listed a bike."),
                 draft("Shut down the loyalty stamps in the member app, a scheme I had pitched myself, after "
                       "use fell to 1.2% of members; its two engineers moved to the booking flow.")):
        assert ready(text) == []
    # a deed that is no stop keeps the change its "after" clause tells, and a stop keeps the result
    # told in a clause of its own
    kept = draft("Relaunched the booking page for tenants, which I had inherited from the previous PM, after a "
                 "redesign that cut the wait for a repair from 9 days to 2.")
    assert ready(kept) == ["Relaunched the booki"]
    result = draft("Killed the bike-hire marketplace, which I had inherited from the previous PM, after 6 months "
                   "in which 30 riders had signed up; I moved its budget to repairs, and complaints from riders "
                   "fell from 300 to 40 a month.")
    assert ready(result) == ["Killed the bike-hire"]


def test_a_time_ago_is_no_result() -> None:
    # "two years ago" next to a change word is a point in time, not a number that moved
    text = draft("Stopped the streak badges, a feature I had sponsored two years ago, after they drove "
                 "blank submissions up; I told the teachers myself.")
    assert ready(text) == []
    # a result told beside it still counts
    text = draft("Two years ago I cut the wait for a repair slot for tenants from 9 days to 2, and it has held.")
    assert ready(text) == ["Two years ago I cut "]


def test_the_bar_a_stop_reason_fell_short_of_is_no_result() -> None:
    # the number a stop's reason is set against, in the stop's clause: the forecast or the bar missed
    for text in (draft("Killed the early-pay product I had championed when the pilot showed 2% of owners would "
                       "pay $8 a month for it against the 10% I had forecast."),
                 draft("I paused the video receipt in May after six weeks of work, because only 3% of shoppers "
                       "in the pilot opened it, against 64% who opened the PDF receipt.")):
        assert ready(text) == []
    # a launch's result set against the old page, and a stop's result set against a control, count
    launch = draft("Kept the price-alert feature to one setting; 80% of shoppers turned alerts on, against 20% "
                   "for the old page.")
    assert ready(launch) == ["Kept the price-alert"]
    control = draft("Paused the renewal emails for members in March, and cancellations fell to 3% against 5% "
                    "for the control group.")
    assert ready(control) == ["Paused the renewal e"]


def test_how_far_a_stopped_thing_reached_is_no_result() -> None:
    # "which 4% of shops used" about the thing a stop verb ends: the stop's reason
    for text in (draft("Recommended that we sunset the desktop booking app, which 4% of clinics used."),
                 draft("Ended the paper coupon book, which 5% of members used."),
                 draft("Killed the legacy export that only 2% of landlords still opened.")):
        assert ready(text) == []
    # the same clause with no stop is adoption, and so is the part a descope kept
    launched = draft("Launched a phone filing for farms, which 4,800 farms used in its first season.")
    assert ready(launched) == ["Launched a phone fil"]
    kept = draft("Descoped the trip builder to a single 'add a leg' button, which 38% of travellers used in "
                 "its first month.")
    assert ready(kept) == ["Descoped the trip bu"]
