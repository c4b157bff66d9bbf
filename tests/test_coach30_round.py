"""The coach round on the forty-third and forty-fourth blind sets (docs/accuracy.md, "The verdict
and the three changes on the newest blind packets"). Text in our own words.

- The engineering past is "the opening" of the verdict's reason only when the draft does not open
  with an outcome; a draft that leads with its result is told how often the old role comes up.
- A quote never stops at a bold lead-in that is a sentence of its own ("**Goal 4: partly met.**"):
  it quotes the sentence after it.
- Getting the evidence never asks a claim of the level, or the story that holds it, for a measured
  result: the claim states the case the other stories make.
"""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.analysis.gap import judge_gap
from packetcoach.analysis.stories import quote

OUTCOME_FIRST = """\
## Summary

Cut failed card payments at checkout from 6% to 2% for 40,000 gym members by adding a retry on the
next payday, which kept about £300,000 a year in fees.

## What I did

As a former backend engineer I read the payment logs myself and found that most failures fell the
day before payday. I chose a payday retry over a new payment provider, which would have taken a
year. As a former backend engineer I also wrote the retry rules with the billing team.

I stopped the loyalty points rebuild after members told us in 20 interviews they did not use points,
and moved its two engineers onto the retry.
"""

CAREER_FIRST = """\
## Background

I spent eight years as a backend engineer on the billing platform before moving into product last
spring, and as a former backend engineer I still think in queues and retries.

## What I did

Cut failed card payments at checkout from 6% to 2% for 40,000 gym members by adding a retry on the
next payday, which kept about £300,000 a year in fees.

I stopped the loyalty points rebuild after members told us in 20 interviews they did not use points,
and moved its two engineers onto the retry.
"""


def _failures(text: str) -> list[str]:
    return judge_gap(analyze(text, level="L5")).narrative_failures


def test_an_outcome_first_draft_is_told_how_often_the_old_role_comes_up() -> None:
    report = analyze(OUTCOME_FIRST, level="L5")
    assert len(report.reading.former_engineer_mentions) == 2
    failures = _failures(OUTCOME_FIRST)
    assert any("comes up 2 times" in f for f in failures), failures
    assert not any("the opening is the move from engineering" in f for f in failures), failures


def test_a_career_first_draft_still_hears_the_opening_is_the_move() -> None:
    report = analyze(CAREER_FIRST, level="L5")
    assert len(report.reading.former_engineer_mentions) >= 2
    assert not report.reading.lead_is_outcome
    failures = _failures(CAREER_FIRST)
    assert any("the opening is the move from engineering" in f for f in failures), failures


def _first_item(text: str, start: str):
    return next(i for i in analyze(text, level="L6").items if i.text.lstrip("*").startswith(start))


def test_a_bold_lead_in_of_its_own_is_not_the_quote() -> None:
    for text, label, wanted in (
        ("**Goal 3: partly met.** We moved the booking service onto the new cluster, with 99.9% uptime "
         "since May. The last two services move in spring.\n", "Goal 3", "We moved the booking service"),
        ("**Saying no to the loyalty rebuild.** I paused the loyalty rebuild after two quarters and put "
         "its £80,000 into delivery slots instead. It was not a popular call.\n", "Saying no",
         "I paused the loyalty rebuild"),
    ):
        item = _first_item(text, label)
        assert quote(item).startswith(wanted), quote(item)


def test_a_quote_without_a_bold_lead_in_is_unchanged() -> None:
    for text, start in (
        ("**Retention.** Let members pause a month from the email instead of cancelling, which cut "
         "cancellations from 8% to 5%.\n", "Let members pause a month"),
        ("Goal 3 was partly met. We moved the booking service onto the new cluster, with 99.9% uptime "
         "since May.\n", "Goal 3 was partly met"),
    ):
        item = analyze(text, level="L6").items[0]
        assert quote(item).startswith(start), quote(item)


THIN_WITH_CLAIM = """\
## Why I am ready

I am ready for L6 because I have set the direction for how the county books its school buses, and
the councils I work with now follow it.

## What I did

Worked closely with the transport office on the new booking form for parents.

Ran weekly calls with the three bus operators about the timetable changes.

Wrote the plan for the winter timetable with the schools team.
"""


def test_getting_the_evidence_never_asks_the_level_claim_to_measure() -> None:
    report = analyze(THIN_WITH_CLAIM, level="L6")
    changes = report.verdict.top_changes
    evidence = next(c for c in changes if c.kind == "add-evidence")
    assert "I am ready for L6" not in evidence.what and "Why I am ready" not in evidence.what, evidence.what
    assert "What I did" in evidence.what, evidence.what  # the work still has to be measured


THIN_WITHOUT_CLAIM = THIN_WITH_CLAIM.replace("I am ready for L6 because I have set", "I have set")


def test_the_same_story_without_the_claim_is_still_asked_for_its_result() -> None:
    report = analyze(THIN_WITHOUT_CLAIM, level="L6")
    evidence = next(c for c in report.verdict.top_changes if c.kind == "add-evidence")
    assert "I have set the direction" in evidence.what or "Why I am ready" in evidence.what, evidence.what


def test_a_bold_result_of_its_own_stays_the_quote() -> None:
    text = ("**Cut the wait for a parking permit from 12 days to 2.** I found that nurses filled the same "
            "form twice and moved it online.\n")
    item = analyze(text, level="L6").items[0]
    assert quote(item).startswith("Cut the wait for a parking permit"), quote(item)
