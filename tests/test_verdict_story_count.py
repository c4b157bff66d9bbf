"""Which parts of a draft the verdict counts as stories ("only 2 of 4 stories carry a measured
customer or business result"). The opening thesis that holds the sentence the room retells, and a
section of people and practice that opens by growing people, argue for the case or show Hire and
Develop the Best: they are not success stories lacking a result, so they are not counted among the
stories. Text in our own words."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.output.json import report_json

FERRY = """# Promotion case: Senior PM, Island Ferry Bookings (L6 to L7)

## Why I am ready

I run the booking site through which 800,000 travellers cross to the islands each year.
In two years I turned a booking site that lost one crossing in ten into the region's most used
public service, by changing what the ferry company asks of travellers. I already work at L7:
two port authorities now plan their timetables from my roadmap.

## Stories

**Fewer steps, more crossings booked.** When I took over, 35% of started bookings were dropped
at the vehicle step. I argued, against the head of operations, that vehicle details could be
taken at the quay, and won a four-month trial. Dropped bookings fell from 35% to 14%.

**No to the loyalty app.** The commercial director wanted a loyalty app. I showed that 60% of
complaints came from two fare rules, rewrote them with the pricing team, and complaints fell from
2,400 to 700 a season. The app's budget ($300K) was returned.

## Leadership

- Hired and coached two product managers; one now runs freight bookings on her own.
- Ran the company's first product review, now held monthly by all three ports.
- Mentored two analysts on fare data.
"""


def _verdict(text: str) -> str:
    return judge_gap(analyze(text, level="L7", doc_type="promotion")).reasons[0]


def test_the_thesis_and_the_people_list_are_not_counted_as_stories() -> None:
    verdict = _verdict(FERRY)
    assert verdict.startswith("the case stands on only 2 stories with a measured customer or business result")
    assert "of 4" not in verdict


def test_a_first_story_without_the_retold_sentence_is_still_counted() -> None:
    plain = FERRY.replace(" I already work at L7:\ntwo port authorities now plan their timetables from my roadmap.", "")
    assert analyze(plain, level="L7", doc_type="promotion").reading.retell is None
    assert "only 2 of 3 stories" in _verdict(plain)


def test_a_people_section_with_a_deed_of_the_writer_s_own_is_still_counted() -> None:
    deed = FERRY.replace("- Mentored two analysts on fare data.\n",
                         "- Moved the winter timetable online ahead of the port's plan and answered 900 calls myself.\n")
    assert "only 2 of 3 stories" in _verdict(deed)


def test_a_people_list_that_goes_on_with_a_deed_of_the_writer_s_is_still_counted() -> None:
    told = FERRY[:FERRY.index("## Leadership")] + """## People and trust

- Hired two product managers this year.
- Chose to publish the fare rules before the season and told every port office myself.
"""
    assert "only 2 of 3 stories" in _verdict(told)


def test_a_session_counts_the_stories_as_a_fresh_analysis_does() -> None:
    session = Session(level="L7", doc_type="promotion")
    plain = FERRY.replace(" I already work at L7:", "")
    for text in (FERRY, plain, FERRY):
        assert report_json(session.analyze(text)) == report_json(analyze(text, level="L7", doc_type="promotion"))
