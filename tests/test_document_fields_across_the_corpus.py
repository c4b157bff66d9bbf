"""The structure, the specialty and the engineering past across the corpus, by cause: each category
a small draft of our own that should count and one that should not."""

from __future__ import annotations

from field_drafts import structure
from packetcoach import Session, analyze


def draft(background: str, story: str = "") -> str:
    return ("# Self-assessment\n\n## Highlights\n\n- Raised repeat bookings among dog groomers from 18% to "
            "29% by letting them rebook a client in one tap.\n" + (f"- {story}\n" if story else "")
            + f"\n## Background\n\n{background}\n")


def specialty(text: str) -> str | None:
    reading = analyze(text).reading
    assert Session().analyze(text).reading.specialty == reading.specialty
    return reading.specialty


def test_a_named_past_with_one_word_of_its_specialty_gives_it_away() -> None:
    # the past names the specialty and the draft holds one of its words that alone reads as ordinary
    # ("Android", "warehouse", "model"): together they tell a cold reader which engineering it was
    assert specialty(draft("As a former Android developer I tested every release on my own phone.",
                           "Shipped the groomer Android app's rebooking screen to 4,000 salons.")) == "mobile"
    assert specialty(draft("I spent five years as a data engineer before product.",
                           "Moved the salon reports onto the warehouse, so owners see last week's takings "
                           "on Monday morning.")) == "data"
    assert specialty(draft("As a former data scientist, I read the no-show model's misses myself.",
                           "Retired the no-show model and cut missed grooming slots by a third.")) == "ml"
    # the past's own word can be the specialty's ("an Android developer"), as "firmware" already was
    assert specialty(draft("As a former Android developer I tested every release on my own phone.")) == "mobile"
    reading = analyze(draft("As a former iOS engineer I tested every release on my own phone.",
                            "Shipped the rebooking screen on iOS to 4,000 salons.")).reading
    assert reading.specialty == "mobile" and reading.specialty_evidence == ("ios",)


def test_a_named_past_with_no_word_of_its_specialty_or_a_word_with_no_named_past_gives_nothing() -> None:
    # a past named by a role title only ("a backend engineer"), with no word of its specialty in the
    # draft, or with the words of another specialty
    assert specialty(draft("As a former backend engineer I tested every release on my own phone.")) is None
    assert specialty(draft("I spent five years as a data engineer before product.",
                           "Shipped the groomer Android app's rebooking screen to 4,000 salons.")) is None
    # the word alone, with a past that names no specialty or no past at all, stays ordinary
    assert specialty(draft("As a former engineer I tested every release on my own phone.",
                           "Shipped the groomer Android app's rebooking screen to 4,000 salons.")) is None
    assert specialty(draft("I came to product from running a salon.",
                           "Moved the salon reports onto the warehouse, so owners see last week's takings "
                           "on Monday morning.")) is None


def mentions(background: str) -> int:
    text = draft(background)
    count = len(analyze(text).reading.former_engineer_mentions)
    assert len(Session().analyze(text).reading.former_engineer_mentions) == count
    return count


def test_a_sales_engineer_is_no_engineering_past() -> None:
    # a customer-facing job with "engineer" in its title: the room hears no old engineering job
    assert mentions("Before product I was a sales engineer for the grooming chains.") == 0
    assert mentions("I moved to product from a solutions engineering role in 2024.") == 0
    # the same sentences with an engineering title still count
    assert mentions("Before product I was a backend engineer for the grooming chains.") == 1
    assert mentions("I moved to product from a software engineering role in 2024.") == 1


def test_years_told_by_the_engineering_work_itself_are_the_past() -> None:
    # the years named by what was built or trained, as "years of coding" already was
    assert mentions("My years training models taught me to distrust a single accuracy number.") == 1
    assert mentions("My years making games taught me how players quit at the second screen.") == 1
    # years named by other work, or by making a case, are no engineering past
    assert mentions("My years making the case for salon owners taught me patience.") == 0
    assert mentions("My years training groomers taught me how owners quit at the second screen.") == 0


def test_an_engineering_past_outside_software_is_the_past() -> None:
    # another field of engineering is still an engineering past to the room
    assert mentions("I drew the whole depot plan myself, which is what I would have done as a mechanical "
                    "engineer; the drivers never opened it.") == 1
    assert mentions("I trained as a structural engineer and spent six years on bridge decks before product.") == 1
    assert mentions("Leila, a former aerospace engineer, read every fault report from the test stands herself.") == 1
    assert mentions("I am an electrical engineer by training, so I read the charger logs first.") == 1
    # a past outside engineering, a sales title or an engineering word that names no past is none
    assert mentions("As a former nurse, I listened to the night-shift calls before changing the form.") == 0
    assert mentions("I trained as a sales engineer before moving to product.") == 0
    assert mentions("We shipped the civil works permit tracker to 40 councils in March.") == 0
    assert mentions("Leila worked with a mechanical team to move the chargers to the depot wall.") == 0


LOG = ("# Self-assessment\n\nI run the booking product for the city's tennis courts.\n\n## Log\n\n"
       "**{0}.** Moved court booking from the phone line to the web, so players book in a minute.\n\n"
       "**{1}.** Added a waiting list for cancelled slots; 300 players joined it in the first week.\n\n"
       "**{2}.** Dropped the paper booking sheet at the three park courts after two quiet months.\n\n"
       "**{3}.** Opened floodlit evening slots, which filled 80% of the time by the end of summer.\n")


def test_a_log_whose_entries_open_with_a_day_and_month_or_a_release_and_month_is_told_in_time() -> None:
    # the day before the month ("14 January"), or a release's number set apart from its month
    assert structure(LOG.format("14 January", "3 March", "21st May", "9 August")) == "chronology"
    assert structure(LOG.format("2.1 (January)", "2.2 (March)", "2.3, May", "3.0 (August)")) == "chronology"


def test_entries_that_open_with_other_numbers_are_not_told_in_time() -> None:
    # counts, amounts and labels at the head of an entry are no dates ("12 mayors", "4.2 million")
    assert structure(LOG.format("12 mayors", "4.2 million players", "3 parks", "2.5 hours")) == "mixed"
    assert structure(LOG.format("Courts", "Waiting list", "Paper sheet", "Evenings")) == "mixed"


def form(heading: str) -> str:
    """An accomplishments form whose first story, a measured outcome in prose, sits under ``heading``,
    with no claim about level anywhere."""
    return ("# Accomplishments 2026: court booking\n\n"
            f"## {heading}\n\n"
            "I moved court booking from the phone line to the web, and players who booked a court each "
            "month rose from 2,100 to 3,400 by the end of summer.\n\n"
            "## Evening slots\n\n"
            "I opened floodlit evening slots, which filled 80% of the time by September.\n")


def test_the_first_story_under_a_numbered_or_a_story_part_heading_is_no_opening_claim() -> None:
    # the first entry of a series, as the first bullet of a list already was: the form is mixed
    assert structure(form("Accomplishment 1: players book in a minute")) == "mixed"
    assert structure(form("1. Players book in a minute")) == "mixed"
    assert structure(form("Situation")) == "mixed"


def test_a_headline_outcome_under_the_drafts_own_heading_still_opens_an_argument() -> None:
    # the same outcome told first under a heading of the whole draft, or under a heading that only
    # contains a number ("Booking in 2 clicks"), is the headline the stories below support
    assert structure(form("Summary")) == "argument"
    assert structure(form("Booking in 2 clicks")) == "argument"


def test_two_terms_of_one_specialty_that_each_serve_an_outcome_give_it_away() -> None:
    # each term counts a half inside an item with a customer outcome: two different ones are enough
    assert specialty(draft("I came to product from running a salon.",
                           "Added idempotency keys to the booking calls so salons stopped seeing double "
                           "bookings, which fell from 300 to 12 a month for 4,000 salons.\n- Moved "
                           "reminder sends onto a message queue, so no-shows fell from 14% to 9% for "
                           "4,000 salons.")) == "backend"


def test_one_term_or_terms_of_two_specialties_serving_outcomes_give_nothing_away() -> None:
    # the same term twice, or one term each of two specialties, is no specialty
    assert specialty(draft("I came to product from running a salon.",
                           "Added idempotency keys to the booking calls so salons stopped seeing double "
                           "bookings, which fell from 300 to 12 a month for 4,000 salons.\n- Kept the "
                           "idempotency keys on the reminder calls, so no-shows fell from 14% to 9% for "
                           "4,000 salons.")) is None
    assert specialty(draft("I came to product from running a salon.",
                           "Added idempotency keys to the booking calls so salons stopped seeing double "
                           "bookings, which fell from 300 to 12 a month for 4,000 salons.\n- Cut the "
                           "groomer app's crash rate in half, so no-shows fell from 14% to 9% for "
                           "4,000 salons.")) is None
