"""The labelled corpus holds the detectors to floors; a change that drops one fails here.

Floors are set from what the detectors reach on corpus/ (see README); they only go up. They were
set again, lower for ready precision and stopped items, when 200 items and four packets written
blind (items-c.jsonl, p13-p16) joined the corpus and made it harder; activity_only is back to 0.86
since the reading learned the new writer's ways of telling effort. They were set again to what the
corpus measured when a third blind set (items-d.jsonl, p17-p20: 183 items and four packets) joined
it: customer, activity_only, ready accuracy and precision, and stopped items, each lower by what that harder text
costs, and raised again as the reading learns it. A fourth blind set (items-e.jsonl, p21-p24: 200 items
and four packets, aimed at principles shown by deeds) lowered them once more in the same way: customer,
business_outcome, activity_only, ready precision, stopped items and ready items. Business_outcome,
primary principle, initiated items and ready items went up again when the reading learned the state
found, the document speaking of itself, parties named by how an item serves them and measures told as
unmoved. A fifth blind set (items-f.jsonl, p25-p30: 160 items and six packets in domains and shapes the
corpus lacked, a manager's third-person document among them) lowered customer, business_outcome,
technical_metric_only, lead_is_outcome, initiated, stopped and ready items to what the larger
corpus measures; customer, initiated, stopped and ready items went up again when the reading learned
its categories (a refused stop, a closing summary, a start inside a level claim, served parties of
new domains). Growers named as served parties lift customer and readiness and name Customer Obsession
on two items the blind writer labelled without it: named_right is held at the 0.669 that costs.
A sixth blind set (items-g.jsonl, p31-p36: 160 items and six packets, stops told in new words beside
near-misses) lowered named_right and the initiated, stopped and ready lists to what the larger corpus
measures; all three went up again when the reading learned its categories (an option passed over
beside a result, a period begun, a stop proposed, one harm stopped, a claim pointing back). Served
parties of legal, building and travel work lift customer and readiness and name Customer Obsession
on items that set labelled without it: named_right is held at the 0.654 that costs.
A seventh blind set (items-k.jsonl, p37-p44: 120 items and eight packets in new domains and layouts)
lowered technical_metric_only, named_right and the initiated, stopped and ready lists to what the
larger corpus measures; technical_metric_only, activity_only and the stopped list went up again when
the reading learned its categories (effort claimed in a principle's words, stops replaced, not taken
or named again, a draft's title that is no section). Served parties of giving, freelance and hospital
work name Customer Obsession on items that set labelled without it: named_right is held at 0.648.
The initiated and ready lists went up again when the reading learned that a number in what led to a
stop is its reason, that a budget handed on is what a stop freed, and that a summary retells.
An eighth blind set (items-m.jsonl, p45-p52: 120 items and eight packets) lowered the principle hit
rate and primary, lead_is_outcome and the initiated, stopped and ready lists to what the larger
corpus measures; the principle floors went up again with the principles read by the staff a deed
spares, slogans with nothing behind them and the order of the primary. A ninth blind set
(items-n.jsonl, p53-p60) lowered the principle hit rate and primary, lead_is_outcome and the
stopped and ready lists again to what the larger corpus measures. A tenth blind set (items-q.jsonl,
p61-p68) lowered technical_metric_only and the stopped list to what the larger corpus measures;
technical_metric_only went up again when the reading learned its categories (a change word inside a
measure's name, hosts who are the party served, the writer's part named as a thing). An eleventh
blind set (items-s.jsonl, p69-p76) lowered the principle hit rate and the stopped and ready lists;
they and technical_metric_only went up again with its categories (a pilot run and its later stop as
one story, the staff of a served site as served parties, "My role:" before a deed). A twelfth
blind set (items-t.jsonl, p77-p84) lowered technical_metric_only and the stopped and ready lists to
what the larger corpus measures; the stopped list went up again with its categories (a count of
things stopped in a preview, keeping a thing in place of an option asked for, a stop after "by" in
the writer's later sentence). A thirteenth blind set (items-u.jsonl, p85-p92) lowered the principle
hit rate, lead_is_outcome and the initiated, stopped and ready lists to what the larger corpus
measures; the principle floors and the initiated and stopped lists went up again with its
categories. A fourteenth blind set (items-v.jsonl, p93-p100), added once measured, lowered the three principle floors, activity_only and the three lists to what the larger
corpus measures; the initiated and stopped lists went up again with its categories (an option passed
on that was proposed, a launch held to a bar, a start in a series of the writer's verbs), and the
supported level got a floor when direction set with a word between counted; named_right and primary
went up again with a spend declined read as Frugality. A fifteenth blind set (items-x.jsonl,
p101-p108), added once measured, lowered technical_metric_only and the three lists to what the larger
corpus measures; the stopped list went up again with its categories (an option chosen instead of one
asked for, a narrowing that names what it leaves out, a thing cut and then described, a launch pulled
with its name before it). A sixteenth blind set (items-y.jsonl, p109-p116), measured before
use and again after the day's rounds as their unseen test, then added, lowered technical_metric_only,
the primary principle, lead_is_outcome, supported_level and the three lists to what the larger corpus
measures. A seventeenth blind set (items-z.jsonl, p117-p124), added once measured, lowered
supported_level and the stopped and ready lists to what the larger corpus measures. An eighteenth blind set
(items-h.jsonl, p133-p140), added once measured, lowered supported_level and the stopped list to
what the larger corpus measures. A nineteenth blind set
(items-l.jsonl, p141-p148), kept unseen through two rounds and then added, left every floor standing. A twentieth blind set
(items-j.jsonl, p125-p132), kept unseen through a day's six rounds and then added, lowered no floor;
the floors were then raised to what the corpus of twenty sets reaches (business_outcome,
own_action, technical_lead, activity_only, cliche, hedge, metric, ready accuracy and precision, the
engineering past, structure, lead, supported_level, the principle hit rate and primary, and the
stopped list). A twenty-first blind set (items-o.jsonl, p149-p156), kept unseen through the
previous day's rounds and then added, lowered ready accuracy and the principles named right to what
the larger corpus measures. A twenty-second blind set (items-p.jsonl, p157-p164), kept unseen
through two days' rounds and then added, lowered technical_metric_only to what the larger corpus
measures. The supported level, sorted by why each packet reads it wrong and fixed by cause (a gap no
one owned, founders and deciding bodies, a bare "programme"), then rose from 0.750 to 0.796; its
floor follows to 0.78. Two more blind sets (items-aa.jsonl with p165-p172, items-ab.jsonl with
p173-p180), kept unseen through the previous day's rounds and then added, lowered technical_lead,
the supported level and the stopped and ready lists to what the larger corpus measures. Two more
(items-ac.jsonl with p181-p188, items-ad.jsonl with p189-p196), kept unseen through that day's
first rounds, lowered the engineering past's mentions to 0.92. Two more (items-ae.jsonl with
p197-p204, items-af.jsonl with p205-p212), kept unseen through the previous day's rounds and then
added, lowered technical_lead to 0.94 and the supported level to 0.76; the level reading's round by
cause (a span of years as the writer's own work, a board that is a display) raised it back to 0.77. The day's rounds on
their categories raised technical_lead to 0.95, technical_metric_only to 0.83, the principles
named right and primary to 0.68 and 0.73, and the stopped and ready lists to 0.87 and 0.85.
Two more (items-ag.jsonl with p213-p220, items-ah.jsonl with p221-p228), kept unseen through the
previous day's rounds and then added, lowered the supported level to 0.76. The supported level
read against the verdict's bars (the level the draft asks for met on one of its dimensions once the
level below it is, a level above the ask on all three) raised it to 0.884; its floor follows to 0.88.
That day's rounds on the two sets' categories raised technical_metric_only to 0.85, ready accuracy to
0.94, the principle hit rate and named right to 0.82 and 0.69, and the initiated and stopped lists to
0.92 and 0.88.
Two more (items-ai.jsonl with p229-p236, items-aj.jsonl with p237-p244), kept unseen through the
previous day's rounds and then added, lowered no floor: the corpus's figures rose or held.
That day's rounds on their categories raised the principle hit rate and primary to 0.83 and 0.74 and
the stopped list to 0.90.
Two more (items-ak.jsonl with p245-p252, items-al.jsonl with p253-p260), kept unseen through the
previous day's rounds and then added, lowered ready accuracy to 0.93, the principle hit rate to 0.82
and the initiated, stopped and ready lists to 0.91, 0.89 and 0.84. That day's rounds on their
categories raised ready accuracy to 0.94, technical_metric_only to 0.87, the principle hit rate to
0.83, the lists back to 0.92, 0.90 and 0.85, and the engineering past's mentions, structure and lead
to 0.96, 0.91 and 0.87.
Two more (items-am.jsonl with p261-p268, items-an.jsonl with p269-p276), kept unseen through the
previous day's rounds and then added, lowered structure to 0.90, the lead to 0.85 and the ready
list to 0.84. That day's rounds raised the supported level to 0.90 and the principles named right and
primary to 0.70 and 0.75. Two more (items-ao.jsonl with p277-p284, items-ap.jsonl with p285-p292),
kept unseen through the same rounds and then added, lowered technical_metric_only to 0.86 and the
engineering past's mentions to 0.95.
Two more (items-as.jsonl with p293-p300, items-at.jsonl with p301-p308), written at the start of
a day and read once before any round, then added, lowered the engineering past's mentions to 0.94
and structure to 0.89. The round on their document fields (the engineering past in more of its
wordings) raised the engineering past's mentions back to 0.96.
Two more (items-au.jsonl with p309-p316, items-av.jsonl with p317-p324), kept unseen through that
day's rounds and then added, lowered no floor.
Two more (items-aw.jsonl with p325-p332, items-ax.jsonl with p333-p340), kept unseen through that
day's rounds too and added at the start of the next, lowered the engineering past's mentions to 0.94
and the initiated list to 0.91.
The round on their document fields (the engineering past told as years of building before the role,
as someone who spent years in a field, from a compiler or network operations team, from a QA title or
a data-science past) raised the engineering past's mentions to 0.97. The round on their packet lists
(a case made to a party for a new thing, a strategy written and taken to those who adopted it, a
start only tried) raised the initiated list to 0.93; the level round (departments counted as teams
are, a business function the writer got to act) raised the supported level to 0.91, and the lead round
(a note on the draft's order is no first item, a level headline with a measured result leads) raised
the lead to 0.87, and the round of the lead told in brief (an opening that shares two figures of a
later strong outcome leads) to 0.89.
Two more (items-ay.jsonl with p341-p348, items-az.jsonl with p349-p356), kept unseen through that
day's rounds and then added, lowered the engineering past's mentions to 0.96, the lead to 0.88, the
supported level to 0.90 and the initiated list to 0.91.
Two more (items-ba.jsonl with p357-p364, items-bb.jsonl with p365-p372), read three times unseen and
then added, lowered the supported level and the stopped list to 0.89 and the primary principle to 0.74.
The round on their packet lists (a stop told again under its own bold title, a refusal of an act done
later, an old system retired after a move to a new one, a flow cut down, an offer closed, a level claim
naming a stop told elsewhere, a proposal over an option someone proposed; a start told back round "it"
or under a bold result title) raised the stopped list to 0.90 and the initiated list to 0.92.
The principles round on their categories (a lesson told in learning words names the lesson first, a technical-only
result no simpler way) raised the primary principle back to 0.75.
The round on their document fields (the work supports the level its own deeds show when no claim is
ready, the engineering past as a title on the role line, a CI pipeline as infrastructure, a heading
that asks the case's risk or names its limits) raised the supported level to 0.908; its floor
follows to 0.90.
Two more (items-bc.jsonl with p373-p380, items-bd.jsonl with p381-p388), kept unseen through that
day's rounds and then added, lowered the engineering past's mentions to 0.95.
Two more (items-be.jsonl with p389-p396, items-bf.jsonl with p397-p404), read twice unseen and then
added, lowered the hit rate of principles to 0.82 and the stopped list to 0.89.
The round on their packet lists (a harm word that names the thing stopped, a party agreeing to a
pilot after the writer's evidence, a launch on time refused, the writer's call to end "it" after the
story's first sentence; a start told after a ready result that opens its paragraph) raised the stopped
list back to 0.90, its floor with it, and the initiated list to 0.927.
The round on their document fields (the engineering past told again once named, a title before the
move to product, a career story before the first claim, an ask to be promoted as the level claim)
raised the engineering past's mentions to 0.975, the lead to 0.891 and structure to 0.901; their
floors follow to 0.97, 0.89 and 0.90.
The round on their principles (a party's objection held against as Have Backbone's cue, a product
scoped down to one small thing as a simpler way, a team's deed for accessibility or waste as Success
and Scale's, screens that are things rather than steps) raised the hit rate back above 0.83; its
floor follows to 0.83.
The round on the supported level (partner organisations counted as L6 scope, and a leader who only
handed the writer the work read as no influence) raised it from 0.911 to 0.923; its floor follows
to 0.92.
Two more (items-bg.jsonl with p405-p412, items-bh.jsonl with p413-p420), kept unseen through that
day's ten merged rounds and then added, lowered the engineering past's mentions to 0.96, the lead to
0.88, the supported level to 0.91 and the stopped list to 0.89.
Two more (items-bi.jsonl with p421-p428, items-bj.jsonl with p429-p436), kept unseen through the next
day's nine merged rounds and then added, lowered the engineering past's mentions to 0.96 (0.961) and
the ready list to 0.83 (0.838).
Two more (items-bk.jsonl with p437-p444, items-bl.jsonl with p445-p452), kept unseen through the next
day's eight merged rounds and then added, lowered the lead to 0.88 (0.889).
Two more (items-bm.jsonl with p453-p460, items-bn.jsonl with p461-p468), kept unseen through the
next day's nine merged rounds and then added, lowered no floor (the lead 0.887, structure 0.910).
Two more (items-bo.jsonl with p469-p476, items-bp.jsonl with p477-p484), kept unseen through the
next day's twelve merged rounds and then added, lowered no floor (the lead 0.884, structure 0.911).
Two more (items-bq.jsonl with p485-p492, items-br.jsonl with p493-p500), kept unseen through the
next day's nine merged rounds and then added, lowered the engineering past's mentions to 0.95 (0.956)
and the initiated list to 0.91 (0.915). Reading the writer's own move from an engineering team with no
"to product" after it ("I came over from the Android team") as a mention raised the engineering past's
mentions back to 0.96 (0.962). Their initiated round (a start told right after the writer's own
finding in its paragraph is named by the finding, as three corpus writers name it) raised the
initiated list back to 0.92 (0.921).
Two more (items-bs.jsonl with p501-p508, items-bt.jsonl with p509-p516), kept unseen through the
next day's eight merged rounds and then added, lowered the engineering past's mentions to 0.95 (0.959).
Reading a past named by the field's own work after "my" ("My compiler-engineer habit", "my game-engine
past", "My site reliability background", "my background in game engines"), as four corpus writers
name it, raised the engineering past's mentions back to 0.96 (0.965).
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

import netguard
from command_runs import changed, recording_writes, snapshot
from packetcoach.frontends.cli.main import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@dataclass(frozen=True)
class Evaluation:
    """What ``eval SET --format json`` printed, and what the two witnesses of tests/command_runs.py saw."""

    result: dict
    changed: dict[str, list[str]]  # the set's folder and the working directory -> entries changed
    writes: tuple[tuple[str, str], ...]  # by this process, outside the cache and data directories
    attempts: tuple[str, ...]  # network attempts


def _eval_json(corpus: Path, root: Path) -> Evaluation:
    """``packetcoach eval CORPUS --format json`` through the command line's entry point, in this process,
    from an empty working directory with a cache and a data directory of its own under ``root``.

    Evaluating a set is the costly part (the held-out set's real public text above all), so each set
    is evaluated once per module, as a user runs it, and the floors, the command's own tests and the
    checks that it wrote nothing and stayed offline all read that one run. (The privacy and no-writes
    tests run every format of ``eval`` on a small labelled set: tests/cli_matrix.py.)
    """
    cwd, allowed = root / "cwd", (str(root / "cache"), str(root / "data"))
    cwd.mkdir()
    places = (corpus, cwd)
    before = [snapshot(place) for place in places]
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        patch.setenv("PACKETCOACH_CACHE_DIR", allowed[0])
        patch.setenv("PACKETCOACH_DATA_DIR", allowed[1])
        mark = netguard.checkpoint()
        with recording_writes() as writes:
            code = main(["eval", str(corpus), "--format", "json"], out=out)
        attempts = tuple(netguard.take_since(mark))
    assert code == 0
    changes = {str(place): sorted(changed(old, snapshot(place))) for place, old in zip(places, before)}
    return Evaluation(json.loads(out.getvalue()), {place: names for place, names in changes.items() if names},
                      tuple((event, path) for event, path in writes
                            if not any(path == place or path.startswith(place + os.sep) for place in allowed)),
                      attempts)


SIGNAL_F1_FLOORS = {
    "customer": 0.93, "metric": 0.98, "business_outcome": 0.91, "own_action": 0.97,
    "technical_lead": 0.95, "technical_metric_only": 0.86, "activity_only": 0.86, "cliche": 0.95,
    "hedge": 0.98,
}
READY_ACCURACY_FLOOR = 0.94
READY_PRECISION_FLOOR = 0.94
PACKET_FLOORS = {"former_engineer_mentions": 0.96, "structure": 0.90, "lead_is_outcome": 0.88,
                 "supported_level": 0.91}
PRINCIPLE_FLOORS = {"hit_rate": 0.83, "named_right": 0.70, "primary": 0.75}
PACKET_SET_F1_FLOORS = {"initiated_items": 0.92, "stopped_items": 0.89, "ready_items": 0.83}


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> Evaluation:
    return _eval_json(CORPUS, tmp_path_factory.mktemp("eval-corpus"))


@pytest.fixture(scope="module")
def corpus_eval(corpus_run: Evaluation) -> dict:
    return corpus_run.result


@pytest.fixture(scope="module")
def result(corpus_eval: dict) -> dict:
    return corpus_eval["sets"]["corpus"]


def test_corpus_is_big_and_varied() -> None:
    rows = [json.loads(line) for path in CORPUS.glob("items*.jsonl") for line in path.read_text().splitlines()
            if line.strip()]
    assert len(rows) >= 400
    assert len({row["id"] for row in rows}) == len(rows)
    formats = {row["format"] for row in rows}
    assert {"bullet", "i-sentence", "we-sentence", "prose"} <= formats
    packets = (CORPUS / "packets.jsonl").read_text().splitlines()
    assert len([p for p in packets if p.strip()]) >= 10


def test_labels_are_consistent() -> None:
    for path in CORPUS.glob("items*.jsonl"):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            s = row["signals"]
            expected = s["customer"] and s["metric"] and s["business_outcome"] and s["own_action"] \
                and not s["activity_only"]
            if row.get("kind", "claim") != "claim":
                assert row["ready"] is None, row["id"]  # only claims are judged for readiness
            elif "ready" not in (row.get("ambiguous") or ()):
                assert row["ready"] == expected, row["id"]
            if s["technical_metric_only"]:
                assert s["metric"] and not s["business_outcome"], row["id"]


@pytest.mark.parametrize("signal,floor", sorted(SIGNAL_F1_FLOORS.items()))
def test_signal_f1_floor(result: dict, signal: str, floor: float) -> None:
    assert result["signals"][signal]["f1"] >= floor, result["signals"][signal]


def test_ready_floors(result: dict) -> None:
    ready = result["signals"]["ready"]
    assert ready["accuracy"] >= READY_ACCURACY_FLOOR, ready
    assert ready["precision"] >= READY_PRECISION_FLOOR, ready


@pytest.mark.parametrize("measure,floor", sorted(PRINCIPLE_FLOORS.items()))
def test_principle_floor(result: dict, measure: str, floor: float) -> None:
    """A right principle among those named, the share named that are right, and the primary."""
    assert result["principles"][measure] >= floor, result["principles"]


@pytest.mark.parametrize("field,floor", sorted(PACKET_FLOORS.items()))
def test_packet_field_floor(result: dict, field: str, floor: float) -> None:
    assert result["packets"][field]["accuracy"] >= floor, result["packets"][field]


@pytest.mark.parametrize("field,floor", sorted(PACKET_SET_F1_FLOORS.items()))
def test_packet_set_floor(result: dict, field: str, floor: float) -> None:
    """The packet lists' F1 over the corpus. The ready list's floor stays at 0.84: reading a story
    under a bold title whole, named by its title (docs/accuracy.md), took it from 0.843 to 0.847,
    which rounds down to the same floor; it fell to 0.83 when the fifty-fifth and fifty-sixth blind
    sets joined (0.838)."""
    assert result["packets"][field]["f1"] >= floor, result["packets"][field]


def test_eval_cli_json(corpus_eval: dict) -> None:
    data = corpus_eval
    assert data["schema"] == "packetcoach.eval/2" and "confusions" in data["sets"]["corpus"]
    assert "external" not in data  # the corpus labels no real text


def quoted(data: object) -> int:
    """How many labelled items a result quotes (cases carry the item's ``text``)."""
    if isinstance(data, dict):
        return ("text" in data) + sum(quoted(value) for value in data.values())
    return sum(quoted(value) for value in data) if isinstance(data, list) else 0


def test_json_quotes_no_item_when_asked_for_no_confusions(corpus_eval: dict) -> None:
    """A held-out or blind set must stay unread: ``--confusions 0`` keeps its items out of the JSON."""
    from packetcoach.evaluate.render import quoting_at_most

    assert quoted(corpus_eval) > 100  # by default the JSON lists every confusion and disagreement
    none = quoting_at_most(corpus_eval, 0)
    assert quoted(none) == 0
    assert 0 < quoted(quoting_at_most(corpus_eval, 1)) < quoted(corpus_eval)
    figures = {name: {k: v for k, v in s.items() if k not in ("confusions", "disagreements")}
               for name, s in corpus_eval["sets"].items()}
    assert {name: {k: v for k, v in s.items() if k not in ("confusions", "disagreements")}
            for name, s in none["sets"].items()} == figures


def test_eval_cli_json_with_no_confusions(cli, tmp_path) -> None:
    row = {"id": "u1", "text": "Built a cache for the catalog service.", "signals": {
        name: False for name in ("customer", "metric", "business_outcome", "own_action", "technical_lead",
                                 "technical_metric_only", "activity_only", "cliche", "hedge")}, "ready": False}
    row["signals"]["technical_lead"] = row["signals"]["own_action"] = True
    row["signals"]["customer"] = True  # a label the reading disagrees with: a confusion to quote
    (tmp_path / "items-u.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    quoting = json.loads(cli("eval", str(tmp_path), "--no-ext", "--format", "json").out)
    silent = json.loads(cli("eval", str(tmp_path), "--no-ext", "--format", "json", "--confusions", "0").out)
    assert quoted(quoting) >= 1 and quoted(silent) == 0


def test_eval_on_a_user_corpus(cli, tmp_path) -> None:
    row = {"id": "u1", "text": "Built a cache for the catalog service.", "signals": {
        "customer": False, "metric": False, "business_outcome": False, "own_action": True,
        "technical_lead": True, "technical_metric_only": False, "activity_only": False, "cliche": False,
        "hedge": False}, "ready": False, "verb": "build", "verb_class": "technical", "principles": [],
        "specialty": "backend", "ambiguous": []}
    (tmp_path / "items.jsonl").write_text(json.dumps(row) + "\n")
    data = cli("eval", str(tmp_path), "--format", "json").json()
    assert data["sets"][tmp_path.name]["signals"]["technical_lead"]["f1"] == 1.0
    bad = cli("eval", str(tmp_path / "nowhere"))
    assert bad.code == 2 and "no such corpus" in bad.err


def test_real_text_is_read_by_reference(heldout_eval: dict) -> None:
    """The held-out set labels real public text by reference; eval reads it where it lives."""
    from packetcoach.evaluate.external import locate

    labels, root, why = locate([HELDOUT], None)
    assert labels is not None
    if root is None:
        pytest.skip(f"real public text not measured: {why}")
    data = heldout_eval
    sample = data["external"]["sample"]
    assert sample["n"] == 150 and not sample["skipped"]
    assert data["external"]["re_role"]["reports"] >= 30


def test_missing_real_text_is_said_plainly(cli, tmp_path) -> None:
    out = cli("eval", str(CORPUS.parent / "heldout"), "--ext", str(tmp_path / "nowhere"), "--confusions", "0")
    assert out.code == 0
    assert "Real public text (corpus-ext): not measured: no corpus-ext directory found" in out.out


# The held-out set (heldout/README.md): written blind, never tuned on. Its floors are the figures
# docs/accuracy.md records, less a small margin; a change that drops one fails here.
HELDOUT = CORPUS.parent / "heldout"
HELDOUT_SIGNAL_F1_FLOORS = {
    "customer": 0.92, "metric": 0.97, "business_outcome": 0.91, "own_action": 0.97, "technical_lead": 0.94,
    "technical_metric_only": 0.92, "activity_only": 0.89, "cliche": 0.95, "hedge": 0.95,
}
HELDOUT_FLOORS = {"ready_accuracy": 0.93, "false_ready_max": 0.03, "verb_class": 0.90, "kind": 0.98,
                  "principle_hit": 0.72, "principle_named_right": 0.63, "principle_primary": 0.66}
HELDOUT_PACKET_FIELDS = ("lead_is_outcome", "former_engineer_mentions", "structure", "specialty", "retell",
                         "supported_level", "objections_section", "initiated_items")
EXT_FALSE_ALARM_MAX = 0.05
RE_ROLE_MEDIAN_MAX = 40


@pytest.fixture(scope="module")
def heldout_run(tmp_path_factory) -> Evaluation:
    return _eval_json(HELDOUT, tmp_path_factory.mktemp("eval-heldout"))


@pytest.fixture(scope="module")
def heldout_eval(heldout_run: Evaluation) -> dict:
    return heldout_run.result


@pytest.mark.parametrize("run", ["corpus_run", "heldout_run"])
def test_a_whole_evaluation_writes_nothing_and_stays_offline(run: str, request) -> None:
    """The whole labelled set (and the held-out set's real public text, read where it lives): no
    file changed in the set or the working directory, no write elsewhere, not one network attempt."""
    evaluation = request.getfixturevalue(run)
    assert not evaluation.changed, evaluation.changed
    assert not evaluation.writes, evaluation.writes
    assert not evaluation.attempts, evaluation.attempts


@pytest.fixture(scope="module")
def heldout(heldout_eval: dict) -> dict:
    return heldout_eval["sets"]["heldout"]


@pytest.mark.parametrize("signal,floor", sorted(HELDOUT_SIGNAL_F1_FLOORS.items()))
def test_heldout_signal_floor(heldout: dict, signal: str, floor: float) -> None:
    assert heldout["signals"][signal]["f1"] >= floor, heldout["signals"][signal]


def test_heldout_readiness_verbs_kinds_and_principles(heldout: dict) -> None:
    ready = heldout["ready"]
    assert ready["accuracy"] >= HELDOUT_FLOORS["ready_accuracy"], ready
    assert ready["false_ready"] <= HELDOUT_FLOORS["false_ready_max"], ready
    assert heldout["verb_class"]["accuracy"] >= HELDOUT_FLOORS["verb_class"]
    assert heldout["kind"]["accuracy"] >= HELDOUT_FLOORS["kind"]
    assert heldout["principles"]["hit_rate"] >= HELDOUT_FLOORS["principle_hit"]
    assert heldout["principles"]["named_right"] >= HELDOUT_FLOORS["principle_named_right"]
    assert heldout["principles"]["primary"] >= HELDOUT_FLOORS["principle_primary"]


@pytest.mark.parametrize("field", HELDOUT_PACKET_FIELDS)
def test_heldout_document_field_right_on_seven_of_eight(heldout: dict, field: str) -> None:
    summary = heldout["packets"][field]
    assert summary["right"] >= 7, (field, heldout["disagreements"].get(f"packet_{field}"))


@pytest.fixture(scope="module")
def external(heldout_eval: dict) -> dict:
    found = heldout_eval.get("external")
    assert found is not None
    if not found["measured"]:
        pytest.skip(f"real public text not measured: {found['reason']}")
    return found


def test_real_text_false_alarms(external: dict) -> None:
    alarms = {name: s["false_alarm"] for name, s in external["sample"]["signals"].items()}
    assert max(alarms.values()) <= EXT_FALSE_ALARM_MAX, alarms


def test_engineering_reports_read_as_engineering(external: dict) -> None:
    assert external["re_role"]["median"] <= RE_ROLE_MEDIAN_MAX, external["re_role"]
