"""Document fields by category of wording found on the packets p277-p292 (the thirty-seventh and
thirty-eighth blind sets) and the blind writers before them: the lists. Each category has a small
draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def stopped(text: str) -> list[str]:
    found = list(analyze(text).reading.stopped_items)
    assert list(Session().analyze(text).reading.stopped_items) == found
    return found



def test_a_lessons_own_close_round_it_is_the_writers_stop() -> None:
    # a bet or a trial told as a lesson, then "I closed it" / "I ended it": the writer's own stop,
    # told there for the first time, whatever the lesson's other cut words say
    bet = ("# Self-assessment\n\n## A calculated risk that did not pay off\n\n"
           "- I proposed a night phone line for farm owners to ask a vet nurse before booking, expecting it "
           "to cut small visits. We ran it for three months; 2% of owners used it. I closed it in May and moved "
           "the two nurses to urgent triage. The lesson: I now test what owners do, not what they say.\n")
    assert len(stopped(bet)) == 1
    trial = ("# Self-assessment\n\n## What did not work\n\n"
             "- The rainy-day discount (cheap tickets sent the night before a storm) ran for four weekends in "
             "May. It sold about 800 tickets but most went to visitors who had already booked, so it gave "
             "away margin. I ended it and would not run it again without a control group.\n")
    assert len(stopped(trial)) == 1
    # a lesson that says the writer should have ended it made no stop, and one that names only a
    # measure the bet was meant to cut stops nothing either
    late = ("# Self-assessment\n\n## What did not work\n\n"
            "- The rainy-day discount ran for four weekends in May and gave away margin. I should have ended "
            "it after the first weekend, and I now set a stop rule before any discount runs.\n")
    assert stopped(late) == []
    hoped = ("# Self-assessment\n\n## A calculated risk that did not pay off\n\n"
             "- I proposed a night phone line for farm owners, expecting it to cut small visits. Only 2% of "
             "owners used it, and it is still running while we test a cheaper version.\n")
    assert stopped(hoped) == []


def test_a_close_told_in_its_own_sentence_names_the_story_it_closes() -> None:
    # "I pulled it after five weeks." read as an item of its own: the stop is the story's, named by
    # the writer's deed that opened it, past the results told between
    text = ("# Self-assessment\n\n## Bets that did not\n\n**Surge pricing for visitors.** I pushed to launch "
            "demand-based pricing for visiting boats at four harbours in May. Visitors' bookings fell 8% in "
            "the first month and harbour staff said regulars felt cheated. I pulled it after five weeks. The "
            "lesson: I tested the price engine, not the regulars' reaction.\n")
    report = analyze(text)
    found = stopped(text)
    assert [report.item(i).text[:13] for i in found] == ["I pushed to l"]
    # a close of something the paragraph only reports, with no deed of the writer's before it,
    # stays where it is told
    other = ("# Self-assessment\n\n## Bets that did not\n\nVisitors' bookings fell 8% in the first month "
             "after the harbour office launched surge pricing. I pulled it after five weeks.\n")
    report = analyze(other)
    assert [report.item(i).text[:12] for i in stopped(other)] == ["I pulled it "]


def test_a_stop_told_again_later_in_its_paragraph_is_one_stop() -> None:
    # the regret or the reason told after the stop, round "it" (also "I had killed it") or a
    # description with "a" ("I stopped a good bet too early"), tells the same stop again
    for again in ("I had killed it on sign-up counts that measured our silence, not their need.",
                  "I stopped a good bet too early, and I have asked the council to run it again next year."):
        text = ("# Self-assessment\n\nIn June I stopped the late-night pickup feature on two routes because it had "
                "only 200 uses in a month. In August a survey showed most riders had never heard of it. "
                f"{again} We restarted it in October with posters at 30 stops.\n")
        found = stopped(text)
        assert [analyze(text).item(i).text[:16] for i in found] == ["In June I stoppe"], again
    # a second thing stopped by name in the same paragraph is a stop of its own
    two = ("# Self-assessment\n\nIn June I stopped the late-night pickup feature on two routes because it had "
           "only 200 uses in a month. I also stopped the printed night timetable, which cost £40K a year.\n")
    assert len(stopped(two)) == 2


def test_a_stop_after_and_with_someone_elses_subject_is_theirs() -> None:
    # "I argued against it ... and he dropped it": the writer won the argument, the stop is his
    for who in ("he", "she", "they"):
        text = ("# Self-assessment\n\n## Where I fell short\n\nThe sales director asked me in June to add a £2 "
                f"booking fee to every order. I argued against it with the refund data and {who} dropped it, "
                "but I brought no other way to pay the card costs, so they are still over budget.\n")
        assert stopped(text) == [], who
    # the writer's own stop joined by "and" stays the writer's
    own = ("# Self-assessment\n\nI read the refund data with the sales director and dropped the £2 booking fee "
           "plan in June, which kept 300 small shops on the platform.\n")
    assert len(stopped(own)) == 1


def started(text: str) -> list[str]:
    found = list(analyze(text).reading.initiated_items)
    assert list(Session().analyze(text).reading.initiated_items) == found
    return found


def test_a_push_told_under_a_heading_of_bets_that_failed_is_a_risk_proposed() -> None:
    # the heading tells the bet, so "I pushed to launch ..." there is a calculated risk the writer
    # proposed: a start, as "I pushed for X, betting that ..." is anywhere
    for heading, push in (("Bets that did not", "I pushed to launch"),
                          ("A calculated risk that did not pay off", "I pushed for")):
        text = (f"# Self-assessment\n\n## {heading}\n\n**Evening prices.** {push} peak pricing for evening "
                "classes at four gyms in March. Evening sign-ups fell 7% and members said they felt cheated. "
                "The lesson: I tested the price, not the members' reaction.\n")
        assert len(started(text)) == 1, heading
    # the same push told as a result, or under a heading of lessons learned, tells no bet
    for heading in ("Results", "What I learned"):
        text = (f"# Self-assessment\n\n## {heading}\n\nI pushed to launch peak pricing for evening classes at four "
                "gyms in March, and evening revenue rose 6% while sign-ups held.\n")
        assert started(text) == [], heading


def test_a_heading_that_tells_where_the_story_began_lists_no_starts() -> None:
    # "Where we started", "How it started": the starting point, a background, not "What I started"
    body = ("In 2022 home repairs were a pilot in two towns: 4,000 jobs a year, 12% of visits failing, and a "
            "9-day wait. The plan treated repairs as an extra for private tenants.\n")
    for heading in ("Where we started", "How it started", "When it started"):
        text = f"# Self-assessment\n\n## {heading}\n\n{body}"
        assert started(text) == [], heading
    # the writer's own list of starts, and a heading that says how the writer ended a thing, still count
    listed = ("# Self-assessment\n\n## Started\n\n- A same-day repair line for 900 older tenants; missed visits "
              "fell from 12% to 4%.\n")
    assert len(started(listed)) == 1
    ended = ("# Self-assessment\n\n## How I stopped it\n\n- The weekend repair pilot, after six weeks and 40 "
             "jobs, because it cost £90 a job more than weekday visits.\n")
    assert len(stopped(ended)) == 1


MANAGERS_DRAFT = (
    "# Promotion document: Ines Moreau, PM to Senior PM (L5 to L6)\n\nWritten by Tom Hale, Director, Water "
    "Services\n\n## Summary\n\nInes owns leak repair scheduling for the 9 districts that contract with us, "
    "covering about 40,000 homes. She is already doing the L6 job: she took open leak reports from 700 to 90 "
    "across three teams she does not manage. I am recommending her for promotion.\n\n## Stories\n\nIn March "
    "about 700 leak reports were past their repair date. Ines proposed booking crews from the districts' own "
    "rosters, and open reports fell from 700 to 90 by October.\n\n## {heading}\n\nI spent my first month on the "
    "crews' vans. I stopped the night-shift pilot in May because it cost £80 a job more, and I would run it "
    "again with a smaller crew. I started a weekly call with the district leads, and repeat visits fell by "
    "a third.\n")


def test_a_section_in_the_candidates_own_words_under_the_name_is_the_candidates() -> None:
    # "## In Ines's words": the candidate's "I", not the manager's, so the draft stays told of her
    # and her remit line opens it
    text = MANAGERS_DRAFT.format(heading="In Ines's words")
    report = analyze(text, doc_type="promotion", level="L6")
    assert report.items[1].kind == "scope"
    assert lead(text) is False
    # the same section named by the manager as speaker is the manager's: the candidate's own remit
    # line is then no longer read as hers
    managers = MANAGERS_DRAFT.format(heading="Manager's view")
    assert analyze(managers, doc_type="promotion", level="L6").items[1].kind != "scope"


def lead(text: str) -> bool:
    found = analyze(text, doc_type="promotion", level="L6").reading.lead_is_outcome
    assert Session(doc_type="promotion", level="L6").analyze(text).reading.lead_is_outcome == found
    return found
