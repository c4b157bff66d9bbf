"""A speed round on the Session's edit: the packet reading asks its questions of the blocks an edit
changed, and keeps what a block's own items answer with the block.

A block's digest says whether its items tell a start and which hold a word of adoption (the plan
adopted as the draft's start, analysis/packet.py ``_starts_left``); the owned-mistake reading is
asked only of the items of the kinds that may own one; each block's stops told back, each listed
stop's answers and each outcome's skim answer are kept in the passage's and the item's own state,
which a Session's moved block shares; the specialty words are gathered only when a past named by
its specialty asks. Every answer is the one a fresh reading gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from packetcoach import Session, analyze, report_json
from packetcoach.analysis.digest import block_digest
from packetcoach.analysis.facts import claims_level, passage_facts, plan_adopted
from packetcoach.analysis.packet import _Told, _starts_left, principles_shown

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus" / "packets").glob("*.md"))


def _old_starts_left(items, rubric) -> tuple[str, ...]:
    """The plan adopted as the draft's start, asked of every item as it was before the digest said it."""
    if not rubric.plan_adopted or any(item.facts is not None and item.facts.initiated for item in items):
        return ()
    return tuple(item.id for item in items if not rubric.plan_adopted.isdisjoint(item.words)
                 and item.action is not None and item.action.subject == "i"
                 and plan_adopted(item.words, "i", rubric) and not claims_level(item.text, rubric))


def _old_principles_shown(coverage, items, rubric) -> list[str]:
    """The principles shown, asking every item whether it owns a mistake, as before."""
    from packetcoach.analysis.packet import _owns_mistake
    table = rubric.profile.table("document")
    by_ready = set(table.get("principles_shown_by_ready", ())) if any(item.ready for item in items) else set()
    owned = table.get("principles_shown_by_owned_mistake", ())
    if owned and any(_owns_mistake(item, rubric) for item in items):
        by_ready.update(owned)
    return [name for name, ids in coverage.items() if ids or name in by_ready]


def _blocks(report):
    return tuple((passage, block_digest(passage, report.rubric, report.level)) for passage in report.document.passages)


@pytest.mark.parametrize("path", CORPUS[::7], ids=lambda path: path.stem)
def test_the_digests_find_the_plans_adopted_every_item_would(path: Path) -> None:
    report = analyze(path.read_text(encoding="utf-8"))
    assert _starts_left(_blocks(report), report.rubric) == _old_starts_left(report.items, report.rubric)


ADOPTED = ("# Self-assessment\n\nI wrote the three-year voucher strategy that the department adopted in March.\n\n"
           "I cut the median payout time from 9 days to 2 for 4,000 landlords.\n")


def test_a_plan_adopted_is_the_start_when_no_item_tells_one_and_not_when_one_does() -> None:
    report = analyze(ADOPTED)
    assert report.reading.initiated_items == _old_starts_left(report.items, report.rubric)
    assert report.reading.initiated_items == ("i-wrote-the-three-year",)
    started = analyze(ADOPTED + "\nI proposed a callback queue and launched it to 600 clubs.\n")
    assert "i-wrote-the-three-year" not in started.reading.initiated_items


@pytest.mark.parametrize("path", CORPUS[::5], ids=lambda path: path.stem)
def test_the_owned_mistakes_are_asked_only_of_lessons_with_the_same_answer(path: Path) -> None:
    report = analyze(path.read_text(encoding="utf-8"))
    coverage = report.reading.principles_coverage
    assert principles_shown(coverage, report.items, report.rubric) == \
        _old_principles_shown(coverage, report.items, report.rubric)


def test_the_specialty_words_are_those_of_every_block() -> None:
    report = analyze((ROOT / "examples" / "weak-engineer-voice.md").read_text(encoding="utf-8"))
    passages = tuple((passage, passage_facts(passage, report.rubric)) for passage in report.document.passages
                     if passage.block.kind != "heading")
    told = _Told(passages)
    assert told.words_of == set().union(*(facts.specialty_words for _, facts in passages))
    assert told.words_of  # the example's jargon names specialties


STOPS = [path for path in CORPUS if "stop" in path.read_text(encoding="utf-8").lower()][:10]


@pytest.mark.parametrize("path", STOPS, ids=lambda path: path.stem)
def test_a_session_that_moves_every_block_reads_the_stops_and_skim_as_a_fresh_analysis(path: Path) -> None:
    """An edit in the first paragraph moves every block after it: their stops told back, their listed
    stops' answers and their outcomes' skim answers come from their moved state, and must be a
    fresh reading's."""
    text = path.read_text(encoding="utf-8")
    session = Session()
    at = text.find(" ", text.find("\n\n") + 3)
    versions = [text, text[:at] + " very" + text[at:], text[:at] + " very much" + text[at:], text,
                text[:len(text) // 2] + " indeed" + text[len(text) // 2:]]
    for version in versions:
        assert report_json(session.analyze(version)) == report_json(analyze(version))
