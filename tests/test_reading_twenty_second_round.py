"""Drafts read as a coach would, a twenty-second round. A sentence offered to the room that makes a
senior party the object of the writer's verb ("I showed him that ...", "the trial she wanted") keeps
the sentence before it that names the party and tells their ask ("The head of retail wanted ...");
when the two do not fit the word limit together, the story offers no sentence the room cannot
repeat alone. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.coach.noinvent import invented
from packetcoach.coach.sentences import MAX_WORDS, room_sentences

BAKERY = """# Self-assessment 2026: Mina Castell, PM, Bakery Deliveries (L6)

I own the ordering site through which 900 cafés order bread from our three bakeries.

## What I delivered

- Launched standing orders for cafés in March; cafés on a standing order now reorder 4 days in 5,
  up from 2 days in 5, and late deliveries fell from 12% to 5%.
- The head of retail wanted a discount for every café that ordered before noon. I ran a four-week
  test at 40 cafés and showed him that early orders rose only 3%, and the discount was dropped.
- Rebuilt the delivery slot picker with the drivers' team.
"""

NAMED = BAKERY.replace("I ran a four-week\n  test at 40 cafés and showed him", "I ran a four-week\n  test at 40 cafés and showed the head of retail")

WHOSE = BAKERY.replace("I ran a four-week\n  test at 40 cafés and showed him that early orders rose only 3%",
                       "I ran a four-week\n  test at 40 cafés in front of her team, and early orders rose only 3%")

LONG = BAKERY.replace("The head of retail wanted a discount for every café that ordered before noon.",
                      "The head of retail wanted a discount for every café that ordered before noon, paid for out of "
                      "the delivery budget, for the whole of the summer, at every one of the three bakeries.")


def _room(text: str) -> list[str]:
    return [s.text for s in room_sentences(analyze(text))]


def _discount(room: list[str]) -> list[str]:
    return [s for s in room if "early orders" in s]


def test_the_party_a_pronoun_points_at_is_named_in_the_room() -> None:
    said = _discount(_room(BAKERY))
    assert said == ["The head of retail wanted a discount for every café that ordered before noon; I ran a four-week "
                    "test at 40 cafés and showed him that early orders rose only 3%, and the discount was dropped."]
    assert not invented(said[0], BAKERY, analyze(BAKERY).rubric)


def test_a_party_the_sentence_names_itself_adds_nothing() -> None:
    said = _discount(_room(NAMED))
    assert said and all(s.startswith("I ran a four-week test") for s in said)


def test_whose_team_is_not_whom_the_writer_told() -> None:
    said = _discount(_room(WHOSE))
    assert said and all(s.startswith("I ran a four-week test") for s in said)


def test_no_sentence_for_the_room_when_the_party_does_not_fit() -> None:
    ask = "The head of retail" + LONG.split("The head of retail", 1)[1].split(".", 1)[0]
    told = "I ran a four-week test at 40 cafés and showed him that early orders rose only 3%, and the discount was dropped."
    assert len(ask.split()) + len(told.split()) > MAX_WORDS
    room = _room(LONG)
    assert not _discount(room)
    assert any(s.startswith("Launched standing orders") for s in room)  # the other story is said as before


def test_a_session_reads_this_round_s_drafts_as_a_fresh_analysis_does() -> None:
    from packetcoach.output.json import report_json

    session = Session()
    for text in (BAKERY, LONG, NAMED, BAKERY):
        assert report_json(session.analyze(text)) == report_json(analyze(text))
