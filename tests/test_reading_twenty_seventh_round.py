"""The twenty-seventh round of reading new drafts (docs/accuracy.md, "Fixes from reading new
drafts, a twenty-seventh round"). Text in our own words.

A sentence for the room and the retell turn the writer's words to the third person ("I" ->
"they", "my" -> "their"), but a quotation inside them is someone else's words, kept as said:
tickets asking "where is my refund" are not tickets asking "where is their refund"."""

from __future__ import annotations

from packetcoach import Session, analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.calibrate.voice import third_person as receipt_voice
from packetcoach.coach.sentences import retell, third_person
from packetcoach.output.json import report_json

QUOTED = """# Self-assessment 2026: Ines, Product Manager, Rail Refunds

## Refund tracking

Passengers who asked for a refund had no way to see where it was. I read 150 of their emails and
proposed a refund tracker in the app. I launched it in April; emails asking "where is my refund"
fell from 2,300 to 700 a month, and refunds paid within a week rose from 55% to 81%.

## Other work

- Ran the weekly refunds review with the contact centre.
"""

UNQUOTED = QUOTED.replace('emails asking "where is my refund"', "emails to my team")


def test_a_quotation_keeps_its_own_words_in_the_retell() -> None:
    report = analyze(QUOTED, level="L6")
    told = retell(report)
    assert told is not None and '"where is my refund"' in told
    assert "they launched it in April" in told and "their refund" not in told


def test_words_outside_a_quotation_still_turn_to_the_third_person() -> None:
    told = retell(analyze(UNQUOTED, level="L6"))
    assert told is not None and "emails to their team fell" in told and " my " not in told


def test_both_voices_keep_closed_quotations_and_turn_the_rest() -> None:
    sentence = 'I cut "where is my order" calls and “I need help” taps by my design.'
    for turn in (third_person, receipt_voice):
        turned = turn(sentence)
        assert '"where is my order"' in turned and "“I need help”" in turned
        assert turned.startswith("they cut") and "by their design" in turned
    # a quotation never closed is no quotation: the writer's words around it still turn
    assert third_person('I said "my team would ship it').startswith('they said "their team')


def test_the_report_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    session.analyze(UNQUOTED)
    assert report_json(session.analyze(QUOTED)) == report_json(analyze(QUOTED, level="L6"))


# A refusal or a stop whose case is a figure a finding showed, told with no "that" ("the trial
# showed only 4% of ..."), is told with its evidence, as "showed that only 4% ..." already was.

JUDGED = """# Self-assessment 2026: Marek, Product Manager, Library Loans

## Summary

I own loans for the city's nine public libraries: the app, the website and the desks. This year I
launched one thing members had asked for, and said no to two requests from senior colleagues.

## Holds on the phone

Members placed holds at the desk and waited days to hear back, and many gave up and bought the
book instead. I proposed holds in the app and launched them in March. Holds placed online rose
from 22% to 64%, and the desk queues at the three busiest branches fell by a third by June.

## The late-fee request

The finance director asked us to add late fees to e-book loans. I said no. {case}

## Reading lists

The head of branches wanted shared reading lists for book clubs. I declined, because only 3% of
members belong to a club we know of.

## Other work

- Ran the monthly loans review with the branch leads.
- Helped the events team move the summer reading sign-up to the website.
- Wrote the loans section of the libraries' annual report.
"""

FOUND = "A trial at two branches showed only 4% of late e-books were ever returned early because of a fee."
FOUND_QUALIFIED = "The survey we ran found fewer than 5% of members would pay it."
NO_FIGURE = "A trial at two branches showed that members simply let the loans lapse instead."


def _judged(case: str) -> set[str]:
    return {story.title for story in judge_gap(analyze(JUDGED.format(case=case), level="L6")).judged_only()}


def test_a_figure_a_finding_showed_is_a_refusals_evidence() -> None:
    for case in (FOUND, FOUND_QUALIFIED):
        assert _judged(case) == {"The late-fee request", "Reading lists"}, case


def test_a_finding_with_no_figure_is_no_evidence() -> None:
    assert _judged(NO_FIGURE) == {"Reading lists"}
    summary = report_json(analyze(JUDGED.format(case=NO_FIGURE), level="L6"))["verdict"]["summary"]
    assert "and 1 more the evidence for a stop or a refusal" in summary


def test_the_judged_report_is_the_same_from_a_session() -> None:
    session = Session(level="L6")
    session.analyze(JUDGED.format(case=NO_FIGURE))
    text = JUDGED.format(case=FOUND)
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L6"))


# A narrowing told as a first phase ("I scoped it to the two busiest ports first") is an order of
# launch, the rest still to come: no stop (docs/labelling-guide.md: a launch order is a choice).
# The same narrowing with "only", or with "first" naming a release, stays one.

PHASED = """# Self-assessment 2026: Noor, Product Manager, Customs Filings

## Faster filings

Importers waited two days for a customs filing to clear because brokers retyped every invoice. I
proposed reading the invoices automatically and {narrowing} Filings cleared within a day for 71%
of shipments by August, up from 18%, and broker hours per filing fell by half.

## Other work

- Ran the monthly review with the broker leads.
"""


def _stopped(narrowing: str) -> tuple[str, ...]:
    return analyze(PHASED.format(narrowing=narrowing), level="L5").reading.stopped_items


def test_a_narrowing_told_as_a_first_phase_is_no_stop() -> None:
    for narrowing in ("scoped it to the two busiest ports first.", "limited it to two ports to start with.",
                      "scoped it to the two busiest ports as a first phase, then added the rest."):
        assert _stopped(narrowing) == (), narrowing


def test_a_narrowing_that_leaves_the_rest_out_is_still_a_stop() -> None:
    for narrowing in ("scoped it to the two busiest ports only.", "scoped it to the first release for ports."):
        assert len(_stopped(narrowing)) == 1, narrowing


def test_the_phased_report_is_the_same_from_a_session() -> None:
    session = Session(level="L5")
    session.analyze(PHASED.format(narrowing="scoped it to the two busiest ports only."))
    text = PHASED.format(narrowing="scoped it to the two busiest ports first.")
    assert report_json(session.analyze(text)) == report_json(analyze(text, level="L5"))
