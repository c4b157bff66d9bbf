"""The precision round on the findings of the sixty-first and sixty-second blind sets (docs/accuracy.md,
"Precision of the findings on the sixty-first and sixty-second blind sets"). Text in our own words.

A story's bold run-in label that names its setting ("**Situation.**", "**Task.**", "**Before.**",
"**Problem.**": the profile's `kinds.setting_labels`) makes the items of its paragraph, before any
other bold label, the setting: context, so the team's effort, a party's "we" or a word of the old
system told there are not judged as the writer's claim (PC104, PC105, PC102, PC101). A product
decision of the writer's told there ("... and I proposed a fare cap") stays a claim, so the started
list still reads it; the same sentence under an "**Action.**" label, or with no label, fires as before.

An engineering verb whose object ends in a thing people read or follow ("designed a loading
checklist", "redesigned the parcel instructions", the profile's `verbs.non_technical_heads.design`)
is no engineering work (no PC102); "designed the checklist service" still is.
"""

from __future__ import annotations

import pytest

from packetcoach import analyze

SCOPE = "I own ticketing for a ferry company with 14 routes and 2.1 million crossings a year.\n\n"


def _found(text: str, rule: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in analyze(text).findings if f.rule == rule]


def _kind(text: str, start: str) -> str:
    return next(item.kind for item in analyze(text).items if item.text.startswith(start))


def _story(setting: str, label: str = "Situation") -> str:
    return (SCOPE + "## Story 1: Pier queues\n\n"
            f"**{label}.** {setting}\n\n"
            "**Action.** I moved boarding checks from the pier gate to the car park, after timing 40 "
            "sailings myself.\n\n"
            "**Result.** Foot passengers waited 9 minutes to board instead of 25, and late departures fell from 22% to 6%.\n")


SETTINGS = [
    # the team's effort as the problem the story starts from (PC104, PC105)
    ("Foot passengers queued on the pier in the rain, and our pier team spent every Saturday "
     "re-printing lost boarding cards.", "PC105"),
    ("Foot passengers queued on the pier in the rain, and our pier team spent every Saturday "
     "re-printing lost boarding cards.", "PC104"),
    # a party's plan told with the company as "we"
    ("After the spring storms, our operations team wanted to add a second gate the following month.", "PC105"),
]


@pytest.mark.parametrize("label", ["Situation", "Task", "Before", "Problem"])
@pytest.mark.parametrize("setting,rule", SETTINGS)
def test_a_labelled_setting_is_not_judged_as_a_claim(label: str, setting: str, rule: str) -> None:
    text = _story(setting, label)
    assert _found(text, rule) == [], (label, setting)
    assert _kind(text, setting[:20]) == "context"


@pytest.mark.parametrize("setting,rule", SETTINGS)
def test_the_same_setting_under_an_action_label_still_fires(setting: str, rule: str) -> None:
    text = SCOPE + "## Story 1: Pier queues\n\n**Action.** " + setting + "\n"
    assert _found(text, rule) != [], setting


@pytest.mark.parametrize("setting,rule", SETTINGS)
def test_the_same_setting_with_no_label_still_fires(setting: str, rule: str) -> None:
    text = SCOPE + "## Story 1: Pier queues\n\n" + setting + "\n"
    assert _found(text, rule) != [], setting


def test_the_remit_under_a_task_label_is_the_setting() -> None:
    text = _story("I owned the pier launch, with a go-live date already announced to the harbour master.", "Task")
    assert _found(text, "PC104") == []


def test_the_action_and_result_after_the_setting_are_still_claims() -> None:
    text = _story("Foot passengers queued on the pier in the rain.")
    report = analyze(text)
    claims = [item for item in report.items if item.kind == "claim"]
    assert any(item.text.startswith("I moved boarding checks") for item in claims)
    assert any(item.ready for item in claims), "the action and its result still make a ready story"


def test_a_decision_told_in_the_setting_stays_a_claim() -> None:
    setting = "Finance wanted more of the season-ticket revenue, and I proposed a fare cap for commuters."
    text = _story(setting, "Before")
    assert _kind(text, "Finance wanted") == "claim"


def test_a_label_that_is_no_setting_changes_nothing() -> None:
    setting = "Foot passengers queued on the pier in the rain, and our pier team spent every Saturday " \
              "re-printing lost boarding cards."
    text = SCOPE + "## Story 1: Pier queues\n\n" + f"**Pier queues.** {setting}\n"
    assert _found(text, "PC105") != []


# Things people read or follow, designed or redesigned

@pytest.mark.parametrize("told", [
    "Designed a vehicle-loading checklist with the deck crews, which every crew now uses at each sailing.",
    "Redesigned the parcel instructions with 30 first-time senders, and parcels refused at the desk fell "
    "from 9% to 2%.",
    "Redesigned the monthly season-ticket statement so commuters see what they saved against single fares.",
])
def test_a_designed_thing_people_read_is_no_engineering_work(told: str) -> None:
    text = SCOPE + "## Work\n\n- " + told + "\n"
    assert _found(text, "PC102") == [], told


@pytest.mark.parametrize("told", [
    "Designed the checklist service that stores each crew's loading record.",
    "Designed the statement API that the billing system calls every night.",
    "Designed the retry queue for ticket scans from the piers with no signal.",
])
def test_designed_software_is_still_engineering_work(told: str) -> None:
    text = SCOPE + "## Work\n\n- " + told + "\n"
    assert _found(text, "PC102") != [], told
