"""The twenty-ninth speed round: the same readings, with less work for the items that need none.

The item lexicon's one pass per sentence looks only where a phrase can start (a one-word phrase, or
the first two words of a longer one), and every match is what it was (the reference below is the
pass as it was: every position whose word opens some phrase is tried). Readings that look for a
phrase word by word first ask, in C, whether a word the phrase must hold is there at all (a manager's
view, a mistake, a redirect, a measure people feel, an effect claimed), and the narrowings after
", and" or "I" are looked for where those words are, not at every word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach import Session, analyze, analyze_item, report_json
from packetcoach.analysis.annotate import _effect_claimed
from packetcoach.analysis.facts import _joined_narrowings, _narrowings_after_an_ask, _places, _scoped_down
from packetcoach.analysis.joins import _redirects
from packetcoach.analysis.kinds import _manager_view
from packetcoach.analysis.measures import _mistaken_sentences
from packetcoach.analysis.parties import _measured_modifier
from packetcoach.api import check_options
from packetcoach.profile.lexicon import Match, PhraseMatcher

RUBRIC = check_options("amazon-pm", "L6", "self-assessment")
LEXICON = RUBRIC.lexicon


def _every_first(matcher: PhraseMatcher, words) -> dict[str, list[Match]]:
    """:meth:`PhraseMatcher.longest_by_group` as it was: every position whose word opens a phrase."""
    result: dict[str, list[Match]] = {}
    free: dict[str, int] = {}
    group_index = matcher._grouped or matcher._group_index()
    singles, longer, pairs, labels, firsts = group_index
    count = len(words)
    for index in [index for index, word in enumerate(words) if word in firsts]:
        word = words[index]
        single = group_index.entries(singles, word)
        following = group_index.following(word) if index < count - 1 else None
        sizes = following.get(words[index + 1]) if following else None
        if sizes is None and not single:
            continue
        candidates = []
        for size in sizes or ():
            if index + size <= count:
                entries = group_index.entries(longer, " ".join(words[index:index + size]))
                if entries:
                    candidates.append((size, entries))
        if single:
            candidates.append((1, single))
        for size, entries in candidates:
            for label, phrase in entries.items():
                group, _, sub = label.partition("/")
                if group in free:
                    if free[group] > index:
                        continue
                    result[group].append(Match(index, index + size - 1, sub, phrase))
                else:
                    result[group] = [Match(index, index + size - 1, sub, phrase)]
                free[group] = index + size
    return result


def _phrase_words() -> list[str]:
    """Words the lexicon's phrases are made of (their first words and the words after them)."""
    singles, longer, pairs, _, _ = LEXICON._grouped or LEXICON._group_index()
    words = sorted({word for joined in longer for word in joined.split(" ")} | set(singles))
    return words[::7] + ["the", "to", "a", "by", "i", "cut", "customers", "from", "%", "."]


WORDS = _phrase_words()


def test_a_two_word_phrase_is_found_after_a_word_that_opens_only_longer_ones():
    words = "i cut the refund queue by half for customers".split()
    assert LEXICON.longest_by_group(words) == _every_first(LEXICON, words)
    assert LEXICON.longest_by_group(words)  # the sentence names something


def test_a_word_that_opens_only_longer_phrases_matches_nothing_at_the_end():
    for words in (["the"], ["we", "talked", "to"], []):
        assert LEXICON.longest_by_group(words) == _every_first(LEXICON, words)


def test_no_phrase_word_no_match():
    assert LEXICON.longest_by_group(["zzqx", "qqzv", "xxyz"]) == {}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_every_sentence_matches_as_before(words):
    assert LEXICON.longest_by_group(words) == _every_first(LEXICON, words)
    assert LEXICON.longest_by_group(tuple(words)) == _every_first(LEXICON, words)


def test_a_session_after_an_edit_reports_as_a_fresh_analysis():
    text = ("## Impact\n\n- I cut the refund queue from 14 days to 3 by moving approvals to store managers, "
            "which lifted repeat orders by 8%.\n- We talked to 40 customers before the launch.\n")
    session = Session()
    session.analyze(text)
    edited = text.replace("40 customers", "40 sellers")
    assert report_json(session.analyze(edited)) == report_json(analyze(edited))


def _item(text: str):
    item = analyze_item(text, "amazon-pm")
    assert item is not None
    return item


def test_a_managers_view_is_still_read_and_a_deed_told_by_i_holds_none():
    assert _manager_view(_item("I recommend Keiko for promotion because she cut refund time from 9 days to 2."), RUBRIC)
    assert not _manager_view(_item("I shipped the new refund flow, which cut refund time from 9 days to 2."), RUBRIC)
    assert not _manager_view(_item("I will say the refund flow cut refund time from 9 days to 2."), RUBRIC)


def test_a_mistake_is_still_found_and_an_item_without_one_numbers_no_sentence():
    told = _item("A price change doubled the fee for child tickets by mistake.")
    assert _mistaken_sentences(list(told.words), RUBRIC.mistaken)[1] == frozenset({0})
    assert _mistaken_sentences(list(_item("A price change doubled the fee for child tickets.").words),
                               RUBRIC.mistaken) == ([], frozenset())


def test_a_redirect_closing_its_clause_is_still_found():
    assert _redirects(_item("I put that time into deposits instead."), RUBRIC)
    assert not _redirects(_item("I built two modules instead of the nine modules."), RUBRIC)
    assert not _redirects(_item("I put that time into deposits."), RUBRIC)


def test_a_party_named_by_the_measure_it_feels_is_still_found():
    item = _item("Tutor ratings went from 4.2 to 4.7 after I rebuilt the matching.")
    found = _measured_modifier(item.tokens, item.view, RUBRIC, list(item.words), set())
    assert found is not None and found.text == "Tutor"
    item = _item("I rebuilt the matching, and ratings went from 4.2 to 4.7.")
    assert _measured_modifier(item.tokens, item.view, RUBRIC, list(item.words), set()) is None


def test_an_effect_claimed_is_still_read():
    assert _effect_claimed(_item("I launched a photo app that revolutionized how couples receive their photos.").tokens, RUBRIC)
    assert not _effect_claimed(_item("I launched a photo app for couples.").tokens, RUBRIC)


def test_narrowings_are_found_where_and_or_i_stand():
    joined = _item("My part: I ran the swap programme the director designed, and limited it to 4 branches "
                   "instead of the 19 he had planned.")
    assert _joined_narrowings(joined, RUBRIC) and _scoped_down(joined, RUBRIC)
    asked = _item("The operations director wanted to tag every crate with a chip, a $90K project. "
                  "I scoped the tagging to pallets only.")
    assert _narrowings_after_an_ask(asked, RUBRIC) and _scoped_down(asked, RUBRIC)
    alone = _item("Let tenants book by text. I scoped it to text only.")
    assert not _narrowings_after_an_ask(alone, RUBRIC)
    assert not _joined_narrowings(_item("I ran the swap programme, and it grew to 4 branches."), RUBRIC)


def test_places_are_every_place_in_order():
    assert _places(("i", "and", "x", "and", "and"), "and") == [1, 3, 4]
    assert _places(("i", "x"), "and") == []
    assert _places((), "and") == []
