"""Scaffolds: the stronger shape, the simplification shape and the readiness test, and the
no-invention guarantee.

The guarantee (SPEC 3B): a scaffold never contains a number, a customer or
persona, a product name or an outcome the item does not contain; everything else
is a [bracketed blank]. It is checked here two ways over generated drafts: the
final text passes :func:`invented`, and the construction never needed the
all-blanks fallback (the check is patched to fail the test instead).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import packetcoach.coach.scaffold as scaffold_module
import packetcoach.coach.shapes as shapes_module
from packetcoach.api import analyze, analyze_item
from packetcoach.coach.noinvent import invented
from packetcoach.coach.scaffold import readiness, readiness_sentence, result_phrase
from packetcoach.coach.shapes import item_scaffold, scaffolds, simplification_shape, strong_shape
from packetcoach.coach.wording import rehearsal_data, template_words
from packetcoach.profile.compile import rubric_for

RUBRIC = rubric_for("amazon-pm")

# ---- generated drafts: items composed from word banks (also used by test_redact, test_rewrite) ----
VERBS = [
    "Convinced", "Launched", "Scoped", "Killed", "Negotiated", "Prioritized", "Identified", "Descoped",
    "Built", "Implemented", "Migrated", "Optimized", "Refactored", "Deployed", "Designed", "Automated",
    "Reduced", "Cut", "Raised", "Improved", "Held", "Ran", "Wrote", "Helped with", "Worked closely with",
    "We built", "We launched", "The team shipped", "I convinced", "I decided to stop", "My team migrated",
    "was launched by", "Successfully rolled out", "Tried to improve", "Replaced", "Simplified",
]
OBJECTS = [
    "the approval email", "the checkout flow", "the pricing page", "a read-through cache", "the onboarding form",
    "the payments VP", "the {name} service", "the {name} launch", "{name}", "the legacy monolith",
    "the manual review step", "a one-click import", "the weekly report", "11 stakeholder meetings",
    "the {name} dashboard", "the carrier API", "the search ranking", "the returns portal",
]
PERSONAS = [
    "small sellers", "Prime members", "support agents", "enterprise customers", "business buyers",
    "advertisers", "developers", "shoppers", "first-time users", "warehouse associates", "the BI team",
    "drivers", "new subscribers", "",
]
MEASURES = [
    "conversion", "churn", "retention", "revenue", "checkout completion", "p99 latency", "error rate",
    "QPS", "test coverage", "CSAT", "support contacts", "onboarding time", "cost", "adoption", "GMV",
]
CONNECTORS = [
    ", which raised", ", which cut", " by replacing", " by offering", " instead of", " rather than",
    " so that", "; ", ". This moved", ". We saw", " and", ", because", " across three teams, lifting",
]
UNITS = ["%", " hours", " days", "ms", " weeks", " sellers", "", "K", "M"]


# Every strategy the composites below draw from is built once, here: one built inside a composite is
# built and validated again at each draw, which cost more than the draw itself. The values drawn
# are the same either way.
UNIT = st.sampled_from(UNITS)
NUMBER_FORM = st.sampled_from(["plain", "range", "by", "currency", "decimal", "words"])
MONEY_SUFFIX = st.sampled_from(['', 'K', 'M', '.5M'])
NUMBER_WORDS = st.sampled_from(["doubled", "halved", "three times", "a third", "six weeks"])


@st.composite
def numbers(draw) -> str:
    value = draw(st.integers(min_value=0, max_value=99999))
    other = draw(st.integers(min_value=0, max_value=99999))
    unit = draw(UNIT)
    form = draw(NUMBER_FORM)
    if form == "range":
        return f"from {value}{unit} to {other}{unit}"
    if form == "by":
        return f"by {value}{unit}"
    if form == "currency":
        return f"${value}{draw(MONEY_SUFFIX)}"
    if form == "decimal":
        return f"{value}.{other % 100}{unit}"
    if form == "words":
        return draw(NUMBER_WORDS)
    return f"{value:,}{unit}"


names = st.from_regex(r"[A-Z][a-z]{2,8}(?:[A-Z][a-z]{2,6})?", fullmatch=True)
VERB = st.sampled_from(VERBS)
OBJECT = st.sampled_from(OBJECTS)
PERSONA = st.sampled_from(PERSONAS)
FOR_PERSONA = st.sampled_from(["for", "with", "to help", "serving"])
CONNECTOR = st.sampled_from(CONNECTORS)
MEASURE = st.sampled_from(MEASURES)
NUMBER = numbers()


@st.composite
def items(draw) -> str:
    verb = draw(VERB)
    thing = draw(OBJECT).format(name=draw(names))
    persona = draw(PERSONA)
    parts = [verb, thing]
    if persona:
        parts.append(draw(FOR_PERSONA) + " " + persona)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        parts.append(draw(CONNECTOR).strip(" ") + " " + draw(MEASURE))
        if draw(st.booleans()):
            parts.append(draw(NUMBER))
        if draw(st.booleans()):
            parts.append("for " + draw(names))
    sentence = " ".join(parts).replace(" ;", ";").replace(" .", ".").replace(" ,", ",")
    return sentence[:1].upper() + sentence[1:] + "."


PROSE_ITEMS = st.lists(items(), min_size=1, max_size=2)
BULLET_ITEMS = st.lists(items(), min_size=1, max_size=5)


@st.composite
def drafts(draw) -> str:
    """A Markdown draft: an optional heading and prose paragraph, then bullets."""
    lines = []
    if draw(st.booleans()):
        lines += [f"# {draw(names)} self-assessment", ""]
    if draw(st.booleans()):
        lines += [" ".join(draw(PROSE_ITEMS)), ""]
    lines += [f"- {item}" for item in draw(BULLET_ITEMS)]
    return "\n".join(lines) + "\n"


# ---- the guarantee ----

def _strict_invented(monkeypatch) -> list[str]:
    """Make the scaffold's own guard fail loudly instead of falling back to blanks."""
    failures: list[str] = []

    def check(text: str, item_text: str, rubric=None) -> list[str]:
        found = invented(text, item_text, rubric)
        if found:
            failures.append(f"{found} in {text!r} from {item_text!r}")
        return found

    monkeypatch.setattr(scaffold_module, "invented", check)
    monkeypatch.setattr(shapes_module, "invented", check)
    return failures


NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts())
def test_scaffolds_never_invent(monkeypatch, draft: str) -> None:
    failures = _strict_invented(monkeypatch)
    report = analyze(draft)
    for item in report.items:
        item_text = item.text
        shapes = [*scaffolds(item, RUBRIC), readiness(item, RUBRIC)]
        for shape in shapes:
            assert invented(shape.text, item_text, RUBRIC) == [], shape.text
            for slot in shape.slots:
                assert slot.filled or slot.text.startswith("["), slot
        rewrite = item_scaffold(item, RUBRIC)
        if rewrite is not None:
            assert invented(rewrite, item_text, RUBRIC) == []
            kept = NUMBER_RE.findall(rewrite)
            for number in NUMBER_RE.findall(item_text):  # every number the item states stays
                assert number in kept, (number, rewrite)
    assert failures == []


@settings(max_examples=200, deadline=None)
@given(items())
def test_single_items_never_invent(text: str) -> None:
    item = analyze_item(text)
    if item is None:
        return
    for shape in (strong_shape(item, RUBRIC), simplification_shape(item, RUBRIC),
                  readiness(item, RUBRIC)):
        assert invented(shape.text, text, RUBRIC) == [], shape.text


def test_invented_catches_numbers_names_personas_and_measures() -> None:
    item = "Built the cache for the carrier API."
    assert invented("The customer I served was 42% of [blank] for the Zorblax org", item, RUBRIC) == ["42", "Zorblax"]
    assert invented("The customer I served was small sellers; their life improved by churn", item, RUBRIC) == \
        ["small", "sellers", "churn"]
    assert invented("because I built the cache [42 sellers, from 3% to 9%]", item, RUBRIC) == []
    assert invented("for the carrier API", item, RUBRIC) == []


def test_template_words_are_the_only_words_added() -> None:
    words = template_words()
    assert {"The", "customer", "customers", "I", "served", "were", "because"} <= words
    assert "Identified" not in words  # the stronger shape adds no words outside [questions]
    for name in ("readiness", "readiness_plural"):
        fixed = re.sub(r"\{\w+\}", " ", rehearsal_data()["scaffold"][name])
        assert not re.search(r"\d", fixed)
    for question in rehearsal_data()["shape"].values():
        assert question.startswith("[") and question.endswith("]")


def test_guard_falls_back_to_blanks(monkeypatch) -> None:
    """If a shape ever held a word the item lacks, the writer sees only the questions."""
    text = "We dropped the manual review step for small sellers."
    item = analyze_item(text)
    monkeypatch.setattr(shapes_module, "invented", lambda shape, item_text, rubric=None: ["X"])
    shape = strong_shape(item, RUBRIC)
    assert all(not slot.filled for slot in shape.slots)
    assert "sellers" not in shape.text


# ---- the shapes ----

def test_strong_shape_keeps_the_sentence_whole_and_asks_for_the_rest() -> None:
    text = "Implemented a read-through cache for the carrier API, which reduced p99 latency from 480ms to 190ms."
    shape = strong_shape(analyze_item(text), RUBRIC)
    assert shape.text == (
        "[Your decision, not the engineering work: launched / delivered / rolled out?] " + text +
        " [Who did it help: which customers, and how many?]"
        " [Which customers noticed, in what business measure, before and after?]")
    slots = {slot.name: slot for slot in shape.slots}
    assert slots["evidence"].filled and not slots["decision"].filled


def test_the_decision_sentence_comes_first() -> None:
    text = ("Wrote the PRD for the checkout page in March. Then I convinced the payments VP to drop the "
            "manual review step for small sellers.")
    shape = strong_shape(analyze_item(text), RUBRIC)
    assert shape.text.startswith("Then I convinced the payments VP")
    assert "Wrote the PRD for the checkout page in March." in shape.text
    assert "[Your decision" not in shape.text


def test_simplification_stories_get_the_simplification_shape() -> None:
    text = ("Replaced the 14-step manual onboarding form for small sellers with a one-click import "
            "instead of building a new setup wizard.")
    item = analyze_item(text)
    shapes = scaffolds(item, RUBRIC)
    assert [s.shape for s in shapes] == ["simplification", "strong"]
    assert "[The complex fix" not in shapes[0].text  # "instead of ..." already says it
    assert text in shapes[0].text
    assert item_scaffold(item, RUBRIC) == shapes[0].text


def test_a_number_after_instead_of_is_not_a_simplification() -> None:
    text = "Deployed the service to the UK marketplace. The rollout took five weeks instead of the planned eight."
    assert [s.shape for s in scaffolds(analyze_item(text), RUBRIC)] == ["strong"]


def test_a_stop_story_keeps_every_figure_it_states() -> None:
    text = ("I stopped the bulk upload redesign after six weeks: only 4% of new sellers used the spreadsheet, "
            "it was losing $40K a month, and we shipped the templates three weeks ahead of plan.")
    shape = item_scaffold(analyze_item(text), RUBRIC)
    for kept in ("six weeks", "4%", "$40K", "three weeks ahead of plan"):
        assert kept in shape


def test_ready_items_get_no_scaffold_but_a_readiness_sentence() -> None:
    text = ("Convinced the payments VP to drop the manual review step for small sellers, which raised "
            "checkout completion from 71% to 89%.")
    item = analyze_item(text)
    assert item.ready and item_scaffold(item, RUBRIC) is None and scaffolds(item, RUBRIC) == ()
    assert readiness_sentence(item, RUBRIC) == (
        "The customers I served were small sellers; their life improved by checkout completion from 71% to 89%; "
        "because I convinced the payments VP to drop the manual review step for small sellers.")


def test_readiness_sentence_blanks_what_the_item_lacks() -> None:
    text = "We launched the Zorblax pricing page for Prime members."
    sentence = readiness_sentence(analyze_item(text), RUBRIC)
    assert sentence.startswith("The customers I served were Prime members; their life improved by [metric")
    assert sentence.endswith("because I [your decision: what you chose].")


@pytest.mark.parametrize("text", [
    "I do not manage the Payments team, which owns 40% of the flow.",
    "Coming from the ML side, I spent six weeks tuning the ranking features.",
    "Six teams build from my roadmap, though I manage none of them directly.",
])
def test_readiness_action_is_a_real_action(text: str) -> None:
    sentence = readiness(analyze_item(text), RUBRIC).text
    assert "because I do not" not in sentence and "because I coming" not in sentence
    assert "because I manage none" not in sentence and "improved by six teams" not in sentence
    assert "improved by Six" not in sentence


def test_a_phrase_is_never_cut_in_half() -> None:
    text = "I cut the setup steps for small sellers from 9 to 3, and adoption so far is 40% of sellers."
    for shape in (readiness_sentence(analyze_item(text), RUBRIC), item_scaffold(analyze_item(text), RUBRIC) or ""):
        assert not re.search(r"(?<!so) far\b", shape), shape


def test_result_phrase_quotes_a_whole_clause() -> None:
    text = "During the event the service handled a peak of 42,000 QPS with an error rate of 0.02%."
    phrase = result_phrase(analyze_item(text), RUBRIC)
    assert "42,000 QPS" in phrase or "0.02%" in phrase
    assert result_phrase(analyze_item("Wrote the PRD for the pricing page."), RUBRIC) is None
    quote = result_phrase(analyze_item("Our scheduling service ran on about 4,000 servers for 12 regions."), RUBRIC)
    assert quote is None or "4,000" in quote and not quote.endswith("4")


def test_check_json_rewrite_is_the_scaffold(cli) -> None:
    result = cli("check", "examples/weak-engineer-voice.md", "--format", "json", "--fail-on", "never")
    report = result.json()
    text = open("examples/weak-engineer-voice.md", encoding="utf-8").read()
    for item in report["items"]:
        assert (item["rewrite"] is None) == (item["ready"] or item["kind"] != "claim")
        if item["rewrite"]:
            assert invented(item["rewrite"], text[item["start"]:item["end"]], RUBRIC) == []


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_scaffolds_survive_any_text(text: str) -> None:
    item = analyze_item(text) if text.strip() else None
    if item is not None and item.signals is not None:
        for shape in (*scaffolds(item, RUBRIC), readiness(item, RUBRIC)):
            assert invented(shape.text, item.text, RUBRIC) == []


@pytest.mark.parametrize("text", [
    "Replaced the 14-step manual onboarding form for small sellers with a one-click import instead of a wizard.",
    "Deployed the service to the UK marketplace. The rollout took five weeks instead of the planned eight.",
    "I cut the returns flow from six screens to two, so shoppers finish a return in under a minute.",
    "Refactored the pricing API to reduce p99 latency from 480 ms to 190 ms.",
    "Launched the QR label pilot in three cities with the carrier team.",
])
def test_the_cue_word_test_agrees_with_reading_the_clauses(text: str) -> None:
    item = analyze_item(text)
    assert scaffold_module.is_simplification(item, RUBRIC) == \
        scaffold_module._Filler(item, RUBRIC).simplification_story()


def test_a_matcher_may_match_only_words_that_start_a_phrase() -> None:
    matcher = scaffold_module.opener_matcher(("instead of", "rather than"))
    assert matcher.may_match(["built", "it", "instead", "of", "a", "wizard"])
    assert matcher.may_match(["rather"])  # a first word is enough: the scan decides the rest
    assert not matcher.may_match(["built", "a", "wizard", "of", "than"])
