"""The coach round on the forty-seventh and forty-eighth blind sets (docs/accuracy.md, "The verdict,
the changes and the plan on the forty-seventh and forty-eighth blind sets"). Text in our own words.

- A promotion document's evidence is three stories with a measured result, as any packet's: the
  five to seven stories its form takes are not the evidence the room needs.
- A packet read above its level with the telling still to fix is never said to read below it.
- The changes never ask an effort sentence for its number when its own story already tells the
  measured result and the writer's decision, never ask the writer's earlier career for a result,
  and never call an everyday "rewrote" engineering work where no old role shows.
- The diary change and the lead change on the same outcome are told once.
- The plan: a manager's document that opens with the level and its evidence has that task done;
  the non-technical read asks about the engineering specialty only where an engineering past shows.
"""

from __future__ import annotations

from datetime import date

from packetcoach import analyze
from packetcoach.analysis import verdict as verdict_module
from packetcoach.analysis.gap import judge_gap, settings
from packetcoach.analysis.repairs import _activity, _engineering, career_told
from packetcoach.analysis.workbench import Workbench
from packetcoach.plan.build import make_plan
from packetcoach.profile.load import load_profile

PROMOTION = """\
# Promotion case: L6

Our team runs lettings software for independent landlords across the north of England, with two
engineering squads, a designer and a support desk of nine people who answer landlords and tenants
six days a week.

## Renewals for small landlords

I proposed monthly renewal reminders for the 4,000 small landlords on our platform, and renewals rose
from 52% to 71% in two quarters, worth £1.2M a year.

## Deposit disputes

I rewrote the dispute rules with the legal team so that tenants upload photos at move-in; disputes
that reached the ombudsman fell from 310 a year to 90, and landlords saved £400,000 in fees.

## Repairs booking

I chose to replace the phone line for repairs with a booking page for tenants, and the average repair
wait fell from 12 days to 5, cutting complaint calls by 38%.

## Partner reviews

I held monthly reviews with our two letting partners throughout the year.

## Team

I coached two associate product managers through their first launches.
"""

TWO_STORIES = PROMOTION.replace("""## Repairs booking

I chose to replace the phone line for repairs with a booking page for tenants, and the average repair
wait fell from 12 days to 5, cutting complaint calls by 38%.
""", """## Repairs booking

I wrote the plan for a booking page for repairs and shared it with the two squads.
""")


def _bench(text: str, doc_type: str = "promotion") -> Workbench:
    report = analyze(text, level="L6", doc_type=doc_type)
    return Workbench(report, judge_gap(report), settings(report))


def test_three_measured_stories_hold_for_a_promotion() -> None:
    gap = judge_gap(analyze(PROMOTION, level="L6", doc_type="promotion"))
    assert gap.kind != "evidence"
    assert "needs at least" not in " ".join(gap.reasons)


def test_two_measured_stories_are_still_an_evidence_gap() -> None:
    gap = judge_gap(analyze(TWO_STORIES, level="L6", doc_type="promotion"))
    assert gap.kind == "evidence"
    assert "the room needs at least 3" in gap.reasons[0]


def test_a_reading_above_the_level_is_said_above(monkeypatch) -> None:
    report = analyze(PROMOTION, level="L6", doc_type="promotion")
    assert judge_gap(report).kind == "narrative"
    monkeypatch.setattr(verdict_module, "reading_of", lambda *args: "above")
    summary = verdict_module.judge(report).summary
    assert summary.startswith("Reads above L6, but ")
    assert "below" not in summary


def test_a_reading_below_is_still_said_below() -> None:
    verdict = analyze(PROMOTION, level="L6", doc_type="promotion").verdict
    assert verdict.reading == "below" and verdict.summary.startswith("Reads below L6")


EFFORT_IN_A_STORY = PROMOTION.replace(
    "I proposed monthly renewal reminders",
    "I ran 20 interviews with landlords who had let their listings lapse.\n\nI proposed monthly renewal reminders")


def test_effort_beside_its_own_measured_result_is_not_named() -> None:
    bench = _bench(EFFORT_IN_A_STORY)
    named = [item.text for item in _activity(bench).named]
    assert not any("20 interviews" in text for text in named)
    assert any("monthly reviews with our two letting partners" in text for text in named)  # still fires


CAREER = PROMOTION.replace(
    "Our team runs lettings software",
    "Before product I spent six years as a paralegal reading leases line by line.\n\nOur team runs lettings software")


def test_the_earlier_career_is_never_asked_for_a_result() -> None:
    bench = _bench(CAREER)
    career = next(item for item in bench.items if "paralegal" in item.text)
    assert career_told(career)
    named = [item.text for item in _activity(bench).named]
    assert not any("paralegal" in text for text in named)
    assert any("monthly reviews" in text for text in named)
    reviews = next(item for item in bench.items if "monthly reviews" in item.text)
    assert not career_told(reviews)


def test_no_engineering_change_where_no_old_role_shows() -> None:
    bench = _bench(PROMOTION.replace("I held monthly reviews with our two letting partners throughout the year.",
                                     "I rebuilt the partner dashboard and refactored its reports module."))
    assert not bench.reading.former_engineer_mentions and bench.reading.specialty is None
    assert _engineering(bench) is None


def test_the_engineering_change_still_fires_with_an_engineering_past() -> None:
    text = PROMOTION.replace(
        "I held monthly reviews with our two letting partners throughout the year.",
        "As a former backend engineer I migrated the partner service to Kubernetes and refactored its "
        "Kafka consumers. My engineering background also meant I rewrote the deploy pipeline myself.")
    bench = _bench(text)
    assert bench.reading.former_engineer_mentions
    assert _engineering(bench) is not None


DIARY = """\
# Self-assessment

After six years as a backend engineer I moved into product in January. As a former backend engineer
I still read the logs before I read the dashboards.

This is my first year on the marketplace listings team, which serves about 60,000 small sellers who
list handmade goods, and it is written in the order the year happened.

## January

Held 14 interviews with small sellers about listing problems.

## March

Wrote the plan for the listing form and reviewed it with the team.

## June

I cut the listing form for new sellers from 14 fields to 6, and abandoned listings fell from 18% to 7%
within two months, worth $900,000 a year in fees.

## September

I stopped the bulk-upload tool after a test showed 3% of sellers used it, and moved the team to
payouts; payout complaints from sellers fell by 41% by November.

## November

My engineering background helped me talk to the platform team about their queue.
"""


def test_the_diary_and_the_lead_on_one_outcome_are_one_change() -> None:
    changes = analyze(DIARY, level="L6", doc_type="self-assessment").verdict.top_changes
    kinds = [change.kind for change in changes]
    assert "cut-diary" in kinds
    assert "lead-with-outcome" not in kinds
    diary = next(change for change in changes if change.kind == "cut-diary")
    assert "instead of the move from engineering" in diary.what
    assert diary.what.count("14 fields to 6") == 1


MANAGER = """\
# Promotion nomination: Dana Obi, Senior PM (L5 to L6)

Written by her manager, Head of Product, Lettings.

Dana is already doing L6 work: she owns renewals for 4,000 small landlords across two squads, and her
monthly reminders raised renewals from 52% to 71% in two quarters, worth £1.2M a year.

## Evidence

She rewrote the dispute rules with the legal team so that tenants upload photos at move-in; disputes
that reached the ombudsman fell from 310 a year to 90, and landlords saved £400,000 in fees.

She chose to replace the phone line for repairs with a booking page for tenants, and the average
repair wait fell from 12 days to 5, cutting complaint calls by 38%.

She stopped the landlord forum rebuild after a test showed 2% of landlords posted in a month, and put
its two engineers on the booking page.
"""


def _plan(text: str, doc_type: str = "promotion"):
    profile = load_profile("amazon-pm")
    report = analyze(text, level="L6", doc_type=doc_type)
    return make_plan(date(2026, 11, 1), date(2026, 12, 20), profile, "L6", doc_type, report)


def test_a_manager_document_that_opens_with_the_level_has_that_task_done() -> None:
    task = next(t for t in _plan(MANAGER).checklist if t.id == "ask-manager-level")
    assert task.done and "The opening already says it (line 5)." in task.task


def test_a_manager_document_without_the_level_in_its_opening_still_has_the_task() -> None:
    text = MANAGER.replace("Dana is already doing L6 work: she owns renewals for 4,000 small landlords across "
                           "two squads, and her\nmonthly reminders raised renewals from 52% to 71% in two "
                           "quarters, worth £1.2M a year.",
                           "Dana joined the lettings team two years ago from a bank's mortgage desk.")
    task = next(t for t in _plan(text).checklist if t.id == "ask-manager-level")
    assert not task.done and "already says it" not in task.task


def test_the_plain_read_asks_no_engineering_specialty_where_none_shows() -> None:
    task = next(t for t in _plan(MANAGER).checklist if t.id == "non-technical-read")
    assert "engineering specialty" not in task.task
    assert "which words did they have to ask about" in task.task


def test_the_read_still_asks_the_specialty_with_an_engineering_past() -> None:
    task = next(t for t in _plan(DIARY, "self-assessment").checklist if t.id == "non-technical-read")
    assert "which engineering specialty you came from" in task.task


def test_the_evidence_question_and_an_effort_question_never_press_one_item() -> None:
    from packetcoach.coach.rehearse import rehearse
    questions = rehearse(analyze(TWO_STORIES, level="L6", doc_type="promotion"))
    evidence = next(q for q in questions if q.kind == "missing-evidence")  # still asked
    assert [q.item for q in questions if q.kind not in ("conflict", "scope", "said-no", "level")].count(evidence.item) == 1


def test_no_engineering_verb_question_where_no_old_role_shows() -> None:
    from packetcoach.coach.rehearse import rehearse
    report = analyze(PROMOTION, level="L6", doc_type="promotion")
    assert not any(q.kind == "engineering-verb" for q in rehearse(report))  # "I rewrote the dispute rules"
    past = PROMOTION.replace("I held monthly reviews with our two letting partners throughout the year.",
                             "As a former backend engineer I migrated the partner service to Kubernetes and "
                             "refactored its Kafka consumers myself.")
    assert any(q.kind == "engineering-verb" for q in rehearse(analyze(past, level="L6", doc_type="promotion")))
