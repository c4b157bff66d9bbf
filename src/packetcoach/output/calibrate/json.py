"""The calibration as versioned JSON (schema packetcoach.calibration/1, SPEC section 6).

Fields are only added within /1; the schema is output/schemas/calibration.schema.json and the
tests validate every document against it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the calibration is built a layer above; renderers read its values
    from packetcoach.calibrate import Calibration, SetAside, Standing


SCHEMA_ID = "packetcoach.calibration/1"
# DEL, C1 controls and bidirectional overrides: valid in JSON strings, but a terminal acts on them.
_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F,
                                                 *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def _standing(standing: Standing) -> dict[str, Any]:
    summary = standing.summary
    return {
        "source": summary.source, "rank": standing.rank, "name": summary.name, "words": summary.words,
        "argued_level": summary.argued,
        "score": dict(summary.score),
        "dimensions": {**summary.dims, "overall": summary.overall},
        "verdict": summary.verdict, "weakest": summary.weakest,
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


def calibration_json(calibration: Calibration) -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID, "level": calibration.level, "profile": calibration.profile,
        "focus": calibration.focus, "dimensions": list(calibration.dimensions),
        "ranking": [_standing(s) for s in calibration.ranking],
        "ties": [list(tie) for tie in calibration.ties],
        "set_aside": [_aside(a) for a in calibration.set_aside],
        "errors": [{"source": u.source, "message": u.message} for u in calibration.unreadable],
    }


def render_json(calibration: Calibration) -> str:
    return json.dumps(calibration_json(calibration), indent=2, ensure_ascii=False).translate(_ESCAPES) + "\n"
