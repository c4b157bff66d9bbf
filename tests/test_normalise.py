"""Words are matched as they read, not as they are encoded: invisible characters, soft hyphens and
look-alike letters of other scripts cannot hide a word from the phrase rules, and findings still
underline the characters the writer typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packetcoach import analyze
from packetcoach.profile.lexicon import INVISIBLE, TOKEN_RE, LazyTokens, fold, lowered_spans, tokenize, tokenize_spans

BULLET = "- {verb} a caching layer for the catalog service, reducing p99 latency by 40ms.\n"
DISGUISED_BUILT = {
    "zero-width space": "Bu\u200bilt", "zero-width joiner": "Bui\u200dlt", "word joiner": "B\u2060uilt",
    "soft hyphen": "Bu\u00adilt", "byte-order mark": "Buil\ufefft", "two of them": "B\u200bu\u00adilt",
    "Cyrillic capital Ve": "\u0412uilt", "Cyrillic small i": "Bu\u0456lt", "Greek capital Beta": "\u0392uilt",
    "fullwidth": "\uff22\uff55\uff49\uff4c\uff54", "mathematical bold": "\U0001d401\U0001d42e\U0001d422\U0001d425\U0001d42d",
    "mathematical italic": "\U0001d435\U0001d462\U0001d456\U0001d459\U0001d461", "ligature-free plain": "Built",
}


@pytest.mark.parametrize("name", sorted(DISGUISED_BUILT))
def test_a_disguised_engineering_verb_is_still_one(name: str) -> None:
    verb = DISGUISED_BUILT[name]
    draft = BULLET.format(verb=verb)
    report = analyze(draft)
    (finding,) = [f for f in report.findings if f.name == "engineering-verb"]
    assert draft[finding.span.start:finding.span.end] == verb  # the original characters, all of them
    assert report.items[0].action.verb == "build"


@pytest.mark.parametrize(("draft", "rule"), [
    ("- I worked closely with sellers on on\u200bboarding; we succ\u00adessfully cut churn from 9% to 6%.\n", "cliche"),
    ("- I think we im\u200bproved returns for vari\u200bous customers.\n", "weasel-word"),
    ("- I th\u0456nk we improved returns for customers by 5%.\n", "hedge"),
])
def test_other_phrase_rules_see_through_disguises(draft: str, rule: str) -> None:
    assert rule in {f.name for f in analyze(draft).findings}


def test_a_disguised_persona_is_still_a_customer() -> None:
    item = analyze("- Convinced the payments VP to drop the verification step for small sel\u200blers, raising "
                   "checkout completion from 71% to 89%.\n").items[0]
    assert item.persona is not None and item.signals.customer


def test_fold() -> None:
    assert fold("Bu\u200bilt") == fold("\u0392uilt") == fold("\uff22uilt") == "built"
    assert fold("don\u2019t") == "don't"
    assert fold("caf\u00e9") == "caf\u00e9"  # a real accent stays


def test_invisible_characters_inside_a_word_belong_to_it() -> None:
    tokens = tokenize("x Bu\u200bilt\u200b, \u200b y")
    assert [t.text for t in tokens] == ["x", "Bu\u200bilt\u200b", ",", "\u200b", "y"]
    assert [t.lower for t in tokens][1] == "built"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 ,.'’-\n") + list(INVISIBLE) + ["\u0412", "\uff22", "\u00e9"]),
               max_size=40), st.integers(0, 50))
def test_tokens_keep_their_original_spans(text: str, offset: int) -> None:
    previous = offset
    for token in tokenize(text, offset):
        assert token.text == text[token.start - offset:token.end - offset]
        assert previous <= token.start < token.end
        previous = token.end
        assert not set(token.lower) & set(INVISIBLE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_tokenizes_exactly_as_before(text: str) -> None:
    old = [(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    assert [tuple(token) for token in tokenize(text)] == old


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB1 ,.'’-\n>_") + ["\u0412", "\u200b"]), max_size=60), st.data())
def test_a_block_read_for_no_items_has_the_same_words_and_tokens(text: str, data) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    spans = list(zip([0, *cuts], [*cuts, len(text)]))
    eager, lazy = tokenize_spans(text, spans), lowered_spans(text, spans)
    assert [lowers for _, lowers in lazy] == [lowers for _, lowers in eager]
    for (tokens, _), (made, _) in zip(eager, lazy):
        assert made == tokens and tokens == made and len(made) == len(tokens)
        assert tuple(made) == tokens and made[1:3] == tokens[1:3] and list(made) == list(tokens)


def test_lazy_tokens_are_made_once_and_survive_pickling() -> None:
    import pickle

    tokens = LazyTokens("Growth: learn SQL.", 8, 18)
    assert [token.text for token in tokens] == ["learn", "SQL", "."]
    assert tokens[1] is tokens[1] and tokens[1].start == 14
    copy = pickle.loads(pickle.dumps(tokens))
    assert copy == tokens and copy[2].end == 18


def test_a_section_outside_the_evidence_opens_no_clause_and_keeps_its_words() -> None:
    report = analyze("# Wins\n\nI cut churn from 9% to 4% in Q3.\n\n## Growth areas\n\nI will learn SQL next year.\n")
    evidence, growth = (p for p in report.document.passages if p.block.kind == "paragraph")
    assert evidence.sentences[0].clause is not None and isinstance(evidence.sentences[0].tokens, tuple)
    assert growth.sentences[0].clause is None and growth.words == 6
    assert [token.lower for token in growth.sentences[0].tokens] == list(growth.sentences[0].lowers)


def test_the_wide_token_pattern_is_linear() -> None:
    from scaling import assert_linear

    assert_linear(lambda size: tokenize(("a\u200b" * 50 + " ") * (size // 101)), 50_000)
    assert_linear(lambda size: tokenize("a" + "\u200b" * size), 50_000)


@pytest.mark.parametrize("past", ["As a former backend engin\u200beer", "As a f\u043ermer backend engineer",
                                  "As a former backend \uff45ngineer", "As an ex-\u0455de"])
def test_profile_patterns_see_through_disguises_and_keep_offsets(past: str) -> None:
    draft = f"- {past}, I cut checkout abandonment for sellers from 9% to 4%.\n"
    report = analyze(draft)
    (mention,) = report.reading.former_engineer_mentions
    span = mention.span
    assert draft[span.start:span.end].lower().startswith(("as a", "ex-", "as an"))
    assert span.end <= draft.index(",")


def test_fold_text_maps_every_character_back() -> None:
    from packetcoach.profile.lexicon import fold_text

    folded, where = fold_text("a\u200bb\ufb01c\u0412")
    assert folded == "abfic" + "b" and where == [0, 2, 3, 3, 4, 5]
    assert fold_text("plain") == ("plain", None)
