"""Categories a thirty-third blind set showed (docs/accuracy.md, "The thirty-third blind set: item
signals, by category"), each with sentences of our own that should and should not fire."""

from __future__ import annotations


def test_a_machine_named_by_its_parts_or_faults_is_no_served_party(read_item) -> None:
    for text in ("Cut the badge reader firmware's boot time from 40 seconds to 6, and reader lockups fell 80%.",
                 "Pushed reader firmware 5.1 to every depot in the northern region.",
                 "Swapped the kiosk's driver modems for a newer model, halving dropped uploads.",
                 "I knew the scanners and the readers' old modems would fail during updates, so I moved updates to 2 a.m."):
        item = read_item(text)
        assert not item.signals.customer, (text, item.persona)


def test_readers_and_drivers_named_as_people_are_still_served(read_item) -> None:
    for text in ("Cut the hold queue for readers on our 40 most-requested audiobooks from 9 weeks to 2.",
                 "Moved parking payment into the app, and drivers now pay in 20 seconds instead of 3 minutes.",
                 "Drivers' app crashes fell 60% after I moved the map tiles offline.",
                 "Rebooted 40,000 customers' home modems remotely, and support calls fell 20%."):
        item = read_item(text)
        assert item.signals.customer, (text, item.persona)


def test_the_one_a_deed_gives_time_back_to_is_served_whatever_it_is_called(read_item) -> None:
    for text in ("Moved the rota into the booking tool, giving each shift coordinator back about 5 hours a week.",
                 "I automated the weekly stock count, which gives the pantry volunteers back 2 hours a night.",
                 "Rebuilt the intake form, giving the admissions staff back 30 hours a month."):
        item = read_item(text)
        assert item.signals.customer, (text, item.persona)


def test_a_thing_or_a_pronoun_given_back_names_no_party(read_item) -> None:
    for text in ("Gave the budget back 2 weeks before the quarter closed.",
                 "Gave back 3 hours of every sprint to the platform work.",
                 "I gave it back 4 times before the vendor fixed the contract."):
        item = read_item(text)
        assert not item.signals.customer, (text, item.persona)


def test_people_named_by_their_age_or_by_where_they_park_are_served(read_item) -> None:
    for text in ("Added a midday route, and the lunch service now reaches 3,000 seniors across the valley.",
                 "Moved the drop-off bell 10 minutes later, and kindergartners waiting in the rain fell from 60 to 4.",
                 "Opened pay-by-plate at the hospital lots, and weekly parkers there grew 25%."):
        item = read_item(text)
        assert item.signals.customer, (text, item.persona)


def test_a_senior_rank_names_no_served_party(read_item) -> None:
    item = read_item("Promoted two senior analysts and cut the close from 9 days to 5.")
    assert not item.signals.customer, item.persona


def test_watching_a_dashboard_or_setting_one_up_is_effort(read_item) -> None:
    for text in ("We watched the returns dashboard every evening during the peak season.",
                 "Set up a Tableau dashboard of late deliveries by depot and reviewed it each Friday with the leads."):
        item = read_item(text)
        assert item.signals.activity_only, (text, item.signals)


def test_watching_people_before_a_decision_or_a_dashboard_with_a_result_is_not_effort(read_item) -> None:
    for text in ("I watched 12 tenants try the move-in form and cut it from 20 fields to 6; completions rose 30%.",
                 "I watched 15 renewals at the front desk and saw people give up at the photo upload.",
                 "Set up a dashboard of late deliveries by depot, and late deliveries fell from 9% to 4% in a quarter."):
        item = read_item(text)
        assert not item.signals.activity_only, (text, item.signals)


def test_how_things_stood_with_a_word_of_effort_in_it_is_context(read_item) -> None:
    for text in ("Late refunds were the first thing tenants asked about at every building meeting.",
                 "Before the change, slow check-in was the top complaint on every review site.",
                 "The most expensive thing in our support queue is a caller who rings back about one parcel."):
        item = read_item(text)
        assert item.kind == "context", (text, item.kind)


def test_effort_told_as_a_phrase_or_a_deed_is_still_a_claim(read_item) -> None:
    for text in ("Onboarding was a big focus for me and the team this year.",
                 "Weekly syncs with the design team and 12 customer interviews."):
        item = read_item(text)
        assert item.kind == "claim", (text, item.kind)


def test_a_doubt_raised_by_anyone_if_asked_is_an_objection(read_item) -> None:
    for text in ("If someone asks whether the 20% rise in renewals will last, the answer is that it held all winter.",
                 "If anyone asks why churn rose in May: we began counting paused accounts as churned."):
        item = read_item(text)
        assert item.kind == "objection", (text, item.kind)


def test_a_condition_with_no_doubt_raised_is_no_objection(read_item) -> None:
    item = read_item("If someone asks for a refund, the kiosk now issues it in 2 minutes instead of 3 days.")
    assert item.kind != "objection", item.kind


def test_nobody_served_losing_anything_is_a_result_kept(read_item) -> None:
    for text in ("Moved the booking system to the new host overnight, with zero gym members losing a reservation.",
                 "Cut over the payroll provider in March, and no contractors lost a payment."):
        item = read_item(text)
        assert item.signals.business_outcome, (text, item.signals)


def test_a_party_losing_something_as_the_reason_is_no_result(read_item) -> None:
    item = read_item("I rebuilt the renewal reminder because 300 gym members were losing their reservations each month.")
    assert not item.signals.business_outcome, item.signals


def test_interviewing_people_or_mapping_records_is_a_neutral_verb(read_item) -> None:
    for text in ("Interviewed 30 dog walkers about how they set their prices.",
                 "Mapped every missed pickup against the depot rota.",
                 "I interviewed 18 night-shift nurses about handover notes."):
        item = read_item(text)
        assert item.action.verb in ("interview", "map") and item.action.verb_class == "neutral", (text, item.action)


def test_a_call_made_after_interviews_keeps_its_product_verb(read_item) -> None:
    item = read_item("After 30 interviews with dog walkers, I dropped the monthly plan and priced per walk.")
    assert item.action.verb_class == "pm", item.action


def test_a_share_told_up_or_down_with_no_verb_is_a_change(read_item) -> None:
    for text in ("Outcome: late-delivery complaints from tenants down 41% against last year. My role: I set the new dispatch rule.",
                 "Result: repeat orders from cafés up by 18% in two quarters."):
        item = read_item(text)
        assert item.signals.business_outcome, (text, item.signals)


def test_up_to_a_share_or_down_a_distance_is_no_change(read_item) -> None:
    for text in ("Walked the night shift with the porters, up and down 6 floors, to see the rota's gaps.",
                 "Two-star ratings make up 6% of all ratings on the app.",
                 "Annual plans carry discounts of up to 15% on the list price."):
        item = read_item(text)
        assert not item.signals.business_outcome, (text, item.signals)


def test_jobs_done_for_people_are_no_engineering_measure(read_item) -> None:
    for text in ("Shadowed 25 plumbing jobs with our installers to see where the day went.",
                 "Tutors were applying to an average of 9 jobs before landing one booking."):
        item = read_item(text)
        assert not item.signals.technical_metric_only, (text, item.signals)


def test_a_batch_or_nightly_job_is_still_engineering(read_item) -> None:
    for text in ("I rebuilt the export in dbt, and the nightly job now finishes in 14 minutes instead of 3 hours.",
                 "Rewrote the batch jobs in Spark, cutting their run time from 5 hours to 40 minutes."):
        item = read_item(text)
        assert item.signals.technical_metric_only, (text, item.signals)
