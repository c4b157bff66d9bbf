"""Categories a thirty-fifth blind set showed (docs/accuracy.md, "The thirty-fifth blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_librarians_funeral_directors_bed_managers_and_audiologists_are_served(read_item) -> None:
    for text in ("Cut the time librarians spend reshelving returned holds from 3 hours a day to 40 minutes.",
                 "Shortened the grave booking form so funeral directors confirm a burial in 5 minutes instead of 20.",
                 "Bed managers now see every free bed on one screen, and transfers wait 2 hours less.",
                 "Audiologists no longer retype the hearing test, saving each clinic 4 hours a week."):
        item = read_item(text)
        assert item.signals.customer, text


def test_a_director_or_a_library_alone_names_no_party(read_item) -> None:
    for text in ("Presented the catalogue migration plan to two directors, who approved it in a week.",
                 "Moved the library's search index to the new cluster, cutting p95 latency from 900ms to 200ms."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_what_people_were_asked_about_is_no_result(read_item) -> None:
    for text in ("Interviewed 25 librarians about lost holds at the branch desks.",
                 "Asked 30 couriers about rising fuel costs."):
        item = read_item(text)
        assert not item.signals.business_outcome, text
        assert not item.ready, text


def test_a_change_after_about_as_roughly_stays_a_result(read_item) -> None:
    for text in ("Moved the pickup reminder to the evening, and sign-ups from librarians about doubled in a month.",
                 "We gave the clinics a named contact after a year of complaints about lost forms; the two largest "
                 "renewed, and churn fell from 9% to 4%."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_a_change_hoped_for_in_the_present_is_no_result(read_item) -> None:
    for text in ("Wrote a three-year plan to pool night nurses across 6 clinics, which hopefully gets approved in the "
                 "autumn budget.",
                 "Held monthly reviews with the partner team to hopefully raise renewal rates among 40 dealers."):
        item = read_item(text)
        assert not item.signals.business_outcome, text
        assert not item.ready, text


def test_a_hedged_result_told_in_the_past_stays_a_result(read_item) -> None:
    for text in ("Hopefully reduced refund complaints from 300 renters a month by adding a photo of the damage to "
                 "each claim.",
                 "The plan was approved in the spring budget, and waiting times for 6 clinics fell from 9 days to 4."):
        item = read_item(text)
        assert item.signals.business_outcome, text


def test_a_skipped_check_then_a_practice_changed_is_a_lesson(read_item) -> None:
    for text in ("I switched on the late-fee rule without telling the branch staff, and 400 members were charged "
                 "wrongly in a week before I turned it off; fee changes now go to the branches a month ahead.",
                 "I shipped the new checkout copy without testing it on renters; returns jumped 12% and every "
                 "wording change now goes through a five-day test."):
        item = read_item(text)
        assert item.kind == "lesson", text
        assert not item.ready, text


def test_a_skipped_check_without_a_changed_practice_stays_a_claim(read_item) -> None:
    for text in ("I launched weekend pricing without asking the regional leads, and bookings from renters rose "
                 "from 1,200 to 1,900 a month.",
                 "Switched the gate scanners to offline mode without waiting for the vendor's fix; 9,000 visitors now "
                 "get in within 5 minutes."):
        item = read_item(text)
        assert item.kind == "claim", text


def test_a_partys_union_is_a_counterparty_not_a_served_party(read_item) -> None:
    for text in ("I should have taken the new rota to the porters' union before the trial, not after.",
                 "Met the couriers union every fortnight while the depot moved to the new shift pattern."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_the_party_itself_beside_a_union_stays_served(read_item) -> None:
    for text in ("Cut the wait for couriers at the depot gate from 40 minutes to 8, after the couriers' union "
                 "agreed the new slots.",
                 "The drivers' app now shows the next stop, and drivers finish their rounds 20 minutes sooner."):
        item = read_item(text)
        assert item.signals.customer, text


def test_people_on_a_list_or_a_benefit_are_a_served_party(read_item) -> None:
    for text in ("Released unclaimed seats an hour before the show, which gave 30 more seats a night to people on "
                 "the returns list.",
                 "Cut the wait for a first payment from 6 weeks to 9 days for people on disability benefits."):
        item = read_item(text)
        assert item.signals.customer, text


def test_people_on_a_team_or_a_call_or_people_alone_are_none(read_item) -> None:
    for text in ("Moved the five people on my team to the billing rebuild, which cut build time from 40 to 12 minutes.",
                 "Two people on the call asked for the export, so I added it in a week.",
                 "Cut the deploy time from 40 to 12 minutes after two people told me the pipeline was too slow."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_one_of_a_listed_party_the_business_serves_is_served(read_item) -> None:
    for text in ("Called every clinic we serve after the billing error, and all 30 renewed their contracts in June.",
                 "Wrote to each school on our delivery list before the price change; 41 of 44 renewed."):
        item = read_item(text)
        assert item.signals.customer, text


def test_one_of_a_party_with_nothing_of_the_business_after_it_is_none(read_item) -> None:
    for text in ("Moved every service on the old cluster to the new one, cutting p95 latency from 800ms to 200ms.",
                 "Visited each school in the district with the facilities lead to count 40 broken boilers."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_one_resident_is_a_served_party(read_item) -> None:
    for text in ("Parking renewals failed whenever a resident changed car, so I matched on the permit number and "
                 "failed renewals fell from 800 to 40 a month.",
                 "This is how the new bin-collection booking works for one resident."):
        item = read_item(text)
        assert item.signals.customer, text


def test_a_service_named_after_residents_is_no_party(read_item) -> None:
    item = read_item("Moved the residents' rota service to the new cluster, cutting p95 latency from 900ms to 300ms.")
    assert item.signals.technical_metric_only, item.signals


def test_effort_to_improve_or_deliver_with_no_result_is_activity(read_item) -> None:
    for text in ("Worked closely with the depot planners to improve the loading experience across various sites.",
                 "Partnered with various stakeholders to deliver a simpler booking journey for members."):
        item = read_item(text)
        assert item.signals.activity_only, text


def test_an_improvement_made_or_measured_is_no_activity(read_item) -> None:
    for text in ("Worked with the depot planners and improved loading times for drivers from 40 to 25 minutes.",
                 "Partnered with two banks to improve card approvals, which rose from 81% to 88% for members."):
        item = read_item(text)
        assert not item.signals.activity_only, text


def test_a_courier_in_the_singular_is_a_thing_or_a_firm_not_a_party(read_item) -> None:
    for text in ("Dropped the next-day courier upgrade after 12 sign-ups in a month, and moved its $30K to returns.",
                 "Joined the refund claims with courier scan times and found 12% were marked delivered too early.",
                 "Switched to a new courier in March, and on-time delivery rose from 91% to 96%."):
        item = read_item(text)
        assert not item.signals.customer, text


def test_couriers_in_the_plural_stay_served(read_item) -> None:
    item = read_item("Cut the time couriers wait at the depot gate from 25 minutes to 6.")
    assert item.signals.customer, item.signals


def test_pricing_or_direction_set_as_standing_fact_is_scope(read_item) -> None:
    for text in ("I set pricing and policy for the city's 40,000 parking permits across six zones.",
                 "I set direction for returns across two countries and the three product teams that run it."):
        item = read_item(text)
        assert item.kind == "scope", text


def test_pricing_set_with_a_change_told_is_a_claim(read_item) -> None:
    item = read_item("I set pricing for the new family tier at $12, and sign-ups from parents rose from 300 to 900 a month.")
    assert item.kind == "claim" and item.ready, item.signals


def test_what_an_earlier_career_taught_before_a_deed_is_a_claim(read_item) -> None:
    for text in ("Eight years as a site nurse taught me that a bed is free only once the porter knows, so I added "
                 "porters to the discharge alert and bed waits for patients fell from 5 hours to 2.",
                 "My years behind a shop till taught me that shoppers drop any form longer than one screen, so I cut "
                 "the returns form to one screen and completed returns rose from 60% to 85%."):
        item = read_item(text)
        assert item.kind == "claim", text


def test_what_the_work_taught_stays_a_lesson(read_item) -> None:
    for text in ("Two weeks on the returns desk taught me that shoppers read the label before the email.",
                 "The failed pilot taught me to ask the porters before the ward managers."):
        item = read_item(text)
        assert item.kind == "lesson", text
