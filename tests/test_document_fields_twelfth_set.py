"""Document fields by category of wording found on the packets p77-p84 and the blind writers before
them: the engineering past a writer states, the specialty that past names, and the level the
evidence supports. Each category has a small draft of our own that should count and one that
should not."""

from __future__ import annotations

from packetcoach import analyze


def mentions(draft: str) -> list[str]:
    report = analyze(draft)
    return [draft[m.span.start:m.span.end] for m in report.reading.former_engineer_mentions]


SELF = ("# Self-assessment\n\n## Highlights\n\n- Raised repeat orders among florists from 21% to 34% by "
        "letting them reorder stems in one tap.\n\n## Background\n\n{}\n")

MANAGER = ("# Promotion to Senior PM (L6): Lena Fischer, Florist Ordering\n\n## Summary\n\nLena is ready "
           "for L6: she raised repeat orders among florists from 21% to 34% by letting them reorder stems "
           "in one tap.\n\n## How she works\n\n{}\n")


def test_a_managers_her_or_his_engineering_past_is_the_candidates() -> None:
    found = mentions(MANAGER.format("Her engineering instincts still show in design reviews, and she asks "
                                    "the florists before she asks the engineers."))
    assert found == ["Her engineering instincts"]
    he = MANAGER.replace("Lena", "Jonas").replace("she", "he")
    found = mentions(he.format("His coding years show when he reads the crash logs himself before the "
                               "weekly review."))
    assert found == ["His coding years"]
    # the candidate's own past told with a word that is not the engineering past
    assert mentions(MANAGER.format("Her instincts for what florists need come from the two years she ran "
                                   "a flower stall.")) == []


def test_a_past_told_after_before_product_by_what_was_built() -> None:
    found = mentions(SELF.format("Before product I spent six years writing payment drivers, and I still "
                                 "read the card-terminal logs before a launch."))
    assert found == ["Before product I spent six years writing payment drivers"]
    # a job before product that builds nothing is no engineering past
    assert mentions(SELF.format("Before product I spent six years running florist accounts for a "
                                "wholesaler.")) == []
    # the same frame with "years as a ... developer" is one mention, not two
    assert len(mentions(SELF.format("Before product, I spent eight years as a games developer."))) == 1


def test_a_move_to_product_from_a_hardware_or_firmware_team() -> None:
    found = mentions(SELF.format("I came to product from the scanner firmware team last spring."))
    assert found == ["came to product from the scanner firmware team"]
    # a move from a team outside engineering, or a budget moved from a hardware team
    assert mentions(SELF.format("I came to product from the finance team, where I closed the books for "
                                "five years.")) == []
    assert mentions(SELF.format("The budget moved from the hardware team to the reorder button in "
                                "March.")) == []


def specialty(draft: str) -> str | None:
    return analyze(draft).reading.specialty


JARGON = ("# Self-assessment\n\n## Highlights\n\n- Cut crash rate on the courier app in half, so couriers "
          "lose fewer deliveries mid-route; I moved the Kotlin screens to the shared app-size budget.\n"
          "- Halved scanner reboots at the depots by putting the scanner firmware update on a slower "
          "schedule, so couriers start their rounds on time.\n- Rewrote the Swift checkout screens in SwiftUI and "
          "cut binary size by 12 MB.\n\n## Background\n\n{}\n")


def test_a_past_the_writer_names_decides_between_the_jargons_specialties() -> None:
    # mobile jargon weighs more, but the writer names a firmware past and firmware is in the jargon
    assert specialty(JARGON.format("As a former firmware engineer I still read the depot logs.")) == "embedded"
    assert specialty(JARGON.format("I spent six years as an Android developer before product.")) == "mobile"
    # a past with no specialty named, or one the jargon never shows, leaves the jargon to decide
    assert specialty(JARGON.format("As a former engineer I still read the depot logs.")) == "mobile"
    assert specialty(JARGON.format("As a former security engineer I still read the depot logs.")) == "mobile"


def test_a_named_past_without_jargon_of_its_own_names_no_specialty() -> None:
    draft = ("# Self-assessment\n\n## Highlights\n\n- Raised repeat orders among florists from 21% to 34% by "
             "letting them reorder stems in one tap.\n\n## Background\n\nI spent four years as a data "
             "engineer before product.\n")
    assert specialty(draft) is None


def stopped(draft: str) -> list[str]:
    report = analyze(draft)
    texts = {item.id: item.text for item in report.items}
    return [texts[i] for i in report.reading.stopped_items]


def section(text: str) -> str:
    return ("# Self-assessment\n\n## Highlights\n\n- Raised repeat orders among florists from 21% to 34% by "
            f"letting them reorder stems in one tap.\n\n## Other work\n\n{text}\n")


def test_a_count_of_things_stopped_in_a_preview_is_no_stop() -> None:
    assert stopped(section("This year I shipped two fixes and shut down three things, and the stops matter "
                           "as much as the fixes.")) == []
    assert stopped(section("In short, I said no to two things that would have slowed the florists down.")) == []
    # the stop itself, told with its object, stays a stop
    assert len(stopped(section("I shut down the bouquet-subscription beta after four months with 12 weekly "
                               "users, and moved its two engineers to reordering."))) == 1


def test_keeping_a_thing_in_place_of_an_option_someone_asked_for_is_a_stop() -> None:
    assert len(stopped(section("I kept the delivery window picker at three slots instead of the hourly "
                               "version the wholesale team asked for; 70% of florists now pick a slot."))) == 1
    # kept in place of an option no one proposed, or kept with no option passed over, is no stop
    assert stopped(section("I kept the delivery window picker at three slots instead of an hourly one; "
                           "70% of florists now pick a slot.")) == []
    assert stopped(section("I kept the delivery window picker at three slots through the spring peak, and "
                           "70% of florists now pick a slot.")) == []


def test_a_stop_after_by_in_the_writers_later_sentence_is_the_writers() -> None:
    # the item opens with the team's launch or with the problem; the writer's stop follows "I ... by"
    assert len(stopped(section("- Our team shipped same-day delivery for florists in two cities, and late "
                               "orders fell 40%. I found the budget for it by ending the printed catalogue, "
                               "which 3% of florists still opened."))) == 1
    assert len(stopped(section("- Two couriers hurt their backs loading vans last winter. I moved heavy loads to "
                               "two-person crews at a cost of $40K that I found by retiring a little-used "
                               "depot; no injuries since."))) == 1
    # "by" after someone else's verb, or a break between "I" and "by", names no stop of the writer's
    assert stopped(section("- Our team shipped same-day delivery for florists in two cities. The budget "
                           "was found by ending the printed catalogue, which finance proposed.")) == []
    assert stopped(section("- I talked to forty florists. Their orders were slowed by ending times that "
                           "changed every week, and reorders rose 12% once we fixed them.")) == []
