"""Document fields by category of wording found on the packets p125-p132 and the blind writers before
them: the stopped and initiated lists. Each category has a small draft of our own that should count and
one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze

from judgment_calls import judged as judged_in, mentions


def judgment(call: str) -> str:
    """A short self-assessment with one win and a paragraph holding the call each test tells."""
    return ("# Self-assessment: Odile P., Senior PM, Ferry Tickets (L6)\n\n## Impact\n\n"
            "- Cut the queue for foot passengers at the quay from 25 minutes to 8 by scanning phone "
            "tickets at the gate.\n\n## Other work\n\n"
            f"{call}\n")


def test_a_stop_joined_to_a_verb_of_we_is_no_stop_of_the_writers() -> None:
    # "I ... and retired X" is the writer's stop; "so we kept it and retired the long one" joins the stop
    # to "we", and a "we" stop counts only when the writer's own call is stated
    judged_in(judgment,
              ("I also rebuilt the sailing-change texts and retired the old email alerts in May, after "
               "only 3% of passengers opened them.",
               "I also tried a shorter booking page with 6,000 passengers, and I made the call: we kept "
               "it and retired the long one.",
               "I mapped the refund flow that passengers said we were slowing and stopped the paper "
               "refund form in June."),
              ("I also tried to improve our reminder texts. We tested two versions with 5,000 "
               "passengers, and the shorter one raised check-ins by 6%, so we kept it and retired the "
               "long one.",
               "I wrote the brief for the timetable emails; later we merged them and retired the old "
               "template."))


def manager_draft(paragraph: str) -> str:
    return ("# Promotion to L6: Nora Vale, Ferry Tickets\n\nWritten by Sam Hale, Director, Passenger "
            "Products\n\n## Impact\n\nNora found that foot passengers waited longer than cars at every "
            "quay. She cut their queue from 25 minutes to 8 by scanning phone tickets at the gate.\n\n"
            "## Scope\n\nShe owns ticketing across 6 routes. She sets the direction for two teams.\n\n"
            "## Judgment\n\n"
            f"{paragraph}\n")


def stopped(text: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text for i in report.reading.stopped_items]


def test_a_stop_word_in_the_present_third_person_tells_a_habit_not_a_stop() -> None:
    # a manager's "She stops things early." says what the candidate does, as "before I start it"
    # does; the stop told after it in the past is the one listed
    habit = manager_draft("She stops things early. In March she ended the cabin-upgrade auction in its "
                          "second month, when only 1% of passengers bid, and gave its engineer to "
                          "refunds.")
    assert [text[:20] for text in stopped(habit)] == ["In March she ended t"]
    assert stopped(manager_draft("She kills weak bets fast.")) == []
    # the same stop told in the past stays a stop, and the reading is the same in a Session
    told = manager_draft("She stopped the cabin-upgrade auction in its second month, when only 1% of "
                         "passengers bid, and gave its engineer to refunds.")
    assert [text[:20] for text in stopped(told)] == ["She stopped the cabi"]
    session = Session()
    session.analyze(told)
    assert session.analyze(habit).reading.stopped_items == analyze(habit).reading.stopped_items


def started(sentence: str) -> list[str]:
    text = ("# Self-assessment 2026: Ferry Tickets\n\n"
            f"{sentence}\n\n"
            "- Cut the queue for foot passengers at the quay from 25 minutes to 8 by scanning phone "
            "tickets at the gate.\n")
    report = analyze(text)
    return [report.item(i).text for i in report.reading.initiated_items]


def test_started_by_doing_something_starts_no_project() -> None:
    # "I started by riding ..." is the first step of the writer's year, not a project, product or
    # programme begun (docs/labelling-guide.md, "initiated_items")
    for sentence in ("I started by riding the morning crossings for two weeks, which showed me where "
                     "passengers queue.",
                     "I began by reading 300 refund emails from foot passengers."):
        assert started(sentence) == [], sentence
    # a start told with its thing still counts, and so does a start after the first step
    for sentence in ("I started a standby list for foot passengers in March, and 900 passengers used it "
                     "by June.",
                     "I started by reading 300 refund emails, then proposed and launched one-tap refunds "
                     "for foot passengers."):
        assert started(sentence), sentence


def test_an_operations_engineers_past_is_a_mention_of_the_engineering_past() -> None:
    # a site reliability or DevOps engineer's past, told by its title as "my SDE years" is (p130, and
    # p90's "my DevOps habits" of another writer)
    for sentence in ("I moved from the harbour SRE team to product management in April.",
                     "My SRE years made the outage quick to read: I rolled back within ten minutes.",
                     "My DevOps habits showed: I wrote a runbook before the first release."):
        assert mentions(sentence) == 1, sentence
    # the team named as someone else, or habits that are no engineering past, are not
    for sentence in ("The SRE team paged me at night, and I moved the alert to office hours.",
                     "My SRE team and I agreed on one on-call rota for the quay gates.",
                     "My habits as a PM come from five years in ticket sales."):
        assert mentions(sentence) == 0, sentence
