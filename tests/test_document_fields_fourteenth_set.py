"""Document fields by category of wording found on the packets p93-p100 and the blind writers before
them: the level the work supports. Each category has a small draft of our own that should count and
one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def draft(direction: str) -> str:
    """A short L6 self-assessment whose scope cue is teams building from the writer's roadmap; the
    sentence each test fills in decides whether the work also shows direction set under ambiguity."""
    return ("# Self-assessment: Maren T., Senior PM, Bike Share\n\n"
            "Three engineering teams build from the rental roadmap I set.\n\n"
            "## Impact\n\n"
            f"- {direction}\n"
            "- Cut failed unlocks for riders in the old town from 9% to 2% by moving docks off the "
            "cobbled streets, and weekend rentals rose 18%.\n")


def _direction(said: str) -> tuple[str, ...]:
    """The items that show L6 ambiguity (the bar a level needs is read elsewhere: the level asked for is
    met on one dimension, so the supported level alone would not tell the cue apart)."""
    return analyze(draft(said), level="L6").reading.level_evidence["L6"]["ambiguity"]


def test_direction_set_with_a_word_between_shows_ambiguity() -> None:
    # "set the direction" was read; the same claim with the area or the horizon between is the same
    # evidence: direction set where the writer had to choose it
    for said in ("I set pricing direction for the night fares and cut cancelled night rides for "
                 "commuters from 12% to 5%.",
                 "I set the three-year direction for e-bikes and grew monthly riders from 40,000 to "
                 "65,000."):
        assert _direction(said), said


def test_direction_only_of_something_else_or_not_the_writers_shows_none() -> None:
    # the same packet with no direction of the writer's, or a direction the writer did not set
    # (a context sentence about the market, not a claim with a result) stays at the first level
    for said in ("Cut cancelled night rides for commuters from 12% to 5% with a flat night fare.",
                 "The city changed direction on car-free streets in the spring."):
        assert not _direction(said), said


def test_the_level_is_the_same_in_a_session() -> None:
    text = draft("I set pricing direction for the night fares and cut cancelled night rides for "
                 "commuters from 12% to 5%.")
    session = Session(level="L6")
    session.analyze(draft("Cut cancelled night rides for commuters from 12% to 5% with a flat night fare."))
    assert session.analyze(text).reading.supported_level == analyze(text, level="L6").reading.supported_level == "L6"


def listed(field: str, text: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text for i in getattr(report.reading, field)]


def stopped(text: str) -> list[str]:
    return listed("stopped_items", text)


def judgment(call: str) -> str:
    """A short self-assessment with one win and a judgment section holding the call each test tells."""
    return ("# Self-assessment: Otto V., Senior PM, Farm Supplies (L6)\n\n## Impact\n\n"
            "- Cut the time growers wait for a seed order from 9 days to 4 by routing orders to the "
            "nearest depot.\n\n## Judgment\n\n"
            f"- {call}\n")


def judged(field: str, listed_calls: tuple[str, ...], unlisted_calls: tuple[str, ...]) -> None:
    """Each call of the first group is listed in ``field`` as its own item; none of the second is."""
    for call in listed_calls:
        assert any(text.startswith(call[:20]) for text in listed(field, judgment(call))), call
    for call in unlisted_calls:
        assert listed(field, judgment(call)) == [], call


def test_an_option_passed_on_that_someone_proposed_or_asked_for_is_a_stop() -> None:
    judged("stopped_items",
           ("Passed on the €250,000 yield-forecast engine the data team had proposed, because the "
            "depot counts already told us what to stock.",
            "I also passed on the dealers' request for a separate ordering app for each region, "
            "since one app with a region filter served them all."),
           # a vendor passed on is a choice; a thing passed on to someone is handed on; nothing proposed
           ("Passed on a $90K forecasting vendor the finance team had proposed and used the "
            "depot counts we already had.",
            "Passed on the depot notes the regional director asked for to the design team, "
            "who used them for the new order screen.",
            "Passed on the yield-forecast engine and kept the depot counts."))


def test_the_stops_are_the_same_in_a_session() -> None:
    text = judgment("Passed on the €250,000 yield-forecast engine the data team had proposed.")
    session = Session()
    session.analyze(judgment("Passed on the yield-forecast engine."))
    assert session.analyze(text).reading.stopped_items == analyze(text).reading.stopped_items != ()


def test_a_launch_refused_until_a_bar_or_a_date_is_a_hold_not_a_stop() -> None:
    judged("stopped_items",
           # a refusal with no bar or date after the launch is still the writer's stop
           ("Refused to launch the loyalty card for hobby growers and moved its two engineers to "
            "depot routing.",),
           ("Refused to launch the reorder button until it matched the depot counts on 95% of "
            "last season's orders; it shipped a month later.",
            "Refused the sales director's request to open the spring catalogue before the seed "
            "counts were checked."))


def test_a_stop_whose_subject_is_a_hyphenated_noun_is_not_the_writers() -> None:
    # "bin-return jams still stopped a lane": the jams stopped it, as "cold store delays" already read
    judged("stopped_items",
           ("I killed the depot pickup app because cold-store staff never opened it; growers now get "
            "96% of orders the next day.",),
           tuple(f"I moved the depot cut-off to 6 p.m. because {subject} killed the morning run; growers "
                 "now get 96% of orders the next day." for subject in ("cold-store delays", "cold store delays")))


def test_a_start_in_a_series_of_the_writers_verbs_is_the_writers() -> None:
    # "she mapped the steps, proposed one checklist, and got each director to sign it": the middle
    # verb of the series is the writer's as "mapped ... and proposed" already was; a proposed thing
    # in a list, or a series in another sentence than the writer's verb, starts nothing
    judged("initiated_items",
           ("I mapped the nine steps of a seed order, proposed a single order page for all depots, and "
            "got each depot manager to sign it; abandoned orders from growers fell from 30% to 12%.",
            "Mapped the nine steps of a seed order, proposed a single order page for all depots, and got "
            "each depot manager to sign it; abandoned orders from growers fell from 30% to 12%."),
           ("I compared three fee options, proposed fees among them, and chose the flat fee; abandoned "
            "orders from growers fell from 30% to 12%.",
            "I mapped the nine steps of a seed order. Later, proposed changes came from the depots, and "
            "got a page of their own."))
