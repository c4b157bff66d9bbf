"""The forty-eighth speed round: two answers asked of every item, each now found with fewer
instructions and the very same result (an item's id and the learned reader's probabilities); the
profile's engineering-past patterns keep the binding's public search."""

import math
import random
import string
from itertools import islice

import pytest

from packetcoach.analysis.principles import _probability
from packetcoach.core.ids import ID_WINDOW, ID_WORDS, MAX_LENGTH, WORD_RE, item_id
from packetcoach.profile.patterns import compile_patterns, spans_of


def _slug(text: str) -> str:
    """The id as the regular expression over the whole text gives it."""
    words = [match.group().lower() for match in islice(WORD_RE.finditer(text), ID_WORDS)]
    return "-".join(words)[:MAX_LENGTH].rstrip("-") or "item"


@pytest.mark.parametrize("text", [
    "Convinced the payments VP to drop the manual review step, cutting approval time by 40%.",
    "Cut it.", "", "   ", "--- *** ---", "A_b c_d e f g h", "x" * 200 + " second word",
    "Supercalifragilisticexpialidocious antidisestablishmentarianism floccinaucinihilipilification x y z",
    "one two three four five", "one two three four five six", "Ünïcode words: café résumé naïve",
    "Built the L6 self-serve refunds flow\u200b for 2,000 sellers",
])
def test_item_id_is_the_slug_of_its_first_five_words(text: str) -> None:
    assert item_id(text) == _slug(text)


def test_item_id_matches_the_slug_on_random_texts_around_the_window() -> None:
    chooser = random.Random(48)
    letters = string.ascii_letters + string.digits
    marks = " _-.,'’*#:()\n\té"
    for _ in range(20000):
        length = chooser.choice([0, 5, ID_WINDOW - 1, ID_WINDOW, ID_WINDOW + 1, 2 * ID_WINDOW])
        text = "".join(chooser.choice(letters if chooser.random() < 0.8 else marks) for _ in range(length))
        assert item_id(text) == _slug(text), text



def test_spans_of_find_every_match_and_none_where_there_is_none() -> None:
    pattern = compile_patterns([r"\bformer (?:engineer|developer)\b", r"\bex-?sre\b"])
    text = "a former engineer, an ex-SRE and a former developer"
    assert spans_of(pattern, text) == [(2, 17), (22, 28), (35, 51)]
    assert spans_of(pattern, "a former chef") == []


def test_probability_adds_the_weights_on_in_their_order() -> None:
    chooser = random.Random(7)
    for _ in range(500):
        weights = {f"has:f{i}": chooser.uniform(-3, 3) for i in range(100)}
        on = set(chooser.sample(sorted(weights), 25)) | {"kind:claim"}
        body = {"bias": chooser.uniform(-2, 2), "weights": weights}
        total = body["bias"] + sum(weight for feature, weight in weights.items() if feature in on)
        assert _probability(body, on) == 1.0 / (1.0 + math.exp(-total))
    assert _probability({"bias": 0.0, "weights": {"a": 1.0}}, set()) == 0.5
