"""Principles by the evidence each needs: sentences that should and should not name each one, the
explanation kept with the item, and the linear scorer the trained weights would run on."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

from packetcoach.analysis.principles import name_principles, principle_model, scores
from packetcoach.api import analyze_item
from packetcoach.profile.compile import compile_rubric
from packetcoach.profile.load import load_profile

ROOT = Path(__file__).resolve().parent.parent


def named(text: str) -> tuple[str, ...]:
    item = analyze_item(text)
    assert item is not None
    return item.principles


@pytest.mark.parametrize("text,principle", [
    # a request from above refused, with the reason
    ("Turned down the director's request to add a mandatory upsell step to checkout, showing that each "
     "extra step lost 3% of buyers.", "have-backbone"),
    ("Leadership wanted a full redesign of the tenant portal; I said no and shipped the two fixes renters "
     "asked for instead, and portal complaints fell 40%.", "have-backbone"),
    # a senior party persuaded off their course
    ("Persuaded the sales VP to stop bundling the analytics add-on, and renewals for small clinics rose "
     "from 81% to 88%.", "have-backbone"),
    # a proposal rejected, then reworked and brought back
    ("My pricing proposal was turned down in the spring review; I reworked it around usage tiers and "
     "it was approved in the autumn.", "have-backbone"),
    # a simplification in other words than "simplified"
    ("Retired 1,200 hand-maintained fraud rules in favour of one scoring model, cutting manual review "
     "for merchants from 9% of orders to 2%.", "invent-and-simplify"),
    ("Consolidated three onboarding checklists into one for new drivers, and first-week drop-off fell 18%.",
     "invent-and-simplify"),
    # a mistake owned, candidly
    ("I under-communicated the fee change to hosts and owned the mistake in a letter to all of them; "
     "cancellations returned to normal within a month.", "earn-trust"),
    # a bar held
    ("I made accessibility fixes a launch blocker for the new booking flow, delaying it three weeks.",
     "insist-on-the-highest-standards"),
    # a lesson drawn from one's own work
    ("The lesson I took from the Lisbon pilot: test the price with ten real buyers before building the "
     "checkout.", "learn-and-be-curious"),
    # a customer outcome from the writer's own call
    ("I moved the refund button to the order page, and refund requests resolved without a contact rose "
     "from 40% to 71% for shoppers.", "customer-obsession"),
])
def test_names_the_principle_its_evidence_shows(text: str, principle: str) -> None:
    assert principle in named(text)


@pytest.mark.parametrize("text,principle", [
    # building is not disagreeing, whatever the preposition
    ("Built a data pipeline against the old warehouse to load renewal events.", "have-backbone"),
    ("Built the ingestion service instead of the batch export, loading 2M events a day.", "have-backbone"),
    # someone else's words about the writer are not the writer's evidence
    ('My manager said I should "take more ownership of the roadmap", so I now run the weekly review.',
     "ownership"),
    ("My manager told me to take on more of the roadmap, so I now run the weekly review.", "ownership"),
    # work done is not a result delivered
    ("Answered a number of questions from the sales team about the new pricing page.", "deliver-results"),
    ("Answered 140 questions from sellers in the forum this quarter.", "deliver-results"),
    # a team's name and a good relationship are not trust earned
    ("Worked with Trust & Safety on the 2025 fraud roadmap.", "earn-trust"),
    ("Developed a strong relationship with the carrier partnerships team.", "earn-trust"),
    ("Honestly, the launch went well and the team was great.", "earn-trust"),
    # a declined payment is not a decline of anyone's request
    ("I proposed the retry schedule after reviewing 90 days of declined card payments; recovered "
     "renewals rose 20%.", "have-backbone"),
    # a plan has not delivered anything yet
    ("Next year I plan to grow paid sign-ups 30% by opening two new markets.", "deliver-results"),
    # choosing one option over another is a call, not a simplification
    ("I chose annual plans instead of monthly ones for new clinics, and first-year churn fell from 22% to 15%.",
     "invent-and-simplify"),
    ("Launched the self-serve tier for small agencies rather than the managed one sales wanted; 900 signed up.",
     "invent-and-simplify"),
    # the room's request, refused by nobody: leadership asking is not backbone
    ("Leadership asked for a weekly metrics review, and I set it up.", "have-backbone"),
])
def test_a_keyword_is_not_a_principle(text: str, principle: str) -> None:
    assert principle not in named(text)


def test_a_quoted_cue_is_someone_elses() -> None:
    assert "have-backbone" not in named('The VP\'s note said we should "push back on the roadmap" more.')


def test_at_most_the_profile_limit_and_the_specific_principle_first() -> None:
    found = named("Convinced the checkout VP to drop mandatory sign-up for first-time shoppers; guest "
                  "checkout completion rose from 64% to 79% in six weeks.")
    assert 1 <= len(found) <= 3
    assert found[0] == "have-backbone" and "deliver-results" in found


def test_every_named_principle_says_what_it_stood_on() -> None:
    item = analyze_item("Turned down the director's request to add a mandatory upsell step, showing that "
                        "each extra step lost 3% of buyers.")
    assert item is not None
    from packetcoach.analysis.principles import principle_evidence

    rubric = compile_rubric(load_profile("amazon-pm"))
    why = principle_evidence(item, rubric)
    assert set(why) == set(item.principles)
    assert why["have-backbone"]["by"] == "rules"
    assert "has:refused_ask" in why["have-backbone"]["features"]
    assert all(f in item.principle_features for f in why["have-backbone"]["features"][1:])


TOY_MODEL = {"mode": "model", "threshold": 0.5, "principles": {
    "deliver-results": {"bias": -2.0, "weights": {"has:result": 3.0, "has:metric": 1.0}},
    "frugality": {"bias": -3.0, "weights": {"cue:frugality": 2.5, "has:money_result": 1.0}},
}}


def test_the_linear_score_is_a_logistic_sum() -> None:
    found = scores(("has:result", "has:metric", "cue:frugality"), TOY_MODEL)
    assert found["deliver-results"] == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert found["frugality"] == pytest.approx(1 / (1 + math.exp(0.5)))


def test_a_model_names_what_reaches_its_threshold_most_probable_first(monkeypatch) -> None:
    rubric = compile_rubric(load_profile("amazon-pm"))
    monkeypatch.setattr("packetcoach.analysis.principles.principle_model", lambda profile: TOY_MODEL)
    assert name_principles(("has:result", "has:metric", "cue:frugality", "has:money_result"), rubric) == \
        ("deliver-results", "frugality")
    assert name_principles(("has:metric",), rubric) == ()


def test_a_users_own_profile_file_never_gets_the_shipped_weights(tmp_path) -> None:
    assert principle_model(str(tmp_path / "mine.toml")) is None
    assert principle_model("/etc/passwd") is None


def test_the_training_script_writes_what_the_scorer_reads() -> None:
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_principles", ROOT / "scripts" / "train_principles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [(("has:result", "has:metric"), {"deliver-results"}, None)] * 6 + \
        [(("has:customer",), set(), None)] * 6
    model = json.loads(module.dump(module.fit(rows, ["deliver-results"], False, 0.5)))
    assert scores(("has:result", "has:metric"), model)["deliver-results"] > 0.5
    assert scores(("has:customer",), model)["deliver-results"] < 0.5
