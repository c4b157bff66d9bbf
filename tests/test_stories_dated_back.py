"""A deed of the writer's dated by what the sentence before it told ("... I told the cooperatives the
same week ...", "I cut the shift that afternoon"): the deed answers that event, and both sentences
are one story, named by the first, as the room reads a mistake and its repair. Drafts of our own that
should join and that should not."""

from __future__ import annotations

from test_document_fields_twenty_fifth_set import story, story_items

from packetcoach import Session, analyze

# a mistake that reads finished on its own, a correction of a figure the writer reported, and the
# writer's repair of the mistake with its result
MISTAKE, CORRECTION, REPAIR = (
    "In the spring release I set the pickup radius too wide, and 400 growers waited up to three days for "
    "their crate collections. ",
    "Honest correction: the packing-speed gain I reported for our 300 growers in March did not hold. By "
    "June their crates were packed on time only 81% of the time. ",
    "cut the radius back to 20 miles and paid the growers' storage costs; all three renewed in the autumn.")


def ready(text: str) -> list[str]:
    return [item.text[:24] for item in analyze(text).items if item.ready]


def test_the_writers_repair_dated_by_the_sentence_before_is_one_story_named_by_it() -> None:
    # the mistake already reads finished on its own, so only the date joins the repair to it; so
    # does a correction of a figure the writer reported, and a repair with no result of its own
    joined = (MISTAKE + "I told the three grower cooperatives the same week that it was my error, " + REPAIR,
              CORRECTION + "I cut the packing shift to six hours the same week, and on-time packing for "
              "those growers came back to 94% by July.",
              MISTAKE + "I called the three grower cooperatives that afternoon, said it was my error, cut the "
              "radius back to 20 miles and paid the growers' storage costs.")
    for told in joined:
        assert story_items(told) == [told[:24]], told
        assert ready(story(told)) == [told[:24]], told
        assert [i.text for i in Session().analyze(story(told)).items] == [i.text for i in analyze(story(told)).items]


def test_a_repair_not_dated_by_the_event_before_stays_a_story_of_its_own() -> None:
    apart = (
        # no time at all
        MISTAKE + "I told the three grower cooperatives that it was my error, " + REPAIR,
        # a time the profile does not list ("that week" also opens "In that week's release")
        CORRECTION + "I cut the packing shift to six hours in that week, and on-time packing for those "
        "growers came back to 94% by July.",
        # the time stands after "that", in what the writer told them: no deed dated by the event
        MISTAKE + "I told the three grower cooperatives that vans would now come the same day a crate is "
        "full, " + REPAIR,
    )
    for told in apart:
        assert len(story_items(told)) == 2, told
