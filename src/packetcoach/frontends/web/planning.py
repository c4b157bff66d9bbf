"""The planner and the draft's history, for the page: one library call each (plan.build,
store.queries, plan.progress).

The page knows a draft by the name of the file it opened (or "draft.md" for pasted text); the
history files it under that name in the folder the server was started from, the same key
``packetcoach check NAME`` uses there, so versions checked on the command line and kept from the
page form one history. ``PACKETCOACH_NO_HISTORY=1`` turns it off here too.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from anyio import to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from packetcoach.core.errors import PacketcoachError
from packetcoach.frontends.web.endpoints import Endpoints, analysed, json_body
from packetcoach.frontends.web.options import BadRequest, field, options_of, text_of


def _date(body: dict, name: str) -> date | None:
    value = body.get(name)
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(field(body, name, limit=40))
    except ValueError:
        raise BadRequest(f"'{value}' is not a date: write it as YYYY-MM-DD", 422) from None


def _name(body: dict) -> str:
    """The draft's file name only: a request never names a folder."""
    name = os.path.basename(field(body, "name", "draft.md", limit=255).replace("\\", "/"))
    return name or "draft.md"


def _store(create: bool = True):
    from packetcoach.store.connection import open_store  # noqa: PLC0415 - sqlite loads for the history only
    from packetcoach.store.paths import history_off  # noqa: PLC0415

    if history_off():
        raise BadRequest("the history is off (PACKETCOACH_NO_HISTORY is set)", 409)
    try:
        return open_store(create=create)
    except PacketcoachError as error:
        raise BadRequest.of(error) from None


def _entry(report, name: str):
    from packetcoach.output.json import report_json  # noqa: PLC0415
    from packetcoach.store.queries import Entry  # noqa: PLC0415

    return Entry(path=name, text=report.document.text, words=report.words, profile=report.profile,
                 level=report.level, doc_type=report.doc_type, score=report.score.as_dict(), report=report_json(report))


def _versions(name: str, options=None) -> list[dict[str, Any]]:
    from packetcoach.store.queries import versions  # noqa: PLC0415

    store = _store(create=False)
    if store is None:
        return []
    with store:
        found = versions(store, name)
    wanted = None if options is None else (options.profile, options.level, options.doc_type)
    return [v.as_json() for v in found if wanted is None or (v.profile, v.level, v.doc_type) == wanted]


class Planning:
    """The plan, history, keep and diff endpoints, sharing the page's open drafts."""

    def __init__(self, api: Endpoints):
        self.api = api

    async def plan(self, request: Request) -> Response:
        body = await json_body(request)
        options = options_of(body)
        due = _date(body, "due")
        if due is None:
            raise BadRequest("set the due date first", 422)
        today = _date(body, "today") or date.today()
        text = text_of(body) if str(body.get("text", "")).strip() else ""
        draft = self.api.draft_for(body, options) if text else None
        name = _name(body)

        def build() -> dict[str, Any]:
            from packetcoach.plan.build import make_plan, plan_json  # noqa: PLC0415
            from packetcoach.profile.compile import rubric_for  # noqa: PLC0415

            report = analysed(draft, text) if draft is not None else None
            try:
                trend = [{"at": v["at"], "packet": v["score"]["packet"]} for v in _versions(name, options)]
            except BadRequest:
                trend = []
            plan = make_plan(today, due, rubric_for(options.profile).profile, options.level, options.doc_type,
                             report, trend)
            return plan_json(plan)

        return JSONResponse(await to_thread.run_sync(build))

    async def history(self, request: Request) -> Response:
        body = await json_body(request)
        name = _name(body)
        found = await to_thread.run_sync(_versions, name)
        return JSONResponse({"schema": "packetcoach.history/1", "name": name, "versions": found})

    async def keep(self, request: Request) -> Response:
        """Keep the draft as it stands as a version in the history (nothing new if unchanged)."""
        body = await json_body(request)
        text, options, name = text_of(body), options_of(body), _name(body)
        draft = self.api.draft_for(body, options)

        def record_it() -> dict[str, Any]:
            from packetcoach.store.queries import record  # noqa: PLC0415

            report = analysed(draft, text)
            store = _store()
            with store:
                kept = record(store, [_entry(report, name)])[0]
            return {"kept": kept, "versions": _versions(name)}

        return JSONResponse(await to_thread.run_sync(record_it))

    async def diff(self, request: Request) -> Response:
        """The draft as it stands against an earlier version from the history, item by item."""
        body = await json_body(request)
        text, options = text_of(body), options_of(body)
        wanted = body.get("version")
        if not isinstance(wanted, int):
            raise BadRequest("'version' must be the id of a version in the history")
        draft = self.api.draft_for(body, options)

        def compare() -> dict[str, Any]:
            from packetcoach.api import analyze  # noqa: PLC0415
            from packetcoach.plan.progress import diff_json, diff_reports  # noqa: PLC0415
            from packetcoach.store.queries import version  # noqa: PLC0415

            store = _store(create=False)
            old = None
            if store is not None:
                with store:
                    old = version(store, wanted)
            if old is None or old.text is None:
                raise BadRequest(f"no version {wanted} in the history", 404)
            new = analysed(draft, text)
            before = analyze(old.text, profile=options.profile, level=options.level, doc_type=options.doc_type)
            return diff_json(diff_reports(before, new, f"@{wanted} ({old.at})", _name(body)))

        return JSONResponse(await to_thread.run_sync(compare))
