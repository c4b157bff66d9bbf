"""Lookups over spans in text order, by binary search.

Sentences, items, metrics and mentions are each kept in text order and do not overlap, so
"which item holds this sentence" or "is a metric inside this sentence" is a binary search,
not a scan. A scan per sentence or per mention costs the square of a document's length: a
long draft, or one huge bullet, would take minutes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Generic, Sequence, TypeVar

from packetcoach.core.model import Span

T = TypeVar("T")


class Holder(Generic[T]):
    """Values with non-overlapping spans in text order; which one holds a given span."""

    def __init__(self, values: Sequence[T], span_of: Callable[[T], Span]):
        self.values, self.span_of = values, span_of
        self.starts = [span_of(value).start for value in values]

    def holding(self, span: Span) -> T | None:
        """The first value whose span contains ``span``, as a scan from the start would find it.

        Only the last value starting at or before ``span`` can hold it, or, for an empty span on
        a boundary, the one before that.
        """
        at = bisect_right(self.starts, span.start) - 1
        for index in (at - 1, at):
            if index >= 0 and self.span_of(self.values[index]).contains(span):
                return self.values[index]
        return None

    def first_inside(self, span: Span) -> T | None:
        """The first value whose span lies inside ``span``."""
        at = bisect_left(self.starts, span.start)
        while at < len(self.values) and self.starts[at] <= span.end:
            if span.contains(self.span_of(self.values[at])):
                return self.values[at]
            at += 1
        return None


def inside(spans: Sequence[Span], starts: Sequence[int], outer: Span, after: int | None = None) -> bool:
    """Whether one of ``spans`` (sorted, not overlapping; ``starts`` their starts) lies inside
    ``outer``, starting after ``after`` when given."""
    at = bisect_left(starts, outer.start) if after is None else bisect_right(starts, max(after, outer.start - 1))
    while at < len(spans) and spans[at].start <= outer.end:
        if outer.contains(spans[at]) and (after is None or spans[at].start > after):
            return True
        at += 1
    return False


class Cover:
    """Spans that may overlap (what a skimming reader took in): does one of them contain a span?"""

    def __init__(self, spans: Sequence[Span]):
        ordered = sorted(spans)
        self.starts = [span.start for span in ordered]
        self.reach: list[int] = []  # the furthest end among the spans so far
        furthest = -1
        for span in ordered:
            furthest = max(furthest, span.end)
            self.reach.append(furthest)

    def contains(self, span: Span) -> bool:
        at = bisect_right(self.starts, span.start) - 1
        return at >= 0 and self.reach[at] >= span.end
