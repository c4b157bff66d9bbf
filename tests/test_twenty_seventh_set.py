"""Categories a twenty-seventh blind set showed (docs/accuracy.md, "The twenty-seventh blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations

from packetcoach.api import analyze_item
from packetcoach.core.model import Item


def read(text: str) -> Item:
    item = analyze_item(text)
    assert item is not None and item.signals is not None, text
    return item


def test_a_technical_number_alone_is_a_technical_metric_only() -> None:
    technical = [
        "Rewrote the sync job in Go, cutting its p95 latency from 900 ms to 240 ms.",
        "Tuned the indexer so the nightly build fails 3 times a month instead of 20.",
        "Migrated the booking database to the new cluster with error rates down from 2% to 0.3%.",
        # a count typed as a customer's with no party named is not their consequence
        "Retrained the ranking model on 18 months of acceptance events; offline precision went from 0.41 to 0.58.",
    ]
    for text in technical:
        assert read(text).signals.technical_metric_only, text


def test_a_party_s_count_or_the_business_s_money_beside_it_is_a_consequence() -> None:
    consequences = [
        "I paused the launch because the card readers failed 1 in 15 taps; after the fix, the fair's first "
        "weekend admitted 22,000 visitors.",
        "Added retry alerts to the payout queue after an outage held $250,000 of seller payouts; the next "
        "four failures were caught within ten minutes.",
    ]
    for text in consequences:
        assert not read(text).signals.technical_metric_only, text


def test_a_party_that_renewed_its_contract_is_a_business_result_with_no_money_told() -> None:
    renewals = [
        "After our billing outage, I called each affected clinic's manager myself and sent a weekly fix "
        "report; the clinic group renewed its contract for two years.",
        "Told the hospital's CIO which failures were ours and agreed a monthly review; they re-signed for three years.",
    ]
    for text in renewals:
        item = read(text)
        assert item.signals.business_outcome and item.ready, text
        assert "customer-obsession" not in item.principles, text  # the business's result, not one customers felt


def test_the_writer_renewing_or_a_contract_renewing_itself_is_no_party_s_renewal() -> None:
    for text in ("The payroll vendor's contract renewed in April, and finance asked me to review it.",
                 "I renewed our contract with the courier for another year."):
        item = read(text)
        assert not item.signals.business_outcome, text


def test_a_farmer_in_the_singular_is_the_party_served() -> None:
    served = [
        "I moved the weigh-in to the gate, and the average farmer wait at harvest fell from 40 to 15 minutes.",
        "After farmer interviews, I priced the seed subscription by the hectare; renewals rose 18%.",
        "A late payout costs a farmer a month of feed.",
    ]
    for text in served:
        assert read(text).signals.customer, text


def test_the_writer_s_own_years_as_a_farmer_serve_no_one() -> None:
    for text in ("As a former farmer, I rewrote the yield-estimate copy in plain words.",
                 "Ten years as a farmer taught me to distrust averages."):
        assert not read(text).signals.customer, text


def test_a_counted_party_that_bid_is_a_result() -> None:
    for text in ("I opened the timber auction to online buyers, and 340 buyers bid in its first week.",
                 "Moved the charity sale online after the flood closed the hall; 95 collectors bid remotely."):
        item = read(text)
        assert item.signals.business_outcome, text


def test_a_bid_that_is_no_party_s_act_is_no_result() -> None:
    for text in ("I wrote the bid for the county's 3-year transport contract.",
                 "Our team bid on 12 public tenders this year."):
        assert not read(text).signals.business_outcome, text


def test_a_test_planned_for_a_coming_period_is_a_plan() -> None:
    for text in ("Next quarter I will test a cheaper plan with 300 commuters.",
                 "In the coming half I will test a refill reminder with two pharmacies before we decide on a rollout."):
        assert read(text).kind == "plan", text


def test_a_test_promised_for_next_time_is_still_a_lesson() -> None:
    for text in ("Next time I will test the price with 20 real buyers before I announce it.",
                 "Looking back, I would test the copy with five parents before sending it to all of them."):
        assert read(text).kind == "lesson", text


def test_one_of_a_listed_party_taken_in_turn_is_served() -> None:
    for text in ("Held the release until the dose check passed; since launch no pharmacy has lost an order to it.",
                 "I moved the payout run to noon, and no charity waited more than two days for its match.",
                 "Each hospital's ward clerk now books interpreters from one screen."):
        assert read(text).signals.customer, text


def test_a_thing_or_a_single_site_taken_in_turn_serves_no_one() -> None:
    for text in ("Started the trial with one clinic and a spreadsheet.",
                 "No budget was moved, and each sprint kept its scope.",
                 "Our charity partners ran the food drive."):
        assert not read(text).signals.customer, text


def test_a_test_of_software_is_still_engineering() -> None:
    for text in ("Tested the payment SDK on 14 Android devices before the release.",
                 "I tested the sync service under 3x peak load and fixed two deadlocks."):
        assert read(text).action.verb_class == "technical", text
