"""Round level43: the supported level and the engineering past on new writers, by cause.

A leader's request the writer turned down ("The regional director asked for a points scheme. I declined
...", "Refused the director's request for ...", "We also chose not to build the app our board had
wanted") is influence at the leader's level, whether or not the item's first verb is the writer's; a
request carried out, or a refusal that is the leader's own, is not. Partner organisations counted also
in manufacturers, universities and operators, and "both" counts two of them. The engineering past told
as a security title ("as a former pen tester"), as a field the writer comes from ("Coming from embedded
C, I ..."), after a possessive ("years as the scheme's database administrator"), and, once named, as the
old job's way of working ("the way I used to scope a penetration test"), but not twice in one sentence."""

from __future__ import annotations

import pytest

from packetcoach import analyze, analyze_item


def dimensions(text: str, level: str) -> frozenset[str]:
    ladder = analyze_item(text).facts.ladder
    return next((found for at, found in ladder if at == level), frozenset())


@pytest.mark.parametrize("text", [
    "The regional director asked for a points-based loyalty scheme in the first release. I declined and kept the release to booking and rescheduling, and bookings rose 30%.",
    "In May the director asked for an automated eligibility checker. Refused the director's request, because residents in the user panel objected to it; we used the register match instead.",
    "We also chose not to build the learner app our founders had wanted since 2023, because two in three learners share one phone.",
    "I did not take the portal rebuild that our engineering director proposed for the autumn; we put the two engineers on credit instead.",
])
def test_a_leaders_request_turned_down_shows_influence(text: str) -> None:
    assert "influence" in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    # the request carried out
    "The regional director asked me to launch a points-based loyalty scheme, and I launched it in March for 3,000 members.",
    # the leader's own refusal, not the writer's
    "I asked for two more engineers, and the director declined; I kept the release to booking and rescheduling.",
    # a refusal with no leader's request
    "I declined the two extra engineers finance offered and kept the release to booking and rescheduling.",
])
def test_no_leaders_request_turned_down_shows_no_influence(text: str) -> None:
    assert "influence" not in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    "Negotiated direct-to-patient delivery with both pump manufacturers we stock, so pump users now wait 3 days for supplies instead of 11.",
    "I negotiated a shared-revenue deal with two operators that put 180 chargers into their sites, and sessions rose from 9,000 to 26,500 a month.",
    "Negotiated a shared room match with four universities, so 81% of first-year students got one of their top three halls.",
])
def test_partner_organisations_counted_show_l6_scope(text: str) -> None:
    assert "scope" in dimensions(text, "L6")


@pytest.mark.parametrize("text", [
    # teams are not counted by "both"
    "I ran both teams' planning reviews this year, and the release slipped by only one week.",
    # one organisation is no span
    "I negotiated direct delivery with one pump manufacturer, so pump users now wait 3 days for supplies instead of 11.",
    # competitors are no partners
    "We priced against three insurers with ten times our claims data, and our quotes held at 4% below theirs.",
])
def test_no_partner_organisations_counted_show_no_l6_scope(text: str) -> None:
    assert "scope" not in dimensions(text, "L6")


def mentions(text: str) -> list[str]:
    report = analyze(text, level="L6", doc_type="self-assessment")
    return [text[m.span.start:m.span.end] for m in report.reading.former_engineer_mentions]


BODY = "\n\n- I cut the claim form from 14 questions to 5, and online completion rose from 52% to 88%.\n"


@pytest.mark.parametrize("sentence, expected", [
    ("The credit route would have needed a full threat model, which as a former pen tester I knew would take a quarter.", 1),
    ("Coming from embedded C, I could read the charger logs myself and traced the failures to one timeout.", 1),
    ("This was my first full year as the product manager, after six years as the scheme's database administrator.", 1),
    # named once, then the old job's way of working in another sentence: two tellings
    ("I audited the journey the way I used to scope a penetration test. As a former pen tester I knew the weak points.", 2),
])
def test_the_engineering_past_told_in_these_forms_is_counted(sentence: str, expected: int) -> None:
    assert len(mentions("# Self-assessment\n\n" + sentence + BODY)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a past outside engineering
    ("Coming from hardware sales, I knew what the stores would ask for first.", 0),
    ("I read churn the way I used to read a company's customer book, and found most lapses were card expiries.", 0),
    # one sentence that names the past and then its way of working: one telling
    ("As a former site reliability engineer, I read the dispatch data the way I used to read an error budget.", 1),
    # a title that is no engineering
    ("After six years as the shop's sales manager, I moved to product.", 0),
])
def test_other_tellings_are_not_counted(sentence: str, expected: int) -> None:
    assert len(mentions("# Self-assessment\n\n" + sentence + BODY)) == expected


DRAFT = """# Promotion document: Senior Product Manager (L6), Library Lending

I lead product for e-book lending across 212 public library systems.

## Holds

I proposed a hold notice by text message, and lapsed holds fell from 33% to 12%; checkouts per licence rose by 18%.

## Saying no to a reading app of our own

Our director asked for a branded reading app. I spent three weeks with eleven library directors and our usage data and showed that 80% of reading already happens in two apps. We stopped the app and put one team on search instead. The director agreed after the second review.
"""


def test_a_draft_that_turns_down_its_directors_request_reads_l6_influence() -> None:
    report = analyze(DRAFT, level="L6", doc_type="promotion")
    assert report.reading.level_evidence["L6"]["influence"]
    assert report.reading.supported_level == "L6"


def test_the_same_draft_that_builds_what_the_director_asked_shows_no_l6_influence() -> None:
    text = DRAFT.replace("We stopped the app and put one team on search instead. The director agreed after the second review.",
                         "We built the app and launched it in June.")
    report = analyze(text, level="L6", doc_type="promotion")
    assert not report.reading.level_evidence["L6"]["influence"]
