"""One open draft in the editor: its settings, its Session, and a quiet schedule for re-checking.

Typing sends a change per keystroke. Each change (re)starts a short pause (``debounce``); a change
inside the pause cancels the waiting run, so a burst of keystrokes costs one analysis. An analysis
already running finishes (a thread cannot be stopped), but if the text moved on meanwhile its
result is dropped and the latest text is analysed at once: the editor never sees a stale report,
and at most one analysis per draft is ever in flight.
"""

from __future__ import annotations

import asyncio
import gc
import os
import time
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, Callable

from packetcoach.core.errors import PacketcoachError
from packetcoach.core.report import Report
from packetcoach.frontends.config import Settings, resolve
from packetcoach.profile.compile import Rubric

EDITOR = "editor settings"
FALLBACK_KEYS = {"profile": "profile", "level": "level", "docType": "doc_type"}


@dataclass(frozen=True)
class Analysed:
    """The report of one exact text; ``report`` is None when the draft is ignored or empty."""

    version: int | None
    text: str
    report: Report | None
    rubric: Rubric | None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the analysis thread's own CPU time: less than ``seconds`` on a busy machine
    error: PacketcoachError | None = None


def _without_gc_pauses(analyze: Callable[[str], Report], text: str) -> Report:
    """Run one analysis with the cyclic garbage collector paused.

    An analysis allocates tens of thousands of short-lived, acyclic objects (freed by reference
    counting); in a server process, whose heap also holds the protocol's types, the collector's
    passes over them cost a third of the analysis time. Cycles made meanwhile are collected when
    the collector resumes. Only the one analysis thread pauses it.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return analyze(text)
    finally:
        if paused:
            gc.enable()


class Draft:
    """An open document's analysis state. Only the event loop touches it; analyses run in ``executor``."""

    def __init__(self, uri: str, path: str | None):
        self.uri, self.path = uri, path
        self.latest: Analysed | None = None
        self._task: asyncio.Task | None = None
        self._waiting = False
        self._session: Any = None
        self._session_key: tuple | None = None

    def settings(self, options: dict[str, Any]) -> Settings:
        fallbacks = {key: (options.get(option), EDITOR) for option, key in FALLBACK_KEYS.items()}
        start = self.path if self.path else os.getcwd()
        return resolve(start, fallbacks=fallbacks)

    def analyse(self, version: int | None, text: str, options: dict[str, Any]) -> Analysed:
        """Runs in the worker thread: settings (the config may have changed), then the Session."""
        from packetcoach.api import check_options  # noqa: PLC0415
        from packetcoach.session import Session  # noqa: PLC0415

        began, cpu = time.perf_counter(), time.thread_time()
        try:
            settings = self.settings(options)
            if (self.path and settings.ignores(self.path)) or not text.strip():
                return Analysed(version, text, None, None)
            rubric = check_options(settings.profile, settings.level, settings.doc_type)
            key = (settings.profile, settings.level, settings.doc_type, repr(sorted(settings.rules.items())),
                   repr(sorted(settings.thresholds.items())))
            if key != self._session_key:
                self._session = Session(profile=settings.profile, level=settings.level, doc_type=settings.doc_type,
                                        source=self.path or self.uri, rule_settings=settings.rules,
                                        thresholds=settings.thresholds)
                self._session_key = key
            report = _without_gc_pauses(self._session.analyze, text)
        except PacketcoachError as error:
            return Analysed(version, text, None, None, time.perf_counter() - began, error=error)
        return Analysed(version, text, report, rubric, time.perf_counter() - began, time.thread_time() - cpu)

    def schedule(self, current: Callable[[], tuple[int | None, str]], options: dict[str, Any], executor: Executor,
                 publish: Callable[[Analysed], None], debounce: float) -> None:
        """A change arrived: restart the pause, unless an analysis is running (it will catch up)."""
        if self._task is not None and not self._task.done():
            if not self._waiting:
                return  # running: when it ends it sees the newer version and goes again
            self._task.cancel()
        self._task = asyncio.get_running_loop().create_task(
            self._run(current, options, executor, publish, debounce))

    async def _run(self, current, options, executor, publish, debounce: float) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._waiting = True
            try:
                await asyncio.sleep(debounce)
            finally:
                self._waiting = False
            version, text = current()
            analysed = await loop.run_in_executor(executor, self.analyse, version, text, options)
            if current()[0] != version:
                continue  # stale: the text changed while it ran; analyse the newest without publishing
            self.latest = analysed
            publish(analysed)
            return

    async def fresh(self, version: int | None, text: str, options: dict[str, Any], executor: Executor) -> Analysed:
        """The analysis of exactly this text (for hover and code actions): cached, or computed now."""
        if self.latest is not None and self.latest.text == text:
            return self.latest
        analysed = await asyncio.get_running_loop().run_in_executor(executor, self.analyse, version, text, options)
        return analysed

    def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
