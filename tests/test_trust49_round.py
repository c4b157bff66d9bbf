"""A mistake the writer owns in a lesson, with what they changed, shows Earn Trust in the room's
reading of the principles ("expected, not shown" no longer names it beside one)."""
from pathlib import Path

from packetcoach import analyze
from packetcoach.analysis.packet import _owns_mistake, principles_not_shown, principles_shown

HEAD = """# Self-assessment

- Cut the pet-insurance claim form from 14 fields to 5 after watching owners give up; completed claims rose from 2,100 to 3,400 a month.
- Persuaded the underwriting director to pay vet invoices directly, which cut owners' wait for money from 11 days to 2.

## What did not work

"""


def _reading(lesson: str, profile: str = "amazon-pm"):
    report = analyze(HEAD + lesson + "\n", level="L5", doc_type="self-assessment", profile=profile)
    rubric = report.rubric
    coverage = report.reading.principles_coverage
    return report, rubric, principles_shown(coverage, report.items, rubric), \
        principles_not_shown(coverage, report.items, rubric)


def _lesson(report):
    return [item for item in report.items if item.kind == "lesson"]


def test_a_change_owned_in_a_lesson_shows_earn_trust():
    for lesson in ("I bet on a referral scheme offering a free week for each friend. It cost £18,000 and brought "
                   "140 new owners, most of whom left. I would now run a two-week test on one city before "
                   "committing the budget.",
                   "I would now run the numbers with finance before the pitch, not after."):
        report, rubric, shown, missing = _reading(lesson)
        assert _lesson(report) and any(_owns_mistake(item, rubric) for item in _lesson(report)), lesson
        assert "earn-trust" in shown and "earn-trust" not in missing, lesson


def test_a_mistake_blamed_on_others_or_with_no_change_shows_nothing():
    for lesson in ("The mail-in launch taught me to price the courier leg before committing to a launch date.",
                   "I learned that the couriers should have priced the return leg before we launched."):
        report, rubric, shown, missing = _reading(lesson)
        assert not any(_owns_mistake(item, rubric) for item in report.items), lesson


def _extending(tmp_path: Path, name: str, document: str) -> str:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'[profile]\nname = "{name}"\nversion = "1"\nextends = "amazon-pm"\n\n[document]\n{document}\n',
                    encoding="utf-8")
    return str(path)


def test_only_the_profiles_kinds_and_phrases_count(tmp_path: Path):
    lesson = "I would now run the numbers with finance before the pitch, not after."
    report, rubric, _, _ = _reading(lesson)
    assert _owns_mistake(_lesson(report)[0], rubric) is True
    for name, document in (("claims-only", 'owned_mistake_kinds = ["claim"]'),
                           ("no-phrases", 'owned_mistakes = []\nowned_mistake_changes = []')):
        report, rubric, shown, missing = _reading(lesson, _extending(tmp_path, name, document))
        assert not any(_owns_mistake(item, rubric) for item in _lesson(report)), name
        assert "earn-trust" in missing, name


def test_a_misjudgment_named_as_the_writers_own_then_the_practice_changed():
    report, rubric, shown, missing = _reading(
        "I learned that my estimate of the vets' uptake was far too high, and I now ask three practices to sign "
        "before I commit a budget.")
    assert any(_owns_mistake(item, rubric) for item in _lesson(report))
    assert "earn-trust" in shown and "earn-trust" not in missing


def test_a_change_before_the_mark_or_a_mark_with_no_change_shows_nothing():
    for lesson in ("I now ask three practices to sign before I commit a budget, which was my call to make.",
                   "I learned that my estimate of the vets' uptake was far too high."):
        report, rubric, _, _ = _reading(lesson)
        assert not any(_owns_mistake(item, rubric) for item in report.items), lesson
