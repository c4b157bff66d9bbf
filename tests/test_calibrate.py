"""Calibration against packet sets written at known relative strength (tests/data/calibration).

Each set has an expected.json: the ranking, tie pairs, duplicates and packets written for another
level, a case sentence per packet, its weakest dimension and the objections a skeptical director
raises, most damaging first. The ranking, ties, duplicates and wrong-level flags must match
exactly; the sentences and objections are held to floors, as the detectors are.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import packetcoach
from packetcoach.calibrate import Calibration, calibrate_reports, settings_for
from packetcoach.calibrate.case import wording
from packetcoach.calibrate.voice import has_engineering_verb, third_person
from packetcoach.coach.noinvent import invented

DATA = Path(__file__).resolve().parent / "data" / "calibration"
SETS = sorted(p.name for p in DATA.iterdir() if (p / "expected.json").is_file())


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


TEMPLATES = " ".join(_strings(wording()["case"]))  # the verdict's fixed words: not facts about anyone


def expected(name: str) -> dict:
    return json.loads((DATA / name / "expected.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def calibrated(name: str) -> Calibration:
    level = expected(name)["level"]
    reports = [packetcoach.analyze(path.read_text(encoding="utf-8"), level=level, source=path.name)
               for path in sorted((DATA / name).glob("*.md"))]
    return calibrate_reports(reports, level)


def by_source(calibration: Calibration) -> dict:
    return {s.summary.source: s.summary for s in calibration.ranking}


@pytest.mark.parametrize("name", SETS)
def test_ranking_matches_the_room(name: str) -> None:
    want = expected(name)
    got = [s.summary.source for s in calibrated(name).ranking]
    tied = {frozenset(pair) for pair in want.get("tie_pairs", [])}
    assert len(got) == len(want["ranking"]), got
    for first, second in zip(want["ranking"], want["ranking"][1:]):
        if frozenset((first, second)) in tied:
            continue  # either order is right for a tie
        assert got.index(first) < got.index(second), f"{first} should rank above {second}: {got}"


@pytest.mark.parametrize("name", SETS)
def test_ties_are_found_and_explained(name: str) -> None:
    want = {frozenset(pair) for pair in expected(name).get("tie_pairs", [])}
    ties = calibrated(name).ties
    assert {frozenset((a, b)) for a, b, _ in ties} == want
    for a, b, why in ties:
        assert a in why and b in why and "leads on" in why, why
        standing = {s.summary.source: s for s in calibrated(name).ranking}
        assert b in standing[a].tied_with and a in standing[b].tied_with


def test_duplicates_and_wrong_level_are_set_aside() -> None:
    want = expected("set-ties")
    aside = {a.source: a for a in calibrated("set-ties").set_aside}
    for original, copy in want["duplicates"]:
        assert aside[copy].reason == "duplicate" and aside[copy].of == original
    for source, level in want["wrong_level"].items():
        assert aside[source].reason == "wrong-level" and aside[source].summary.argued == level
        assert level in aside[source].detail
    ranked = {s.summary.source for s in calibrated("set-ties").ranking}
    assert not ranked & set(aside)


@pytest.mark.parametrize("name", SETS)
def test_levels_named_in_passing_are_not_the_argued_level(name: str) -> None:
    """"a large L5 feature", "promoted one of them to L6", "Is this beyond L5?" argue for nothing."""
    level = expected(name)["level"]
    for summary in by_source(calibrated(name)).values():
        assert summary.argued in (None, level), (summary.source, summary.argued, summary.argued_by)


@pytest.mark.parametrize("name", SETS)
def test_case_is_what_a_manager_says(name: str) -> None:
    """Third person, one voice, the level, a named person, no hedge, no engineering verb, and
    every number and name in it from the packet."""
    calibration = calibrated(name)
    level = expected(name)["level"]
    rubric = packetcoach.analyze("- x", level=level).rubric
    hedges = [h.lower() for h in rubric.profile.list("phrases", "hedge")]
    for summary in by_source(calibration).values():
        case = summary.case
        text = (DATA / name / summary.source).read_text(encoding="utf-8")
        assert summary.name and case.startswith(summary.name), case
        assert level in case, case
        assert not re.search(r"\b(I|my|me|myself)\b", case), case
        assert not has_engineering_verb(case, rubric), case
        assert not any(re.search(rf"\b{re.escape(h)}\b", case.lower()) for h in hedges), case
        own = f"{' '.join(f'{lv} {lv}-sized' for lv in rubric.levels)} {summary.name} {summary.name}'s {TEMPLATES}"
        assert invented(case, f"{third_person(text)} {own}", rubric) == [], case


def test_case_sentences_carry_the_expected_receipts() -> None:
    """The strongest receipt of each at-level packet is in its case: its before -> after numbers."""
    numbers = re.compile(r"\d[\d.,]*%?")
    hits = total = 0
    for name in SETS:
        want = expected(name)["cases"]
        for source, summary in by_source(calibrated(name)).items():
            if summary.verdict == "none":
                continue
            total += 1
            hits += bool(set(numbers.findall(want[source])) & set(numbers.findall(summary.case)))
    assert total >= 6 and hits / total >= 0.8, (hits, total)


def test_weakest_dimension_matches_for_most_packets() -> None:
    pairs = [(expected(n)["weakest_dimension"][s], summary.weakest)
             for n in SETS for s, summary in by_source(calibrated(n)).items()]
    assert sum(a == b for a, b in pairs) >= len(pairs) - 1, pairs


def test_objections_are_the_directors() -> None:
    """Most damaging first: the first objection matches for nearly every packet, and the expected
    kinds are nearly all raised."""
    firsts = kinds = found = 0
    for name in SETS:
        for source, want in expected(name)["objections"].items():
            got = [o.kind for o in by_source(calibrated(name))[source].objections]
            firsts += got[0] == want[0]
            kinds += len(want)
            found += len(set(want) & set(got))
    total = sum(len(expected(n)["objections"]) for n in SETS)
    assert firsts >= total - 1, firsts
    assert found / kinds >= 0.8, (found, kinds)


def test_every_objection_has_the_packets_answer_or_none() -> None:
    a = by_source(calibrated("set-l6"))["a.md"]
    answers = {o.kind: o.answer for o in a.objections}
    assert "holdout" in answers["attribution"].lower() or "10%" in answers["attribution"]
    assert "do not report to me" in answers["scope"]
    d = by_source(calibrated("set-l6"))["d.md"]
    assert all(o.answer is None for o in d.objections)


def test_below_the_top_everyone_learns_who_hurts_them() -> None:
    for name in SETS:
        for standing in calibrated(name).ranking:
            if standing.rank == 1:
                assert standing.loses_to == ()
                continue
            assert standing.loses_to, standing.summary.source
            hurt = standing.loses_to[0]
            peer = by_source(calibrated(name))[hurt.peer]
            assert peer.dims[hurt.dimension] > standing.summary.dims[hurt.dimension]
            assert hurt.peer in hurt.why


def test_scores_at_one_level_are_comparable_across_levels() -> None:
    """The strongest packet of an L7 stack read at L7 and of an L6 stack read at L6 land close:
    level signal measures each against its own level's bar."""
    top_l6 = calibrated("set-l6").ranking[0].summary
    top_l7 = calibrated("set-l7").ranking[0].summary
    assert abs(top_l6.overall - top_l7.overall) <= 10
    assert top_l6.dims["level_signal"] >= 80 and top_l7.dims["level_signal"] >= 80


def test_same_input_same_output() -> None:
    from packetcoach.output.calibrate.json import render_json

    first = render_json(calibrated("set-l6"))
    level = expected("set-l6")["level"]
    paths = sorted((DATA / "set-l6").glob("*.md"), reverse=True)
    reports = [packetcoach.analyze(p.read_text(encoding="utf-8"), level=level, source=p.name) for p in paths]
    again = render_json(calibrate_reports(reports, level))
    assert json.loads(again)["ranking"] == json.loads(first)["ranking"]


def test_profile_weights_change_the_ranking(tmp_path: Path) -> None:
    """Weights are data: a profile that counts only evidence puts the best receipts first."""
    profile = tmp_path / "evidence-only.toml"
    profile.write_text('[profile]\nname = "evidence-only"\nextends = "amazon-pm"\n\n'
                       "[calibration.weights]\nevidence = 100\nlevel_signal = 0\nnarrative = 0\n"
                       "re_role = 0\nprinciples = 0\n", encoding="utf-8")
    paths = [DATA / "set-ties" / n for n in ("a.md", "b.md")]
    reports = [packetcoach.analyze(p.read_text(encoding="utf-8"), profile=str(profile), source=p.name) for p in paths]
    calibration = calibrate_reports(reports, "L6")
    assert [s.summary.source for s in calibration.ranking] == ["a.md", "b.md"]
    assert calibration.ties == ()
    assert settings_for(reports[0].rubric).weights["evidence"] == 1.0


def test_unknown_calibration_key_is_refused_with_a_hint(tmp_path: Path) -> None:
    from packetcoach.core.errors import ProfileError
    from packetcoach.profile.load import load_profile

    profile = tmp_path / "typo.toml"
    profile.write_text('[profile]\nname = "typo"\nextends = "amazon-pm"\n\n[calibration]\ntie_margn = 2\n',
                       encoding="utf-8")
    with pytest.raises(ProfileError) as error:
        load_profile(str(profile))
    assert "tie_margin" in str(error.value) and ":6" in str(error.value)


def _summary(source: str, dims: dict[str, int], order: int, digest: str, argued: str | None = None):
    from packetcoach.calibrate.dimensions import Facts
    from packetcoach.calibrate.summary import Summary

    facts = Facts(ready=dims["evidence"] // 20, claims=10, baselines=1, inflated=0, opening_claim=False, answered=0,
                  structure="mixed", lead_is_outcome=False, stopped=0, technical_share=0, specialty=None,
                  past_mentions=0, principles=(), principles_missing=(), level_met=(("scope", 50),),
                  level_cues=())
    settings = _SETTINGS
    from packetcoach.calibrate.dimensions import overall

    return Summary(source=source, order=order, digest=digest, words=1000, name="Ann", argued=argued, argued_by=argued,
                   score={}, dims=dims, overall=overall(dims, settings), facts=facts, verdict="thin", case="Ann.",
                   receipts=(), objections=(), level_evidence=(), lacks=(), weakest="evidence")


_SETTINGS = settings_for(packetcoach.analyze("- x").rubric)
_DIMS = st.fixed_dictionaries({d: st.integers(0, 100) for d in
                               ("evidence", "narrative", "re_role", "level_signal", "principles")})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_DIMS, st.integers(0, 3), st.sampled_from([None, "L5", "L6", "L7"])),
                min_size=1, max_size=12))
def test_ranking_properties(packets) -> None:
    """Sorted by the weighted total, ties only between neighbours close enough to tie, one copy of
    each text ranked, nothing written for another level ranked, and everyone below the top told
    who beats them unless they tie with identical scores."""
    from packetcoach.calibrate import rank

    summaries = [_summary(f"p{n:02d}.md", dims, n, f"text{copy}-{n // 4}", argued)
                 for n, (dims, copy, argued) in enumerate(packets)]
    calibration = rank(summaries, (), "L6", "amazon-pm", _SETTINGS)
    ranked = [s.summary for s in calibration.ranking]
    assert [s.overall for s in ranked] == sorted((s.overall for s in ranked), reverse=True)
    assert len({s.digest for s in ranked}) == len(ranked)
    assert all(s.argued in (None, "L6") for s in ranked)
    assert len(ranked) + len(calibration.set_aside) == len(summaries)
    neighbours = {(a.source, b.source) for a, b in zip(ranked, ranked[1:])}
    for a, b, _ in calibration.ties:
        assert (a, b) in neighbours
        gap = abs(next(s for s in ranked if s.source == a).overall - next(s for s in ranked if s.source == b).overall)
        assert gap <= _SETTINGS.split_margin
    for standing in calibration.ranking[1:]:
        identical = any(s.dims == standing.summary.dims for s in ranked[:standing.rank - 1])
        assert standing.loses_to or identical


def test_a_summary_is_a_small_record_whatever_the_packet_length() -> None:
    """The parent keeps summaries, never reports: even a 5,000-word packet is a few kilobytes."""
    import pickle

    from packetcoach.calibrate import summarize

    text = "\n\n".join((DATA / "set-l6" / name).read_text(encoding="utf-8") for name in ("a.md", "b.md", "c.md",
                                                                                        "d.md", "a.md"))
    report = packetcoach.analyze(text, source="long.md")
    assert report.words > 3000
    assert len(pickle.dumps(summarize(report, "L6"))) < 12_000
    assert len(pickle.dumps(report)) > 50 * len(pickle.dumps(summarize(report, "L6")))


def test_ranking_work_is_linear_in_the_packets(monkeypatch) -> None:
    """Each person is compared with the nearest peers that beat them, not with everyone above:
    ten thousand packets cost ten thousand comparisons' worth of words, not fifty million."""
    import importlib

    rank_module = importlib.import_module("packetcoach.calibrate.rank")

    calls = []
    real = rank_module.loses_because
    monkeypatch.setattr(rank_module, "loses_because", lambda *a: calls.append(1) or real(*a))
    summaries = [_summary(f"p{n:04d}.md", {"evidence": n % 100, "narrative": (n * 7) % 100, "re_role": 50,
                                           "level_signal": (n * 13) % 100, "principles": 40}, n, f"t{n}")
                 for n in range(600)]
    calibration = rank_module.rank(summaries, (), "L6", "amazon-pm", _SETTINGS)
    assert len(calibration.ranking) == 600
    assert len(calls) <= rank_module.LOSES_SHOWN * 600


def test_level_claim_patterns_are_checked_like_every_profile_pattern(tmp_path: Path) -> None:
    """A profile may come from anyone: its claim patterns run on RE2 (no catastrophic backtracking)
    and must capture the level."""
    import time

    from packetcoach.core.errors import ProfileError
    from packetcoach.profile.load import load_profile

    def profile(pattern: str) -> Path:
        path = tmp_path / "p.toml"
        path.write_text('[profile]\nname = "p"\nextends = "amazon-pm"\n\n[calibration]\n'
                        f"level_claim_patterns = ['{pattern}']\n", encoding="utf-8")
        return path

    with pytest.raises(ProfileError, match="level"):
        load_profile(str(profile(r"ready for L\d")))
    with pytest.raises(ProfileError, match="RE2|cannot be used"):
        load_profile(str(profile(r"(?P<level>L\d)(?=x)")))
    slow = profile(r"(a+)+(?P<level>L\d)")
    text = "# Packet\n\n" + "a" * 5000 + "!\n\n- Cut refund time for sellers from 9 days to 2.\n"
    start = time.perf_counter()
    report = packetcoach.analyze(text, profile=str(slow), source="slow.md")
    calibrate_reports([report], "L6")
    assert time.perf_counter() - start < 20  # a safety bound against backtracking, not a speed target


def test_an_attribution_answer_comes_from_the_story_it_is_asked_about() -> None:
    """"Was the apartment result yours?" is not answered by the A/B test behind the rural result:
    the packet's evidence answers a question only from the same story."""
    daniel = by_source(calibrated("set-l6"))["b.md"]
    asked = next(o for o in daniel.objections if o.kind == "attribution")
    assert "apartment" in asked.question
    assert asked.answer is None or "rural" not in asked.answer, asked.answer


def test_the_weakest_dimension_counts_near_ties_as_ties() -> None:
    """85 against 87 is a tie the room cannot see: the lighter-weighted dimension is named, the one
    cheaper to fix; a real gap is named whatever its weight."""
    from packetcoach.calibrate.explain import weakest

    settings = settings_for(packetcoach.analyze("x").rubric)
    near = {"evidence": 88, "narrative": 85, "re_role": 90, "level_signal": 100, "principles": 87}
    assert weakest(near, settings) == "principles"
    apart = dict(near, principles=92)
    assert weakest(apart, settings) == "narrative"


MANAGERS_PACKET = """# Promotion to L6: Grocery Substitutions

## Highlights

- She wrote the case for letting shoppers approve substitutes in the app, and accepted substitutes
  rose from 52% to 71% of orders.
- She turned off auto-substitution for all stores against the operations director's wishes, and
  refunds on those orders fell 30% within a month.
- She stopped the substitution tutorial videos after 3% of shoppers watched them.
- Amara hired a first-time PM and coached him to own the picker tools.
"""


def test_a_manager_s_document_names_its_candidate_where_the_header_does_not() -> None:
    report = packetcoach.analyze(MANAGERS_PACKET, level="L6", source="amara.md")
    summary = calibrate_reports([report], "L6").ranking[0].summary
    assert summary.name == "Amara" and summary.case.startswith("Amara")
    first_person = MANAGERS_PACKET.replace("She ", "I ").replace("Amara hired", "I hired")
    mine = calibrate_reports([packetcoach.analyze(first_person, level="L6", source="me.md")], "L6").ranking[0].summary
    assert mine.name is None


def test_a_long_paragraph_s_receipt_is_its_result_not_its_background() -> None:
    from packetcoach.calibrate.voice import receipt_text
    paragraph = ("When I arrived, clinic managers booked about 20% more agency nurses than they needed at "
                 "weekends, because the forecast had missed two bank holidays in a row. I spent two weeks in "
                 "four clinics, sat with the rota planners on Friday afternoons and read a year of their "
                 "overrides, and learned that what they wanted was a reason to believe the number, so I put "
                 "the three drivers behind each forecast next to it and cut the planned accuracy work from "
                 "the quarter to make room. Agency spend fell from $2.4M to $1.5M a year.")
    item = next(i for i in packetcoach.analyze(paragraph, level="L5").items if "$2.4M" in i.text)
    assert len(item.text) > 280 and item.text.startswith("I spent")
    assert receipt_text(item) == "Agency spend fell from $2.4M to $1.5M a year."
    short = packetcoach.analyze("I cut the fee, and sign-ups rose from 40% to 52%.", level="L5").items[0]
    assert receipt_text(short) == "I cut the fee, and sign-ups rose from 40% to 52%."


def test_a_clause_keeps_the_capital_of_a_word_the_packet_always_capitalises() -> None:
    from packetcoach.calibrate.voice import lower_first
    packet = "Managers padded Monday shifts. Refill retention rose. I asked Marta to lead it."
    assert lower_first("Monday overstaffing fell from 15% to 4%", packet) == "Monday overstaffing fell from 15% to 4%"
    assert lower_first("Marta now runs it", packet) == "Marta now runs it"
    assert lower_first("Refill retention rose from 66% to 81%", packet) == "refill retention rose from 66% to 81%"
    assert lower_first("NPS rose 9 points", packet) == "NPS rose 9 points"


THIN_L5 = """# 2026 self-assessment

I own the rota tool that 90 clinic managers use to plan nurse shifts.

## Weekend cover

When I arrived, managers booked 20% more agency nurses than they needed at weekends, because the
forecast had missed two bank holidays. I spent two weeks in the clinics and put the three reasons
behind each forecast next to the number. Agency spend fell from $2.4M to $1.5M a year.

## Other work

- Held 14 meetings with the scheduling vendor.
- Wrote the PRD for the shift-swap feature.
- Ran the weekly triage of rota bugs.
"""


def test_a_thin_case_at_the_first_level_is_not_read_as_the_same_level() -> None:
    summary = calibrate_reports([packetcoach.analyze(THIN_L5, level="L5", source="a.md")], "L5").ranking[0].summary
    assert summary.verdict == "thin", summary.case
    assert summary.case.endswith("so the L5 case is not made yet.") and "not L5" not in summary.case
