"""The ready list of a draft, by category of layout and wording: what led to a stop, a budget
handed on, ... are not results of the writer's; each category has a small draft that should list an
item and one that should not (analysis/measures.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze


def ready_list(draft: str) -> list[str]:
    return [item.text for item in analyze(draft).items if item.ready]


STOP_AFTER_SHORTFALL = """# Self-review

- Raised repeat bookings among dog walkers from 18% to 31% by letting clients rebook the same walker in one tap.
- Wound down the group-walk pilot after it signed 45 of the 400 households it needed in three months.
- I paused the courier-insurance add-on in June, after a trial with 900 couriers showed it lifted sign-ups by under 1%.
"""


def test_a_number_in_what_led_to_a_stop_is_no_result() -> None:
    listed = ready_list(STOP_AFTER_SHORTFALL)
    assert [text[:22] for text in listed] == ["Raised repeat bookings"]


@pytest.mark.parametrize("draft", [
    "# Self-review\n\n- Retired the paper refund form after finding that 30% of its entries were keyed twice, saving "
    "support agents 40 hours a month.\n",
    "# Self-review\n\n- Complaints from tenants dropped after I cut the repair form to one page, and repeat "
    "requests fell from 22% to 9%.\n",
    "# Self-review\n\n- Pitched a one-tap refill for pharmacy regulars that my director first rejected; after "
    "launch it drove 12% of repeat prescriptions.\n",
])
def test_a_result_beside_a_stop_or_after_a_fall_still_counts(draft: str) -> None:
    assert len(ready_list(draft)) == 1


@pytest.mark.parametrize("draft", [
    "# Self-review\n\n- Shut the meal-kit trial after two months in which only 80 families ordered twice, and "
    "returned its $1.4M budget to the grocery team.\n",
    "# Self-review\n\n- I ended the loyalty-card pilot and returned $2.5M of its budget to the delivery programme.\n",
])
def test_a_budget_handed_on_with_its_amount_is_no_result(draft: str) -> None:
    assert ready_list(draft) == []


CLOSING = """# Self-assessment 2026

## Stories

I proposed the same-day refund for parcel lockers and launched it in April; refund complaints from shoppers fell from 9% to 4%.

I started a price guardrail for flash sales after two sellers were undercut by our own promotions, and seller churn fell from 6% to 4%.

## {heading}

The locker refund and the guardrail I started are one argument: shoppers who get their money back the same day order again, and their orders grew 12%.
"""


@pytest.mark.parametrize("heading", ["In closing", "In short", "In conclusion", "To sum up"])
def test_a_closing_section_tells_the_draft_again_and_adds_nothing_to_the_lists(heading: str) -> None:
    report = analyze(CLOSING.format(heading=heading))
    closing = report.items[-1]
    assert closing.kind == "context" and not closing.ready
    assert closing.id not in report.reading.initiated_items
    assert len(report.reading.initiated_items) == 2


def test_a_story_heading_that_says_closing_keeps_its_claims() -> None:
    draft = ("# Self-assessment 2026\n\n## Closing the gap for new sellers\n\nI cut onboarding from 11 screens to 4 "
             "for new sellers, and activation rose from 40% to 55%.\n")
    report = analyze(draft)
    assert report.items[0].kind == "claim" and report.items[0].ready


def test_a_summary_that_opens_the_draft_keeps_its_claims() -> None:
    draft = ("# Self-assessment 2026\n\n## Summary\n\nI convinced finance to pay sellers daily, and seller churn fell "
             "from 8% to 5% in two quarters.\n\n## Next year\n\nI will take daily payouts to Japan.\n")
    report = analyze(draft)
    assert [item.kind for item in report.items][:1] == ["claim"] and report.items[0].ready


RETOLD = """# Self-assessment 2026

## {heading}

I killed the paper catalogue and started the same-day returns pilot, and return complaints from shoppers fell by a third.

## Stories

I killed the paper catalogue in March, after 2% of shoppers ordered from it, and moved its $400K print budget to search.

I started the same-day returns pilot for shoppers in two cities; return complaints fell from 9% to 6%.
"""


@pytest.mark.parametrize("heading", ["Summary", "In summary", "In brief"])
def test_a_stop_or_start_named_in_a_summary_is_told_once_in_its_story(heading: str) -> None:
    report = analyze(RETOLD.format(heading=heading))
    summary = report.items[0]
    assert summary.id not in report.reading.stopped_items and summary.id not in report.reading.initiated_items
    assert [report.item(i).text[:12] for i in report.reading.stopped_items] == ["I killed the"]
    assert [report.item(i).text[:12] for i in report.reading.initiated_items] == ["I started th"]


def test_the_same_stop_under_a_story_heading_is_listed() -> None:
    report = analyze(RETOLD.format(heading="Highlights"))
    assert report.items[0].id in report.reading.stopped_items


@pytest.mark.parametrize("draft,listed", [
    ("# Self-review\n\nI proposed a family bundle for the museum's members and launched it in March. By June, 1,800 "
     "members had added it, bringing in $95K in new revenue.\n", 1),
    ("# Self-review\n\nThat experience brings me to pricing: I presented the revenue model to the board in May.\n", 0),
])
def test_money_brought_in_is_a_result_and_a_segue_is_not(draft: str, listed: int) -> None:
    assert len(ready_list(draft)) == listed
