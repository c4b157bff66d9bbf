"""A real LSP client for tests and the benchmark: starts ``python -m packetcoach lsp`` as a child
process and speaks JSON-RPC to it through pygls's own client, recording every notification."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient


class Editor:
    """What an editor does: initialise, open, change, ask; and what it hears back, with timestamps."""

    def __init__(self, options: dict[str, Any] | None = None, encodings: list[str] | None = None,
                 cwd: str | None = None):
        self.client = LanguageClient("packetcoach-tests", "1")
        self.options = options or {}
        self.encodings = encodings
        self.cwd = cwd
        self.published: list[tuple[float, types.PublishDiagnosticsParams]] = []
        self.logs: list[str] = []
        self.changed = asyncio.Event()
        self.versions: dict[str, int] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _published(ls, params: types.PublishDiagnosticsParams) -> None:
            self.published.append((time.perf_counter(), params))
            self.changed.set()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def _logged(ls, params: types.LogMessageParams) -> None:
            self.logs.append(params.message)

    async def __aenter__(self) -> "Editor":
        await self.client.start_io(sys.executable, "-m", "packetcoach", "lsp", cwd=self.cwd)
        general = types.GeneralClientCapabilities(position_encodings=self.encodings) if self.encodings else None
        capabilities = types.ClientCapabilities(
            general=general,
            workspace=types.WorkspaceClientCapabilities(
                workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True)),
            text_document=types.TextDocumentClientCapabilities(
                hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True)))
        self.initialized = await self.client.initialize_async(types.InitializeParams(
            capabilities=capabilities, initialization_options=self.options, process_id=None))
        self.client.initialized(types.InitializedParams())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), 30)
        self.client.exit(None)
        await self.client.stop()

    def open(self, path: Path | str, text: str, language: str = "markdown") -> str:
        uri = Path(path).resolve().as_uri() if not str(path).startswith(("untitled:", "file:")) else str(path)
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))

    async def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30) -> types.PublishDiagnosticsParams:
        """The first diagnostics published for ``uri`` (at ``version``, if given) from now on or already here."""
        deadline = time.perf_counter() + timeout
        while True:
            for _, params in self.published:
                if params.uri == uri and (version is None or params.version == version):
                    return params
            self.changed.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for {uri} version {version}")
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except asyncio.TimeoutError:
                pass

    async def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        return await self.client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=line, character=character)))

    async def code_actions(self, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        result = await self.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic])))
        return list(result or [])


def utf16_slice(text: str, rng: types.Range) -> str:
    """The text an editor that counts UTF-16 units would highlight for a range (lines end at CR, LF, CRLF)."""
    import re  # noqa: PLC0415

    lines = re.split(r"\r\n|\r|\n", text)

    def offset(position: types.Position) -> int:
        before = sum(len(line.encode("utf-16-le")) // 2 + 1 for line in lines[:position.line])
        return before + position.character

    encoded = "\n".join(lines).encode("utf-16-le")
    return encoded[2 * offset(rng.start):2 * offset(rng.end)].decode("utf-16-le")


def apply_edit(text: str, edit: types.TextEdit) -> str:
    """Apply one TextEdit the way an editor does, with UTF-16 positions (text with LF line ends)."""
    import re  # noqa: PLC0415

    lines = re.split(r"\n", text)

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[:position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units, index = 0, 0
        while index < len(line) and units < position.character:
            units += 2 if ord(line[index]) > 0xFFFF else 1
            index += 1
        return before + index

    return text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
