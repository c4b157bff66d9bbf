"""A paragraph told as the team's background and then the writer's decision: "We had been building
X for Y. After the pilot ..., I stopped the project ...". The background, the team's work told in the
past perfect or the past progressive before the writer's move, is context (no claim findings: no
engineering verb, no missing own action), and the stopped and initiated lists name the decision's
item, not the background's."""

from __future__ import annotations

import pytest

from packetcoach.api import analyze

HEAD = "# Self-assessment\n\n## {heading}\n\n{paragraph}\n"


def _read(paragraph: str, heading: str = "What I stopped"):
    text = HEAD.format(heading=heading, paragraph=paragraph)
    report = analyze(text, level="L6", doc_type="self-assessment")
    return report, text


def _rules_on(report, item) -> set[str]:
    return {f.rule for f in report.findings if f.span is not None and item.start <= f.span.start < item.end}


BACKGROUNDS = [
    # the past perfect progressive, an engineering verb: no "technical lead" on the background
    ("We had been building a seating planner for wedding venues. After a trial with 9 venues showed that "
     "only one used it twice, I stopped the project and moved its three engineers to the deposits work.",
     "We had been building", "After a trial"),
    # the past perfect with a span of time: no "activity, not outcome" and no "no own action"
    ("Our team had spent two quarters writing our own fraud scorer for card payments. When I compared it "
     "with the bank's score we already paid for, the bank's matched it on 96% of payments, so I stopped "
     "the scorer.", "Our team had spent", "When I compared"),
    # the past progressive, with the writer's team named
    ("My team was rebuilding the timetable importer for bus operators. I paused the rebuild in May, "
     "after 4 of the 5 operators said they would move to the national feed, and moved the two "
     "engineers to the fares app.", "My team was rebuilding", "I paused the rebuild"),
    # after the story's bold title, the title not part of the background
    ("**The room-service robot.** We had planned to pilot delivery robots in two hotels. I cancelled "
     "the pilot in April once the hotels told me guests asked for fewer visits, not faster ones.",
     "We had planned", "I cancelled"),
]


@pytest.mark.parametrize("paragraph,background,decision", BACKGROUNDS)
def test_the_teams_background_before_the_writers_stop_is_context(paragraph, background, decision) -> None:
    report, _ = _read(paragraph)
    head = next(i for i in report.items if i.text.startswith(background))
    assert head.kind == "context"
    assert not _rules_on(report, head) & {"PC101", "PC102", "PC104", "PC105"}


@pytest.mark.parametrize("paragraph,background,decision", BACKGROUNDS)
def test_the_stopped_list_names_the_decisions_item(paragraph, background, decision) -> None:
    report, _ = _read(paragraph)
    named = [report.item(i).text for i in report.reading.stopped_items]
    assert len(named) == 1 and named[0].startswith(decision), named


def test_a_stop_after_a_background_told_mid_paragraph_is_named_by_its_decision() -> None:
    # the background is not the paragraph's first claim: it stays a claim, but the stop that names the
    # project back is the decision's, not the background's
    report, _ = _read("In 2025 I took over the venue tools team. We had been building a seating planner "
                      "for wedding venues. After a trial with 9 venues showed that only one used it twice, "
                      "I stopped the project.")
    named = [report.item(i).text for i in report.reading.stopped_items]
    assert len(named) == 1 and named[0].startswith("After a trial"), named


def test_a_start_after_the_teams_background_keeps_its_own_item() -> None:
    report, _ = _read("We had been reconciling supplier invoices by hand every month. In March I proposed "
                      "matching them against the bank feed and persuaded finance to fund it; late payments "
                      "to 600 growers fell from 11% to 2%.", heading="Payments")
    head = report.items[0]
    assert head.kind == "context"
    assert [report.item(i).text[:11] for i in report.reading.initiated_items] == ["In March I "]


@pytest.mark.parametrize("paragraph", [
    # the team's deed told as evidence, in the simple past: a claim, and the story may be named by it
    "We migrated the booking ledger to the new service in March. I then stopped the old nightly export.",
    # a result told in the past perfect is the story's outcome, not its background
    "By June we had cut refund waits for sellers from 9 days to 2. I stopped the manual refund queue.",
    # the writer in the background: the writer's own part
    "We had been building a seating planner for venues, and I had written its spec. I stopped it in May.",
    # a background with no deed of the writer's after it
    "We had been building a seating planner for wedding venues. The venues never asked for it.",
    # the background as the story's title itself
    "**We had been building a seating planner for wedding venues.** I stopped it after a trial with 9 venues.",
])
def test_what_is_not_a_background_before_the_writers_move_stays_a_claim(paragraph: str) -> None:
    report, _ = _read(paragraph, heading="Decisions")
    assert report.items[0].kind == "claim"


def test_the_background_keeps_its_signals() -> None:
    # the kind changes, not what the sentence names: its served party is still read
    report, _ = _read(BACKGROUNDS[0][0])
    assert report.items[0].signals.customer
