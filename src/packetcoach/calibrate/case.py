"""The one sentence a manager says in the room about a person, and the receipts behind it.

The sentence follows the room's verdict on the packet at the level: already there (the packet's
own opening claim, or its best receipt), results told badly, results without the level's scope,
a few real results among effort, or no case yet. Every fact in it is the packet's own words in
the third person (calibrate/voice.py), checked by the same no-invention test the rewrites pass;
the wording around them is data (wording.toml). The packet's own retell sentence and strongest
items come from the report's reading, through the small functions at the top, so a better
source of either (a verdict sentence) replaces one function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from packetcoach.analysis.misses import item_tells_a_miss
from packetcoach.calibrate.claims import Claims
from packetcoach.calibrate.dimensions import Facts
from packetcoach.calibrate.level import LevelReading, read_level
from packetcoach.calibrate.settings import Settings
from packetcoach.calibrate.voice import (has_engineering_verb, lower_first, receipt_text, result_clause, sentence_of,
                                         third_person)
from packetcoach.coach.noinvent import invented
from packetcoach.core.model import Item
from packetcoach.core.report import Report
from packetcoach.core.resources import load_package_toml
from packetcoach.core.regexes import compiled


NUMBERS_RE = compiled(r"\d[\d,.]*")


@lru_cache(maxsize=1)
def wording() -> dict[str, Any]:
    return load_package_toml("calibrate", "wording.toml")


@dataclass(frozen=True)
class Case:
    verdict: str  # at | narrative | scope | thin | none
    sentence: str
    receipts: tuple[str, ...]


# ---- adapters over the report: the packet's own retell sentence and its strongest items ----

def own_claim(report: Report, claims: Claims) -> str | None:
    """The proof the packet states with its level: its opening claim, else the reading's retell."""
    return claims.opening or report.reading.retell


def drafted_claim(report: Report) -> str | None:
    """The reading's own candidate retell (its best ready item), without the "[Name] ..." frame."""
    scaffold = report.reading.retell_scaffold or ""
    head, _, claim = scaffold.partition(": ")
    return claim if claim and "[" not in claim and head.startswith("[Name]") else None


def strongest(report: Report) -> list[Item]:
    """Claims the room would quote, strongest first: the reading's order, then by impact."""
    ids = list(report.reading.strongest)
    claims = [i for i in report.items if i.kind == "claim" and i.signals is not None]
    ranked = sorted(claims, key=lambda i: (i.id not in ids, ids.index(i.id) if i.id in ids else 0,
                                           -(i.facts.impact if i.facts else 0.0)))
    return [i for i in ranked if i.ready] + [i for i in ranked if not i.ready]


# ---- the sentence ----

def _quotable(text: str, report: Report, source: str) -> bool:
    """Fit for the manager's mouth: no engineering verb, and nothing the packet does not say."""
    return not has_engineering_verb(text, report.rubric) and not invented(text, source, report.rubric)


def _ready(report: Report, limit: int) -> list[Item]:
    """Ready items, those with a before -> after or money first: what the room can compare."""
    usable = [i for i in strongest(report) if i.ready and not (i.signals and i.signals.hedge)
              and not item_tells_a_miss(i, report.rubric)]
    usable.sort(key=lambda i: not any(m.detail == "range" or m.kind == "currency" for m in i.metrics))
    return usable[:limit]


def _receipts(report: Report, ready: list[Item], limit: int) -> list[Item]:
    """The receipts on the manager's page: the ready ones, then the strongest numbers the packet
    has (a packet with no ready item still has something to show, and the brief says it is thin),
    each a result or the writer's own deed: a number in what someone else wanted or agreed is none."""
    chosen = list(ready[:limit])
    candidates = [i for i in strongest(report) if i not in chosen and i.signals and i.signals.metric
                  and not (i.signals.hedge or i.signals.activity_only or i.signals.technical_metric_only)
                  and (i.signals.business_outcome or i.signals.own_action)  # "The sales team wanted ...": no one's receipt
                  and not item_tells_a_miss(i, report.rubric)]  # a miss is no receipt
    # results first (a business measure, or a number stated as what happened), then the rest
    candidates.sort(key=lambda i: (not i.signals.business_outcome, i.signals.own_action))
    return chosen + candidates[:max(0, limit - len(chosen))]


def _results(items: list[Item], report: Report, limit: int = 2) -> list[str]:
    """Result clauses of the best items, one per distinct number, in the third person."""
    found: list[str] = []
    numbers: set[str] = set()
    for item in items:
        clause = third_person(result_clause(item, report.rubric))
        these = set(NUMBERS_RE.findall(clause))
        if these and these <= numbers:
            continue  # the same result told twice ("from $61M to $109M" in the claim and in a list)
        if _quotable(clause, report, third_person(item.text)):
            found.append(lower_first(clause, report.text))
            numbers |= these
        if len(found) == limit:
            break
    return found


def verdict(dims: dict[str, int], facts: Facts, claims: Claims, settings: Settings) -> str:
    e, n, r, lv = dims["evidence"], dims["narrative"], dims["re_role"], dims["level_signal"]
    strong, weak = settings.strong, settings.weak
    if lv >= strong and n >= weak and r >= weak and (e >= strong or (claims.opening and n >= strong)):
        return "at"
    if facts.ready == 0 and e < strong:
        return "none"
    if e >= strong:
        return "scope" if lv < weak else "narrative" if (n < weak or r < weak) else "at"
    return "thin"


def _proof(report: Report, claims: Claims, receipts: list[Item]) -> str | None:
    own = own_claim(report, claims)
    if own:
        text = third_person(own).rstrip(" .")
        if _quotable(text, report, third_person(report.text)):
            return lower_first(text, report.text)
    candidates = [(sentence_of(item), item.text) for item in receipts]
    drafted = _plain(drafted_claim(report) or "")
    candidates.sort(key=lambda pair: _plain(pair[0]) != drafted)  # the reading's choice first, if ready

    for claim, source in candidates:
        text = third_person(claim).rstrip(" .")
        if _quotable(text, report, third_person(source)):
            return lower_first(text, report.text)
    return None


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).split()).lower()


def _joined(parts: list[str]) -> str:
    if not parts:
        return ""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _problems(facts: Facts, dims: dict[str, int], settings: Settings) -> str:
    words = wording()["case"]["problems"]
    found = []
    if facts.structure == "chronology":
        found.append(words["chronology"])
    elif not facts.opening_claim:
        found.append(words["mixed"] if facts.structure == "mixed" else words["not_outcome"])
    if dims["re_role"] < settings.weak or facts.technical_share >= 25 or facts.specialty:
        found.append(words["re_role"])
    return _joined(found[:2] or [words["not_outcome"]])


def _noise(report: Report) -> str:
    words = wording()["case"]["noise"]
    claims = [i for i in report.items if i.signals is not None]
    share = lambda test: sum(1 for i in claims if test(i.signals)) / max(1, len(claims))  # noqa: E731
    found = [words[key] for key, test in (("activity", lambda s: s.activity_only),
                                          ("technical", lambda s: s.technical_metric_only or s.technical_lead),
                                          ("cliche", lambda s: s.cliche)) if share(test) >= 0.15]
    return _joined(found[:2] or [words["default"]])


def _gaps(report: Report, facts: Facts, name: str) -> str:
    words = wording()["case"]["gaps"]
    claims = [i for i in report.items if i.signals is not None]
    counted = [i for i in claims if i.signals.metric] or claims
    share = lambda test, pool: sum(1 for i in pool if test(i.signals)) / max(1, len(pool))  # noqa: E731
    shares = {"customer": share(lambda s: s.customer, counted),
              "business": share(lambda s: s.business_outcome and s.metric, claims),
              "own_action": share(lambda s: s.own_action and s.business_outcome and s.metric, claims)}
    tests = (("customer", shares["customer"] < 0.2),
             ("business", shares["business"] < 0.1),
             ("own_action", shares["own_action"] < 0.1),
             ("baseline", not any(m.detail == "range" for i in claims for m in i.metrics)),
             ("activity", share(lambda s: s.activity_only, claims) >= 0.25),
             ("inflated", facts.inflated >= 2))
    # "never" only where no claim has it: a packet with one business result among twelve claims "rarely" does
    found = [words[key + "_rarely" if shares.get(key) else key].format(name=name) for key, applies in tests if applies]
    return _joined(found[:2] or [words["activity"]])


def _either(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


def _none_slots(report: Report, facts: Facts, name: str) -> tuple[str, dict[str, str]]:
    """No case yet: why, and the best number the packet does have (effort counted is no result)."""
    pool = [i for i in strongest(report) if i.signals and i.signals.metric and i.signals.business_outcome]
    pool.sort(key=lambda i: any(m.kind == "activity" for m in i.mentions))
    found = _results(pool, report, 1)
    key = "none_with_result" if found else "none"
    return key, {"gaps": _gaps(report, facts, name), "result": found[0] if found else ""}


def _results_slots(kind: str, results: list[str], report: Report, facts: Facts, dims: dict[str, int],
                   level_reading: LevelReading, lower: str, level: str, settings: Settings, cues: tuple | None):
    """Real results, and what holds them back: the story, the scope, or what buries them."""
    missing = [d for d, met in level_reading.met.items() if met < 0.5] or ["scope"]
    if kind == "scope" and lower != level and read_level(report, lower, settings, cues).score >= settings.strong:
        kind = "scope_lower"
    return kind, {"results": _joined(results), "problems": _problems(facts, dims, settings),
                  "missing": _either(missing), "noise": _noise(report),
                  "count": wording()["case"]["counts"][min(len(results), 5)],
                  "results_word": "result" if len(results) == 1 else "results"}


def build_case(report: Report, claims: Claims, dims: dict[str, int], facts: Facts, level_reading: LevelReading,
               level: str, settings: Settings, cues: tuple | None = None) -> Case:
    """The verdict, its sentence with the packet's own facts in it, and the receipts behind it."""
    text = wording()["case"]
    name = claims.name or text["name_blank"]
    index = settings.levels.index(level) if level in settings.levels else 0
    lower = settings.levels[index - 1] if index > 0 else level
    ready = _ready(report, settings.receipts_shown)
    kind = verdict(dims, facts, claims, settings)
    results = _results(ready, report)
    slots = {"name": name, "level": level, "lower": lower, "proof": ""}
    if kind == "at":
        slots["proof"] = _proof(report, claims, ready) or ""
        kind = kind if slots["proof"] else ("scope" if results else "none")
    if kind != "at" and not results:
        kind = "none"
    if kind == "none":
        kind_key, extra = _none_slots(report, facts, name)
    elif kind == "at":
        kind_key, extra = kind, {}
    else:
        kind, extra = _results_slots(kind, results, report, facts, dims, level_reading, lower, level, settings,
                                     cues)
        kind_key = "thin_lowest" if kind == "thin" and lower == level else kind  # no level below the first
    sentence = " ".join(text[kind_key].format(**slots, **extra).split())
    receipts = _receipts(report, ready, settings.receipts_shown)
    return Case(kind, sentence[0].upper() + sentence[1:], tuple(receipt_text(i) for i in receipts))
