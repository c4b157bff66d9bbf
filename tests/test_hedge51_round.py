"""The hedged level claim, wherever the draft makes it (docs/accuracy.md, "The hedged level claim on
the corpus"). Text in our own words.

A hedge of the writer's own view (the profile's `wording.hedged_views`: "I think", "I believe",
"perhaps", ...) before the level asked for in the same sentence (a level claim, or a ladder level
after one of `wording.level_links`: "that is an L6 year") is named by PC108 whatever the item's kind:
a scope statement, the closing's context, an objection's answer. Before, only claims (and items read
for their wording alone) were read, so the ask the room hears as doubt got no finding. A hedge naming
no level, an unhedged level claim and a level named before the hedge are read as before.
"""

from __future__ import annotations

import pytest

from packetcoach import analyze

OPENING = ("# Self-assessment\n\n"
           "I own the booking app for a chain of 40 climbing gyms, with three engineering teams.\n\n")
STORY = ("## Route setting\n\n"
         "I moved route changes from a monthly reset to a weekly one after interviewing 30 members, "
         "and monthly renewals rose from 71% to 83%.\n\n")


def _hedges(text: str) -> list[tuple[str, str]]:
    """Each PC108 finding's words, with its item's kind."""
    report = analyze(text)
    kinds = {item.id: item.kind for item in report.items}
    return [(text[f.span.start:f.span.end], kinds.get(f.item)) for f in report.findings if f.rule == "PC108"]


@pytest.mark.parametrize("closing, words", [
    ("I own pricing for 40 gyms across two regions. I believe I am ready for the next level.", "I believe"),
    ("I own pricing for 40 gyms across two regions. I think I am already operating at L6.", "I think"),
    ("I own pricing for 40 gyms across two regions. Perhaps I am ready for L6 now.", "Perhaps"),
    ("I run the members' app for 40 gyms. I think that is an L6 year, though the pilot is young.", "I think"),
])
def test_a_hedged_level_claim_in_a_scope_statement_is_a_hedge(closing, words):
    found = _hedges(OPENING + STORY + "## Summary\n\n" + closing + "\n")
    assert (words, "scope") in found


def test_a_hedged_level_claim_opening_the_draft_is_a_hedge():
    text = ("# Self-assessment\n\nI own the booking app for 40 climbing gyms across two regions, and I "
            "believe the work below shows I already operate at L6.\n\n" + STORY)
    assert [w for w, _ in _hedges(text)] == ["I believe"]


def test_an_objections_answer_closed_on_a_hedged_level_is_a_hedge():
    text = (OPENING + STORY + "## Objections\n\n"
            "Some will say the weekly reset is a small change. It changed how 40 gyms staff their "
            "weekends. I think that is what an L6 PM does here.\n")
    assert "I think" in [w for w, _ in _hedges(text)]


@pytest.mark.parametrize("closing", [
    "I own pricing for 40 gyms across two regions. I am ready for the next level.",
    "I own pricing for 40 gyms across two regions. I already operate at L6.",
    "I own pricing for 40 gyms across two regions. That is an L6 year.",
])
def test_an_unhedged_level_claim_is_no_hedge(closing):
    assert _hedges(OPENING + STORY + "## Summary\n\n" + closing + "\n") == []


@pytest.mark.parametrize("closing", [
    # a hedge naming no level: a view of the work, not the ask, left to the claims' reading
    "I own pricing for 40 gyms across two regions. I believe the survey shows members want weekly resets.",
    # the level named before the hedge, not after it
    "I own pricing for 40 gyms at L6 across two regions, and I think the app matters most.",
    # a level named in passing, with no claim and no link
    "I own pricing for 40 gyms across two regions. I think the L6 ladder rewards breadth.",
])
def test_a_hedge_not_before_a_level_claim_is_read_as_before(closing):
    assert [w for w, kind in _hedges(OPENING + STORY + "## Summary\n\n" + closing + "\n") if kind != "claim"] == []


def test_a_plain_belief_inside_a_result_gets_no_new_finding():
    text = OPENING + ("## Route setting\n\n"
                      "I moved route changes to a weekly reset, and I believe the data shows renewals rose "
                      "from 71% to 83%.\n\n")
    assert [kind for _, kind in _hedges(text) if kind != "claim"] == []
