"""The item's verb, read by its sense and its object, and who did it (text/verbs.py)."""

from __future__ import annotations

import pytest

from packetcoach import analyze_item


def action(text: str):
    item = analyze_item(text)
    assert item is not None and item.signals is not None
    return item.action, item.signals


@pytest.mark.parametrize("text,verb,verb_class", [
    ("Built a durable partnership with the largest landlord association.", "build", "neutral"),
    ("Built the business case for a tenant insurance add-on.", "build", "neutral"),
    ("Rebuilt trust with the regional sales team after the missed launch.", "rebuild", "neutral"),
    ("Rebuilt the listing page in React.", "rebuild", "technical"),
    ("Wrote the Spark job that merges duplicate landlord records.", "write", "technical"),
    ("Wrote the pricing memo for the leadership review.", "write", "neutral"),
    ("Reviewed the team's pull requests during the cut-over.", "review", "technical"),
    ("Tried to debug the flaky sync between the two ledgers.", "debug", "technical"),
    ("Turned down the vendor's $900K quote and reused our own form builder.", "turn", "pm"),
    ("Shut down the legacy quote tool after moving its last 40 users.", "shut", "pm"),
    ("Found that a third of renters abandoned at the ID upload.", "find", "pm"),
    ("Spearheaded the move to monthly billing for small landlords.", "spearhead", "pm"),
    ("I think the biggest thing I did was convincing finance to drop the deposit fee.", "convince", "pm"),
])
def test_verb_sense_by_object(text: str, verb: str, verb_class: str) -> None:
    found, _ = action(text)
    assert (found.verb, found.verb_class) == (verb, verb_class)


@pytest.mark.parametrize("text,subject", [
    ("Maya's team rebuilt the matching service over the summer.", "we"),
    ("Our payments team, led by Ravi, migrated the ledger to the new store.", "we"),
    ("They called every landlord whose payout had bounced.", "other"),
    ("I'll bring the renewal flow to Ireland next year.", "i"),
    ("I'm rolling the new checkout out to every region.", "i"),
])
def test_who_acts(text: str, subject: str) -> None:
    assert action(text)[0].subject == subject


@pytest.mark.parametrize("text", [
    "Structured Logging graduated to stable in the spring release.",
    "Steering Committee Elections for the new cycle",
    "Changed Block Tracking was merged after review.",
    "I believed a design degree was out of reach.",
])
def test_names_and_beliefs_are_not_the_writers_deeds(text: str) -> None:
    assert not action(text)[1].own_action


def test_a_relative_clause_is_not_the_main_verb() -> None:
    found, _ = action("The team I built from two engineers to nine now owns the whole lending stack.")
    assert found.verb_class != "technical"
    found, _ = action("This year I moved from engineering to product.")
    assert (found.verb, found.subject) == ("move", "i")


@pytest.mark.parametrize("text,verb", [
    ("May: Launched the low-price fee for landlords with one flat.", "launch"),
    ("Q3 2025: Cut the deposit for first-time renters to one month.", "cut"),
    ("Renewals: Convinced the risk director to drop the second ID check.", "convince"),
])
def test_a_label_before_a_bullets_verb_leaves_it_the_writers(text: str, verb: str) -> None:
    found, signals = action(text)
    assert (found.verb, found.subject) == (verb, "i")
    assert signals.own_action


@pytest.mark.parametrize("text", [
    "Result: renewals rose 12% in the pilot cities.",
    "Problem: landlords waited 14 days for their deposit.",
])
def test_a_label_before_a_statement_does_not_make_a_deed(text: str) -> None:
    assert action(text)[0].subject != "i"


def test_a_label_that_is_itself_the_verb_stays_the_verb() -> None:
    found, signals = action("Stopped: the video ads feature, after a beta where 5% of advertisers kept the videos.")
    assert (found.verb, found.subject) == ("stop", "i") and signals.own_action
