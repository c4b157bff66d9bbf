"""``packetcoach lsp``: the language server (pygls over stdio).

Diagnostics for Markdown and plain-text drafts on open and on every change (quietly, see
documents.py), a summary of the whole draft on line 1, hover with the reason and the suggestion,
and quick fixes (actions.py). Full-text sync: the editor sends the whole draft on each change, so
the server's copy can never drift from the editor's, whatever line breaks the draft holds; a
5,000-word draft is about 30 KB, nothing for a local pipe.

Editor settings (initializationOptions, or ``packetcoach`` in workspace/didChangeConfiguration):
``profile``, ``level``, ``docType`` (used where no configuration file sets them), ``debounceMs``
(the pause after a keystroke, default 10) and ``summary`` (the line-1 summary, default true).
"""

from __future__ import annotations

import gc
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from packetcoach._version import __version__
from packetcoach.frontends.lsp.actions import code_actions
from packetcoach.frontends.lsp.convert import SOURCE, diagnostics, findings_at, hover_markdown, lsp_range
from packetcoach.frontends.lsp.documents import Analysed, Draft
from packetcoach.output.positions import PositionIndex

LANGUAGES = ("markdown", "plaintext", "text", "txt")
EXTENSIONS = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
DEFAULT_DEBOUNCE_MS = 10
ENCODINGS = {types.PositionEncodingKind.Utf16: "utf-16", types.PositionEncodingKind.Utf8: "utf-8",
             types.PositionEncodingKind.Utf32: "utf-32"}


class PacketcoachServer(LanguageServer):
    """The pygls server plus the open drafts and one analysis thread (analyses never overlap)."""

    def __init__(self) -> None:
        super().__init__("packetcoach", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.drafts: dict[str, Draft] = {}
        self.options: dict[str, Any] = {}
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="packetcoach-analysis")

    @property
    def encoding(self) -> str:
        return ENCODINGS.get(self.workspace.position_encoding, "utf-16")

    def debounce(self) -> float:
        value = self.options.get("debounceMs", DEFAULT_DEBOUNCE_MS)
        return max(0.0, float(value) / 1000) if isinstance(value, (int, float)) else DEFAULT_DEBOUNCE_MS / 1000

    def current(self, uri: str) -> tuple[int | None, str]:
        document = self.workspace.get_text_document(uri)
        return document.version, document.source

    def publish(self, draft: Draft, analysed: Analysed) -> None:
        index = PositionIndex(analysed.text, self.encoding)
        found: list[types.Diagnostic] = []
        if analysed.error is not None:
            found = [types.Diagnostic(range=lsp_range(index, 0, len(index.line_text(0))), message=str(analysed.error),
                                      severity=types.DiagnosticSeverity.Error, code="settings", source=SOURCE)]
        elif analysed.report is not None:
            found = diagnostics(analysed.report, index, summary=self.options.get("summary", True) is not False)
            self.window_log_message(types.LogMessageParams(
                type=types.MessageType.Log,
                message=f"analysed {draft.uri} version {analysed.version} in {analysed.seconds * 1000:.1f} ms "
                        f"(CPU {analysed.cpu_seconds * 1000:.1f} ms)"))
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=draft.uri, diagnostics=found, version=analysed.version))

    def changed(self, uri: str) -> None:
        draft = self.drafts.get(uri)
        if draft is not None:
            draft.schedule(lambda: self.current(uri), self.options, self.executor,
                           lambda analysed: self.publish(draft, analysed), self.debounce())


server = PacketcoachServer()


def _is_draft(document: types.TextDocumentItem) -> bool:
    path = to_fs_path(document.uri) or ""
    return document.language_id in LANGUAGES or path.lower().endswith(EXTENSIONS)


@server.feature(types.INITIALIZE)
def initialize(ls: PacketcoachServer, params: types.InitializeParams) -> None:
    if isinstance(params.initialization_options, dict):
        ls.options = dict(params.initialization_options)


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: PacketcoachServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    if isinstance(settings, dict):
        ls.options = dict(settings.get("packetcoach", settings))
    for uri in ls.drafts:
        ls.changed(uri)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: PacketcoachServer, params: types.DidOpenTextDocumentParams) -> None:
    if _is_draft(params.text_document):
        uri = params.text_document.uri
        ls.drafts[uri] = Draft(uri, to_fs_path(uri) if uri.startswith("file:") else None)
        ls.changed(uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: PacketcoachServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.changed(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: PacketcoachServer, params: types.DidSaveTextDocumentParams) -> None:
    """A saved configuration file changes the settings of every open draft."""
    if os.path.basename(to_fs_path(params.text_document.uri) or "") in (".packetcoach.toml", "pyproject.toml"):
        for uri in ls.drafts:
            ls.changed(uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: PacketcoachServer, params: types.DidCloseTextDocumentParams) -> None:
    draft = ls.drafts.pop(params.text_document.uri, None)
    if draft is not None:
        draft.close()
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=draft.uri, diagnostics=[]))


async def _analysed(ls: PacketcoachServer, uri: str) -> Analysed | None:
    draft = ls.drafts.get(uri)
    if draft is None:
        return None
    version, text = ls.current(uri)
    analysed = await draft.fresh(version, text, ls.options, ls.executor)
    return analysed if analysed.report is not None else None


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: PacketcoachServer, params: types.HoverParams) -> types.Hover | None:
    analysed = await _analysed(ls, params.text_document.uri)
    if analysed is None:
        return None
    index = PositionIndex(analysed.text, ls.encoding)
    offset = index.offset(params.position.line, params.position.character)
    found = [f for f in findings_at(analysed.report, offset) if f.span.start != f.span.end]
    if not found:
        return None
    span = min((f.span for f in found), key=lambda s: s.end - s.start)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_markdown(found, analysed.report)),
                       range=lsp_range(index, span.start, span.end))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False))
async def code_action(ls: PacketcoachServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    analysed = await _analysed(ls, params.text_document.uri)
    if analysed is None or analysed.rubric is None:
        return None
    index = PositionIndex(analysed.text, ls.encoding)
    start = index.offset(params.range.start.line, params.range.start.character)
    end = index.offset(params.range.end.line, params.range.end.character)
    capabilities = ls.client_capabilities.workspace
    versioned = bool(capabilities and capabilities.workspace_edit and capabilities.workspace_edit.document_changes)
    return code_actions(analysed.report, analysed.rubric, index, params.text_document.uri, analysed.version,
                        start, end, versioned) or None


def _warm_up() -> None:
    """Compile the default profile now, then freeze what start-up allocated.

    The first draft opened then costs one analysis, not a profile compilation too; and the
    garbage collector no longer walks the tens of thousands of long-lived objects pygls,
    lsprotocol and the compiled profile made, which would otherwise slow every analysis.
    """
    from packetcoach.api import check_options  # noqa: PLC0415

    check_options("amazon-pm", "L6", "self-assessment")
    gc.collect()
    gc.freeze()


def serve() -> None:
    """Speak LSP on stdin and stdout until the editor says exit."""
    logging.basicConfig(level=logging.WARNING, format="packetcoach lsp: %(message)s")
    _warm_up()
    server.start_io()
