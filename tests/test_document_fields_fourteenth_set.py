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


def test_direction_set_with_a_word_between_shows_ambiguity() -> None:
    # "set the direction" was read; the same claim with the area or the horizon between is the same
    # evidence: direction set where the writer had to choose it
    for said in ("I set pricing direction for the night fares and cut cancelled night rides for "
                 "commuters from 12% to 5%.",
                 "I set the three-year direction for e-bikes and grew monthly riders from 40,000 to "
                 "65,000."):
        assert analyze(draft(said), level="L6").reading.supported_level == "L6", said


def test_direction_only_of_something_else_or_not_the_writers_shows_none() -> None:
    # the same packet with no direction of the writer's, or a direction the writer did not set
    # (a context sentence about the market, not a claim with a result) stays at the first level
    for said in ("Cut cancelled night rides for commuters from 12% to 5% with a flat night fare.",
                 "The city changed direction on car-free streets in the spring."):
        assert analyze(draft(said), level="L6").reading.supported_level == "L5", said


def test_the_level_is_the_same_in_a_session() -> None:
    text = draft("I set pricing direction for the night fares and cut cancelled night rides for "
                 "commuters from 12% to 5%.")
    session = Session(level="L6")
    session.analyze(draft("Cut cancelled night rides for commuters from 12% to 5% with a flat night fare."))
    assert session.analyze(text).reading.supported_level == analyze(text, level="L6").reading.supported_level == "L6"
