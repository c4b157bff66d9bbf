"""What counts as a stop (SPEC 2.11): a project, feature or practice the writer stopped, cut, killed,
said no to, deprecated or descoped; not a harm ended, not someone else's stop, not a plan."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze_item


def stopped(text: str) -> bool:
    item = analyze_item(text)
    assert item is not None and item.facts is not None
    return item.facts.stopped


@pytest.mark.parametrize("text", [
    "Killed the loyalty-points marketplace after modelling showed it would lose $4M a year.",
    "I descoped the family dashboard and shipped caregiver access first.",
    "Deprecated the legacy booking API after moving all 14 teams that called it onto the new one.",
    "I said no to the partner portal rewrite and kept the team on onboarding.",
    # a stop coordinated with the writer's first verb, late in the sentence
    "I pitched a seller newsletter, ran it for a quarter and stopped the test when open rates stayed under 5%.",
    # an option chosen over one under way, proposed or asked for stops that one
    "I chose a plain status email over the real-time tracking platform engineering had already half built.",
    "I chose a plain status email over the real-time tracking platform engineering had proposed.",
    "Phased out the paper intake form across all 30 clinics.",
    # the writer persuading someone else to stop it, and a stop explained with its own antecedent
    "I convinced the retail director to retire the paper coupon programme.",
    "The pilot reached 1% of shoppers, which is why I killed it.",
    # a practice and a -ing form with a thing after it
    "Stopped funding the voice-shopping feature after two quarters.",
    "Dropped the weekly status meeting and sent a written digest instead.",
    # a price in a name is not a price lowered
    "Killed the proposed 90-day fee holiday for new sellers.",
    # a stop told in other words
    "I called off the Germany launch when the carrier contract fell through.",
    "I ended the pilot after six weeks and returned the budget.",
    "I put the voice ordering project on hold until the speech model improved.",
    "I talked the GM out of building a second loyalty app.",
    "Declined to renew the analytics vendor's contract.",
    # a month, a count of things stopped, a campaign
    "In May I paused the rollout of the new reminders.",
    "Retired 40 legacy reports nobody opened.",
    "Killed the holiday promotion after week one.",
    # the writer's stop after a clause of someone else's, and beside a part the writer kept
    "I handed the currency work back to the treasury team, who own the bank relationships, and stopped my team's copy of it.",
    "I killed the pilot but kept its checkout flow.",
    # a descope of part of what was asked, a stop told as winding down, a contract ended
    "I scoped it down to a single reschedule button instead of the full calendar sync.",
    "Wound down the pay-per-click marketplace after finding that half its leads went unanswered.",
    "I ended the exclusive courier contract for Spain a year early.",
    # a bullet opening with an adverb or a time is still the writer's
    "Also descoped the gift-wrap option.",
    "Quietly retired the old API.",
    "I reviewed the numbers with finance and killed the expansion.",
    "I withdrew from the partnership after the audit.",
    # a stop told with "we" or as a passive, where the item states the writer's own call
    "I made the call and we wound down the seller forum by June.",
    "I decided we would stop the kiosk pilot, and we shut it down in a week.",
    "On my recommendation we retired the paper intake form.",
    "We paused the Germany rollout; the call was mine.",
    "The kiosk pilot was cancelled at my recommendation.",
    "The voice feature was cut on my call, and its two engineers moved to search.",
    "I had the kiosk pilot cancelled after six weeks.",
    # a decision not to do it, a thing cut from the plan, other spellings and wordings
    "I made the call not to launch the kiosk in Canada.",
    "I opted not to renew the analytics vendor's contract.",
    "I cut the partner portal from the roadmap.",
    "I removed the recommendations carousel from the first release.",
    "I deprioritised the partner portal to ship checkout first.",
    "I sunsetted the v1 API after moving its last 14 callers.",
    "I turned off the legacy recommendations widget.",
    # an option under way, proposed or asked for, passed over with "instead of" or "rather than"
    "I went with a manual review queue instead of the ML classifier the science team proposed.",
    "Instead of the custom CRM the sales VP asked for, I shipped a shared inbox with three saved filters.",
    "Rather than the loyalty app marketing had proposed, I added points to the existing checkout.",
    "I chose a plain email over building the real-time tracking platform.",
    "I decided, and we shut down the kiosk pilot in March.",
    # stop verbs in other words and spellings
    "I de-scoped the offline mode from the first release.",
    "I axed the loyalty tier after two quarters.",
    "I mothballed the kiosk pilot.",
    "I discontinued the paper catalogue.",
    "I decommissioned the legacy reporting tool.",
    "I did not renew the analytics vendor's contract.",
    "I closed down the seller forum after usage fell.",
    "I pulled the AI quote-writer from the beta.",
    "I ended support for cheque payouts.",
    "I cut scope to three features from the nine in the PRD.",
])
def test_a_call_to_stop_something_is_a_stop(text: str) -> None:
    assert stopped(text)


@pytest.mark.parametrize("text", [
    # a harm ended is a fix, not a judgment about a project
    "I stopped the fraud ring that was draining seller payouts.",
    "Cut the outages on the booking page by half.",
    # a number that fell is a result
    "Churn dropped from 6% to 4% after the pricing change.",
    # someone else's stop
    "Leadership killed the kiosk project before I joined the team.",
    # a plan has stopped nothing yet
    "Next quarter I plan to sunset the legacy reporting tool.",
    # a stop proposed, attempted or nearly made, but not made
    "I recommended killing the voice feature; the decision is still with my director.",
    "I pushed to cancel the kiosk pilot, but the GM kept it running.",
    "I nearly killed the gift-wrap option before the holiday data came in.",
    "I convinced the VP not to cancel the seller forum.",
    # "stop", "pause" and "drop" in senses that end no project
    "I stopped by the warehouse every Friday to watch pickers use the app.",
    "I stopped worrying about the dashboard once the data matched.",
    "I paused to interview ten merchants before writing the spec.",
    "I dropped out of the steering committee to focus on checkout.",
    # a step, a screen or a price dropped inside a story: a simplification or a pricing call
    "I dropped the second confirmation screen, and sellers finished listing 20% faster.",
    "I dropped the price of the starter plan to $9 and sign-ups rose 20%.",
    # a stop named in someone's question, or referred back to after it was told
    "Some will ask why I killed the kiosk pilot; the data showed fewer than 1% of shoppers used it.",
    "That conversation is the reason I paused it in February rather than in June.",
    "I considered killing the loyalty tier, but the renewal data changed my mind.",
    # a choice between options none of which anyone was building or had asked for
    "I chose our own 30-day terms over a lender charging 2.9% of each invoice.",
    "I picked the smaller agency over the one with the glossier pitch deck.",
    # a preference is not a proposal
    "I chose the sign-up check over a retry system the engineering lead preferred.",
    # someone else's stop, beside what the writer did
    "I moved the team to saved carts after finance killed the instalments pilot.",
    "Our director decided to sunset the legacy dashboard; I wrote the migration guide for its analysts.",
    # a harm prevented, a personal matter, an idiom
    "I stopped the team from shipping a broken build.",
    "I cancelled my trip to attend the launch.",
    "I dropped the ball on the Q2 forecast and owned it with my director.",
    "Finance decided to pause all new vendor contracts, so I renegotiated the two we had.",
    "I recommended we stop the pilot; my director agreed and stopped it the next day.",
    "The VP reviewed the numbers and killed the kiosk project.",
    # a stop the writer could or should have made, argued against or refused to make
    "I could have stopped the project in March.",
    "I argued against killing the seller forum.",
    "I refused to kill the accessibility work when the VP asked for cuts.",
    "I paused, re-read the data, and changed my recommendation.",
    "I dropped the phone-verification requirement for returning buyers, and conversion rose 3%.",
    # a reduction that simplifies
    "I cut it to one form that pre-fills from the seller's listings.",
    "I removed the separate customs-declaration step, which the new engine made redundant.",
    # a stop word naming a measure that moved
    "Declined payments fell 12% after I added the card updater.",
    "Cancelled orders dropped 20% once I moved the cut-off.",
    # "we" or a passive without the writer's call stated
    "We killed the loyalty app, and I moved its engineers to checkout.",
    "We agreed to sunset the v1 app, and I ran the migration.",
    "We killed the loyalty app after I showed the VP it lost $2M a year.",
    "The kiosk pilot was shut down in March, and I moved its engineers to search.",
    "My request to kill the loyalty tier was rejected.",
    # a vendor, terms or an order picked, whoever proposed the other
    "I chose UPS over the regional carrier the finance team proposed.",
    "I picked the two-year terms over the annual contract sales had asked for.",
    "I chose to launch in Canada first over the UK-first order the GM proposed.",
    "I chose a fixed monthly fee over the revenue share the partner proposed.",
    "Instead of the vendor finance proposed, I signed with a smaller agency.",
    "Instead of my usual weekly update, I sent a monthly memo.",
    # a personal matter declined, a pause that is a break, an idiom, a stop imagined
    "I declined a transfer to the ads team.",
    "I turned down the job offer from a competitor.",
    "I rejected two candidates for the senior PM role.",
    "I paused for a week to read 300 support tickets.",
    "I stopped short of killing the feature.",
    "I stopped guessing and ran a fake-door test.",
    "Killing the kiosk pilot earlier would have saved $2M.",
    # the writer with others ("the team and I") is "we"; a stop still being made is a plan
    "The team and I killed the loyalty app in March.",
    "My team and I decided to sunset the legacy dashboard.",
    "I'm winding down the kiosk pilot over the next two months.",
    "We are deprecating the old dashboard in Q1.",
    "I closed the deal with three retailers in March.",
    "I parked the team's questions for the Friday review.",
    # a stop still to make, told as a to-do bullet ("Deprecated ..." is done)
    "Deprecate the old quote builder once instant quotes cover 80% of job types.",
    "Retire the v1 payout report after the two-week overlap.",
])
def test_not_a_stop(text: str) -> None:
    assert not stopped(text)


@pytest.mark.parametrize("text", [
    "I called off the tablet layout in November, when a test on 2,000 tablet players showed no change in spend.",
    "I stopped the banner test after four weeks, when it showed no lift in conversion for 60,000 shoppers.",
])
def test_a_stop_for_no_effect_is_a_stop_and_its_finding_no_result(text: str) -> None:
    item = analyze_item(text)
    assert stopped(text) and item is not None and not item.ready
