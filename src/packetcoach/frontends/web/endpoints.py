"""The page's API: each endpoint reads its JSON, makes one library call and answers JSON.

Analysis runs in a worker thread under the draft's lock (a Session is not shared between
threads), so the event loop keeps answering while a long draft is read.
"""

from __future__ import annotations

import gc
import json
import threading
from contextlib import contextmanager
from typing import Any, Iterator

from anyio import to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from packetcoach.core.errors import PacketcoachError
from packetcoach.coach.sentences import room_sentences
from packetcoach.core.labels import readiness_gaps
from packetcoach.core.report import Report
from packetcoach.frontends.web import features
from packetcoach.frontends.web.documents import Draft, Drafts
from packetcoach.frontends.web.options import BadRequest, Options, field, legend, options_of, page_options, text_of
from packetcoach.output.fixes import edits_for
from packetcoach.output.json import report_json
from packetcoach.frontends.web.skim import skim_spans

MAX_ANSWER_CHARS = 5_000
MAX_ANSWERS = 50
_gc_lock = threading.Lock()
_gc_pauses = 0


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection during a keystroke's check: a pause of the collector in the middle of
    one costs more than the check itself (the language server does the same). The collector
    resumes when the last check running has finished."""
    global _gc_pauses
    with _gc_lock:
        _gc_pauses += 1
        if _gc_pauses == 1:
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                gc.enable()


async def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object, or a one-line 400."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise BadRequest("send JSON (Content-Type: application/json)", 415)
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    return body


def answer(payload: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse(payload, status_code=status)


class Endpoints:
    """The handlers, sharing the open drafts."""

    def __init__(self) -> None:
        self.drafts = Drafts()

    async def options(self, request: Request) -> Response:
        return answer({**page_options(), "legend": legend(), "features": features.available()})

    def draft_for(self, body: dict[str, Any], options: Options) -> Draft:
        doc = field(body, "doc", "shared", limit=64)
        return self.drafts.get(doc, options.profile, options.level, options.doc_type)

    async def check(self, request: Request) -> Response:
        """SPEC 6: the report of ``text``; the page also gets the fixes it can offer per finding."""
        body = await json_body(request)
        text, options = text_of(body), options_of(body)
        draft = self.draft_for(body, options)
        return Response(await to_thread.run_sync(_checked_bytes, draft, text), media_type="application/json")

    async def rehearse(self, request: Request) -> Response:
        body = await json_body(request)
        text, options = text_of(body), options_of(body)
        draft = self.draft_for(body, options)
        return answer(await to_thread.run_sync(_rehearsal, draft, text))

    async def drill(self, request: Request) -> Response:
        """Grade the answers given so far (stateless: the page sends them all each time)."""
        body = await json_body(request)
        text, options = text_of(body), options_of(body)
        answers = body.get("answers")
        if not isinstance(answers, list) or len(answers) > MAX_ANSWERS:
            raise BadRequest(f"'answers' must be a list of at most {MAX_ANSWERS}")
        draft = self.draft_for(body, options)
        return answer(await to_thread.run_sync(_drill, draft, text, answers, options.profile))


def analysed(draft: Draft, text: str) -> Report:
    if not text.strip():
        raise BadRequest("the draft is empty: paste or open one", 422)
    with draft.lock:
        try:
            return draft.analyze(text)
        except PacketcoachError as error:
            raise BadRequest.of(error) from None


def _checked_bytes(draft: Draft, text: str) -> bytes:
    """The check's answer as JSON bytes, serialised in the worker thread with the collector paused."""
    with collector_paused():
        return json.dumps(_checked(draft, text), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _checked(draft: Draft, text: str) -> dict[str, Any]:
    """The report JSON, and for the page: the fixes of each finding, whether it is drawn as an
    underline (not when it is about the whole draft), what each item lacks, the 90-second view and
    the sentences for the room."""
    report = analysed(draft, text)
    with draft.lock:
        payload = report_json(report, rewrite=draft.scaffold)
        payload["fixes"] = [[{"title": e.title, "start": e.span.start, "end": e.span.end, "text": e.new_text}
                             for e in edits_for(finding, report, report.rubric, draft.scaffold)]
                            for finding in report.findings]
    top = report.document.top
    for finding, entry in zip(report.findings, payload["findings"]):
        entry["underline"] = not (finding.scope == "document" and finding.span == top)
    for item, entry in zip(report.items, payload["items"]):
        entry["missing"] = readiness_gaps(item, short=True)
    payload["skim_spans"] = [list(span) for span in skim_spans(report)]
    payload["room_sentences"] = [{"text": sentence.text, "items": list(sentence.items), "lines": list(sentence.lines)}
                                 for sentence in room_sentences(report)]
    return payload


def _rehearsal(draft: Draft, text: str) -> dict[str, Any]:
    from packetcoach.coach.rehearse import rehearsal_json, rehearse  # noqa: PLC0415

    report = analysed(draft, text)
    return rehearsal_json(report, rehearse(report))


def _drill(draft: Draft, text: str, given: list[Any], profile: str) -> dict[str, Any]:
    from functools import partial  # noqa: PLC0415

    from packetcoach.analysis.gap import candidate_called  # noqa: PLC0415
    from packetcoach.api import analyze_item  # noqa: PLC0415
    from packetcoach.coach.drill import DrillResult, answer_with_follow_up, drill_json  # noqa: PLC0415
    from packetcoach.coach.rehearse import rehearse  # noqa: PLC0415

    report = analysed(draft, text)
    questions = rehearse(report)
    voice = report.document.voice
    analyse = partial(analyze_item, profile=profile, voice=voice)
    result = DrillResult()
    for entry in given:
        if not isinstance(entry, dict) or not isinstance(entry.get("question"), int) \
                or not 1 <= entry["question"] <= len(questions):
            raise BadRequest("each answer names its question by number (1 to the number of questions)")
        reply = field(entry, "answer", limit=MAX_ANSWER_CHARS)
        more = entry.get("follow_up_answer")
        if more is not None:
            more = field(entry, "follow_up_answer", limit=MAX_ANSWER_CHARS)
        if reply.strip():
            result.answers.append(answer_with_follow_up(questions[entry["question"] - 1], reply, more, analyse,
                                                        candidate=candidate_called(voice)))
    result.quit = len(result.answers) < len(questions)
    payload = drill_json(report, result)
    for graded, entry in zip(payload["answers"], (e for e in given if e["answer"].strip())):
        graded["question_number"] = entry["question"]
    return payload
