"""The speed round on the Session: the same answers, found with less work on every edit.

The parties a draft defines are found where a defining word starts a word of the draft; a word of
the list that another one starts ("customers" after "customer") stands only where that one does,
so it is not searched for, and every report stays as it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach import Session, analyze, report_json
from packetcoach.analysis.definitions import _party_name, _party_res, _plural_head, _served_res, _searched, \
    defined_parties, OWNER_REACH
from packetcoach.api import check_options

RUBRIC = check_options("amazon-pm", "L6", "self-assessment")


def _every_word(text: str, rubric) -> tuple[tuple[str, ...], ...]:
    """:func:`defined_parties` as it was: every word of the lists searched, each place tried once."""
    lowered = text.lower()
    found: list[tuple[str, ...]] = []
    for key, patterns, served in (("defining_nouns", _party_res(rubric), False),
                                  ("defining_verbs", _served_res(rubric), True)):
        after, before = patterns
        places = set()
        for word in rubric.profile.list("personas", key):
            word = word.lower()
            at = lowered.find(word)
            while at >= 0:
                if at == 0 or not lowered[at - 1].isalnum():
                    places.add(at)
                at = lowered.find(word, at + 1)
        for at in sorted(places):
            match = after.match(lowered, at)
            if match is None or not before.search(lowered, max(0, at - OWNER_REACH), at):
                continue
            phrase = _party_name(match.group("party"), rubric)
            if served:
                phrase = _plural_head(phrase)
            if phrase and phrase not in found:
                found.append(phrase)
    return tuple(found)


def test_a_word_another_starts_is_not_searched() -> None:
    nouns, verbs = _searched(RUBRIC, "defining_nouns"), _searched(RUBRIC, "defining_verbs")
    assert "customer" in nouns and "customers" not in nouns and "user" in nouns and "users" not in nouns
    assert "serve" in verbs and "serves" not in verbs and "help" in verbs and "helps" not in verbs


def test_a_party_defined_by_a_word_not_searched_is_still_found() -> None:
    assert defined_parties("Our customers are the 140 product teams at the company.", RUBRIC) == (("product", "teams"),)
    assert defined_parties("Our users are\nthe night-shift nurses on each ward.", RUBRIC) == (("night-shift", "nurses"),)
    assert defined_parties("Our team serves 1,200 dental practices across the region.", RUBRIC) == \
        (("dental", "practices"),)


def test_a_word_inside_another_word_defines_no_party() -> None:
    assert defined_parties("Superusers are the admins. Our customerbase is the 40 largest banks.", RUBRIC) == ()
    assert defined_parties("- Held 40 customer interviews with sellers about onboarding.", RUBRIC) == ()


FRAGMENTS = st.sampled_from([
    "Our customers are the 140 product teams", "Our customer is the ", "Our users are", "the night-shift nurses",
    "We help 300 independent photo studios", "Our team serves", "1,200 dental practices", "superusers are",
    "the platform's clients are the", "regional banks.", "customers", "users", "serve", "helps 40 teams",
    " ", "\n", "\n\n", "- ", "## ", ".", "Customers ARE the 12 hospitals",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=12))
def test_the_parties_are_those_every_word_of_the_lists_finds(fragments) -> None:
    text = "".join(fragments)
    assert defined_parties(text, RUBRIC) == _every_word(text, RUBRIC)


def test_a_session_that_defines_a_party_mid_draft_matches_a_fresh_analysis() -> None:
    lines = ["## Remit", "", "- Cut refund contacts 30% for small sellers.", "",
             "- Launched one-click reorder for grocery shoppers, lifting repeat orders 9%."]
    session = Session()
    session.analyze("\n".join(lines) + "\n")
    for added in ("Our customers are the 140 product teams at the company.",
                  "Our customers are the 140 product teams at the firm.", ""):
        text = "\n".join(lines[:2] + [added, ""] + lines[2:]) + "\n"
        assert report_json(session.analyze(text)) == report_json(analyze(text))
