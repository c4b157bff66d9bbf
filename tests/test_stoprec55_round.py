"""A stop told as the writer's recommendation that was taken (docs/accuracy.md, "A stop told as the
writer's recommendation that was taken"). Text in our own words.

"I recommended we drop it, and the director agreed": the writer's proposal of a stop with no "that"
before its clause (profile list `stops.bare_proposals`), a party's agreement after it
(`stops.agreements`), is the writer's stop, as "Recommended that we retire X; leadership agreed" was.
A stop word of the clause may be a lemma with "off" (`stops.switching_off`: "switch it off"). Told
after the writer's look at the thing ("I checked the logs: ..."), the story is named by that
sentence. A recommendation not taken, someone else's, or one to start something, is no stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach import analyze


def _stops(text: str) -> tuple[str, ...]:
    return analyze(text, level="L6").reading.stopped_items


@pytest.mark.parametrize("text", [
    "- I recommended we retire the paper rota; the head of nursing agreed.\n",
    "- I recommended we cancel the loyalty card relaunch, and the COO agreed.\n",
    "- I recommended we switch it off for good; the board agreed.\n",
    "- Recommended we drop the weekend courier tier; the regional director approved.\n",
])
def test_a_recommendation_to_stop_that_a_party_agreed_to_is_a_stop(text: str) -> None:
    assert len(_stops(text)) == 1


@pytest.mark.parametrize("text", [
    "- I recommended we retire the paper rota, but the head of nursing declined.\n",
    "- I recommended we retire the paper rota; the decision is with the head of nursing.\n",
    "- I recommended we launch the kiosk app, and the COO agreed.\n",
    "- I recommended we switch vendors for the kiosk, and the COO agreed.\n",
    "- The head of nursing recommended we retire the paper rota; the board agreed.\n",
    "- I recommended we retire the paper rota, and I agreed to run the handover.\n",
    "- I recommended we retire the paper rota; the head of nursing agreed and retired it in May.\n",
])
def test_a_recommendation_not_taken_someone_else_s_or_to_start_is_no_stop(text: str) -> None:
    assert _stops(text) == ()


STORY = ("## Other work\n\n"
         "**The courier app.** We had spent £90,000 on an app for couriers to log drops. I checked the logs: "
         "4% of couriers had opened it in a year. I recommended we switch it off and put the money into "
         "paper manifests, and the operations director agreed. Missed drops did not rise.\n")


def test_the_story_is_named_by_the_writer_s_look_before_the_recommendation() -> None:
    assert _stops(STORY) == ("i-checked-the-logs-4",)


def test_a_story_whose_recommendation_was_declined_stops_nothing() -> None:
    assert _stops(STORY.replace("the operations director agreed", "the operations director declined")) == ()


def test_the_words_are_the_profile_s(tmp_path: Path) -> None:
    path = tmp_path / "bare.toml"
    path.write_text('[profile]\nname = "bare"\nextends = "amazon-pm"\n\n[stops]\nbare_proposals = []\n'
                    'switching_off = []\n', encoding="utf-8")
    text = "- I recommended we cancel the loyalty card relaunch, and the COO agreed.\n"
    assert analyze(text, level="L6", profile=str(path)).reading.stopped_items == ()
    assert analyze(STORY, level="L6", profile=str(path)).reading.stopped_items == ()
