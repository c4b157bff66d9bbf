"""A speed round on the Session: an edit asks less of the lines and headings it did not touch.

Where the words that define a served party stand ("Our customers are ...", "We help 300 ...") is
found line by line and remembered by each line's text (analysis/definitions.DraftParties); the
parties are what :func:`defined_parties` finds in the whole draft, edit after edit. A first-person
draft whose headings name no speaker speaks as the draft does in every section: each title is asked
once whether it names one (text/voice._SpeakingTitles), and the sections' voices are what the full
reading of the headings gives."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import packetcoach.text.voice as voice
from packetcoach import Session, analyze, report_json
from packetcoach.analysis.definitions import DraftParties, defined_parties
from packetcoach.api import check_options
from packetcoach.text.blocks import parse_blocks
from packetcoach.text.structure import sections_of

RUBRIC = check_options("amazon-pm", "L6", "self-assessment")

LINES = st.sampled_from([
    "Our customers are the 140 product teams at the company.",
    "Our customers are the 140 product teams",
    "at the company, and their on-call engineers.",
    "We help 300 independent photo studios take bookings online.",
    "Our team serves 1,200 dental practices across the region.",
    "- Cut onboarding time for new users from 9 days to 2.",
    "My clients are",
    "",
    "## Customers",
    "Customer churn fell from 9% to 6% after the pricing review.",
    "The reuser and the superuser helped, as did the observer.",
    "İstanbul customers are the 40 city offices.",  # a letter lower-cased into two characters
    "Our users\r",
    "- Launched one-click reorder, lifting repeat orders 9%.",
])
DRAFTS = st.lists(LINES, min_size=0, max_size=12)
EDITS = st.lists(st.tuples(st.integers(min_value=0, max_value=20), LINES, st.booleans()), min_size=1, max_size=8)


def _edited(lines: list[str], edit) -> list[str]:
    at, line, insert = edit
    lines = list(lines)
    if insert or not lines:
        lines.insert(at % (len(lines) + 1), line)
    else:
        lines[at % len(lines)] = line
    return lines


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=DRAFTS, edits=EDITS)
def test_the_parties_found_line_by_line_are_those_of_the_whole_draft(start: list[str], edits) -> None:
    parties, lines = DraftParties(RUBRIC), start
    for edit in [None, *edits]:
        if edit is not None:
            lines = _edited(lines, edit)
        text = "\n".join(lines)
        assert parties.read(text) == defined_parties(text, RUBRIC)
        assert parties.read(text, text.split("\n")) == defined_parties(text, RUBRIC)  # read twice: all remembered


def test_a_party_defined_across_a_line_break_is_found() -> None:
    text = "Our customers are the 140 product teams\nat the company.\n\n- Cut review time 40%."
    assert DraftParties(RUBRIC).read(text) == defined_parties(text, RUBRIC) == (("product", "teams"),)


def test_a_draft_without_a_defining_word_defines_no_party() -> None:
    parties = DraftParties(RUBRIC)
    text = "- Launched one-click reorder, lifting repeat orders 9%.\n- The observer and the reuser agreed."
    assert parties.read(text) == () == defined_parties(text, RUBRIC)
    assert all(found == () for found in parties.lines.values())  # lines with no place remember none


def test_the_lines_remembered_stay_about_one_drafts_size() -> None:
    parties = DraftParties(RUBRIC)
    for n in range(400):
        parties.read(f"Our customers are the {n} product teams.\nLine {n}")
    assert len(parties.lines) <= 2 * 2 + 64 + 2


HEADINGS = st.sampled_from([
    "# Self-review", "## Impact", "## Manager's comments", "## In her own words", "## Ruth (manager): why now",
    "## Written by her manager", "## Daniel: the transfer-time story", "### Next year", "## What I stopped",
])
BODY = st.sampled_from([
    "I cut refund contacts 30% by tracing failures to timeouts.",
    "She led the checkout redesign and lifted conversion 4%.",
    "Priya owns checkout for 5M buyers. She cut churn from 9% to 6%.",
    "",
])


class _AskEveryTitle:
    names_speaker = staticmethod(lambda title: True)


@settings(max_examples=150, deadline=None)
@given(parts=st.lists(st.tuples(HEADINGS, BODY), max_size=8))
def test_a_first_person_drafts_sections_speak_as_the_full_reading_of_its_headings_says(parts) -> None:
    text = "\n\n".join(f"{heading}\n\n{body}" for heading, body in parts)
    sections = sections_of(text, parse_blocks(text))
    fast = voice.section_voices(text, sections, None, RUBRIC)
    of = voice._SpeakingTitles.of
    try:
        voice._SpeakingTitles.of = staticmethod(lambda rubric: _AskEveryTitle)  # every section read in full
        full = voice.section_voices(text, sections, None, RUBRIC)
    finally:
        voice._SpeakingTitles.of = staticmethod(of)
    assert fast == full


def test_a_heading_that_names_a_speaker_is_asked_and_one_that_names_none_is_not() -> None:
    titles = voice._SpeakingTitles.of(RUBRIC)
    assert titles.names_speaker("Manager's comments")
    assert titles.names_speaker("In her own words")
    assert titles.names_speaker("Ruth (manager): why now")
    assert not titles.names_speaker("Impact")
    assert not titles.names_speaker("What I stopped")
    assert not titles.names_speaker(None)


def test_the_titles_remembered_stay_bounded() -> None:
    titles = voice._SpeakingTitles(RUBRIC)
    for n in range(titles.LIMIT + 50):
        titles.names_speaker(f"Topic {n}")
    assert len(titles.known) <= titles.LIMIT + 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=DRAFTS, edits=EDITS, heading=HEADINGS)
def test_a_session_editing_a_draft_that_defines_its_parties_reports_as_a_fresh_analysis(start, edits, heading) -> None:
    session, lines = Session(), [heading, "", *start]
    for edit in [None, *edits]:
        if edit is not None:
            lines = _edited(lines, edit)
        text = "\n".join(lines)
        assert json.dumps(report_json(session.analyze(text)), sort_keys=True) == \
            json.dumps(report_json(analyze(text)), sort_keys=True)
