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

