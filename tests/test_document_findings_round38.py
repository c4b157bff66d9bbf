"""Round 38: the precision of the document findings a packet label decides, measured by `eval`, and
two findings that asserted what the reading itself contradicted: "nothing initiated" beside a start
the writer tells in a plan or an objection, and "little evidence for L6" on a draft whose reading
supports L6."""

from __future__ import annotations

import json
from pathlib import Path

from packetcoach import analyze
from packetcoach.evaluate.packets import FINDING_LABELS, evaluate_packets
from packetcoach.evaluate.render import findings_table

LEAD = "I operate at L6: I convinced the VP to drop the listing fee for small sellers, cutting seller churn from 9% to 6%.\n\n"
KILLED = "- Killed the coupon builder after a pilot showed 2% of sellers used it, freeing three engineers.\n\n"


def rules(text: str, level: str = "L6") -> list[str]:
    return [f.rule for f in analyze(text, level=level, doc_type="self-assessment").findings]


# --- nothing-initiated (PC206): not beside a start the list left out -----------------------------

def test_start_told_in_an_objection_is_not_nothing_initiated() -> None:
    text = LEAD + KILLED + ("**You might ask whether I am against coupons.** No. I proposed a loyalty discount "
                            "instead, and 14% of small sellers used it in the first month, against 5% for coupons.\n")
    assert "PC206" not in rules(text)


def test_start_told_in_a_plan_is_not_nothing_initiated() -> None:
    text = LEAD + KILLED + ("- I also proposed and ran a pilot of a seller advisory panel in three regions: twelve "
                            "sellers meet us every quarter and review anything we plan to ship to them.\n")
    assert "PC206" not in rules(text)


def test_no_start_anywhere_is_still_nothing_initiated() -> None:
    assert "PC206" in rules(LEAD + KILLED)
    assert "PC206" in rules("- Fixed the checkout button colour.\n")


# --- level-signal-weak (PC214): not where the reading's own level meets the ask ------------------

def test_level_the_reading_supports_is_not_weak() -> None:
    text = LEAD + ("- Proposed one-click relisting for small sellers and launched it with the payments and "
                   "catalog teams, lifting relisted items 12%.\n")
    report = analyze(text, level="L6", doc_type="self-assessment")
    assert report.reading.supported_level == "L6"
    assert "PC214" not in [f.rule for f in report.findings]


def test_level_below_the_ask_is_still_weak() -> None:
    owned = ("- I own the seller onboarding page. I rewrote its three forms as one, and completed sign-ups for "
             "small sellers rose from 41% to 58% in two months.\n")
    assert "PC214" in rules(owned, level="L6")  # the reading supports L5 only
    assert "PC214" not in rules(owned, level="L5")
    # no level at all: the verdict's line says no bar is met and why (round 42), the finding stays away
    assert "PC214" not in rules("- Fixed the checkout button colour.\n")


# --- eval: the findings table ---------------------------------------------------------------------

def _labelled(tmp_path: Path) -> Path:
    (tmp_path / "packets").mkdir()
    (tmp_path / "packets" / "a.md").write_text(LEAD + KILLED, encoding="utf-8")
    (tmp_path / "packets" / "b.md").write_text(LEAD + KILLED, encoding="utf-8")
    rows = [  # the same draft: a labeller who finds no start, and one who reads the lead as a start
        {"id": "a", "file": "packets/a.md", "level": "L6", "doc_type": "self-assessment", "initiated_items": []},
        {"id": "b", "file": "packets/b.md", "level": "L6", "doc_type": "self-assessment",
         "initiated_items": ["I operate at L6: I convinced"], "supported_level": "L6"},
    ]
    (tmp_path / "packets.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_eval_counts_fires_and_false_findings(tmp_path: Path) -> None:
    result = evaluate_packets(_labelled(tmp_path), "amazon-pm")
    started = result["findings"]["PC206"]
    assert (started["packets"], started["fires"], started["false"]) == (2, 2, 1)
    assert started["precision"] == 0.5 and started["name"] == "nothing-initiated"
    assert [case["id"] for case in result["disagreements"]["finding_PC206"]] == ["b"]
    assert result["findings"]["PC214"]["packets"] == 1  # only a packet with the label counts
    assert "PC202" not in result["findings"]  # no packet labels the lead


def test_every_finding_label_is_a_packet_field() -> None:
    from packetcoach.evaluate.packets import FIELDS, SETS
    assert {label for _, label, _ in FINDING_LABELS} <= set(FIELDS) | set(SETS)


def test_findings_table_sets_side_by_side(tmp_path: Path) -> None:
    found = evaluate_packets(_labelled(tmp_path), "amazon-pm")["findings"]
    lines = findings_table({"corpus": {"document_findings": found}, "heldout": {"document_findings": {}}})
    row = next(line for line in lines if line.startswith("| PC206"))
    assert "nothing-initiated (initiated_items)" in row and "2/2 · 1 false · P 0.500" in row
    assert findings_table({"corpus": {}}) == []
