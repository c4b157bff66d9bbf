"""The precision round on the per-sentence findings of the fifty-first and fifty-second blind sets
(docs/accuracy.md, "Precision of the per-sentence findings on the fifty-first and fifty-second blind
sets"). Text in our own words.

activity-not-outcome (PC104): the writer's earlier career told as background ("Before product I spent
nine years as a ferry deckhand", "I ran a bike shop for six years before I joined product"), the item
the reading already tells as a career (`career_told`: `kinds.career_teachers`, `kinds.career_moves`,
no result), is where the writer comes from, not effort reported where a result belongs. hedge (PC108):
a hedge deed followed by the writer's care in telling the draft ("I have tried to state each outcome
plainly", "tried to be honest about where I am still growing", `[wording]` `hedge_tellings`) is how
the document is written, not a doubt about a deed."""

from __future__ import annotations

from packetcoach import analyze
from packetcoach.api import analyze_item
from packetcoach.analysis.stories import career_told
from packetcoach.profile.load import load_profile


def _rules(text: str) -> list[str]:
    return [f.rule for f in analyze(text).findings]


def _hedged(text: str) -> bool:
    item = analyze_item(text)
    return bool(item and item.signals and item.signals.hedge)


# activity-not-outcome: effort still fires; a career told as background does not

def test_effort_reported_still_fires() -> None:
    for text in (
        "I spent my first month reading 600 support tickets and meeting the four regional leads.",
        "I attended the logistics conference in Leeds and wrote a summary for the team.",
        "I ran the weekly roadmap review for the ferry bookings squad.",
    ):
        assert "PC104" in _rules(text), text


def test_a_career_told_as_background_is_no_activity_finding() -> None:
    for text in (
        "Before product I spent nine years as a ferry deckhand, so I read a timetable the way a passenger does.",
        "I ran a bike repair shop for six years before I joined the product team, and I know what a "
        "Saturday queue looks like.",
        "Before product I spent eleven years as a school librarian, which is why I read the reading logs first.",
    ):
        item = analyze_item(text)
        assert item is not None and item.signals is not None, text
        # read as context since round kinds37 (background, never judged); read as a claim, the career told
        assert item.kind == "context" or item.signals.activity_only and career_told(item), text
        assert "PC104" not in _rules(text), text


def test_a_career_with_its_result_is_no_career_told() -> None:
    # a result told in the item: it is evidence, judged as any claim
    text = ("Before product I spent nine years as a ferry deckhand, and I cut missed sailings for foot "
            "passengers from 9% to 2% by moving the ticket check to the quay.")
    item = analyze_item(text)
    assert item is not None and not career_told(item)


# hedge: the writer's own attempt still fires; the care in telling the draft does not

def test_an_attempt_at_a_deed_is_still_a_hedge() -> None:
    for text in (
        "I tried to get the council to open the tip on Sundays, but it has not agreed yet.",
        "I tried to state our case to the ferry operator, but it would not move the sailing.",
        "I tried to be more strategic in the second half of the year.",
    ):
        assert _hedged(text), text
        assert "PC108" in _rules(text), text


def test_the_care_in_telling_the_draft_is_no_hedge() -> None:
    for text in (
        "My case is two bets, and I have tried to state each result plainly, including the one that failed.",
        "I have tried to name who did what below, because the panel should know.",
        "I have rated myself against the ladder and tried to be honest about where I can grow.",
    ):
        assert not _hedged(text), text
        assert "PC108" not in _rules(text), text


def test_the_tellings_are_profile_data() -> None:
    wording = load_profile("amazon-pm").table("wording")
    assert "be honest" in wording["hedge_tellings"] and "name who" in wording["hedge_tellings"]
    assert "state" not in wording["hedge_tellings"]  # "tried to state our case" is a deed
