"""Re-role by role, not only by verb: the writer doing engineering work and excuses for the new role
are findings, and prose written in an engineer's voice scores low (analysis/scoring.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item
from packetcoach.api import check_item


def work(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None and item.facts is not None
    return item.facts.engineering_work


@pytest.mark.parametrize("text", [
    "Reviewed the team's pull requests every evening during the launch.",
    "Joined the on-call rotation for the billing services to learn how they fail.",
    "Debugged the checkout timeout myself on a Saturday.",
    "Wrote the unit tests for the new deposit calculator.",
    "Spent most of March in code reviews for the search rewrite.",
])
def test_engineering_work_by_the_writer(text: str) -> None:
    assert work(text), text
    assert "PC114" in {f.rule for f in check_item(text)[1]}


@pytest.mark.parametrize(("text", "quoted"), [
    ("I still read our Kafka consumer code every week to see where the lag comes from.", "read our Kafka consumer code"),
    ("I keep my hands in by fixing small bugs in the payout service on Fridays.", "fixing small bugs"),
    ("I still go through the service logs every morning before stand-up.", "go through the service logs"),
    ("Reviewed the team's code before every release of the seller app.", "Reviewed the team's code"),
])
def test_hands_on_work_in_other_words_is_quoted_whole(text: str, quoted: str) -> None:
    """A hands-on verb of the writer's own with an engineering object after it: the finding quotes
    the work from verb to object, however the sentence words it."""
    assert work(text), text
    found = [f for f in check_item(text)[1] if f.name == "engineering-work"]
    assert [text[f.span.start:f.span.end] for f in found] == [quoted]


@pytest.mark.parametrize("text", [
    "Asked the team to fix the checkout bugs before the holiday freeze, and returns fell 8%.",
    "We fixed 40 bugs that sellers had reported, and their tickets fell by a third.",
    "Wrote the code of conduct for the seller community after two harassment reports.",
    "Read the promo code complaints from 200 shoppers and dropped the code field from checkout.",
    "Reviewed the pricing doc with finance and cut the intro discount to 10%.",
])
def test_hands_on_words_without_the_writers_hands_on_the_system(text: str) -> None:
    """A request to the team, the team's work, and a code that is no software: no engineering work."""
    assert not work(text), text


@pytest.mark.parametrize("text", [
    "Convinced the platform director to staff an on-call rotation for the billing services.",
    "Decided to hold the launch until the refund bug was fixed, protecting 3,000 renters' deposits.",
    "Cut the time landlords wait for a deposit decision from 9 days to 2.",
])
def test_product_work_is_not_engineering_work(text: str) -> None:
    assert not work(text), text


@pytest.mark.parametrize("text", [
    "I am still learning the insurance domain, so the first quote flow took longer than planned.",
    "As a new PM I'm still figuring out how to run a pricing review.",
])
def test_excuses_are_findings_whatever_the_sentence_is(text: str) -> None:
    report = analyze(f"# Year\n\n{text}\n")
    assert any(f.name == "excuse" for f in report.findings)
    assert report.reading.excuses


@pytest.mark.parametrize("heading", ["Areas to grow", "Where I need to grow", "Growth areas", "Growth",
                                     "4. Development", "Opportunities", "Where I still need to grow",
                                     "Areas for growth"])
def test_still_learning_answers_a_growth_heading_and_is_no_excuse_there(heading: str) -> None:
    text = "I am still learning to write for senior leaders; my first two VP documents came back."
    report = analyze(f"# Year\n\n## {heading}\n\n{text}\n")
    assert not any(f.name == "excuse" for f in report.findings) and not report.reading.excuses
    elsewhere = analyze(f"# Year\n\n## Highlights\n\n{text}\n")
    assert any(f.name == "excuse" for f in elsewhere.findings) and elsewhere.reading.excuses


@pytest.mark.parametrize("heading", ["Seller growth", "Growth experiments", "Developer experience"])
def test_a_short_growth_word_inside_a_story_heading_leaves_it_evidence(heading: str) -> None:
    """"Growth" alone asks for growth areas; "Seller growth" titles a story, whose items are read."""
    text = "I cut the listing form from 11 fields to 4, and new sellers' first listings rose from 38% to 61%."
    report = analyze(f"# Year\n\n## {heading}\n\n{text}\n")
    assert report.items and report.items[0].ready


ENGINEERING_PROSE = """# Annual report

## Highlights

- We migrated the ingestion workers from the legacy queue to the new event bus and removed 14 cron jobs.
- Graduated the batch scheduler API to v2 and deprecated the v1beta1 endpoints.
- Refactored the controller so reconcile loops no longer block on the metadata cache.
- Cut p99 latency of the lookup service from 420ms to 90ms.
- Added retries and circuit breakers to the gateway; flaky e2e tests dropped from 30 to 4 per week.

## Needs help

- Reviewers for the scheduler plugins and the CI tooling in the `infra-tools` repo.
"""

PM_PROSE = """# Self-assessment

## Renewals

- Convinced the risk director to drop the second ID check for returning landlords, lifting renewal completion from 64% to 81%.
- Killed the paid listing upgrade after a four-week test showed 0.4% of landlords would pay; moved its two engineers to renewals.
- Cut the time tenants wait for a deposit decision from 9 days to 2 by letting agents approve claims under $300.
"""


def test_engineering_prose_scores_low_and_product_prose_high() -> None:
    engineering = analyze(ENGINEERING_PROSE).score
    product = analyze(PM_PROSE).score
    assert engineering.re_role <= 40, engineering.reasons["re_role"]
    assert product.re_role >= 85, product.reasons["re_role"]
