"""The history and a diff as plain text: a sparkline per draft, a table of versions, changed items."""

from __future__ import annotations

import textwrap
from datetime import datetime
from itertools import groupby

from packetcoach.plan.progress import Diff

BARS = "▁▂▃▄▅▆▇█"
SCORES = ("packet", "evidence", "narrative", "re_role", "level_signal")
HEADERS = ("packet", "evidence", "narrative", "re-role", "level")
SECTIONS = (("became ready", "+"), ("new and ready", "+"), ("regressed", "-"), ("removed (was ready)", "-"),
            ("new, not ready yet", "+"), ("removed", "-"), ("reworded, same state", "~"))


def sparkline(scores: list[int]) -> str:
    """One bar per score on the fixed 0-100 scale, so two drafts' lines compare at a glance."""
    return "".join(BARS[min(len(BARS) - 1, max(0, score) * len(BARS) // 101)] for score in scores)


def _when(at: str) -> str:
    """A stored UTC time shown in the local time zone, to the minute."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def render_history(versions, database: str) -> str:
    """Each draft: its sparkline and how the packet score moved, then one line per version."""
    if not versions:
        return (f"No history yet in {database}.\n"
                "`packetcoach check DRAFT` keeps each version of a draft (unless --no-history).")
    lines: list[str] = []
    for source, group in groupby(versions, key=lambda version: version.source):
        group = list(group)
        packets = [version.score["packet"] for version in group]
        move = packets[-1] - packets[0]
        lines += [source, f"  {sparkline(packets)}  packet {packets[0]} -> {packets[-1]} ({move:+d}) "
                          f"over {len(group)} version{'s' if len(group) != 1 else ''}",
                  "  " + f"{'id':>5}  {'when':<16}  {'words':>5}  " + "  ".join(f"{h:>9}" for h in HEADERS)]
        for version in group:
            scores = "  ".join(f"{version.score.get(name, 0):>9}" for name in SCORES)
            lines.append(f"  {version.id:>5}  {_when(version.at):<16}  {version.words:>5}  {scores}")
        lines.append("")
    return "\n".join(lines).rstrip()


def _section(item) -> str:
    """Where a changed item is listed: gains first, then losses, then the rest."""
    if item.change == "added":
        return "new and ready" if item.after == "ready" else "new, not ready yet"
    if item.change == "removed":
        return "removed (was ready)" if item.before == "ready" else "removed"
    return {"became-ready": "became ready", "regressed": "regressed"}.get(item.change, "reworded, same state")


def render_diff(diff: Diff) -> str:
    """Score moves first, then the items that changed, gains before losses, then the unchanged count."""
    lines = [f"{diff.old} -> {diff.new}"]
    for name, header in zip(SCORES, HEADERS):
        before, after = diff.before[name], diff.after[name]
        lines.append(f"  {header:<10} {before:>3} -> {after:>3}  ({after - before:+d})")
    changed = [item for item in diff.items if item.change != "unchanged"]
    for title, mark in SECTIONS:
        items = [item for item in changed if _section(item) == title]
        if not items:
            continue
        lines += ["", f"{title} ({len(items)})"]
        for item in items:
            if item.before_text is not None:
                lines += _item(item.before_text, "was")
            lines += _item(item.text, mark)
    same = diff.of("unchanged")
    ready = sum(1 for item in same if item.after == "ready")
    lines += ["", f"unchanged: {len(same)} items ({ready} ready, {len(same) - ready} not ready)"]
    return "\n".join(lines)


def _item(text: str, mark: str) -> list[str]:
    return textwrap.wrap(text, 100, initial_indent=f"  {mark} ", subsequent_indent=" " * (len(mark) + 3))
