"""Document fields by category of wording found on the packets p117-p124 and the blind writers before
them: the stopped and initiated lists and the lead. Each category has a small draft of our own that
should count and one that should not."""

from __future__ import annotations

from packetcoach import analyze

from judgment_calls import judged as judged_in, listed, same_stops_in_a_session


def judged(listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    judged_in(judgment, listed_calls, unlisted_calls)


def judgment(call: str) -> str:
    """A short self-assessment with one win and a judgment section holding the call each test tells."""
    return ("# Self-assessment: Ravi P., Senior PM, Allotment Bookings (L6)\n\n## Impact\n\n"
            "- Cut the wait for a council allotment plot from 14 months to 5 by letting growers share "
            "half plots.\n\n## Judgment\n\n"
            f"- {call}\n")


def test_a_narrowing_that_names_the_option_it_replaced_is_a_stop() -> None:
    # the guide's own example: "scoped it to one button instead of the calendar sync"; the part kept
    # may be long, with asides in brackets, before the option left out
    judged(("Scoped the first release to one borough (Hackney) and one plot size (half plots) "
            "instead of the city-wide waiting-list portal, and took the plan to the council myself.",
            "I narrowed the beta to 300 growers on the east side rather than the whole city, so the "
            "team could fix the booking rules before spring."),
           # a narrowing with nothing left out named in its clause, and "instead of" in another
           # clause, are no descope
           ("Scoped the first release to one borough and one plot size, and took the plan to the "
            "council myself.",
            "I scoped the booking page with three growers, and they signed up on their phones "
            "instead of queueing at the office."))


def test_a_proposal_turned_down_with_a_pronoun_is_a_stop() -> None:
    # "turned it down" is "turned down" with the thing refused before it
    judged(("The facilities lead had a $90,000 quote for sensor gates on his desk when I arrived. I "
            "turned it down and ran a pilot with padlock codes sent by text instead.",
            "Two councils asked for a printed plot directory; I turned them down because growers "
            "had already moved to the map."),
           # someone else turning it down, or a refusal of a refusal, is no stop of the writer's
           ("My proposal for a seed-swap market went to the council in March, and the committee "
            "turned it down.",
            "The council turned it down twice before we showed them the waiting-list numbers."))


def test_a_lesson_that_opens_with_a_request_turned_down_is_a_stop() -> None:
    # "I now ..." makes the item a lesson, but its opening tells the stop for the first time
    judged(("Turned down a request from the events director to build a custom report for one "
            "council, because it would have delayed plot sharing for every other borough; the "
            "director and I now review such requests together each month.",),
           # a lesson that names the stop as its subject, or only wishes it had been made
           ("Turning down the events director's report taught me to bring the waiting-list numbers "
            "to every request; I now review requests with him each month.",
            "I should have turned down the events director's custom report; I now review such "
            "requests with him each month."))


def test_a_cut_refused_is_a_thing_kept() -> None:
    # "refused to kill" was a thing kept; a cutting word after "refused to" is one too
    judged(("Killed the paper renewal letters after 92% of growers renewed by text.",),
           ("Refused to cut the Saturday opening hours from eight to four as finance asked until I "
            "had six weeks of visitor counts; the counts showed Saturday was the busiest day.",
            "I refused to drop the large-print booking form that the audit team wanted removed."))


def test_a_stop_phrase_told_round_its_object_is_a_stop() -> None:
    # "switched off" with the thing switched off between verb and particle
    judged(("I saw the complaints the same morning, switched the renewal reminders off, and rebuilt "
            "them to check the booking feed first.",
            "Called the raised-bed launch off two weeks before go-live when the supplier missed "
            "its delivery date."),
           # someone else's verb, a verb with no stop phrase of its own, and the particle out of reach
           ("The council switched the renewal reminders off during the election period.",
            "I turned the waiting-list page around in a week, and sign-ups doubled.",
            "I switched the renewal reminders to text messages and sent them off on Mondays."))


def test_a_measure_cut_by_dropping_a_wizard_is_no_stop() -> None:
    # the guide: a reduction that simplifies is no stop; a wizard is a part of a flow, as a screen is
    judged(("I scoped the booking app to half plots only and cut the sign-up form from 12 fields to 4.",
            "Dropped the seed-swap market from the spring release after only 3% of growers opened "
            "the preview."),
           ("Cut sign-up time for new growers from 30 minutes to 6 by dropping the five-screen wizard "
            "for a single page.",
            "Removed the plot-transfer wizard, which growers found slow, and transfers took a day "
            "instead of a week."))


def test_the_stops_are_the_same_in_a_session() -> None:
    same_stops_in_a_session(judgment("Scoped the first release to one borough."),
                            judgment("Scoped the first release to one borough (Hackney) instead of the "
                                     "city-wide portal."))


def started(sentence: str) -> list[str]:
    return listed("initiated_items", judgment(sentence))


def test_a_start_word_in_the_present_after_i_is_a_habit_not_a_start() -> None:
    # a habit the writer keeps ("before I start it", "I now begin ...") starts no project
    for sentence in ("The unused booking report taught me to ask who will read an analysis before I "
                     "start it.",
                     "I now begin each season by walking three allotment sites with the site leads."):
        assert started(sentence) == [], sentence
    # a start told in the past still counts
    for sentence in ("I started a seed-swap market for growers in March, and 600 growers used it by June.",
                     "Proposed and launched shared half plots, which cut the wait from 14 months to 5."):
        assert started(sentence) and started(sentence)[-1].startswith(sentence[:20]), sentence


def manager_case(closing: str) -> tuple[str, ...]:
    text = ("# Promotion to L6: Mia Laine, Allotment Bookings\n\nWritten by Jo Reyes, Senior Manager, Parks\n\n"
            "## Impact\n\nMia found that half the city's plots sat unused while 2,000 growers waited. She "
            "scrapped the plot-photo feature halfway through the build when the pilot showed growers "
            "never opened it, and put its two engineers on plot sharing. She cut the wait for a plot "
            "from 14 months to 5 for 2,000 growers.\n\n## Scope\n\nShe owns plot bookings across 40 "
            "sites. She sets the direction for two teams. She coached two site leads to run their own "
            "waiting lists.\n\n"
            f"{closing}\n")
    report = analyze(text)
    return tuple(report.item(i).text[:25] for i in report.reading.stopped_items)


def test_a_managers_recommendation_that_retells_the_case_adds_no_stop() -> None:
    # the closing "My recommendation" tells the stops again in brief, as a summary does
    retold = ("## My recommendation\n\nI recommend Mia for L6. The evidence above is what I will say "
              "in the room: she found the waiting-list gap, stopped a feature to fund it, and cut the "
              "wait to five months.")
    assert manager_case(retold) == ("She scrapped the plot-pho",)
    # the same sentence under a heading of results is a stop of its own
    told = retold.replace("My recommendation", "Results")
    assert len(manager_case(told)) == 2


def lead(opening: str) -> bool:
    text = ("# Self-assessment 2026: Allotment Bookings\n\n"
            f"{opening}\n\n"
            "- Scoped the booking app to half plots only and shipped it in six weeks.\n")
    return analyze(text).reading.lead_is_outcome


def test_a_first_claim_that_opens_with_the_career_move_is_no_outcome_lead() -> None:
    # the room reads the move into the role first, as it does when the move is a context item of its own
    assert not lead("I joined Allotment Bookings in January from the council's finance team, and by "
                    "June the wait for a plot had fallen from 14 months to 5 for 2,000 growers.")
    assert not lead("I came to product from nine years as a park ranger, and this year I cut the wait "
                    "for a plot from 14 months to 5 for 2,000 growers.")
    # the outcome first, with the move later in the item, is still the lead
    assert lead("Cut the wait for a council allotment plot from 14 months to 5 for 2,000 growers by "
                "letting them share half plots. I joined the team in January from the council's "
                "finance office.")
