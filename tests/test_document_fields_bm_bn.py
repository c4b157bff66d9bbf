"""The document fields of the fifty-ninth and sixtieth blind sets' round, by cause: each category a small
draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze
from field_drafts import FERRY, background_draft, mentions, structure


def draft(background: str, story: str = "") -> str:
    return background_draft(FERRY, background, story)


NAMED = "I moved into product after six years as a site reliability engineer."


# The level claimed as the job the writer already does ("I have been doing the L6 job since ...").

def opening(first: str) -> str:
    return (f"# Promotion document: Ferry bookings\n\n{first}\n\n## Season passes\n\n"
            "I pitched one-tap renewals to the commercial director. Repeat bookings among commuters rose "
            "from 18% to 29%.\n\n## Check-in\n\nI moved check-in to the gangway scanners. Queues at the "
            "terminal fell from 14 minutes to 3 for 40,000 commuters.\n")


def test_the_level_told_as_the_job_done_is_the_claim_and_the_retell() -> None:
    text = opening("I have been doing the L6 job since March: I run ferry bookings across the ticketing, "
                   "terminal and app teams, and I took terminal queues from 14 minutes to 3 for 40,000 commuters.")
    assert structure(text) == "argument"
    reading = analyze(text).reading
    assert reading.retell is not None and reading.retell.startswith("I have been doing the L6 job")
    assert Session().analyze(text).reading.retell == reading.retell


def test_the_level_claimed_in_a_remits_sentence_retelling_the_strongest_story_is_the_lead() -> None:
    text = opening("I have been doing the L6 job since March: I run ferry bookings across the ticketing, "
                   "terminal and app teams, and I took terminal queues from 14 minutes to 3 for 40,000 commuters.")
    report = analyze(text, level="L6", doc_type="promotion")
    assert report.items[0].kind == "scope"
    assert report.reading.lead_is_outcome
    assert "PC202" not in {f.rule for f in report.findings}
    assert Session(level="L6", doc_type="promotion").analyze(text).reading.lead_is_outcome


def test_the_level_claimed_with_a_remit_and_no_story_retold_is_no_lead() -> None:
    for first in ("I have been doing the L6 job since March: I run ferry bookings across the ticketing, "
                  "terminal and app teams.",
                  "I have been doing the L6 job since March: I run ferry bookings across the ticketing, "
                  "terminal and app teams, and I took 2,000 commuters onto season passes."):
        report = analyze(opening(first), level="L6", doc_type="promotion")
        assert not report.reading.lead_is_outcome
        assert "PC202" in {f.rule for f in report.findings}


def test_the_job_done_with_no_level_named_is_no_claim() -> None:
    text = opening("I have been doing the job since March: I run ferry bookings across the ticketing, "
                   "terminal and app teams, and I took terminal queues from 14 minutes to 3 for 40,000 commuters.")
    assert analyze(text).reading.retell is None


# The engineering past told again: the on-call rotations the writer ran, and the old title as a person.

def test_on_call_rotations_run_and_an_old_title_as_a_person_are_the_past_told_again() -> None:
    assert mentions(draft(f"{NAMED} My years running on-call rotations taught me to distrust a noisy alert.")) == 2
    assert mentions(draft(f"{NAMED} Retiring the old gate servers, which as an old DevOps person hurt, "
                          "saved £40,000.")) == 2


def test_on_call_rotations_or_an_old_person_alone_are_no_past() -> None:
    assert mentions(draft("My years running on-call rotations for the harbour pilots taught me patience.")) == 0
    assert mentions(draft("Retiring the paper tickets, which as an old DevOps person hurt, saved £40,000.")) == 0
    assert mentions(draft(f"{NAMED} Retiring the paper tickets, which as an old ferry person hurt, "
                          "saved £40,000.")) == 1


# The engineering past told as what the writer knew from the work ("what I knew from shipping mobile games").

def test_what_the_writer_knew_from_engineering_work_is_the_past() -> None:
    assert mentions(draft("I used what I knew from shipping mobile games to find the two crash loops.")) == 1
    assert mentions(draft("Using what I know from writing firmware, I traced the scanner fault.")) == 1


def test_what_the_writer_knew_from_other_work_is_no_past() -> None:
    assert mentions(draft("I used what I knew from shipping the spring timetable to plan the winter one.")) == 0
    assert mentions(draft("I used what I learned from shipping mobile apps to plan the launch.")) == 0
    assert mentions(draft("I used what I knew from running the harbour office to plan the winter timetable.")) == 0


# An app's main thread beside the app's own measure names the mobile specialty.

def specialty(story: str) -> str | None:
    reading = analyze(draft("I came to product from the harbour office.", story)).reading
    assert Session().analyze(draft("I came to product from the harbour office.", story)).reading.specialty \
        == reading.specialty
    return reading.specialty


def test_the_main_thread_beside_an_apps_crash_rate_is_mobile() -> None:
    assert specialty("The ferry app's crash-free rate went from 95% to 99.6% after we moved image loading "
                     "off the main thread.") == "mobile"


def test_the_main_thread_alone_or_an_apps_crash_rate_alone_names_no_specialty() -> None:
    assert specialty("The ferry app's crash-free rate went from 95% to 99.6% after we fixed the image "
                     "loading.") is None
    assert specialty("The timetable page loads faster since we moved the map off the main thread.") is None


# The year's start told as where the telling starts ("My year started with a problem ...") orders the
# draft by time.

YEAR = ("# Self-assessment\n\n{first} a problem: commuters queued at the terminal for 14 minutes, and a "
        "third of them missed the 7:40 sailing.\n\nI moved check-in to the gangway scanners, and queues "
        "fell from 14 minutes to 3 for 40,000 commuters.\n\nThe second part of my year was slower. I "
        "launched season-pass renewals in the app, and 2,100 commuters renewed there.\n")


def test_the_year_started_with_orders_the_draft_by_time() -> None:
    assert structure(YEAR.format(first="My year started with")) == "chronology"
    assert structure(YEAR.format(first="The year began with")) == "chronology"


def test_a_start_that_is_not_the_years_is_no_time_order() -> None:
    assert structure(YEAR.format(first="Check-in started with")) == "mixed"
    assert structure(YEAR.format(first="The project began with")) == "mixed"
