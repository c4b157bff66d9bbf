"""The coach's first screen on the sixty-third and sixty-fourth blind writers (docs/accuracy.md):
the evidence gap said as the stories the case stands on, a stop no story "without a result", the
strongest figure's own line, the stop's paragraph never asked to measure, and the company's "we"
kept in the retell. Text of our own."""

from packetcoach import analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.analysis.verdict import _ready_reason
from packetcoach.coach.sentences import company_we, third_person
from packetcoach.core.model import LineIndex

ONE_STORY = """# Self-assessment 2026: Parcel lockers

I own the parcel locker programme: 900 lockers in 40 towns and one engineering team.

## What changed for shoppers

When I took the lockers over, a shopper whose parcel missed its locker waited a median of 6 days
for it, and 11% of those shoppers stopped ordering within the quarter. I moved overflow parcels to
the nearest staffed shop instead of back to the depot, and shoppers now collect in a median of 2
days; the share who stop ordering fell from 11% to 4%.

- Rebuilt the locker status feed on the new queue; the sync job went from 50 minutes to 6.
- Was responsible for the monthly locker review with operations.

## What I stopped

We had been building a locker reservation app for every parcel. After the pilot with 250 shoppers
showed that 35% of reservations were never used, I stopped the project and moved its two engineers
to the overflow work above.

I also said no to a request from the sales team for locker advertising screens: it would have put
adverts where shoppers wait for their parcels.
"""

UNMEASURED_STORY = ONE_STORY.replace("## What I stopped", """## Partners

I launched a returns drop-off at the lockers with two couriers in the autumn.

## What I stopped""")


def _gap(text: str, level: str = "L6"):
    return judge_gap(analyze(text, level=level, doc_type="self-assessment"))


def test_a_stop_is_no_story_without_a_result_and_the_case_is_said_as_what_it_stands_on() -> None:
    gap = _gap(ONE_STORY)
    assert gap.kind == "evidence"
    assert gap.reasons[0].startswith("the case stands on only 1 story with a measured customer or business result")
    assert gap.reasons[0].endswith("the room needs at least 3")
    assert "of 2 stories" not in gap.reasons[0]


def test_a_story_with_no_result_that_is_no_stop_is_still_counted() -> None:
    gap = _gap(UNMEASURED_STORY)
    assert gap.kind == "evidence"
    assert gap.reasons[0].startswith("only 1 of 2 stories carries a measured customer or business result")


LAUNCHED_THEN_STOPPED = ONE_STORY.replace("We had been building a locker reservation app for every parcel.",
                                          "We launched a locker reservation app for every parcel in March.")


def test_the_stops_paragraph_is_never_asked_to_measure() -> None:
    for text, named_by_first in ((LAUNCHED_THEN_STOPPED, True), (ONE_STORY, False)):
        report = analyze(text, level="L6", doc_type="self-assessment")
        pilot = next(i for i in report.items if i.text.startswith("After the pilot"))
        # a launch the paragraph stops names the stop; the team's background before it does not
        assert (pilot.id not in report.reading.stopped_items) is named_by_first
        named = {i for c in report.verdict.top_changes if c.kind == "add-evidence" for i in c.items}
        assert pilot.id not in named


def test_a_launch_in_a_paragraph_of_its_own_is_still_asked_to_measure() -> None:
    report = analyze(UNMEASURED_STORY, level="L6", doc_type="self-assessment")
    launch = next(i for i in report.items if i.text.startswith("I launched a returns drop-off"))
    pilot = next(i for i in report.items if i.text.startswith("After the pilot"))
    named = {i for c in report.verdict.top_changes if c.kind == "add-evidence" for i in c.items}
    assert launch.id in named and pilot.id not in named


LABELLED = """# Promotion case: Library loans (L6)

I already work at L6: I set the direction for loans across 14 branches, and this year Sunday loans to
families went from 0 to 1,900 a month.

## Story 1: one card for every branch

**Problem.** Each of our 14 branches issued its own library card, and readers who used two branches
carried two cards.

**Decision.** I proposed one card for every branch and took it to the head of libraries against
the branch managers' wish to keep their own systems.

**Result.** Readers who borrow from more than one branch rose from 9% to 21%, and
the card desk queue fell from 12 minutes to 3.

## Story 2: Sunday opening

- I persuaded the council to open four branches on Sunday afternoons; Sunday loans to families rose
  from 0 to 1,900 a month, and weekday queues fell from 8 minutes to 5.

## Story 3: overdue fines

- I convinced the head of libraries to drop overdue fines for children's books; returns of children's
  books rose from 71% to 88% within the year, and new junior members grew 30%.

## Story 4: the app I did not build

- I declined a branch app the IT team proposed, because only 6% of readers we asked would install it,
  and moved its budget to the Sunday opening.
"""


def test_the_strongest_figure_is_pointed_at_on_its_own_line() -> None:
    report = analyze(LABELLED, level="L6", doc_type="promotion")
    gap = judge_gap(report)
    reason = _ready_reason(report, gap, LineIndex(report.text))
    assert "(the strongest: " in reason, reason
    figure, line = reason.split("(the strongest: ", 1)[1].split(")", 1)[0].rsplit(", line ", 1)
    lines = LABELLED.splitlines()
    assert figure.split()[0] in lines[int(line) - 1].split(), (figure, line)
    # the opening claim starts on line 3 and tells its figure on line 4: the verdict points at line 4
    assert (figure, line) == ("from 0 to 1,900", "4")
    best = next(i for i in report.items if i.text.startswith("I already work at L6"))
    assert LineIndex(report.text).line_col(best.start)[0] == 3


def test_the_companys_we_stays_in_the_retell() -> None:
    said = third_person("chargebacks fell from 640 to 110 a month, and the revenue we gave up was $22,000 a year",
                        company=True)
    assert "the revenue we gave up" in said
    said = third_person("refunds fell from 7% to 3%, about £310,000 a year we no longer hand back", company=True)
    assert "a year we no longer hand back" in said
    said = third_person("visits missed by the 420 older people we support fell from 1 in 8 to 1 in 30", company=True)
    assert "people we support" in said


def test_the_writers_we_is_still_they() -> None:
    for text, expected in (("In the summer we moved the lockers indoors", "In the summer they moved"),
                           ("I argued for it and we launched it in May", "and they launched"),
                           ("the team decided we would ship in May", "decided they would"),
                           ("which meant we could test it in a week", "meant they could"),
                           ("I told the director we would stop the pilot", "director they would")):
        assert expected in third_person(text, company=True), text
    # without the retell's flag, as before: every "we" is the writer's
    assert "the revenue they gave up" in third_person("the revenue we gave up was $22,000")


def test_company_we_reads_the_clause_before_it() -> None:
    text = "bookings fell by a third, which finance values at $7.1M a year in bookings we were losing"
    assert company_we(text, text.index(" we ") + 1)
    text = "Over the spring we cut the form from 14 fields to 5"
    assert not company_we(text, text.index(" we ") + 1)
