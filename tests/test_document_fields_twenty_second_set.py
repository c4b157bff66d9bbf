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


def manager_case(own_words: str) -> str:
    """A manager's case about "she" whose last section is in the candidate's own words."""
    return ("# Promotion to L6: Lena Ortiz, PM, Bike Share\n\nWritten by Tom Reyes, her manager.\n\n"
            "## What she did\n\n"
            "She stopped the rider-points app I had sponsored after 200 riders ignored it for a "
            "month, and moved its engineer to docks.\n\n"
            "Lena moved docks to where riders start their trips. She mapped 50,000 trips and found "
            "that 40% began within 200 metres of a station we did not serve; empty-dock complaints "
            "fell by half.\n\n"
            "She pitched the night pass herself. It now sells 900 passes a month.\n\n"
            f"{own_words}\n")


OWN_WORDS = ("## In her own words\n\nI worked in a bike shop for six years before product. I learned "
             "more from riders than from dashboards. I made one mistake. I launched the night pass "
             "without a price cap. I fixed it in a week.")


def test_a_candidates_own_words_count_for_her_not_as_the_managers_acts() -> None:
    # the "I" under "In her own words" is the candidate's: it does not make the manager's case a
    # first-person draft, so "she" stands as the writer and her stop and start are listed
    report = analyze(manager_case(OWN_WORDS))
    assert report.document.voice is not None and report.document.voice.pronoun == "she"
    assert [report.item(i).text[:24] for i in report.reading.stopped_items] == ["She stopped the rider-po"]
    assert [report.item(i).text[:24] for i in report.reading.initiated_items] == ["She pitched the night pa"]
    # the same "I"s under a heading that names no speaker are the writer's acts: a first-person
    # draft that tells of a colleague stays first person
    mine = analyze(manager_case(OWN_WORDS.replace("In her own words", "What I learned")))
    assert mine.document.voice is None and mine.reading.stopped_items == ()
    # the reading is the same in a Session, edit after edit
    session = Session()
    session.analyze(manager_case(OWN_WORDS.replace("In her own words", "What I learned")))
    again = session.analyze(manager_case(OWN_WORDS))
    assert again.document.voice == report.document.voice
    assert again.reading.stopped_items == report.reading.stopped_items


def test_an_accomplishments_list_that_opens_with_an_outcome_bullet_makes_no_opening_claim() -> None:
    # a list of accomplishments with no opening claim about level is mixed, even when its first
    # entry names a result: the list is not an argument the draft opens by claiming
    bullets = ("- Cut the time riders wait for a free dock from 9 minutes to 2 by moving 40 docks to "
               "the stations riders start from; weekday trips rose from 8,000 to 11,000.\n"
               "- Killed the rider-points app after 200 riders ignored it for a month.\n"
               "- Proposed the night pass; 900 riders a month buy it.\n")
    numbered = bullets.replace("- Cut", "1. Cut").replace("- Killed", "2. Killed").replace("- Proposed", "3. Proposed")
    for listed in (bullets, numbered):
        assert analyze(listed).reading.structure == "mixed", listed
        assert analyze("Accomplishments of Ines K., PM, Bike Share\n\n" + listed).reading.structure == "mixed"
    # the same outcome told first in prose opens an argument, and so does a list after a level claim
    prose = ("This year I cut the time riders wait for a free dock from 9 minutes to 2 by moving 40 "
             "docks to the stations riders start from, and weekday trips rose from 8,000 to 11,000.\n\n"
             + bullets[bullets.index("- Killed"):])
    assert analyze(prose).reading.structure == "argument"
    assert analyze("I already operate at L6: I set the dock plan for the city's three boroughs.\n\n"
                   + bullets).reading.structure == "argument"
    session = Session()
    session.analyze(prose)
    assert session.analyze(bullets).reading.structure == analyze(bullets).reading.structure == "mixed"


def test_a_hedged_level_claim_before_the_first_story_is_the_opening_not_the_outcome() -> None:
    # "I believe I am ready for L6 because I now own ..." makes no item, but the room reads it first:
    # the outcome story after it is not the document's lead
    story_one = ("## Docks\n\nI moved 40 docks to the stations riders start from; riders' wait for a "
                 "free dock fell from 9 minutes to 2 and weekday trips rose from 8,000 to 11,000.\n")
    for opening in ("I believe I am ready for L6 because I now own the dock network across three "
                    "boroughs and two operators. Below are three stories.",
                    "I think I am ready for L6, since I now set the dock plan for the whole city."):
        report = analyze(f"# Promotion: Ines K., Bike Share\n\n## Summary\n\n{opening}\n\n{story_one}")
        assert report.reading.lead_is_outcome is False, opening
    # with no such paragraph, or a paragraph that claims no level, the first story is the lead
    for opening in ("", "## Summary\n\nBike Share runs 900 docks in three boroughs.\n\n"):
        report = analyze(f"# Promotion: Ines K., Bike Share\n\n{opening}{story_one}")
        assert report.reading.lead_is_outcome is True, opening
    told = f"# Promotion: Ines K., Bike Share\n\n## Summary\n\nI believe I am ready for L6.\n\n{story_one}"
    session = Session()
    session.analyze(story_one)
    assert session.analyze(told).reading.lead_is_outcome is analyze(told).reading.lead_is_outcome is False
