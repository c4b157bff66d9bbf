"""The senses round: a word of two senses as an engineering verb's object (docs/accuracy.md, "Words
of two senses: a business model is no engineering work"). Text in our own words.

"Model" is a business model or a spreadsheet in one sense and a trained model in the other: with a
sign of its business sense in the sentence (the profile's `verbs.object_senses`: fees, a franchise,
finance) and none of its engineering one (`verbs.object_technical_senses`: churn, trained, AUC), an
engineering verb that takes it is no engineering work. Every trained model stays engineering."""

from __future__ import annotations

from packetcoach.api import analyze_item
from packetcoach.profile.compile import rubric_for
from packetcoach.profile.lexicon import tokenize
from packetcoach.text.verbs import verb_class


def _class_of(text: str, verb: str) -> str:
    rubric = rubric_for("amazon-pm")
    tokens = tokenize(text)
    index = next(i for i, token in enumerate(tokens) if token.lower == verb)
    return verb_class(tokens, index, rubric.verb_lemma[verb], rubric)


def test_a_business_model_is_no_engineering_work() -> None:
    for text, verb in (
        ("The treasurer doubted the per-visit fees, so I built the model with his team and we agreed a cap.", "built"),
        ("The board asked whether the franchise can grow, and I believe I can scale the model to five more cities.", "scale"),
        ("Finance was unsure, so I built the model myself from two years of invoices.", "built"),
        ("I proposed paying by the hour and built a model of the last three summers to show finance the risk.", "built"),
    ):
        assert _class_of(text, verb) == "neutral", text


def test_a_trained_model_stays_engineering_work() -> None:
    for text, verb in (
        ("Built a churn model for lapsed members and cut cancellations by a fifth.", "built"),
        ("Built the returns-abuse model (XGBoost, 90 features) that flags serial returners; it saved $2M in fees.", "built"),
        ("I built the model that scores every loan application, and finance signed off on the cost.", "built"),
        ("Designed the ranking model for the search page and lifted revenue per visit 4%.", "designed"),
        ("Built the model and deployed it to production for the pricing team.", "built"),
    ):
        assert _class_of(text, verb) == "technical", text


def test_a_model_with_no_sign_of_either_sense_stays_engineering_work() -> None:
    for text in (
        "Built the model in three weeks and shipped it to the stores.",
        "Built a new model for the kitchen display.",
    ):
        item = analyze_item(text, profile="amazon-pm")
        assert item.action.verb_class == "technical", text


def test_a_business_model_leading_an_item_is_no_technical_lead() -> None:
    item = analyze_item("Built the model of agency fees with the finance team and cut the agency bill from $3M to $2M.",
                        profile="amazon-pm")
    assert item.action.verb_class == "neutral"
    assert not item.signals.technical_lead


def _signals(text: str):
    return analyze_item(text, profile="amazon-pm").signals


def test_records_of_a_court_or_a_registry_are_no_system_measure() -> None:
    for text in (
        "I wrote the plan that joined them into one service: a clinic records a visit, and 60 clinics now buy it.",
        "Each depot records its deliveries on the tablet, and 30 depots now use it.",
        "Opened the cemetery records to local historians; 500 searches a month now come from them.",
        "Cut the wait for the registry's records from 12 days to 3 for family historians.",
    ):
        assert not _signals(text).technical_metric_only, text


def test_records_of_a_system_stay_technical() -> None:
    for text in (
        "I moved 3.1 million billing records into the new warehouse with no records lost.",
        "Our pipeline now processes 6 million records a day, down from 9 hours to 2.",
    ):
        assert _signals(text).technical_metric_only, text
