"""The started, stopped and ready lists, by category of layout and wording found on the packets
p45-p60; each category has a small draft of our own that should list an item and one that should
not."""

from __future__ import annotations

from packetcoach import analyze


def lists(draft: str) -> tuple[list[str], list[str]]:
    report = analyze(draft)
    texts = {item.id: item.text for item in report.items}
    return ([texts[i] for i in report.reading.initiated_items], [texts[i] for i in report.reading.stopped_items])


RISK = """# Self-assessment

## Highlights

- Raised repeat orders among florists from 21% to 34% by letting them reorder stems in one tap.

## {heading}

I proposed a savings-goal screen for members, betting that they would set a goal every month. I got two engineers for five weeks to build it. Only 6% of members set a goal, and I shelved it in July. I learned to test demand with a fake door before asking for engineers.
"""


def test_a_bet_told_in_order_is_one_story_started_and_stopped() -> None:
    for heading in ("A calculated risk that did not pay off", "Other work"):
        started, stopped = lists(RISK.format(heading=heading))
        assert [t[:24] for t in started] == ["I proposed a savings-goa"]
        assert stopped == started  # the shortfall's sentence is no item of its own


def test_a_bet_whose_later_sentences_stop_nothing_stays_as_split() -> None:
    draft = ("# Self-assessment\n\nI proposed a savings-goal screen for members, betting that they would set a goal "
             "every month. Only 6% of members set a goal in the first month. I also stopped the weekly tips email "
             "after its open rate fell below 4%.\n")
    started, stopped = lists(draft)
    assert [t[:10] for t in started] == ["I proposed"]
    assert [t[:12] for t in stopped] == ["I also stopp"]  # another story, not the bet's end


def test_a_release_scoped_to_less_is_a_descope() -> None:
    for bullet in ("I scoped the first release to fee and payout changes only and dropped invoicing so we could "
                   "ship by June.",
                   "Scoped the tutoring launch to algebra and geometry only instead of the six subjects sales asked "
                   "for, which let us ship in March."):
        assert len(lists(f"# Self-review\n\n- {bullet}\n")[1]) == 1


def test_scoping_without_narrowing_is_no_stop() -> None:
    for bullet in ("Scoped the pilot to three stores, and only 4% of shoppers used the new shelf labels.",
                   "I scoped the fraud-review queue with the risk team and launched it in May."):
        assert lists(f"# Self-review\n\n- {bullet}\n")[1] == []


def test_manual_work_retired_and_stop_words_that_stop_nothing() -> None:
    for bullet in ("Retired the 9-step store-opening checklist that three managers filled in by hand; they now "
                   "spend those hours with new staff.",
                   "Convinced the risk VP to drop the mandatory receipt upload for refunds under $50.",
                   "Moved refunds under $50 to instant approval. I pulled 18 months of refund records and showed "
                   "the risk VP the fraud rate was 0.2%; we agreed a 60-day trial with a kill switch."):
        assert lists(f"# Self-review\n\n- {bullet}\n")[1] == []


def test_a_tool_or_a_launch_retired_is_still_a_stop() -> None:
    for bullet in ("Retired the checklist app we had half built and moved its two engineers to payouts.",
                   "Pulled the kiosk launch two weeks before go-live and killed the pilot after 3% of shoppers "
                   "used it."):
        assert len(lists(f"# Self-review\n\n- {bullet}\n")[1]) == 1


def ready_list(draft: str) -> list[str]:
    return [item.text for item in analyze(draft).items if item.ready]


def test_staff_whose_hours_a_change_freed_are_served() -> None:
    for bullet in ("Moved the season-pass waitlist from a shared spreadsheet to a form in the app. The box office "
                   "now spends three hours a week on it instead of two days.",
                   "Retired the paper intake checklist that four coordinators filled in by hand; they now spend the "
                   "25 hours a month it took on families waiting for a placement."):
        assert len(ready_list(f"# Self-review\n\n- {bullet}\n")) == 1


def test_staff_the_writer_hired_coached_or_trained_are_not_served() -> None:
    for bullet in ("Hired and coached three analysts; one of them now runs the weekly pricing review I used to run.",
                   "Trained 6 volunteer coordinators to run the rota tool; they now schedule 1,500 volunteers "
                   "without me."):
        assert ready_list(f"# Self-review\n\n- {bullet}\n") == []


FINDING = """# Self-assessment

## No-shows

I read 900 cancelled bookings from 12 salons myself and found that clients over 60 missed 19% of their appointments and never opened the app. I proposed phone-call reminders for them in place of push notifications, and no-shows for those clients fell from 19% to 11% in a quarter.
"""


def test_a_finding_dug_out_and_the_decision_it_led_to_are_one_story() -> None:
    report = analyze(FINDING)
    assert [item.text[:30] for item in report.items if item.kind == "claim"] == ["I read 900 cancelled bookings "]
    assert [report.item(i).text[:6] for i in report.reading.initiated_items] == ["I read"]
    assert [item.text[:6] for item in report.items if item.ready] == ["I read"]


def test_a_finding_followed_by_another_story_is_not_joined() -> None:
    draft = ("# Self-assessment\n\nI read 900 cancelled bookings from 12 salons myself and found that clients over 60 "
             "missed 19% of their appointments. I also killed the loyalty-stamp card after 2% of clients used it.\n")
    report = analyze(draft)
    assert len([item for item in report.items if item.kind == "claim"]) == 2
    assert [report.item(i).text[:8] for i in report.reading.stopped_items] == ["I also k"]


def test_a_start_named_after_the_thing_it_started_then_when() -> None:
    for draft in ("# Self-review\n\n## Lowlights\n\n- The loyalty bundle I pitched in Q1 missed its target: 2% of "
                  "riders added it, against the 6% I expected.\n",
                  "# Self-review\n\n- Let go of the referral prototype I had started in the spring after 3% of fans "
                  "used it.\n"):
        assert len(lists(draft)[0]) == 1


def test_joining_or_helping_in_a_month_starts_nothing() -> None:
    assert lists("# Self-review\n\n- I started in March and pitched in on the payments launch.\n")[0] == []


def test_a_stop_told_with_its_regret_is_still_a_stop() -> None:
    draft = ("# Self-review\n\n## Two bets I ended\n\n- Killed the recipe-to-basket feature in March, a quarter later "
             "than I should have; I now set a kill threshold before any launch.\n")
    assert len(lists(draft)[1]) == 1


def test_a_lesson_about_a_stop_not_told_as_made_is_no_stop() -> None:
    for lesson in ("I should have killed the kiosk pilot sooner; I now set a usage bar before the first sprint.",
                   "Killing the SMS digest taught me to set the usage bar before the first sprint."):
        assert lists(f"# Self-review\n\n## Lessons\n\n- {lesson}\n")[1] == []
