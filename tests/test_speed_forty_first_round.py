"""The forty-first speed round: the phrase lexicon files each phrase's entries by group on first use,
an item's kind asks for a cue list only where the item holds one, and a Session's packet reading
starts its pass over the blocks where the last edit's checkpoint was kept. Every report stays the
one a fresh analysis gives."""

from __future__ import annotations

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from packetcoach import Session, analyze, report_json
from packetcoach.analysis import kinds
from packetcoach.analysis.packet import FoundMemo
from packetcoach.profile.compile import rubric_for
from packetcoach.profile.lexicon import Match, PhraseMatcher


def _longest_by_group_before(index, words):
    """The group pass as it read the index before this round: each entry's label looked up for
    its group, every candidate length tried."""
    singles, longer, pairs, labels, firsts = index
    result, free = {}, {}
    count = len(words)
    for position in [at for at, word in enumerate(words) if word in firsts]:
        word = words[position]
        single = index.entries(singles, word)
        following = index.following(word) if position < count - 1 else None
        sizes = following.get(words[position + 1]) if following else None
        if sizes is None:
            if not single:
                continue
            candidates = ((1, single),)
        else:
            candidates = []
            for size in sizes:
                if position + size <= count:
                    entries = index.entries(longer, " ".join(words[position:position + size]))
                    if entries:
                        candidates.append((size, entries))
            if single:
                candidates.append((1, single))
        for size, entries in candidates:
            for label, phrase in entries.items():
                group, _, sub = label.partition("/")
                if group in free:
                    if free[group] > position:
                        continue
                    result[group].append(Match(position, position + size - 1, sub, phrase))
                else:
                    result[group] = [Match(position, position + size - 1, sub, phrase)]
                free[group] = position + size
    return result


def _matcher() -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add("a/x", ["cut", "cut the", "cut the bill", "bill"])
    matcher.add("a/y", ["the bill"])
    matcher.add("b/z", ["cut", "the", "bill of", "bill of sale"])
    matcher.add("c/w", ["sale", "of sale"])
    return matcher


def test_the_group_pass_finds_what_it_found_before_on_random_words() -> None:
    matcher = _matcher()
    vocabulary = ["cut", "the", "bill", "of", "sale", "and", "we"]
    rng = random.Random(41)
    for _ in range(400):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 14))]
        index = matcher._grouped or matcher._group_index()
        assert matcher.longest_by_group(words) == _longest_by_group_before(index, words)


def test_the_group_pass_files_entries_again_after_a_phrase_is_added() -> None:
    matcher = _matcher()
    words = ["we", "cut", "the", "bill", "of", "sale"]
    before = matcher.longest_by_group(words)
    matcher.add("d/v", ["we"])
    after = matcher.longest_by_group(words)
    assert "d" not in before and after["d"] == [Match(0, 0, "v", "we")]
    assert {group: found for group, found in after.items() if group != "d"} == before


def test_the_profile_lexicon_reads_the_corpus_words_as_before() -> None:
    lexicon = rubric_for("amazon-pm").lexicon
    index = lexicon._grouped or lexicon._group_index()
    text = analyze("# Review\n\n- Cut the refund queue from 9 days to 2 for small sellers; we paused the "
                   "kiosk pilot and I own checkout for 5M buyers.\n").document.items[0].words
    words = list(text) * 3
    assert lexicon.longest_by_group(words) == _longest_by_group_before(index, words)


def test_an_item_with_no_cue_list_asks_none() -> None:
    assert kinds._lessons({}) == []
    hits = {kinds.LESSON: [Match(2, 3, "lesson", "learned that")]}
    assert kinds._lessons(hits) == hits[kinds.LESSON]
    for text, kind in (("Next year I plan to extend one-click reorder to pharmacy customers.", "plan"),
                       ("I am asking for promotion to L6.", "context"),
                       ("I learned to bring finance in before the pricing review; next time I will start there.",
                        "lesson"),
                       ("Here is the problem I inherited: half our members came only once.", "context"),
                       ("Cut refund time from 9 days to 2 for 40,000 sellers.", "claim")):
        assert analyze(f"# Review\n\n## The year\n\n{text}\n").document.items[0].kind == kind


PACKET = "\n".join([
    "# Self-assessment", "", "## Impact", "",
    "- Convinced the payments VP to drop the extra step for small sellers, raising completion from 71% to 89%.",
    "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.", "",
    "## Impact", "",
    "I own checkout for 5M buyers across three teams.", "",
    "## What I stopped", "",
    "- Held 40 customer interviews with sellers about onboarding.",
    "- Started the seller-fees review that cut disputes for small sellers from 12% to 7%.", "",
    "## Impact", "",
    "As a former engineer, I traced refund failures to timeouts, cutting refund contacts 30%.", "",
    "## Objections I expect", "",
    "- Learned to bring finance in before the pricing review; next time I will start there.", "",
])


def _same(session_report, fresh) -> None:
    assert json.dumps(report_json(session_report), sort_keys=True) == json.dumps(report_json(fresh), sort_keys=True)
    assert session_report.reading == fresh.reading


def test_typing_in_one_place_starts_the_reading_at_the_checkpoint(monkeypatch) -> None:
    starts = []
    original = FoundMemo.resume

    def resume(self, found, blocks):
        start = original(self, found, blocks)
        starts.append(start[0])
        return start

    monkeypatch.setattr(FoundMemo, "resume", resume)
    session = Session()
    session.analyze(PACKET)
    target = "about onboarding."
    for typed in ("x", "xy", "xyz", "xy"):
        text = PACKET.replace(target, target[:-1] + " " + typed + ".")
        _same(session.analyze(text), analyze(text))
    assert starts[0] == 0 and starts[1] == 0 and all(start > 0 for start in starts[2:])  # repeated headings kept


def test_a_block_that_becomes_a_heading_at_the_checkpoint_is_read_again() -> None:
    session = Session()
    lines = PACKET.split("\n")
    at = lines.index("I own checkout for 5M buyers across three teams.")
    for edit in ("I own checkout for 5M buyers across three teams!", "# I own checkout for 5M buyers",
                 "I own checkout for 5M buyers across three teams.", "## Objections I expect", ""):
        lines[at] = edit
        text = "\n".join(lines)
        _same(session.analyze(text), analyze(text))
        _same(session.analyze(text), analyze(text))  # the same text twice: nothing changed


LINES = st.sampled_from([
    "- Convinced the payments VP to drop the extra step for small sellers, raising completion from 71% to 89%.",
    "- Killed the meal-kit builder after a pilot showed 2% of shoppers used it.",
    "I own checkout for 5M buyers across three teams.",
    "- Learned to bring finance in before the pricing review; next time I will start there.",
    "## Impact", "## What I stopped", "## Objections I expect", "## H2 2026", "", "",
    "Q: What objection do you expect from the room?",
    "Nobody owned acreage disputes.", "I proposed a weekly dispute review that cut open disputes 40%.",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(LINES, min_size=1, max_size=14),
       edits=st.lists(st.tuples(st.integers(0, 30), st.sampled_from(["type", "type", "type", "line", "delete"]),
                                LINES, st.text(alphabet="ab #.", max_size=2)), min_size=1, max_size=10))
def test_a_session_typing_here_and_there_reads_as_a_fresh_analysis(start, edits) -> None:
    session = Session()
    lines = list(start)
    session.analyze("\n".join(lines) + "\n")
    for at, action, line, typed in edits:
        where = at % len(lines) if lines else 0
        if not lines or action == "line":
            lines.insert(where, line)
        elif action == "delete" and len(lines) > 1:
            del lines[where]
        else:
            lines[where] = lines[where] + typed
        text = "\n".join(lines) + "\n"
        _same(session.analyze(text), analyze(text))


def test_a_frozen_dataclass_built_in_one_dictionary_equals_its_constructor() -> None:
    import pytest  # noqa: PLC0415

    from packetcoach.core.model import Block, Item, Passage, Span, built  # noqa: PLC0415
    from packetcoach.rules.item import PassageContext  # noqa: PLC0415

    item = built(Item, "", Span(0, 5), (), "prose", None, "Hello", "Hello")
    assert item == Item("", Span(0, 5), (), "prose", None, "Hello", "Hello")
    assert vars(item) == vars(Item("", Span(0, 5), (), "prose", None, "Hello", "Hello"))
    assert list(vars(item)) == list(vars(Item("", Span(0, 5), (), "prose", None, "Hello", "Hello")))  # fields in order
    assert built(Item, "a", Span(0, 1), (), "bullet", "S", plain="x").plain == "x"
    passage = built(Passage, Block("paragraph", Span(0, 5)), "Hello", "Hello", None, (), (item,), 1)
    assert vars(passage) == vars(Passage(Block("paragraph", Span(0, 5)), "Hello", "Hello", None, (), (item,), 1))
    assert vars(built(PassageContext, passage, None)) == vars(PassageContext(passage, None))
    with pytest.raises(TypeError):
        built(Item, "", Span(0, 5), ())  # its format and section missing
    with pytest.raises(TypeError):
        built(Item, "", Span(0, 5), (), "prose", None, colour="red")
    with pytest.raises(AttributeError):
        item.kind = "plan"  # still frozen
