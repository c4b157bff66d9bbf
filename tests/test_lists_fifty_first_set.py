"""The initiated and stopped lists by category of wording found on the packets p389-p404 (the
fifty-first and fifty-second blind sets) and the corpus writers before them. Each category has a
small draft of our own that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def listed(text: str, field: str, width: int = 16) -> list[str]:
    report = analyze(text)
    found = list(getattr(report.reading, field))
    assert list(getattr(Session().analyze(text).reading, field)) == found
    return [report.item(i).text[:width] for i in found]


def test_a_harm_word_that_names_a_thing_built_is_no_harm() -> None:
    # "the planned garden waste app": "waste" names what the app is for, the stop ends the app
    for text in ("# Self-assessment\n\n## The year\n\nI stopped the planned garden waste app, which had a budget "
                 "of £180k, after finding that 85% of garden waste customers renew by direct debit. The money "
                 "went to the routing work instead.\n",
                 "# Self-assessment\n\n## The year\n\nI killed the fraud portal that the risk team had started, "
                 "after the card network's own scores caught 96% of the same cases.\n"):
        assert len(listed(text, "stopped_items")) == 1
    # a harm stopped is still no stop of a project ("stopped the fraud ring", "cut the waste")
    for text in ("# Self-assessment\n\n## The year\n\nI stopped the fraud ring that had opened 140 accounts in "
                 "March by matching payout addresses across sellers.\n",
                 "# Self-assessment\n\n## The year\n\nI cut the food waste at our two kitchens by 30% by ordering "
                 "against the next day's bookings.\n"):
        assert listed(text, "stopped_items") == []


def test_a_party_that_agrees_to_a_pilot_after_the_evidence_had_no_ask_stopped() -> None:
    # the ask is answered with evidence and the party agrees to a pilot: a launch order, no stop
    pilot = ("# Self-assessment\n\n## The year\n\nThe head of waste had wanted a borough-wide switch in one "
             "weekend. I showed him that a bad weekend would leave 40,000 households without a collection, "
             "and he agreed to the pilot.\n")
    assert listed(pilot, "stopped_items") == []
    # the same answer with the ask dropped stays the writer's stop
    dropped = ("# Self-assessment\n\n## The year\n\nThe CTO asked for a $120,000 monitoring tool. I showed him "
               "that our existing log search already caught every alert type, and the purchase was dropped.\n")
    assert len(listed(dropped, "stopped_items")) == 1


def test_a_refusal_of_a_launch_on_time_is_a_hold() -> None:
    # asked to launch on time, the writer declined until a bar was met: the thing shipped later
    hold = ("# Self-assessment\n\n## The year\n\nI asked the team to add sibling booking first, and sibling "
            "bookings went from 0 to 2,900 that term. The director asked me to launch on time. I declined, "
            "with a one-page note showing that 36% of our families have more than one child in lessons.\n")
    assert listed(hold, "stopped_items") == []
    # asked to launch a new thing, the writer declined: the thing was never built, a stop
    refused = ("# Self-assessment\n\n## The year\n\nI cut late refills for 40,000 homes from 9% to 2%.\n\n"
               "In June the director asked us to launch a same-day promise for the winter season. I declined, "
               "and put the reason in writing: our vans reach about 40% of homes the same day, and a broken "
               "promise would cost us more trust than it won.\n")
    assert len(listed(refused, "stopped_items")) == 1


def test_the_writers_call_to_end_it_names_the_story_it_ends() -> None:
    # "We ran a pilot ... I made the call to end it": the story is named by its first sentence
    told = ("# Self-assessment\n\n## The year\n\nWe ran a pilot of climate-controlled wine storage that nobody "
            "signed up for. I made the call to end it after ten weeks and we returned the units to standard "
            "storage, which rented within a month.\n")
    assert listed(told, "stopped_items") == ["We ran a pilot o"]
    # a call to end something that names its own thing stays where it is told
    named = ("# Self-assessment\n\n## The year\n\nWe ran a pilot of climate-controlled wine storage for ten weeks. "
             "I made the call to end the storage pilot and we returned the units to standard storage.\n")
    assert listed(named, "stopped_items") == ["I made the call "]


def test_a_start_told_after_a_ready_result_is_named_by_the_result() -> None:
    # the paragraph opens on the story's result, told whole (a ready claim): the start told after it
    # is the same story's, named by its first claim sentence
    result = ("# Self-assessment\n\n## The year\n\nI cut the time it takes a student to book a study room from "
              "about 9 minutes at the desk to under a minute on a phone, and room use rose from 54% to 81% "
              "across our twelve branches. I watched the queue at Central on three mornings. I proposed a "
              "phone-first booking page and launched it at two branches before the rest.\n")
    assert listed(result, "initiated_items") == ["I cut the time i"]
    # a paragraph that opens on a background keeps its start where it is told
    background = ("# Self-assessment\n\n## The year\n\nIn 2023 each county ran its own search site, with its "
                  "own fields, and lawyers searched five sites for one case. I proposed a single shared index "
                  "and took it to the state judiciary, and searches now take 2 minutes instead of 40 for "
                  "the 3,000 lawyers who use it.\n")
    assert listed(background, "initiated_items") == ["I proposed a sin"]
