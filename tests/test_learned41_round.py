"""Readers that only edit the rules' principle names (``prune``, ``lead``): never a name added, never an
item the rules name left with none, in the product and in scripts/train_principles.py alike."""

from __future__ import annotations

import pytest

from packetcoach.analysis.principles import name_principles, principle_evidence, principle_model, rules_edited
from packetcoach.api import analyze_item
from packetcoach.profile.compile import compile_rubric
from packetcoach.profile.load import load_profile
from test_principles import training_script


TWO_NAMES = ("Turned down the director's request to add a mandatory upsell step, showing that each extra step "
             "lost 3% of buyers.")
ONE_NAME = "I held the release of the new payments page for two weeks until its error rate on older browsers " \
           "was under 0.1%; declines fell 8%."

EDITOR = {"threshold": 0.1, "principles": {
    "have-backbone": {"bias": 1.0, "weights": {"has:refused_ask": 2.0}},
    "customer-obsession": {"bias": -4.0, "weights": {"has:customer_voice": 3.0}},
    "insist-on-the-highest-standards": {"bias": -5.0, "weights": {}},
    "frugality": {"bias": 0.0, "weights": {}, "rules": True},
}}


def prune(threshold: float = 0.1) -> dict:
    return {**EDITOR, "mode": "prune", "threshold": threshold}


def lead(margin: float) -> dict:
    return {**EDITOR, "mode": "lead", "threshold": margin}


def features_of(text: str) -> tuple[str, ...]:
    item = analyze_item(text, profile="amazon-pm")
    assert item is not None
    return item.principle_features


def rules_of(features: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f[5:] for f in features if f.startswith("rule:"))


def test_prune_drops_a_rules_name_the_model_finds_very_unlikely_where_the_rules_name_two() -> None:
    features = features_of(TWO_NAMES)
    assert rules_of(features) == ("have-backbone", "customer-obsession")
    assert rules_edited(features, rules_of(features), prune()) == ("have-backbone",)


def test_prune_keeps_a_name_above_its_threshold() -> None:
    features = features_of(TWO_NAMES)
    assert rules_edited(features, rules_of(features), prune(0.01)) == ("have-backbone", "customer-obsession")


def test_prune_never_drops_the_only_name_an_item_has() -> None:
    features = features_of(ONE_NAME)
    assert rules_of(features) == ("insist-on-the-highest-standards",)
    assert rules_edited(features, rules_of(features), prune(0.5)) == ("insist-on-the-highest-standards",)


def test_prune_keeps_the_rules_first_when_every_name_is_unlikely() -> None:
    assert rules_edited(("has:plain",), ("customer-obsession", "insist-on-the-highest-standards"), prune(0.5)) == \
        ("customer-obsession",)


def test_prune_never_drops_a_principle_the_model_leaves_to_the_rules() -> None:
    assert rules_edited(("has:plain",), ("customer-obsession", "frugality"), prune(0.5)) == ("frugality",)
    assert rules_edited(("has:plain",), ("frugality", "customer-obsession"), prune(0.5)) == ("frugality",)


def test_prune_and_lead_never_add_a_name() -> None:
    features = ("has:refused_ask", "has:customer_voice")  # the model finds both likely, the rules name none
    assert rules_edited(features, (), prune()) == ()
    assert rules_edited(features, (), lead(0.1)) == ()


def test_lead_puts_first_only_a_name_the_model_is_far_surer_of() -> None:
    names = ("customer-obsession", "have-backbone")  # model: 0.018 and 0.953
    assert rules_edited(("has:refused_ask",), names, lead(0.5)) == ("have-backbone", "customer-obsession")
    assert rules_edited(("has:refused_ask",), names, lead(0.95)) == names
    assert rules_edited(("has:refused_ask",), names[::-1], lead(0.1)) == names[::-1]


def test_lead_never_moves_a_principle_the_model_leaves_to_the_rules() -> None:
    assert rules_edited(("has:refused_ask",), ("frugality", "have-backbone"), lead(0.1)) == ("frugality", "have-backbone")


def test_the_product_reads_a_shipped_pruning_model_and_says_what_kept_each_name(monkeypatch) -> None:
    rubric = compile_rubric(load_profile("amazon-pm"))
    features = features_of(TWO_NAMES)
    monkeypatch.setattr("packetcoach.analysis.principles.principle_model", lambda profile: prune())
    assert name_principles(features, rubric) == ("have-backbone",)
    item = analyze_item(TWO_NAMES, profile="amazon-pm")
    assert item is not None and item.principles == ("have-backbone",)
    why = principle_evidence(item, rubric)
    assert why["have-backbone"]["by"] == "rules" and "has:refused_ask" in why["have-backbone"]["features"]
    assert why["have-backbone"]["model"]["probability"] > 0.9
    assert why["have-backbone"]["model"]["features"] == ["has:refused_ask"]


def test_the_shipped_file_is_read_in_every_mode_it_may_hold() -> None:
    assert principle_model("amazon-pm") is None or principle_model("amazon-pm")["mode"] in \
        ("model", "combined", "prune", "lead")


def test_the_script_measures_what_the_product_names() -> None:
    module = training_script()
    features = features_of(TWO_NAMES)
    assert module.named(features, prune(), 3) == ("have-backbone",)
    assert module.named(features, lead(0.5), 3) == ("have-backbone", "customer-obsession")
    assert module.named(features_of(ONE_NAME), prune(0.5), 3) == ("insist-on-the-highest-standards",)


def test_the_editing_readers_choose_on_the_folds_only_what_keeps_the_rules_figures() -> None:
    module = training_script()
    rules = {"hit": 0.836, "named_right": 0.721, "primary": 0.757}
    kept = {"hit": 0.836, "named_right": 0.730, "primary": 0.757}
    fell = {"hit": 0.830, "named_right": 0.760, "primary": 0.757}
    assert module._edit_objective("prune", kept, rules, 0.1) > module._edit_objective("prune", fell, rules, 0.1)
    assert module._edit_objective("prune", kept, rules, 0.05) > module._edit_objective("prune", kept, rules, 0.1)
    assert module._edit_objective("lead", kept, rules, 0.6) > module._edit_objective("lead", kept, rules, 0.4)


@pytest.mark.parametrize("mode,grid", [("prune", "PRUNE_THRESHOLDS"), ("lead", "LEAD_MARGINS"), ("combined", "THRESHOLDS")])
def test_each_reader_is_chosen_from_its_own_grid(mode: str, grid: str) -> None:
    module = training_script()
    assert tuple(module.thresholds(mode)) == tuple(getattr(module, grid))


def test_the_editing_readers_score_a_name_as_the_model_does() -> None:
    from packetcoach.analysis.principles import _scored, scores

    features = features_of(TWO_NAMES)
    names = ("have-backbone", "customer-obsession", "frugality", "no-such-principle")
    assert _scored(features, names, EDITOR["principles"]) == \
        {name: p for name, p in scores(features, prune()).items() if name in names}
