"""The ready list across the corpus, by cause: each category of item the reading judged ready or
not ready against the packets' labels, with short drafts of our own that should list an item and
drafts that should not."""

from __future__ import annotations

import pytest

from packetcoach import analyze


def one_bullet(bullet: str) -> str:
    return f"# Self-review\n\n- {bullet}\n"


def ready(draft: str) -> list[str]:
    return [item.text for item in analyze(draft).items if item.ready]


# A served party switching a feature on for itself is adoption, a business result.
SWITCHED_ON = [
    "Shipped weekly payouts for drivers in March, and 2,400 drivers turned them on in the first month.",
    "Rebuilt the low-stock alert for sellers; 58% of them turned the new alert on within six weeks.",
    "Launched card-on-file for returning diners, and 3 of the 5 pilot restaurants turned it on the first week.",
]

NOT_SWITCHED_ON = [
    # turned to something else, turned away, turned down: no adoption
    "Shipped the chat helper for tenants, and 1,100 tenants turned to the phone line instead.",
    "Offered the annual plan to gym members; 900 members turned it down in the first month.",
    "Moved the booking page for clinics, and 40 clinics turned away walk-in patients that week.",
    # a share played down is the reason for a stop, also when it is read from the whole it is of
    "Stopped the stamp card in its second sprint, when only 3 of the 40 pilot cafes had turned it on.",
    "Stopped the stamp card in its second sprint, when only 3 of the 40 pilot cafes had used it.",
]




# A business served, named by its trade in the plural, is a served party as shops and clinics are.
TRADES_SERVED = [
    "Shipped a deposit button for booking, and 3,200 salons use it every week, up from 900.",
    "Cut the door-scanning app's setup to one screen; 41 of the 50 pilot venues renewed for a second season.",
    "Launched tap-to-pay for small cafés in May, and 1,400 cafés bought it in the first quarter.",
]

NO_TRADE_SERVED = [
    # the singular names what a team or a role belongs to, no one served
    "Moved the venue team's checklist into the app, cutting setup from 3 hours to 1.",
    "Rewrote the salon onboarding guide, cutting it from 30 pages to 8.",
]




# The budget a stop freed, moved by the writer to other work, is no result for anyone served.
BUDGET_MOVED = [
    "Shut down the recipe-video pilot for shoppers after a quarter, and moved its $250K budget into search.",
    "Stopped the kiosk beta after diners told us they preferred the counter, and moved its $90K budget to the "
    "ordering app rather than ask for more.",
    "Stopped the photo-menu pilot after two restaurants told me diners were confused, and moved its $80K budget "
    "into 40 extra tablets for the busiest restaurants.",
]

RESULT_BESIDE_A_BUDGET = [
    # a party's own budget moved is its result, and so is a result told after the budget
    "Launched budget pacing for advertisers; 2,400 advertisers moved budget to video campaigns in the first "
    "month.",
    "Killed the bid-boost feature and moved the team to budget pacing, which cut advertisers' overspend from 9% "
    "to 2%.",
]

# A launch held until it was safe, told with its result after launch: a harm counted at zero, with
# the party served as the one who reported or filed it, or nobody harmed "since launch".
HARM_AT_ZERO = [
    "Held the refill-reminder launch for four weeks until the dose check passed every test; we sent "
    "90,000 reminders and pharmacists raised zero dosing queries.",
    "Delayed the ticket resale release by two weeks until the seat map matched the venue's plan; "
    "5,000 resales since, with zero double-booked seats reported by fans.",
    "Held the payroll export for six days until every tax code matched the ledger; since launch no "
    "employer has had to file an amended return.",
]

NO_HARM_AT_ZERO = [
    # zero with nobody served who reported it, the party only part of the thing counted, a count
    # that came down to zero, a finding of no effect, a reason, and "since" in another clause
    "Moved the booking service to the new cluster for 300 clinics with zero downtime.",
    "Held the launch for three weeks until the pickup test passed: zero stranded-driver tickets in "
    "the pilot week.",
    "Rebuilt the invoice check for landlords, and disputed invoices fell to zero.",
    "Tested the late-fee reminder with 2,000 tenants, and the tenants showed zero change in late payments.",
    "Stopped the voucher pilot because zero shoppers redeemed a voucher in its first month.",
    "Held the export since the tax team asked for it; no employer has seen it.",
]


# Nobody served kept waiting, told with one of the party after "no" as the result of the work.
NOBODY_KEPT_WAITING = [
    "Reordered the claims queue so the oldest large claims go first, and no practice waited more than "
    "three weeks for payment this year.",
    "Added same-day alerts for failed payouts; the next four failures were fixed within hours and no "
    "charity waited more than a day for its money.",
    "Moved grant reviews to a shared calendar, and since the spring round no applicant has waited more "
    "than ten days for a decision.",
    # the party after "no" is served though a team was named first
    "The support operations team closed a 4,000-ticket backlog in six weeks; I reordered the queue so "
    "the oldest refund requests came first, and no shop waited more than two weeks for its refund.",
]

NOT_NOBODY_KEPT_WAITING = [
    # the wait as the reason for the work, a count of the party waiting, a wait for something else
    # that nobody named waited on, and the party told beside the wait, not as the one who waited
    "Reordered the claims queue because no practice waited less than three weeks for payment.",
    "Found that 40% of practices waited more than three weeks for payment, and wrote up the queue rules.",
    "Moved grant reviews to a shared calendar; no budget waited on the review board this spring.",
    "Shipped the payout fix for charities after no engineer waited for the security review.",
    "The finance team cleared the backlog in a month; I rebuilt the triage order, and no invoice "
    "waited more than 30 days for approval.",
]

# A launch held or pulled until it was right, then told with zero of a fault reaching the party served.
LAUNCHED_WITH_ZERO = [
    "Held the tenant-portal launch for four weeks until rent receipts matched the ledger; it went out "
    "with zero wrong receipts across 6,000 tenants.",
    "Pulled the dog-walker booking screen a day before launch when it double-booked walkers; we "
    "relaunched it in June for pet owners with zero missed walks in the first 3,000.",
    "Kept the new payslip view out of the March release until overtime showed on every line, and "
    "shipped it to 900 drivers in April with zero wrong payslips in its first month.",
]

NOT_LAUNCHED_WITH_ZERO = [
    # zero as a constraint (money, a budget), a system's own measure, no launch, an aim, and a
    # launch with nothing after it: no result for the party served
    "Launched the tenant portal for landlords with zero budget and two borrowed designers.",
    "Shipped the booking service for pet owners with zero downtime during the move.",
    "Worked with zero designers on the tenant portal for six months before its launch.",
    "Held the payslip launch for drivers so that it would go out with zero wrong lines.",
    "Held the tenant-portal launch for four weeks until rent receipts matched the ledger.",
]


LISTED = SWITCHED_ON + TRADES_SERVED + RESULT_BESIDE_A_BUDGET + HARM_AT_ZERO + NOBODY_KEPT_WAITING + LAUNCHED_WITH_ZERO
NOT_LISTED = NOT_SWITCHED_ON + NO_TRADE_SERVED + BUDGET_MOVED + NO_HARM_AT_ZERO + NOT_NOBODY_KEPT_WAITING + NOT_LAUNCHED_WITH_ZERO


@pytest.mark.parametrize(("bullet", "listed"), [(b, True) for b in LISTED] + [(b, False) for b in NOT_LISTED])
def test_the_ready_list_by_cause(bullet: str, listed: bool) -> None:
    assert ready(one_bullet(bullet)) == ([bullet] if listed else [])
