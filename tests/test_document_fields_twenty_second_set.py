"""Document fields by category of wording found on the packets p157-p164 and the blind writers before
them: the stopped and ready lists. Each category has a small draft of our own that should count and
one that should not."""

from __future__ import annotations

from packetcoach import Session, analyze


def story(paragraph: str) -> str:
    """A short self-assessment whose one story is ``paragraph``."""
    return ("# Self-assessment: Ines K., Senior PM, Bike Share (L6)\n\n## Docks\n\n"
            f"{paragraph}\n")


def stopped(text: str) -> list[str]:
    report = analyze(text)
    return [report.item(i).text[:24] for i in report.reading.stopped_items]


def test_a_decision_not_to_wait_is_speed_not_a_stop() -> None:
    # not waiting, delaying or postponing builds nothing and drops nothing: the writer acted sooner
    for call in ("Riders could not unlock bikes when the app was down. I decided not to wait for the "
                 "new app and added unlock by text message in two weeks; failed unlocks fell 30%.",
                 "I chose not to delay the dock launch for the payment rework, and 2,000 riders used "
                 "the new docks in May.",
                 "I made the call not to postpone the winter pricing, and winter rides rose 12%."):
        assert stopped(story(call)) == [], call
    # choosing not to build, launch or renew a thing is still a stop
    for call in ("I decided not to build the rider leaderboard after 3 of 20 riders asked for it.",
                 "I made the call not to launch the scooter pilot, and moved its two engineers to docks.",
                 "I chose not to renew the kiosk contract, which 2% of riders used."):
        assert stopped(story(call)) == [call[:24]], call
    # the reading is the same in a Session
    session = Session()
    told = story("I decided not to wait for the new app and added unlock by text message.")
    assert session.analyze(told).reading.stopped_items == analyze(told).reading.stopped_items == ()
