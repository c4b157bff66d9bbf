"""Document fields by category of wording found on the packets p293-p308 (the thirty-ninth and
fortieth blind sets) and the blind writers before them (docs/accuracy.md, "Document fields on the
thirty-ninth and fortieth blind sets, by category"). Each category has text of our own that should
count and text that should not."""

from __future__ import annotations

import pytest

from packetcoach import Session, analyze

HEAD = "# Self-assessment 2026: Noor, Product Manager, Ferry Bookings\n\n"
RESULT = (" I moved the ticket check to the gangway scanners, and boarding time for our 4,000 daily "
          "passengers fell from 14 to 6 minutes.")


def past(sentence: str) -> list[str]:
    text = HEAD + sentence + RESULT + "\n"
    report = analyze(text, level="L6")
    spans = [text[m.span.start:m.span.end] for m in report.reading.former_engineer_mentions]
    session = Session(level="L6")
    assert [text[m.span.start:m.span.end] for m in session.analyze(text).reading.former_engineer_mentions] == spans
    return spans


@pytest.mark.parametrize("sentence", [
    # an engineering field named for the past beside "my": infrastructure, ML, a hyphenated field
    "My infrastructure years helped: I could read the booking system's logs myself.",
    "With my ML background I saw that the demand forecast ignored the weather.",
    "Using my machine-learning background, I checked the forecast against last summer.",
    "I found the fault with my old network-engineering habits, one packet capture at a time.",
    # a database administrator's past, as the writers who tell one count it
    "My background as a database administrator showed me where the duplicate bookings came from.",
    "I kept the log the way I did in my database administrator days.",
    "As a former DBA, I traced the duplicate bookings to two merged tables.",
    "I joined the team after four years as a data scientist on the port's forecasting team.",
    # years in an engineering field, told with "in"
    "This was my first year as a PM after six years in DevOps.",
    "This was my second year in product after eight years in security engineering.",
    # a move to product from a team named by its engineering
    "I joined product from the Android team a year ago.",
    "I moved from the firmware team to product management in January.",
    "Coming from the Android side, I was used to reading crash reports before customers.",
])
def test_the_engineering_past_in_the_blind_writers_wordings_is_counted_once(sentence: str) -> None:
    assert len(past(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    # a field with no engineering of its own, someone else's title, a sales engineer's past
    "With my data background I saw that the demand forecast ignored the weather.",
    "My security years at the port taught me to check every gate myself.",
    "I ran the cut-over with the on-call network engineer and the database administrator.",
    "In my sales-engineering days I demoed the booking system to ferry operators.",
    "I spent six years in sales engineering before this role.",
    # requests from an engineering team, a move between teams, a product's platform team
    "Most feature requests were coming from the Android team, I noticed.",
    "Two engineers moved from the Android team to the web team in March.",
    "I joined product from the platform team in February.",
    "The port's forecasting team had four years as a unit before I joined.",
])
def test_the_same_words_name_no_engineering_past_of_the_writer(sentence: str) -> None:
    assert past(sentence) == []


# The career story told with the move after the years before it opens the draft, as "I moved into
# product ..." does: the first claim after it is not what the room reads first (SPEC 2.9).
CAREER_FIRST = """# Promotion to L5: Tomas, Product Manager, Ferry Bookings

## Summary

{opening} I own the booking flow end to end, and the changes I drove cut missed sailings for our
4,000 daily passengers from 6.1% to 2.3% of bookings.

## What I did

- Moved the ticket check to the gangway scanners; boarding time fell from 14 to 6 minutes.
"""


def test_the_years_before_a_move_to_product_frame_the_opening() -> None:
    framed = CAREER_FIRST.format(opening="Before moving to product I spent five years in QA on the booking "
                                 "platform, and this year I took over the booking flow.")
    assert analyze(framed, level="L5").reading.lead_is_outcome is False
    role = CAREER_FIRST.format(opening="Former QA engineer (five years on the booking platform before moving "
                               "to product in 2024).\n\n")
    assert analyze(role, level="L5").reading.lead_is_outcome is False
    # the same opening with no move to product told leads with the outcome
    plain = CAREER_FIRST.format(opening="This year I took over the booking flow from the platform team.")
    assert analyze(plain, level="L5").reading.lead_is_outcome is True


# A database administrator's past names the data specialty when a word of it is in the draft.
DBA = """# Promotion to L7: Ama, Principal Product Manager, Lab Supply

## Receipts

**Stock accuracy.** {past} I traced the phantom stock to duplicate SKUs created when two warehouse
schemas were merged, and after the clean-up the share of orders that shipped complete rose from 88% to
97% for our 2,400 lab customers.

**Direct ordering.** I persuaded 31 universities to let their labs order from our catalogue, which
lifted repeat orders from university labs by 27%.
"""


def test_a_database_administrators_past_names_the_data_specialty() -> None:
    told = DBA.format(past="My background as a database administrator showed me where to look:")
    assert analyze(told, level="L7").reading.specialty == "data"
    assert analyze(DBA.format(past="As a former DBA, I knew where to look:"), level="L7").reading.specialty == "data"
    # no past named, and one context word of the specialty alone: no specialty
    assert analyze(DBA.format(past="I looked where the complaints pointed:"), level="L7").reading.specialty is None


# A season after its preposition leads a narrative's step as a month does.
NARRATIVE = """# Self-assessment, 2025

In January a visitor asked me why the audio guide cost five pounds. I had joined the digital team a few
months before, and I spent the first weeks at the hire desk. I read two years of comment cards.

{s1} I had a plan for a free guide on visitors' own phones. I designed it with the content team, and uptake
rose from 12% to 37% of visitors. {s2} we added a family trail for children, now used by 1,500 children a
month. {s3} I worked with the curators on new audio content for the Egypt galleries. I am still learning
to make the case for money with finance.
"""


def test_seasons_lead_a_narrative_in_time_order() -> None:
    timed = NARRATIVE.format(s1="By spring", s2="Over the summer", s3="In the autumn")
    assert analyze(timed, level="L5").reading.structure == "chronology"
    # the same seasons as the subject or a contrast lead no step in time
    untimed = NARRATIVE.format(s1="The spring rush meant", s2="Summer visitors liked it, so",
                               s3="Last winter's lesson stayed with me, and")
    assert analyze(untimed, level="L5").reading.structure != "chronology"


# A screen's frame rate beside the rendering it measures is frontend jargon; frames alone are not.
FRAMES = """# Self-assessment 2026: Lea, Product Manager, Ice Rink Sessions

## Highlights

- Found that the seat-map on the booking page {frames}, so I {fix}.
- I opened Friday late sessions for 300 more skaters a week, and session revenue rose from £41K to £52K a month.
"""


def test_frames_a_second_beside_rendering_give_the_frontend_away() -> None:
    told = FRAMES.format(frames="dropped frames on older phones", fix="rebuilt the rendering loop and got it to a steady 60 fps")
    assert analyze(told, level="L5").reading.specialty == "frontend"
    # frames told with no rendering beside them, and rendering alone: no specialty
    for frames, fix in (("dropped frames on older phones", "moved the camera to run at 4 frames per second"),
                        ("was slow on older phones", "rebuilt the rendering loop")):
        assert analyze(FRAMES.format(frames=frames, fix=fix), level="L5").reading.specialty is None
