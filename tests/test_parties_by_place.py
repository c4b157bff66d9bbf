"""A served party the persona lists do not know, named by its place in the sentence: the ones a
measure is taken among, the ones the work now lets do something, the ones opening a clause with a
change that happened to them, the ones a survey counts, and the ones who told the writer something
(analysis/parties.py, profile lists personas.owner_words, count_frames, surveys, enabling, enabled,
now_words, telling, people_nouns and felt_measures)."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze, analyze_item


def persona(text: str) -> str | None:
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    assert item.signals.customer == (item.persona is not None)
    return item.persona.text if item.persona else None


@pytest.mark.parametrize(("text", "party"), [
    # the ones a measure is taken among
    ("I added bulk export to the annual plan, and churn among archivists fell from 9% to 4%.", "archivists"),
    ("I moved the cutting tables to waist height; reported wrist pain among 400 upholsterers fell by a third.",
     "400 upholsterers"),
    ("I cut the archivists' export wait from 3 hours to 10 minutes.", "archivists"),
    ("I cut the claim form to one page, and time-to-payout for motorists fell from 9 days to 2.", "motorists"),
    ("I moved the parts search to one box, and complaints from glaziers fell by half.", "glaziers"),
    ("I set up a weekly review, and failed payouts to upholsterers dropped from 1.9% to 0.3%.", "upholsterers"),
    # the people a piece of research was with
    ("Ran 14 usability sessions with glaziers on the new quote screen.", "glaziers"),
    ("We ran 5 focus groups with 70 upholsterers and rewrote the order form around them.", "70 upholsterers"),
    # the ones a count served is of
    ("I turned the quote tool into a shared exchange that now serves 140 glaziers.", "140 glaziers"),
    ("I cut the signup form to one page and onboarded 300 new upholsterers in a month.", "300 new upholsterers"),
    # the ones a survey counts
    ("Surveyed 2,400 glaziers on quote pricing and cut the form to four fields; completion rose 12%.",
     "2,400 glaziers"),
    ("We polled 900 upholsterers before the relaunch, and repeat orders rose 8%.", "900 upholsterers"),
    ("I set the plan at $12 after a survey of 1,100 archivists, and paid conversion reached 9%.",
     "1,100 archivists"),
    ("Two polls of 600 sommeliers each showed the tasting slot was too short; I moved it to 40 minutes.",
     "600 sommeliers"),
    # the ones a share is taken of
    ("I cut the sign-up form to one page, and 64% of archivists finished it, up from 40%.", "archivists"),
    ("Half of the glaziers on the annual plan now price jobs in the app.", "glaziers"),
    # the ones the work now lets do something
    ("I rebuilt the quote screen so that glaziers can price a window in 2 minutes instead of 15.", "glaziers"),
    ("I moved tasting bookings into the app, so sommeliers no longer wait 20 minutes for a slot.", "sommeliers"),
    ("I cut no-shows from 17% to 6% by letting glaziers pick a two-hour window.", "glaziers"),
    ("I descoped the engine to one country, which let 310 small upholsterers run payroll in March.",
     "310 small upholsterers"),
    # the ones opening a clause with a change that happened to them
    ("I cut the booking form to one page; orthodontists now wait 3 minutes for a slot instead of 20.",
     "orthodontists"),
    ("Orthodontists waited 6 days for a lab slot before I moved booking into the app.", "Orthodontists"),
    # the ones who told the writer something
    ("Upholsterers had told us for years that the fabric picker was the worst part of an order.", "Upholsterers"),
    ("After 300 falconers complained that the flight log lost entries offline, I made it save on the device.",
     "300 falconers"),
    ("Rural choristers told us the rehearsal app would not load on a weak signal, so I made it work offline.",
     "Rural choristers"),
    ("Glaziers told us the quote screen hid the delivery fee, so I moved it to the first line.", "Glaziers"),
    # the ones a relative clause tells of as people
    ("I added a tap to disarm for homeowners who carry their phone; false alarms fell by half.", "homeowners"),
    ("I cut refund time for archivists whose orders were cancelled from 14 days to 3.", "archivists"),
    # nouns for people without a person-like ending
    ("Ward staff told us the handover screen hid allergies, so I put them on the first line.", "Ward staff"),
    ("I staged the payroll launch by country after setup failed for 300 hires in Spain.", "300 hires"),
])
def test_a_party_the_lists_lack_is_named_by_its_place_in_the_sentence(text: str, party: str) -> None:
    assert persona(text) == party


@pytest.mark.parametrize("text", [
    # the writer's own people
    "I set up the rate card so our estimators can reuse last year's prices.",
    "My estimators told me the rates were stale, so I rebuilt the import in 3 weeks.",
    "I cut our estimators' review time from 3 hours to 10 minutes.",
    "I moved half of our estimators onto the new rate card in 3 weeks.",
    "I set up the rate card for our estimators who price glass, and it took 3 weeks.",
    "I cut review time by 30% by letting my estimators price jobs from one screen.",
    "Our estimators used to wait 3 days for rates, and I cut that to 1.",
    # collaborators
    "I worked with the surveyors who mapped the 40 sites, and we finished in 6 weeks.",
    "I paired with the surveyors, and the plan they told us about shipped in 6 weeks.",
    "Held 6 workshops with the surveyors to agree the new site plan.",
    # software and things with a person-like ending
    "After the upgrade, workers now restart in 4 seconds instead of 40.",
    "I split the image, so the containers now start in 4 seconds instead of 40.",
    "I rewrote the loop so the schedulers can restart in 3 seconds.",
    "I added idempotency keys so the callers can retry 3 times without double charges.",
    "I split the service so the parsers can read 40 files a second.",
    "Half of the trackers on the page were removed, and load time fell 30%.",
    "I rewired the substation so it now serves 12 feeders instead of 9.",
    "I sent the launch notes to 300 schedulers and the FAQ to 40 estimators in 2 weeks.",
    "I delivered 14 briefings to 400 schedulers and reached 2,000 estimators by email.",
    # a persona word used as a modifier, singular or possessive
    "I cached the page; estimator dashboards now load in 2 seconds.",
    "I cached the page; the estimators' dashboards now load in 2 seconds.",
    # a word for people that is not a party the work serves
    "I rewrote the spec after two directors told me the scope was too wide.",
    # the writer's own people, things and colleagues surveyed
    "We surveyed our 300 estimators on the new rate card and kept two of its five screens.",
    "A survey of 2,000 orders showed the delay was in packing, so I moved the packing bench.",
    "Surveyed 30 vendors before choosing the kiosk hardware, saving 3 weeks.",
    "Ran a survey of 40 engineers on the build tooling and cut build time by 20%.",
    "A survey of the surveyors showed 3 of the 12 maps were out of date.",
    # a word for people with no place that names a party
    "I wrote the plan for surveyors in 2024 and retired it a year later.",
    "I wrote 14 reports on glaziers for the board, cutting review time by a week.",
])
def test_the_writers_people_collaborators_software_and_modifiers_are_no_party(text: str) -> None:
    assert persona(text) is None


@pytest.mark.parametrize(("line", "party"), [
    ("I rebuilt the quote screen so that glaziers can price a window in 2 minutes.", "glaziers"),
    ("I cut the quote to one page; glazier satisfaction rose from 3.9 to 4.5.", "glazier"),
])
def test_a_party_named_by_its_place_reads_the_same_in_a_session(line: str, party: str) -> None:
    text = f"# Accomplishments\n\n- {line}\n"
    report = analyze(text, level="L6")
    session = Session(level="L6")
    session.analyze("# Accomplishments\n\n- I own the quote screen.\n")
    assert session.analyze(text).items == report.items
    assert [item.persona.text for item in report.items if item.persona] == [party]


# a party named in the singular before a measure people feel, opening its sentence or clause
# (profile list personas.felt_measures): the measure tells the word is people
@pytest.mark.parametrize(("text", "party"), [
    ("Glazier satisfaction after a site visit rose from 3.9 to 4.5.", "Glazier"),
    ("I moved quotes onto one screen; upholsterer complaints fell from 80 to 20 a month.", "upholsterer"),
    ("Archivist churn fell from 6% to 4% after the bulk export shipped.", "Archivist"),
    ("Beekeeper ratings of the hive kit went from 3.2 to 4.4 stars.", "Beekeeper"),
    # a word that may name software is people before a measure people feel
    ("Owner satisfaction with the booking page rose from 3.8 to 4.3.", "Owner"),
])
def test_a_singular_party_before_a_felt_measure_is_served(text: str, party: str) -> None:
    assert persona(text) == party


@pytest.mark.parametrize("text", [
    # the writer's own people
    "Engineer satisfaction on the platform team rose from 3.1 to 4.0.",
    "Technician satisfaction with the new rota went from 3.0 to 3.6.",
    # things with a person-like ending
    "Server complaints fell from 310 to 95 a month after the patch.",
    "Monitor ratings in the lab went from 3.1 to 3.9.",
    # not opening its clause: part of a compound
    "I rebuilt the form the glazier complaints team uses, cutting its load time to 2 seconds.",
    # a measure that is no feeling
    "Glazier count in the pilot region rose from 30 to 45.",
])
def test_no_party_before_a_felt_measure_for_own_people_things_and_compounds(text: str) -> None:
    assert persona(text) is None
