"""The forty-seventh and forty-eighth blind writers' principle round: a lesson told in learning words ("I learned too
late that ...", "I learned to test a price on one cohort") names Learn and Be Curious first and Earn Trust second,
where a lesson with no such word ("I should have ...", "I now ...") keeps the candour first (the profile's
`before_cued`); a technical-only result ("cutting p95 latency from 800 ms to 120 ms", "runs in 9 minutes instead of 2
hours") names no Invent and Simplify; and a purchase passed over told as its funding ("instead of funding a third
van") is Frugality's cue. Sentences of our own that should and should not name them."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach.api import analyze_item
from packetcoach.core.errors import ProfileError
from packetcoach.profile.load import load_profile


def item_of(text: str, profile: str = "amazon-pm"):
    item = analyze_item(text, profile=profile)
    assert item is not None
    return item


LEARNED = [
    "I learned too late that the drivers would not trust a rota they had not helped draw up; I should have put two "
    "of them on the pilot from day one.",
    "Raising the booking fee in January was my call, and it was wrong: 25% of members lapsed within a month, and I "
    "learned to test a price on one branch before a full rollout.",
]


@pytest.mark.parametrize("text", LEARNED)
def test_a_lesson_told_in_learning_words_names_the_lesson_first(text: str) -> None:
    item = item_of(text)
    assert item.kind == "lesson"
    assert item.principles[:2] == ("learn-and-be-curious", "earn-trust")


@pytest.mark.parametrize("text", [
    "I should have told the depot managers about the route change before the drivers did; two of them stopped "
    "using the app for a month, and I now brief them first.",
    "The mistake I own this year is shipping the ticket page without a refund path; 60 parents had to call us, and "
    "I now make refunds part of every payment launch checklist.",
])
def test_a_lesson_with_no_learning_word_keeps_the_candour_first(text: str) -> None:
    item = item_of(text)
    assert item.kind == "lesson"
    assert item.principles[:2] == ("earn-trust", "learn-and-be-curious")


def test_the_order_changes_which_principles_are_named_never(tmp_path: Path) -> None:
    """A profile that drops the key names the same principles in the weights' order."""
    profile = tmp_path / "team.toml"
    profile.write_text('[profile]\nname = "team"\nextends = "amazon-pm"\n\n'
                       '[principles.learn-and-be-curious]\nbefore_cued = []\n', encoding="utf-8")
    for text in LEARNED:
        shipped, plain = item_of(text), item_of(text, str(profile))
        assert plain.principles[:2] == ("earn-trust", "learn-and-be-curious")
        assert set(plain.principles) == set(shipped.principles)


def test_before_cued_names_a_principle_of_the_profile(tmp_path: Path) -> None:
    profile = tmp_path / "typo.toml"
    profile.write_text('[profile]\nname = "typo"\nextends = "amazon-pm"\n\n'
                       '[principles.learn-and-be-curious]\nbefore_cued = ["earn-trusst"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="earn-trusst"):
        load_profile(str(profile))


@pytest.mark.parametrize("text", [
    "We automated the nightly stock-export job so that it runs in 9 minutes instead of 2 hours.",
    "Automated the release pipeline for the billing service, cutting deploy time from 50 minutes to 7.",
    "We moved 6 legacy reporting services onto Kubernetes and retired the old batch server.",
])
def test_a_technical_only_result_names_no_simpler_way(text: str) -> None:
    item = item_of(text)
    assert "has:technical_metric_only" in item.principle_features
    assert "invent-and-simplify" not in item.principles


@pytest.mark.parametrize("text", [
    "Cut the parcel-return form from five pages to one, and online returns from shop customers rose 31% in a "
    "quarter.",
    "Merged the three booking forms into one, so parents book a lesson in one visit; completed bookings rose from "
    "40% to 62%.",
])
def test_a_simpler_way_with_a_customer_result_is_still_named(text: str) -> None:
    item = item_of(text)
    assert "has:technical_metric_only" not in item.principle_features
    assert item.principles[0] == "invent-and-simplify"


@pytest.mark.parametrize("text", [
    "Moved the clinic orders onto the Thursday courier instead of funding a third van, and cut average delivery "
    "time for rural clinics from 5 days to 3.",
    "Trained the 240 volunteers in the county hall rather than funding a new training room, and every one of them "
    "was signed off by March.",
])
def test_a_purchase_passed_over_as_its_funding_is_frugality(text: str) -> None:
    assert "frugality" in item_of(text).principles


@pytest.mark.parametrize("text", [
    "Secured funding from the county for a second depot, and deliveries to rural clinics rose from 40 to 65 a week.",
    "We raised £2M in funding from two regional investors to open the Leeds branch.",
])
def test_funding_won_is_no_frugality(text: str) -> None:
    assert "frugality" not in item_of(text).principles
