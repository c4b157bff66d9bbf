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
    # a request refused: the disagreement first (a senior party persuaded with nothing refused puts the served
    # party's case first: tests/test_principles_fifty_fifth_writers.py)
    found = named("Turned down the checkout VP's request to make sign-up mandatory for first-time shoppers; guest "
                  "checkout completion rose from 64% to 79% in six weeks.")
    assert 1 <= len(found) <= 3
    assert found[0] == "have-backbone" and "customer-obsession" in found


@pytest.mark.parametrize("text", [
    # the number in a story of a disagreement, a saving or speed is that principle's evidence
    "Convinced the checkout VP to drop mandatory sign-up for first-time shoppers; guest checkout "
    "completion rose from 64% to 79% in six weeks.",
    "I turned down the finance director's request to cut the loyalty credit and showed the churn data "
    "instead; members' renewals rose from 70% to 76%.",
    "I renegotiated the courier contract for our marketplace sellers, cutting our shipping cost by $400K a "
    "year.",
    "We cut payment processing fees by $3.2M a year by renegotiating with two acquirers.",
    "When the courier strike began I switched our top 300 sellers to a backup carrier the same morning on "
    "a contract we could cancel, and their late shipments fell from 12% to 4%.",
    # a level that only held is not a result gained, whatever the comparison beside it
    "I kept the handmade category out of the same-day programme despite pressure from operations; its "
    "late-shipment rate stayed at 2% while the categories forced in went to 15%.",
    "I moved the refund step ahead of the survey for shoppers, and refund contacts held at 2,000 a month "
    "while orders doubled.",
    # a result that is not the writer's, nor the writer's team's
    "Sales in the garden category grew 34% year over year.",
])
def test_deliver_results_only_when_the_result_is_the_point(text: str) -> None:
    assert "deliver-results" not in named(text)


@pytest.mark.parametrize("text", [
    # the writer's team as the one acting
    "We grew active telehealth patients from 12,000 to 45,000 this year.",
    "With my team we launched the new onboarding for small restaurants, and first orders now come in 3 "
    "days instead of 11.",
    # a gain beside a level that held is still a gain
    "Grew newsletter subscribers from 210,000 to 560,000 by moving sign-up into the article, while "
    "unsubscribes stayed at 0.3% a week.",
])
def test_a_result_the_writer_or_their_team_delivered(text: str) -> None:
    assert "deliver-results" in named(text)


@pytest.mark.parametrize("text", [
    "I moved pharmacy pickups to evenings after patients told us they could not come before six.",
    "I put the bulk-edit fix first in the backlog because small sellers had asked for it in every council "
    "meeting since spring.",
    "I read 300 emails from podcast listeners whose downloads vanished, and made the storage fix our "
    "first priority.",
])
def test_customer_obsession_by_a_customer_heard_or_argued_for(text: str) -> None:
    assert "customer-obsession" in named(text)


@pytest.mark.parametrize("text,principle", [
    # effort with no decision and no result evidences nothing, whatever its topic
    ("Ran 12 accessibility audits across the retail website.", "success-and-scale-bring-broad-responsibility"),
    ("I hosted 20 customer interviews about the profiles feature.", "customer-obsession"),
    # a trait word with nothing counted and no outcome
    ("We built trust with agencies through regular syncs.", "earn-trust"),
    ("I took ownership of the weekly business review deck.", "ownership"),
    ("Simplified the seller FAQ wording.", "invent-and-simplify"),
    # finishing early or working fast is not speed under uncertainty
    ("Finished the warehouse migration two weeks ahead of plan, and pick errors fell 20%.", "bias-for-action"),
    ("Quickly aligned the three teams on one roadmap and cut planning time by 30%.", "bias-for-action"),
    # time spent is not money saved
    ("I spent two days in stores with our field reps because I knew nothing about shelf placement; the box "
     "I redesigned after it sold 17% more.", "frugality"),
])
def test_no_principle_without_evidence_beyond_the_word(text: str, principle: str) -> None:
    assert principle not in named(text)


@pytest.mark.parametrize("text,principle", [
    # a problem nobody held, taken on
    ("I made the hinge returns my problem, though they sat in nobody's goals, and returns fell from 6% "
     "to 2%.", "ownership"),
    ("I kept fixing the migration tool for three months after launch, though it was never my project, and "
     "failed imports fell from 11% to 2%.", "ownership"),
    # steps, taps or screens cut; one thing in place of many
    ("Cut the claim form from five screens to one for renters, and completed claims rose 25%.",
     "invent-and-simplify"),
    ("I stopped asking patients to re-enter their insurance details at every visit; check-in time "
     "dropped from 11 minutes to 4.", "invent-and-simplify"),
    # a call against the prevailing view, borne out
    ("I bet on bank transfers over cards for the Brazil launch when the regional team favoured cards; "
     "transfers now carry 64% of volume.", "are-right-a-lot"),
    ("I read the churn spike as a billing-email problem while everyone assumed it was price; fixing the "
     "email brought churn back to 3% in a month.", "are-right-a-lot"),
    # the truth told plainly, one's own part in a failure named, credit given
    ("I told the risk team that my launch had caused their weekend of false alerts and what I had "
     "missed; they have signed off my three launches since.", "earn-trust"),
    ("When my launch slipped two months, I gave the 20 affected shippers the real date and what had gone "
     "wrong, and 19 of them renewed.", "earn-trust"),
    # someone grown into the writer's work
    ("I asked my strongest engineer to write the next spec and went through it with her line by line; "
     "she now writes all 4 of the team's specs.", "hire-and-develop-the-best"),
    # a launch not signed off until it met a bar
    ("I sent the size guide back to the vendor twice because a third of its photos did not match the "
     "product; mismatch complaints fell from 140 to 3.", "insist-on-the-highest-standards"),
    ("I pulled our own listing-quality launch from the holiday window because its checks let through 1 in "
     "20 fakes, and relaunched in January at 1 in 400.", "insist-on-the-highest-standards"),
    # the tool already paid for, no budget
    ("With no budget for a training team, I recorded 12 short videos with top sellers; new sellers who "
     "watched one listed twice as many items.", "frugality"),
    ("I talked the team out of buying a $250K workflow product and configured the tool we already paid "
     "for; handle time fell 12%.", "frugality"),
    # learning sought out and used
    ("I spent two days in stores with our field reps because I knew nothing about shelf placement; the box "
     "I redesigned after it sold 17% more.", "learn-and-be-curious"),
    # speed under uncertainty
    ("I shipped a rough CSV export the same week three customers asked for it, and 40 accounts used it "
     "in the first month.", "bias-for-action"),
])
def test_names_the_principle_by_its_kind_of_evidence(text: str, principle: str) -> None:
    assert principle in named(text)


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


def training_script():
    spec = importlib.util.spec_from_file_location("train_principles", ROOT / "scripts" / "train_principles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_script_writes_what_the_scorer_reads() -> None:
    pytest.importorskip("sklearn")
    module = training_script()
    rows = [(("has:result", "has:metric"), {"deliver-results"}, None)] * 6 + \
        [(("has:customer",), set(), None)] * 6
    model = json.loads(module.dump(module.fit(rows, ["deliver-results"], "model", 0.5)))
    assert scores(("has:result", "has:metric"), model)["deliver-results"] > 0.5
    assert scores(("has:customer",), model)["deliver-results"] < 0.5


def test_the_fill_reader_names_by_the_model_only_where_the_rules_name_none() -> None:
    module = training_script()
    fill = {**TOY_MODEL, "mode": "fill"}
    assert module.named(("has:result", "has:metric", "rule:frugality"), fill, 3) == ("frugality",)
    assert module.named(("has:result", "has:metric"), fill, 3) == ("deliver-results",)
    assert module.named(("has:customer",), fill, 3) == ()


def test_the_reorder_reader_keeps_the_rules_names_and_puts_the_models_likeliest_first() -> None:
    module = training_script()
    reorder = {**TOY_MODEL, "mode": "reorder"}
    features = ("has:result", "has:metric", "rule:frugality", "rule:deliver-results")
    assert module.named(features, reorder, 3) == ("deliver-results", "frugality")
    assert module.named(("has:result", "has:metric"), reorder, 3) == ()


def test_the_folds_are_the_blind_writers_and_the_figures_are_evals() -> None:
    """The team's own files are never a fold; primary counts only rows that label one, as ``eval``."""
    module = training_script()
    row = module.Row
    writers = {"items-a.jsonl": [row(("rule:ownership",), {"ownership"}, "ownership")],
               "items-c.jsonl": [row(("rule:dive-deep",), {"dive-deep"}, "dive-deep"),
                                 row(("rule:frugality",), {"ownership"}, "ownership")],
               "items-d.jsonl": [row((), set(), None), row(("rule:think-big",), {"think-big"}, None, False)]}
    found = module.rules_judged(writers)
    assert set(found.writers) == {"items-c.jsonl", "items-d.jsonl"}
    assert found.writers["items-c.jsonl"]["hit"] == pytest.approx(0.5)
    assert found.writers["items-d.jsonl"]["primary"] == 1.0 and found.writers["items-d.jsonl"]["primaries"] == 1
    assert found.pooled["hit"] == pytest.approx(2 / 3) and found.pooled["named_right"] == pytest.approx(2 / 3)


def test_a_learned_reader_ships_only_when_no_held_out_aggregate_falls() -> None:
    module = training_script()
    rules = {"hit": 0.721, "named_right": 0.653, "primary": 0.661}
    assert module.falls({"hit": 0.76, "named_right": 0.59, "primary": 0.661}, rules) == ["named_right"]
    assert module.falls({"hit": 0.7214, "named_right": 0.6531, "primary": 0.70}, rules) == []


@pytest.mark.parametrize("text,principle", [
    # a step, screen or hand-off removed, in words the cues do not list
    ("Dropped the manual approval step for refunds under $20, and refunds now reach customers in a day "
     "instead of five.", "invent-and-simplify"),
    ("I let drivers confirm delivery with one tap instead of three screens, and the time per stop dropped "
     "by 11 seconds.", "invent-and-simplify"),
    ("Instead of building a recommendation model, I had the app show each customer's last three orders on "
     "the home screen, and reorders rose 14%.", "invent-and-simplify"),
    # a release held back, or a bar set
    ("I held the release of the new payments page for two weeks until its error rate on older browsers was "
     "under 0.1%; declines fell 8%.", "insist-on-the-highest-standards"),
    ("Raised the acceptance criteria for every model we ship to 95% precision on the hardest cohort; false "
     "fraud blocks fell 30%.", "insist-on-the-highest-standards"),
    ("We did not launch the new search ranking until it matched the old one on our hardest 500 queries; "
     "conversion rose 3% at launch.", "insist-on-the-highest-standards"),
    # the writer's call where others believed otherwise, even when the item opens with the others
    ("The design team assumed buyers wanted more colour options; I pushed the budget into faster delivery "
     "instead, and conversion on the furniture pages rose 9%.", "are-right-a-lot"),
    ("Our forecast assumed holiday demand would match last year; I planned for a 30% dip, and we ended the "
     "season with 12% less unsold stock than the category average.", "are-right-a-lot"),
    ("Changed my mind on the bundle after the pilot: shoppers redeemed discounts four times as often as "
     "points, so I took the discount version to all stores and basket size rose 6%.", "are-right-a-lot"),
    # the writer's own fault told, or the real news told; no number is needed
    ("I admitted to the warehouse managers that my rollout plan had ignored their night shifts and "
     "rewrote it with them.", "earn-trust"),
    ("After I mis-scoped the dashboard migration, I shared the real timeline with the analysts' director "
     "instead of a hopeful one.", "earn-trust"),
    ("Gave the VP the bad news in week three rather than week ten: the launch would slip a quarter, and "
     "she moved the marketing spend in time.", "earn-trust"),
    # a lesson that names the writer's own part in a failure
    ("I was slow to see that agencies needed an export more than a dashboard, and I now ask first where a "
     "customer will paste our data.", "earn-trust"),
    # something that was nobody's taken on, or kept up after its hand-off
    ("No one was responsible for the partner API's documentation, so I made it my team's job, and "
     "integration time for new partners dropped from six weeks to ten days.", "ownership"),
    ("I kept running the returns-label service for a year after it was handed to the logistics team; label "
     "failures stayed under 0.5%.", "ownership"),
    # a horizon of years set as a direction
    ("Set a ten-year goal for the grocery org of zero food waste in our stores and got it into the company "
     "plan; waste fell 18% in year one.", "think-big"),
])
def test_names_the_principle_by_the_structure_of_its_deed(text: str, principle: str) -> None:
    assert principle in named(text)


@pytest.mark.parametrize("text,principle", [
    # what customers wanted is their voice, not a view the writer proved wrong
    ("Shoppers wanted faster delivery, so I moved the budget into it, and conversion rose 9%.",
     "are-right-a-lot"),
    # a number that was estimated is not someone's belief
    ("I killed the redesign after usability sessions, saving an estimated four engineer-months.",
     "are-right-a-lot"),
    # a metric that was cut is not a step removed
    ("We cut p99 page load for the billing dashboard from 4.1 s to 1.9 s.", "invent-and-simplify"),
])
def test_a_structure_needs_its_own_parts(text: str, principle: str) -> None:
    assert principle not in named(text)


def test_a_principle_left_to_the_rules_is_named_by_them_not_scored(monkeypatch) -> None:
    rubric = compile_rubric(load_profile("amazon-pm"))
    model = {"mode": "model", "threshold": 0.5, "principles": {
        **TOY_MODEL["principles"], "think-big": {"bias": 0.0, "weights": {}, "rules": True}}}
    monkeypatch.setattr("packetcoach.analysis.principles.principle_model", lambda profile: model)
    assert "think-big" not in scores(("has:metric",), model)
    assert name_principles(("has:metric",), rubric) == ()
    assert name_principles(("has:metric", "rule:think-big"), rubric) == ("think-big",)


def test_the_shipped_file_says_who_decides() -> None:
    path = ROOT / "src" / "packetcoach" / "profile" / "builtin" / "amazon-pm.principles.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["mode"] in ("rules", "model", "combined", "prune", "lead")
    assert (principle_model("amazon-pm") is None) == (data["mode"] == "rules")


@pytest.mark.parametrize("text,principle,absent", [
    # the number in a story of a simplification, a root cause, a remit taken on or a direction set is
    # that deed's evidence, not a result of its own
    ("Merged the three supplier intake forms into one for warehouse buyers, and their onboarding time fell "
     "from 10 days to 4.", "invent-and-simplify", "deliver-results"),
    ("I pulled six months of refund records myself and found that 40% of claims came from one courier; "
     "moving its volume cut refund losses by $50K a month.", "dive-deep", "deliver-results"),
    ("No team owned the broken supplier alerts, so I took them on and rewrote the thresholds; late "
     "supplier shipments fell 30%.", "ownership", "deliver-results"),
    ("Set a five-year direction for the org to move every seller tool onto one platform, and the first "
     "two tools moved this year, cutting seller setup time 40%.", "think-big", "deliver-results"),
])
def test_deliver_results_gives_way_to_the_specific_deed(text: str, principle: str, absent: str) -> None:
    found = named(text)
    assert principle in found and absent not in found


@pytest.mark.parametrize("text", [
    # a customer's outcome from the writer's call stays Customer Obsession beside the deed
    "Merged the three supplier intake forms into one for warehouse buyers, and their onboarding time fell "
    "from 10 days to 4.",
    # the customer's problem as the reason for the call
    "Held the tablet app release for a week so the checkout worked for shoppers on older phones; checkout "
    "errors for them fell from 6% to 1%.",
])
def test_customer_obsession_beside_the_deed(text: str) -> None:
    found = named(text)
    assert "customer-obsession" in found and len(found) >= 2


@pytest.mark.parametrize("text", [
    "Signed a 3-year, $2M renewal with the largest hospital group in the region.",
    "Closed multi-year contracts with four enterprise buyers after launch, worth $3M a year.",
])
def test_a_contract_length_is_not_a_direction(text: str) -> None:
    assert "think-big" not in named(text)


@pytest.mark.parametrize("text,principle", [
    # credit given to someone else
    ("Gave Tomasz the credit in the quarterly review for the routing fix I had been thanked for, because "
     "the idea was his.", "earn-trust"),
    # a promise to a partner kept under pressure
    ("Kept my promise to the pilot schools that their student data would never be sold, even when sales "
     "asked twice; all of them renewed.", "earn-trust"),
    # a release withheld until it met a bar
    ("I would not approve the new billing page until it passed the screen-reader audit; refund requests "
     "fell 10% at launch.", "insist-on-the-highest-standards"),
    # someone coached who now does the work
    ("Coached a new analyst through three launch reviews; she now runs the launch process for the team.",
     "hire-and-develop-the-best"),
    # a deed told inside what reads as activity is still the deed
    ("Wrote the incident review naming my own rollout call as the cause of the outage for 30 clinics.",
     "earn-trust"),
    # work kept up after a move, a problem nobody had budgeted for, a long-term cost accepted
    ("Stayed on as the on-call owner of the label service for three months after moving teams; no label "
     "outage reached sellers.", "ownership"),
    ("Put a month of my team's time into the refund backlog nobody had budgeted for; refund complaints "
     "from sellers fell 60%.", "ownership"),
    ("Turned down a one-time $1M payment from a partner so we would not depend on their app store, and our "
     "own app now brings 40% of orders.", "ownership"),
    # a reach across the company
    ("Pitched one search bar across all of the company's shopping apps; five apps adopted it this year.",
     "think-big"),
])
def test_names_the_deed_in_the_words_writers_use(text: str, principle: str) -> None:
    assert principle in named(text)


@pytest.mark.parametrize("text,principle", [
    ("Gave the team a demo of the routing fix.", "earn-trust"),
    ("Retention held until March, then fell 3%.", "insist-on-the-highest-standards"),
    ("Coached the team through the planning cycle.", "hire-and-develop-the-best"),
    ("We hired six contractors to clear the catalogue backlog.", "hire-and-develop-the-best"),
    # what a senior party wanted is the pressure in a disagreement, not a view proved wrong
    ("Escalated to the VP when legal wanted to hold the export feature for a year; it shipped in spring and "
     "30,000 users used it.", "are-right-a-lot"),
])
def test_the_deed_needs_its_own_parts(text: str, principle: str) -> None:
    assert principle not in named(text)


@pytest.mark.parametrize("text,principle", [
    # a result delivered against a commitment, a target or a date, whatever measure it is told in
    ("Launched the new loyalty app in 60 stores by June as committed, and it carried 9% of the chain's "
     "orders by December.", "deliver-results"),
    ("Descoped the bulk editor to a single CSV upload to make the holiday launch; 3,000 sellers used it in "
     "its first month.", "deliver-results"),
    # ... and it stays beside a simplification when the date was the point
    ("Cut the return window check from the refund flow to make the holiday date; refund contacts from "
     "shoppers fell 20% over the season.", "deliver-results"),
])
def test_names_a_result_delivered_against_a_commitment(text: str, principle: str) -> None:
    assert principle in named(text)


@pytest.mark.parametrize("text,principle", [
    ("We opened the new site on time.", "deliver-results"),
    ("Kept the launch paused despite pressure to hit the spring date.", "deliver-results"),
    # a descope is a stop, not speed under uncertainty
    ("Descoped the bulk editor to a single CSV upload to make the holiday launch; 3,000 sellers used it in "
     "its first month.", "bias-for-action"),
])
def test_a_result_against_a_commitment_needs_its_parts(text: str, principle: str) -> None:
    assert principle not in named(text)


@pytest.mark.parametrize("text,principle", [
    # the writer's team as the one acting shows the deed as well as "I" does
    ("We traced the late refunds in the payment logs to one retry job, and fixing it cut refund delays for "
     "sellers from 5 days to 1.", "dive-deep"),
    ("We pushed back on the sales director's request to share shoppers' order history with an ad partner, "
     "and the partner launch went ahead without it.", "have-backbone"),
    ("We shipped a rough first version of the export the same week two clinics asked for it.",
     "bias-for-action"),
])
def test_the_writers_team_acting_shows_the_deed(text: str, principle: str) -> None:
    assert principle in named(text)


def test_a_team_result_alone_is_not_customer_obsession() -> None:
    assert "customer-obsession" not in named("We grew active telehealth patients from 12,000 to 45,000 this year.")


def test_the_error_report_tells_misses_apart() -> None:
    """scripts/principle_errors.py: a labelled item with nothing named and one with only wrong names are
    counted apart, and a primary named second is told from one not named at all."""
    spec = importlib.util.spec_from_file_location("principle_errors", ROOT / "scripts" / "principle_errors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    row = module.Row
    rows = [row("x", frozenset({"dive-deep"}), "dive-deep", True, ()),
            row("x", frozenset({"ownership"}), "ownership", True, ("frugality",)),
            row("x", frozenset({"earn-trust", "learn-and-be-curious"}), "learn-and-be-curious", True,
                ("earn-trust", "learn-and-be-curious")),
            row("x", frozenset(), None, True, ())]
    figures = module.writer_figures(rows)
    assert (figures["nothing"], figures["only_wrong"], figures["labelled"]) == (1, 1, 3)
    assert figures["hit"] == pytest.approx(1 / 3) and figures["named_right"] == pytest.approx(2 / 3)
    assert figures["primary"] == pytest.approx(1 / 4)
    errors = module.primary_errors(rows)
    assert errors["the primary named, not first"] == 1 and errors["nothing named, a primary labelled"] == 1
    assert module.wrong_first(rows) == {("earn-trust", "learn-and-be-curious"): 1}
    assert module.per_principle(rows)["frugality"] == (0, 1, 0)


@pytest.mark.parametrize("text", [
    # the company's own people and a strain on them, either way round
    "I moved the loading-dock crew off double shifts after two forklift near-misses in March; recorded "
    "incidents on the dock fell from 9 to 2 over the year.",
    "Back strains among 150 warehouse associates halved after I had the conveyor raised to waist height.",
    "We rebuilt the support rota after three of our agents burned out, so none takes more than two late "
    "shifts a week; sick days on the team fell 35%.",
])
def test_strive_for_the_companys_own_people_spared_a_strain(text: str) -> None:
    got = named(text)
    assert got[0] == "strive-to-be-earths-best-employer"
    assert "customer-obsession" not in got and "deliver-results" not in got


@pytest.mark.parametrize("text", [
    # a strain, but on customers, or with none of the company's people named
    "Cut the checkout for tired shoppers late at night to one page, and late-night orders rose 8%.",
    "Reduced alert fatigue for our on-call dashboards by merging 40 alerts into 6.",
    # the company's people, and no strain on them
    "Gave the 200 support agents a shared macro library, and handle time fell 12%.",
])
def test_strive_needs_its_people_and_their_strain(text: str) -> None:
    assert "strive-to-be-earths-best-employer" not in named(text)


@pytest.mark.parametrize("text", [
    "Raised the bar for the analytics team by insisting on weekly written updates.",
    "I insisted on the highest standards in every launch review.",
    "We raised the bar on our design documents.",
])
def test_a_bar_named_with_nothing_shown_is_the_slogan(text: str) -> None:
    assert named(text) == ()


@pytest.mark.parametrize("text", [
    # a bar set with what it changed beside it, or a release held to it
    "Raised the quality bar for partner listings to complete photos and prices, and returns for "
    "shoppers on those listings fell from 12% to 7%.",
    "Held the release of the new invoice screen until it passed the accessibility standard.",
])
def test_a_bar_with_its_result_or_a_release_held_is_the_deed(text: str) -> None:
    assert "insist-on-the-highest-standards" in named(text)


@pytest.mark.parametrize("text,first", [
    # a result delivered against a commitment: the delivered result is the point
    ("I committed to halving the wait for a refund for shoppers by June, and by June refunds took 3 days "
     "instead of 7.", "deliver-results"),
    # the same customer result without a commitment: the customer's outcome comes first
    ("I moved the refund button for shoppers onto the order page, and refund complaints fell from 900 a "
     "month to 200.", "customer-obsession"),
])
def test_a_result_against_a_commitment_comes_before_the_customer(text: str, first: str) -> None:
    got = named(text)
    assert got[0] == first and "customer-obsession" in got


@pytest.mark.parametrize("text,fires", [
    # a duty roster is not a development rotation
    ("Set up an on-call rotation for the payments service, and pages that went unanswered fell from 14 a "
     "month to 1.", False),
    ("Took the pager rotation for the search cluster for a quarter while two engineers were on leave, and "
     "missed pages fell from 9 to 0.", False),
    # a rotation that grows people still is one
    ("Built a three-month rotation that brings each new analyst onto the pricing team; two of them now run "
     "the weekly price review.", True),
])
def test_a_cue_inside_a_phrase_of_another_sense_is_no_cue(text: str, fires: bool) -> None:
    assert ("hire-and-develop-the-best" in named(text)) is fires


@pytest.mark.parametrize("text,fires", [
    # a bug debugged, measured only in the system's own numbers: engineering work
    ("Debugged the memory leak in the image service and brought its restarts down from 30 a day to 2.",
     False),
    # a cause found in the records, measured in what customers did
    ("Traced the spike in failed payments to one bank's expired certificate by reading the gateway logs "
     "myself; failed payments for shoppers fell from 4% to 0.5%.", True),
])
def test_dive_deep_needs_more_than_a_technical_result(text: str, fires: bool) -> None:
    assert ("dive-deep" in named(text)) is fires


@pytest.mark.parametrize("text,first,second", [
    # a direction set for years is the point of the story, the disagreement that won it its means
    ("The retail VP asked for a discount drive; I said no and got same-week repairs made the "
     "five-year direction for every store in the company, and 40 stores now run it with repair times down "
     "from 12 days to 5.", "think-big", "have-backbone"),
    # a saving is the evidence of the simpler way, not its point
    ("Reused the loyalty team's points engine for our referral credits instead of building a new ledger, "
     "and saved $180K of build cost; referral sign-ups for shoppers rose 14%.", "invent-and-simplify",
     "frugality"),
])
def test_the_point_of_the_story_comes_first(text: str, first: str, second: str) -> None:
    got = named(text)
    assert got[0] == first and second in got


@pytest.mark.parametrize("text,principle,fires", [
    # a feature named by what it does is no simplification of the writer's
    ("Launched automatic top-ups for prepaid riders, and cards that ran dry at the gate fell from 6% to 2%.",
     "invent-and-simplify", False),
    ("Merged the four refund forms into one for hotel guests, and refund requests finished in one visit rose "
     "from 52% to 80%.", "invent-and-simplify", True),
    # a thing removed that is not a step, field, screen or hand-off
    ("Removed the 40 stale coupons that no team owned from the seller dashboard, and coupon complaints from "
     "sellers fell 30%.", "invent-and-simplify", False),
    ("Removed the second identity check for returning tenants, and applications finished on the first "
     "visit rose from 61% to 84%.", "invent-and-simplify", True),
    # reading records is the writer's own look at the data, not a call against a view
    ("I read the 250 exit surveys from churned gyms myself and found that half had never booked a class "
     "online; an onboarding call for new gyms cut first-year churn from 30% to 21%.", "are-right-a-lot",
     False),
    ("Everyone else read the drop as seasonal; I bet it was the new fee, tested removing it, and bookings "
     "for hosts came back to 96% of the old level in two weeks.", "are-right-a-lot", True),
    # a time span alone is a schedule or a measure, not speed under uncertainty
    ("Moved the payroll export to a nightly job, so finance clerks have last week's numbers on day one of "
     "the close and spend 12 fewer hours a month on it.", "bias-for-action", False),
    ("Cut failed overnight syncs for fitness trackers from 11% to 3% by retrying on the charger.",
     "bias-for-action", False),
    ("Shipped a rough manual refund page the same day the card processor failed, without waiting for "
     "the fix, and 9,000 travellers were refunded within the week.", "bias-for-action", True),
    # the writer shadowing others to learn their work develops no one; a person grown still counts
    ("After shadowing eight dispatchers for a week, I moved the reroute button onto the map; reroutes "
     "done in under a minute rose from 40% to 75%.", "hire-and-develop-the-best", False),
    ("Coached our senior dispatcher into the routing PM role; she now owns the reroute roadmap, and "
     "reroutes done in under a minute rose from 40% to 75% under her.", "hire-and-develop-the-best", True),
    # what something cost a person is a loss told, not a saving; money saved still is one
    ("Moved refund approvals into the order page, which agents said cost them the most time; refund "
     "contacts from shoppers fell 35%.", "frugality", False),
    ("Dropped the custom export one prospect wanted, which would have cost my team a quarter, and "
     "onboarding for 300 existing clinics finished a month early.", "frugality", False),
    ("Moved the contact centre onto the phone plan we already had, and cut telephony cost by $210K a "
     "year.", "frugality", True),
    # a call made against a senior party's stated wish or preference is a disagreement held
    ("Opened evening slots at the clinics against the regional director's wish to keep day hours only, and "
     "missed appointments for working parents fell from 19% to 8%.", "have-backbone", True),
    ("Chose weekly payouts for drivers against the finance director's preference for monthly ones; "
     "driver churn fell from 9% to 5% a quarter.", "have-backbone", True),
    # a wish that is the customer's, and a preference with no one overruled
    ("Built a wish list for gift shoppers that the director of marketing had asked about, and 14% of "
     "shoppers saved an item to it in the first month.", "have-backbone", False),
    ("Asked 30 renters about their preference for text or email reminders and switched to text; late "
     "rent payments fell from 12% to 7%.", "have-backbone", False),
    # a hold or a box taken out of the customer's way is a step removed; a pile of old things is not
    ("Removed the deposit hold the venue software put on every ticket order, and abandoned checkouts "
     "from concert-goers fell 22%.", "invent-and-simplify", True),
    ("Took out the free-text comment box that sent claims to manual review; claims paid within a day "
     "for pet owners rose from 41% to 63%.", "invent-and-simplify", True),
    ("Removed the 300 expired gift cards from the partner report, and gift-card questions from partners "
     "fell 15%.", "invent-and-simplify", False),
])
def test_a_cue_names_the_deed_not_a_thing(text: str, principle: str, fires: bool) -> None:
    assert (principle in named(text)) is fires


@pytest.mark.parametrize("text,backbone", [
    # a direction argued for and adopted is the direction's story: no disagreement in it
    ("I made the case to the payments VP for one payout platform for every marketplace in the company, and "
     "she funded it; sellers on four marketplaces now get paid through it.", False),
    ("Convinced ads leadership to adopt a three-year move to contextual targeting as the org's plan of "
     "record, and the first two products on it kept 96% of ad revenue.", False),
    # a senior party's request refused on the way stays a disagreement
    ("The CFO asked us to cut the repair budget; I pushed back and got the repair network made the "
     "company's five-year plan of record, and 2,800 repair shops joined in its first year.", True),
])
def test_a_direction_won_by_persuasion_is_think_big(text: str, backbone: bool) -> None:
    got = named(text)
    assert "think-big" in got and ("have-backbone" in got) is backbone


@pytest.mark.parametrize("text,principle,fires", [
    # a thing others adopted is the reach of the writer's work, not a remit taken on
    ("The claims team adopted the triage sheet I drew up for adjusters, and disputed claims from "
     "policyholders fell 18%.", "ownership", False),
    ("Three partner libraries adopted the reading-list format we shipped for teachers, and weekly lists "
     "built rose from 900 to 4,000.", "ownership", False),
    ("Took on the refund queue that no team owned after the payments team was disbanded, and refunds for "
     "shoppers now close in 2 days instead of 9.", "ownership", True),
    # someone grown who now owns the work, and a direction adopted: the remit is theirs, or the direction's
    ("Coached our support lead to run the returns review end to end; she now owns it, and refund errors "
     "for buyers fell from 6% to 2%.", "ownership", False),
    ("Took over the seller-data roadmap nobody owned and got the retail org to adopt it as its three-year "
     "plan of record; 40 seller teams now build on it.", "ownership", False),
    ("Took over the seller-data roadmap nobody owned after its team was disbanded, and seller payouts sent "
     "late fell from 9% to 3%.", "ownership", True),
    # a call named as the writer's, or a forecast, with no view it went against and nothing borne out
    ("It was my call to move the pickup window to the morning, and late pickups for grocery shoppers fell "
     "from 14% to 5%.", "are-right-a-lot", False),
    ("The demand forecast was the planning team's; I negotiated the supplier terms that made it usable, and "
     "stock-outs for buyers fell 30%.", "are-right-a-lot", False),
    ("Everyone assumed drivers wanted higher base pay; I judged that they wanted predictable shifts, and a "
     "shift-booking pilot cut driver churn from 12% to 7%.", "are-right-a-lot", True),
    # an objection conceded where it holds is candour; an objection answered otherwise, or "it did" in a
    # claim, is not
    ("Someone will ask whether the rebate cost us margin. It did, by 0.3 points, which finance and I judged "
     "worth the drop in seller churn.", "earn-trust", True),
    ("A fair question is whether the waitlist drop was seasonal; I don't know yet, so treat the 12% as an "
     "upper bound.", "earn-trust", True),
    ("Someone will ask whether 60 stores is a small base; they are the busiest 60 and carry half of the "
     "region's orders.", "earn-trust", False),
    ("Moved returns labels into the order email to see whether it would cut support calls from shoppers, and "
     "it did: label calls fell 40%.", "earn-trust", False),
    # someone grown is the point: the customer result is what the person grown now delivers
    ("Coached two support agents into the returns analyst role; one now runs the weekly refund review, and "
     "refund errors for shoppers fell from 6% to 2%.", "customer-obsession", False),
    ("Moved the refund button onto the order page after shoppers told us they could not find it, and refund "
     "contacts from shoppers fell 35%.", "customer-obsession", True),
    # the number in an accessibility story is its evidence, not a result of its own
    ("Added screen-reader labels to every checkout button, and checkout completion among blind shoppers rose "
     "from 40% to 71%.", "deliver-results", False),
    ("Grew repeat orders from small cafes 22% in two quarters by moving the reorder reminder to Monday "
     "mornings.", "deliver-results", True),
    # someone grown who now does the work: the simpler way or the saving is theirs, the growth the point
    ("Coached our two support leads to retire the manual refund checks; one now owns the automated refund "
     "flow, and refund requests to support fell from 250 a month to 40.", "invent-and-simplify", False),
    ("Mentored our junior analyst into running the freight audit herself; she now owns it, and I saved $140K "
     "in overbilled freight this year on the carriers she flagged.", "frugality", False),
    ("Merged the three refund forms into one template for shop owners, and refund requests to support fell "
     "from 250 a month to 40.", "invent-and-simplify", True),
    # a spend turned down, whoever asked for it, is a saving, not a disagreement; a request refused stays one
    ("Turned down the $200K analytics vendor the VP asked for and ran the churn report on the warehouse we "
     "already pay for; retention offers reached 8,000 at-risk members a month sooner.", "have-backbone", False),
    ("Said no to the $90,000 survey platform the marketing director wanted and ran the study on our existing "
     "form tool; 1,200 members answered in a week.", "have-backbone", False),
    ("Turned down the CFO's request to raise the renewal price mid-contract for 40 clinics, and all 40 "
     "clinics renewed at the old price.", "have-backbone", True),
])
def test_what_the_twelve_newest_writers_read_otherwise(text: str, principle: str, fires: bool) -> None:
    assert (principle in named(text)) is fires


@pytest.mark.parametrize("text,principle,fires", [
    # people's time saved, in minutes or hours, is no money saved: no Frugality for it
    ("Folded the two nightly stock counts the bakery crews filled in into one tablet check, saving each "
     "baker about 30 minutes a shift across 40 shops.", "frugality", False),
    ("Automated the tariff lookup our 25 import clerks did by hand, saving each about 6 hours a week.",
     "frugality", False),
    ("Moved the depot's returns sign-off to the handheld scanner, which saved drivers 90 seconds per "
     "parcel at 14 depots.", "frugality", False),
    # money saved stays a saving, with time beside it or not; "a second" is no time saved
    ("Folded the two nightly stock counts into one tablet check, saving each baker about 30 minutes a "
     "shift and $85,000 a year in overtime.", "frugality", True),
    ("Passed on a $150,000 fraud-scoring vendor and matched it with our existing rules engine, saving the "
     "budget for a second analyst.", "frugality", True),
    ("Switched the courier contract to per-stop pricing and saved $420,000 a year in delivery fees.",
     "frugality", True),
    # the served party's savings, or a savings product, is no saving of the company's
    ("Put each tenant's savings estimate on the first screen of the solar sign-up, and sign-ups from "
     "tenants rose from 300 to 1,100 a month.", "frugality", False),
    ("Fixed the card reader bug that dropped our discount code, recovering about $200K a month in savings "
     "for members at the pharmacy counter.", "frugality", False),
    ("Launched round-up transfers into the savings account for 40,000 students, and weekly deposits rose "
     "18%.", "frugality", False),
    ("Moved the warehouse onto the scheduling tool we already licensed, and the savings paid for two more "
     "pickers: $140,000 a year.", "frugality", True),
    # a launch refused until it met a bar, with no one it was held against, is a bar held, no disagreement
    ("Refused to launch the dosage reminder until it matched the pharmacists' schedules on 99% of 1,500 "
     "past prescriptions, which took five extra weeks; missed doses among patients fell by a third.",
     "have-backbone", False),
    ("Refused to launch the dosage reminder until it matched the pharmacists' schedules on 99% of 1,500 "
     "past prescriptions, which took five extra weeks; missed doses among patients fell by a third.",
     "insist-on-the-highest-standards", True),
    ("Refused to launch the dosage reminder until it matched 99% of past prescriptions, even though the "
     "clinic chain had announced an April date; missed doses among patients fell by a third.",
     "have-backbone", True),
    ("Refused to launch the dosage reminder until it matched 99% of past prescriptions, though the sales "
     "director wanted it out for the April trade show; missed doses among patients fell by a third.",
     "have-backbone", True),
    # money the writer's team saved is a saving; the team's count or rate alone is not
    ("We moved the invoice archive to cold storage, cutting storage costs by $9,000 a month.",
     "frugality", True),
    ("We tuned the fraud model's threshold from 0.7 to 0.6, raising recall from 80% to 95% at a cost of 3 "
     "extra alerts a day.", "frugality", False),
    # an objection conceded about plural things ("They did, by 6%") or a soft figure reported as such is
    # candour; a claim that says "they did" is not
    ("Someone will ask whether renewals slowed after the price change. They did, by 6%, and I moved the "
     "spring promotion budget to the renewal reminder instead.", "earn-trust", True),
    ("Will the 40% reorder rate last past the first season? It is five months of data on 800 stores, so I "
     "report it as early and review it again in March.", "earn-trust", True),
    ("Asked the 30 clinics whether a text reminder would cut no-shows, and they did: no-shows fell from 14% "
     "to 9% for patients.", "earn-trust", False),
    # a bill, a spend or a contract cut, told in money, is a saving whatever the verb
    ("Moved the nightly reports off the old cluster and cut our monthly hosting bill from $62K to $24K.",
     "frugality", True),
    ("Cut the courier contract by $180,000 a year by merging the two evening rounds into one.",
     "frugality", True),
    ("Cut the sign-up form from nine fields to four, and completed sign-ups rose from 41% to 58%.",
     "frugality", False),
    # a bar told again in a lesson or an objection's answer is the lesson's or the answer's, not a bar held
    ("I held the pharmacy app launch for polish nobody needed; a week of pharmacists' feedback would have "
     "taught me more, and next time I will ship the rough version to five stores first.",
     "insist-on-the-highest-standards", False),
    ("Held the pharmacy app launch for two weeks until refill errors in testing fell below 1 in 1,000; "
     "since launch no patient has received a wrong refill.", "insist-on-the-highest-standards", True),
    # a trip made or a fee paid "before anyone asked" in a story of the writer's fault told is the candour's
    # evidence; a customer won back by a trip, with no fault told, keeps it
    ("I flew to our largest clinic customer after the booking outage, admitted our release had caused it, "
     "and agreed a weekly review; they renewed all 40 sites for two years.", "ownership", False),
    ("I flew to our largest clinic customer after the booking outage, admitted our release had caused it, "
     "and agreed a weekly review; they renewed all 40 sites for two years.", "earn-trust", True),
    ("Won back our largest clinic customer: I flew to their head office, took their list of nine blockers "
     "and shipped the four that mattered, and their monthly orders returned from $90K to $400K.",
     "ownership", True),
    ("Took on the clinic-booking integration that no team owned after its engineers left, and booking "
     "errors for clinics fell from 8% to 1%.", "ownership", True),
    # the real cause told plainly, against what a report blamed, is candour, not a call borne out
    ("Told the transit board plainly that our fare-app update had caused the March ticket outage, not the "
     "payment provider the incident note blamed, and wrote to the 4,000 riders affected.",
     "are-right-a-lot", False),
    ("Told the transit board plainly that our fare-app update had caused the March ticket outage, not the "
     "payment provider the incident note blamed, and wrote to the 4,000 riders affected.",
     "earn-trust", True),
    ("Bet on a pay-later option for small farms when the finance team expected defaults above 10%; defaults "
     "came in at 3% and first orders from new growers rose 30%.", "are-right-a-lot", True),
    # "behind" as a place ("the SQL behind the dashboard") is no news told; a schedule fallen behind is
    ("Wrote the SQL behind the weekly returns dashboard for the warehouse team.", "earn-trust", False),
    ("Told the hospital board in week two that the bed-tracking rollout had fallen behind by a month, and "
     "agreed a new date that we then met for all 12 wards.", "earn-trust", True),
])
def test_what_the_three_newest_writers_read_otherwise(text: str, principle: str, fires: bool) -> None:
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # "credit" as lending (a credit team, partner or committee, credit losses) is no credit given
    ("Launched a buy-now-pay-later option for gym members after the credit committee signed off, and "
     "monthly memberships sold rose 18%.", "earn-trust", False),
    ("Dropped the store-card upgrade when the credit losses in the trial ran at twice our margin, and moved "
     "both engineers to the renewals page.", "earn-trust", False),
    ("Gave the warehouse lead the credit at the quarterly review for the pick-rate gain my project had been "
     "praised for, and named the three pickers who designed the new route.", "earn-trust", True),
    ("Gave the credit team the credit for the 12% fall in late payments, in my review and at the all-hands.",
     "earn-trust", True),    # the price a choice cost the company ("which cost us", "it cost us") is a loss told, not a saving
    ("I kept the free tier for students, which cost us $90,000 a year in licence fees; student sign-ups "
     "rose 40%.", "frugality", False),
    ("I stopped selling the unlimited plan to single-site gyms even though it cost us $40,000 in fees in the "
     "first month; refunds to gym owners fell by half.", "frugality", False),
    ("Moved the nightly batch off the old mainframe lease, which saved us $210,000 a year with no change "
     "in report times for branch managers.", "frugality", True),
])
def test_what_the_two_newest_writers_read_otherwise(text: str, principle: str, fires: bool) -> None:
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # a rival cause ruled out in an answered objection by a comparison the writer made is Dive Deep,
    # though an objection is no claim
    ("Some will say bookings rose only because of the school holidays. I compared the same four weeks of "
     "last year at the studios without the new calendar, and their bookings rose 2% against our 19%.",
     "dive-deep", True),
    ("You might ask whether the refund drop came from the new courier; I split refunds by region myself, "
     "and the regions that kept the old courier fell just as much, from 6% to 3%.", "dive-deep", True),
    # ... but not a comparison reported with no one making it, a control the writer says they lack, or
    # an objection with no number in its answer
    ("You might ask whether the renewal gain came from the spring sale; the holdout group saw the same sale "
     "and rose only 0.4 points.", "dive-deep", False),
    ("Someone will ask whether the drop in late fees was seasonal; I have no clean control group, so I "
     "report the 14% as an upper bound.", "dive-deep", False),
    ("Some will say the gain was seasonal. I compared it against last year myself and I am confident it "
     "was not.", "dive-deep", False),
    # a horizon of years set as a direction is Think Big's story: the customers it reaches are its scale
    ("Set the two-year roadmap for our claims app to move every policyholder onto self-service, and "
     "self-service claims rose from 20% to 55%.", "customer-obsession", False),
    ("Set the two-year roadmap for our claims app to move every policyholder onto self-service, and "
     "self-service claims rose from 20% to 55%.", "think-big", True),
    # ... but the same result with no direction of years set is the customers' outcome
    ("Moved policyholders onto self-service claims in the app, and self-service claims rose from 20% to 55%.",
     "customer-obsession", True),
    # a senior party's request refused is Have Backbone's story: the test that backed the refusal is its
    # evidence, not a call borne out of its own
    ("Refused the VP's request to add a sign-up wall to the recipe pages, because our test showed it cut "
     "return visits by a third; return visits for home cooks rose 12% that quarter.", "are-right-a-lot", False),
    ("Refused the VP's request to add a sign-up wall to the recipe pages, because our test showed it cut "
     "return visits by a third; return visits for home cooks rose 12% that quarter.", "have-backbone", True),
    # ... but a call against others' view, with no request refused, is one
    ("Bet on weekly payouts for drivers when finance expected no effect; driver churn fell from 7% to 4% a "
     "month.", "are-right-a-lot", True),
    # what a failure cost, told in a story of the writer's candour, is the loss owned, not money saved
    ("After my pricing mistake cost us 40 dealers in March, I told every one of them what I had got wrong and "
     "refunded the difference; 31 of the 40 were back by June.", "frugality", False),
    ("After my pricing mistake cost us 40 dealers in March, I told every one of them what I had got wrong and "
     "refunded the difference; 31 of the 40 were back by June.", "earn-trust", True),
    # ... but money saved with nothing owned up to is a saving
    ("Moved the nightly reports off the rented cluster, which saved us $90,000 a year.", "frugality", True),
])
def test_what_the_two_newest_blind_writers_read_otherwise(text: str, principle: str, fires: bool) -> None:
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "first"), [
    # a bar held against a senior party is the bar's story first, the disagreement second
    ("Despite pressure from the COO, I refused to launch the new dosing screen until it passed the "
     "accessibility standard for screen readers; the launch slipped two weeks and no pharmacist has reported "
     "a missed dose since.", "insist-on-the-highest-standards"),
    # ... and a request refused with no bar held stays Have Backbone's
    ("Refused the CFO's request to cut the fraud review step from loan approvals, and fraud losses stayed "
     "under 0.2% while approvals rose 15%.", "have-backbone"),
])
def test_a_bar_held_comes_before_the_disagreement(text: str, first: str) -> None:
    found = named(text)
    assert found[0] == first
    assert "have-backbone" in found


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # people's time saved, told in minutes or hours with no money, is the evidence of a simpler way: Invent
    # and Simplify, even with no simplifying word ...
    ("Built a bulk-upload page so the warehouse clerks stop copying delivery notes into the stock system; "
     "it saves each of them about 6 hours a week.", "invent-and-simplify", True),
    ("Gave the loan officers one view of the applicant's bank feed and credit file, saving each of the 80 "
     "officers about 20 minutes per application.", "invent-and-simplify", True),
    # ... and the people whose time it saved are not a served party whose outcome is the point
    ("Gave the loan officers one view of the applicant's bank feed and credit file, saving each of the 80 "
     "officers about 20 minutes per application.", "customer-obsession", False),
    ("Merged the two intake checklists the night nurses filled in into one tablet form, saving each nurse "
     "about 30 minutes a shift.", "customer-obsession", False),
    # ... but money saved is no time, and a served party's result with no time saved is still theirs
    ("Built a bulk-upload page for the warehouse clerks, which saved $40,000 a year in temp staff.",
     "invent-and-simplify", False),
    ("Gave borrowers one page with their balance and payoff date, and calls asking for a payoff figure fell "
     "from 900 a month to 250.", "customer-obsession", True),
    # a direction of years set is Think Big's story: the new way it sets is its content, not a simplification
    ("Got the operations board to adopt a four-year plan to replace paper delivery notes with scanned "
     "signatures at all 60 depots; 25 depots have switched so far.", "invent-and-simplify", False),
    ("Got the operations board to adopt a four-year plan to replace paper delivery notes with scanned "
     "signatures at all 60 depots; 25 depots have switched so far.", "think-big", True),
    # ... but the same change made with no direction of years is a simpler way
    ("Replaced the paper delivery notes with scanned signatures at our 60 depots, and drivers finish each "
     "drop 4 minutes sooner.", "invent-and-simplify", True),    # money or headcount handed back unspent is a saving, either way round
    ("Wound down the loyalty-card pilot after eight weeks when 3 of 500 shoppers used it, and returned its "
     "$250K budget to the store-app team.", "frugality", True),
    ("Dropped the kiosk rollout for the smaller branches, so its $90,000 budget went unspent; members renew "
     "on their phones instead.", "frugality", True),
    # ... but money returned to the served party is a refund, and a thing returned is no money
    ("Found £40,000 of overpaid fees in the pension ledgers and returned it to the 300 savers it belonged to "
     "within a month.", "frugality", False),
    ("Read 400 returned parcels' notes myself and found that 60% were the wrong size, so I added a fit "
     "guide; returns fell 18%.", "frugality", False),    # records or a design read by the writer, and what they noticed, spotted or caught in them
    ("Read the checkout error dashboard each morning and noticed that failed payments doubled on Sundays "
     "when the settlement job ran; moved the job to Monday night, and failed payments fell 40%.",
     "dive-deep", True),
    ("Reviewed the vendor's booking API design before we signed and caught that it rounded fees per seat, "
     "not per order; fixing it before launch saved our 300 venues $80,000 a year.", "dive-deep", True),
    # ... but noticing how people work, with nothing read, is no look at the data
    ("I noticed that pharmacists were re-typing every prescription by hand, so I added a scan step, and "
     "dispensing errors fell 30%.", "dive-deep", False),    # ... or told with the records it was found in
    ("Spotted in the drivers' notes that 40% of refunds followed one courier's late scans; switched couriers "
     "for those routes, and refunds fell by half.", "dive-deep", True),
    ("Noticed in the weekly planning meeting that the designers were waiting on legal, so I moved the review "
     "earlier; the launch shipped 10 days sooner.", "dive-deep", False),
])
def test_what_the_twenty_ninth_and_thirtieth_writers_read_otherwise(text: str, principle: str, fires: bool) -> None:
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "first"), [
    # what was learned first-hand comes before the time it went on to save
    ("Spent a week on the returns desk to learn how agents grade damaged parcels; the change that came out "
     "of it saved each agent about 15 minutes a shift.", "learn-and-be-curious"),
])
def test_a_learning_comes_before_the_time_it_saved(text: str, first: str) -> None:
    found = named(text)
    assert found[0] == first
    assert "invent-and-simplify" in found


@pytest.mark.parametrize(("text", "fires"), [
    # the build or the hard part named as someone else's, beside the writer's own part
    ("Rosa's payments team did the hard part; my contribution was the rule that refunds under $50 skip the "
     "second check, and refund complaints fell 40%.", True),
    ("The label printer rollout was Ivan's team's build. My part was choosing the three depots that went first, "
     "and mislabelled parcels fell from 2% to 0.5%.", True),
    ("Credit for the 15% rise in repeat orders goes to the bakery's own staff; my role was pricing the loyalty "
     "card they hand out.", True),
    # someone else's part told with no part of the writer's beside it is no credit shared
    ("Rosa's payments team did the hard part, and refund complaints fell 40% in a quarter.", False),
    # the writer's part alone, with nobody else's named, is no credit either
    ("My part was the rule that refunds under $50 skip the second check, and refund complaints fell 40%.", False),
    # the team building from the writer's spec is the team's work, not credit given
    ("I wrote the spec for the new booking page and the team built it; bookings rose 12% in a month.", False),
])
def test_credit_shared_beside_the_writers_own_part_is_earn_trust(text: str, fires: bool) -> None:
    assert ("earn-trust" in named(text)) is fires


def test_credit_shared_keeps_the_teams_result_beside_it() -> None:
    found = named("Same-day grocery orders rose from 1,200 to 3,400 a week; the warehouse team did the hard "
                  "part, and my part was moving the pick run to the evening.")
    assert found[0] == "earn-trust"
    assert "deliver-results" in found


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # the writer acting before a review, a study or a confirmation was done
    ("Started selling the winter membership a week before the pricing survey finished, at a price I could "
     "only lower; 3,100 memberships sold in the first month.", "bias-for-action", True),
    ("Switched the depot to paper dockets before the vendor had confirmed the outage, and 96% of parcels "
     "still left on time that day.", "bias-for-action", True),
    ("Opened self-booking for flu shots before the clinic's systems review closed, and 1,900 patients booked "
     "in the first week.", "bias-for-action", True),
    # ... but a launch refused until the review was done is no speed, and a date with nothing waited for a schedule
    ("Said no to opening self-booking before the clinic's systems review closed, and 1,900 patients booked "
     "in the first week after it did.", "bias-for-action", False),
    ("Shipped the new checkout two weeks before the holiday season, and conversion rose from 2.1% to 2.6%.",
     "bias-for-action", False),
    # contractors taken on in place of hires, or passed on, are a spend
    ("Covered the spring audit with contractors instead of two new hires, and the audit closed a week early "
     "at $60K under its budget.", "frugality", True),
    ("Turned down three extra contractors for the claims backlog and scripted the address checks; the backlog "
     "cleared in four weeks.", "frugality", True),
    # ... but contractors who are the people served are no saving
    ("Rebuilt the invoice upload for the 900 contractors who bill the county, and late invoices from them fell "
     "from 20% to 6%.", "frugality", False),
    ("Took on the permit portal for contractors that no team owned; rejected permit filings from contractors "
     "fell from 14% to 5% in a year.", "frugality", False),
    # money handed back or a bill cut is the saving's story, whoever the product served
    ("Closed the print-subscription add-on after 10 weeks, when 300 readers had signed up and 20 renewed, and "
     "its $250K marketing budget went back to the newsroom.", "customer-obsession", False),
    ("Closed the print-subscription add-on after 10 weeks, when 300 readers had signed up and 20 renewed, and "
     "its $250K marketing budget went back to the newsroom.", "frugality", True),
    ("We cut the ferry operator's contract by $320,000 a year, from 40 sailings to 34, and no passenger's "
     "trip got longer.", "customer-obsession", False),
    # ... while a served party's outcome from the writer's call, with no saving, still is Customer Obsession
    ("Closed the print-subscription add-on after 10 weeks and moved its 300 readers to the digital edition at "
     "the same price; 92% of them renewed.", "customer-obsession", True),
    # a single thing kept or put in place of many
    ("Kept the renewal page to a single screen instead of the three-page wizard the agency had drawn, and "
     "online renewals rose from 40% to 58%.", "invent-and-simplify", True),
    ("Took the dimmer wheel out of the lamp app and put a single 'reading light' switch in its place; "
     "returns of the lamp fell 30%.", "invent-and-simplify", True),
    # ... but "single" told as a count, with nothing put in place of anything, is no simpler way
    ("Not a single shipment missed the holiday cut-off, and on-time delivery for florists rose from 88% to 97%.",
     "invent-and-simplify", False),
    # people not taken on are a spend turned down, not a disagreement
    ("Declined the three extra engineers the COO offered for the returns portal and shipped it with the team I "
     "had by dropping the label designer; returns processed online rose from 30% to 55%.", "frugality", True),
    ("Declined the three extra engineers the COO offered for the returns portal and shipped it with the team I "
     "had by dropping the label designer; returns processed online rose from 30% to 55%.", "have-backbone", False),
    ("Turned down two extra hires for the support desk in the busy season and moved password resets to a "
     "self-serve link; wait times for members fell from 9 minutes to 2.", "frugality", True),
    # ... but asking for more people is no saving
    ("I told the platform director I would not take on the on-call rota without two more engineers, and held "
     "that for a quarter until the headcount came; pages per engineer fell by half.", "frugality", False),
    # a thing delayed, held, kept out or sent back until it met a bar, in an item that names a release
    ("Delayed curbside pickup at the garden centres by three weekends until staff could load an order in under "
     "five minutes in drills; since launch, pickup complaints fell from 9% to 2% of orders.",
     "insist-on-the-highest-standards", True),
    ("Kept the split-payment option out of the spring release until every refund matched the ledger in two test "
     "runs, and shipped it in June with no payment errors reported by buyers.", "insist-on-the-highest-standards",
     True),
    ("Sent the new claim-letter templates back to legal twice before launch until fewer than 1 in 100 misstated "
     "a deadline; 4,000 letters a week now go out with 0.2% corrected.", "insist-on-the-highest-standards", True),
    # ... but a thing kept going until a date, with nothing released, is no bar held
    ("Kept the old booking line open until March, and 1,200 members still booked by phone.",
     "insist-on-the-highest-standards", False),
    ("Held weekly office hours for the store managers until March, and 40 of them came to at least one.",
     "insist-on-the-highest-standards", False),
])
def test_what_the_thirty_first_and_thirty_second_writers_read(text: str, principle: str, fires: bool) -> None:
    """Acting before a review was done, contractors as a spend, a saving as no customer outcome, a single thing in
    place of many, people not taken on, and a thing held back until it met a bar."""
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # a figure the writer reported, told again as wrong: the writer's own fault told, Earn Trust
    ("I over-claimed in my spring review: the 40% rise in repeat orders I reported came mostly from a holiday "
     "promotion, and our change accounts for about 8 points.", "earn-trust", True),
    ("Wrote to our four largest grant funders that our reported meal counts had double-counted weekend deliveries "
     "by about 7%, before their audit; all four renewed.", "earn-trust", True),
    ("I told the operations director that the drop in missed pickups I had reported was a weather effect, and "
     "asked for a second month of data; the second month showed a real drop of 5 points.", "earn-trust", True),
    # ... but a count someone else's system doubled, found and fixed, or a figure confirmed, is no fault owned
    ("Debugged the billing export that double-counted refunds for 300 merchants, and disputes fell from 9% to 2%.",
     "earn-trust", False),
    ("Caught that the capacity forecast double-counted the 40 shared bays, and we leased two fewer sites, saving "
     "$400K a year.", "earn-trust", False),
    ("The rise in renewals I had reported was confirmed by finance's audit in May, at 14%.", "earn-trust", False),
    ("Worked out the correct figure for seasonal staffing with the store managers, and overtime fell 18%.",
     "earn-trust", False),
    # a thing now done the same day instead of days later is a service level reached, not the writer's speed
    ("Moved statement generation to the new print service, so tenants now get their rent statements the same day "
     "instead of in 4 days.", "bias-for-action", False),
    ("Bought an off-the-shelf e-signature tool; surveyors now send signed reports to lenders the same day, up from "
     "3 days.", "bias-for-action", False),
    # ... while the writer's own move the same day, before the facts were in, still is Bias for Action
    ("Opened a walk-in vaccine clinic in the library the same day the school outbreak was confirmed, before the "
     "county's plan was ready; 600 children were vaccinated that week.", "bias-for-action", True),
    # a thing that covered a gap or a button is reach, not a duty taken on
    ("Merged the two Friday van runs into one Thursday run with chilled boxes, which covered the gap for all 400 "
     "clients on the east side.", "ownership", False),
    ("Found that a single phone model's banner covered the pay button; a layout fix for that model lifted "
     "completed payments by 9%.", "ownership", False),
    # ... while the writer covering a duty themselves still is Ownership
    ("When our courier partner folded, I covered the pickup rota myself for three weeks while I signed a new "
     "carrier, and no client missed a delivery.", "ownership", True),
    # a party's standing rebuilt, or the writer's own record shown unasked or uncut: Earn Trust
    ("After our depot lost 200 parcels in one week, I met the charity's logistics lead every Monday for a quarter, "
     "sent our scan records before they asked, and they moved their whole spring appeal to us.", "earn-trust", True),
    ("Rebuilt our standing with the harbour office after a year of late berth bookings: I fixed the two steps they "
     "named, and they now route all 30 ferry slots through our system.", "earn-trust", True),
    ("I posted our repair crews' tenant ratings unedited, low scores included, and repair requests through the app "
     "rose 25%.", "earn-trust", True),
    # ... but unedited clips as a product's feature, or a standing that is a state, are no trust earned
    ("Launched a video-review tool that lets creators post unedited clips from their phones; uploads rose 40%.",
     "earn-trust", False),
    ("Our standing with the tax authority lets us file for 3,000 clients in one batch.", "earn-trust", False),
])
def test_what_the_thirty_third_and_thirty_fourth_writers_read(text: str, principle: str, fires: bool) -> None:
    """A figure the writer reported, told again as wrong; a thing now done the same day as no speed; a thing that
    covered a gap as no duty taken on; a party's standing rebuilt, or the writer's record shown uncut."""
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # the writer's own thing told to the party it harmed, with no fault word: Earn Trust
    ("Told the four bakeries we supply in writing that my new cut-off time had left their Saturday orders short, "
     "moved it back that week, and all four reordered in March.", "earn-trust", True),
    ("I told the tenants' committee plainly that our repair app had closed 90 open tickets by itself, and reopened "
     "each one with a named engineer.", "earn-trust", True),
    ("Admitted to the ferry operator that my timetable import had dropped the late sailings for a month; they kept "
     "the contract.", "earn-trust", True),
    # ... but the writer told by others, or a thing made that our people use, is no candour
    ("Growers told us that our price sheet was hard to read, so I redesigned it and orders by phone fell 30%.",
     "earn-trust", False),
    ("Wrote a one-page guide that our night porters now use for lost keys, and lockouts fell from 12 a month to 3.",
     "earn-trust", False),
    # a thing pulled, held or sent back because of a defect it had, or to fix one, with a release named
    ("Sent the pharmacy refill screen back to the vendor twice because it let a dose be doubled, and the release "
     "went out a week late with no dosing complaints since.", "insist-on-the-highest-standards", True),
    ("Pulled the parking app from the May release because the payment page froze on 1 in 9 older tablets; it "
     "shipped in June with no freezes reported.", "insist-on-the-highest-standards", True),
    # ... but a date that slipped because of something, a launch kept on its date, or a thing sent for a reason,
    # is no bar held
    ("The launch slipped a quarter because the card vendor changed its API, and I told the three partner banks "
     "the new date the same week.", "insist-on-the-highest-standards", False),
    ("Sent the weekly update to all 40 clinic managers because they had asked for the numbers in one place; "
     "the release notes page now gets 600 views a month.", "insist-on-the-highest-standards", False),
    # the parties reached by the writer in person: Earn Trust
    ("When my route change sent 300 school buses to the old depot, I called the nine head teachers myself and had "
     "the old routes back by noon; no pupil missed a morning.", "earn-trust", True),
    ("Wrote to the 80 affected allotment holders myself after the renewal letters went out with last year's fee, "
     "and refunded the difference in a week.", "earn-trust", True),
    # ... but SQL written by the writer, "told myself", or calls made as part of a duty taken on, are not
    ("I wrote the SQL myself and found that 30% of returned parcels came from one depot; relabelling its shelves "
     "cut returns by 18%.", "earn-trust", False),
    ("I told myself the pricing page could wait, and shipped the quote tool first; quotes sent rose 22%.",
     "earn-trust", False),
    ("The flood-warning list sat in nobody's goals, so I took it on: before every storm I called the 200 riverside "
     "households myself with sandbag times.", "earn-trust", False),
    # a query the writer ran and what it showed: Dive Deep
    ("Wrote the SQL that showed 60% of missed ferry bookings came from one travel agent's feed; I had the feed "
     "re-sent hourly, and missed bookings for passengers fell by half.", "dive-deep", True),
    ("I wrote a query joining meter readings with repair tickets and found 1 in 6 leaks was logged twice; merging "
     "the duplicates cut crews' wasted visits to tenants by 30%.", "dive-deep", True),
    # ... but SQL learned or taught, with nothing shown, is none
    ("Taught the six store analysts SQL over the spring, and each now builds their own weekly sales report.",
     "dive-deep", False),
    # a span of years told right before the change it names: Think Big
    ("Pitched a four-year move from paper permits to plate recognition for the 12 city car parks; the council "
     "funded the first two, and disputed fines there fell by half.", "think-big", True),
    ("Wrote the five-year case for one shared booking system across the county's 14 leisure centres, and the "
     "first five moved onto it this spring.", "think-big", True),
    # ... but a contract of years, or years counted with no change named, is no direction
    ("Signed a two-year contract with the laundry vendor at last year's rate; linen complaints from guests fell "
     "18%.", "think-big", False),
    ("Moved the ticket archive to cold storage, cutting the two-year storage bill from $90K to $31K.", "think-big",
     False),
    # a bet told with the years it has run: Think Big
    ("Bet two years ago that ferry riders would pay for a season pass with guaranteed car space; this year 2,600 "
     "households bought one.", "think-big", True),
    # ... but a bet with no years run is no direction
    ("I bet the holiday campaign on one email subject line, and open rates rose 9%.", "think-big", False),
    # a template that is only the thing worked on is no simpler way ...
    ("Rewrote the order template with the ward sister and met her every Friday; missed deliveries to the ward "
     "stopped by March.", "invent-and-simplify", False),
    ("Added the new late-fee clause to our rental contract template for 400 landlords.", "invent-and-simplify",
     False),
    # ... while a simpler way told beside one still is
    ("Replaced the four intake forms with one shared template, and clerks now file a claim in 6 minutes instead of "
     "20.", "invent-and-simplify", True),
    # a duty that sat in neither team's goals, or kept up after its team moved on: Ownership
    ("Took on the refund queue that sat in neither team's goals after the reorganisation; refunds to members now "
     "arrive in 3 days instead of 12.", "ownership", True),
    ("I kept the partner sign-up page running for a year after its team moved on, and no partner's application "
     "was lost.", "ownership", True),
    # ... but a team's own work told as the team's is no duty taken on
    ("Our team moved the partner sign-up page to the new platform, and applications rose 14%.", "ownership", False),
])
def test_what_the_thirty_fifth_and_thirty_sixth_writers_read(text: str, principle: str, fires: bool) -> None:
    """The writer's own thing told to the party it harmed, no fault word needed; a thing held back because of a
    defect it had; the parties reached by the writer in person; a query the writer ran and what it showed; a span
    of years told right before the change it names, or a bet told with the years it has run; a template worked on
    as no simpler way; a duty that sat in neither team's goals."""
    assert (principle in named(text)) is fires


@pytest.mark.parametrize(("text", "grown"), [
    # a job's runtime, a check's reach, a service's platform: a thing that now runs, no person grown
    ("Moved the nightly ledger export to incremental loads; the job now runs in 9 minutes, not 2 hours.", False),
    ("The intake check I wrote now runs in all 14 depots.", False),
    ("Rebuilt the refund service so it now runs on the shared cluster.", False),
    # a person who now runs what the writer ran, after the writer coached them: Hire and Develop
    ("Coached Amara from scheduler to associate PM; she now runs the depot roster I used to plan.", True),
])
def test_a_thing_that_now_runs_is_no_person_grown(text: str, grown: bool) -> None:
    item = analyze_item(text)
    assert item is not None
    assert ("hire-and-develop-the-best" in item.principles) is grown


@pytest.mark.parametrize(("text", "frugal"), [
    # a price the customer is not charged: the offer's terms, not money the writer kept
    ("Offered sensor-based refills at no extra charge to 3,000 farms; run-outs fell from 5% to 1%.", False),
    ("Added Sunday collection for 2,000 homes at no extra fee.", False),
    # headcount not spent: Frugality
    ("Opened the two new lockers with no extra headcount, using the clerks we already had.", True),
])
def test_a_price_not_charged_is_no_saving(text: str, frugal: bool) -> None:
    item = analyze_item(text)
    assert item is not None
    assert ("frugality" in item.principles) is frugal


@pytest.mark.parametrize(("text", "principle", "fires"), [
    # a proposal turned down and brought back reworked: the persistence and the lesson, no case argued for customers
    ("My proposal for evening pickup slots was rejected in May; I reworked it around three stores' footfall data, "
     "brought it back in September, and it passed; 5,200 shoppers have used the slots since.", "customer-obsession",
     False),
    ("My proposal for evening pickup slots was rejected in May; I reworked it around three stores' footfall data, "
     "brought it back in September, and it passed; 5,200 shoppers have used the slots since.", "have-backbone",
     True),
    # ... while a result shoppers felt, with no proposal turned down, still argues their case
    ("Added evening pickup slots after shoppers asked for them, and 5,200 shoppers used them by December.",
     "customer-obsession", True),
    # a thing pulled or blocked when a test showed a defect: the bar held, and no call borne out
    ("Pulled the new loyalty screen from the spring release when testing showed it charged some members twice; it "
     "relaunched three weeks later with no double charges.", "insist-on-the-highest-standards", True),
    ("Pulled the new loyalty screen from the spring release when testing showed it charged some members twice; it "
     "relaunched three weeks later with no double charges.", "are-right-a-lot", False),
    ("Blocked the clinic-booking launch for ten days when a test showed it offered slots at closed clinics, and it "
     "shipped with none.", "are-right-a-lot", False),
    # ... while a call against the view held, shown by a test, is still one, and a release that went out is no hold
    ("Predicted that renters would pay for a damage waiver when finance expected no uptake; a four-week test showed "
     "31% of renters took it.", "are-right-a-lot", True),
    ("The spring release went out on time after testing showed no double charges.",
     "insist-on-the-highest-standards", False),
    # a level held with the thing held named between the verb and the number, through growth: no result gained
    ("We kept first-call resolution for tenants at 92% through a quarter in which call volume doubled.",
     "deliver-results", False),
    ("I kept average booking time for renters at 3 minutes while bookings tripled, by caching the availability "
     "search.", "deliver-results", False),
    # ... while the same measure moved is a result delivered
    ("We raised first-call resolution for tenants from 78% to 92% through a quarter in which call volume doubled.",
     "deliver-results", True),
    ("I cut average booking time for renters from 9 minutes to 3 while bookings tripled, by caching the "
     "availability search.", "deliver-results", True),
])
def test_what_the_thirty_seventh_and_thirty_eighth_writers_read(text: str, principle: str, fires: bool) -> None:
    """A proposal turned down and brought back reworked is no case argued for the customers it then reached; a thing
    pulled or blocked when a test showed a defect is the bar held, not a call borne out; a level held through
    growth, the thing held named before the level, is no result gained."""
    assert (principle in named(text)) is fires
