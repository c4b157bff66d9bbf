"""The second readings (corpus/second-reading/, heldout/second-reading/) stay valid labellings of
their text, and scripts/agreement.py scores them beside packetcoach (docs/accuracy.md, "Two readers")."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from packetcoach.evaluate.load import load_items, packet_rows, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "corpus" / "second-reading"
CORPUS = {row["id"]: row for row in load_items(ROOT / "corpus")}
PRINCIPLES = {name for row in CORPUS.values() for name in row.get("principles") or ()}


def test_every_second_item_label_names_a_corpus_item_and_known_principles() -> None:
    rows = read_jsonl(SECOND / "second-items.jsonl")
    assert len(rows) == len({row["id"] for row in rows}) == 160
    for row in rows:
        assert row["id"] in CORPUS
        assert set(row["principles"]) <= PRINCIPLES
        assert row["principle"] is None or row["principle"] in row["principles"]
        assert (row["ready"] is None) == (row["kind"] != "claim")


def test_every_held_out_item_has_one_second_label_with_known_principles() -> None:
    held_out = {row["id"] for row in load_items(ROOT / "heldout")}
    rows = read_jsonl(ROOT / "heldout" / "second-reading" / "second-items.jsonl")
    assert sorted(row["id"] for row in rows) == sorted(held_out)
    for row in rows:
        assert set(row["principles"]) <= PRINCIPLES
        assert row["principle"] is None or row["principle"] in row["principles"]
        assert (row["ready"] is None) == (row["kind"] != "claim")


@pytest.mark.parametrize("name", ["corpus", "heldout"])
def test_every_second_packet_prefix_is_found_once_in_its_draft(name: str) -> None:
    files = {row["id"]: ROOT / name / row["file"] for row in packet_rows(ROOT / name)}
    for row in read_jsonl(ROOT / name / "second-reading" / "second-packets.jsonl"):
        text = files[row["id"]].read_text(encoding="utf-8")
        for name in ("initiated_items", "stopped_items", "ready_items"):
            for prefix in row[name]:
                assert text.count(prefix) == 1, (row["id"], prefix)


def test_the_agreement_tables_score_both_readers_and_packetcoach() -> None:
    script = runpy.run_path(str(ROOT / "scripts" / "agreement.py"))
    items, packets = script["items_table"](), script["packets_table"]()
    assert items[0].startswith("| 160 claims | second reader vs first")
    assert script["items_table"]("heldout")[0].startswith("| 333 items | second reader vs first")
    for line in items[2:]:
        assert all(0.0 <= float(cell) <= 1.0 for cell in line.strip("| ").split(" | ")[1:])
    assert [line.split(" | ")[0] for line in packets[2:]] == ["| initiated_items", "| stopped_items", "| ready_items"]
