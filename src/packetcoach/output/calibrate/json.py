"""The calibration as versioned JSON (schema packetcoach.calibration/1, SPEC section 6).

Fields are only added within /1; the schema is output/schemas/calibration.schema.json and the
tests validate every document against it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterator

from packetcoach.core.inert import json_text

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, SetAside, Standing


SCHEMA_ID = "packetcoach.calibration/1"


def _standing(standing: Standing) -> dict[str, Any]:
    summary = standing.summary
    return {
        "source": summary.source, "rank": standing.rank, "name": summary.name, "words": summary.words,
        "argued_level": summary.argued,
        "score": dict(summary.score),
        "dimensions": {**summary.dims, "overall": summary.overall},
        "verdict": summary.verdict, "weakest": summary.weakest,
        "reading": summary.reading, "next_change": summary.next_change,
        "case": summary.case, "receipts": list(summary.receipts),
        "loses_to": [{"source": c.peer, "dimension": c.dimension, "why": c.why} for c in standing.loses_to],
        "tied_with": list(standing.tied_with),
        "objections": [{"kind": o.kind, "question": o.question, "answer": o.answer, "answer_item": o.answer_item}
                       for o in summary.objections],
        "level_evidence": [{"dimension": d, "met": met, "quote": quote} for d, met, quote in summary.level_evidence],
        "lacks": list(summary.lacks),
    }


def _aside(aside: SetAside) -> dict[str, Any]:
    return {"source": aside.source, "reason": aside.reason, "detail": aside.detail, "of": aside.of,
            "argued_level": aside.summary.argued, "case": aside.summary.case}


def calibration_json(calibration: Calibration, ranking: bool = True) -> dict[str, Any]:
    """The whole document as a dict (``ranking=False``: a placeholder, filled in as it streams)."""
    return {
        "schema": SCHEMA_ID, "level": calibration.level, "profile": calibration.profile,
        "focus": calibration.focus, "dimensions": list(calibration.dimensions),
        "ranking": [_standing(s) for s in calibration.ranking] if ranking else None,
        "ties": [list(tie) for tie in calibration.ties],
        "set_aside": [_aside(a) for a in calibration.set_aside],
        "errors": [{"source": u.source, "message": u.message} for u in calibration.unreadable],
    }


def _dump(value: Any, indent: int) -> str:
    """JSON with DEL, C1 and bidi controls escaped (core/inert.py), nested ``indent`` spaces deep."""
    return json_text(value, indent=2).replace("\n", "\n" + " " * indent)


def json_chunks(calibration: Calibration) -> Iterator[str]:
    """The document piece by piece, one person at a time, so ten thousand people are written as
    they are rendered; the text is exactly ``json.dumps(calibration_json(...), indent=2)``."""
    head = {key: value for key, value in calibration_json(calibration, ranking=False).items()}
    keys = list(head)
    yield "{\n"
    for number, key in enumerate(keys):
        yield f'  {json.dumps(key)}: '
        if key == "ranking":
            if not calibration.ranking:
                yield "[]"
            else:
                yield "[\n"
                for position, standing in enumerate(calibration.ranking):
                    yield "    " + _dump(_standing(standing), 4) + (",\n" if position < len(calibration.ranking) - 1 else "\n")
                yield "  ]"
        else:
            yield _dump(head[key], 2)
        yield ",\n" if number < len(keys) - 1 else "\n"
    yield "}\n"


def render_json(calibration: Calibration) -> str:
    return "".join(json_chunks(calibration))
