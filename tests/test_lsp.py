"""The language server as editors meet it: a real ``packetcoach lsp`` process speaking LSP on stdio.

Every diagnostic must cover exactly the flagged characters in the editor's units (UTF-16 unless the
client asks for another), past emoji, accents, joined emoji and CRLF line ends; fast typing must
end in the latest text's diagnostics without a flood of stale ones.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types

from lsp_client import Editor, apply_edit, utf16_slice
from packetcoach.api import analyze

DRAFT = ("# Revue 2025 🚀 — café\r\n\r\n"
         "- 🎯 Built a new caching layer for the catalog service, reducing p99 latency by 40ms.\r\n"
         "- Held 40 customer interviews with sellers 👩‍💻 about onboarding.\r\n"
         "- I think we successfully improved the returns experience for various customers.\r\n"
         "- Convinced the payments VP to drop the extra verification step for small sellers 𝒮, raising "
         "checkout completion from 71% to 89%.\r\n")


def run(coroutine):
    return asyncio.run(asyncio.wait_for(coroutine, 120))


def _utf8_slice(text: str, rng: types.Range) -> str:
    lines = text.replace("\r\n", "\n").split("\n")

    def offset(position: types.Position) -> int:
        return sum(len(line.encode()) + 1 for line in lines[:position.line]) + position.character

    return "\n".join(lines).encode()[offset(rng.start):offset(rng.end)].decode()


def test_diagnostics_cover_exactly_the_flagged_characters(tmp_path) -> None:
    path = tmp_path / "revue.md"
    path.write_bytes(DRAFT.encode())
    report = analyze(DRAFT)

    async def session():
        async with Editor(cwd=str(tmp_path)) as editor:
            assert editor.initialized.capabilities.position_encoding == types.PositionEncodingKind.Utf16
            uri = editor.open(path, DRAFT)
            published = await editor.diagnostics(uri, version=1)
            editor.close(uri)
            await asyncio.sleep(0.2)
            return published, [p for _, p in editor.published if p.uri == uri][-1]

    published, after_close = run(session())
    summary, *found = published.diagnostics
    assert summary.code == "summary" and summary.severity == types.DiagnosticSeverity.Information
    assert summary.range.start.line == summary.range.end.line == 0 and "packet score" in summary.message
    assert len(found) == len(report.findings)
    for diagnostic, finding in zip(found, report.findings):
        assert diagnostic.source == "packetcoach" and diagnostic.code == finding.name
        assert diagnostic.message == finding.message
        assert utf16_slice(DRAFT, diagnostic.range) == DRAFT[finding.span.start:finding.span.end].replace("\r\n", "\n")
    built = next(d for d in found if d.code == "engineering-verb").range
    assert (built.start.line, built.start.character, built.end.character) == (2, 5, 10)  # 🎯 is two units
    assert not after_close.diagnostics


def test_utf8_positions_when_the_client_asks_for_them(tmp_path) -> None:
    path = tmp_path / "revue.md"

    async def session():
        async with Editor(encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16]) as editor:
            assert editor.initialized.capabilities.position_encoding == types.PositionEncodingKind.Utf8
            return await editor.diagnostics(editor.open(path, DRAFT), version=1)

    published = run(session())
    report = analyze(DRAFT)
    for diagnostic, finding in zip(published.diagnostics[1:], report.findings):
        assert _utf8_slice(DRAFT, diagnostic.range) == DRAFT[finding.span.start:finding.span.end].replace("\r\n", "\n")


def test_fast_typing_ends_on_the_latest_text_without_stale_diagnostics(tmp_path) -> None:
    path = tmp_path / "typing.md"
    base = DRAFT.replace("\r\n", "\n")
    target = "- Built a pricing page for sellers."

    async def session():
        async with Editor(options={"debounceMs": 40}) as editor:
            uri = editor.open(path, base)
            await editor.diagnostics(uri, version=1)
            opened = len(editor.logs)
            version = 1
            for length in range(1, len(target) + 1):  # one keystroke every 5 ms
                version = editor.change(uri, base + target[:length] + "\n")
                await asyncio.sleep(0.005)
            final = await editor.diagnostics(uri, version=version)
            await asyncio.sleep(0.3)  # anything stale would arrive now
            versions = [p.version for _, p in editor.published if p.uri == uri]
            return final, versions, len(editor.logs) - opened, version

    final, versions, analyses, last = run(session())
    assert versions == sorted(versions) and versions[-1] == last  # never an older report after a newer one
    assert analyses <= 6, f"{analyses} analyses for {len(versions)} publications"  # a burst costs a few runs
    assert len(versions) <= 6
    text = DRAFT.replace("\r\n", "\n") + target + "\n"
    assert any(d.code == "engineering-verb" and utf16_slice(text, d.range) == "Built" and d.range.start.line == 6
               for d in final.diagnostics)


def test_hover_and_code_actions(tmp_path) -> None:
    path = tmp_path / "draft.md"
    text = DRAFT.replace("\r\n", "\n")

    async def session():
        async with Editor() as editor:
            uri = editor.open(path, text)
            published = await editor.diagnostics(uri, version=1)
            verb = next(d for d in published.diagnostics if d.code == "engineering-verb")
            hover = await editor.hover(uri, verb.range.start.line, verb.range.start.character + 1)
            nothing = await editor.hover(uri, 1, 0)
            swaps = await editor.code_actions(uri, verb)
            hedge = next(d for d in published.diagnostics if d.code == "hedge")
            cuts = await editor.code_actions(uri, hedge)
            return verb, hover, nothing, swaps, hedge, cuts

    verb, hover, nothing, swaps, hedge, cuts = run(session())
    assert nothing is None
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.startswith("**engineering-verb** (PC102, warning)")
    assert "*Why it matters:*" in hover.contents.value and "*Suggested:* Lead with the product decision" in hover.contents.value
    assert hover.range == verb.range
    titles = [action.title for action in swaps]
    assert titles[:3] == ["Replace 'Built' with 'Launched'", "Replace 'Built' with 'Delivered'",
                          "Replace 'Built' with 'Scoped'"]
    assert swaps[0].is_preferred and swaps[0].kind == types.CodeActionKind.QuickFix
    change = swaps[0].edit.document_changes[0]
    assert change.text_document.version == 1
    assert apply_edit(text, change.edits[0]).splitlines()[2] == ("- 🎯 Launched a new caching layer for the catalog "
                                                                "service, reducing p99 latency by 40ms.")
    cut = next(action for action in cuts if action.title == "Cut 'I think'")
    assert apply_edit(text, cut.edit.document_changes[0].edits[0]).splitlines()[4] == (
        "- We successfully improved the returns experience for various customers.")
    shape = next(action for action in cuts if action.title.startswith("Add the item's stronger shape"))
    added = apply_edit(text, shape.edit.document_changes[0].edits[0]).splitlines()
    assert added[4] == text.splitlines()[4] and added[5].startswith("- [What did you decide yourself")
    assert "improved the returns experience for various customers." in added[5]  # the writer's own sentence


def test_project_configuration_and_its_mistakes(tmp_path) -> None:
    (tmp_path / "reviews").mkdir()
    (tmp_path / "reviews" / "archive").mkdir()
    config = tmp_path / ".packetcoach.toml"
    config.write_text('ignore = ["archive/**"]\n[rules]\ncliche = "off"\nhedge = "error"\n')
    draft, old = tmp_path / "reviews" / "me.md", tmp_path / "reviews" / "archive" / "old.md"
    text = DRAFT.replace("\r\n", "\n")

    async def session():
        async with Editor(options={"summary": False}) as editor:
            configured = await editor.diagnostics(editor.open(draft, text), version=1)
            ignored = await editor.diagnostics(editor.open(old, text), version=1)
            config.write_text('[rules]\ncliche = "of"\n')
            uri = editor.open(tmp_path / "reviews" / "other.md", text)
            broken = await editor.diagnostics(uri, version=1)
            return configured, ignored, broken

    configured, ignored, broken = run(session())
    codes = [d.code for d in configured.diagnostics]
    assert "cliche" not in codes and "summary" not in codes and "engineering-verb" in codes
    assert {d.severity for d in configured.diagnostics if d.code == "hedge"} == {types.DiagnosticSeverity.Error}
    assert not ignored.diagnostics
    error, = broken.diagnostics
    assert error.severity == types.DiagnosticSeverity.Error
    assert error.message == f"{config}:2: 'rules.cliche' is 'of', not a rule setting (did you mean 'off'?)"


def test_the_server_writes_nothing_beside_the_draft(tmp_path) -> None:
    path = tmp_path / "draft.md"
    path.write_bytes(DRAFT.encode())
    before = sorted(p.name for p in tmp_path.iterdir())

    async def session():
        async with Editor(cwd=str(tmp_path)) as editor:
            await editor.diagnostics(editor.open(path, DRAFT), version=1)

    run(session())
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert Path(path).read_bytes() == DRAFT.encode()
