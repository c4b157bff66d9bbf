"""Document fields by category of wording found on the packets p133-p140 and the blind writers before
them: the stopped list and the former engineer's mentions. Each category has a small draft of our
own that should count and one that should not."""

from __future__ import annotations

from packetcoach import analyze

from judgment_calls import judged as judged_in, mentions, same_stops_in_a_session


def judged(listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    judged_in(judgment, listed_calls, unlisted_calls)


def judgment(call: str) -> str:
    """A short self-assessment with one win and a judgment section holding the call each test tells."""
    return ("# Self-assessment: Mira K., Senior PM, Ferry Bookings (L6)\n\n## Impact\n\n"
            "- Cut the wait for a car space on the island ferry from 9 days to 2 by opening standby "
            "booking for foot passengers.\n\n## Judgment\n\n"
            f"- {call}\n")


def test_a_narrowing_told_after_and_in_the_writers_sentence_is_a_stop() -> None:
    # the writer's narrowing verb after ", and", in a sentence the writer opens, with the part left
    # out named ("instead of", "rather than", "only"); a relative clause on the part kept may stand
    # between ("the routes that carry most cars")
    judged(("My part: I ran the standby scheme the harbour master designed, and limited it to the "
            "two morning sailings instead of the nine he had planned.",
            "I chose the booking system we already licensed over the $300k app the marketing lead "
            "had proposed, and scoped the first release to the three routes that carry most cars "
            "rather than all eleven.",
            "Project: island standby. My part: I wrote the rules with the crews, and narrowed the "
            "trial to foot passengers only."),
           # someone else narrowing after the writer's verb, a narrowing that names nothing left out,
           # and "instead of" in another clause are no descope
           ("I wrote the standby rules, and they limited the trial to the morning sailings instead of "
            "all nine.",
            "I ran the standby scheme the harbour master designed, and limited it to the two morning "
            "sailings.",
            "I ran the standby scheme, and limited it to the morning sailings, so foot passengers "
            "boarded first instead of last."))


def test_a_growth_area_named_as_the_items_label_tells_no_stop() -> None:
    # "My growth area is ...:" is what a "Growth areas" heading holds: a plan, so a stop phrase in it
    # ("instead of building the case") is no stop; a growth area named later in a claim changes nothing
    judged(("Our biggest market this year was the islands: I dropped the mainland kiosk pilot and "
            "moved its budget to standby booking.",),
           ("My growth area is finance: I still bring my manager cost numbers instead of building the "
            "case with the finance partner myself.",
            "Growth area: pricing. I still take fare questions to my manager instead of building the "
            "model with finance myself."))


def test_a_lesson_told_with_i_also_learned_is_no_stop() -> None:
    # "I also learned to ..." tells a lesson as "I learned to ..." does: a habit given up is no stop
    judged(("I also shut down the mainland kiosk pilot after six weeks, when only 2% of passengers "
            "used it, and moved its budget to standby booking.",),
           ("I also learned to let go of the code reviews; by spring I stopped reading every change "
            "and spent the time on the quay with passengers.",
            "I also learnt to drop the weekly status deck once the dashboard showed the same numbers."))
    # beside a result, a bare "I also learned" is a skill picked up on the way, and the item a claim
    text = judgment("I also learned enough SQL to pull the sailing data myself, and standby bookings "
                    "rose from 9% to 31% of foot passengers.")
    assert [item.kind for item in analyze(text).items if item.text.startswith("I also")] == ["claim"]


def test_a_vendor_turned_down_is_a_purchase_passed_on_not_a_stop() -> None:
    # a refusal whose object names who sells it passes on a purchase, as "passed on an outside
    # vendor" does: a choice
    judged(("I turned down the harbour vendor's request for a custom ticket feed, which would have "
            "taken the team a quarter; the vendor took the standard export instead.",
            "Turned down the marketing lead's request for a loyalty app, because standby booking "
            "served the same passengers."),
           ("My part: I turned down the vendor platform and had the team read the sailing data from "
            "the gates we already owned.",
            "Declined the supplier quote for new ticket gates and used the scanners the crews already "
            "carried."))


def test_the_stops_are_the_same_in_a_session() -> None:
    same_stops_in_a_session(judgment("I ran the standby scheme, and limited it to two sailings."),
                            judgment("I ran the standby scheme, and limited it to two sailings "
                                     "instead of nine."))


def test_years_in_the_old_field_are_an_engineering_past() -> None:
    # "my years in QA" says what "my years as a QA engineer" says, with the field for the title
    for said in ("My years in QA made me the one who asked what happens when the scanner is offline.",
                 "My time in software engineering taught me to ask for the failure cases first."):
        assert mentions(said) == 1, said
    # years in another field, or someone else's years, are no engineering past of the writer's
    for said in ("My years in retail taught me how a queue at the till feels.",
                 "Our QA lead's years in testing caught the offline case before launch."):
        assert mentions(said) == 0, said


def lead(note: str, first: str) -> bool:
    text = ("# Promotion document: Mira K., PM II, Ferry Bookings (L5 to L6)\n\n"
            f"{note}\n\n## 1. Standby booking\n\n{first}\n\n"
            "I scoped the first release to foot passengers only, leaving out cars and freight.\n")
    return analyze(text).reading.lead_is_outcome


def test_a_note_that_the_draft_is_written_together_is_no_opening() -> None:
    # "Written together:" says who wrote the draft, as "Written by ..." does: the first story is the lead
    outcome = ("I proposed standby booking after riding the morning sailings with foot passengers. I "
               "launched it on all six routes in April, and foot passengers now wait 9 minutes to board "
               "instead of 25, while standby fares added $1.4M in revenue.")
    assert lead("Written together: Mira's sections in her own words, with her manager's comments after "
                "each.", outcome)
    # after the same note, a first story with no outcome is still no outcome lead
    assert not lead("Written together: Mira's sections in her own words, with her manager's comments "
                    "after each.", "I ran the weekly standby review with the harbour crews.")
