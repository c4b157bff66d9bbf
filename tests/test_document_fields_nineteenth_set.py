"""Document fields by category of wording found on the packets p141-p148 and the blind writers before
them: the stopped list and the opening level claim. Each category has a small draft of our own that
should count and one that should not."""

from __future__ import annotations

from packetcoach import analyze

from judgment_calls import judged as judged_in


def judged(listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    judged_in(judgment, listed_calls, unlisted_calls)


def judgment(call: str, heading: str = "Judgment", marker: str = "- ") -> str:
    """A short self-assessment with one win and a section holding the call each test tells (a
    bullet under "Judgment", or a paragraph under another heading)."""
    return ("# Self-assessment: Tove R., Senior PM, Library Loans (L6)\n\n## Impact\n\n"
            "- Cut the wait for a reserved e-book from 21 days to 6 for library members by lending "
            f"titles in two-week slots.\n\n## {heading}\n\n{marker}{call}\n")


def test_a_stop_told_as_a_passive_with_no_call_of_the_writers_is_no_stop() -> None:
    # the writer's own stop, and a passive the item says was the writer's call, are stops; a thing
    # "was switched off" or "was shelved" in the writer's story, with nobody's call named, is not
    # (the writers label such a passive no stop of the writer's)
    judged(("I also spent the spring on audiobook loans, which I grew from 3,000 to 9,000 a month, "
            "and I switched off the printed-catalogue mailer in June.",
            "The audio-only tier was cut on my call in June, after 40 of 2,000 members took it, and "
            "its budget went to lending slots."),
           ("I also spent the spring on audiobook loans, which I grew from 3,000 to 9,000 a month; "
            "a paid audio tier was tried in May and it was switched off in June.",
            "I ran the interviews on kids' accounts with 30 parents, and the reading-badges feature "
            "was shelved in June."))


def case_draft(heading: str, case: str) -> str:
    """A short draft whose first section, under ``heading``, states the case; a story follows."""
    return ("# Promotion document: Tove R., PM to Senior PM (L6), Library Loans\n\n"
            f"## {heading}\n\n{case}\n\n## Stories\n\n"
            "- Cut the wait for a reserved e-book from 21 days to 6 for library members by lending "
            "titles in two-week slots.\n")


def test_a_level_claim_under_the_case_in_one_sentence_is_the_opening_claim() -> None:
    # "The case in one sentence" opens the draft with the claim the stories prove, as a level claim
    # with no heading does: a claim, judged and read as the lead; a level claim under a heading that
    # tells the draft again ("In brief", "What I'd tell the committee") is still context
    case = ("I already operate at L6: I set the lending direction for the city's 14 branches, and this "
            "year I raised e-book loans for library members from 40,000 to 95,000 a month.")
    report = analyze(case_draft("The case in one sentence", case), profile="amazon-pm", level="L6")
    first = report.items[0]
    assert first.text.startswith("I already operate at L6") and first.kind == "claim" and first.ready
    assert report.reading.lead_is_outcome
    for heading in ("In brief", "What I'd tell the committee"):
        closing = analyze(case_draft(heading, case), profile="amazon-pm", level="L6")
        assert closing.items[0].text.startswith("I already operate at L6") and closing.items[0].kind == "context"


def test_a_quantity_chosen_over_the_one_asked_for_is_a_term_set_not_a_stop() -> None:
    # an option under way or asked for, passed over, is a stop even with a number in its name; a bare
    # quantity passed over (a number and its unit, then the clause about it) is a term set, a choice
    judged(("I chose a shared holds shelf over the $90k locker system the facilities lead had "
            "proposed, and 3,000 members a month now collect without a queue.",
            "I chose one renewal reminder over the 6-step email series marketing had asked for, and "
            "renewals rose from 61% to 70%."),
           ("I chose 14 days from a year of loan data over the 21 days the branch heads asked for, "
            "because at 21 days holds sat unread.",
            "I chose a 5% late-return grace over the 10% that the branch heads wanted, and returns "
            "came back 2 days sooner."))


def bet_draft(bet: str) -> str:
    """A short draft with one win and a calculated risk told in a paragraph of its own."""
    return judgment(bet, "A calculated risk", "")


def test_a_bet_stopped_with_a_stop_phrase_round_it_is_one_story_and_a_stop() -> None:
    # a bet told in order, its shortfall, then "so I switched it off": one story named by the bet,
    # a stop; the bet switched on for everyone is none
    listed = [analyze(bet_draft(bet)).reading.stopped_items for bet in (
        "I proposed a $2 express-hold option for new titles. It did not pay off: 0.8% of members "
        "took it in an eight-week test, against the 4% we needed, so I switched it off at the end "
        "of the test.",)]
    assert all(len(stops) == 1 and stops[0].startswith("i-proposed-a") for stops in listed), listed
    for bet in ("I proposed a $2 express-hold option for new titles. It did not pay off at first: 0.8% "
                "of members took it in an eight-week test, so I switched it on for every branch.",):
        assert analyze(bet_draft(bet)).reading.stopped_items == (), bet


def test_a_thing_pulled_with_the_time_it_was_pulled_is_a_stop() -> None:
    # the writer pulled a thing named in a few words, then when: a thing in use taken away; records
    # pulled to read, a thing pulled "from" somewhere until a fix, and a pull with no time are none
    judged(("I pulled the renewal reminder the next morning, when 300 members wrote in confused, and "
            "rewrote it with the branch staff.",
            "I pulled the reading-streak widget two weeks after launch, when I saw it nagged children "
            "at bedtime.",
            "I pulled the audiobook carousel in May, after 2% of members ever opened it."),
           ("I pulled the loan logs from the three busiest weeks and saw most holds expire unread.",
            "I pulled the fine estimate from the app until it was fixed, which kept 4,000 members "
            "from overpaying.",
            "I pulled the branch managers together and agreed one holds policy for the city."))


def test_a_thing_cut_from_a_plan_named_with_a_word_before_it_is_a_stop() -> None:
    # "cut X from the spring scope", "dropped X from the Q3 roadmap": the plan named with a word or
    # two before its noun, as "from scope" and "from the roadmap" are; a number cut from a plan's
    # figure, and a plan noun that only describes something else, are none
    judged(("In April I cut offline reading lists from the spring scope, because only 3% of loans "
            "started without a connection.",
            "I dropped the branch-chat feature from the Q3 roadmap after 12 of 14 branch heads said "
            "they would not staff it."),
           ("In April I cut the overdue backlog from the spring plan levels of 9,000 loans to 2,000 by "
            "texting members a day early.",
            "In April I cut the wait for a reserved title from the spring peak of 30 days to 9."))
