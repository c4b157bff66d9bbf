"""A mistake the writer owns in a lesson, with what they changed, shows Earn Trust in the room's
reading of the principles ("expected, not shown" no longer names it beside one)."""
from packetcoach import analyze
from packetcoach.analysis.packet import _owns_mistake, principles_not_shown, principles_shown

HEAD = """# Self-assessment

- Cut the pet-insurance claim form from 14 fields to 5 after watching owners give up; completed claims rose from 2,100 to 3,400 a month.
- Persuaded the underwriting director to pay vet invoices directly, which cut owners' wait for money from 11 days to 2.

## What did not work

"""


def _reading(lesson: str):
    report = analyze(HEAD + lesson + "\n", level="L5", doc_type="self-assessment")
    table = report.rubric.profile.table("document")
    coverage = report.reading.principles_coverage
    return report, table, principles_shown(coverage, report.items, table), \
        principles_not_shown(coverage, report.items, table)


def _lesson(report):
    return [item for item in report.items if item.kind == "lesson"]


def test_a_change_owned_in_a_lesson_shows_earn_trust():
    for lesson in ("I bet on a referral scheme offering a free week for each friend. It cost £18,000 and brought "
                   "140 new owners, most of whom left. I would now run a two-week test on one city before "
                   "committing the budget.",
                   "I would now run the numbers with finance before the pitch, not after."):
        report, table, shown, missing = _reading(lesson)
        assert _lesson(report) and any(_owns_mistake(item, table) for item in _lesson(report)), lesson
        assert "earn-trust" in shown and "earn-trust" not in missing, lesson


def test_a_mistake_blamed_on_others_or_with_no_change_shows_nothing():
    for lesson in ("The mail-in launch taught me to price the courier leg before committing to a launch date.",
                   "I learned that the couriers should have priced the return leg before we launched."):
        report, table, shown, missing = _reading(lesson)
        assert not any(_owns_mistake(item, table) for item in report.items), lesson


def test_only_the_profiles_kinds_count():
    report, table, _, _ = _reading("I would now run the numbers with finance before the pitch, not after.")
    lesson = _lesson(report)[0]
    assert _owns_mistake(lesson, {**table, "owned_mistake_kinds": ["claim"]}) is False
    assert _owns_mistake(lesson, {**table, "owned_mistakes": []}) is False


def test_a_misjudgment_named_as_the_writers_own_then_the_practice_changed():
    report, table, shown, missing = _reading(
        "I learned that my estimate of the vets' uptake was far too high, and I now ask three practices to sign "
        "before I commit a budget.")
    assert any(_owns_mistake(item, table) for item in _lesson(report))
    assert "earn-trust" in shown and "earn-trust" not in missing


def test_a_change_before_the_mark_or_a_mark_with_no_change_shows_nothing():
    for lesson in ("I now ask three practices to sign before I commit a budget, which was my call to make.",
                   "I learned that my estimate of the vets' uptake was far too high."):
        report, table, _, _ = _reading(lesson)
        assert not any(_owns_mistake(item, table) for item in report.items), lesson
