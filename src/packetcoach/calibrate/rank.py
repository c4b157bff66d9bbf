"""The room's ranking of packets at one level, from their summaries alone.

Sorted by the weighted dimensions, then by file name, so the same packets always give the same
ranking whatever order the workers finished in. Two copies of one packet count once; a packet
that argues for another level is set aside, not ranked against peers it was not written to meet.
Each person below the top learns which peer hurts them, on what, and why; two packets whose
totals are too close to separate, or that each win where the other is weak, are a tie, and the
tie says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from packetcoach.calibrate.explain import loses_because, tie_because
from packetcoach.calibrate.settings import DIMENSIONS, Settings
from packetcoach.calibrate.summary import Summary, Unreadable

LOSES_SHOWN = 3


@dataclass(frozen=True)
class Comparison:
    peer: str
    dimension: str
    why: str
    damage: float  # weighted points the peer is ahead by on this dimension


@dataclass(frozen=True)
class Standing:
    summary: Summary
    rank: int
    loses_to: tuple[Comparison, ...]
    tied_with: tuple[str, ...]


@dataclass(frozen=True)
class SetAside:
    source: str
    reason: str  # duplicate | wrong-level
    detail: str
    of: str | None  # the packet it duplicates
    summary: Summary


@dataclass(frozen=True)
class Calibration:
    level: str
    profile: str
    ranking: tuple[Standing, ...]
    ties: tuple[tuple[str, str, str], ...]
    set_aside: tuple[SetAside, ...]
    unreadable: tuple[Unreadable, ...]
    focus: str | None = None
    dimensions: tuple[str, ...] = DIMENSIONS  # the compared dimensions, in the order they are shown


def _dedupe(summaries: list[Summary]) -> tuple[list[Summary], list[SetAside]]:
    kept: dict[str, Summary] = {}
    aside = []
    for summary in sorted(summaries, key=lambda s: (s.order, s.source)):
        first = kept.get(summary.digest)
        if first is None:
            kept[summary.digest] = summary
        else:
            aside.append(SetAside(summary.source, "duplicate", f"the same text as {first.source}", first.source, summary))
    return list(kept.values()), aside


def _wrong_level(summaries: list[Summary], level: str) -> tuple[list[Summary], list[SetAside]]:
    peers, aside = [], []
    for summary in summaries:
        if summary.argued and summary.argued != level:
            detail = f"argues for {summary.argued} (\"{summary.argued_by}\"), not {level}"
            aside.append(SetAside(summary.source, "wrong-level", detail, None, summary))
        else:
            peers.append(summary)
    return peers, aside


def _leads(first: Summary, second: Summary, settings: Settings) -> list[str]:
    """Dimensions where ``first`` is clearly ahead and strong: what the room would argue for it."""
    return [d for d in DIMENSIONS if first.dims[d] - second.dims[d] >= settings.split_lead
            and first.dims[d] >= settings.strong]


def _splits(first: Summary, second: Summary, settings: Settings) -> bool:
    """Totals too close to separate, or close and each strong where the other is weak: a tie."""
    gap = abs(first.overall - second.overall)
    if gap <= settings.tie_margin:
        return True
    if gap > settings.split_margin:
        return False
    ahead = sum(settings.weights[d] for d in _leads(first, second, settings))
    behind = sum(settings.weights[d] for d in _leads(second, first, settings))
    return min(ahead, behind) >= settings.split_share


def _nearest(position: int, count: int, everyone: bool):
    """Peers above, nearest first; for the focus packet every other peer, nearest first, since a
    writer beside peers loses ground even to one ranked below on the dimension it leads."""
    if not everyone:
        yield from range(position - 1, -1, -1)
        return
    for distance in range(1, count):
        for index in (position - distance, position + distance):
            if 0 <= index < count:
                yield index


def _comparisons(mine: Summary, ordered: list[Summary], position: int, settings: Settings, level: str,
                 limit: int | None) -> tuple[Comparison, ...]:
    """For the peers ranked above, nearest first, the dimension where each beats this packet most;
    the nearest ``limit`` that beat it anywhere (every peer, above or below, for the focus packet). Walking outward
    and stopping there keeps ten thousand packets linear, not quadratic."""
    found: list[Comparison] = []
    for index in _nearest(position, len(ordered), everyone=limit is None):
        if limit is not None and len(found) >= limit:
            break
        peer = ordered[index]
        damage, dimension = max(((settings.weights[d] * (peer.dims[d] - mine.dims[d]), d) for d in DIMENSIONS),
                                key=lambda g: (g[0], -DIMENSIONS.index(g[1])))
        if index > position and peer.dims[dimension] - mine.dims[dimension] < settings.split_lead:
            continue  # a peer below matters only where it is clearly ahead
        if damage > 0:
            found.append(Comparison(peer.source, dimension, loses_because(mine, peer, dimension, level),
                                    round(damage, 1)))
    return tuple(found)


def rank(summaries: Iterable[Summary], unreadable: Iterable[Unreadable], level: str, profile: str,
         settings: Settings, focus: str | None = None) -> Calibration:
    """The ranking at ``level``; with ``focus``, that packet's comparisons list every peer."""
    unique, duplicates = _dedupe(list(summaries))
    peers, wrong = _wrong_level(unique, level)
    ordered = sorted(peers, key=lambda s: (-s.overall, s.source))
    ties = []
    tied: dict[str, list[str]] = {s.source: [] for s in ordered}
    for first, second in zip(ordered, ordered[1:]):
        if _splits(first, second, settings):
            ties.append((first.source, second.source, tie_because(first, second, settings)))
            tied[first.source].append(second.source)
            tied[second.source].append(first.source)
    standings = tuple(
        Standing(summary, position + 1,
                 _comparisons(summary, ordered, position, settings, level,
                              None if summary.source == focus else LOSES_SHOWN),
                 tuple(tied[summary.source]))
        for position, summary in enumerate(ordered))
    aside = tuple(sorted(duplicates + wrong, key=lambda a: (a.summary.order, a.source)))
    return Calibration(level, profile, standings, tuple(ties), aside,
                       tuple(sorted(unreadable, key=lambda u: (u.order, u.source))), focus)
