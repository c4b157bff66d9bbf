"""The stopped list by category of wording found on the packets p293-p308 (the thirty-ninth and
fortieth blind sets) and the blind writers before them. Each category has a small draft of our own
that should count and one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def stopped(text: str) -> list[str]:
    found = list(analyze(text).reading.stopped_items)
    assert list(Session().analyze(text).reading.stopped_items) == found
    return found


def firsts(text: str, width: int = 14) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:width] for i in stopped(text)]


def test_a_thing_pulled_after_a_time_in_use_is_a_stop() -> None:
    # pulled after days or weeks live: a thing in use taken away, however many words name it
    for text in ("# Self-assessment\n\n## Spring\n\n- Pulled the new online locker-size picker after four days "
                 "when couriers reported that parcels were landing in lockers too small for them, and took "
                 "bookings by phone until it was fixed.\n",
                 "# Self-assessment\n\n## Spring\n\n- Pulled the family seat map after a week because parents "
                 "could not tell aisle seats from window seats.\n"):
        assert len(stopped(text)) == 1
    # records pulled to read, a thing pulled "forward" and a pull with no time in use are none
    for text in ("# Self-assessment\n\n## Spring\n\n- Pulled the locker error logs after two weeks of complaints "
                 "and found that 30% of failed drops came from one model of lock.\n",
                 "# Self-assessment\n\n## Spring\n\n- Pulled the parent survey results together after three days "
                 "of interviews and shared them with the head of operations.\n"):
        assert stopped(text) == []


def test_a_stop_story_announced_in_its_paragraphs_first_sentence_is_named_by_it() -> None:
    # "I also got one wrong." before the story whose stop the paragraph tells: the writers name the
    # stop by the announcement, the story's first sentence
    wrong = ("# Self-assessment\n\n## The year\n\nI launched bedside ordering on six wards and cut missed meals "
             "for patients from 9% to 2%.\n\nI also got one wrong. I launched the menu-swap beta without a cap "
             "on swaps per ward, and in the first week two wards ran out of soft-diet meals. I paused the beta "
             "for three days, added the cap, and now I write the limit before the feature.\n")
    assert firsts(wrong) == ["I also got one"]
    # the writer's own close of a thing the announcement says was theirs ("after nine months I
    # closed it"), told in a later sentence with no stop verb of its own
    closed = ("# Self-assessment\n\n## The year\n\nI cut the wait for a clean room from 40 minutes to 12 for "
              "housekeeping teams at 30 hotels.\n\nI also stepped back from one thing I had started. In 2025 I set "
              "up a small laundry at two hotels to give us a price benchmark. It did its job, but running "
              "laundries is not our business, and after nine months I closed it and sold the machines.\n")
    assert firsts(closed) == ["I also stepped"]
    # an announcement whose paragraph stops nothing, and a long first sentence that tells a story of
    # its own, name no stop
    nothing = ("# Self-assessment\n\n## The year\n\nI would add one thing the summary leaves out. The printer "
               "rollout in 2024 was mine, and I let it ship with a pairing bug; I now walk every release "
               "through a full shift before it goes out.\n")
    assert stopped(nothing) == []
    story = ("# Self-assessment\n\n## The year\n\nI killed one thing this year: the kiosk pilot, after six weeks "
             "in which 3% of visitors used it. I moved its two engineers to the booking flow.\n")
    assert firsts(story) == ["I killed one t"]
    # a first sentence that tells a deed of its own ("one more feature") announces no story
    more = ("# Self-assessment\n\n## The year\n\nI shipped one more feature for school buyers. I also stopped "
            "the kiosk pilot after six weeks in which 3% of visitors used it.\n")
    assert firsts(more) == ["I also stopped"]
