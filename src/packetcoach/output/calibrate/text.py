"""What the terminal and Markdown briefs both say, as plain rows: labels, verdict names, the
order of a person's page. Each renderer only decides how a row looks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packetcoach.core.inert import terminal_line

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, Standing


LABELS = {"evidence": "evidence", "narrative": "narrative", "re_role": "re-role", "level_signal": "level",
          "principles": "principles"}
VERDICTS = {"at": "makes the case", "narrative": "results, told badly", "scope": "results, scope in doubt",
            "scope_lower": "reads a level below", "thin": "thin evidence", "none": "no case yet"}
NO_ANSWER = "no answer in the packet"
NOTHING_CLEAR = "nothing clear at this level"
SHOWN_MET = 50  # below this share of a dimension's bar, the best sentence is not evidence to quote


def visible(text: str) -> str:
    """Draft text on one line, with every control character a terminal could act on made visible."""
    return terminal_line(" ".join(text.split()))


def headline(calibration: Calibration) -> str:
    count = len(calibration.ranking)
    return (f"Calibration at {calibration.level} · {calibration.profile} · {count} packet"
            f"{'' if count == 1 else 's'} ranked")


def table_rows(calibration: Calibration) -> list[list[str]]:
    rows = [["#", "packet", "overall", *(LABELS[d] for d in calibration.dimensions), "verdict"]]
    for standing in calibration.ranking:
        s = standing.summary
        rank = f"{standing.rank}=" if standing.tied_with else str(standing.rank)
        scores = [str(s.dims[d]) for d in calibration.dimensions]
        rows.append([rank, visible(s.source), f"{s.overall:.1f}", *scores, VERDICTS.get(s.verdict, s.verdict)])
    return rows


def notices(calibration: Calibration) -> list[tuple[str, str]]:
    """Ties, set-aside packets and unreadable files, as (label, text)."""
    found = [("tie", f"{visible(a)} and {visible(b)}: {visible(why)}") for a, b, why in calibration.ties]
    found += [("set aside", f"{visible(a.source)}: {visible(a.detail)}") for a in calibration.set_aside]
    found += [("unreadable", visible(u.message)) for u in calibration.unreadable]
    return found


def page_order(calibration: Calibration) -> list[Standing]:
    """Everyone's page in rank order; with a focus, the focus packet's page alone."""
    if calibration.focus is not None:
        return [s for s in calibration.ranking if s.summary.source == calibration.focus]
    return list(calibration.ranking)


def page_title(standing: Standing) -> str:
    s = standing.summary
    who = f" · {visible(s.name)}" if s.name else ""
    return f"{standing.rank}. {visible(s.source)}{who} · {s.overall:.1f}"


def level_rows(standing: Standing) -> list[str]:
    """Each ladder dimension: how much of the bar is met, and the sentence, when it shows enough."""
    return [f"{d} {met}%: {visible(quote)}" if met >= SHOWN_MET else f"{d} {met}%: {NOTHING_CLEAR}"
            for d, met, quote in standing.summary.level_evidence]


def comparison_rows(standing: Standing) -> list[str]:
    return [f"{visible(c.peer)} on {LABELS[c.dimension]}: {visible(c.why)}" for c in standing.loses_to]
